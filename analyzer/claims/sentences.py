"""Sentence and section boundaries in the normalized text."""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

_SENTENCE_END = re.compile(r"[。！？!?；;]+|\n+")
_SECTION_LINE = re.compile(r"^[ \t]*\d{1,2}[ \t]*$", re.MULTILINE)  # 「01」 on its own line


@dataclass(frozen=True, slots=True)
class Sentences:
    """Sentence spans (normalized offsets) and section-break positions, searchable by offset."""

    spans: tuple[tuple[int, int], ...]
    starts: tuple[int, ...]
    section_breaks: tuple[int, ...]

    def index_at(self, pos: int) -> int:
        return max(0, bisect_right(self.starts, pos) - 1)

    def span_at(self, pos: int) -> tuple[int, int]:
        return self.spans[self.index_at(pos)]

    def section_start(self, pos: int) -> int:
        """Offset where the section holding ``pos`` begins (0 if there are no breaks before it)."""
        i = bisect_right(self.section_breaks, pos)
        return self.section_breaks[i - 1] if i else 0


def split_sentences(text: str) -> Sentences:
    """Split on sentence-final punctuation, semicolons and newlines; trailing punctuation stays."""
    spans = []
    start = 0
    for match in _SENTENCE_END.finditer(text):
        end = match.end()
        stripped_end = match.start() if match.group().startswith("\n") else end
        if stripped_end > start:
            spans.append((start, stripped_end))
        start = end
    if start < len(text):
        spans.append((start, len(text)))
    if not spans:
        spans.append((0, len(text)))
    breaks = tuple(m.start() for m in _SECTION_LINE.finditer(text))
    return Sentences(tuple(spans), tuple(s for s, _ in spans), breaks)
