"""Percentages: 77.84%, -3.3%, +1.2%, 393%, 负3.3%, 百分之五, 两成."""

from __future__ import annotations

import re
from typing import Any

from analyzer.extract.base import ExtractContext, PatternRecognizer, register_recognizer
from analyzer.extract.numbers import apply_sign, parse_chinese_numeral, parse_decimal
from analyzer.types import MentionKind


@register_recognizer("percent")
class PercentRecognizer(PatternRecognizer):
    name = "percent"
    kind = MentionKind.PERCENT
    priority = 40

    def build(self, match: re.Match[str], ctx: ExtractContext) -> dict[str, Any] | None:
        groups = match.groupdict()
        if groups.get("num") is not None:
            stated = parse_decimal(groups["num"])
        elif groups.get("tenths") is not None:  # 两成 = 20%
            stated = parse_chinese_numeral(groups["tenths"]) * 10
        else:
            stated = parse_chinese_numeral(groups["cn"])
        value = apply_sign(stated, groups.get("sign"))
        return {"value": value, "stated": value, "unit": "%"}
