"""Counts with their whole measure word (320亿参数 is 32,000,000,000 参数, not money; 5.2万至5.5万辆
one range) and bare magnitude numbers (370亿, 千亿), which are recorded but never become claims
on their own."""

from __future__ import annotations

import re
from typing import Any

from analyzer.extract.base import ExtractContext, PatternRecognizer, register_recognizer
from analyzer.extract.quantity import figure_fields
from analyzer.extract.vocabulary import PatternSpec, quantity_vocabulary
from analyzer.types import MentionKind


@register_recognizer("count")
class CountRecognizer(PatternRecognizer):
    name = "count"
    kind = MentionKind.COUNT
    priority = 20

    def build(self, match: re.Match[str], ctx: ExtractContext, spec: PatternSpec) -> dict[str, Any] | None:
        noun = match.group("noun")
        whole_things = noun not in quantity_vocabulary().measure_units
        groups = match.groupdict()
        if whole_things and not groups.get("mag") and "." in (groups.get("num") or ""):
            return None  # 1.5个 is not a count (16.9GWh is a measure)
        return figure_fields(match, spec, unit=noun)


@register_recognizer("number")
class MagnitudeNumberRecognizer(PatternRecognizer):
    name = "number"
    kind = MentionKind.NUMBER
    priority = 10

    def build(self, match: re.Match[str], ctx: ExtractContext, spec: PatternSpec) -> dict[str, Any] | None:
        return figure_fields(match, spec, unit=None)
