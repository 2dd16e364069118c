"""From drafts to records: source notes, attribution, the index a fund code tracks, the Claim itself."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from typing import TYPE_CHECKING

from analyzer.claims.certainty import confidence, registered
from analyzer.claims.rules import demote_doubted
from analyzer.claims.source_note import RawNote
from analyzer.claims.vocabulary import metric_vocabulary
from analyzer.extract.base import Hit
from analyzer.instruments import default_registry
from analyzer.normalize.convert import both_scripts
from analyzer.regexguard import compile_guarded
from analyzer.types import Claim, SourceNote, SubjectRef

if TYPE_CHECKING:
    from analyzer.claims.document import Doc
    from analyzer.claims.draft import Draft


def intraday_metric(doc: Doc, metric: str) -> bool:
    """True when the metric itself is a figure read during the session (open, midday, 高见/低见)."""
    cues = doc.metrics.vocab.metrics.get(metric)
    return cues is not None and cues.intraday


def source_note(doc: Doc, index: int, note: RawNote) -> SourceNote:
    span = doc.span(note.start, note.end)
    periods = tuple(doc.periods.from_time(t, False, None)[0] for t in note.periods)
    return SourceNote(
        id=f"n{index + 1}", sources=note.sources, periods=periods, text=span.slice(doc.original), span=span
    )


def note_for(doc: Doc, hit: Hit, notes: list[SourceNote]) -> SourceNote | None:
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


@cache
def _attribution_gate() -> re.Pattern[str]:
    """What every attribution holds: a suffix right before a verb (证券表示)."""
    words = metric_vocabulary().attribution
    suffixes = "|".join(map(re.escape, both_scripts(words.suffixes)))
    verbs = "|".join(map(re.escape, both_scripts(words.verbs)))
    return compile_guarded(f"(?:{suffixes})(?:{verbs})")


def _attribution(doc: Doc, hit: Hit) -> str | None:
    """Who the sentence says stated the figure: the last attribution (某某证券表示) that ends before it.
    The sentence is read once, whatever the number of figures in it (``Doc.attributions``)."""
    s_start, s_end = doc.sentences.span_at(hit.start)
    ends, spans = doc.attributions(s_start, s_end, _attribution_regex(), _attribution_gate())
    i = bisect_right(ends, hit.start)
    return doc.words(*spans[i - 1]) if i else None


@cache
def _tracks_regex() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, both_scripts(("标的指数为", "跟踪标的为", "跟踪指数为")))))


def linked_index(doc: Doc, draft: Draft) -> SubjectRef | None:
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


def to_claim(doc: Doc, draft: Draft, notes: list[SourceNote]) -> Claim:
    hit, mention = draft.hit, draft.mention
    s_start, s_end = doc.sentences.span_at(hit.start)
    decided = {k: draft.decided[k] for k in ("subject", "metric", "period") if k in draft.decided}
    known = registered(draft.subject)
    kind_of = draft.subject.kind if draft.subject is not None else None
    decided = demote_doubted(decided, draft.rules, draft.metric, hit.kind.value, known, kind_of)
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
        source=note_for(doc, hit, notes),
        attribution=_attribution(doc, hit),
        linked=linked_index(doc, draft) if draft.metric == "fund_code" else None,
        refs=draft.refs,
        sentence=doc.span(s_start, s_end),
        low=-mention.high if draft.negated_range and mention.high is not None else mention.low,
        high=-mention.low if draft.negated_range and mention.low is not None else mention.high,
        basis=draft.basis,
        forecast=draft.forecast,
        intraday=draft.intraday or intraday_metric(doc, draft.metric),
        confidence=confidence(decided),
        decided_by=decided,
        rules={k: draft.rules[k] for k in ("subject", "metric", "period") if k in draft.rules},
    )
