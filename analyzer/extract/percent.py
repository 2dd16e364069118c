"""Percentages and rate changes: 77.84%, -3.3%, 5%-10%, 百分之五, 千分之一点五, 七成, 三成半,
0.8个百分点 / 半个百分点 (unit pp), 12bp / 12个基点 (unit bp, value in percentage points), 息差1.96厘,
增长1倍 / 翻倍 (a change of +100 %)."""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from analyzer.extract.base import ExtractContext, PatternRecognizer, register_recognizer
from analyzer.extract.numbers import parse_quantity, scaled
from analyzer.extract.quantity import figure_fields
from analyzer.extract.vocabulary import PatternSpec, quantity_vocabulary
from analyzer.types import MentionKind

_DOUBLINGS = {"一": 1, "两": 2, "二": 2, "三": 3, "四": 4}
_HUNDRED = Decimal(100)
_HALF = Decimal("0.5")
_TENTH = Decimal("0.1")
_DIGITS = dict(zip("一二三四五六七八九", range(1, 10), strict=True))


@register_recognizer("percent")
class PercentRecognizer(PatternRecognizer):
    name = "percent"
    kind = MentionKind.PERCENT
    priority = 40

    def build(self, match: re.Match[str], ctx: ExtractContext, spec: PatternSpec) -> dict[str, Any] | None:
        groups = match.groupdict()
        unit = spec.unit or "%"
        if "doublings" in groups:  # 翻倍 = ×2, 翻两番 = ×4: the change is (2^n − 1) × 100 %
            n = _DOUBLINGS.get(groups["doublings"] or "一", 1)
            # stated: the growth as a multiple (1 for 翻倍, 3 for 翻两番); scale 100 makes its precision
            # half a multiple (±50 %), as loose as the words are
            growth = Decimal(2**n - 1)
            return {"value": growth * _HUNDRED, "stated": growth, "scale": 100, "unit": unit}
        if groups.get("half") or groups.get("more") or groups.get("hundredths"):  # 半成 5 %, 三成半 35 %, 两成七 27 %
            base = parse_quantity(groups.get("num"), groups.get("cn")).stated if not groups.get("half") else 0
            extra = _HALF if groups.get("half") or groups.get("more") else _TENTH * _DIGITS[groups["hundredths"]]
            stated = Decimal(base or 0) + extra
            fields = {"value": scaled(stated, spec.factor), "stated": stated, "unit": unit}
            if spec.factor > 1:  # 三成半: precision of half a 成 stated as 3.5 → ±0.25成 = ±2.5 %
                fields["scale"] = int(spec.factor)
            return fields
        factor = spec.factor
        if groups.get("per"):  # 千分之一点五 = 0.15 %
            factor = quantity_vocabulary().per_parts[groups["per"]]
        return figure_fields(match, spec, unit=unit, factor=factor)
