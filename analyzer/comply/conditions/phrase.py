"""Phrase conditions: a statement that must appear, an expression that must not."""

from __future__ import annotations

import bisect
from typing import Literal

from pydantic import Field, PrivateAttr, model_validator

from analyzer.boundaries import SENTENCE_END_CHARS
from analyzer.comply.conditions.base import (
    COMPARED,
    FUND_NAMES,
    FUND_SIDE,
    OTHER_PICKED,
    ConditionBase,
    When,
    book_classes,
    in_scope,
    said_of_other,
)
from analyzer.comply.context import Context, Hit
from analyzer.comply.facts import evaluate_fact, parse_fact
from analyzer.comply.phrases import PhraseSet, display_phrase
from analyzer.comply.say import Say
from analyzer.comply.settings import BookSettings, Negation
from analyzer.comply.wordclasses import BUILTIN, NegationWords, WordClass, negation_words
from analyzer.i18n import shipped_catalogue
from analyzer.types import Span

MAX_ANCHORS = 5
PUT_IN_REACH = 3  # folded characters between a word of money put in and its figure (本金共6万元)
_SENTENCE_END = frozenset(SENTENCE_END_CHARS)


def _wanted(group: PhraseSet, example: str | None = None) -> Say:
    if example:
        return Say("comply.quoted", text=example)
    phrase = display_phrase(group.phrases[0])
    return Say("comply.wanted.similar" if len(group.phrases) > 1 else "comply.quoted", phrase=phrase, text=phrase)


def nearby_words(what: str) -> Say | str:
    """A ``needs_nearby`` key in the reader's language when the catalogue has it (source, period, …)."""
    key = f"comply.nearby.{what}"
    return Say(key) if key in shipped_catalogue().entries else what


def _in_order(ctx: Context, hits: list[list[tuple[int, int]]], after: int, sentence: int, gap: int) -> bool:
    """Whether a word of each of ``hits`` (folded, sorted) follows the one before within ``gap`` folded characters,
    from ``after``, in ``sentence``."""
    for words in hits:
        i = bisect.bisect_left(words, after, key=lambda h: h[0])
        if i == len(words) or words[i][0] > after + gap or ctx.clause_index(words[i][0], True) != sentence:
            return False
        after = words[i][1]
    return True


# the market words, then what makes a sentence the product's: a fund named, or a record said in a word (自成立以来累计
# 回报达85.6%，跑赢恒生指数: the fund's return set against the index)
_MARKET_ONLY = ("market_subject", "own_fund", "fund_ref", "fund_word", "record_word")


def _market_only(ctx: Context, classes: dict[str, WordClass], start: int) -> bool:
    """Whether the sentence of a folded position names a market and no fund: the market's story, not the product's.
    A record word whose clause names a market before it (整个消费板块都有不错的表现) is the market's (comply16)."""
    sentence = ctx.clause_index(start, True)
    market_name, *fund_names, record_name = _MARKET_ONLY
    if sentence not in ctx.class_scopes(market_name, classes[market_name], True):
        return False
    if any(sentence in ctx.class_scopes(name, classes[name], True) for name in fund_names):
        return False
    if sentence not in ctx.class_scopes(record_name, classes[record_name], True):
        return True
    records = ctx.class_hits(record_name, classes[record_name])
    markets = ctx.class_hits(market_name, classes[market_name])
    i = bisect.bisect_left(records, start, key=lambda h: h[0])
    lo = hi = i
    while lo > 0 and ctx.clause_index(records[lo - 1][0], True) == sentence:
        lo -= 1
    while hi < len(records) and ctx.clause_index(records[hi][0], True) == sentence:
        hi += 1
    for a, _ in records[lo:hi]:
        k = bisect.bisect_left(markets, a, key=lambda h: h[0]) - 1
        if k < 0 or ctx.clause_index(markets[k][0]) != ctx.clause_index(a):
            return False
    return True


# a market or an index by its words (美国市场, 恒生科技指数, 沪深300指数); a fund named after one (恒生科技指数ETF) is
# the piece's own product, whose index's lead over others stands for it
_MARKETS = ("market_subject", "index_word", "company")
_TRACKER_WORDS = ("etf", "联接")  # folded (ASCII lower-cased)
NAME_REACH = 2  # folded characters before a market's word that name it (科技指数 of 恒生科技指数)


def _tracked_names(ctx: Context) -> list[str]:
    """The folded words before each ETF or feeder named in the text (恒生科技指数 of 恒生科技指数ETF), once per text."""
    names = ctx.cache.get("tracked_names")
    if names is None:
        text = ctx.folded.text
        names = []
        for word in _TRACKER_WORDS:
            at = text.find(word)
            while at >= 0:
                names.append(text[max(0, at - 12) : at])
                at = text.find(word, at + 1)
        ctx.cache["tracked_names"] = names
    return names  # type: ignore[return-value]


def _markets_compared(ctx: Context, classes: dict[str, WordClass], start: int, end: int) -> bool:
    """Whether a comparison sets one market against another (美国市场跑赢欧洲市场, 锂电池指数跑赢沪深300指数): a market
    named before it in its sentence, one after its first word in its clause, no fund in the sentence, and the first
    market not one the piece's fund is named after (恒生科技指数…领跑全球主要指数 for 恒生科技指数ETF)."""
    sentence = ctx.clause_index(start, True)
    if any(sentence in ctx.class_scopes(n, classes[n], True) for n in FUND_NAMES):
        return False
    clause = ctx.clause_index(start)
    before = after = None
    for name in _MARKETS:
        for a, b in ctx.class_hits(name, classes[name]):
            if b <= start and ctx.clause_index(a, True) == sentence and (before is None or a > before[0]):
                before = (a, b)
            elif start < a and ctx.clause_index(a) == clause and (after is None or a < after[0]):
                after = (a, b)
    if before is None or after is None:
        return False
    named = ctx.folded.text[max(0, before[0] - NAME_REACH) : before[1]]
    return not any(name.endswith(named) for name in _tracked_names(ctx))


class RequiredPhrase(ConditionBase):
    """A statement that must appear: any variant of ``any_of``, or one variant of every ``all_of`` group.

    A missing statement is pointed at what triggered the rule (the figures that need it, the
    words that describe the product), else at the rulebook's anchor (the risk-notice block), else
    at the start of the document with an empty quote.
    """

    kind: Literal["required_phrase"]
    any_of: list[str] = Field(default_factory=list)
    all_of: list[list[str]] = Field(default_factory=list)
    examples: list[str] = Field(
        default_factory=list, description="what to add, one per group, as the reviewer should read it"
    )
    when: When | None = None
    present_if: list[str] = Field(
        default_factory=list, description="facts that show the statement another way (a benchmark column in a table)"
    )
    unless_within: list[str] = Field(
        default_factory=list,
        description="a variant starting inside a match of one of these is another statement (指数历史表现不预示…)",
    )
    said_as: list[list[str]] = Field(
        default_factory=list,
        description="the statement in other words: sets of word classes, a word of each class of a set in one "
        "sentence, in the set's order (基金有风险，入市须三思: a risk word, then a caution)",
    )
    said_gap: int = Field(
        default=8, ge=0, le=60, description="folded characters allowed between one word of a said_as set and the next"
    )
    _groups: list[PhraseSet] = PrivateAttr(default_factory=list)
    _anchor: PhraseSet | None = PrivateAttr(default=None)
    _unless: PhraseSet | None = PrivateAttr(default=None)
    _classes: dict[str, WordClass] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _one_form(self) -> RequiredPhrase:
        for fact in self.present_if:
            parse_fact(fact)
        if bool(self.any_of) == bool(self.all_of):
            raise ValueError("give either any_of (a list of variants) or all_of (a list of variant lists)")
        if any(not group for group in self.all_of):
            raise ValueError("all_of: every group needs at least one variant")
        if self.examples and len(self.examples) != max(1, len(self.all_of)):
            raise ValueError("examples: give one example per group (one for any_of)")
        return self

    def prepare(self, settings: BookSettings) -> None:
        groups = self.all_of or [self.any_of]
        self._groups = [PhraseSet(g, settings.gap) for g in groups]
        self._anchor = PhraseSet(settings.anchor, settings.gap) if settings.anchor else None
        self._unless = PhraseSet(self.unless_within, settings.gap) if self.unless_within else None
        self._classes = book_classes(settings, tuple(n for names in self.said_as for n in names), where="said_as")
        if self.when is not None:
            self.when.prepare(settings)

    def _said_otherwise(self, ctx: Context) -> bool:
        """Whether one sentence holds words of every class of a ``said_as`` set, in the set's order and close
        together (``said_gap``), outside a sentence where an ``unless_within`` phrase stands (the index's own
        disclaimer is not this statement) and outside a broker's boilerplate (a distributor's disclaimer in a PDF
        is not the piece's statement, as for the phrases themselves: ``Context.in_boilerplate``)."""
        if not self.said_as:
            return False
        exempt = {ctx.clause_index(a, True) for a, _ in ctx.find(self._unless)} if self._unless is not None else set()
        for names in self.said_as:
            hits = [ctx.class_hits(n, self._classes[n]) for n in names]
            for start, end in hits[0]:
                sentence = ctx.clause_index(start, True)
                if sentence in exempt or ctx.in_boilerplate(start, end):
                    continue
                if _in_order(ctx, hits[1:], end, sentence, self.said_gap):
                    return True
        return False

    def _present(self, ctx: Context, group: PhraseSet) -> bool:
        """Whether a variant of ``group`` stands in the text, not as part of another statement."""
        hits = ctx.find(group)
        if not hits or self._unless is None:
            return bool(hits)
        exempt = ctx.find(self._unless)
        return any(not any(a <= start < b for a, b in exempt) for start, _ in hits)

    def evaluate(self, ctx: Context) -> list[Hit]:
        evidence = None
        if self.when is not None:
            evidence = self.when.evidence(ctx)
            if evidence is None:
                return []
        if any(evaluate_fact(ctx, fact) is not None for fact in self.present_if):
            return []
        examples = self.examples or [None] * len(self._groups)
        missing = [(g, e) for g, e in zip(self._groups, examples, strict=True) if not self._present(ctx, g)]
        if not missing or self._said_otherwise(ctx):
            return []
        wanted = [_wanted(g, e) for g, e in missing]
        if evidence is not None and evidence.spans:
            spans = evidence.spans[:MAX_ANCHORS]
            claim_ids = evidence.claim_ids[:MAX_ANCHORS]
            where = Say("comply.where.quoted")
        else:
            anchors = ctx.find_spans(self._anchor) if self._anchor is not None else []
            spans = (anchors[-1],) if anchors else (Span(start=0, end=0),)
            claim_ids = ()
            where = Say("comply.where.notice" if anchors else "comply.where.none")
        detail = Say("comply.add", "and", wanted=wanted, where=where)
        return [Hit(spans=tuple(spans), detail=detail, claim_ids=tuple(claim_ids))]


class ForbiddenPhrase(ConditionBase):
    """Expressions that must not appear; negated uses and listed compounds are skipped."""

    kind: Literal["forbidden_phrase"]
    phrases: list[str] = Field(min_length=1)
    unless_within: list[str] = Field(
        default_factory=list, description="a hit inside a match of one of these is not a hit (中低风险 for 低风险)"
    )
    negation: bool = True
    negation_window: int | None = Field(default=None, ge=0, le=200)
    skip_titles: bool = Field(default=True, description="ignore hits inside a cited title 《…》")
    needs_nearby: dict[str, list[str]] = Field(
        default_factory=dict,
        description="what → phrases: a hit stands only when one of these is missing near it (a ranking's source)",
    )
    nearby_within: int = Field(default=60, ge=0, le=500, description="characters either side searched")
    nearby_same_sentence: bool = Field(default=True, description="the nearby words must stand in the hit's sentence")
    unless_nearby: list[str] = Field(
        default_factory=list,
        description="phrases: a hit with one of these within ``nearby_within`` is disclosed (以上仅为假设举例), no hit",
    )
    unless_clause: list[str] = Field(
        default_factory=list, description="word classes that veto a hit in its clause (跟踪误差: a risk limit)"
    )
    unless_sentence: list[str] = Field(default_factory=list, description="word classes that veto a hit in its sentence")
    unless_followed_by: list[str] = Field(
        default_factory=list,
        description="word classes whose word right after a hit, in its clause, is what it says (涨幅最大的通信板块: a "
        "sector's superlative, not the product's)",
    )
    followed_within: int = Field(default=4, ge=0, le=20, description="folded characters between a hit and that word")
    unless_market_only: bool = Field(
        default=False,
        description="a hit in a sentence that names a market (market_subject) and no fund nor record (own_fund, "
        "fund_ref, fund_word, record_word) is market commentary (美国市场跑赢欧洲市场, 锂电池指数跑赢沪深300), "
        "not the product's",
    )
    unless_markets_compared: bool = Field(
        default=False,
        description="a comparison setting one market against another, no fund in its sentence, is commentary "
        "(美国市场跑赢欧洲市场), unless the first market is one the piece's fund is named after",
    )
    unless_said_of: list[str] = Field(
        default_factory=list,
        description="word classes naming another subject (a company, a market, a deposit): a hit its clause says of "
        "one of them and of no fund is theirs (优质公司具备高回报能力, 存银行本金有保障): base.said_of_other",
    )
    needs_after: list[str] = Field(
        default_factory=list,
        description="word classes (or figure, price) one of which must follow the hit in its line; the finding "
        "quotes up to it (a what-if is simulated data only with the result it reaches: 如果…定投…赚了40%)",
    )
    when: When | None = None
    _classes: dict[str, WordClass] = PrivateAttr(default_factory=dict)
    _nearby: dict[str, PhraseSet] = PrivateAttr(default_factory=dict)
    _phrases: PhraseSet | None = PrivateAttr(default=None)
    _unless: PhraseSet | None = PrivateAttr(default=None)
    _disclosed: PhraseSet | None = PrivateAttr(default=None)
    _negation: Negation | None = PrivateAttr(default=None)
    _negation_words: NegationWords | None = PrivateAttr(default=None)

    def prepare(self, settings: BookSettings) -> None:
        self._phrases = PhraseSet(self.phrases, settings.gap)
        self._unless = PhraseSet(self.unless_within, settings.gap) if self.unless_within else None
        self._nearby = {what: PhraseSet(phrases, settings.gap) for what, phrases in self.needs_nearby.items()}
        self._disclosed = PhraseSet(self.unless_nearby, settings.gap) if self.unless_nearby else None
        self._classes = book_classes(
            settings, (*self.unless_clause, *self.unless_sentence, *self.needs_after, *self.unless_followed_by,
                       *self.unless_said_of),
            where="unless_clause/unless_sentence/needs_after/unless_followed_by/unless_said_of", builtin=True,
        )
        # the classes the followed-by and needs-after readings consult beside the rule's own
        book_classes(settings, (*(("fund_ref",) if self.unless_followed_by else ()),
                                *(_MARKET_ONLY if self.unless_market_only else ()),
                                *((*FUND_SIDE, COMPARED, OTHER_PICKED) if self.unless_said_of else ()),
                                *((*_MARKETS, *FUND_NAMES) if self.unless_markets_compared else ()),
                                *(("principal", "open_amount", "hedge") if self.needs_after else ())), where="reading")
        self._negation_words = negation_words(self._classes)
        neg = settings.negation
        self._negation = neg.model_copy(update={"window": self.negation_window}) if self.negation_window else neg
        if self.when is not None:
            self.when.prepare(settings)

    def evaluate(self, ctx: Context) -> list[Hit]:
        assert self._phrases is not None and self._negation is not None
        if self.when is not None and self.when.evidence(ctx) is None:
            return []
        hits = ctx.find(self._phrases)
        if not hits:
            return []
        exempt = ctx.find(self._unless) if self._unless is not None else []
        out = []
        for start, end in hits:
            if any(a <= start and end <= b for a, b in exempt):
                continue
            if self.skip_titles and ctx.in_title(start):
                continue
            if self.negation and ctx.is_negated(start, self._negation, end, self._negation_words):
                continue
            if ctx.asked(start):  # 客户：能保本吗？ — a question put by someone else, or answered with a denial
                continue
            if in_scope(ctx, self._classes, self.unless_clause, start):
                continue
            if in_scope(ctx, self._classes, self.unless_sentence, start, True):
                continue
            if any(self._followed(ctx, end, name) for name in self.unless_followed_by):
                continue
            if self.unless_market_only and _market_only(ctx, self._classes, start):
                continue
            if self.unless_said_of and said_of_other(ctx, self._classes, self.unless_said_of, start):
                continue
            if self.unless_markets_compared and _markets_compared(ctx, self._classes, start, end):
                continue
            if self.needs_after:
                reach = self._reach(ctx, end)
                if reach is None:
                    continue
                end = max(end, reach)
            if self._disclosed is not None and self._near(ctx, self._disclosed, start, end, same_sentence=False):
                continue
            lacking = [what for what, group in self._nearby.items() if not self._near(ctx, group, start, end)]
            if self._nearby and not lacking:
                continue
            span = ctx.span_of_folded(start, end)
            if lacking:
                words = [nearby_words(w) for w in lacking]
                detail = Say("comply.found.lacking", "and", quote=ctx.quote(span), lacking=words)
            else:
                detail = Say("comply.found", quote=ctx.quote(span))
            out.append(Hit(spans=(span,), detail=detail))
        return out

    def _reach(self, ctx: Context, end: int) -> int | None:
        """Where the finding ends (folded): the end of the sentence holding the first word of
        ``needs_after`` after ``end`` in its line, or None when the line has none."""
        line_end = ctx.line_end(end - 1)  # the hit's own line: ``end`` itself may start the next one
        first: int | None = None
        for name in self.needs_after:
            hits = ctx.slot_hits(name, self._classes.get(name))
            i = bisect.bisect_left(hits, end, key=lambda h: h[0])
            # a sum put in (每月定投1000元, 投入本金1.2万元) is what goes in, not a result the what-if reaches
            # and a gain asked about, hedged or denied (至于能赚多少，取决于市场; 不一定赚) is none reached
            while i < len(hits) and (self._put_in(ctx, hits[i][0]) if name in BUILTIN else self._open(ctx, hits[i][0])):
                i += 1
            if i < len(hits) and hits[i][0] < line_end and (first is None or hits[i][1] < first):
                first = hits[i][1]
        if first is None:
            return None
        _, sentence_end = ctx.sentences.span_at(ctx.folded.source(first - 1))
        return max(first, ctx.folded.at_or_after(sentence_end))

    def _followed(self, ctx: Context, end: int, name: str) -> bool:
        """Whether a word of class ``name`` starts within ``followed_within`` folded characters after ``end``, in
        the hit's clause: the thing the hit's words describe."""
        hits = ctx.class_hits(name, self._classes[name])
        i = bisect.bisect_left(hits, end, key=lambda h: h[0])
        if not (i < len(hits) and hits[i][0] <= end + self.followed_within
                and ctx.clause_index(hits[i][0]) == ctx.clause_index(end - 1)):
            return False
        # a sector's or an index's name that goes on to a fund word names a fund (最强的行业基金): the product
        # (in the word's clause: the folded text has no commas, and 它们 opening the next clause names no fund)
        funds = ctx.class_hits("fund_ref", self._classes["fund_ref"])
        j = bisect.bisect_left(funds, hits[i][1], key=lambda h: h[0])
        return not (j < len(funds) and funds[j][0] == hits[i][1]
                    and ctx.clause_index(funds[j][0]) == ctx.clause_index(hits[i][0]))

    def _put_in(self, ctx: Context, figure_start: int) -> bool:
        """Whether a word of the ``principal`` class ends just before a figure (投入本金1.2万元)."""
        words = ctx.class_hits("principal", self._classes["principal"])
        i = bisect.bisect_left(words, figure_start - PUT_IN_REACH - 6, key=lambda h: h[0])
        return any(figure_start - PUT_IN_REACH <= b <= figure_start for _, b in words[i : i + 6])

    def _open(self, ctx: Context, start: int) -> bool:
        """Whether a word stands in a clause that asks or hedges (能赚多少, 可能) or is negated before it."""
        if in_scope(ctx, self._classes, ["open_amount", "hedge"], start):
            return True
        return ctx.is_negated(start, self._negation, words=self._negation_words)  # type: ignore[arg-type]

    def _near(self, ctx: Context, group: PhraseSet, start: int, end: int, same_sentence: bool | None = None) -> bool:
        """Whether ``group`` has a hit within ``nearby_within`` folded characters of [start, end) (in the hit's
        sentence when ``same_sentence``, by default ``nearby_same_sentence``)."""
        same = self.nearby_same_sentence if same_sentence is None else same_sentence
        key = f"starts:{id(group)}"
        starts = ctx.cache.get(key)
        if starts is None:
            starts = [a for a, _ in ctx.find(group)]
            ctx.cache[key] = starts
        i = bisect.bisect_left(starts, start - self.nearby_within)  # type: ignore[arg-type]
        text = ctx.result.simplified
        while i < len(starts) and starts[i] <= end + self.nearby_within:  # type: ignore[index, operator]
            other = starts[i]  # type: ignore[index]
            a, b = sorted((ctx.folded.source(other), ctx.folded.source(start)))
            if not same or not any(c in _SENTENCE_END for c in text[a:b]):
                return True  # in the same sentence (or anywhere near, when allowed)
            i += 1
        return False
