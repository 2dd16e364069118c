"""Annotated text for the HTML report: the original text split at every span boundary.

Claims and findings may overlap or nest. A boundary sweep cuts the text into segments; each segment
is wrapped in one element per mark covering it. Marks have a fixed nesting order (claims outside
findings, then earlier-starting and longer marks outside), so an element stays open as long as every
mark outside it does: a claim is one element unless another claim crosses it, and a finding crossing
a claim boundary is continued in several pieces that all carry its id. Every text piece is escaped.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Literal

from markupsafe import Markup, escape

MarkKind = Literal["claim", "finding"]
_TAGS: dict[str, str] = {"claim": "mark", "finding": "span"}


@dataclass(frozen=True)
class Mark:
    """One highlighted range: a claim (``<mark data-claim>``) or a finding (``<span data-finding>``)."""

    kind: MarkKind
    ref: str
    start: int
    end: int
    css: str = ""
    title: str = ""

    def order_key(self) -> tuple[int, int, int, str]:
        """Nesting order: claims outermost, then by start, longer first."""
        return (0 if self.kind == "claim" else 1, self.start, -self.end, self.ref)


@dataclass(frozen=True)
class Segment:
    """A maximal run of text covered by the same marks (outermost first)."""

    start: int
    end: int
    marks: tuple[Mark, ...]


def valid_marks(text: str, marks: Iterable[Mark]) -> list[Mark]:
    """Marks inside the text and non-empty, without duplicates, in nesting order."""
    return sorted({m for m in marks if 0 <= m.start < m.end <= len(text)}, key=Mark.order_key)


def segments(text: str, marks: Iterable[Mark]) -> list[Segment]:
    """Split ``text`` at every mark boundary; each segment lists the marks covering it.

    One sweep over the boundaries with the set of open marks (marks indexed by where they start and
    end), so the work is the number of boundaries plus the output, not segments × marks."""
    kept = valid_marks(text, marks)
    starts: dict[int, list[Mark]] = defaultdict(list)
    ends: dict[int, list[Mark]] = defaultdict(list)
    for m in kept:
        starts[m.start].append(m)
        ends[m.end].append(m)
    bounds = sorted({0, len(text), *starts, *ends})
    rank = {m: i for i, m in enumerate(kept)}  # kept is in nesting order already
    open_marks: set[Mark] = set()
    covering: tuple[Mark, ...] = ()
    out: list[Segment] = []
    for a, b in pairwise(bounds):
        if a in starts or a in ends:
            open_marks.difference_update(ends.get(a, ()))
            open_marks.update(starts.get(a, ()))
            covering = tuple(sorted(open_marks, key=rank.__getitem__))
        if a < b:
            out.append(Segment(a, b, covering))
    return out


def _open(mark: Mark, first: bool) -> str:
    classes = " ".join(c for c in (mark.kind, mark.css) if c)
    attrs = [f'class="{escape(classes)}"', f'data-{mark.kind}="{escape(mark.ref)}"']
    if not first:
        attrs.append('data-part="cont"')
    if mark.title:
        attrs.append(f'title="{escape(mark.title)}"')
    return f"<{_TAGS[mark.kind]} {' '.join(attrs)}>"


def annotate(text: str, marks: Sequence[Mark]) -> Markup:
    """The text as HTML with nested ``<mark>``/``<span>`` elements for ``marks`` (text escaped)."""
    out: list[str] = []
    stack: tuple[Mark, ...] = ()
    opened: set[tuple[str, str]] = set()
    for seg in segments(text, marks):
        keep = 0
        while keep < min(len(stack), len(seg.marks)) and stack[keep] == seg.marks[keep]:
            keep += 1
        out.extend(f"</{_TAGS[m.kind]}>" for m in reversed(stack[keep:]))
        for m in seg.marks[keep:]:
            key = (m.kind, m.ref)
            out.append(_open(m, key not in opened))
            opened.add(key)
        stack = seg.marks
        out.append(str(escape(text[seg.start : seg.end])))
    out.extend(f"</{_TAGS[m.kind]}>" for m in reversed(stack))
    return Markup("".join(out))
