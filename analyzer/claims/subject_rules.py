"""Who a claim is about: the subject decision and the names a shared figure belongs to."""

from __future__ import annotations

import itertools
import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from analyzer.cached import cached_property
from analyzer.claims import pairing
from analyzer.claims.certainty import (
    FOLLOWED,
    LISTED,
    UNCERTAIN,
    dated_name,
    guessed,
    inside_word,
    name_follows,
    one_of_list,
    read_elsewhere,
    uncertain,
)
from analyzer.claims.clause_words import (
    clause_words,
    counted_noun,
    group_ends,
    headcount_before,
    is_group_name,
    market_named,
    opener_at,
    rating_span,
    share_verbs,
    share_whole_lead,
    starts_with_predicate,
)
from analyzer.claims.company_ref import REFERENCE as COMPANY_REFERENCE
from analyzer.claims.draft import carried_ref, inherit
from analyzer.claims.economy import chained_economy_statistic, economy_statistic, registered_series
from analyzer.claims.named import Named, clause_topic, kind_of_name
from analyzer.claims.reading import (
    CLASS_END,
    PRONOUN_KINDS,
    bracket_name,
    bracket_owner,
    chain_continues,
    heads_own,
    lead_end,
    lead_pronoun,
    lead_topic,
    listed_words,
    name_follows_name,
    own_lead,
    own_unread,
    restated_base,
    share_class_lead,
    slash_base,
    time_led,
    unread_lead,
)
from analyzer.claims.rules import Decision, decide, rule
from analyzer.claims.subject import share_class_end
from analyzer.claims.vocabulary import MetricCues, metric_vocabulary
from analyzer.extract.base import Hit
from analyzer.han import HAN
from analyzer.normalize.convert import both_scripts
from analyzer.types import MentionKind, SubjectRef

if TYPE_CHECKING:
    from analyzer.claims.document import Doc
    from analyzer.claims.draft import Draft, State


def shared_by_list(doc: Doc, draft: Draft) -> list[Draft]:
    """The same figure for the other names of a list its subject ends (创业板指、深成指跌超2%: both fell
    more than 2%), one draft each; none when its clause holds another value (a list of values pairs in
    order, see ``pairing``) or the subject was not named right there."""
    if draft.rules.get("subject") == "subject.listed_words":
        return _listed_twins(doc, draft)
    named = draft.subject_named
    if named is None or draft.subject is None or not draft.decided.get("subject", "").endswith(LISTED):
        return []  # only a name read last in a list of names (certainty.one_of_list)
    c_start, c_end = doc.sentences.clause_at(draft.hit.start)
    lo, hi = bisect_left(doc.value_starts, c_start), bisect_left(doc.value_starts, c_end)
    if hi - lo != 1 or not c_start <= named.start < draft.hit.start:
        return []
    run = pairing.known_run(doc.text, doc.names.between(c_start, named.end))
    if len(run) < 2 or run[-1].start != named.start:
        return []
    listed = "、".join(doc.words(n.start, n.end) for n in run)
    shared = []
    for other in run[:-1]:
        twin = replace(draft, subject=doc.subject_ref(other), subject_named=other, decided=dict(draft.decided))
        twin.rules = dict(draft.rules)
        twin.decided["subject"] = one_of_list(f"one figure for the names listed together ({listed})")
        shared.append(twin)
    return shared


def _listed_twins(doc: Doc, draft: Draft) -> list[Draft]:
    """The same figure for the other items of the list of names its subject leads."""
    items = listed_words(doc, draft.hit.start) or []
    listed = "、".join(doc.words(a, b) for a, b, _ in items)
    twins = []
    for start, end, named in items[:-1]:
        ref = doc.subject_ref(named) if named is not None else doc.topic_ref(start, end)
        twin = replace(draft, subject=ref, subject_named=named, decided=dict(draft.decided))
        twin.rules = dict(draft.rules)
        twin.decided["subject"] = one_of_list(f"one figure for the names listed together ({listed})")
        twins.append(twin)
    return twins


#: metrics of a whole market, not of an index carried to them from another clause
_MARKET_METRICS = frozenset({"turnover", "turnover_daily_avg"})
#: rules that pair a figure with one item of a list of names
_LIST_RULES = frozenset({"subject.paired_in_list", "subject.listed_words"})


def decide_subject(doc: Doc, draft: Draft, state: State) -> None:
    """The subject of ``draft``: the first rule of the ``subject`` table that decides, then what makes
    any reading unsure (a reference to a company named elsewhere, a 分别 list that pairs nothing,
    index points given to a company)."""
    respective = respective_item(doc, draft.hit)
    found = decide("subject", SubjectContext(doc, draft, state, respective))
    if found is None:  # the table ends in a rule that always decides; a table without one
        found = Decision(None, uncertain("no subject found"), rule="subject.none_found")
    ref, how, named = found.value, found.how, found.named
    draft.subject_named = named
    if named is not None and named.source == COMPANY_REFERENCE and not how.startswith(UNCERTAIN):
        how = uncertain(f"{how}: 「{doc.text[named.start : named.end]}」 refers to a company named elsewhere")
    if isinstance(respective, tuple) and found.rule != "subject.list_paired_before":
        # a 分别 list that pairs nothing: whatever was found is unsure
        paired = how.removeprefix(uncertain("")) if ref is not None else "no subject paired"
        how = uncertain(f"{paired}; {respective[1]}")
    if ref is not None and draft.mention.kind == MentionKind.POINTS and ref.kind in ("company", "stock"):
        # 在台积电带领下,指数…大涨375点: index points are an index's or a market's, never a company's
        how = uncertain(f"{how.removeprefix(UNCERTAIN)}, but a company has no level in index points")
    carried_index = ref is not None and ref.kind == "index" and found.rule != "subject.named_in_clause"
    if carried_index and draft.metric in _MARKET_METRICS:
        # 恒指升1%,成交2千亿元: the turnover is the market's, an index named only before it is a guess;
        # the market the sentence names before it is a better one (港股…,恒指收报…,成交额…), still a guess
        market = market_named(doc.text, doc.sentences.span_at(draft.hit.start)[0], draft.hit.start)
        if market is not None and any(
            n.start <= market[0] and market[1] <= n.end and n.end - n.start > market[1] - market[0]
            for n in doc.names.between(max(0, market[0] - 12), market[1] + 12)
        ):
            market = None  # 台股加权指数: the market's word inside the index's own name names no market
        if market is not None:
            ref, draft.subject_named = doc.topic_ref(*market), None
            words = doc.text[market[0] : market[1]]
            how = uncertain(f"the market its sentence names ({words}): a turnover is a market's")
        else:
            how = uncertain(f"{how.removeprefix(UNCERTAIN)}, but a turnover is a market's, not an index's")
    listing = _other_listing(doc, named, ref)
    if listing is not None and not how.startswith(UNCERTAIN):
        # 比亚迪(01211)收报280元: the code written names another listing than the one the name resolved
        # to (002594), so a price of it is not that listing's
        how = uncertain(f"{how}, but the text names another listing of it ({listing})")
    if ref is not None and not how.startswith(UNCERTAIN) and _class_of_company(ref, state.sentence):
        # 中国平安H股跌1%,A股跌0.5%: 「A股」 after a company's figure may be its A shares, not the market
        how = uncertain(f"{how}, but after a company's figure 「{ref.alias}」 may be that company's shares")
    draft.subject = ref
    draft.decided["subject"] = how
    draft.rules["subject"] = found.rule
    if ref is not None:
        state.line_subject = ref  # the span is dropped only when it is carried (see carried_ref)
        state.line_subject_certain = not guessed(how)
        if not guessed(how) and ref.kind in _COMPANY_KINDS:
            state.item_subject, state.item_subject_from = ref, doc.scope_start(draft.hit.start)
        # one item of a list (甲和乙收入分别增长10%和12%;净利润为…) is no subject to carry on certainly
        state.line_subject_read = not how.startswith(UNCERTAIN) and found.rule not in _LIST_RULES


@dataclass
class SubjectContext:
    """One figure whose subject is being decided, and what its subject rules share."""

    doc: Doc
    draft: Draft
    state: State
    respective: pairing.Paired | tuple[None, str] | None

    @cached_property
    def clause(self) -> tuple[int, int]:
        return self.doc.sentences.clause_at(self.draft.hit.start)

    @cached_property
    def _scope(self) -> tuple[int, list[Draft]]:
        """Where the figure's sentence starts and its figures so far; in a headline, its phrase's: a
        headline's phrases (「恒指半日跌300点 长实跌约3%」) each have their own subject."""
        hit = self.draft.hit
        if self.doc.in_headline(hit.start):
            c_start = self.clause[0]
            return c_start, [d for d in self.state.sentence if d.hit.start >= c_start]
        return self.doc.sentences.span_at(hit.start)[0], self.state.sentence

    @property
    def s_start(self) -> int:
        return self._scope[0]

    @property
    def sentence(self) -> list[Draft]:
        return self._scope[1]

    @cached_property
    def in_clause(self) -> list[Named]:
        """Names in the figure's clause before it, but a word inside a figure (从2,780元新台币上调至…: the
        currency of the amount before, no subject)."""
        doc = self.doc
        names = doc.names.between(self.clause[0], self.draft.hit.start)
        return [n for n in names if not _inside_value(doc, n)]

    @cached_property
    def earlier(self) -> Named | None:
        """The last name in the sentence before the figure's clause."""
        return self.doc.names.last_between(self.s_start, self.clause[0])

    @cached_property
    def previous(self) -> Draft | None:
        """The last figure before it in the sentence that has a subject."""
        return next((d for d in reversed(self.sentence) if d.subject is not None), None)

    @cached_property
    def cues(self) -> MetricCues | None:
        return self.doc.metrics.vocab.metrics.get(self.draft.metric)

    def named(self, n: Named, how: str) -> Decision[SubjectRef | None]:
        """The subject read from the name ``n``; never certain when time words stand inside it."""
        if self.doc.times_between(n.start, n.end):
            how = dated_name(how)
        return Decision(self.doc.subject_ref(n), how, evidence=(n.start, n.end), named=n)

    def taken(self, source: Draft, how: str) -> Decision[SubjectRef | None]:
        """The subject of the figure ``source``."""
        return Decision(source.subject, how, named=source.subject_named)


def _inside_value(doc: Doc, n: Named) -> bool:
    """Whether the name ``n`` lies inside the words of a figure (the currency written after its amount)."""
    i = bisect_left(doc.value_starts, n.start + 1) - 1
    return i >= 0 and doc.value_starts[i] < n.start and n.end <= doc.value_ends[i]


@rule("subject.fund_of_code")
def _fund_of_code(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    return code_subject(ctx.doc, ctx.draft.hit) if ctx.draft.metric == "fund_code" else None


@rule("subject.fund_of_rating")
def _fund_of_rating(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    if ctx.draft.metric != "risk_rating":
        return None
    fund = ctx.doc.names.last_fund_before(ctx.draft.hit.start)
    if fund is None:
        return Decision(None, uncertain("no fund named in the document"))
    return ctx.named(fund, "the fund named last before the rating")


@rule("subject.amount_before_slash")
def _amount_before_slash(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    paired = slash_base(ctx.doc, ctx.draft, ctx.state)
    if paired is None:
        return None
    return ctx.taken(paired, inherit(paired, "subject", "the subject of the amount before the slash or bracket"))


@rule("subject.restated_amount")
def _restated_amount(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    base = restated_base(ctx.doc, ctx.draft.hit, ctx.state)
    if base is None:
        return None
    return ctx.taken(base, inherit(base, "subject", "the subject of the amount it restates in another currency"))


@rule("subject.amounts_compared")
def _amounts_compared(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    if not ctx.draft.refs:
        return None
    base = ctx.state.by_id[ctx.draft.refs[0]]
    return ctx.taken(base, inherit(base, "subject", "the subject of the amounts it compares"))


@rule("subject.paired_in_list")
def _paired_in_list(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    """The item of a 分别 list, or of a list of names before a list of values, the figure pairs with."""
    paired = ctx.respective
    if not isinstance(paired, pairing.Paired):
        return None
    if paired.named is None:
        return Decision(ctx.doc.topic_ref(paired.start, paired.end), uncertain(paired.how))
    return ctx.named(paired.named, paired.how)


@rule("subject.list_paired_before")
def _list_paired_before(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    """「甲、乙、丙分别实现营收a、b、c,同比分别增长x、y、z」: a 分别 whose clause holds no list of its own is a
    further row of the list a 分别 before it in the sentence paired: the k-th figure takes the k-th
    subject of that row, when the rows have as many figures (read elsewhere: never certain)."""
    doc, hit = ctx.doc, ctx.draft.hit
    if isinstance(ctx.respective, pairing.Paired):
        return None
    c_start, c_end = ctx.clause
    mark = pairing.mark_before(doc.text, c_start, hit.start)
    if mark < 0:
        return None
    row = doc.values_in(mark, c_end)
    if hit.start not in row:
        return None
    before: list[Draft] = []
    for d in reversed(ctx.state.sentence):
        if d.rules.get("subject") != "subject.paired_in_list":
            if before:
                break
            continue
        before.insert(0, d)
    if len(before) != len(row):
        return None
    source = before[row.index(hit.start)]
    whose = f" ({source.subject.alias})" if source.subject is not None else ""
    return ctx.taken(source, read_elsewhere(f"分别: a further row of the list paired before it{whose}"))


@rule("subject.preferred_kind_in_clause")
def _preferred_kind_in_clause(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    """A name of the kind the metric prefers (a fund's excess return: the fund) in the clause."""
    cues = ctx.cues
    preferred = [n for n in ctx.in_clause if cues is not None and n.kind in cues.prefer_subject]
    if not preferred:
        return None
    how = f"the {preferred[-1].kind} named in the clause before the value"
    return ctx.named(preferred[-1], inside_word(how) if ctx.doc.inside_word(preferred[-1]) else how)


@rule("subject.preferred_kind_before")
def _preferred_kind_before(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    """「…累计回报达85.6%,跑赢恒生指数逾60个百分点」: the fund outperforms, not the index."""
    cues, before, hit = ctx.cues, ctx.previous, ctx.draft.hit
    if (
        cues is None
        or before is None
        or not before.subject
        or before.subject.kind not in cues.prefer_subject
        or heads_own(ctx.doc, hit.start)
    ):
        return None
    how = inherit(before, "subject", f"the {before.subject.kind} of the figure before it")
    return ctx.taken(before, how if chain_continues(ctx.doc, before.hit.start, hit.start) else read_elsewhere(how))


@rule("subject.listed_words")
def _listed_words(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    """A list of names leading the clause shares its one figure (工行及中行升约1%): the last name, and
    the others as twins of the figure (``shared_by_list``), as for a list of known names; one of a list,
    so never certain. A list of known names only is ``named_in_clause``'s."""
    items = listed_words(ctx.doc, ctx.draft.hit.start)
    if items is None or all(named is not None for _, _, named in items):
        return None
    start, end, named = items[-1]
    listed = "、".join(ctx.doc.words(a, b) for a, b, _ in items)
    how = one_of_list(f"one figure for the names listed together ({listed})")
    if named is not None:
        return ctx.named(named, how)
    return Decision(ctx.doc.topic_ref(start, end), how, evidence=(start, end))


@rule("subject.base_after_comparison")
def _base_after_comparison(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    """甲涨幅12.86%,跑输沪深300指数4.8个百分点: the name right after a comparison verb is the base the
    figure is compared with, never its subject; the subject is the figure's before it in the sentence,
    read in another clause (uncertain), else none."""
    in_clause, doc = ctx.in_clause, ctx.doc
    if not in_clause:
        return None
    base = in_clause[-1]
    raw = doc.text[ctx.clause[0] : base.start]
    before = raw.rstrip("了于过")
    verb = next((w for w in both_scripts(clause_words().comparison_verbs) if before.endswith(w)), None)
    if verb is None:  # 占零售业总销货价值的8.6%: the whole a share is of is no subject either
        # 持股占同期A股流通市值的比例: a word of the whole's scope between the verb and it (share_whole_lead)
        lead = next((w for w in share_whole_lead() if raw.endswith(w)), "")
        verb = next((w for w in share_verbs() if raw[: len(raw) - len(lead)].endswith(w)), None)
    if verb is None:
        return None
    why = f"「{doc.words(base.start, base.end)}」 after 「{verb}」 is the base it is compared with"
    if len(in_clause) > 1:  # 恒生科技指数今年以来跑输恒指三个百分点: the name before the verb
        how = f"named in the clause before the value; {why}"
        listed = len(in_clause) > 2 and doc.text[in_clause[-3].end : in_clause[-2].start] in pairing.JOINERS
        return ctx.named(in_clause[-2], one_of_list(how) if listed else how)
    previous = ctx.previous
    if previous is None or previous.subject is None or previous.subject.alias == doc.words(base.start, base.end):
        return Decision(None, uncertain(f"no subject: {why}"))
    return ctx.taken(previous, uncertain(f"the subject of the figure before it in the sentence: {why}"))


#: metrics of a share of a whole (a part's, a holder's): after a link (中的), the whole before it owns the share
_SHARES = frozenset({"revenue_share", "portfolio_weight", "holding_weight"})


@rule("subject.whole_of_share")
def _whole_of_share(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    """综合行业中的北向资金占比提升了0.45个百分点: a share (or its move) whose clause names a holder right after
    a link (中的, 的) to a whole named before it is the whole's (the share of it the holder has), not the
    holder's; the holder is no subject of its own. Uncertain: which of the two a share belongs to is the
    reader's convention, not written."""
    doc, in_clause, draft = ctx.doc, ctx.in_clause, ctx.draft
    if not in_clause or not (draft.metric in _SHARES or (draft.metric == "ratio_change" and draft.ratio in _SHARES)):
        return None
    holder = in_clause[-1]
    links = both_scripts(clause_words().share_whole_links)  # longest first as written: 之中的, 中的, 的
    link = next((w for w in links if doc.text.endswith(w, 0, holder.start)), None)
    if link is None:
        return None
    link_start = holder.start - len(link)
    owner = next((n for n in in_clause[:-1] if n.end == link_start), None)
    how = uncertain(f"the whole before 「{link}」 whose share {doc.words(holder.start, holder.end)} holds")
    if owner is not None:
        return ctx.named(owner, how)
    topic = clause_topic(doc.text, ctx.clause[0], link_start)
    return Decision(doc.topic_ref(*topic), how, evidence=topic) if topic is not None else None


@rule("subject.counted_after")
def _counted_after(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    """约79万人次旅客入境, 十宗土地交易中: a count followed right away by the noun of what it counts is that
    thing's (``clause_words.counted_noun``); the words are no registry's name, so uncertain."""
    doc, hit = ctx.doc, ctx.draft.hit
    if hit.kind != MentionKind.COUNT:
        return None
    span = counted_noun(doc.text, hit.end, ctx.clause[1])
    if span is None:
        return None
    how = uncertain(f"the noun of what the count counts, right after it ({doc.words(*span)})")
    return Decision(doc.topic_ref(*span), how, evidence=span)


#: the words of a statistic of people named in full (整体求诊人数, 某年龄以下青少年被检控人数, 涉及某罪行的被捕人数):
#: letters and digits, with at most one 的 between them
_HEADCOUNT_NAME = re.compile(f"[{HAN}A-Za-z0-9]+(?:[的][{HAN}A-Za-z0-9]+)?")


@rule("subject.headcount_named")
def _headcount_named(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    """「首季整体求诊人数为3,208人」: a count right after the noun of a number of people (``headcount_before``)
    is the statistic the words ending in that noun name, from the clause's start or its last time words
    before them; the words are no registry's name, so uncertain."""
    doc, hit = ctx.doc, ctx.draft.hit
    if hit.kind != MentionKind.COUNT:
        return None
    c_start = ctx.clause[0]
    noun = headcount_before(doc.text, c_start, hit.start)
    if noun is None:
        return None
    times = doc.times_between(c_start, noun[0])
    start = opener_at(doc.text, times[-1].end if times else c_start)
    words = doc.text[start : noun[1]]
    limit = metric_vocabulary().surface.series_max_chars
    if len(words) <= noun[1] - noun[0] or len(words) > limit or _HEADCOUNT_NAME.fullmatch(words) is None:
        return None
    if starts_with_predicate(words):
        return None
    how = uncertain(f"the statistic of people its clause names before it ({words})")
    return Decision(doc.topic_ref(start, noun[1]), how, evidence=(start, noun[1]))


@rule("subject.economy_statistic")
def _economy_statistic(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    """「美国4月某类房屋销售按月下跌1.9%」: a clause that opens with another economy, the time that dates its
    figure, then a statistic's words is about the economy's statistic (美国某类房屋销售), the time left out;
    a clause that continues its topic chain with no words of its own (…,按年更增加16%) is about the same
    one. The composed name resolves to the registry's series when it is one's alias (美国CPI). Words read as
    a name across the date: a guess, never certain (as the clause's leading words read as a name)."""
    doc, hit = ctx.doc, ctx.draft.hit
    found = economy_statistic(doc, ctx.clause[0], hit.start)
    how = "the economy and the statistic its clause opens with, the time between them left out"
    if found is None:
        found = chained_economy_statistic(doc, hit.start)
        how = "the economy's statistic that heads the topic chain its clause continues"
    if found is None:
        return None
    (e_start, e_end), (s_start, s_end) = found
    alias = doc.words(e_start, e_end) + doc.words(s_start, s_end)
    inst = registered_series(doc.text[e_start:e_end] + doc.text[s_start:s_end])
    if inst is None and any(n.kind != "macro" for n in doc.names.between(s_start, s_end)):
        return None  # 美国周五某某指数上涨1%: a market's name after the time is its own subject, no statistic's
    # the words do not stand together: no span (a subject's alias is the slice at its span where it has one)
    if inst is not None:
        ref = SubjectRef(id=inst.id, alias=alias, kind=inst.kind, source="registry")
    else:
        ref = SubjectRef(id=None, alias=alias, kind=kind_of_name(doc.text[s_start:s_end]), source="surface")
    # a guess, as the leading words it replaces were: what the words name is read, not known (no carrying on)
    return Decision(ref, uncertain(f"{how} ({alias})"), evidence=(e_start, s_end))


#: a fund's share class written right after a name (A类份额, C类, A份额)
_CLASS_AFTER = re.compile(r"[A-Z](?:[类類]|份额|份額)")


@rule("subject.named_in_clause")
def _named_in_clause(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    """The last name in the figure's clause before it (one of a list of names sharing it: uncertain)."""
    in_clause, doc = ctx.in_clause, ctx.doc
    if not in_clause:
        return None
    how = "named in the clause before the value"
    listed = len(in_clause) > 1 and doc.text[in_clause[-2].end : in_clause[-1].start] in pairing.JOINERS
    if doc.inside_word(in_clause[-1]):
        how = inside_word(how)
    follower = name_follows_name(doc, in_clause[-1], ctx.draft.hit.start)
    if follower:
        how = name_follows(how, follower)
    named = in_clause[-1]
    if _CLASS_AFTER.match(doc.text, named.end):
        # 本基金A类份额上涨2.56%: the figure is one share class's; the class is read into the name
        # (本基金A类份额), still uncertain: the register knows the fund, not the class
        how = uncertain(f"{how}, but a share class follows the name (the figure is that class's)")
        class_end = share_class_end(doc.text, named.end)
        if class_end is not None and named.named_at is None and class_end <= ctx.draft.hit.start:
            named = replace(named, end=class_end)
    return ctx.named(named, one_of_list(how) if listed else how)


@rule("subject.rated_name")
def _rated_name(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    """A target price in a sentence that rates a name before it (维持美团买入评级,目标价138港元; a headline
    and its lead alike): the name rated (the last before the rating word), read in another clause
    (uncertain)."""
    doc, hit = ctx.doc, ctx.draft.hit
    if ctx.draft.metric not in clause_words().rating_metrics:
        return None
    rated = rating_span(doc.text, doc.sentences.span_at(hit.start)[0], hit.start)
    names = doc.names.between(*rated) if rated is not None else []
    return ctx.named(names[-1], read_elsewhere("the name its sentence rates (维持…评级)")) if names else None


@rule("subject.fund_of_share_class")
def _fund_of_share_class(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    """「C类份额净值增长率为6.71%」: a clause led by a share class is its fund's, named earlier."""
    doc, c_start = ctx.doc, ctx.clause[0]
    share_class = share_class_lead(doc, c_start, ctx.draft.hit.start)
    if share_class is None:
        return None
    funds = [n for n in doc.names.between(ctx.s_start, c_start) if n.kind == "fund"]
    if funds:
        how = f"the fund of {share_class}, named earlier in the sentence"
        # a fund named with another class (远航成长混合基金A类) is the same fund, not the same class
        other_class = CLASS_END.search(doc.text, funds[-1].start, funds[-1].end) is not None
        return ctx.named(funds[-1], uncertain(f"{how} with another class") if other_class else how)
    fund = doc.names.last_fund_before(c_start)
    if fund is not None and fund.end <= c_start:
        ref = carried_ref(doc.subject_ref(fund))
        return Decision(ref, uncertain(f"the fund named before {share_class}, a share class ({ref.alias})"), named=fund)
    return None


@rule("subject.words_before_bracket")
def _words_before_bracket(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    """「综合金融(32.16%)」, 「AMD(+52.5%、+947.6%)」: the name or words right before the bracket of
    figures the value stands in (``reading.bracket_owner``)."""
    named = bracket_name(ctx.doc, ctx.draft.hit)
    if named is not None:
        return ctx.named(named, uncertain("named right before the bracket the value stands in"))
    owner = bracket_owner(ctx.doc, ctx.draft.hit)
    if owner is None:
        return None
    return Decision(ctx.doc.topic_ref(*owner), uncertain("the words right before the bracket the value stands in"))


@rule("subject.clause_leading_words")
def _clause_leading_words(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    """The clause's leading words read as a name (a clause parallel to the one before: 沪深300跌0.5%,
    万得全A跌0.7%)."""
    doc, hit, previous = ctx.doc, ctx.draft.hit, ctx.previous
    # a subject read after a leading time (4月水费年增2.1%,不过燃气费仅上涨0.6%) is words, as this clause's are:
    # the clause heads with its own as a parallel clause does
    named_before = previous is not None and previous.rules.get("subject") != "subject.words_after_leading_time"
    topic = lead_topic(doc, ctx.clause[0], hit.start, mid_sentence=ctx.earlier is not None or named_before)
    if topic is None:
        return None
    if _company_story(ctx) and doc.text.endswith(both_scripts(clause_words().owned_rate_ends), *topic):
        return None  # claims10: 国泰…。载客率下跌6.6个百分点: which of the company's figures, not a subject
    mirrored = doc.chains.parallel_head(hit.start)
    if mirrored is not None:
        head = doc.words(mirrored.start, mirrored.end)
        return Decision(doc.topic_ref(*topic), uncertain(f"the leading words of a clause parallel to {head}'s"))
    return Decision(doc.topic_ref(*topic), uncertain("the leading words of the clause read as a name"))


def _company_story(ctx: SubjectContext) -> bool:
    """Whether the figure stands in an item whose earlier paragraphs are about a company (its results)."""
    state = ctx.state
    subject = state.item_subject
    return subject is not None and subject.kind in _COMPANY_KINDS and (
        state.item_subject_from == ctx.doc.scope_start(ctx.draft.hit.start)
    )


#: kinds of a chain's head whose sentence lists market movers: a clause after it with its own mover is that one's
_MOVER_HEAD_KINDS = frozenset({"company", "stock", "hk_stock", "sector"})


@rule("subject.own_mover")
def _own_mover(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    """「某概念股大涨,甲公司涨超16%,乙公司涨近8%」, 「甲收1050元,乙上涨145元」: a clause whose own leading words
    read as a name and are followed right away by its move (a direction word) is that name's, not the head's
    of the chain it continues when that head is a company, stock or group: a sentence listing movers gives
    each its own figure. Words read as a name, so uncertain."""
    doc, hit = ctx.doc, ctx.draft.hit
    if not own_lead(doc, hit.start):
        return _mover_continued(ctx)
    chain = doc.chains.chain(hit.start)
    # the head of the chain it continues, else the name earlier in the sentence (某概念股走强,甲涨超9%)
    head = chain.head.named if chain is not None else ctx.earlier
    if chain is not None:
        h_start, h_end = chain.head.start, chain.head.end
    elif head is not None:
        h_start, h_end = head.start, head.end
    else:
        return None
    words = doc.words(h_start, h_end)
    kind = head.kind if head is not None else None
    if kind not in _MOVER_HEAD_KINDS and not is_group_name(doc.text[h_start:h_end]):
        return None
    c_start = ctx.clause[0]
    topic = clause_topic(doc.text, c_start, lead_end(doc, c_start, hit.start))
    move = doc.metrics.directions.at(topic[1]) if topic is not None else None
    if move is None or topic is None or move.start != topic[1]:
        return None  # 股价上涨, 营收增长: no move right after the words (a cue, a time) — not a mover's name
    if doc.text.startswith(both_scripts(clause_words().move_noun_ends), move.end):
        return None  # 年复合增长率达到N%: the noun of a move (增长率), no move of its own
    own = doc.text[topic[0] : topic[1]]
    if own == doc.text[h_start:h_end] or own in both_scripts(clause_words().span_anaphors) or own in group_ends():
        return None  # the head again; 期间大涨N点: a word of the span the sentence bounds; 板块反弹: whose, unsaid
    how = uncertain(f"the clause's own leading words right before its move, not {words} its chain began with")
    return Decision(doc.topic_ref(*topic), how, evidence=topic)


def _mover_continued(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    """「…,乙上涨145元,收3160元」: a clause with no words of its own right after one whose own mover was read
    (``subject.own_mover``) goes on about that mover, not the chain's head."""
    previous, doc = ctx.previous, ctx.doc
    if previous is None or previous.rules.get("subject") != "subject.own_mover":
        return None
    if doc.sentences.clause_at(previous.hit.start)[1] < ctx.clause[0] - 1:
        return None  # a clause between them: no longer the mover's
    if not doc.names_nothing(ctx.clause[0], ctx.draft.hit.start):
        return None
    alias = previous.subject.alias if previous.subject is not None else ""
    return ctx.taken(previous, uncertain(f"the mover of the clause right before it ({alias})"))


@rule("subject.topic_chain")
def _topic_chain(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    return _chain_head(ctx.doc, ctx.draft, ctx.sentence)


@rule("subject.words_after_leading_time")
def _words_after_leading_time(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    """「4月整体消费物价按年上升1.3%」: a clause that opens with its time and continues no chain — the words
    between the time and the first cue read as the name of what moved (a release's statistic)."""
    doc, hit, state = ctx.doc, ctx.draft.hit, ctx.state
    company = state.item_subject is not None and state.item_subject.kind in _COMPANY_KINDS
    if company and state.item_subject_from == doc.scope_start(hit.start):
        return None  # 渣打…。上季信贷减值支出…: in a company's story the words name its figure, not a statistic
    after = time_led(doc, ctx.clause[0], hit.start)
    if after is None:
        return None
    topic = clause_topic(doc.text, after, lead_end(doc, after, hit.start))
    if topic is None:
        return None
    ref = doc.topic_ref(*topic)
    if ctx.draft.metric in clause_words().not_statistic_metrics and ref.kind != "macro":
        # 去年交出报酬率41.6%, 本季度组合净值上涨4.7%: a fund's return, not a release's statistic; words that end
        # in a statistic's head noun (3月贷款总额升0.8%) are one, whatever the move's word (claims14a)
        return None
    return Decision(ref, uncertain("the words after the clause's leading time read as a name"))


@rule("subject.aspect_topic")
def _aspect_topic(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    """静丙方面,1月份共批签发…,同比下滑13%: a sentence opened by a clause that only names its topic (… 方面) gives
    that topic to a figure of a later clause that names nothing of its own; read in another clause, so
    not certain."""
    doc, (c_start, _) = ctx.doc, ctx.clause
    first_start, first_end = doc.sentences.clause_at(ctx.s_start)
    if c_start <= first_start or ctx.in_clause:
        return None
    head = doc.text[first_start:first_end].rstrip(" ,，:：")
    mark = next((m for m in both_scripts(clause_words().aspect_marks) if head.endswith(m)), None)
    if mark is None:
        return None
    topic = clause_topic(doc.text, first_start, first_start + len(head) - len(mark))
    if topic is None:
        return None
    words = doc.words(*topic)
    return Decision(doc.topic_ref(*topic), read_elsewhere(f"the topic the sentence opens with ({words}{mark})"))


@rule("subject.named_earlier_in_sentence")
def _named_earlier_in_sentence(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    """The last name earlier in the sentence, when no figure with a subject stands after it."""
    earlier, previous, hit = ctx.earlier, ctx.previous, ctx.draft.hit
    if earlier is None or (previous is not None and earlier.end <= previous.hit.start):
        return None
    how = "named earlier in the sentence"
    chained = chain_continues(ctx.doc, earlier.end, hit.start)
    return ctx.named(earlier, how if chained else read_elsewhere(how))


@rule("subject.figure_before")
def _figure_before(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    """The subject of the figure before it in the sentence."""
    previous = ctx.previous
    if previous is None:
        return None
    how = inherit(previous, "subject", "the subject of the figure before it in the sentence")
    chained = chain_continues(ctx.doc, previous.hit.start, ctx.draft.hit.start)
    return ctx.taken(previous, how if chained else read_elsewhere(how))


@rule("subject.named_after_value")
def _named_after_value(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    after = ctx.doc.names.between(ctx.draft.hit.end, ctx.clause[1])
    return ctx.named(after[0], "named after the value in its clause") if after else None


@rule("subject.title_fund")
def _title_fund(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    """A leaflet's fund figure with no fund in its sentence is about the fund on its cover, not the
    manager's other fund of an earlier sentence."""
    doc, state, metric = ctx.doc, ctx.state, ctx.draft.metric
    fund_metric = metric.startswith("fund_") or metric in doc.metrics.vocab.subject_kind_overrides.get("fund", {})
    carried_on = state.line_subject is not None and state.after_semicolon and state.line_subject_certain
    if doc.title_fund is None or not fund_metric or carried_on or ctx.draft.hit.start >= doc.first_item_end:
        return None
    return Decision(
        doc.subject_ref(doc.title_fund), uncertain("the fund the document's title names"), named=doc.title_fund
    )


@rule("subject.note_company")
def _note_company(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    """A company's figure (``company_metrics``: revenue, EPS, PE, a target price) that no rule before
    found a subject for in its sentence, in an item that refers to its company (公司…): that company
    (named, else the note's unnamed 公司), not a subject carried over from an earlier sentence (投资建议:
    预计2026-2028年收入为… after a paragraph on the market's size). Not past a semicolon: the part before
    it states the subject carried on. Uncertain: the company is not named in the figure's clause."""
    doc, draft, state = ctx.doc, ctx.draft, ctx.state
    if draft.metric not in doc.metrics.vocab.company_metrics or (state.after_semicolon and state.line_subject):
        return None
    # a note's lead may state the results before it first says 公司 (事件:2025年实现营收…。公司…): the
    # item's first reference after the figure then names the company it is about
    named = doc.company_reference_before(draft.hit.start) or doc.company_reference_after(draft.hit.end)
    if named is None:
        return None
    ref = doc.subject_ref(named, carried=True)
    about = f"the company 「{doc.text[named.start : named.end]}」 refers to ({ref.alias})"
    return Decision(ref, uncertain(f"a company's figure in a text about {about}"), named=named)


@rule("subject.carried_on_line")
def _carried_on_line(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    """The subject of the line so far: read across a semicolon, else carried over (uncertain)."""
    state = ctx.state
    if state.line_subject is None:
        return None
    carried = carried_ref(state.line_subject)
    if state.after_semicolon and state.line_subject_certain:
        how = f"carried over from before the semicolon ({carried.alias})"
        # a subject that was itself read elsewhere (a chain, a list) is no surer for being carried on
        if not state.line_subject_read:
            return Decision(carried, read_elsewhere(how))
        unread = own_unread(ctx.doc, ctx.draft.hit.start)
        if unread:  # …;旗下零售业务盈利…: words of no predicate may name another subject
            return Decision(carried, uncertain(f"{how}, past words of no predicate 「{unread}」{FOLLOWED}"))
        return Decision(carried, how)
    return Decision(carried, uncertain(f"carried over from a previous sentence ({carried.alias})"))


@rule("subject.item_headline")
def _item_headline(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    headline = ctx.doc.headline_before(ctx.draft.hit.start)
    if headline is None:
        return None
    return Decision(headline[0], uncertain(f"the item headline's topic ({headline[0].alias})"))


#: kinds of subject a story's later paragraphs go on about (a company's results)
_COMPANY_KINDS = frozenset({"company", "stock", "hk_stock"})


@rule("subject.carried_in_item")
def _carried_in_item(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    """The subject of an earlier paragraph of the same item (a company's results story: 渣打…盈利…。|
    上季基本税前盈利…), when the figure's paragraph names none: a guess, never certain."""
    state, doc, subject = ctx.state, ctx.doc, ctx.state.item_subject
    if subject is None or subject.kind not in _COMPANY_KINDS:
        return None  # a statistic's or an index's paragraphs each name their own series
    if state.item_subject_from != doc.scope_start(ctx.draft.hit.start):
        return None
    carried = carried_ref(subject)
    return Decision(carried, uncertain(f"carried over from an earlier paragraph of the item ({carried.alias})"))


@rule("subject.item_fund")
def _item_fund(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    """A fund's figure (its size, shares, return, holdings' share) that no rule before found a subject
    for: the fund named last before it in its item (本基金份额净值为…。| 注:期末基金资产净值…), as a
    company's figure goes to the company of its note. Uncertain: not named in the figure's clause."""
    doc = ctx.doc
    if ctx.draft.metric not in doc.metrics.vocab.fund_metrics:
        return None
    named = doc.fund_reference_before(ctx.draft.hit.start)
    if named is None:
        return None
    ref = doc.subject_ref(named, carried=True)
    return Decision(ref, uncertain(f"a fund's figure in an item about the fund named before it ({ref.alias})"))


@rule("subject.document_fund")
def _document_fund(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    """claims11b: a fund's own figure (its position, size, return) that names no fund and follows none in
    its item, in a text that speaks as a fund (本基金 anywhere in it): that fund, the one whose report or
    note the text is. Uncertain: a default of the document, not read in the figure's clause."""
    doc = ctx.doc
    own = doc.own_fund
    if own is None or ctx.draft.metric not in doc.metrics.vocab.fund_metrics:
        return None
    ref = doc.subject_ref(own, carried=True)
    said = doc.text[own.start : own.end]
    return Decision(
        ref, uncertain(f"a fund's figure naming no fund, in a text that speaks as a fund (「{said}」): {ref.alias}")
    )


@rule("subject.none_found")
def _none_found(ctx: SubjectContext) -> Decision[SubjectRef | None] | None:
    return Decision(None, uncertain("no subject found"))


def respective_item(doc: Doc, hit: Hit) -> pairing.Paired | tuple[None, str] | None:
    """分别 in the value's clause, or a list of values after a list of names (甲转债、乙转债跌3%、2%):
    the item of the list it is paired with (``pairing.respective``, ``pairing.listed``)."""
    c_start, c_end = doc.sentences.clause_at(hit.start)
    marked = pairing.mark_before(doc.text, c_start, hit.start) >= 0
    lo, hi = bisect_left(doc.value_starts, c_start), bisect_left(doc.value_starts, c_end)
    if not marked and hi - lo < 2:
        return None
    times = doc.times_between(c_start, hit.start)
    floor = times[0].end if times and times[0].start <= c_start + 1 else c_start  # 本周甲转债、乙转债分别…

    def has_cue(start: int, end: int) -> bool:
        return bool(doc.metrics.before.within(start, end))

    if not marked:
        values = list(zip(doc.value_starts[lo:hi], doc.value_ends[lo:hi], strict=True))
        lead = lead_end(doc, c_start, hit.start, False)
        return pairing.listed(doc.text, doc.names, values, hit.start, lead, floor, has_cue)
    s_start, _ = doc.sentences.span_at(hit.start)
    bounds = (s_start, c_start, c_end)
    mark = pairing.mark_before(doc.text, c_start, hit.start)
    others = [(floor, lead_end(doc, floor, mark))]  # the list before the figure's words in its clause
    if c_start > s_start and doc.names_nothing(c_start, mark):
        p_start, p_end = doc.sentences.clause_at(c_start - 1)  # …等行业, | 二季度…分别…
        others.append((p_start, p_end))
        # 甲类个案和乙类个案均跌0.3%,分别有a宗和b宗: the list leading the clause before, up to its predicate;
        # claims12a: after that clause's leading time words (上月甲类和乙类,按月分别升…)
        p_times = doc.times_between(p_start, p_end)
        p_floor = p_times[0].end if p_times and p_times[0].start <= p_start + 1 else p_start
        others.append((p_floor, lead_end(doc, p_floor, p_end)))
    paired = pairing.respective(
        doc.text, doc.names, doc.value_starts, hit.start, bounds, floor, has_cue, others, doc.value_ends
    )
    # 甲、乙收黑,丙、丁买气强劲,分别收涨1%及7%: a list two clauses back, past a clause of its own, may not
    # be the one 分别 pairs with; claims13c: nor, for certain, a list of the clause right before (甲及乙走强,
    # 分别报a及b): paired by position across a clause, the names are not read in the figure's own clause
    if isinstance(paired, pairing.Paired) and paired.start < c_start:
        paired = replace(paired, how=read_elsewhere(paired.how))
    return paired


#: a listing code in brackets right after a name: 比亚迪(01211), 腾讯控股(00700.HK), 平安银行(SZ:000001)
_CODE_AFTER = re.compile(r"\s?\((?:HK|hk|SZ|SH|sz|sh|港股|港)?[:.]?\s?(\d{4,6})(?:\.[A-Za-z]{2})?\)")


def _other_listing(doc: Doc, named: Named | None, ref: SubjectRef | None) -> str | None:
    """The code written in brackets right after ``named`` when it is not the code ``ref`` resolved to
    (a dual-listed company named with its other listing's code); None otherwise."""
    if named is None or ref is None or not ref.code or not ref.code.isdigit():
        return None
    found = _CODE_AFTER.match(doc.text, named.end)
    return found.group(1) if found is not None and int(found.group(1)) != int(ref.code) else None


def _class_of_company(ref: SubjectRef, sentence: Sequence[Draft]) -> bool:
    """Whether ``ref`` is a bare class of shares (A股, H股) after a figure of a company among the last
    few of the sentence."""
    if ref.alias not in both_scripts(clause_words().share_classes):
        return False
    return any(d.subject is not None and d.subject.kind in _COMPANY_KINDS for d in sentence[-3:])


def _chain_head(doc: Doc, draft: Draft, sentence: Sequence[Draft] = ()) -> Decision[SubjectRef | None] | None:
    """The head of the topic chain the value's clause continues (恒指曾跌穿20000点,低见19850点 → 恒指):
    certain when it is a name and no other name stands in the chain. ``sentence`` holds the figures
    before it in the sentence: when the head's own figure doubted the name, the chain does too."""
    chain = doc.chains.chain(draft.hit.start)
    if chain is None:
        return None
    head = chain.head
    if doc.chains.own(draft.hit.start) is not None:
        # 总就业人数减少…,总劳动人口则增加约3,100人至3,800,100人: a clause that heads with its own name
        # continues no chain before it; its later figures are its head's (figure before it)
        return None
    words = doc.words(head.start, head.end)
    how = f"topic chain from {words} (clause {head.ordinal}" + (f", by 「{head.pronoun}」)" if head.pronoun else ")")
    group = _own_group(doc, draft.hit.start, words)
    if group is not None:
        return group
    if head.named is None:
        return Decision(doc.topic_ref(head.start, head.end), uncertain(f"{how}, its leading words read as a name"))
    ref, named = doc.subject_ref(head.named), head.named
    if doc.inside_word(head.named):
        return Decision(ref, inside_word(how), named=named)
    pronoun = head.pronoun or lead_pronoun(doc, draft.hit.start)
    kinds = next((k for noun, k in PRONOUN_KINDS.items() if pronoun and pronoun.endswith(noun)), None)
    if pronoun and kinds is not None and head.named.kind not in kinds:
        # 某某价格指数…该指数累计上涨20%: the index is not the company whose name its name holds
        return Decision(ref, uncertain(f"{how}, though 「{pronoun}」 refers to no {head.named.kind}"), named=named)
    if chain.other is not None:
        other = doc.words(chain.other.start, chain.other.end)
        return Decision(ref, uncertain(f"{how}, which also names {other}"), named=named)
    h_start, h_end = doc.sentences.clauses[head.clause]
    follower = name_follows_name(doc, head.named, min(h_end, draft.hit.start))
    if follower.startswith(both_scripts(clause_words().issuer_instruments)):
        # 甲转债尾盘狂飙,日内涨7%: the head's name is followed by another instrument of its issuer (its convertible
        # bond, its ADR), so the chain may be the instrument's, whether or not the head clause holds a figure
        return Decision(ref, name_follows(how, follower), named=named)
    first = bisect_left(sentence, h_start, key=lambda d: d.hit.start)  # the head clause's figures only
    in_head = itertools.takewhile(lambda d: d.hit.start < h_end, itertools.islice(sentence, first, None))
    if any(d.decided.get("subject", "").endswith(FOLLOWED) for d in in_head):
        # 某股ADR升1.5%,折合报79.4元: the head's own figure doubted its name (words naming another followed it), so
        # the chain is as unsure
        return Decision(ref, name_follows(how, follower) if follower else uncertain(how + FOLLOWED), named=named)
    own = own_lead(doc, draft.hit.start)
    if own:
        # 鸿海下跌2.91%,某某重挫逾4%: the clause leads with words of its own that may name someone else
        return Decision(ref, uncertain(f"{how}, past the clause's own leading words 「{own}」"), named=named)
    unread = unread_lead(doc, head, draft.hit.start)
    if unread:
        # 恒指收报19900点,内房股普遍下跌2%: words the chain passes over that are no predicate may name another
        return Decision(ref, uncertain(f"{how}, past words of no predicate 「{unread}」{FOLLOWED}"), named=named)
    return Decision(ref, how, named=named)


def _own_group(doc: Doc, value_start: int, head: str) -> Decision[SubjectRef | None] | None:
    """台股…下跌,电子股终场跌1.43%,电机机电类股跌1.7%: a clause led by a group's name is the group's, not
    the topic chain's head (``head``); never certain."""
    own = own_lead(doc, value_start)
    if not own or not is_group_name(own) or own == head:
        return None
    c_start, _ = doc.sentences.clause_at(value_start)
    topic = clause_topic(doc.text, c_start, lead_end(doc, c_start, value_start))
    if topic is None:
        return None
    return Decision(doc.topic_ref(*topic), uncertain(f"the clause's own leading words, a group's name, not {head}"))


def code_subject(doc: Doc, hit: Hit) -> Decision[SubjectRef | None]:
    """A fund code's fund: the name right before the bracket holding the code (…基金(A类:016888))."""
    window_start = max(0, hit.start - 24)
    opening = doc.text.rfind("(", window_start, hit.start)
    before = hit.start if opening < 0 or ")" in doc.text[opening : hit.start] else opening
    named = [n for n in doc.names.between(max(0, before - 40), before) if before - n.end <= 1]
    if named:
        return Decision(doc.subject_ref(named[-1]), "the fund named right before the code")
    return Decision(None, uncertain("no fund named right before the code"))
