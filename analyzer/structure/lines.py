"""Each line of a document classified once by its shape (blank, separator, heading, dateline, byline,
source bracket, caption, table row, short line, body), from ``structure.yaml``."""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache

from analyzer.extract.base import Hit
from analyzer.normalize.convert import both_scripts
from analyzer.regexguard import compile_guarded, required_words
from analyzer.structure.vocabulary import StructureVocabulary, structure_vocabulary

#: what ends a sentence or announces more (a line ending so is body, never a headline)
_ENDS_BODY = (*"。!?;:,", "...", "…")


class Shape(StrEnum):
    BLANK = "blank"
    SEPARATOR = "separator"
    HEADING = "heading"
    DATELINE = "dateline"
    BYLINE = "byline"
    SOURCE = "source"
    CAPTION = "caption"
    TABLE_ROW = "table_row"
    SHORT = "short"  # a short line that ends no sentence: a headline where it leads an item
    BODY = "body"


@dataclass(slots=True, unsafe_hash=True)  # frozen's __init__ is 3-5x slower; never changed once built
class Line:
    """A line ``[start, end)`` (without its line break), its shape and the day-precision dates in it."""

    start: int
    end: int
    shape: Shape
    days: tuple[Hit, ...] = ()
    #: where a wire dateline at the line's start ends (财联社5月14日电,), else None
    wire_end: int | None = None
    #: where a title bracket at the line's start ends ([A股收评] before a long body), else None
    heading_end: int | None = None
    #: where a source bracket at the line's end starts (…。(新华社)), else None
    source_start: int | None = None


class _Patterns:
    def __init__(self, vocab: StructureVocabulary) -> None:
        flags = re.MULTILINE
        self.separator = compile_guarded(vocab.separator, flags)
        self.heading = compile_guarded(vocab.heading, flags)
        self.wire = compile_guarded(vocab.wire_dateline, flags)
        self.caption = compile_guarded(vocab.caption, flags)
        self.table_row = compile_guarded(vocab.table_row, flags)
        # words one of which every match holds (日 of a wire dateline, a tab or | of a table row): a line
        # without any is no such line, told by str.find instead of the pattern run over the line
        self.wire_words = required_words(vocab.wire_dateline, flags) or ("",)
        self.table_row_words = required_words(vocab.table_row, flags) or ("",)
        author = "|".join(map(re.escape, sorted(both_scripts(vocab.byline.author_words), key=len, reverse=True)))
        suffix = "|".join(
            map(re.escape, sorted(both_scripts(vocab.byline.institution_suffixes), key=len, reverse=True))
        )
        name = r"[\u4e00-\u9fffA-Za-z·]"
        # 记者 张三 / 分析师:李四 S0570520010001 / 某某证券研究所 王五 李六 (the dates taken out first)
        people = rf"(?:[ \t,、]+(?:(?:{author})[ \t:]*)?{name}{{2,4}})*(?:[ \t]+[A-Z]?\d{{6,}})?[ \t,]*"
        self.author = re.compile(author)
        self.author_line = re.compile(rf"[ \t]*(?:{author})[ \t:]*{name}{{2,4}}{people}")
        self.institution_line = re.compile(rf"[ \t]*{name}{{0,16}}?(?:{suffix}){people}")
        words = (*vocab.source_words, *vocab.source_markers)
        sources = "|".join(map(re.escape, sorted(both_scripts(words), key=len, reverse=True)))
        self.source = re.compile(rf"\((?:{sources})[^()\n]{{0,60}}\)[ \t。]*$", flags)


@cache
def _patterns() -> _Patterns:
    return _Patterns(structure_vocabulary())


def classify_lines(text: str, day_hits: Sequence[Hit]) -> list[Line]:
    """Every line of the folded ``text`` with its shape; ``day_hits`` are the day-precision dates,
    sorted by start. One pass over the lines, each looked at from its start."""
    vocab = structure_vocabulary()
    patterns = _patterns()
    starts = [h.start for h in day_hits]
    out = []
    pos = 0
    n = len(text)
    while pos <= n:
        newline = text.find("\n", pos)
        end = n if newline < 0 else newline
        lo, hi = bisect_left(starts, pos), bisect_left(starts, end)
        days = tuple(h for h in day_hits[lo:hi] if h.end <= end)
        out.append(_line(text, pos, end, days, vocab, patterns))
        if newline < 0:
            break
        pos = newline + 1
    return out


def _line(text: str, start: int, end: int, days: tuple[Hit, ...], vocab: StructureVocabulary, p: _Patterns) -> Line:
    line = text[start:end]
    stripped = line.strip()
    if not stripped:
        return Line(start, end, Shape.BLANK)
    if p.separator.match(text, start, end):
        return Line(start, end, Shape.SEPARATOR)
    short = len(stripped) <= vocab.headline_chars and not stripped.endswith(_ENDS_BODY) and "。" not in stripped
    source = p.source.search(text, start, end)
    source_start = source.start() if source else None
    if source_start is not None and not text[start:source_start].strip():
        return Line(start, end, Shape.SOURCE, days)
    heading = p.heading.match(text, start, end)
    if heading:
        if short:
            return Line(start, end, Shape.HEADING, days)
        bracket_end = text.find("]", start, end) + 1 if stripped.startswith("[") else 0
        # 【标题】财联社5月14日电,…: a telegraph's title, its dateline, its text on one line
        wire_end = _wire_end(text, bracket_end, end, days, p) if bracket_end else None
        return Line(
            start, end, Shape.HEADING, days, wire_end, heading_end=bracket_end or None, source_start=source_start
        )
    if short and _is_byline(text, start, end, days, p):
        return Line(start, end, Shape.BYLINE, days)
    if short and _is_dateline(text, start, end, days, vocab.dateline_extra):
        return Line(start, end, Shape.DATELINE, days)
    if p.caption.match(text, start, end):
        return Line(start, end, Shape.CAPTION, days)
    if _holds(text, start, end, p.table_row_words) and p.table_row.match(text, start, end):
        return Line(start, end, Shape.TABLE_ROW, days)
    wire_end = _wire_end(text, start, end, days, p)
    if wire_end is not None:
        return Line(start, end, Shape.BODY, days, wire_end=wire_end, source_start=source_start)
    return Line(start, end, Shape.SHORT if short else Shape.BODY, days, source_start=source_start)


def _wire_end(text: str, start: int, end: int, days: tuple[Hit, ...], p: _Patterns) -> int | None:
    """Where a wire dateline starting at ``start`` ends (its day one of the line's dates), else None."""
    if not _holds(text, start, end, p.wire_words):
        return None
    wire = p.wire.match(text, start, end)
    if wire and any(wire.start("day") <= d.start < wire.end("day") for d in days):
        return wire.end()
    return None


def _holds(text: str, start: int, end: int, words: tuple[str, ...]) -> bool:
    """Whether ``text[start:end]`` holds one of ``words`` (found in place, no slice)."""
    return any(text.find(w, start, end) >= 0 for w in words)


def _outside_dates(text: str, start: int, end: int, days: tuple[Hit, ...]) -> list[str]:
    """The pieces of ``[start, end)`` around its dates."""
    pieces, pos = [], start
    for d in days:
        pieces.append(text[pos : d.start])
        pos = d.end
    pieces.append(text[pos:end])
    return pieces


def _is_dateline(text: str, start: int, end: int, days: tuple[Hit, ...], extra: int) -> bool:
    """A date alone on its line: a calendar day (not 3月底), with a weekday (also a date) or a place
    beside it of at most ``extra`` letters (2025年3月12日 星期三, 香港 2025年3月12日)."""
    if not days or all(d.fields.get("relation") for d in days):
        return False
    return sum(ch.isalnum() for piece in _outside_dates(text, start, end, days) for ch in piece) <= extra


def _is_byline(text: str, start: int, end: int, days: tuple[Hit, ...], p: _Patterns) -> bool:
    """An author's line (记者 张三), or an institution's name with a date or with its people's names
    (某某证券研究所 2025年5月6日): nothing else on the line once its dates are taken out."""
    rest = " ".join(_outside_dates(text, start, end, days))
    if p.author_line.fullmatch(rest):
        return True
    return p.institution_line.fullmatch(rest) is not None and bool(days or p.author.search(rest))
