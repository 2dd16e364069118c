"""Claim assembly: turn value mentions into Claims with subject, metric, period and source note.

Everything here works in normalized-text offsets and maps to the original text at the end.
The rules, in order of use for each value:
  metric   — an ``after`` cue, else the nearest ``before`` cue, else the previous value's metric
             in the same sentence (metrics.yaml);
  subject  — the nearest registry alias before the value in its sentence, else after it in its
             clause, else the previous claim's subject in the same line;
  period   — the nearest time expression before the value in its sentence; 去年同期 shifts the
             previous claim's period back a year; a year list (2020-2024年) is spread over a value
             list; levels without one take the as-of date;
  source   — the first data-source note after the value in the same section.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache

from analyzer.claims.sentences import Sentences, split_sentences
from analyzer.claims.source_note import RawNote, find_notes
from analyzer.claims.subject import AliasHit, find_subjects
from analyzer.claims.vocabulary import metric_vocabulary
from analyzer.extract.base import Hit
from analyzer.instruments import default_registry
from analyzer.normalize import Normalized
from analyzer.segment import TokenBoundaries
from analyzer.types import Claim, Mention, MentionKind, Period, SourceNote, Span, SubjectRef

VALUE_KINDS = (
    MentionKind.PERCENT,
    MentionKind.MONEY,
    MentionKind.MULTIPLE,
    MentionKind.POINTS,
    MentionKind.RATING,
    MentionKind.CODE,
)
TIME_KINDS = (MentionKind.DATE, MentionKind.PERIOD)
#: metrics that are a level on a date rather than a change over a period
#: aliases this short must be whole tokens: 美团 in 美团队 or 南向 inside another word is no subject
SHORT_ALIAS = 2
LEVEL_METRICS = frozenset({"close", "pe_ttm", "pb", "fund_size", "risk_rating", "fund_code"})
_BASE_MARKERS = ("较", "相比", "比", "同比")


@dataclass
class _Draft:
    """A claim under construction, in normalized offsets."""

    hit: Hit
    mention: Mention
    metric: str
    value: Decimal | None
    subject: AliasHit | None
    subject_carried: SubjectRef | None = None
    period: Period | None = None
    time_hit: Hit | None = None
    refs: tuple[str, ...] = ()
    id: str = ""
    extra: dict[str, object] = field(default_factory=dict)


class _Doc:
    """What assembly needs to know about one document."""

    def __init__(
        self,
        original: str,
        normalized: Normalized,
        hits: Sequence[Hit],
        mentions: Sequence[Mention],
        as_of: dt.date | None,
        tokens: TokenBoundaries | None = None,
    ) -> None:
        self.original = original
        self.text = normalized.text
        self.offsets = normalized.offsets
        self.as_of = as_of
        self.sentences: Sentences = split_sentences(self.text)
        self.pairs = list(zip(hits, mentions, strict=True))
        self.time_hits = [h for h in hits if h.kind in TIME_KINDS]
        self.aliases = [
            a
            for a in find_subjects(self.text)
            if tokens is None or a.end - a.start > SHORT_ALIAS or tokens.aligned(a.start, a.end)
        ]
        self.notes = find_notes(self.text, self.time_hits)
        self.note_starts = [n.start for n in self.notes]
        self.skip = sorted([(n.start, n.end) for n in self.notes] + _bracket_regions(self.text))
        self._skip_starts = [s for s, _ in self.skip]
        self._alias_ends = [a.end for a in self.aliases]
        self._time_ends = [t.end for t in self.time_hits]

    def span(self, start: int, end: int) -> Span:
        return Span(start=self.offsets.to_original(start), end=self.offsets.to_original_end(end))

    def skipped(self, hit: Hit) -> bool:
        i = bisect_right(self._skip_starts, hit.start)
        return any(s <= hit.start and hit.end <= e for s, e in self.skip[max(0, i - 2) : i])

    def aliases_between(self, start: int, end: int) -> list[AliasHit]:
        """Aliases that lie within ``[start, end)``, in order."""
        lo = bisect_left(self._alias_ends, start)
        hi = bisect_right(self._alias_ends, end)
        return [a for a in self.aliases[lo:hi] if a.start >= start]

    def times_between(self, start: int, end: int) -> list[Hit]:
        """Time expressions that lie within ``[start, end)``, in order."""
        lo = bisect_left(self._time_ends, start)
        hi = bisect_right(self._time_ends, end)
        return [t for t in self.time_hits[lo:hi] if t.start >= start]


def _bracket_regions(text: str) -> list[tuple[int, int]]:
    regions = []
    for pair in metric_vocabulary().skip_inside:
        open_, close = pair[0], pair[-1]
        regions += [
            (m.start(), m.end())
            for m in re.finditer(f"{re.escape(open_)}[^{re.escape(close)}]*{re.escape(close)}", text)
        ]
    return regions


def assemble_claims(
    original: str,
    normalized: Normalized,
    hits: Sequence[Hit],
    mentions: Sequence[Mention],
    as_of: dt.date | None,
    tokens: TokenBoundaries | None = None,
) -> tuple[list[Claim], list[SourceNote]]:
    """Claims for every value mention that states a known metric, and the document's source notes.

    With ``tokens``, a short alias (南向, 美团) counts only where it is a whole word (not 美团队)."""
    doc = _Doc(original, normalized, hits, mentions, as_of, tokens)
    notes = [_source_note(doc, i, note) for i, note in enumerate(doc.notes)]
    drafts: list[_Draft] = []
    sentence_drafts: list[_Draft] = []
    current_sentence = -1
    for hit, mention in doc.pairs:
        if hit.kind not in VALUE_KINDS or doc.skipped(hit):
            continue
        s_index = doc.sentences.index_at(hit.start)
        if s_index != current_sentence:
            current_sentence, sentence_drafts = s_index, []
        draft = _draft(doc, hit, mention, sentence_drafts, drafts)
        if draft is None:
            continue
        draft.id = f"c{len(drafts) + 1}"
        drafts.append(draft)
        sentence_drafts.append(draft)
    claims = [_claim(doc, d, notes) for d in drafts]
    return claims, notes


# ---------------------------------------------------------------- metric


def _metric(doc: _Doc, hit: Hit, previous: list[_Draft]) -> tuple[str | None, bool]:
    """The metric a value states and whether its cue negates it (跌幅)."""
    if hit.kind == MentionKind.RATING:
        return "risk_rating", False
    if hit.kind == MentionKind.CODE:
        return "fund_code", False
    vocab = metric_vocabulary()
    text = doc.text
    tail = text[hit.end : hit.end + vocab.after_gap + 12].lstrip("的 ")
    best_after: tuple[int, str] | None = None
    for metric, cues in vocab.metrics.items():
        if hit.kind.value not in cues.kinds:
            continue
        for cue in cues.after:
            if tail.startswith(cue) and (best_after is None or len(cue) > best_after[0]):
                best_after = (len(cue), metric)
    if best_after:
        return best_after[1], False
    s_start, _ = doc.sentences.span_at(hit.start)
    same_kind = [d for d in previous if d.hit.kind == hit.kind]
    floor = max(s_start, hit.start - vocab.window, same_kind[-1].hit.end if same_kind else 0)
    region = text[floor : hit.start]
    best: tuple[int, int, str, bool] | None = None  # (gap, -len, metric, negate)
    for metric, cues in vocab.metrics.items():
        if hit.kind.value not in cues.kinds:
            continue
        for negate, words in ((False, cues.before), (True, cues.negate_before)):
            for cue in words:
                at = region.rfind(cue)
                if at < 0:
                    continue
                candidate = (len(region) - at - len(cue), -len(cue), metric, negate)
                if best is None or candidate[:2] < best[:2]:
                    best = candidate
    if best:
        return best[2], best[3]
    if same_kind:
        return same_kind[-1].metric, False
    return None, False


# ---------------------------------------------------------------- subject


def _subject(doc: _Doc, hit: Hit, metric: str, line_drafts: list[_Draft]) -> AliasHit | None:
    s_start, s_end = doc.sentences.span_at(hit.start)
    if metric == "fund_code":
        before = doc.aliases_between(max(0, hit.start - 40), hit.start)
        before = [a for a in before if hit.start - a.end <= 1]
        return before[-1] if before else None
    if metric == "risk_rating":
        funds = [a for a in doc.aliases if a.instrument.kind == "fund"]
        earlier = [a for a in funds if a.end <= hit.start]
        return (earlier or funds or [None])[-1]
    before = doc.aliases_between(s_start, hit.start)
    if before:
        return before[-1]
    clause_end = _clause_end(doc.text, hit.end, s_end)
    after = doc.aliases_between(hit.end, clause_end)
    if after:
        return after[0]
    return None


def _clause_end(text: str, pos: int, limit: int) -> int:
    match = re.compile(r"[,:]").search(text, pos, limit)
    return match.start() if match else limit


# ---------------------------------------------------------------- period


def _period_from_time(doc: _Doc, t: Hit, level: bool) -> Period:
    f = t.fields
    start, end = f.get("start_date"), f.get("end_date")
    if f.get("date") is not None and t.kind == MentionKind.DATE and f.get("precision") == "day":
        start = end = f["date"]
    if level and end is not None:
        start = end  # a level is read on one day: the period's last day
    return Period(
        start=start,
        end=end,
        text=doc.original[doc.span(t.start, t.end).start : doc.span(t.start, t.end).end],
        span=doc.span(t.start, t.end),
        year_inferred=bool(f.get("year_inferred")),
        invalid=f.get("invalid"),  # 2025年2月30日: no dates, and the reason (issue 15)
    )


def _period(doc: _Doc, draft: _Draft, sentence: list[_Draft], all_drafts: list[_Draft]) -> Period | None:
    hit, metric = draft.hit, draft.metric
    if metric == "fund_code":
        return None
    level = metric in LEVEL_METRICS
    s_start, _ = doc.sentences.span_at(hit.start)
    times = doc.times_between(s_start, hit.start)
    if draft.refs:
        base = next(d for d in all_drafts if d.id == draft.refs[0])
        if base.period is not None:
            return base.period.model_copy(update={"derived_from": "refs"})
    if times:
        t = times[-1]
        draft.time_hit = t
        relation = t.fields.get("relation")
        if relation == "same_period_last_year":
            return _same_period_last_year(doc, t, sentence)
        if relation == "years" and t.fields.get("years"):
            years = t.fields["years"]
            index = sum(1 for d in sentence if d.time_hit is t and d is not draft)
            if index < len(years):
                year = years[index]
                return Period(
                    start=dt.date(year, 1, 1),
                    end=dt.date(year, 12, 31),
                    text=f"{year}年",
                    span=doc.span(t.start, t.end),
                    derived_from="list",
                )
        return _period_from_time(doc, t, level)
    if metric == "risk_rating":
        return None
    if level or metric == "percentile":
        if doc.as_of is None:
            return None
        return Period(start=doc.as_of, end=doc.as_of, text="as of " + doc.as_of.isoformat(), derived_from="as_of")
    return None


def _same_period_last_year(doc: _Doc, t: Hit, sentence: list[_Draft]) -> Period | None:
    earlier = [d for d in sentence if d.period is not None and d.period.start and d.period.end]
    span = doc.span(t.start, t.end)
    text = span.slice(doc.original)
    if not earlier:
        return Period(start=None, end=None, text=text, span=span)
    ref = earlier[-1].period
    assert ref is not None and ref.start is not None and ref.end is not None
    return Period(
        start=_minus_year(ref.start),
        end=_minus_year(ref.end),
        text=text,
        span=span,
        year_inferred=ref.year_inferred,
        derived_from="context",
    )


def _minus_year(day: dt.date) -> dt.date:
    try:
        return day.replace(year=day.year - 1)
    except ValueError:  # 29 February
        return day.replace(year=day.year - 1, day=28)


# ---------------------------------------------------------------- drafts and claims


def _draft(doc: _Doc, hit: Hit, mention: Mention, sentence: list[_Draft], all_drafts: list[_Draft]) -> _Draft | None:
    metric, negate = _metric(doc, hit, sentence)
    if metric is None:
        return None
    value = mention.value
    if negate and value is not None and value > 0:
        value = -value
    draft = _Draft(hit=hit, mention=mention, metric=metric, value=value, subject=None)
    if metric.startswith("growth"):
        draft.refs = _growth_refs(doc, hit, sentence)
    if draft.refs:
        base = next(d for d in sentence if d.id == draft.refs[0])
        draft.subject, draft.subject_carried = base.subject, base.subject_carried
    else:
        draft.subject = _subject(doc, hit, metric, sentence)
        if draft.subject is None:
            draft.subject_carried = _carried_subject(doc, hit, all_drafts)
    kind = (
        draft.subject.instrument.kind
        if draft.subject
        else (draft.subject_carried.kind if draft.subject_carried else None)
    )
    if kind:
        draft.metric = metric_vocabulary().subject_kind_overrides.get(kind, {}).get(metric, metric)
    draft.period = _period(doc, draft, sentence, all_drafts)
    return draft


def _growth_refs(doc: _Doc, hit: Hit, sentence: list[_Draft]) -> tuple[str, ...]:
    """Growth of one stated amount over another in the same sentence: (current, base)."""
    amounts = [d for d in sentence if d.hit.kind == MentionKind.MONEY]
    if len(amounts) < 2:
        return ()
    first, second = amounts[-2], amounts[-1]
    lead_in = doc.text[max(0, second.hit.start - 10) : second.hit.start]
    if any(m in lead_in for m in _BASE_MARKERS):
        return (first.id, second.id)
    return (second.id, first.id)


def _carried_subject(doc: _Doc, hit: Hit, drafts: list[_Draft]) -> SubjectRef | None:
    """The previous claim's subject when it stands on the same line (a list continuing)."""
    line_start = doc.text.rfind("\n", 0, hit.start) + 1
    for d in reversed(drafts):
        if d.hit.start < line_start:
            break
        if d.subject is not None:
            return _subject_ref(doc, d.subject, carried=True)
        if d.subject_carried is not None:
            return d.subject_carried
    return None


def _subject_ref(doc: _Doc, alias: AliasHit, carried: bool = False) -> SubjectRef:
    span = doc.span(alias.start, alias.end)
    return SubjectRef(
        id=alias.instrument.id,
        alias=span.slice(doc.original),
        kind=alias.instrument.kind,
        span=None if carried else span,
    )


def _source_note(doc: _Doc, index: int, note: RawNote) -> SourceNote:
    span = doc.span(note.start, note.end)
    periods = tuple(_period_from_time(doc, t, level=False) for t in note.periods)
    return SourceNote(
        id=f"n{index + 1}", sources=note.sources, periods=periods, text=span.slice(doc.original), span=span
    )


def _note_for(doc: _Doc, hit: Hit, notes: list[SourceNote]) -> SourceNote | None:
    i = bisect_left(doc.note_starts, hit.end)
    if i == len(notes):
        return None
    if doc.sentences.section_start(doc.note_starts[i]) > hit.start:
        return None  # the next note belongs to a later section
    return notes[i]


@cache
def _attribution_regex() -> re.Pattern[str]:
    words = metric_vocabulary().attribution
    suffixes = "|".join(map(re.escape, words.suffixes))
    verbs = "|".join(map(re.escape, words.verbs))
    return re.compile(rf"(?P<who>[^\s,:;。()\"“”]{{1,10}}?(?:{suffixes}))(?:{verbs})")


def _attribution(doc: _Doc, hit: Hit) -> str | None:
    s_start, _ = doc.sentences.span_at(hit.start)
    found = list(_attribution_regex().finditer(doc.text, s_start, hit.start))
    if not found:
        return None
    return doc.span(*found[-1].span("who")).slice(doc.original)


def _linked_index(doc: _Doc, draft: _Draft) -> SubjectRef | None:
    """For a fund code: the index the text says it tracks (标的指数为…), else the registry's."""
    _, s_end = doc.sentences.span_at(draft.hit.start)
    stated = re.compile(r"标的指数为").search(doc.text, draft.hit.end, s_end)
    if stated:
        after = [a for a in doc.aliases_between(stated.end(), s_end) if a.instrument.kind == "index"]
        if after and after[0].start - stated.end() <= 1:
            return _subject_ref(doc, after[0])
    fund = draft.subject.instrument if draft.subject else None
    if fund is not None and fund.tracks:
        target = default_registry().get(fund.tracks)
        if target is not None:
            return SubjectRef(id=target.id, alias=target.name, kind=target.kind, span=None)
    return None


def _claim(doc: _Doc, draft: _Draft, notes: list[SourceNote]) -> Claim:
    hit, mention = draft.hit, draft.mention
    subject = _subject_ref(doc, draft.subject) if draft.subject else draft.subject_carried
    s_start, s_end = doc.sentences.span_at(hit.start)
    return Claim(
        id=draft.id,
        subject=subject,
        metric=draft.metric,
        value=draft.value,
        unit=mention.unit,
        currency=mention.currency,
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
    )
