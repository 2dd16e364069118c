"""Index levels in points: 6068.77点, 19,500点 (a clock time such as 3点 is not a level)."""

from __future__ import annotations

import re
from typing import Any

from analyzer.extract.base import ExtractContext, PatternRecognizer, register_recognizer
from analyzer.extract.numbers import parse_decimal
from analyzer.types import MentionKind


@register_recognizer("points")
class PointsRecognizer(PatternRecognizer):
    name = "points"
    kind = MentionKind.POINTS
    priority = 35

    def build(self, match: re.Match[str], ctx: ExtractContext) -> dict[str, Any] | None:
        value = parse_decimal(match.group("num"))
        return {"value": value, "stated": value, "unit": "点"}
