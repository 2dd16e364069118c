"""Index levels in points: 6068.77点, 19,500点, 3000-3200点 (a clock time such as 3点 is not a level)."""

from __future__ import annotations

import re
from typing import Any

from analyzer.extract.base import ExtractContext, PatternRecognizer, register_recognizer
from analyzer.extract.quantity import figure_fields
from analyzer.extract.vocabulary import PatternSpec
from analyzer.types import MentionKind


@register_recognizer("points")
class PointsRecognizer(PatternRecognizer):
    name = "points"
    kind = MentionKind.POINTS
    priority = 35

    def build(self, match: re.Match[str], ctx: ExtractContext, spec: PatternSpec) -> dict[str, Any] | None:
        return figure_fields(match, spec, unit=spec.unit or "点")
