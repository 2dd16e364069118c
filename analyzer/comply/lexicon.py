"""One Aho-Corasick automaton over every literal the rulebooks and word classes use, run once per document.

Every phrase of every rulebook and every word of every word class is folded (script, width, variant
characters, punctuation dropped) and registered here. A document's folded text is scanned once, in
time linear in its length plus the hits, and each rule then reads the hits of its own words: no
pattern is matched with a time limit, so a shipped rule decides the same on a busy machine as on an
idle one. Words added later (a house rulebook loaded after the shipped ones) rebuild the automaton
on the next scan.
"""

from __future__ import annotations

import threading
from collections import defaultdict
from dataclasses import dataclass

import ahocorasick


@dataclass(frozen=True, slots=True)
class Occurrences:
    """Where each registered word occurs in one folded text: word → sorted starts (overlaps kept)."""

    starts: dict[str, list[int]]

    def of(self, word: str) -> list[int]:
        return self.starts.get(word, [])


class Lexicon:
    """The set of folded words the comply engine looks for, with its automaton (built lazily)."""

    def __init__(self) -> None:
        self._words: set[str] = set()
        self._automaton: ahocorasick.Automaton | None = None
        self._lock = threading.Lock()

    def add(self, word: str) -> None:
        """Register a folded, non-empty word."""
        if word and word not in self._words:
            with self._lock:
                self._words.add(word)
                self._automaton = None

    def __len__(self) -> int:
        return len(self._words)

    def _built(self) -> ahocorasick.Automaton | None:
        automaton = self._automaton
        if automaton is None and self._words:
            with self._lock:
                if self._automaton is None:
                    fresh = ahocorasick.Automaton()
                    for word in self._words:
                        fresh.add_word(word, word)
                    fresh.make_automaton()
                    self._automaton = fresh
                automaton = self._automaton
        return automaton

    def scan(self, text: str) -> Occurrences:
        """Every occurrence of every registered word in ``text`` (one pass)."""
        automaton = self._built()
        starts: dict[str, list[int]] = defaultdict(list)
        if automaton is not None:
            for end, word in automaton.iter(text):
                starts[word].append(end - len(word) + 1)
        return Occurrences(dict(starts))


#: the process-wide lexicon every phrase set and word class registers its words in
LEXICON = Lexicon()
