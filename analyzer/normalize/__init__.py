"""Normalize stage: width and signs, then Traditional → Simplified, with an offset map back."""

from __future__ import annotations

from dataclasses import dataclass

from analyzer.normalize.convert import CONVERSIONS, Conversion, convert_script
from analyzer.normalize.offsets import OffsetMap, align
from analyzer.normalize.width import normalize_width

__all__ = ["CONVERSIONS", "Conversion", "Normalized", "OffsetMap", "normalize"]


@dataclass(frozen=True, slots=True)
class Normalized:
    """The text the recognizers read, and the way back to the original."""

    text: str
    offsets: OffsetMap
    conversion: Conversion


def normalize(original: str, conversion: Conversion = "t2s") -> Normalized:
    """Normalize ``original`` for extraction; ``offsets`` maps every position back to it."""
    widened = normalize_width(original)  # one char for one char: identity offsets
    converted = convert_script(widened, conversion)
    return Normalized(converted, align(widened, converted), conversion)
