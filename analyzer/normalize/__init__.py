"""Normalize stage: width and signs, then Traditional → Simplified, with an offset map back."""

from __future__ import annotations

from dataclasses import dataclass

from analyzer.normalize.convert import CONVERSIONS, Conversion, convert_script
from analyzer.normalize.invisible import drop_in_numbers, mark_broken_numbers
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
    # zero-width characters inside a number are not read (6⟨U+200B⟩068.77 is 6068.77); the map keeps
    # the way back, so a figure's text is still the original slice, invisible character included
    visible, dropped = drop_in_numbers(original)
    widened = mark_broken_numbers(normalize_width(visible))  # one char for one char: identity offsets
    converted = convert_script(widened, conversion)
    offsets = align(widened, converted)
    return Normalized(converted, offsets if dropped.is_identity else offsets.compose(dropped), conversion)
