"""Cue words found in one pass over the text per word list, then looked up by position (bisect), never
rescanned."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import cache
from operator import itemgetter

import ahocorasick_rs

from analyzer.normalize.convert import both_scripts


@dataclass(slots=True, unsafe_hash=True)  # frozen's __init__ is 3-5x slower; never changed once built
class CueHit:
    """One cue word at ``[start, end)`` of the folded normalized text."""

    start: int
    end: int
    word: str


@cache  # built once per word list
def _finder(words: tuple[str, ...]) -> ahocorasick_rs.AhoCorasick | None:
    """A leftmost-longest Aho-Corasick automaton of ``words`` (both scripts); None when there are none."""
    forms = [form for form in both_scripts(words) if form]
    if not forms:
        return None
    return ahocorasick_rs.AhoCorasick(forms, matchkind=ahocorasick_rs.MatchKind.LeftmostLongest)


#: the end of a (start, end) span; the (start, end) of an automaton's (word, start, end) match
_END, _SPAN = itemgetter(1), itemgetter(1, 2)


def leftmost_longest(words: Iterable[str], text: str) -> list[tuple[int, int]]:
    """Spans of ``words`` (both scripts) in ``text`` as a regex alternation (longest word first) finds
    them: at the leftmost position where a word starts, the longest one, then on from its end.

    Aho-Corasick finds them in one pass however many words there are (a regex alternation of some 600
    words tries them at every character). ahocorasick_rs (the Rust aho-corasick crate) has this match
    kind built in and scans a text at a few nanoseconds a character; pyahocorasick's automaton, whose
    nodes look their next character up in a list, took 26 ms for the 200k-character bench text with the
    claim vocabularies (and its own ``iter_long`` misses a short word inside a failed longer one:
    「c」 of 「ac」 with 「aca」 in the list)."""
    finder = _finder(tuple(words))
    if finder is None:
        return []
    return list(map(_SPAN, finder.find_matches_as_indexes(text)))  # (start, end) of each, taken in C


def _leftmost(longest: dict[int, int]) -> list[tuple[int, int]]:
    """From the longest end at each start, the spans a left-to-right reading keeps (no overlaps)."""
    spans = []
    reached = 0
    for start in sorted(longest):
        if start >= reached:
            reached = longest[start]
            spans.append((start, reached))
    return spans


@cache  # built once per set of word lists
def _joint_finder(
    vocabularies: tuple[tuple[str, ...], ...],
) -> tuple[ahocorasick_rs.AhoCorasick, list[tuple[int, ...]]] | None:
    """One automaton over every word of ``vocabularies`` (both scripts), and for each of its words the
    indices of the lists that hold it."""
    members: dict[str, list[int]] = {}
    for i, words in enumerate(vocabularies):
        for form in both_scripts(words):
            if form:
                members.setdefault(form, []).append(i)
    if not members:
        return None
    return ahocorasick_rs.AhoCorasick(list(members)), [tuple(lists) for lists in members.values()]


def cue_indexes(text: str, vocabularies: Sequence[Iterable[str]]) -> list[CueIndex]:
    """A ``CueIndex`` for each word list, all found in one pass over ``text`` (the same spans as one
    ``CueIndex`` each: every occurrence of every word is reported, then each list keeps its own
    leftmost, longest ones)."""
    lists = tuple(tuple(words) for words in vocabularies)
    joint = _joint_finder(lists)
    longest: list[dict[int, int]] = [{} for _ in lists]
    if joint is not None:
        finder, members = joint
        for word, start, end in finder.find_matches_as_indexes(text, overlapping=True):
            for i in members[word]:
                ends = longest[i]
                if ends.get(start, -1) < end:
                    ends[start] = end
    return [CueIndex.of_spans(text, _leftmost(ends)) for ends in longest]


class CueIndex:
    """Every occurrence of a word list in a text (leftmost, longest first, not overlapping)."""

    def __init__(self, text: str, words: Iterable[str]) -> None:
        self._set(text, leftmost_longest(words, text))

    @classmethod
    def of_spans(cls, text: str, spans: list[tuple[int, int]]) -> CueIndex:
        """The index of words already found at ``spans``."""
        index = cls.__new__(cls)
        index._set(text, spans)
        return index

    def _set(self, text: str, spans: list[tuple[int, int]]) -> None:
        self._text = text
        self.spans = spans  # (start, end) of each cue, in text order
        self._ends = list(map(_END, spans))  # map in C: a whole text's cues (的, 在 …) are many
        self._hits: list[CueHit] | None = None

    @property
    def hits(self) -> list[CueHit]:
        """Every cue as a record, built on first use: an index read only by position (the small words
        of ``Doc._read_words``: 的, 在, 于 …, a tenth of a text's characters) never builds them."""
        if self._hits is None:
            text = self._text
            self._hits = [CueHit(s, e, text[s:e]) for s, e in self.spans]
        return self._hits

    # The cues lying inside ``[lo, hi)``: of those ending in ``[lo, hi]`` (two bisects) only the first can
    # start before ``lo``, as cues do not overlap: one comparison, no filtering pass. within, spans_within
    # and first_start are asked a dozen times per figure, so each does this itself (a helper's Python
    # call cost as much as its bisects).
    def within(self, lo: int, hi: int) -> list[CueHit]:
        """Cues lying inside ``[lo, hi)``, in text order."""
        ends = self._ends
        i = bisect_left(ends, lo)
        j = bisect_right(ends, hi, i)
        if i < j and self.spans[i][0] < lo:
            i += 1
        return self.hits[i:j] if i < j else []

    def spans_within(self, lo: int, hi: int) -> list[tuple[int, int]]:
        """(start, end) of the cues lying inside ``[lo, hi)`` (``within`` without building records)."""
        ends, spans = self._ends, self.spans
        i = bisect_left(ends, lo)
        j = bisect_right(ends, hi, i)
        if i < j and spans[i][0] < lo:
            i += 1
        return spans[i:j]

    def first_start(self, lo: int, hi: int) -> int | None:
        """Where the first cue lying inside ``[lo, hi)`` starts (``within(lo, hi)[0].start``), by bisect."""
        ends, spans = self._ends, self.spans
        i = bisect_left(ends, lo)
        j = bisect_right(ends, hi, i)
        if i < j and spans[i][0] < lo:
            i += 1
        return spans[i][0] if i < j else None

    def at(self, pos: int) -> CueHit | None:
        """The cue covering ``pos``, if any (cues do not overlap: at most one)."""
        i = bisect_right(self._ends, pos)  # the first cue ending after pos
        return self.hits[i] if i < len(self.spans) and self.spans[i][0] <= pos else None

    def span_at(self, pos: int) -> tuple[int, int] | None:
        """(start, end) of the cue covering ``pos``, if any (``at`` without building a record)."""
        i = bisect_right(self._ends, pos)
        return self.spans[i] if i < len(self.spans) and self.spans[i][0] <= pos else None

    def last_before(self, pos: int, lo: int = 0) -> CueHit | None:
        """The last cue ending at or before ``pos`` and starting at or after ``lo``."""
        j = bisect_right(self._ends, pos)
        if j and self.spans[j - 1][0] >= lo:
            return self.hits[j - 1]
        return None
