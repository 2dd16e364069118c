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
from itertools import accumulate

from analyzer.segment.boundaries import TokenBoundaries
from analyzer.segment.cutter import MAX_RUN, backend

#: the longest block cut whole; a longer run is cut in windows of this size (a multiple of MAX_RUN)
#: around the positions asked about
MAX_BLOCK = 20_000


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
        self._non_block = re.compile(f"[^{chars}]")
        # blocks already cut, sorted by start: their ends and the boundaries inside them
        self._starts: list[int] = []
        self._ends: list[int] = []
        self._inner: list[frozenset[int]] = []
        self.n_cut_chars = 0  # how much text was segmented (for benchmarks and tests)

    def aligned(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` begins and ends on token boundaries."""
        return self.is_boundary(start) and self.is_boundary(end)

    def is_boundary(self, pos: int) -> bool:
        """True when a token starts or ends at ``pos``."""
        text = self._text
        if pos <= 0 or pos >= len(text):
            return pos == 0 or pos == len(text)
        b = bisect_right(self._starts, pos) - 1
        if b >= 0 and self._starts[b] < pos < self._ends[b]:  # inside a block already cut
            return pos in self._inner[b]
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
        i = bisect_right(self._starts, pos) - 1
        if i >= 0 and pos < self._ends[i]:
            return self._inner[i]
        start = self._block_start(pos, gap_start)
        end = self._block.match(self._text, start, gap_end).end()
        if end - start > MAX_BLOCK:
            # no space or punctuation for thousands of characters (not prose: a repeated character, a
            # dump): cut only a window around the position. The segmenter cuts such a run in MAX_RUN
            # pieces counted from the block's start (split_long_runs), so a window on those piece
            # edges gives exactly the words that cutting the whole block gives.
            block_start = start
            start = block_start + max(0, (pos - MAX_BLOCK // 2 - block_start) // MAX_RUN * MAX_RUN)
            end = min(end, start + MAX_BLOCK)
        # where each word ends: the running sum of their lengths from the block's start, summed in C
        ends = accumulate(map(len, self._get_cut()(self._text[start:end])), initial=start)
        next(ends)  # the block's start itself
        inner = frozenset(ends)
        j = bisect_right(self._starts, start)
        self._starts.insert(j, start)
        self._ends.insert(j, end)
        self._inner.insert(j, inner)
        self.n_cut_chars += end - start
        return inner

    def _block_start(self, pos: int, gap_start: int) -> int:
        """Where the block holding ``text[pos - 1]`` starts: after the last character outside the block
        class before ``pos`` (searched backwards in growing steps, so the cost is the block's length).
        Each step searches the window reversed: its first such character is the last one, found in C
        without a match object for every punctuation mark of the window."""
        step, right = 256, pos - 1
        while right > gap_start:
            left = max(gap_start, right - step)
            last = self._non_block.search(self._text[left:right][::-1])
            if last is not None:
                return right - last.start()
            right, step = left, step * 2
        return gap_start


def _clean(protect: Sequence[tuple[int, int]]) -> list[tuple[int, int]]:
    """Protected spans as the full segmenter uses them: sorted, empty and overlapping ones dropped."""
    spans, pos = [], 0
    for start, end in protect:
        if start < pos or end <= start:
            continue
        spans.append((start, end))
        pos = end
    return spans
