"""Lines grouped into items, each item's lines into role-tagged parts, with the item's date and genre.

An item ends at a separator line (---, ***, ===) or a run of blank lines; a new one starts at a title
line (【…】, # …), at a wire dateline (财联社5月14日电) and at a dated short line followed by body
text, once the item before has body text of its own. One pass over the lines."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence

from analyzer.extract.base import Hit
from analyzer.structure.lines import Line, Shape
from analyzer.structure.model import DocumentStructure, Item, ItemDate, Part, ReportPeriod, Role
from analyzer.structure.vocabulary import structure_vocabulary

#: shapes that are body text (an item holding one is a whole item: a title after it starts another)
_BODY = frozenset({Shape.BODY, Shape.TABLE_ROW, Shape.CAPTION})


def group_items(lines: Sequence[Line]) -> list[list[Line]]:
    """The non-blank, non-separator lines of each item, in order."""
    vocab = structure_vocabulary()
    items: list[list[Line]] = []
    current: list[Line] = []
    has_body = False
    blanks = 0
    for i, line in enumerate(lines):
        if line.shape == Shape.BLANK:
            blanks += 1
            continue
        ends = line.shape == Shape.SEPARATOR or (current and blanks >= vocab.blank_lines_between_items)
        starts = has_body and (
            line.shape == Shape.HEADING or line.wire_end is not None or _dated_headline(lines, i)
        )
        blanks = 0
        if (ends or starts) and current:
            items.append(current)
            current, has_body = [], False
        if line.shape == Shape.SEPARATOR:
            continue
        current.append(line)
        # a title with its text on the same line ([A股收评]沪指…。) holds body text too
        has_body = has_body or line.shape in _BODY or line.heading_end is not None
    if current:
        items.append(current)
    return items


def _dated_headline(lines: Sequence[Line], i: int) -> bool:
    """A short line holding a date, followed by body text (「3月12日港股收评 恒指跌1%」 then its report)."""
    line = lines[i]
    if line.shape != Shape.SHORT or not line.days:
        return False
    for j in range(i + 1, len(lines)):
        if lines[j].shape != Shape.BLANK:
            return lines[j].shape == Shape.BODY
    return False


#: the shapes whose whole line is one part of a fixed role (built once, not per line)
_FIXED_ROLES = {
    Shape.DATELINE: Role.DATELINE,
    Shape.BYLINE: Role.BYLINE,
    Shape.SOURCE: Role.SOURCE,
    Shape.CAPTION: Role.CAPTION,
    Shape.TABLE_ROW: Role.TABLE_ROW,
}


def item_parts(lines: Sequence[Line]) -> tuple[Part, ...]:
    """Role-tagged parts: the item's leading short lines and title are its headline, date lines its
    dateline, author lines its byline; a wire dateline and a closing source bracket are cut from their
    body line."""
    parts: list[Part] = []
    leading = True
    for line in lines:
        shape = line.shape
        if shape == Shape.HEADING and line.heading_end is None:
            parts.append(Part(Role.HEADLINE if leading else Role.BODY, line.start, line.end))
            continue
        if shape == Shape.SHORT:
            parts.append(Part(Role.HEADLINE if leading else Role.BODY, line.start, line.end))
            continue
        fixed = _FIXED_ROLES.get(shape)
        if fixed is not None:
            parts.append(Part(fixed, line.start, line.end))
            leading = leading and fixed != Role.TABLE_ROW and fixed != Role.CAPTION
            continue
        start = line.start
        if line.heading_end is not None:
            parts.append(Part(Role.HEADLINE if leading else Role.BODY, start, line.heading_end))
            start = line.heading_end
        if line.wire_end is not None:
            parts.append(Part(Role.DATELINE, start, line.wire_end))
            start = line.wire_end
        end = line.source_start if line.source_start is not None and line.source_start > start else line.end
        if end > start:
            parts.append(Part(Role.BODY, start, end))
        if end < line.end:
            parts.append(Part(Role.SOURCE, end, line.end))
        leading = False
    return tuple(parts)


def item_date(parts: Sequence[Part], lines: Sequence[Line], as_of: dt.date | None) -> ItemDate | None:
    """The item's date: its dateline's, else its byline's, else its headline's; else the as-of date."""
    starts = [p.start for p in parts]
    first: dict[Role, Hit] = {}
    for line in lines:
        for day in line.days:
            i = bisect_right(starts, day.start) - 1
            # a calendar day (not 3月底, the end of a period a headline reports on)
            if i >= 0 and day.end <= parts[i].end and day.fields.get("date") and not day.fields.get("relation"):
                first.setdefault(parts[i].role, day)
    for role in (Role.DATELINE, Role.BYLINE, Role.HEADLINE):
        if role in first:
            day = first[role]
            return ItemDate(day.fields["date"], role.value, day.start, day.end)
    return ItemDate(as_of, "document") if as_of is not None else None


#: where the opening clause of a lead ends (a comma, a semicolon or a sentence's end; folded text)
_CLAUSE_END = re.compile(r"[,，;；。!?！？]")
#: a clause of a date alone (2024年5月3日, 3月12日 星期三)
_DATE_ONLY = re.compile(r"[\s\d年月日号.\-/()（）星期周一二三四五六七日天]*")


def genre_of(text: str, parts: Sequence[Part]) -> str | None:
    """The first genre (in the order of structure.yaml) whose cue stands in the item's headline, else
    in the opening clause of its first part (``genre_words``)."""
    words = genre_words(text, parts)
    for name, genre in structure_vocabulary().genres.items():
        if genre.matches(words):
            return name
    return None


def genre_words(text: str, parts: Sequence[Part]) -> str:
    """The words an item's genre is read from (``genre_spans``), joined."""
    return " ".join(text[a:b] for a, b in genre_spans(text, parts))


def genre_spans(text: str, parts: Sequence[Part]) -> list[tuple[int, int]]:
    """Where the words an item's genre is read from stand: its headlines, else the opening clause of its
    first part (a lead that opens like a title: 财经早餐:…, 港股收市:恒指…), not deeper in a paragraph of
    commentary (经历了两天的大涨,今天市场平静,…隔夜美股中概股…: no briefing)."""
    heads = [(p.start, p.end) for p in parts if p.role == Role.HEADLINE]
    if heads or not parts:
        return heads
    start = parts[0].start
    end = min(parts[0].end, start + structure_vocabulary().headline_chars)
    clause = _CLAUSE_END.search(text, start, end)
    if clause is not None and _DATE_ONLY.fullmatch(text, start, clause.start()):
        # 2024年5月3日,港股在竞价时段上升…: a date opening the lead is no clause of its own
        clause = _CLAUSE_END.search(text, clause.end(), end)
    return [(start, clause.start() if clause else end)]


def report_period(parts: Sequence[Part], periods: Sequence[Hit], starts: Sequence[int]) -> ReportPeriod | None:
    """The first period of more than a day (a quarter, a half, a year) that the item's headline states;
    ``periods`` are the time hits with both ends, by start (``starts``)."""
    for part in parts:
        if part.role != Role.HEADLINE:
            continue
        for t in periods[bisect_left(starts, part.start) : bisect_left(starts, part.end)]:
            first, last = t.fields["start_date"], t.fields["end_date"]
            if t.end <= part.end and first < last:
                return ReportPeriod(first, last, t.start, t.end)
    return None


def build(text: str, lines: Sequence[Line], as_of: dt.date | None, periods: Sequence[Hit] = ()) -> DocumentStructure:
    """The document's items (at least one) from its classified lines; ``periods`` are the time hits
    with both ends (a report's title period is read from them)."""
    groups = group_items(lines)
    if not groups:
        return DocumentStructure((Item(0, len(text), ()),))
    genres = structure_vocabulary().genres
    doc_genre = genre_of(text, item_parts(groups[0]))
    if doc_genre is not None and genres[doc_genre].one_article:
        # a research note or a fund report is one article: its titles (【核心观点】) head sections
        groups = [[line for group in groups for line in group]]
    built = []
    starts = [t.start for t in periods]
    for index, group in enumerate(groups):
        parts = item_parts(group)
        genre = genre_of(text, parts) or doc_genre
        covered = report_period(parts, periods, starts) if genre is not None and genres[genre].report_period else None
        # the first item reaches back to the start of the text, so every offset lies in an item
        start = 0 if index == 0 else group[0].start
        built.append(Item(start, group[-1].end, parts, item_date(parts, group, as_of), genre, covered))
    return DocumentStructure(tuple(built), doc_genre)


def period_hits(hits: Sequence[Hit]) -> list[Hit]:
    """The time expressions among ``hits`` with both a first and a last day, by start."""
    return sorted(
        (h for h in hits if h.fields.get("start_date") and h.fields.get("end_date")), key=lambda h: h.start
    )


def day_hits(hits: Sequence[Hit]) -> list[Hit]:
    """The day-precision dates among ``hits``, by start."""
    return sorted(
        (h for h in hits if h.kind.value == "date" and h.fields.get("precision") == "day"), key=lambda h: h.start
    )
