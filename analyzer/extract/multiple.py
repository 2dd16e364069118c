"""Multiples: 39.72x, 25.30倍, PE-TTM 31.92x, 3至5倍 (one range); a discount 8折 / 八五折 (×0.8 / ×0.85)."""

from __future__ import annotations

import re
from typing import Any

from analyzer.extract.base import ExtractContext, PatternRecognizer, register_recognizer
from analyzer.extract.numbers import parse_quantity
from analyzer.extract.quantity import figure_fields
from analyzer.extract.vocabulary import PatternSpec
from analyzer.types import MentionKind


@register_recognizer("multiple")
class MultipleRecognizer(PatternRecognizer):
    name = "multiple"
    kind = MentionKind.MULTIPLE
    priority = 30

    def build(self, match: re.Match[str], ctx: ExtractContext, spec: PatternSpec) -> dict[str, Any] | None:
        if tenths := match.groupdict().get("tenths"):
            return _discount(tenths, spec.unit or "x")
        return figure_fields(match, spec, unit=spec.unit or "x")


def _discount(tenths: str, unit: str) -> dict[str, Any]:
    """折: the written digits are the tenths, then the hundredths, of the full price (8.5 / 85 / 八五 → 0.85)."""
    digits = tenths.replace(".", "")
    # 八五 is read digit by digit, as the digits after 点 are: 零点八五
    factor = parse_quantity("0." + digits) if digits.isdigit() else parse_quantity(cn="零点" + digits)
    return {"value": factor.value, "stated": factor.stated, "unit": unit}
