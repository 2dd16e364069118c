"""Structure stage: a document's items (news items of a page, an article), each item's role-tagged
parts (headline, byline, dateline, source bracket, caption, body, table row), its own date and its
genre (close report, morning briefing, research note, fund report: ``structure.yaml``). Claims read
it so that nothing carries from one item into the next."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

from analyzer.extract.base import Hit
from analyzer.normalize.width import fold_punct
from analyzer.structure.items import build, day_hits, period_hits
from analyzer.structure.lines import classify_lines
from analyzer.structure.model import DocumentStructure, Item, ItemDate, Part, ReportPeriod, Role
from analyzer.structure.vocabulary import Genre, structure_vocabulary

__all__ = [
    "DocumentStructure",
    "Genre",
    "Item",
    "ItemDate",
    "Part",
    "ReportPeriod",
    "Role",
    "structure",
    "structure_vocabulary",
]


def structure(text: str, hits: Sequence[Hit], as_of: dt.date | None) -> DocumentStructure:
    """The structure of the normalized ``text``, given the time ``hits`` the extract stage found in it
    (datelines are read from them) and the document's as-of date (the date of an undated item)."""
    folded = fold_punct(text)
    return build(folded, classify_lines(folded, day_hits(hits)), as_of, period_hits(hits))
