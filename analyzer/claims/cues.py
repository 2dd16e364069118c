"""Cue words found in one pass over the text, then looked up by position (bisect), never rescanned."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

from analyzer.claims.vocabulary import cue_regex


@dataclass(frozen=True, slots=True)
class CueHit:
    """One cue word at ``[start, end)`` of the folded normalized text."""

    start: int
    end: int
    word: str


class CueIndex:
    """Every occurrence of a word list in a text (leftmost, longest first, not overlapping)."""

    def __init__(self, text: str, words: Iterable[str]) -> None:
        regex = cue_regex(tuple(words))
        self.hits = [CueHit(m.start(), m.end(), m.group()) for m in regex.finditer(text)] if regex else []
        self._ends = [h.end for h in self.hits]

    def within(self, lo: int, hi: int) -> list[CueHit]:
        """Cues lying inside ``[lo, hi)``, in text order."""
        i = bisect_left(self._ends, lo)
        j = bisect_right(self._ends, hi)
        return [h for h in self.hits[i:j] if h.start >= lo]

    def last_before(self, pos: int, lo: int = 0) -> CueHit | None:
        """The last cue ending at or before ``pos`` and starting at or after ``lo``."""
        j = bisect_right(self._ends, pos)
        if j and self.hits[j - 1].start >= lo:
            return self.hits[j - 1]
        return None
