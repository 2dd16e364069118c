"""Dates and periods, through the time-expression engine (``timeexpr``) and its data file."""

from __future__ import annotations

from collections.abc import Iterator

from analyzer.extract.base import ExtractContext, Hit, Recognizer, register_recognizer
from analyzer.extract.timeexpr import find_time_expressions
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
            kind = MentionKind.DATE if t.kind == "date" else MentionKind.PERIOD
            yield Hit(
                t.start,
                t.end,
                kind,
                self.name,
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
