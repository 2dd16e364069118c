"""Claim assembly: every numeric mention becomes a Claim (subject, metric, signed value, period,
source note, how each was decided) or an ``Unattributed`` record saying why not.

Everything here works in normalized-text offsets on the punctuation-folded text
(``sentences.fold_punct``) and maps to the original text at the end. Each concern is found once
per document (cue words, names, time words, notes) and looked up by bisect, so assembly is linear
in the text. For each value, in order:

  metric   ``metric.MetricReader``: an after cue, the nearest before cue, else the list it continues;
           direction words sign it, relation words give its basis, forecast cues mark it;
  subject  the item of a 分别 list it pairs with (``pairing``); a name in its clause before it; the
           clause's leading words (a surface name, or a clause parallel to the one before); the head
           of the sentence's topic chain (``topic_chain``); the subject named earlier in the
           sentence; a name after it in its clause; the item headline's topic; the subject carried
           over on the same line (uncertain);
  period   a since-inception metric's own period; the amounts a growth compares; the period before
           the figure it follows for a previous value (前值, ``clause_time``); time words beside
           the value; the list's time words; the figure a change describes; the sentence's anchor;
           the data-source note; a period carried over on the line (uncertain); the item's date
           for session figures and the as-of date for levels (uncertain);
  source   the first data-source note after the value in the same section.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from decimal import Decimal
from functools import cache, cached_property
from typing import NamedTuple

from analyzer.claims import named as names_mod
from analyzer.claims import pairing
from analyzer.claims.bullets import heading_end
from analyzer.claims.certainty import (
    LISTED,
    UNCERTAIN,
    confidence,
    day_defaulted,
    guessed,
    inside_word,
    month_defaulted,
    no_basis,
    off_span,
    one_of_list,
    own_clause,
    read_elsewhere,
    uncertain,
)
from analyzer.claims.clause_time import (
    PREVIOUS_VALUE,
    find_frames,
    in_frame,
    outside_frames,
    previous_value,
    prior_lead,
)
from analyzer.claims.clause_words import opener_at, starts_with_pronoun
from analyzer.claims.company_ref import REFERENCE as COMPANY_REFERENCE
from analyzer.claims.company_ref import with_company_references
from analyzer.claims.cues import CueHit, CueIndex
from analyzer.claims.currency import company_currency
from analyzer.claims.metric import MetricDecision, MetricReader
from analyzer.claims.named import Named, NamedIndex, clause_topic, from_alias
from analyzer.claims.per_lot import per_share, shares_per_lot
from analyzer.claims.period import (
    REPORT_YEAR,
    Anchors,
    PeriodBuilder,
    local_period_hits,
    merge_times,
    period_ending,
    report_period,
    with_report_year,
)
from analyzer.claims.sentences import Sentences, fold_punct, split_sentences
from analyzer.claims.slash import amount_before_slash
from analyzer.claims.source_note import RawNote, find_notes
from analyzer.claims.subject import UNNAMED_FUND, find_subjects, is_listed_fund, is_share_class, time_words
from analyzer.claims.topic_chain import TopicChains
from analyzer.claims.vocabulary import both_scripts, metric_vocabulary
from analyzer.claims.year_series import paired_year
from analyzer.extract.base import Hit
from analyzer.extract.timeexpr import previous_session
from analyzer.instruments import default_registry
from analyzer.normalize import Normalized
from analyzer.segment import TokenBoundaries
from analyzer.structure.model import DocumentStructure, Role
from analyzer.structure.vocabulary import structure_vocabulary
from analyzer.types import Claim, Mention, MentionKind, Period, SourceNote, Span, SubjectRef, Unattributed

#: numeric mentions: each becomes a claim or an Unattributed record
NUMERIC_KINDS = frozenset(
    {
        MentionKind.PERCENT,
        MentionKind.MONEY,
        MentionKind.MULTIPLE,
        MentionKind.POINTS,
        MentionKind.COUNT,
        MentionKind.NUMBER,
    }
)
LABEL_KINDS = frozenset({MentionKind.RATING, MentionKind.CODE})
TIME_KINDS = (MentionKind.DATE, MentionKind.PERIOD)
#: parts a title line may be: a headline, or a short body line (a sub-heading) of the item
_TITLE_ROLES = (Role.HEADLINE, Role.BODY)
#: a title line that is only a bracketed label (【核心观点】, folded to [核心观点])
_SECTION_LABEL = re.compile(r"\[[^\]]*\]")
#: parts whose date is the item's own (read as its date, never as a period beside a figure)
_DATE_ROLES = (Role.DATELINE, Role.BYLINE)
HEADLINE_REACH = 6  # lines


class Assembly(NamedTuple):
    """What the claims stage returns: claims, the document's source notes, unattributed mentions."""

    claims: list[Claim]
    notes: list[SourceNote]
    unattributed: list[Unattributed]


@dataclass
class _Draft:
    """A claim under construction, in normalized offsets."""

    hit: Hit
    mention: Mention
    metric: str
    value: Decimal | None
    decided: dict[str, str] = field(default_factory=dict)
    subject: SubjectRef | None = None
    subject_named: Named | None = None
    period: Period | None = None
    time_hit: Hit | None = None
    refs: tuple[str, ...] = ()
    basis: str | None = None
    forecast: bool = False
    forecast_cue: str | None = None
    intraday: bool = False  # read during the session (一度, 半日): never the close or the session's change
    currency: str | None = None
    id: str = ""
    week: bool = False
    ratio: str | None = None  # for a ratio_change: the ratio that moved (gross_margin)
    basis_carried: bool = False  # the basis (同比) is carried on from the figure before it
    negated_range: bool = False  # a range of falls: its ends are negative


class _Doc:
    """What assembly needs to know about one document, each concern found once."""

    def __init__(
        self,
        original: str,
        normalized: Normalized,
        hits: Sequence[Hit],
        mentions: Sequence[Mention],
        as_of: dt.date | None,
        tokens: TokenBoundaries | None = None,
        structure: DocumentStructure | None = None,
    ) -> None:
        from analyzer.structure import structure as build_structure  # the stage, when not run before

        self.original = original
        self.text = fold_punct(normalized.text)
        # items of a page: nothing (subject, period, headline topic, market, note) reaches across one
        self.structure = structure if structure is not None else build_structure(normalized.text, hits, as_of)
        self.offsets = normalized.offsets
        self.as_of = as_of
        self.sentences: Sentences = split_sentences(self.text)
        self.pairs = list(zip(hits, mentions, strict=True))
        # a day word of a backdrop (承接昨日跌势) dates no figure; the date of a dateline or byline is the
        # item's date, no period stated beside a figure
        self.frames = find_frames(self.text)
        stated_times = outside_frames(
            self.frames,
            [h for h in hits if h.kind in TIME_KINDS and self.structure.role_at(h.start) not in _DATE_ROLES],
        )
        self.anchors = Anchors(self.text, stated_times)
        # an inception date (成立于2019年5月8日) is the start of 成立以来, no period of other figures
        self.time_hits = [
            t
            for t in with_report_year(
                self.text,
                merge_times(stated_times, local_period_hits(self.text, as_of)),
                [item.start for item in self.structure.items[1:]],
            )
            if not self.anchors.is_inception(t)
        ]
        self._time_ends = [t.end for t in self.time_hits]
        # a periodic report's own period (its title: …2024年第1季度报告): 本报告期, and the end that
        # trailing windows (过去六个月) count back from
        self.report = report_period(self.text, self.time_hits, self.sentences.line_starts)
        self.report_end: dt.date | None = self.report.fields["end_date"] if self.report is not None else None
        self.day_dates = [t for t in outside_frames(self.frames, hits) if _is_day(t)]
        self._day_ends = [t.end for t in self.day_dates]
        self.datelines = [t for t in self.day_dates if self.is_dateline(t)]
        self._dateline_ends = [t.end for t in self.datelines]
        aliases = [from_alias(a) for a in find_subjects(self.text, tokens)]
        # registry aliases (fund references such as 本基金 resolved to registry funds only: a generic
        # 货币市场基金 in a risk statement is no referent) plus master and surface names
        merged = names_mod.with_full_names(
            self.text, names_mod.merge(aliases, names_mod.surface_names(self.text, tokens))
        )
        # a byline names the writer (某某证券研究所, 记者 张三), never the subject of a figure
        merged = [n for n in merged if self.structure.role_at(n.start) != Role.BYLINE]
        merged = with_company_references(self.text, merged, self.structure.item_start)
        self.names = NamedIndex(names_mod.with_title_fund(self.text, merged, UNNAMED_FUND.id))
        self.title_fund = names_mod.title_fund(self.text, merged)
        self.first_item_end = self.structure.items[0].end
        self.notes = find_notes(self.text, self.time_hits)
        self.note_starts = [n.start for n in self.notes]
        self.skip = sorted(
            [(n.start, n.end, "inside a data-source note") for n in self.notes]
            + [(s, e, "part of a title in 《》") for s, e in _bracket_regions(self.text)]
        )
        self._skip_starts = [s for s, _, _ in self.skip]
        self.value_starts = [h.start for h, _ in self.pairs if h.kind in NUMERIC_KINDS or h.kind in LABEL_KINDS]
        self.value_ends = [h.end for h, _ in self.pairs if h.kind in NUMERIC_KINDS or h.kind in LABEL_KINDS]
        self._points = [h.start for h, _ in self.pairs if h.kind == MentionKind.POINTS]
        self._figure_starts = [h.start for h, _ in self.pairs if h.kind in NUMERIC_KINDS]
        self.multiple_starts = [h.start for h, _ in self.pairs if h.kind == MentionKind.MULTIPLE]
        self.metrics = MetricReader(self.text)
        self.periods = PeriodBuilder(self.text, original, self.span, as_of)
        self.bare_years = CueIndex(self.text, self.metrics.vocab.period_words.bare_year)
        currency = metric_vocabulary().market_currency
        self._market = CueIndex(self.text, [w for words in currency.values() for w in words])
        self._market_currency = {w: code for code, words in currency.items() for w in both_scripts(words)}
        self.headlines = self._headlines()
        self._headline_starts = [h[0] for h in self.headlines]
        self.chains = TopicChains(
            self.text,
            self.sentences,
            self.names,
            self.value_starts,
            lambda start, end, times: _lead_end(self, start, end, times),
            lambda start, lead, end, mid, parallel: _leading_name(self, start, lead, end, mid, lambda: parallel),
            self.metrics.direction_words,
            [(t.start, t.end) for t in self.time_hits],
        )

    def scope_start(self, pos: int) -> int:
        """Where the section or item holding ``pos`` begins (what may reach a figure at ``pos``)."""
        return max(self.sentences.section_start(pos), self.structure.item_start(pos))

    def in_headline(self, pos: int) -> bool:
        return self.structure.role_at(pos) == Role.HEADLINE

    def item_genre(self, pos: int) -> str | None:
        return self.structure.item_at(pos).genre

    def session_word(self, start: int, end: int) -> str | None:
        """What makes ``[start, end)`` a market-session report: a session word (收报, 高开 …) or an
        index level in points; None when there is neither."""
        cue = self.metrics.in_session(start, end)
        if cue is not None:
            return f"「{cue.word}」 in the sentence"
        i = bisect_left(self._points, start)
        if i < len(self._points) and self._points[i] < end:
            return "an index level in the sentence"
        return None

    def item_session_word(self, pos: int) -> str | None:
        """A session word on the line holding ``pos`` or on its item's first line (「港股收市：…」):
        a security's bare move there (阿里巴巴跌4.2%) is that session's change."""
        starts = self.sentences.line_starts
        for line in {self.sentences.line_index(pos), self.sentences.line_index(self.scope_start(pos))}:
            end = starts[line + 1] if line + 1 < len(starts) else len(self.text)
            cue = self.metrics.in_session(starts[line], end)
            if cue is not None:
                return f"「{cue.word}」 in the item"
        genre = self.item_genre(pos)
        if genre is not None and structure_vocabulary().genres[genre].session is not None:
            return f"the item is a {genre.replace('_', ' ')}"  # 【A股收评】: its moves are the session's
        return None

    def span(self, start: int, end: int) -> Span:
        return Span(start=self.offsets.to_original(start), end=self.offsets.to_original_end(end))

    def words(self, start: int, end: int) -> str:
        return self.span(start, end).slice(self.original)

    def skip_reason(self, hit: Hit) -> str | None:
        i = bisect_right(self._skip_starts, hit.start)
        for s, e, reason in reversed(self.skip[max(0, i - 2) : i]):  # the innermost region first
            if s <= hit.start and hit.end <= e:
                return reason
        return None

    @cached_property
    def _predicate_words(self) -> tuple[CueIndex, ...]:
        vocab = self.metrics.vocab
        fillers = CueIndex(self.text, both_scripts((*vocab.predicate_words, *vocab.session_cues)))
        m = self.metrics
        return (m.before, m.relations, m.session, m.growth_nouns, m.this_period, m.daily, fillers)

    def names_nothing(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` (a clause up to its value) holds only cue, direction, relation,
        session and time words and the small words between them (按年升, 開報, 盤中最高見,
        成立以来累计收益): a predicate of the subject before it that names no subject of its own."""
        covered = self._read_words(start, end)
        return not any(
            not covered[i] and (ch.isalpha() or ch.isdigit()) for i, ch in enumerate(self.text[start:end])
        )

    def _read_words(self, start: int, end: int) -> bytearray:
        """1 for each character of ``[start, end)`` inside a cue, relation, session, time or small word."""
        covered = bytearray(end - start)
        spans = [(c.start, c.end) for index in self._predicate_words for c in index.within(start, end)]
        spans += [(t.start, t.end) for t in self.times_between(start, end)]
        for s, e in spans:
            covered[max(s, start) - start : min(e, end) - start] = b"\x01" * (min(e, end) - max(s, start))
        return covered

    def inside_word(self, named: Named) -> bool:
        """True when the name begins right after a letter that no read word covers (債券通北向通: 北向),
        or inside time words (6月份中证…: 份中证…)."""
        if any(t.start < named.start < t.end for t in self.times_between(max(0, named.start - 8), named.end + 8)):
            return True
        c_start, _ = self.sentences.clause_at(named.start)
        if named.start <= c_start or any(n.end == named.start for n in self.names.between(c_start, named.start)):
            return False  # at the clause's start or right after another name
        if self.text.endswith(both_scripts(self.metrics.vocab.name_qualifiers), c_start, named.start):
            return False  # 美股纳斯达克指数: a market word qualifies the name
        ch = self.text[named.start - 1]
        if not ch.isalpha():
            return False
        return not self._read_words(named.start - 1, named.start)[0] and not self._read_words(c_start, named.start)[-1]

    def times_between(self, start: int, end: int) -> list[Hit]:
        """Time expressions that lie within ``[start, end)``, in order."""
        lo = bisect_left(self._time_ends, start)
        hi = bisect_right(self._time_ends, end)
        return [t for t in self.time_hits[lo:hi] if t.start >= start]

    def last_dateline(self, pos: int, lo: int) -> Hit | None:
        """The last dateline (a line that is just a full date) before ``pos`` and after ``lo``."""
        i = bisect_right(self._dateline_ends, pos)
        return self.datelines[i - 1] if i and self.datelines[i - 1].start >= lo else None

    def is_dateline(self, t: Hit) -> bool:
        """Whether ``t`` is its item's own date (the structure stage's: its dateline, byline or a
        dated headline), with its year stated."""
        own = self.structure.item_at(t.start).date
        return own is not None and own.start == t.start and not t.fields.get("year_inferred")

    def day_date_at(self, start: int) -> Hit | None:
        """The day-precision date starting at ``start``, if any."""
        i = bisect_left(self._day_ends, start)
        return next((t for t in self.day_dates[i : i + 2] if t.start == start), None)

    @cached_property
    def _session_days(self) -> tuple[list[Hit], list[int]]:
        """Day dates that may date a session: not the base of a comparison (较周二增加43%)."""
        days = [t for t in self.day_dates if not _is_base(self, t)]
        return days, [t.end for t in days]

    def last_day_date(self, pos: int, lo: int) -> Hit | None:
        days, ends = self._session_days
        i = bisect_right(ends, pos)
        return days[i - 1] if i and days[i - 1].start >= lo else None

    def market_currency(self, pos: int) -> tuple[str, str] | None:
        """(currency, cue) of the market named last before ``pos`` (港股 → HKD, 沪深 → CNY); with none
        named before it, the document's one market when all its market words name the same (a Taiwan
        report that names its exchange only in the closing source line)."""
        cue = self._market.last_before(pos, self.structure.item_start(pos))
        if cue is not None:
            return self._market_currency[cue.word], cue.word
        return self._one_market

    @cached_property
    def _one_market(self) -> tuple[str, str] | None:
        """(currency, first cue) when all the document's market words name one market (found once)."""
        markets = {self._market_currency[c.word] for c in self._market.hits}
        if len(markets) == 1:
            first = self._market.hits[0]
            return self._market_currency[first.word], first.word
        return None

    def _headlines(self) -> list[tuple[int, int, SubjectRef, Hit | None]]:
        """Short title lines without values, with the subject they name (an item's headline)."""
        out = []
        starts = self.sentences.line_starts
        for i, start in enumerate(starts):
            end = (starts[i + 1] - 1) if i + 1 < len(starts) else len(self.text)
            line = self.text[start:end]
            if not line.strip() or len(line.strip()) > structure_vocabulary().headline_chars or "。" in line:
                continue
            if self.structure.role_at(start + len(line) - len(line.lstrip())) not in (None, *_TITLE_ROLES):
                continue  # a byline, dateline, source bracket, caption or table row is no headline
            # a figure makes a line no title; a code (伊利股份(600887)年报点评) labels its subject
            j = bisect_left(self._figure_starts, start)
            if j < len(self._figure_starts) and self._figure_starts[j] < end:
                continue
            times = [t for t in self.times_between(start, end) if not _is_day(t)]
            when = times[-1] if times else None
            named = self.names.between(start, end)
            if named:
                out.append((start, end, self.subject_ref(named[0]), when))
                continue
            if _SECTION_LABEL.fullmatch(line.strip()):
                continue  # 【核心观点】 alone labels a section; its words name no subject
            inner = line.strip().strip('[]【】“”"# ')
            offset = start + line.find(inner) if inner else start
            topic = clause_topic(self.text, offset, offset + len(inner)) if inner else None
            if topic:
                out.append((start, end, self.topic_ref(*topic), when))
        return out

    def headline_before(self, pos: int) -> tuple[SubjectRef, Hit | None] | None:
        """The subject (and time words) of the item headline above ``pos``, if there is one near."""
        i = bisect_right(self._headline_starts, pos)
        if not i:
            return None
        start, _, ref, when = self.headlines[i - 1]
        line_now = self.sentences.line_index(pos)
        if line_now - self.sentences.line_index(start) > HEADLINE_REACH:
            return None
        if self.scope_start(pos) > start:
            return None
        return ref, when

    def subject_ref(self, n: Named, carried: bool = False) -> SubjectRef:
        span = self.span(*(n.named_at or (n.start, n.end)))
        return SubjectRef(
            id=n.id,
            alias=span.slice(self.original),
            kind=n.kind,
            span=None if carried else span,
            code=n.code,
            source=n.source,
        )

    @cached_property
    def stated_report(self) -> Hit | None:
        """The whole report period the text names that ends on the as-of date (found once)."""
        return period_ending(self.time_hits, self.as_of) if self.as_of is not None else None

    def topic_ref(self, start: int, end: int) -> SubjectRef:
        span = self.span(start, end)
        alias = span.slice(self.original)
        return SubjectRef(
            id=None, alias=alias, kind=names_mod.kind_of_name(self.text[start:end]), span=span, source="surface"
        )


def _is_day(t: Hit) -> bool:
    """A dateline (2025年3月6日) rather than a period (2024年全年业绩)."""
    return t.kind == MentionKind.DATE and t.fields.get("precision") == "day"


def _bracket_regions(text: str) -> list[tuple[int, int]]:
    regions = []
    for pair in metric_vocabulary().skip_inside:
        open_, close = pair[0], pair[-1]
        regions += [
            (m.start(), m.end())
            for m in re.finditer(f"{re.escape(open_)}[^{re.escape(close)}]*{re.escape(close)}", text)
        ]
    return regions


@dataclass
class _State:
    """Running state of the one pass over the values."""

    drafts: list[_Draft] = field(default_factory=list)
    sentence: list[_Draft] = field(default_factory=list)
    previous_sentence: list[_Draft] = field(default_factory=list)
    sentence_index: int = -1
    line_index: int = -1
    prev_value_end: int = 0
    prev_kind_end: dict[str, int] = field(default_factory=dict)
    first_value_start: int = 0
    line_subject: SubjectRef | None = None
    line_subject_certain: bool = False
    after_semicolon: bool = False
    line_period: Period | None = None
    sentence_period: Period | None = None
    by_id: dict[str, _Draft] = field(default_factory=dict)


def assemble_claims(
    original: str,
    normalized: Normalized,
    hits: Sequence[Hit],
    mentions: Sequence[Mention],
    as_of: dt.date | None,
    tokens: TokenBoundaries | None = None,
    structure: DocumentStructure | None = None,
) -> Assembly:
    """Claims for every value mention that states a known metric, the document's source notes, and
    every numeric mention that became no claim with the reason (``Assembly``, a 3-tuple).

    ``structure`` is the structure stage's reading of the document (built here when not given).

    With ``tokens``, a short alias (南向, 美团) counts only where it is a whole word (not 美团队)."""
    doc = _Doc(original, normalized, hits, mentions, as_of, tokens, structure)
    notes = [_source_note(doc, i, note) for i, note in enumerate(doc.notes)]
    state = _State()
    unattributed: list[Unattributed] = []
    for hit, mention in doc.pairs:
        if hit.kind not in NUMERIC_KINDS and hit.kind not in LABEL_KINDS:
            continue
        reason = doc.skip_reason(hit)
        if reason is None:
            _enter(doc, state, hit)
            draft = _draft(doc, hit, mention, state, notes)
            if draft is None:
                reason = _no_metric_reason(doc, hit)
            else:
                for each in (*_shared_by_list(doc, draft), draft):
                    each.id = f"c{len(state.drafts) + 1}"
                    state.drafts.append(each)
                    state.sentence.append(each)
                    state.by_id[each.id] = each
            state.prev_value_end = hit.end
            state.prev_kind_end[hit.kind.value] = hit.end
        if reason is not None:
            unattributed.append(
                Unattributed(mention_id=mention.id, text=mention.text, span=mention.span, reason=reason)
            )
    claims = [_claim(doc, d, notes) for d in state.drafts]
    return Assembly(claims, notes, unattributed)


def _shared_by_list(doc: _Doc, draft: _Draft) -> list[_Draft]:
    """The same figure for the other names of a list its subject ends (创业板指、深成指跌超2%: both fell
    more than 2%), one draft each; none when its clause holds another value (a list of values pairs in
    order, see ``pairing``) or the subject was not named right there."""
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
        twin.decided["subject"] = one_of_list(f"one figure for the names listed together ({listed})")
        shared.append(twin)
    return shared


def _enter(doc: _Doc, state: _State, hit: Hit) -> None:
    """Move the running state to the sentence and line holding ``hit``."""
    s_index = doc.sentences.index_at(hit.start)
    line = doc.sentences.line_index(hit.start)
    if line != state.line_index:
        state.line_index, state.line_subject, state.line_period, state.sentence_period = line, None, None, None
        # the previous sentence is one on the same line (a yearly table), never the last of the line before
        state.previous_sentence, state.sentence = [], []
    if s_index != state.sentence_index:
        if state.sentence:
            state.previous_sentence = state.sentence
        # parts of one sentence joined by a semicolon (营收…;归母净利润…) share subject and period
        before = doc.sentences.spans[s_index - 1][1] if s_index else 0
        state.after_semicolon = bool(state.sentence) and doc.text[before - 1 : before] == ";"
        if state.sentence_period is not None:
            state.line_period, state.sentence_period = state.sentence_period, None
        state.sentence_index, state.sentence = s_index, []
        state.prev_value_end, state.prev_kind_end = doc.sentences.spans[s_index][0], {}
        state.first_value_start = hit.start


def _no_metric_reason(doc: _Doc, hit: Hit) -> str:
    if hit.kind == MentionKind.PERCENT:
        c_start, _ = doc.sentences.clause_at(hit.start)
        ratio = _own_ratio_word(doc, c_start, hit.start)
        if ratio is not None:
            return f"its words name a ratio (「{doc.words(*ratio)}」) the analyzer has no metric for"
    if hit.kind == MentionKind.COUNT:
        return "a count with no metric cue (not a financial figure)"
    if hit.kind == MentionKind.NUMBER:
        return "a bare number with no unit or metric cue"
    return "no metric cue near the value"


# ---------------------------------------------------------------- metric


def _metric(doc: _Doc, hit: Hit, mention: Mention, state: _State) -> MetricDecision | None:
    if hit.kind == MentionKind.RATING:
        return MetricDecision("risk_rating", "a risk rating (R1-R5)")
    if hit.kind == MentionKind.CODE:
        return MetricDecision("fund_code", "a fund code")
    kind = hit.kind.value
    if hit.kind == MentionKind.PERCENT and amount_before_slash(doc.text, hit.start, state.sentence) is not None:
        # 收入28.73亿元/-4.46%: the change of the amount before the slash (yoy by convention, not stated)
        return MetricDecision("growth_yoy", uncertain("a percent after an amount and a slash: its change"), None, False)
    s_start, _ = doc.sentences.span_at(hit.start)
    floor = max(s_start, state.prev_kind_end.get(kind, s_start))
    found = doc.metrics.decide(kind, hit.start, hit.end, floor) or doc.metrics.by_unit(kind, mention.unit)
    if found is None and _bare_amount(doc, hit, mention):
        money = doc.metrics.decide(MentionKind.MONEY.value, hit.start, hit.end, floor)
        # a cue that also counts things (销量1.2万) leaves the bare number a number
        if money is not None and "count" not in doc.metrics.cues(money.metric).kinds:
            found = money
    if found is not None:
        prior = _prior_metric(doc, hit, state, found)
        if prior is not None:
            return prior
        cue = found.cue
        clause = doc.sentences.clause_at(hit.start)
        if cue is not None and not own_clause(cue.start, clause) and not _chained(doc, cue.start, hit.start):
            # 销售的快速增长,华熙生物实现营收9.47亿元/+17.05%: the cue of an earlier clause, not this figure's
            return MetricDecision(found.metric, read_elsewhere(found.how), cue, False)
        return found
    reached = _level_reached(doc, hit, state)
    if reached is not None:
        return reached
    # a list continues only in one unit: 60个百分点 after 85.6% is no second return
    unit = mention.unit
    same = [d for d in state.sentence if d.hit.kind == hit.kind and d.mention.unit == unit]
    if same:
        how = f"continues the list of {same[-1].metric} before it"
        chained = _chained(doc, same[-1].hit.start, hit.start)
        return MetricDecision(same[-1].metric, how if chained else read_elsewhere(how), None, chained)
    c_start, _ = doc.sentences.clause_at(hit.start)
    if hit.kind == MentionKind.PERCENT:
        # 1年期LPR为3.1%; 11月LPR维持不变,1年期为3.0%: a percent after a rate series (the last subject
        # named in the sentence) is its level, before any pattern carried from another sentence
        s_start, _ = doc.sentences.span_at(hit.start)
        named_before = doc.names.between(s_start, hit.start)
        if named_before and named_before[-1].kind == "rate":
            named = doc.words(named_before[-1].start, named_before[-1].end)
            return MetricDecision("yield", f"a percent of the rate named before it ({named})")
    if hit.kind == MentionKind.MONEY:
        # 商品整体出口货值为3,845亿元: money after a macro series named in its clause is its amount
        named_here = doc.names.between(c_start, hit.start)
        if named_here and named_here[-1].kind == "macro":
            named = doc.words(named_here[-1].start, named_here[-1].end)
            return MetricDecision("amount", f"an amount of the series named before it ({named})")
    earlier = [d for d in state.previous_sentence if d.hit.kind == hit.kind and d.mention.unit == unit]
    # a bare number (1.2万, no unit) carries no pattern over a sentence end: too little to go on
    if earlier and hit.kind != MentionKind.NUMBER and _own_ratio_word(doc, c_start, hit.start) is None:
        # a pattern carried from the sentence before never goes to a figure whose own noun names a ratio
        return MetricDecision(
            earlier[0].metric,
            uncertain(f"continues the pattern of the previous sentence ({earlier[0].metric})"),
            None,
            False,
        )
    return None


def _named_year(doc: _Doc, words: CueHit, year: int) -> Period:
    """The whole of ``year``, stated by year words with no number (全年) at ``words``."""
    return Period(
        start=dt.date(year, 1, 1),
        end=dt.date(year, 12, 31),
        text=doc.words(words.start, words.end),
        span=doc.span(words.start, words.end),
        year_inferred=True,
        derived_from="context",
    )


def _basis_written(doc: _Doc, decision: MetricDecision, hit: Hit, lo: int) -> bool:
    """Whether the basis of a change is written: a relation word in its clause (同比, 较上月) or in its cue."""
    if doc.metrics.relation(hit.start, lo) is not None:
        return True
    return decision.cue is not None and doc.metrics.states_basis(decision.cue.word)


def _bare_amount(doc: _Doc, hit: Hit, mention: Mention) -> bool:
    """A number with a magnitude word and no currency in a text about one market (成交额3.36万亿,
    放量1222亿): an amount, as telegraphs write them, in that market's currency."""
    return (
        hit.kind == MentionKind.NUMBER
        and mention.scale is not None
        and mention.scale >= 10_000
        and doc.market_currency(hit.start) is not None
    )


def _prior_metric(doc: _Doc, hit: Hit, state: _State, found: MetricDecision) -> MetricDecision | None:
    """A previous value named by a direction word only (2月CPI同比下降0.7%,上月为上涨0.5%) states the
    metric of the figure it follows, not a price's return."""
    if hit.kind != MentionKind.PERCENT or found.cue is None or found.cue.word not in doc.metrics.direction_words:
        return None
    if not state.sentence:
        return None
    c_start, _ = doc.sentences.clause_at(hit.start)
    described = state.sentence[-1]
    if prior_lead(doc.text, c_start, hit.start) is None or described.mention.unit != "%":
        return None
    how = f"the metric of the figure it follows, after 「{found.cue.word}」"
    return MetricDecision(described.metric, how, found.cue)


def _basis_before(
    doc: _Doc, draft: _Draft, decision: MetricDecision, state: _State, c_start: int
) -> _Draft | None:
    """The figure before it in the sentence whose basis a bare move carries on (「新房价格同比下降1.7%,其中
    甲市下降2.1%」, 「按年升2%…升幅则为1%」): the last percent of the sentence that is not a pp move, when it
    was read with a relation word (同比, 按年, 环比) and this figure's own clause names only the move (no
    noun of its own, no traded name) and heads a statistic (a macro series, a name read only from the text,
    or none; never a listed company's figure: 营收同比增长13%,股价上涨2%). A sentence after a
    semicolon, or one a breakdown word opens (其中), goes on from the last percent of the sentence before."""
    if draft.metric not in ("growth", "return") or draft.mention.unit != "%":
        return None
    if not doc.metrics.names_move_only(decision.cue):
        return None
    if any(n.kind in _TRADED for n in doc.names.between(c_start, draft.hit.start)):
        return None
    before = next((d for d in reversed(state.sentence) if d.mention.unit == "%"), None)
    if before is None and not state.sentence:
        s_start, _ = doc.sentences.span_at(draft.hit.start)
        opening = doc.text[s_start:c_start].strip(" ,，:：\n")
        if state.after_semicolon or opening in both_scripts(doc.metrics.vocab.breakdown_words):
            before = next((d for d in reversed(state.previous_sentence) if d.mention.unit == "%"), None)
    relation_metrics = doc.metrics.vocab.relation_metrics
    if before is None or before.basis is None or relation_metrics.get(before.basis) != before.metric:
        return None
    head = before.subject
    if not (before.basis_carried or head is None or head.kind in _STATISTICS or head.source == "surface"):
        return None  # a company's or a stock's figures name what moved (营收同比增长13%,股价上涨2%)
    return before


#: subjects whose figures are statistics broken down in lists of bare moves (居民消费价格…其中,城市上涨)
_STATISTICS = frozenset({"macro"})


#: a noun of a ratio or rate written before a figure (期间费用率, 资本充足率): it names what the figure is
_RATIO_WORD = re.compile(r"[\u4e00-\u9fff]{1,8}?[率差]")


def _own_ratio_word(doc: _Doc, start: int, end: int) -> tuple[int, int] | None:
    """Where a ratio's noun (…率, …差) stands in ``[start, end)`` (the value's own clause before it)."""
    found = list(_RATIO_WORD.finditer(doc.text, start, end))
    return found[-1].span() if found else None


def _level_reached(doc: _Doc, hit: Hit, state: _State) -> MetricDecision | None:
    """「净息差按季收窄5个基点至1.57%」: a percent right after the 至 of a ratio's or rate's move in
    pp or bp is the level the ratio or rate moved to, never a change."""
    if hit.kind != MentionKind.PERCENT or not state.sentence:
        return None
    moved = state.sentence[-1]
    in_points = moved.mention.unit in ("pp", "bp") or moved.metric == "ratio_change"
    if not in_points or not doc.metrics.is_level_after(moved.hit.end, hit.start):
        return None
    if moved.ratio is not None:
        return MetricDecision(moved.ratio, f"the level the {moved.ratio} moved to (its move before 「至」)")
    if moved.metric == "yield_change":
        return MetricDecision("yield", "the level the rate moved to (its move before 「至」)")
    return None


# ---------------------------------------------------------------- drafts


def _draft(doc: _Doc, hit: Hit, mention: Mention, state: _State, notes: list[SourceNote]) -> _Draft | None:
    decision = _metric(doc, hit, mention, state)
    if decision is None:
        return None
    s_start, s_end = doc.sentences.span_at(hit.start)
    c_start, _ = doc.sentences.clause_at(hit.start)
    cues = doc.metrics.cues(decision.metric) if decision.metric in doc.metrics.vocab.metrics else None
    draft = _Draft(hit=hit, mention=mention, metric=decision.metric, value=mention.value)
    metric_how = [decision.how]
    lo = max(c_start, state.prev_value_end)
    averaged = doc.metrics.vocab.daily_average.metrics.get(draft.metric)
    daily = doc.metrics.daily.last_before(hit.start, lo) if averaged else None
    if averaged and daily is not None:
        metric_how.append(f"a daily average (「{daily.word}」)")
        draft.metric = averaged
        cues = doc.metrics.cues(averaged)
    amount = hit.kind == MentionKind.MONEY or _bare_amount(doc, hit, mention)
    if amount and cues is not None and not cues.change:
        moved = doc.metrics.amount_change(hit.start, lo)
        if moved is not None:
            # 较上周增加0.58万亿元: by how much the amount changed, not the amount
            metric_how.append(f"a change of the {draft.metric} (「{moved.word}」 after a comparison)")
            draft.metric = "change_amount"
            cues = doc.metrics.cues(draft.metric)
    lot = shares_per_lot(doc.text, c_start, hit.start) if draft.metric == "dps" and draft.value is not None else None
    if lot is not None and draft.value is not None:
        draft.value = per_share(draft.value, lot)  # 每10股派5元: 0.5元 a share
        metric_how.append(f"per share: the amount paid per {lot} shares divided by {lot}")
    if cues is not None:
        negative = doc.metrics.negative(draft.metric, hit.start, c_start, state.prev_value_end, decision.cue)
        if negative and draft.value is not None and draft.value > 0:
            draft.value = -draft.value
            metric_how.append(f"negative after 「{negative}」")
        elif negative and cues.change and mention.low is not None and mention.low >= 0:
            draft.negated_range = True  # 跌1%至近4%: a fall of 1 % to 4 %, the range −4 … −1
            metric_how.append(f"negative after 「{negative}」")
        draft.basis = cues.basis
        if cues.change:
            relation = doc.metrics.relation(hit.start, lo)
            if relation is None and lo == c_start and not state.sentence:
                # 与对上一季比较,商品出口货值上升5.7%: a comparison that opens the sentence, before any figure
                relation = doc.metrics.relation(c_start, s_start)
            if relation is not None:
                draft.basis = doc.metrics.basis_of(relation)
                renamed = doc.metrics.vocab.relation_metrics.get(draft.basis)
                if renamed and draft.metric in ("growth", "return"):
                    draft.metric = renamed
                metric_how.append(f"basis {draft.basis} from 「{relation.word}」")
            else:
                carried = _basis_before(doc, draft, decision, state, c_start)
                if carried is not None:
                    draft.basis, draft.metric, draft.basis_carried = carried.basis, carried.metric, True
                    metric_how.insert(0, uncertain(f"the basis of the {carried.metric} before it in the sentence"))
            draft.refs = _growth_refs(doc, hit, state.sentence)
            if draft.refs:
                draft.basis = "ref"
                metric_how.append("compares the two amounts before it")
        draft.forecast = cues.forecast
        if cues.change and cues.family == "change" and (mention.unit in ("pp", "bp") or _moves_to_level(doc, hit)):
            ratio_how = _ratio_moved(doc, draft, state, c_start)
            if ratio_how is not None:
                metric_how.append(ratio_how)
                draft.basis = draft.basis or cues.basis
                draft.metric = "ratio_change"
                cues = doc.metrics.cues(draft.metric)
            else:
                growth_how = _growth_moved(doc, draft, state, c_start)
                if growth_how is not None:
                    metric_how.append(growth_how)
                    draft.metric = "growth_change"
                    cues = doc.metrics.cues(draft.metric)
        last = state.sentence[-1] if state.sentence else None
        if (
            draft.metric == "return"
            and mention.unit == "%"
            and last is not None
            and last.metric == "change_amount"
            and not any(d.metric == "close" for d in state.sentence)  # 收795元,涨13元,涨幅1.66%: a price's move
        ):
            # 较9月末上升105亿美元,升幅0.3%: the same change of the amount, in %; no price's return
            metric_how.append("the change of the amount before it, in %")
            draft.metric = "growth"
        if draft.metric in ("return", "growth") and draft.basis is None:
            beside = doc.times_between(lo, hit.start)
            session = doc.session_word(s_start, s_end)
            if (
                session is None
                and not doc.times_between(s_start, hit.start)
                and _traded_before(doc, draft, (s_start, c_start), hit.start, bool(state.sentence))
            ):
                session = doc.item_session_word(hit.start)
            if session is None and any(d.metric == "close" for d in state.sentence):
                session = "a close earlier in the sentence"  # 台积电收910元,涨15元,涨幅1.68%
            week = _week_word(doc, hit.start, lo, s_start)
            if week is not None:
                draft.week = True  # 周涨5.51%: the week's return, dated by the week that ends at its anchor
                metric_how.append(f"a week's move (「{week}」)")
            elif (
                session is not None
                and all(t.kind == MentionKind.DATE for t in beside)
                and not _amount_compared(doc, hit.start, lo, last)
            ):
                draft.metric = "change_pct"
                metric_how.append(f"the session's change ({session})")
        elif draft.metric == "change_points":
            week = _week_word(doc, hit.start, lo, s_start)
            if week is not None:
                draft.week = True  # 本周累计升1400点: the week's move in points
                metric_how.append(f"a week's move (「{week}」)")
        named = doc.names.between(s_start, hit.start)  # a name after the qualifier starts another subject's figures
        floor = max(s_start, named[-1].start) if named else s_start
        qualified = doc.metrics.qualified(draft.metric, hit.start, floor, state.prev_value_end)
        if qualified is not None:  # 一度跌7%, 半日跌0.5%: during the session, never its change
            target, word, intraday = qualified
            if intraday:
                draft.intraday = True
                metric_how.append(f"{target} read during the session (「{word}」 before it), not the close")
            else:
                metric_how.append(f"{target} (「{word}」 before it)")
            draft.metric = target
    # a forecast cue covers the figures after it up to the next figure that is not one (预计营收…,净利润…)
    # (not from a bullet heading before the figure: 「■…有望恢复:2020年度,…收入13.28亿元」 is no forecast)
    forecast_floor = max(s_start, state.prev_value_end)
    forecast_cue = doc.metrics.forecast_cue(hit.start, heading_end(doc.text, forecast_floor, hit.start))
    if (
        forecast_cue is not None
        and decision.cue is not None
        and decision.cue.start <= forecast_cue.start < decision.cue.end
    ):
        forecast_cue = None  # part of the metric's own name (预期信贷损失), not a forecast
    previous = state.sentence[-1] if state.sentence else None
    if hit.kind in LABEL_KINDS:
        pass  # a rating or a code is no forecast (预期风险和预期收益 describes the fund type)
    elif forecast_cue is not None:
        draft.forecast, draft.forecast_cue = True, forecast_cue.word
    elif previous is not None and previous.forecast_cue:
        draft.forecast, draft.forecast_cue = True, previous.forecast_cue
    if draft.forecast_cue and not cues_forecast(cues):
        # 下修半导体展望…台股终场大跌774点: a session's figure after the outlook word is a fact reported
        said = doc.metrics.forecast_cue(hit.start, s_start)
        closed = doc.metrics.in_session(said.end, hit.start) if said is not None else None
        if closed is not None:
            draft.forecast, draft.forecast_cue = False, None
            metric_how.append(f"no forecast: a session's figure (「{closed.word}」 after 「{said.word}」)")
    if draft.forecast_cue:
        metric_how.append(f"forecast (「{draft.forecast_cue}」)")
    _decide_subject(doc, draft, state)
    if draft.subject is not None:
        overrides = doc.metrics.vocab.subject_kind_overrides.get(draft.subject.kind, {})
        compared = (
            doc.metrics.comparison_before(hit.start, s_start)
            if draft.basis is None and overrides.get(draft.metric) in doc.metrics.vocab.relation_metrics.values()
            else None
        )
        if compared is not None and draft.metric in overrides:
            # 较9月末下降553亿美元,降幅1.67%: the base is stated (9月末), so no default basis applies
            default = overrides[draft.metric]
            metric_how.append(f"a change against the base after 「{compared}」, not the {default} default")
        elif draft.metric in overrides:
            metric_how.append(f"{draft.metric} of a {draft.subject.kind} is {overrides[draft.metric]}")
            draft.metric = overrides[draft.metric]
            if draft.metric == "yield":
                draft.basis = None
                if mention.unit in ("pp", "bp"):
                    draft.metric = "yield_change"  # 下行2.3bp: a move of the rate, signed above
                else:
                    draft.value = mention.value  # the rate's level, as stated (至2.09%)
    if draft.basis is None and draft.metric in doc.metrics.vocab.metrics:
        draft.basis = doc.metrics.cues(draft.metric).basis  # growth_yoy is year on year
    draft.currency = mention.currency
    if mention.currency is None and amount:
        market = doc.market_currency(hit.start)
        if market is not None:
            draft.currency = market[0]
            words = f"an amount in 「{mention.magnitude}」 naming no currency: {market[0]} of 「{market[1]}」"
            metric_how.append(words)
    if cues is not None and cues.market_currency and mention.currency:
        explicit = both_scripts(doc.metrics.vocab.explicit_currency)
        market = _subject_currency(draft) or doc.market_currency(hit.start)
        if market is not None and not any(w in mention.text for w in explicit) and market[0] != mention.currency:
            draft.currency = market[0]
            metric_how.append(f"currency {market[0]} from 「{market[1]}」 (the amount names none)")
    series = _subject_currency(draft) if draft.subject is not None and draft.subject.kind == "macro" else None
    explicit = both_scripts(doc.metrics.vocab.explicit_currency)
    if (
        series is not None
        and mention.currency
        and series[0] != mention.currency
        and not any(w in mention.text for w in explicit)
    ):
        # 进口货值为4,295亿元 in a Hong Kong release: the series' own currency (the amount names none)
        draft.currency = series[0]
        metric_how.append(f"currency {series[0]} of the series {series[1]} (the amount names none)")
    if cues is not None and cues.company_currency and mention.currency:
        explicit = both_scripts(doc.metrics.vocab.explicit_currency)
        named = draft.subject_named
        name_end = draft.subject.span.end if draft.subject and draft.subject.span else None
        if name_end is None and named is not None:
            name_end = doc.span(named.start, named.end).end
        listed = company_currency(draft.subject, doc.original, name_end, doc.market_currency(hit.start))
        if listed is not None and not any(w in mention.text for w in explicit) and listed[0] != mention.currency:
            draft.currency = listed[0]
            metric_how.append(f"currency {listed[0]}: {listed[1]} (the amount names none)")
    if draft.metric == "growth" and draft.basis is None and not draft.refs:
        metric_how[0] = no_basis(metric_how[0])  # 净利润增速为2.0%: against what is not said
    elif (
        decision.cue is not None
        and decision.metric in doc.metrics.vocab.relation_metrics.values()
        and not draft.refs
        and not _basis_written(doc, decision, hit, lo)
    ):
        # 净利润增速为3.1%: a cue of year-on-year growth that writes no basis (the convention of results)
        metric_how[0] = no_basis(metric_how[0])
    draft.decided["metric"] = "; ".join(metric_how)  # starts with "uncertain: " when the decision did
    _decide_period(doc, draft, state, notes)
    return draft


def _ratio_moved(doc: _Doc, draft: _Draft, state: _State, c_start: int) -> str | None:
    """A change in pp or bp of a ratio (sets ``draft.ratio``; returns how it was found): the ratio named
    in its clause before it (净息差按季收窄5个基点), else the ratio stated just before it in the sentence
    when its own clause holds only direction and relation words (毛利率为21.8%,同比提升1.2个百分点)."""
    hit = draft.hit
    named = doc.metrics.ratio_named(hit.start, c_start)
    if named is not None:
        draft.ratio = doc.metrics.ratio_of(named)
        return f"a change of the {draft.ratio} named before it (「{named.word}」) in {draft.mention.unit}"
    if doc.metrics.names_other_noun(hit.start, c_start):
        return None
    ratios = [d for d in state.sentence if d.mention.unit == "%" or d.ratio is not None]
    last = ratios[-1] if ratios else None
    if last is None:
        return None
    ratio = last.ratio or last.metric
    if not (ratio in doc.metrics.vocab.metrics and doc.metrics.cues(ratio).ratio):
        return None
    draft.ratio = ratio
    return f"a change of the {ratio} stated before it in {draft.mention.unit}"


def _moves_to_level(doc: _Doc, hit: Hit) -> bool:
    """A percent followed by 至 and another percent (配比下降0.05%至0.64%): a move and the level reached,
    so the move is in percentage points when a ratio is named before it."""
    if hit.kind != MentionKind.PERCENT:
        return False
    i = bisect_right(doc.value_starts, hit.start)
    return i < len(doc.value_starts) and doc.metrics.is_level_after(hit.end, doc.value_starts[i])


#: metrics of a growth rate: a move of one in pp or bp is a growth_change
_GROWTH_RATES = frozenset({"growth", "growth_yoy", "growth_qoq", "growth_mom", "return"})


def _growth_moved(doc: _Doc, draft: _Draft, state: _State, c_start: int) -> str | None:
    """A move in pp or bp of a growth rate (sets ``draft.ratio`` to the growth that moved; returns how it
    was found): the clause names a growth's noun before it (降幅较上月收窄0.4个百分点, 收入增速回落2个
    百分点), or holds only direction and relation words after a growth rate stated before it in the
    sentence (M2同比增长7.8%,较上月提高0.3个百分点). A move of a decline's size (降幅收窄) is the
    opposite move of the rate, so the sign turns."""
    if draft.metric not in _GROWTH_RATES:
        return None
    hit = draft.hit
    rates = [d for d in state.sentence if d.mention.unit == "%" and d.metric in _GROWTH_RATES]
    moved = rates[-1].metric if rates else "growth"
    noun = doc.metrics.growth_noun(hit.start, c_start)
    if noun is not None:
        how = f"a change of the growth rate named before it (「{noun.word}」) in {draft.mention.unit}, not a growth"
        if doc.metrics.is_decline_noun(noun.word) and draft.value is not None:
            draft.value = -draft.value
            how += f"; the size of a decline (「{noun.word}」) moves against the rate, so the sign turns"
    elif rates and not doc.metrics.names_other_noun(hit.start, c_start):
        how = f"a change of the {moved} stated before it in {draft.mention.unit}, not a growth"
    else:
        return None
    draft.ratio = moved
    return how


def _subject_currency(draft: _Draft) -> tuple[str, str] | None:
    """The trading currency the registry gives the claim's subject (腾讯控股 → HKD)."""
    ident = draft.subject.id if draft.subject else None
    inst = default_registry().get(ident) if ident else None
    if inst is None or not inst.currency:
        return None
    return inst.currency, draft.subject.alias if draft.subject else ident or ""


def _growth_refs(doc: _Doc, hit: Hit, sentence: list[_Draft]) -> tuple[str, ...]:
    """「A较B增长x%」: the two amounts of one metric before the change, (current, base)."""
    amounts = [d for d in sentence if d.hit.kind in (MentionKind.MONEY, MentionKind.COUNT)]
    if len(amounts) < 2:
        return ()
    first, second = amounts[-2], amounts[-1]
    if first.metric != second.metric:
        return ()
    lead_in = doc.text[max(first.hit.end, second.hit.start - 12) : second.hit.start]
    if any(m in lead_in for m in both_scripts(doc.metrics.vocab.ref_markers)):
        return (first.id, second.id)
    return ()


# ---------------------------------------------------------------- subject


def _decide_subject(doc: _Doc, draft: _Draft, state: _State) -> None:
    respective = _respective(doc, draft.hit)
    ref, how = _subject(doc, draft, state, respective)
    named = draft.subject_named
    if named is not None and named.source == COMPANY_REFERENCE and not how.startswith(UNCERTAIN):
        how = uncertain(f"{how}: 「{doc.text[named.start : named.end]}」 refers to a company named elsewhere")
    if isinstance(respective, tuple):  # a 分别 list that pairs nothing: whatever was found is unsure
        found = how.removeprefix(uncertain("")) if ref is not None else "no subject paired"
        how = uncertain(f"{found}; {respective[1]}")
    if ref is not None and draft.mention.kind == MentionKind.POINTS and ref.kind in ("company", "stock"):
        # 在台积电带领下,指数…大涨375点: index points are an index's or a market's, never a company's
        how = uncertain(f"{how.removeprefix(UNCERTAIN)}, but a company has no level in index points")
    draft.subject = ref
    draft.decided["subject"] = how
    if ref is not None:
        state.line_subject = ref  # the span is dropped only when it is carried (see _carried)
        state.line_subject_certain = not guessed(how)


def _subject(
    doc: _Doc, draft: _Draft, state: _State, respective: pairing.Paired | tuple[None, str] | None
) -> tuple[SubjectRef | None, str]:
    hit, metric = draft.hit, draft.metric
    s_start, _ = doc.sentences.span_at(hit.start)
    c_start, c_end = doc.sentences.clause_at(hit.start)
    sentence = state.sentence
    if doc.in_headline(hit.start):
        # a headline's phrases (「恒指半日跌300点 长实跌约3%」) each have their own subject: a figure
        # takes no name or subject from the phrase before it
        s_start, sentence = c_start, [d for d in state.sentence if d.hit.start >= c_start]
    if metric == "fund_code":
        return _code_subject(doc, hit)
    if metric == "risk_rating":
        fund = doc.names.last_fund_before(hit.start)
        if fund is None:
            return None, uncertain("no fund named in the document")
        draft.subject_named = fund
        return doc.subject_ref(fund), "the fund named last before the rating"
    paired = _slash_base(doc, draft, state)
    if paired is not None:
        draft.subject_named = paired.subject_named
        return paired.subject, _inherit(paired, "subject", "the subject of the amount before the slash")
    if draft.refs:
        base = state.by_id[draft.refs[0]]
        draft.subject_named = base.subject_named
        return base.subject, _inherit(base, "subject", "the subject of the amounts it compares")
    if isinstance(respective, pairing.Paired):
        if respective.named is None:
            return doc.topic_ref(respective.start, respective.end), uncertain(respective.how)
        draft.subject_named = respective.named
        return doc.subject_ref(respective.named), respective.how
    in_clause = doc.names.between(c_start, hit.start)
    cues = doc.metrics.vocab.metrics.get(metric)
    preferred = [n for n in in_clause if cues is not None and n.kind in cues.prefer_subject]
    if preferred:
        draft.subject_named = preferred[-1]
        how = f"the {preferred[-1].kind} named in the clause before the value"
        return doc.subject_ref(preferred[-1]), inside_word(how) if doc.inside_word(preferred[-1]) else how
    before = next((d for d in reversed(sentence) if d.subject is not None), None)
    if (
        cues is not None
        and before is not None
        and before.subject
        and before.subject.kind in cues.prefer_subject
        and not _heads_own(doc, hit.start)
    ):
        # 「…累计回报达85.6%,跑赢恒生指数逾60个百分点」: the fund outperforms, not the index
        draft.subject_named = before.subject_named
        how = _inherit(before, "subject", f"the {before.subject.kind} of the figure before it")
        return before.subject, how if _chained(doc, before.hit.start, hit.start) else read_elsewhere(how)
    if in_clause:
        draft.subject_named = in_clause[-1]
        how = "named in the clause before the value"
        listed = len(in_clause) > 1 and doc.text[in_clause[-2].end : in_clause[-1].start] in pairing.JOINERS
        if doc.inside_word(in_clause[-1]):
            how = inside_word(how)
        return doc.subject_ref(in_clause[-1]), one_of_list(how) if listed else how
    earlier = doc.names.between(s_start, c_start)
    share_class = _share_class_lead(doc, c_start, hit.start)
    if share_class is not None:
        funds = [n for n in earlier if n.kind == "fund"]
        if funds:
            draft.subject_named = funds[-1]
            how = f"the fund of {share_class}, named earlier in the sentence"
            # a fund named with another class (远航成长混合基金A类) is the same fund, not the same class
            other_class = _CLASS_END.search(doc.text, funds[-1].start, funds[-1].end) is not None
            return doc.subject_ref(funds[-1]), uncertain(f"{how} with another class") if other_class else how
        fund = doc.names.last_fund_before(c_start)
        if fund is not None and fund.end <= c_start:
            draft.subject_named = fund
            ref = _carried(doc.subject_ref(fund))
            return ref, uncertain(f"the fund named before {share_class}, a share class ({ref.alias})")
    previous = next((d for d in reversed(sentence) if d.subject is not None), None)
    owner = _bracket_owner(doc, hit)
    if owner is not None:
        return doc.topic_ref(*owner), uncertain("the words right before the bracket the value stands in")
    topic = _clause_topic(doc, c_start, hit.start, mid_sentence=bool(earlier or previous))
    if topic is not None:
        mirrored = doc.chains.parallel_head(hit.start)
        if mirrored is not None:  # 沪深300跌0.5%,万得全A跌0.7%
            head = doc.words(mirrored.start, mirrored.end)
            return doc.topic_ref(*topic), uncertain(f"the leading words of a clause parallel to {head}'s")
        return doc.topic_ref(*topic), uncertain("the leading words of the clause read as a name")
    chained = _chain_head(doc, draft)
    if chained is not None:
        return chained
    if earlier and (previous is None or earlier[-1].end > previous.hit.start):
        draft.subject_named = earlier[-1]
        how = "named earlier in the sentence"
        return doc.subject_ref(earlier[-1]), how if _chained(doc, earlier[-1].end, hit.start) else read_elsewhere(how)
    if previous is not None:
        draft.subject_named = previous.subject_named
        how = _inherit(previous, "subject", "the subject of the figure before it in the sentence")
        return previous.subject, how if _chained(doc, previous.hit.start, hit.start) else read_elsewhere(how)
    after = doc.names.between(hit.end, c_end)
    if after:
        draft.subject_named = after[0]
        return doc.subject_ref(after[0]), "named after the value in its clause"
    fund_metric = metric.startswith("fund_") or metric in doc.metrics.vocab.subject_kind_overrides.get("fund", {})
    carried_on = state.line_subject is not None and state.after_semicolon and state.line_subject_certain
    if doc.title_fund is not None and fund_metric and not carried_on and hit.start < doc.first_item_end:
        # a leaflet's fund figure with no fund in its sentence is about the fund on its cover, not the
        # manager's other fund of an earlier sentence
        draft.subject_named = doc.title_fund
        return doc.subject_ref(doc.title_fund), uncertain("the fund the document's title names")
    if state.line_subject is not None:
        carried = _carried(state.line_subject)
        if state.after_semicolon and state.line_subject_certain:
            return carried, f"carried over from before the semicolon ({carried.alias})"
        return carried, uncertain(f"carried over from a previous sentence ({carried.alias})")
    headline = doc.headline_before(hit.start)
    if headline is not None:
        return headline[0], uncertain(f"the item headline's topic ({headline[0].alias})")
    return None, uncertain("no subject found")


def _heads_own(doc: _Doc, pos: int) -> bool:
    """「南向资金净买入58亿港元,腾讯控股遭净卖出5亿港元」: a clause headed by its own name and predicate
    is that name's, not the flow's of the figure before it."""
    own = doc.chains.own(pos)
    return own is not None and own.named is not None and own.predicate is not None


def _respective(doc: _Doc, hit: Hit) -> pairing.Paired | tuple[None, str] | None:
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
        lead = _lead_end(doc, c_start, hit.start, False)
        return pairing.listed(doc.text, doc.names, values, hit.start, lead, floor, has_cue)
    s_start, _ = doc.sentences.span_at(hit.start)
    bounds = (s_start, c_start, c_end)
    return pairing.respective(doc.text, doc.names, doc.value_starts, hit.start, bounds, floor, has_cue)


def _chain_head(doc: _Doc, draft: _Draft) -> tuple[SubjectRef | None, str] | None:
    """The head of the topic chain the value's clause continues (恒指曾跌穿20000点,低见19850点 → 恒指):
    certain when it is a name and no other name stands in the chain."""
    chain = doc.chains.chain(draft.hit.start)
    if chain is None:
        return None
    head = chain.head
    words = doc.words(head.start, head.end)
    how = f"topic chain from {words} (clause {head.ordinal}" + (f", by 「{head.pronoun}」)" if head.pronoun else ")")
    if head.named is None:
        return doc.topic_ref(head.start, head.end), uncertain(f"{how}, its leading words read as a name")
    draft.subject_named = head.named
    if doc.inside_word(head.named):
        return doc.subject_ref(head.named), inside_word(how)
    pronoun = head.pronoun or _lead_pronoun(doc, draft.hit.start)
    kinds = next((k for noun, k in _PRONOUN_KINDS.items() if pronoun and pronoun.endswith(noun)), None)
    if pronoun and kinds is not None and head.named.kind not in kinds:
        # 某某价格指数…该指数累计上涨20%: the index is not the company whose name its name holds
        return doc.subject_ref(head.named), uncertain(f"{how}, though 「{pronoun}」 refers to no {head.named.kind}")
    if chain.other is not None:
        other = doc.words(chain.other.start, chain.other.end)
        return doc.subject_ref(head.named), uncertain(f"{how}, which also names {other}")
    own = _own_lead(doc, draft.hit.start)
    if own:
        # 鸿海下跌2.91%,某某重挫逾4%: the clause leads with words of its own that may name someone else
        return doc.subject_ref(head.named), uncertain(f"{how}, past the clause's own leading words 「{own}」")
    return doc.subject_ref(head.named), how


#: the kinds of name a pronoun with a noun of its own (该指数, 该基金) points back to
_PRONOUN_KINDS: dict[str, frozenset[str]] = {
    "指数": frozenset({"index"}),
    "指數": frozenset({"index"}),
    "基金": frozenset({"fund", "etf"}),
}


def _lead_pronoun(doc: _Doc, value_start: int) -> str | None:
    """The pronoun the value's clause starts with (该指数, 其), if any."""
    c_start, _ = doc.sentences.clause_at(value_start)
    return starts_with_pronoun(doc.text[c_start:value_start].strip(" \t“”\"'"))


def _own_lead(doc: _Doc, value_start: int) -> str:
    """The leading words of the value's clause when they read as a name (the shape ``clause_topic``
    accepts, no predicate, pronoun, opener or period word): words the topic chain passes over, which
    may name another subject; "" otherwise."""
    c_start, _ = doc.sentences.clause_at(value_start)
    topic = clause_topic(doc.text, c_start, _lead_end(doc, c_start, value_start))
    if topic is None:
        return ""
    words = doc.text[topic[0] : topic[1]]
    if starts_with_pronoun(words) or opener_at(words, 0) or words.startswith(time_words()):
        return ""
    return words


def _slash_base(doc: _Doc, draft: _Draft, state: _State) -> _Draft | None:
    """The amount a slash pairs with this growth (收入28.73亿元/-4.46%), if any."""
    if draft.metric != "growth_yoy" or draft.hit.kind != MentionKind.PERCENT:
        return None
    return amount_before_slash(doc.text, draft.hit.start, state.sentence)  # type: ignore[return-value]


def _carried(ref: SubjectRef) -> SubjectRef:
    """A subject carried to a later sentence: the same, without the span of its earlier mention."""
    if ref.span is None:
        return ref
    return SubjectRef(id=ref.id, alias=ref.alias, kind=ref.kind, span=None, code=ref.code, source=ref.source)


def _inherit(source: _Draft, key: str, how: str) -> str:
    """``how``, uncertain when the figure it was taken from was itself decided uncertainly (and then
    only ``read_elsewhere`` when that was all the source's doubt)."""
    source_how = source.decided.get(key, "")
    if not source_how.startswith(UNCERTAIN):
        return how
    return uncertain(how) if guessed(source_how) else read_elsewhere(how)


def _any_uncertain(d: _Draft) -> bool:
    return any(how.startswith(UNCERTAIN) for how in d.decided.values())


def _scopes_clause(doc: _Doc, t: Hit, hit_start: int) -> bool:
    """True when time words of an earlier clause date the figure: they open the sentence (2026年一季度,
    A股…,其中沪深300下跌3.9%), are the item's dateline, make a clause of their own (4月末,M2余额…;
    从上半年来看,…), or stand in the clause right before, whose subject this clause continues."""
    s_start, _ = doc.sentences.span_at(hit_start)
    if not any(ch.isalnum() for ch in doc.text[s_start : t.start]) or doc.is_dateline(t):
        return True
    t_start, t_end = doc.sentences.clause_at(t.start)
    return doc.names_nothing(t_start, t_end) or _chained(doc, t.start, hit_start)


def _chained(doc: _Doc, source: int, hit_start: int) -> bool:
    """A topic chain the figure's own clause continues (恒指低开102点,开报20160点; 营收…,按年升6%):
    the subject (a name or the figure at ``source``) is in the figure's clause or the one right before
    it, no other value lies between, and the figure's clause before it names nothing of its own
    (``names_nothing``). Then the subject counts as read in the figure's own clause."""
    c_start, _ = doc.sentences.clause_at(hit_start)
    if not doc.names_nothing(c_start, hit_start):
        return False
    if source < c_start and bisect_left(doc.value_starts, hit_start) > bisect_right(doc.value_starts, source):
        return False  # another value between the subject's clause and this one
    # the clause before, or through lead-in clauses that name nothing (其2020-2024年业绩为:78.71%,…)
    start = c_start
    for _ in range(_LEAD_INS + 1):
        if start <= 0:
            return False
        previous_start, previous_end = doc.sentences.clause_at(start - 1)
        if source >= previous_start:
            return True
        if not doc.names_nothing(previous_start, previous_end):
            return False
        start = previous_start
    return False


#: how many clauses that name nothing (a lead-in, 其…业绩为:) may stand between a subject and its chain
_LEAD_INS = 2


#: how many characters a name before a bracketed value may have (综合金融(32.16%), 食品饮料(-5.13%))
_BRACKET_NAME = 8


def _bracket_owner(doc: _Doc, hit: Hit) -> tuple[int, int] | None:
    """「综合金融(32.16%)、国防军工(16.03%)」: a value that alone fills a bracket right after words is the
    figure of those words, when they read as a name (no cue, time or known name among them)."""
    text = doc.text
    if hit.start < 2 or text[hit.start - 1] != "(" or not text.startswith(")", hit.end):
        return None
    end = hit.start - 1
    start = end
    while start > max(0, end - _BRACKET_NAME) and "\u4e00" <= text[start - 1] <= "\u9fff":
        start -= 1
    if end - start < 2 or doc.names.between(start, end) or doc.times_between(start, end):
        return None
    if doc.metrics.before.within(start, end) or doc.metrics.directions.within(start, end):
        return None
    return clause_topic(text, start, end)


def _clause_topic(doc: _Doc, c_start: int, value_start: int, mid_sentence: bool) -> tuple[int, int] | None:
    """The clause's leading words up to its first cue, time word or value, when they read as a name."""
    first = _lead_end(doc, c_start, value_start)

    def parallel() -> bool:
        return doc.chains.parallel(c_start, doc.text[first:value_start].strip(" \t") or None)

    return _leading_name(doc, c_start, first, value_start, mid_sentence, parallel)


def _leading_name(
    doc: _Doc, c_start: int, lead_end: int, value_start: int, mid_sentence: bool, parallel: Callable[[], bool]
) -> tuple[int, int] | None:
    """The words ``[c_start, lead_end)`` read as a name. After a subject earlier in the sentence, only
    words followed by the noun of an amount count (五粮液营收…), not by a change (可分派总额按年减少…),
    unless the clause mirrors the head before it (沪深300跌0.5%,万得全A跌0.7%: parallel clauses)."""
    cues = doc.metrics.before.within(c_start, value_start)
    if cues and mid_sentence and not doc.metrics.names_amount(cues[0].word) and not parallel():
        return None
    return clause_topic(doc.text, c_start, lead_end) if lead_end > c_start else None


#: a fund name that ends in a share class letter (远航成长混合A, 远航成长混合基金A类)
_CLASS_END = re.compile(r"[A-Z][类類]?$")


def _share_class_lead(doc: _Doc, c_start: int, value_start: int) -> str | None:
    """The clause's leading words when they are just a fund's share class (「C类份额净值增长率为6.71%」)."""
    words = doc.text[c_start : _lead_end(doc, c_start, value_start)].strip(" \t“”\"'")
    return f"「{words}」" if words and is_share_class(words) else None


def _lead_end(doc: _Doc, c_start: int, value_start: int, times: bool = True) -> int:
    """Where the clause's leading words end: at its first cue, time word (unless not ``times``: 2月CPI
    leads with a name after its time), direction, session word or value."""
    first = value_start
    cues = doc.metrics.before.within(c_start, value_start)
    if cues:
        first = min(first, cues[0].start)
    stated = doc.times_between(c_start, value_start) if times else []
    if stated:
        first = min(first, stated[0].start)
    for index in (doc.metrics.directions, doc.metrics.session):
        found = index.within(c_start, value_start)
        if found:
            first = min(first, found[0].start)
    qualifier = doc.metrics.first_qualifier(c_start, value_start)  # 联电盘中一度跌2元: the name is 联电
    if qualifier is not None:
        first = min(first, qualifier)
    return first


def _code_subject(doc: _Doc, hit: Hit) -> tuple[SubjectRef | None, str]:
    """A fund code's fund: the name right before the bracket holding the code (…基金(A类:016888))."""
    window_start = max(0, hit.start - 24)
    opening = doc.text.rfind("(", window_start, hit.start)
    before = hit.start if opening < 0 or ")" in doc.text[opening : hit.start] else opening
    named = [n for n in doc.names.between(max(0, before - 40), before) if before - n.end <= 1]
    if named:
        return doc.subject_ref(named[-1]), "the fund named right before the code"
    return None, uncertain("no fund named right before the code")


# ---------------------------------------------------------------- period


def _intraday_metric(doc: _Doc, metric: str) -> bool:
    """True when the metric itself is a figure read during the session (open, midday, 高见/低见)."""
    cues = doc.metrics.vocab.metrics.get(metric)
    return cues is not None and cues.intraday


def cues_forecast(cues: object) -> bool:
    """True when the metric itself is a forecast (目标价, 预测市盈率), whatever words stand around it."""
    return bool(getattr(cues, "forecast", False))


#: kinds of subject whose bare move in a session report is the session's change (a company named by its
#: shape, 晶瑞股份, moves as its listed stock)
_TRADED = frozenset({"stock", "hk_stock", "company", "index", "etf"})


def _year_pair(doc: _Doc, draft: _Draft, state: _State) -> _Draft | None:
    """The per-year figure a valuation multiple pairs with (see claims/year_series.py), if any."""
    if draft.hit.kind != MentionKind.MULTIPLE:
        return None
    metrics = doc.metrics.vocab.metrics
    cues = metrics.get(draft.metric)
    forward = cues is not None and any(c.future == draft.metric for c in metrics.values())
    if cues is None or not (cues.future or forward):
        return None
    s_start, s_end = doc.sentences.span_at(draft.hit.start)
    lo, hi = bisect_left(doc.multiple_starts, s_start), bisect_left(doc.multiple_starts, s_end)
    in_sentence = doc.multiple_starts[lo:hi]
    if doc.times_between(in_sentence[0], s_end) if in_sentence else True:
        return None  # a multiple with time words of its own (2025年PE 15倍) is dated by them
    return paired_year(state.sentence, in_sentence, draft.hit.start)


def _traded_before(
    doc: _Doc, draft: _Draft, starts: tuple[int, int], value_start: int, mid_sentence: bool
) -> bool:
    """A security named in the clause before a bare move: a listed stock, index or ETF; or, for a
    price move (升/跌, a return), a company named only in the text (小鵬汽車升13%), the clause's
    leading words read as a name (聯想集團升逾12%), or a security or company named last in the
    sentence (表現最差是理想汽車,急跌逾19%): a company's share price is what moves in a session."""
    s_start, c_start = starts
    named = doc.names.between(c_start, value_start)
    if any(n.kind in _TRADED or (n.kind == "fund" and is_listed_fund(doc.text[n.start : n.end])) for n in named):
        return True
    if draft.metric != "return":
        return False
    if any(n.kind == "company" for n in named):
        return True
    if not named and _clause_topic(doc, c_start, value_start, mid_sentence) is not None:
        return True
    earlier = doc.names.between(s_start, c_start)
    return bool(earlier) and earlier[-1].kind in (*_TRADED, "company")


def _amount_compared(doc: _Doc, start: int, lo: int, last: _Draft | None) -> bool:
    """A % after an amount, against a stated base (成交额2049亿元,较周二增加43%): the amount's growth,
    never a price's session change."""
    return (
        last is not None
        and last.mention.kind == MentionKind.MONEY
        and doc.metrics.comparison_before(start, lo) is not None
    )


def _week_word(doc: _Doc, start: int, lo: int, s_start: int) -> str | None:
    """A week's-move word before the value in its clause (周涨5%), or earlier in its sentence with no
    session word between them (总结全星期,恒指跌近3%,累计跌497点)."""
    hit = doc.metrics.week.last_before(start, s_start)
    if hit is None or (hit.word.endswith(("周", "週", "星期")) and doc.text[hit.end : hit.end + 1] in _WEEKDAY_AFTER):
        return None  # 本周四跌1%: a day of the week, not the week
    if hit.start >= lo:
        return hit.word
    if doc.metrics.in_session(hit.end, start) is not None or doc.times_between(hit.end, start):
        return None  # 本周累计涨3.2%,本月以来涨5%: the 5% has its own time words
    return hit.word


#: a character after 本周 that makes it a day of the week (本周四) or the weekend (本周末)
_WEEKDAY_AFTER = frozenset("一二三四五六日天末1234567")


def _trading_week(period: Period | None, metric: str) -> Period | None:
    """A market figure over a calendar week (本周, 上周: Monday to Sunday) covers its trading days,
    Monday to Friday."""
    cues = metric_vocabulary().metrics.get(metric)
    if (
        period is None
        or period.start is None
        or period.end is None
        or cues is None
        or (cues.family not in ("market", "flows", "rates") and metric != "return")
        or period.start.weekday() != 0
        or (period.end - period.start).days != 6
    ):
        return period
    return period.model_copy(update={"end": period.start + dt.timedelta(days=4)})


def _week_of(period: Period | None, how: str) -> tuple[Period | None, str]:
    """A week's move (周涨) over the trading week ending at the day its period ends on (截至11月8日收盘
    → 11月4日 to 11月8日), never past its Friday."""
    if period is None or period.end is None:
        return None, uncertain("a week's move with no date to end the week on")
    monday = period.end - dt.timedelta(days=period.end.weekday())
    end = min(period.end, monday + dt.timedelta(days=4))
    week = period.model_copy(update={"start": monday, "end": end, "derived_from": "context"})
    unsure = how.startswith(UNCERTAIN)  # a week ending on a carried or defaulted date is no surer than that date
    how = f"the week ending on its date ({how.removeprefix(UNCERTAIN)})"
    return week, uncertain(how) if unsure else how


def _decide_period(doc: _Doc, draft: _Draft, state: _State, notes: list[SourceNote]) -> None:
    paired = _year_pair(doc, draft, state)
    if paired is not None:
        # 每股收益2019年0.12元,2020年0.19元…市盈率为65.92倍,41.63倍: the k-th multiple is on the k-th year
        draft.period = paired.period
        draft.decided["period"] = uncertain(f"the year of the figure it pairs with in the list ({paired.period.text})")
        cues = doc.metrics.vocab.metrics.get(draft.metric)
        if paired.forecast and cues is not None and cues.future:
            draft.decided["metric"] += f"; {cues.future}: on a forecast of the year"
            draft.metric, draft.forecast = cues.future, True
        return
    period, how = _period(doc, draft, state, notes)
    if draft.week:
        if period is None:  # 总结全星期,恒指跌近3%: the week up to the document's date
            period, how = doc.periods.as_of_period("as_of"), uncertain("the document's as-of date")
        period, how = _week_of(period, how)
    period = _trading_week(period, draft.metric)
    cues = doc.metrics.vocab.metrics.get(draft.metric)
    if (
        cues is not None
        and cues.future
        and period is not None
        and period.end is not None
        and doc.as_of is not None
        and period.end > doc.as_of
        and not guessed(how)
    ):
        # 2025年PE 15倍 read before the end of 2025: a forecast of a year to come (pe_forward)
        draft.decided["metric"] += f"; {cues.future}: its period ({period.text}) ends after the as-of date"
        draft.metric, draft.forecast = cues.future, True
        cues = doc.metrics.vocab.metrics.get(draft.metric)
    if (
        cues is not None
        and cues.level
        and not draft.forecast
        and period is not None
        and period.end is not None
        and doc.as_of is not None
        and period.start == period.end
        and period.end > doc.as_of
    ):
        # a level read in 本周 is read by the as-of day at the latest (not on the week's Sunday)
        period = period.model_copy(update={"start": doc.as_of, "end": doc.as_of})
        how = uncertain(f"{how.removeprefix('uncertain: ')}, at the as-of date at the latest")
    if (
        cues is not None
        and cues.over_span
        and period is not None
        and period.start is not None
        and period.end is not None
        and period.start < period.end
        and not how.startswith(UNCERTAIN)
    ):
        # 一季度…上证指数收涨2.23%: the session word is the close of the span, the move is its return
        draft.decided["metric"] += f"; {cues.over_span}: its period ({period.text}) is longer than a session"
        draft.metric = cues.over_span
    elif (
        cues is not None
        and cues.session
        and cues.family == "market"
        and period is not None
        and period.start is not None
        and period.start != period.end
    ):
        how = off_span(how)  # 一季度…收涨2.23%: a session's figure read over a quarter
    if (
        draft.forecast
        and cues is not None
        and cues.session
        and cues.level
        and period is not None
        and period.start == period.end
        and period.end is not None
        and doc.as_of is not None
        and period.end <= doc.as_of
        and not how.startswith(UNCERTAIN)
    ):
        # 预计…EPS…,对应3月30日收盘价7.91元: a session's level on a stated past day is the price the
        # forecast is read against, not a forecast itself
        stated = draft.decided["metric"].replace(f"; forecast (「{draft.forecast_cue}」)", "")
        draft.decided["metric"] = f"{stated}; no forecast: a level on a stated day ({period.text}) before the as-of"
        draft.forecast, draft.forecast_cue = False, None
    if (
        draft.forecast
        and draft.forecast_cue in both_scripts(doc.metrics.vocab.estimate_cues)
        and period is not None
        and period.end is not None
        and doc.as_of is not None
        and period.end <= doc.as_of
        and not how.startswith(UNCERTAIN)
    ):
        # 第一季本地生产总值预估增长2.7%, read after the quarter: a first estimate of it, not a forecast
        draft.forecast, draft.forecast_cue = False, None
        draft.decided["metric"] += f"; an estimate of {period.text}, ended by the as-of date: no forecast"
    draft.period = period
    draft.decided["period"] = how
    # 较2月的2.1%, 较1月和2月合计的1.9%: the base's own figure, whose time the next sentence never takes
    t = draft.time_hit
    joined = _joined_time(doc, t) if t is not None else None
    compared = t is not None and (_is_base(doc, t) or (joined is not None and _is_base(doc, joined)))
    if period is not None and period.derived_from not in ("since_inception", PREVIOUS_VALUE) and not compared and (
        not guessed(how) or period.derived_from == REPORT_YEAR
    ):
        state.sentence_period = period  # carried to later sentences on the line, not within this one


def _period(doc: _Doc, draft: _Draft, state: _State, notes: list[SourceNote]) -> tuple[Period | None, str]:
    hit, metric = draft.hit, draft.metric
    if metric in ("fund_code", "risk_rating"):
        return None, "not applicable (a label, not a figure over time)"
    if draft.basis == "weight":
        return None, "not applicable (a weight in a benchmark formula)"
    cues = doc.metrics.vocab.metrics.get(metric)
    if cues is not None and draft.intraday and not cues.session:
        cues = cues.model_copy(update={"session": True})  # 联电一度跌2元: read during a session, dated by it
    level = bool(cues and cues.level and not cues.over_period)
    change = bool(cues and cues.change)
    s_start, _ = doc.sentences.span_at(hit.start)
    until = doc.anchors.until_before(hit.start, s_start)
    anchor = until.fields.get("end_date") if until is not None else doc.report_end
    if cues is not None and cues.since_inception:
        return _since_inception(doc, draft, anchor)
    paired = _slash_base(doc, draft, state)
    if paired is not None and paired.period is not None:
        return paired.period, _inherit(paired, "period", "the period of the amount before the slash")
    if draft.refs:
        base = state.by_id[draft.refs[0]]
        if base.period is not None:
            how = _inherit(base, "period", "the period of the amounts it compares")
            return base.period.model_copy(update={"derived_from": "refs"}), how
    prior = _prior(doc, draft, state, level)
    if prior is not None:
        return prior
    lo = max(s_start, state.prev_value_end)
    in_sentence = doc.times_between(s_start, hit.start)
    spread = None if in_sentence else _years_spread_on(doc, draft, state, s_start)
    if spread is not None:
        return spread
    beside = [t for t in in_sentence if t.start >= lo]
    for t in reversed(beside):
        if change and t is until and len(beside) > 1:
            continue  # 年初至今(截至2月27日收盘): the 截至 date ends the period of the time before it
        found = _from_time(doc, draft, state, t, level, change, anchor, "time words beside the value")
        if found is not None:
            if not own_clause(t.start, doc.sentences.clause_at(hit.start)) and not _scopes_clause(doc, t, hit.start):
                return found[0], read_elsewhere(found[1])  # 3月起北向交易新增…,令…按年升37%
            return found
        if change and draft.basis == "year_start" and _is_base(doc, t):
            dated = [u for u in in_sentence if u is not t and not _is_base(doc, u)]
            found = _year_to_date(doc, t, dated[-1] if dated else None, anchor)
            if found is not None:
                return found
        if change and _is_base(doc, t):
            # 较上周增加0.58万亿元, 涨幅较上月回落0.1个百分点: the change is over the period of the
            # figure it describes, the base's period is what it is compared with
            described = _described(doc, draft, state)
            if described is not None:
                return described
            return None, uncertain(f"a change from the base {doc.words(t.start, t.end)}: its span is not stated")
    this = doc.metrics.this_period.last_before(hit.start, s_start)
    if this is not None and doc.report is not None and not beside:
        # 本报告期内…增长率为3.52%: the period of the report its title names
        period, _ = doc.periods.from_time(doc.report, level, None)
        return period.model_copy(update={"derived_from": "context"}), (
            f"「{doc.words(this.start, this.end)}」: the report's period ({period.text}, its title)"
        )
    stated = doc.stated_report if this is not None else None
    if stated is not None and doc.report is None and not beside:
        # no title states the report period: the period the report names that ends on its as-of date
        period, _ = doc.periods.from_time(stated, level, None)
        return period.model_copy(update={"derived_from": "context"}), uncertain(
            f"「{doc.words(this.start, this.end)}」: the period the document names ({period.text}) that ends on"
            " its as-of date"
        )
    unread = _unread_time(doc, lo, hit.start)
    if unread is not None:
        return None, uncertain(f"time words beside the value were not read ({unread})")
    plan = bool(cues and cues.forecast)  # a target for 全年 is this year's, a result last year's
    if not in_sentence and (plan or not draft.forecast) and doc.as_of is not None:
        bare = doc.bare_years.last_before(hit.start, s_start)
        if bare is not None and plan:
            period = _named_year(doc, bare, doc.as_of.year)
            return period, uncertain(f"「{period.text}」 of a target with no year: the year of the as-of date")
        if bare is not None:  # 美团全年收入…: a year with no number is the last one completed
            period = _named_year(doc, bare, doc.as_of.year - 1)
            return period, uncertain(f"「{period.text}」 with no year: the last year completed before the as-of date")
    # 「由2022Q1的3.6%降至-0.8%」: a time joined by 的 to another value dates that value alone
    in_sentence = [t for t in in_sentence if t in beside or not _owns_value(doc, t, hit.start)]
    if in_sentence and not beside:
        t = in_sentence[-1]
        between = [d for d in state.sentence if d.hit.start > t.end]
        if t.fields.get("relation") == "years" or all(d.metric == draft.metric for d in between):
            found = _from_time(doc, draft, state, t, level, change, anchor, "the list's time words")
            if found is not None:
                head = next((d for d in state.sentence if d.hit.start > t.end), None)
                sure = head is not None and head.time_hit is t and not _any_uncertain(head)
                return found if sure else (found[0], read_elsewhere(found[1]))
    if change and not (cues is not None and cues.session):  # a session's change is dated by the session
        found = _described(doc, draft, state)
        if found is not None:
            return found
    # not a comparison's base (较年初下降2个基点至1.34%: 年初 is what the level is compared with)
    # a day named after the first figure but before this one dates it (…今年降息…,美股大跌600点,台北股市
    # 今天(24日)也走跌,…跌幅0.19%: the 24th, not 今年): the nearest such day first, then the times before
    # the first figure
    later_days = [t for t in in_sentence if state.first_value_start < t.start and t.end <= hit.start and _is_day(t)]
    earlier = [t for t in in_sentence if t.end <= state.first_value_start and not _is_base(doc, t)]
    for t in [*reversed(later_days), *reversed(earlier)]:
        found = _from_time(doc, draft, state, t, level, change, anchor, "the sentence's time words")
        if found is not None:
            return found
    note = _note_for(doc, hit, notes)
    if note is not None and len(note.periods) == 1 and (level or note.periods[0].start is not None):
        p = note.periods[0]  # a 截至 date alone dates a level, not a flow or a change
        update: dict[str, object] = {"derived_from": "source_note"}
        if level:
            update["start"] = p.end
        return p.model_copy(update=update), "the data-source note's period"
    if cues is not None and not (level or cues.session or cues.forecast) and state.line_period is not None:
        if state.after_semicolon:
            how = f"carried over from before the semicolon ({state.line_period.text})"
            unread = _unread_period_word(doc, lo, hit.start)
            if unread is not None:
                # 「上半年营收…;单季营收…」: 单季 narrows the period carried over in a way not read here
                how = uncertain(f"{how}, but 「{unread}」 beside the value was not read")
            elif state.line_period.derived_from == REPORT_YEAR:
                how = uncertain(f"{how}, its year the report's")  # the year was inferred: still unsure
            return state.line_period.model_copy(update={"derived_from": "context"}), how
        return state.line_period.model_copy(update={"derived_from": "context"}), uncertain(
            f"carried over from a previous sentence ({state.line_period.text})"
        )
    headline = doc.headline_before(hit.start)
    if cues is not None and not level and not cues.session and headline is not None and headline[1] is not None:
        found = _from_time(doc, draft, state, headline[1], level, change, anchor, "the item headline's time words")
        if found is not None:
            return found[0], uncertain(found[1])
    if cues is not None and cues.session:
        section = doc.scope_start(hit.start)
        dated = doc.last_dateline(hit.start, section) or doc.last_day_date(hit.start, section)
        genre = doc.item_genre(hit.start)
        previous = genre is not None and structure_vocabulary().genres[genre].session == "previous"
        item_date = doc.structure.item_at(hit.start).date
        if dated is None and item_date is not None and item_date.start is not None and item_date.end is not None:
            # the item's own date stated after its headline (恒指跌300点 / 2025年3月12日 / …)
            dated = doc.day_date_at(item_date.start)
        if dated is not None:
            day = dated.fields["date"]
            how = _dateline_how(doc, dated)
            if previous:  # a morning briefing reports the session before its date
                day, how = previous_session(day), uncertain(f"the session before {how.removeprefix(UNCERTAIN)}")
            return (
                Period(
                    start=day,
                    end=day,
                    text=doc.words(dated.start, dated.end),
                    span=doc.span(dated.start, dated.end),
                    year_inferred=bool(dated.fields.get("year_inferred")),
                    derived_from="context",
                ),
                how,
            )
        period = doc.periods.as_of_period("as_of")
        if previous and period is not None and period.end is not None:
            day = previous_session(period.end)
            period = period.model_copy(update={"start": day, "end": day})
            return period, uncertain("the session before the document's as-of date (a morning briefing)")
        return period, uncertain("the document's as-of date for a session figure")
    if level or metric == "percentile":
        item = doc.structure.item_at(hit.start)
        covered = item.report_period
        if level and covered is not None:
            # a periodic report's level with no date of its own is read at the end of the report period
            words = doc.words(covered.start, covered.end)
            period = Period(
                start=covered.last,
                end=covered.last,
                text=words,
                span=doc.span(covered.start, covered.end),
                derived_from="context",
            )
            return period, uncertain(f"the end of the report period its title states ({words})")
        own = item.date
        dated = doc.day_date_at(own.start) if own is not None and own.start is not None else None
        if dated is not None and own is not None:
            # a note's target or current price is read on the note's date (its byline's or dateline's)
            words = doc.words(dated.start, dated.end)
            period = Period(
                start=own.day, end=own.day, text=words, span=doc.span(dated.start, dated.end), derived_from="context"
            )
            return period, uncertain(f"the item's date in its {own.source} ({words}), no date stated")
        return doc.periods.as_of_period("as_of"), uncertain("the document's as-of date (no date stated)")
    return None, uncertain("no period stated")


def _described(doc: _Doc, draft: _Draft, state: _State) -> tuple[Period, str] | None:
    """The period of the figure a change describes: the last figure before it in the sentence that
    is not itself a change; for a change in percentage or basis points, the last rate, which may be
    a growth rate (同比上涨0.3%,涨幅较上月回落0.1个百分点)."""
    in_points = draft.mention.unit in ("pp", "bp")
    described = next(
        (
            d
            for d in reversed(state.sentence)
            if d.period is not None and (not _is_change(doc, d) or (in_points and d.mention.unit == "%"))
        ),
        None,
    )
    if described is None or described.period is None:
        return None
    how = _inherit(described, "period", "the period of the figure it describes")
    if described.metric in doc.metrics.vocab.metrics and doc.metrics.cues(described.metric).level:
        how = uncertain("the date of the level it follows (a change has a span)")
    return described.period.model_copy(update={"derived_from": "context"}), how


def _prior(doc: _Doc, draft: _Draft, state: _State, level: bool) -> tuple[Period | None, str] | None:
    """A previous value (「2月CPI同比下降0.7%,前值为同比上涨0.5%」): the period before that of the
    figure it follows (January), from the same sentence, else (uncertain) the sentence before."""
    c_start, _ = doc.sentences.clause_at(draft.hit.start)
    lead = prior_lead(doc.text, c_start, draft.hit.start)
    if lead is None or doc.times_between(lead.end(), draft.hit.start):
        return None  # no previous-value words, or a time of its own (此前2024年12月为…)
    for drafts, carried in ((state.sentence, False), (state.previous_sentence, True)):
        described = next(
            (d for d in reversed(drafts) if d.period and d.period.end and d.period.derived_from != PREVIOUS_VALUE), None
        )
        if described is None or described.period is None:
            continue
        start, end = lead.span("word")
        fields = described.time_hit.fields if described.time_hit is not None else {}
        period, how = previous_value(described.period, fields, level, doc.words(start, end), doc.span(start, end))
        if period is None:  # 1-2月…,前值为…: no fixed step back, the period is unstated
            return None, how
        return period, uncertain(f"{how}, in the sentence before") if carried else _inherit(described, "period", how)
    return None


def _dateline_how(doc: _Doc, dated: Hit) -> str:
    """A session figure dated only by its item's dateline (a line that is just the date) or by another
    date written earlier in the item: a good guess, but not stated beside the figure, so uncertain
    (a wrong close is then unverifiable, never called wrong on the heading's word alone)."""
    words = doc.words(dated.start, dated.end)
    if doc.is_dateline(dated):
        return uncertain(f"the item's dateline for a session figure ({words})")
    return uncertain(f"a date written earlier in the item, for a session figure ({words})")


def _is_change(doc: _Doc, d: _Draft) -> bool:
    cues = doc.metrics.vocab.metrics.get(d.metric)
    return bool(cues and cues.change)


def _from_time(
    doc: _Doc, draft: _Draft, state: _State, t: Hit, level: bool, change: bool, anchor: dt.date | None, how: str
) -> tuple[Period, str] | None:
    relation = t.fields.get("relation")
    if relation == "same_period_last_year":
        if change:
            return None  # 较上年同期增长: the comparison's base, not the change's own period
        compared = next(
            (d.period for d in reversed(state.sentence) if d.period and d.period.start and d.period.end), None
        )
        draft.time_hit = t
        return doc.periods.last_year(t, compared), "上年同期: the compared period a year earlier"
    if change and _is_base(doc, t) and not _base_figure(doc, t, draft.hit):
        return None  # 较2月高位回落5%: 2月 is the base of the comparison, not the change's period
    if relation == "years" and t.fields.get("years"):
        # each list of one metric after the years spreads over them anew (营收分别为a、b、c,同比分别增长x、y、z)
        index = 0
        for d in reversed(state.sentence):
            if d.time_hit is not t or d.metric != draft.metric:
                break
            index += 1
        period = doc.periods.years_item(t, index)
        if period is None:
            return None
        draft.time_hit = t
        return period, "the year list spread over the values"
    draft.time_hit = t
    s_start, _ = doc.sentences.span_at(draft.hit.start)
    until = doc.anchors.until_before(draft.hit.start, s_start)
    by_report = anchor is not None and anchor == doc.report_end and until is None
    words = "the end of the report's period" if by_report else "the clause's 截至 date"
    period, stated_how = doc.periods.from_time(t, level, anchor, words, whole_months=by_report)
    if stated_how.startswith(UNCERTAIN):
        return period, stated_how
    joined = _joined_start(doc, t)
    if joined is not None and period.start is not None and joined[0] < period.start:
        # 1月和2月合计的1.9%: the two periods taken together, from the first one's start
        return period.model_copy(update={"start": joined[0]}), f"{how} (「{joined[1]}」 taken together)"
    detail = "" if stated_how == "time words beside the value" else f" ({stated_how})"
    if t.pattern in _BARE_DAY and not _after_day_word(doc, t.start):
        return period, month_defaulted(how + detail)  # 港股连升3日: no month read
    if level and t.fields.get("precision") in ("month", "quarter", "half", "year") and period.start == period.end:
        return period, day_defaulted(how + detail)  # 7月份,制造业PMI为49.2%: no day read
    return period, how + detail


#: the time patterns of a day with no month (29日, 三日)
_BARE_DAY = frozenset({"d-cn", "d-cn-numeral"})
#: day words a bracketed bare day may restate (今天(29日)): then the day is read, not defaulted
_DAY_WORDS = ("今天", "今日", "昨天", "昨日", "前天", "本日")


def _after_day_word(doc: _Doc, start: int) -> bool:
    """True when a bare day at ``start`` restates a day word right before it (今天(29日))."""
    before = doc.text[max(0, start - 4) : start].rstrip("(（ ")
    return before.endswith(_DAY_WORDS)


def _years_spread_on(doc: _Doc, draft: _Draft, state: _State, s_start: int) -> tuple[Period, str] | None:
    """「预计2021-2023年营收分别为a、b、c;归母净利润分别为x、y、z」: after a semicolon, a list after 分别 spreads
    over the years the part before spread its list over; its forecast words hold for it too."""
    if not state.after_semicolon or doc.text.rfind("分别", s_start, draft.hit.start) < 0:
        return None
    spread = next((d for d in reversed(state.previous_sentence) if d.time_hit is not None), None)
    if spread is None or spread.time_hit is None or spread.time_hit.fields.get("relation") != "years":
        return None
    found = _from_time(doc, draft, state, spread.time_hit, False, False, None, "")
    if found is None:
        return None
    if spread.forecast and not draft.forecast:
        draft.forecast, draft.forecast_cue = True, spread.forecast_cue
    years = doc.words(spread.time_hit.start, spread.time_hit.end)
    return found[0], f"the years before the semicolon spread over the list after 分别 ({years})"


@cache
def _comparison_words() -> tuple[str, ...]:
    return both_scripts(metric_vocabulary().comparison_words)


@cache
def _unread_regex() -> re.Pattern[str] | None:
    source = metric_vocabulary().unread_time
    return re.compile(source) if source else None


def _unread_time(doc: _Doc, start: int, end: int) -> str | None:
    """Time-like words between ``start`` and the value that no time expression covers (本月以来)."""
    regex = _unread_regex()
    if regex is None or doc.times_between(start, end):
        return None
    for found in regex.finditer(doc.text, start, end):
        if not in_frame(doc.frames, found.start(), found.end()):  # 承接上周升势: the backdrop's time
            return doc.words(found.start(), found.end())
    return None


def _unread_period_word(doc: _Doc, start: int, end: int) -> str | None:
    """A time word of the name shapes (单季, 单月, 本周) in ``[start, end)`` that no time expression covers."""
    if doc.times_between(start, end):
        return None
    piece = doc.text[start:end]
    return max((w for w in time_words() if w in piece), key=len, default=None)


def _year_to_date(doc: _Doc, base: Hit, dated: Hit | None, anchor: dt.date | None) -> tuple[Period, str] | None:
    """较上年末上涨8.4% / 较年初: the change from the start of the year to the date of the figure it
    describes — the sentence's own date (2024年末…较年初), else the 截至 date or the as-of date; a base
    with its own year (较2022年末) starts the day after it. None when no end is known."""
    end = (dated.fields.get("end_date") if dated is not None else None) or anchor or doc.as_of
    if end is None:
        return None
    day = base.fields.get("date") or base.fields.get("start_date")
    text = doc.words(base.start, base.end)
    if day is not None and any(ch.isdigit() for ch in text):
        start = day + dt.timedelta(days=1) if base.fields.get("relation") == "year_end" else day
    else:
        start = dt.date(end.year, 1, 1)  # 年初, 上年末, 去年底: the start of the figure's own year
    if start > end:
        return None
    period = Period(start=start, end=end, text=text, span=doc.span(base.start, base.end), derived_from="context")
    to = (
        f"the date 「{doc.words(dated.start, dated.end)}」"
        if dated is not None
        else ("the 截至 date" if anchor else "the as-of date")
    )
    return period, f"from the base 「{text}」 (the start of the year) to {to}"


def _owns_value(doc: _Doc, t: Hit, value_start: int) -> bool:
    """The time is joined by 的 to a value other than the one at ``value_start`` (2022Q1的3.6%)."""
    at = t.end + 1
    if doc.text[t.end : at] != "的" or at == value_start:
        return False
    i = bisect_left(doc.value_starts, at)
    return i < len(doc.value_starts) and doc.value_starts[i] == at


#: words joining two times (1月和2月) and words after them that take the two together (合计, 平均)
_TIME_JOINS = ("和", "及", "与", "、")
_TOGETHER = ("合计", "合共", "合并", "累计", "平均")


def _joined_time(doc: _Doc, t: Hit) -> Hit | None:
    """The time joined to ``t`` before it when the two are taken together (「1月和2月合计的1.9%」)."""
    if not doc.text.startswith(_TOGETHER, t.end):
        return None
    s_start, _ = doc.sentences.span_at(t.start)
    before = doc.times_between(s_start, t.start)
    return before[-1] if before and doc.text[before[-1].end : t.start] in _TIME_JOINS else None


def _joined_start(doc: _Doc, t: Hit) -> tuple[dt.date, str] | None:
    """(start, words) of the two times taken together that ``t`` ends; None when it ends none."""
    first = _joined_time(doc, t)
    start = first.fields.get("start_date") if first is not None else None
    return (start, doc.words(first.start, t.end)) if first is not None and start is not None else None


def _base_figure(doc: _Doc, t: Hit, hit: Hit) -> bool:
    """「较2月的2.1%升幅低」: a value right after a base's time and 的 is the base's own figure, of that time."""
    return doc.text[t.end : hit.start].strip() == "的"


def _is_base(doc: _Doc, t: Hit) -> bool:
    """A time right after 较/比/与 (较2月高位) is the base of a comparison; 上年同期 is handled apart."""
    relation = t.fields.get("relation")
    return relation != "same_period_last_year" and doc.text[max(0, t.start - 2) : t.start].endswith(_comparison_words())


def _since_inception(doc: _Doc, draft: _Draft, anchor: dt.date | None) -> tuple[Period, str]:
    born = doc.anchors.inception_before(draft.hit.start, doc.structure.item_start(draft.hit.start))
    if born is None and draft.subject_named is not None and draft.subject_named.id:
        inst = default_registry().get(draft.subject_named.id)
        born = inst.launch if inst is not None else None
    end = anchor or doc.as_of
    if born is None:
        return (
            Period(start=None, end=end, text="成立以来", derived_from="since_inception"),
            "since inception (成立以来): start unknown, no inception date stated",
        )
    return (
        Period(start=born, end=end, text="成立以来", derived_from="since_inception"),
        f"since inception (成立以来), from the inception date {born.isoformat()}",
    )


# ---------------------------------------------------------------- notes, attribution, claims


def _source_note(doc: _Doc, index: int, note: RawNote) -> SourceNote:
    span = doc.span(note.start, note.end)
    periods = tuple(doc.periods.from_time(t, False, None)[0] for t in note.periods)
    return SourceNote(
        id=f"n{index + 1}", sources=note.sources, periods=periods, text=span.slice(doc.original), span=span
    )


def _note_for(doc: _Doc, hit: Hit, notes: list[SourceNote]) -> SourceNote | None:
    i = bisect_left(doc.note_starts, hit.end)
    if i == len(notes):
        return None
    if doc.scope_start(doc.note_starts[i]) > hit.start:
        return None  # the next note belongs to a later section or item
    return notes[i]


@cache
def _attribution_regex() -> re.Pattern[str]:
    words = metric_vocabulary().attribution
    suffixes = "|".join(map(re.escape, both_scripts(words.suffixes)))
    verbs = "|".join(map(re.escape, both_scripts(words.verbs)))
    return re.compile(rf"(?P<who>[^\s,:;。()\"“”]{{1,10}}?(?:{suffixes}))(?:{verbs})")


def _attribution(doc: _Doc, hit: Hit) -> str | None:
    s_start, _ = doc.sentences.span_at(hit.start)
    found = list(_attribution_regex().finditer(doc.text, s_start, hit.start))
    if not found:
        return None
    return doc.words(*found[-1].span("who"))


@cache
def _tracks_regex() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, both_scripts(("标的指数为", "跟踪标的为", "跟踪指数为")))))


def _linked_index(doc: _Doc, draft: _Draft) -> SubjectRef | None:
    """For a fund code: the index the text says it tracks (标的指数为…), else the registry's."""
    _, s_end = doc.sentences.span_at(draft.hit.start)
    stated = _tracks_regex().search(doc.text, draft.hit.end, s_end)
    if stated:
        after = [n for n in doc.names.between(stated.end(), s_end) if n.kind == "index"]
        if after and after[0].start - stated.end() <= 1:
            return doc.subject_ref(after[0])
    tracks = draft.subject_named.tracks if draft.subject_named else None
    if draft.subject_named is None and draft.subject is not None and draft.subject.id:
        inst = default_registry().get(draft.subject.id)
        tracks = inst.tracks if inst is not None else None
    if tracks:
        target = default_registry().get(tracks)
        if target is not None:
            return SubjectRef(id=target.id, alias=target.name, kind=target.kind, span=None, source="registry")
    return None


def _claim(doc: _Doc, draft: _Draft, notes: list[SourceNote]) -> Claim:
    hit, mention = draft.hit, draft.mention
    s_start, s_end = doc.sentences.span_at(hit.start)
    decided = {k: draft.decided[k] for k in ("subject", "metric", "period") if k in draft.decided}
    return Claim(
        id=draft.id,
        subject=draft.subject,
        metric=draft.metric,
        value=draft.value,
        unit=draft.currency if mention.unit == mention.currency else mention.unit,
        currency=draft.currency,
        label=mention.label,
        mention_id=mention.id,
        span=mention.span,
        text=mention.text,
        period=draft.period,
        source=_note_for(doc, hit, notes),
        attribution=_attribution(doc, hit),
        linked=_linked_index(doc, draft) if draft.metric == "fund_code" else None,
        refs=draft.refs,
        sentence=doc.span(s_start, s_end),
        low=-mention.high if draft.negated_range and mention.high is not None else mention.low,
        high=-mention.low if draft.negated_range and mention.low is not None else mention.high,
        basis=draft.basis,
        forecast=draft.forecast,
        intraday=draft.intraday or _intraday_metric(doc, draft.metric),
        confidence=confidence(decided),
        decided_by=decided,
    )
