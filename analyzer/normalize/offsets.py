"""Offsets from the normalized (Simplified) text back to the original text.

Normalization is almost always character-for-character. The map stores nothing in that case;
where a conversion changed a run's length it keeps, per normalized character, the original
range it came from. Every mapping is checked when the map is built.
"""

from __future__ import annotations

from array import array
from difflib import SequenceMatcher

from analyzer.errors import NormalizeError


class OffsetMap:
    """Maps positions in a normalized text to positions in the original text."""

    __slots__ = ("_ends", "_starts", "n_normalized", "n_original")

    def __init__(self, n_original: int, n_normalized: int, starts: array | None, ends: array | None) -> None:
        self.n_original = n_original
        self.n_normalized = n_normalized
        self._starts = starts
        self._ends = ends

    @classmethod
    def identity(cls, n: int) -> OffsetMap:
        """The map of a length-preserving, character-for-character normalization."""
        return cls(n, n, None, None)

    @property
    def is_identity(self) -> bool:
        return self._starts is None

    def to_original(self, pos: int) -> int:
        """Original offset where the normalized character at ``pos`` starts (``pos`` may equal the length)."""
        if not 0 <= pos <= self.n_normalized:
            raise NormalizeError(f"offset {pos} outside normalized text of {self.n_normalized}", code="E202")
        if self._starts is None:
            return pos
        return self.n_original if pos == self.n_normalized else self._starts[pos]

    def to_original_end(self, end: int) -> int:
        """Original offset just past the normalized character at ``end - 1``."""
        if not 0 <= end <= self.n_normalized:
            raise NormalizeError(f"offset {end} outside normalized text of {self.n_normalized}", code="E202")
        if self._ends is None:
            return end
        return 0 if end == 0 else self._ends[end - 1]

    def compose(self, inner: OffsetMap) -> OffsetMap:
        """Map through ``self`` (later stage) then ``inner`` (earlier stage) in one step."""
        if self.n_original != inner.n_normalized:
            raise NormalizeError("offset maps do not chain", code="E203")
        if inner.is_identity:
            return OffsetMap(inner.n_original, self.n_normalized, self._starts, self._ends)
        if self.is_identity:
            return OffsetMap(inner.n_original, self.n_normalized, inner._starts, inner._ends)
        starts = array("l", (inner.to_original(self.to_original(i)) for i in range(self.n_normalized)))
        ends = array("l", (inner.to_original_end(self.to_original_end(i + 1)) for i in range(self.n_normalized)))
        return OffsetMap(inner.n_original, self.n_normalized, starts, ends)


def align(original: str, normalized: str) -> OffsetMap:
    """Build the map between two texts, line by line; lines of equal length map 1:1.

    Conversion keeps newlines, so only the lines whose length changed need a character alignment.
    """
    if original.count("\n") != normalized.count("\n"):
        raise NormalizeError("conversion changed the number of lines; cannot map offsets", code="E201")
    if len(original) == len(normalized):
        return OffsetMap.identity(len(original))
    o_lines = original.split("\n")
    n_lines = normalized.split("\n")
    starts = array("l")
    ends = array("l")
    o_base = 0
    for o_line, n_line in zip(o_lines, n_lines, strict=True):
        if len(o_line) == len(n_line):
            starts.extend(range(o_base, o_base + len(n_line)))
            ends.extend(range(o_base + 1, o_base + len(n_line) + 1))
        else:
            _align_line(o_line, n_line, o_base, starts, ends)
        o_base += len(o_line) + 1
        starts.append(o_base - 1)  # the newline itself
        ends.append(o_base)
    # drop the newline entry added after the last line
    starts.pop()
    ends.pop()
    if len(starts) != len(normalized):
        raise NormalizeError("offset map length mismatch", code="E201")
    return OffsetMap(len(original), len(normalized), starts, ends)


def _align_line(o_line: str, n_line: str, base: int, starts: array, ends: array) -> None:
    matcher = SequenceMatcher(None, o_line, n_line, autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            starts.extend(range(base + i1, base + i2))
            ends.extend(range(base + i1 + 1, base + i2 + 1))
        elif j2 > j1:
            # a replaced or inserted run: every normalized char covers the whole original run
            start = base + i1
            end = base + max(i2, i1)
            starts.extend([start] * (j2 - j1))
            ends.extend([end] * (j2 - j1))
