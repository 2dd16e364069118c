"""Counts with their noun (320亿参数 is 32,000,000,000 参数, not money) and bare magnitude
numbers (370亿), which are recorded but never become claims on their own."""

from __future__ import annotations

import re
from typing import Any

from analyzer.extract.base import ExtractContext, PatternRecognizer, register_recognizer
from analyzer.extract.money import magnitude_scale
from analyzer.extract.numbers import apply_sign, parse_chinese_numeral, parse_decimal, scaled
from analyzer.types import MentionKind


@register_recognizer("count")
class CountRecognizer(PatternRecognizer):
    name = "count"
    kind = MentionKind.COUNT
    priority = 20

    def build(self, match: re.Match[str], ctx: ExtractContext) -> dict[str, Any] | None:
        stated = parse_decimal(match.group("num"))
        magnitude = match.group("mag")
        scale = magnitude_scale(magnitude)
        noun = match.group("noun")
        if scale == 1 and "." in match.group("num"):
            return None  # 1.5个 is not a count
        return {"value": scaled(stated, scale), "stated": stated, "unit": noun, "magnitude": magnitude, "scale": scale}


@register_recognizer("number")
class MagnitudeNumberRecognizer(PatternRecognizer):
    name = "number"
    kind = MentionKind.NUMBER
    priority = 10

    def build(self, match: re.Match[str], ctx: ExtractContext) -> dict[str, Any] | None:
        groups = match.groupdict()
        if groups.get("num") is not None:
            stated = apply_sign(parse_decimal(groups["num"]), groups.get("sign"))
            magnitude = groups["mag"]
            scale = magnitude_scale(magnitude)
            return {"value": scaled(stated, scale), "stated": stated, "magnitude": magnitude, "scale": scale}
        value = parse_chinese_numeral(groups["cn"])
        return {"value": value, "stated": value}
