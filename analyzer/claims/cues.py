"""Cue words found in one pass over the text, then looked up by position (bisect), never rescanned."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable
from dataclasses import dataclass

import ahocorasick

from analyzer.claims.vocabulary import cue_automaton


@dataclass(frozen=True, slots=True)
class CueHit:
    """One cue word at ``[start, end)`` of the folded normalized text."""

    start: int
    end: int
    word: str


def leftmost_longest(automaton: ahocorasick.Automaton, text: str) -> list[tuple[int, int]]:
    """Spans of the automaton's words in ``text`` as a regex alternation (longest word first) finds
    them: at the leftmost position where a word starts, the longest one, then on from its end.

    Aho-Corasick reports every occurrence, overlapping ones included, in one pass however many words
    there are; a regex alternation of some 600 words tries them at every character and cost several
    times as much. (pyahocorasick's own ``iter_long`` misses a short word inside a failed longer one:
    「c」 of 「ac」 with 「aca」 in the list.)"""
    longest: dict[int, int] = {}
    for last, length in automaton.iter(text):
        start, end = last + 1 - length, last + 1
        if longest.get(start, -1) < end:
            longest[start] = end
    spans = []
    reached = 0
    for start in sorted(longest):
        if start >= reached:
            reached = longest[start]
            spans.append((start, reached))
    return spans


class CueIndex:
    """Every occurrence of a word list in a text (leftmost, longest first, not overlapping)."""

    def __init__(self, text: str, words: Iterable[str]) -> None:
        automaton = cue_automaton(tuple(words))
        spans = leftmost_longest(automaton, text) if automaton is not None else []
        self.hits = [CueHit(s, e, text[s:e]) for s, e in spans]
        self._ends = [e for _, e in spans]

    def within(self, lo: int, hi: int) -> list[CueHit]:
        """Cues lying inside ``[lo, hi)``, in text order."""
        i = bisect_left(self._ends, lo)
        j = bisect_right(self._ends, hi)
        return [h for h in self.hits[i:j] if h.start >= lo]

    def first_start(self, lo: int, hi: int) -> int | None:
        """Where the first cue lying inside ``[lo, hi)`` starts (``within(lo, hi)[0].start``), by bisect."""
        i = bisect_left(self._ends, lo)
        j = bisect_right(self._ends, hi)
        return next((h.start for h in self.hits[i:j] if h.start >= lo), None)

    def last_before(self, pos: int, lo: int = 0) -> CueHit | None:
        """The last cue ending at or before ``pos`` and starting at or after ``lo``."""
        j = bisect_right(self._ends, pos)
        if j and self.hits[j - 1].start >= lo:
            return self.hits[j - 1]
        return None
