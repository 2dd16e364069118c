"""Multiples: 39.72x, 25.30倍, PE-TTM 31.92x."""

from __future__ import annotations

import re
from typing import Any

from analyzer.extract.base import ExtractContext, PatternRecognizer, register_recognizer
from analyzer.extract.numbers import parse_decimal
from analyzer.types import MentionKind


@register_recognizer("multiple")
class MultipleRecognizer(PatternRecognizer):
    name = "multiple"
    kind = MentionKind.MULTIPLE
    priority = 30

    def build(self, match: re.Match[str], ctx: ExtractContext) -> dict[str, Any] | None:
        value = parse_decimal(match.group("num"))
        return {"value": value, "stated": value, "unit": "x"}
