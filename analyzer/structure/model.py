"""The document model: a page's items, each with role-tagged parts, its own date and genre.

Every span is in the normalized text (the offsets of the punctuation-folded text, which are the
same). Built once per document by ``analyzer.structure.structure``; claims look items and parts up
by bisect."""

from __future__ import annotations

import datetime as dt
import operator
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from itertools import repeat


class Role(StrEnum):
    """What a part of an item is."""

    HEADLINE = "headline"
    BYLINE = "byline"
    DATELINE = "dateline"
    SOURCE = "source"
    CAPTION = "caption"
    BODY = "body"
    TABLE_ROW = "table_row"


@dataclass(slots=True, unsafe_hash=True)  # frozen's __init__ is 3-5x slower; never changed once built
class Part:
    """A role-tagged stretch ``[start, end)`` of an item (a line, or a piece of one)."""

    role: Role
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class ItemDate:
    """The date an item reports on and where it comes from: its dateline, the date in its byline or
    headline, else the document's as-of date (``start``/``end`` None)."""

    day: dt.date
    source: str  # dateline | byline | headline | document
    start: int | None = None
    end: int | None = None


@dataclass(frozen=True, slots=True)
class ReportPeriod:
    """The period a periodic report covers, as its title states it (2024年第4季度报告), at ``[start, end)``."""

    first: dt.date
    last: dt.date
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class Item:
    """One news item, article or section of a page: ``[start, end)`` and its parts in order."""

    start: int
    end: int
    parts: tuple[Part, ...]
    date: ItemDate | None = None
    genre: str | None = None
    #: for a genre whose figures cover a report period (a fund's periodic report): the title's period
    report_period: ReportPeriod | None = None

    @property
    def headline(self) -> Part | None:
        """The item's first headline part, if it has one."""
        return next((p for p in self.parts if p.role == Role.HEADLINE), None)


@dataclass(frozen=True, slots=True)
class DocumentStructure:
    """The items of a document in order, and the document's genre (its first item's)."""

    items: tuple[Item, ...]
    genre: str | None = None
    _starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _parts: tuple[Part, ...] = field(init=False, repr=False, compare=False)
    _part_starts: tuple[int, ...] = field(init=False, repr=False, compare=False)
    #: for ``roles_at``, by the number of parts starting at or before a position: the last one's end
    #: and (None, its role) (-1 and (None, None) when none starts there)
    _ends_by: tuple[int, ...] = field(init=False, repr=False, compare=False)
    _roles_by: tuple[tuple[None, Role | None], ...] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        parts = tuple(p for item in self.items for p in item.parts)
        object.__setattr__(self, "_starts", tuple(i.start for i in self.items))
        object.__setattr__(self, "_parts", parts)
        object.__setattr__(self, "_part_starts", tuple(p.start for p in parts))
        object.__setattr__(self, "_ends_by", (-1, *(p.end for p in parts)))
        object.__setattr__(self, "_roles_by", ((None, None), *((None, p.role) for p in parts)))

    def item_index(self, pos: int) -> int:
        """Which item (0-based) holds ``pos`` (a separator between items belongs to the one before)."""
        return max(0, bisect_right(self._starts, pos) - 1)

    def item_at(self, pos: int) -> Item:
        return self.items[self.item_index(pos)]

    def item_start(self, pos: int) -> int:
        """Where the item holding ``pos`` begins: nothing before it may reach a figure at ``pos``."""
        return self._starts[self.item_index(pos)] if self.items else 0

    def part_at(self, pos: int) -> Part | None:
        """The part holding ``pos``, None between parts (a blank line, a separator)."""
        i = bisect_right(self._part_starts, pos) - 1
        if i >= 0 and pos < self._parts[i].end:
            return self._parts[i]
        return None

    def role_at(self, pos: int) -> Role | None:
        part = self.part_at(pos)
        return part.role if part is not None else None

    def roles_at(self, positions: Sequence[int]) -> list[Role | None]:
        """``role_at`` of each of ``positions``, computed in C (``map``: a bisect each, then the part's
        end and role by index), no Python step per position: a document's names and times ask it."""
        found = list(map(bisect_right, repeat(self._part_starts), positions))
        inside = map(operator.lt, positions, map(self._ends_by.__getitem__, found))
        return list(map(tuple.__getitem__, map(self._roles_by.__getitem__, found), inside))
