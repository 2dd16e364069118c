"""Where the extracted text of a PDF or Word document came from: page and box per character, parts and
regions (page header/footer, table, boilerplate) per range.

The extracted text *is* the document's text: every offset the analyzer reports indexes into it. It is
built line by line, and the joins are part of how it is built: lines of one paragraph are joined with
nothing between CJK or digits (「3,018.」 + 「1亿」 is 「3,018.1亿」) and with one space between Latin
words; paragraphs end with ``\\n``; table cells are separated by ``\\t`` and rows by ``\\n`` (as the
HTML reader does). A character added by a join has no box.
"""

from __future__ import annotations

import bisect
from array import array
from dataclasses import dataclass, field
from itertools import chain
from typing import Literal

from analyzer.types import Location, Span

__all__ = ["Layout", "LayoutBuilder", "Region", "RegionKind"]

RegionKind = Literal["header", "footer", "table", "boilerplate"]
#: regions whose words are not the piece's own statements: no claims come from them
NO_CLAIMS: frozenset[str] = frozenset({"header", "footer", "boilerplate"})
_KIND_ORDER = ("header", "footer", "boilerplate", "table")


@dataclass(frozen=True, slots=True)
class Region:
    """A range of the extracted text with a role: a repeated page header or footer, a table, a boilerplate
    section (分析师声明, 免责声明 …); ``label`` says which (the heading word, or the table's number)."""

    start: int
    end: int
    kind: RegionKind
    label: str = ""


@dataclass
class Layout:
    """Page, box and part of every character of an extracted text (a PDF's or a Word document's)."""

    pages: array = field(default_factory=lambda: array("H"))  # 1-based page per character; 0 = none
    boxes: array = field(default_factory=lambda: array("f"))  # x0, top, x1, bottom per character (4 floats)
    part_starts: list[int] = field(default_factory=list)  # sorted starts of the parts (paragraphs, cells)
    parts: list[str] = field(default_factory=list)
    regions: list[Region] = field(default_factory=list)
    n_pages: int = 0
    _by_kind: dict[str, tuple[list[int], list[Region]]] | None = field(default=None, repr=False, compare=False)
    _n_indexed: int = field(default=0, repr=False, compare=False)

    def locate(self, span: Span) -> Location:
        """The page and box (union of its characters' boxes on the first page) and part of ``span``."""
        page, box = None, None
        end = min(max(span.end, span.start + 1), len(self.pages))  # an empty span: the character it stands at
        if self.pages:
            first = next((self.pages[i] for i in range(span.start, end) if self.pages[i]), 0)
            if first:
                page = first
                x0 = top = float("inf")
                x1 = bottom = float("-inf")
                for i in range(span.start, end):
                    if self.pages[i] != first:
                        continue
                    a, b, c, d = self.boxes[4 * i : 4 * i + 4]
                    if c <= a and d <= b:  # a join character: no box
                        continue
                    x0, top, x1, bottom = min(x0, a), min(top, b), max(x1, c), max(bottom, d)
                if x0 != float("inf"):
                    box = (round(x0, 1), round(top, 1), round(x1, 1), round(bottom, 1))
        part = None
        k = bisect.bisect_right(self.part_starts, span.start) - 1
        if k >= 0:
            part = self.parts[k]
        return Location(page=page, box=box, part=part or None)

    def region_at(self, span: Span, kinds: frozenset[str] = NO_CLAIMS) -> Region | None:
        """The region of one of ``kinds`` that holds ``span``, or None (a bisect per kind: regions of one
        kind never overlap)."""
        if self._by_kind is None or self._n_indexed != len(self.regions):
            by_kind: dict[str, tuple[list[int], list[Region]]] = {}
            for region in sorted(self.regions, key=lambda r: r.start):
                starts, regions = by_kind.setdefault(region.kind, ([], []))
                starts.append(region.start)
                regions.append(region)
            self._by_kind, self._n_indexed = by_kind, len(self.regions)
        for kind in _KIND_ORDER:  # a fixed order, so the reason given for a span in two regions is stable
            if kind not in kinds:
                continue
            starts, regions = self._by_kind.get(kind, ((), ()))
            k = bisect.bisect_right(starts, span.start) - 1
            if k >= 0 and span.end <= regions[k].end:
                return regions[k]
        return None


class LayoutBuilder:
    """Builds the extracted text and its layout together, so offsets and boxes cannot drift apart."""

    def __init__(self, paged: bool) -> None:
        self._chunks: list[str] = []
        self._n = 0
        self.layout = Layout()
        self._paged = paged

    @property
    def offset(self) -> int:
        return self._n

    def add(self, text: str, page: int = 0, boxes: list[tuple[float, float, float, float]] | None = None) -> None:
        """Append ``text``; ``boxes`` (one per character) when it comes from a page, else a join (no box)."""
        if not text:
            return
        self._chunks.append(text)
        self._n += len(text)
        if self._paged:
            self.layout.pages.extend([page if boxes else 0] * len(text))
            if boxes:
                self.layout.boxes.extend(chain.from_iterable(boxes))
            else:
                self.layout.boxes.extend([0.0] * (4 * len(text)))

    def part(self, label: str) -> None:
        """The text appended from now on belongs to ``label`` (paragraph 3, table 1 row 2 cell 1, …)."""
        self.layout.part_starts.append(self._n)
        self.layout.parts.append(label)

    def region(self, start: int, kind: RegionKind, label: str = "") -> None:
        if self._n > start:
            self.layout.regions.append(Region(start, self._n, kind, label))

    def text(self) -> str:
        return "".join(self._chunks)
