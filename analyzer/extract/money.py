"""Money and flows: 8078.7亿港元, 3,018.1亿港元, (612.7亿港元), 5000万元, 1.2万亿人民币, HK$3.5亿.

The value is in units of the currency with the magnitude word applied; the currency is explicit.
"""

from __future__ import annotations

import re
from typing import Any

from analyzer.extract.base import ExtractContext, PatternRecognizer, quantity_vocabulary, register_recognizer
from analyzer.extract.numbers import apply_sign, parse_chinese_numeral, parse_decimal, scaled
from analyzer.types import MentionKind


def magnitude_scale(word: str | None) -> int:
    """The factor of a magnitude word (亿 → 100000000); 1 when there is none."""
    return 1 if not word else int(quantity_vocabulary()["magnitudes"][word])


@register_recognizer("money")
class MoneyRecognizer(PatternRecognizer):
    name = "money"
    kind = MentionKind.MONEY
    priority = 50

    def build(self, match: re.Match[str], ctx: ExtractContext) -> dict[str, Any] | None:
        groups = match.groupdict()
        currency = quantity_vocabulary()["currencies"][groups["cur"]]
        magnitude = groups.get("mag")
        if groups.get("num") is not None:
            stated = apply_sign(parse_decimal(groups["num"]), groups.get("sign"))
            scale = magnitude_scale(magnitude)
        else:
            # a pure Chinese numeral carries its own magnitude (三千二百亿)
            stated = parse_chinese_numeral(groups["cn"])
            scale = 1
        return {
            "value": scaled(stated, scale),
            "stated": stated,
            "unit": currency,
            "currency": currency,
            "magnitude": magnitude,
            "scale": scale,
        }
