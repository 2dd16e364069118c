"""Token boundaries of a segmented text, for asking whether a character span is made of whole words."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from spacy.tokens import Doc


class TokenBoundaries:
    """The offsets where tokens start or end."""

    def __init__(self, doc: Doc) -> None:
        # to_array reads the offsets in C; doc.text (and a Python loop over tokens) would build every Token
        starts = doc.to_array("IDX").tolist()
        end = starts[-1] + len(doc[-1]) if starts else 0
        self._offsets = [*starts, end]

    @classmethod
    def from_words(cls, words: Iterable[str]) -> TokenBoundaries:
        """Boundaries of consecutive ``words`` (their concatenation is the text)."""
        self = cls.__new__(cls)
        offsets, at = [0], 0
        for word in words:
            at += len(word)
            offsets.append(at)
        self._offsets = offsets
        return self

    def is_boundary(self, pos: int) -> bool:
        """True when a token starts or ends at ``pos``."""
        i = bisect_left(self._offsets, pos)
        return i < len(self._offsets) and self._offsets[i] == pos

    def aligned(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` begins and ends on token boundaries."""
        return self.is_boundary(start) and self.is_boundary(end)
