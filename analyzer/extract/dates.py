"""Dates and periods, through the time-expression engine (``timeexpr``) and its data file."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import date

from analyzer.extract.base import ExtractContext, Hit, Recognizer, register_recognizer
from analyzer.extract.timeexpr import TimeHit, find_time_expressions
from analyzer.extract.timevocab import TimeSettings
from analyzer.types import MentionKind

# an impossible date is still reported (with the reason), but it is a weaker mention
_SCORE, _SCORE_INVALID = 0.9, 0.6


@register_recognizer("time")
class TimeRecognizer(Recognizer):
    name = "time"
    kind = MentionKind.DATE
    priority = 70

    def find(self, ctx: ExtractContext) -> Iterator[Hit]:
        for t in find_time_expressions(ctx.text, ctx.as_of, ctx.time_settings):
            yield time_hit(t, self.name)


def time_hit(t: TimeHit, recognizer: str = "time", shift: int = 0) -> Hit:
    """The Hit of a time expression found ``shift`` characters into the normalized text."""
    kind = MentionKind.DATE if t.kind == "date" else MentionKind.PERIOD
    return Hit(
        t.start + shift,
        t.end + shift,
        kind,
        recognizer,
        t.pattern,
        _SCORE if t.invalid is None else _SCORE_INVALID,
        {
            "date": t.date,
            "precision": t.precision,
            "start_date": t.start_date,
            "end_date": t.end_date,
            "year_inferred": t.year_inferred,
            "relation": t.relation,
            "years": tuple(t.years),
            "invalid": t.invalid,
        },
    )


def redate(
    text: str, hits: Sequence[Hit], scopes: Sequence[tuple[int, int, date]], settings: TimeSettings | None = None
) -> dict[int, Hit]:
    """The time hits of ``hits`` inside each scope ``(start, end, day)`` read again against ``day`` (an
    item of a page and its own date) instead of the document's as-of date, by index into ``hits``
    (only those whose reading changes). Each scope's text is read once."""
    by_span = {(h.start, h.end): i for i, h in enumerate(hits) if h.recognizer == "time"}
    out: dict[int, Hit] = {}
    for start, end, day in scopes:
        for t in find_time_expressions(text[start:end], day, settings):
            i = by_span.get((t.start + start, t.end + start))
            if i is not None:
                again = time_hit(t, hits[i].recognizer, start)
                if again.fields != hits[i].fields:
                    out[i] = again
    return out
