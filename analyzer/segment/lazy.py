"""Word boundaries on demand: segment only the block of text around a position that a decision asks about.

jieba (and rjieba) cut a text in independent blocks: they split the text at every character outside
the backend's block class (Han characters, ASCII letters and digits, ``+#&._%-``) and cuts each block
on its own; every other character is a token by itself (``\\r\\n`` is one token). In the pipeline
the protected spans (mentions) are whole tokens and jieba sees only the text between them. So the
boundaries inside one block depend on that block alone, and cutting just the blocks that hold a
queried position gives exactly the boundaries that segmenting the whole text gives
(``tests/unit/test_segment_lazy.py`` checks this at every position of the sample and other texts).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Callable, Sequence

from analyzer.segment.boundaries import TokenBoundaries
from analyzer.segment.cutter import backend


class WordBoundaries(TokenBoundaries):
    """Token boundaries of ``text`` segmented with ``protect`` spans whole, computed only where asked."""

    def __init__(
        self, text: str, protect: Sequence[tuple[int, int]], cut: Callable[[], Callable[[str], list[str]]]
    ) -> None:
        self._text = text
        spans = _clean(protect)
        self._p_starts = [s for s, _ in spans]
        self._p_ends = [e for _, e in spans]
        self._get_cut = cut
        chars = backend().block_chars
        self._in_block = re.compile(f"[{chars}]")
        self._block = re.compile(f"[{chars}]+")
        self._blocks: dict[int, frozenset[int]] = {}  # block start -> inner boundary offsets
        self._block_of: dict[int, int] = {}  # any offset whose block was cut -> block start
        self.n_cut_chars = 0  # how much text was segmented (for benchmarks and tests)

    def aligned(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` begins and ends on token boundaries."""
        return self.is_boundary(start) and self.is_boundary(end)

    def is_boundary(self, pos: int) -> bool:
        """True when a token starts or ends at ``pos``."""
        text = self._text
        if pos <= 0 or pos >= len(text):
            return pos == 0 or pos == len(text)
        i = bisect_right(self._p_starts, pos) - 1  # the last protected span starting at or before pos
        if i >= 0 and self._p_ends[i] >= pos:
            return self._p_starts[i] == pos or self._p_ends[i] == pos
        left, right = text[pos - 1], text[pos]
        if not (self._in_block.match(left) and self._in_block.match(right)):
            return not (left == "\r" and right == "\n")  # jieba keeps \r\n as one token
        gap_start = self._p_ends[i] if i >= 0 else 0
        gap_end = self._p_starts[i + 1] if i + 1 < len(self._p_starts) else len(text)
        return pos in self._inner_boundaries(pos, gap_start, gap_end)

    def _inner_boundaries(self, pos: int, gap_start: int, gap_end: int) -> frozenset[int]:
        start = self._block_of.get(pos)
        if start is None:
            start = pos - 1
            while start > gap_start and self._in_block.match(self._text[start - 1]):
                start -= 1
            end = self._block.match(self._text, start, gap_end).end()
            words = self._get_cut()(self._text[start:end])
            offsets, at = set(), start
            for word in words:
                at += len(word)
                offsets.add(at)
            self._blocks[start] = frozenset(offsets)
            self._block_of.update(dict.fromkeys(range(start, end + 1), start))
            self.n_cut_chars += end - start
        return self._blocks[start]


def _clean(protect: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Protected spans as the full segmenter uses them: sorted, empty and overlapping ones dropped."""
    spans, pos = [], 0
    for start, end in protect:
        if start < pos or end <= start:
            continue
        spans.append((start, end))
        pos = end
    return spans
