"""Risk ratings R1–R5 stated next to 风险 (never the R1 of a model name such as DeepSeek-R1)."""

from __future__ import annotations

from analyzer.extract.base import LabelRecognizer, register_recognizer
from analyzer.types import MentionKind


@register_recognizer("rating")
class RiskRatingRecognizer(LabelRecognizer):
    name = "rating"
    kind = MentionKind.RATING
    priority = 60
