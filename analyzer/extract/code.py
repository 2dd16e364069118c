"""Fund codes: the six digits of 恒生科技指数ETF(513180) or 基金代码:513180."""

from __future__ import annotations

from analyzer.extract.base import LabelRecognizer, register_recognizer
from analyzer.types import MentionKind


@register_recognizer("code")
class FundCodeRecognizer(LabelRecognizer):
    name = "code"
    kind = MentionKind.CODE
    priority = 60
