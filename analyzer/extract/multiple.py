"""Multiples: 39.72x, 25.30倍, PE-TTM 31.92x, 3至5倍 (one range)."""

from __future__ import annotations

import re
from typing import Any

from analyzer.extract.base import ExtractContext, PatternRecognizer, register_recognizer
from analyzer.extract.quantity import figure_fields
from analyzer.extract.vocabulary import PatternSpec
from analyzer.types import MentionKind


@register_recognizer("multiple")
class MultipleRecognizer(PatternRecognizer):
    name = "multiple"
    kind = MentionKind.MULTIPLE
    priority = 30

    def build(self, match: re.Match[str], ctx: ExtractContext, spec: PatternSpec) -> dict[str, Any] | None:
        return figure_fields(match, spec, unit=spec.unit or "x")
