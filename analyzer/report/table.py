"""Terminal tables that fit the width they are printed at (rich).

Every command that prints a table goes through :func:`fit_table`: columns are declared with a kind
(``key`` and ``number`` cells never wrap, so a number is never split; ``text`` cells wrap) and a
``keep`` rank; when the table does not fit, headers are abbreviated first, then the lowest-ranked
columns are dropped (and named in the caption). ``wide=True`` keeps every column at full width.
The width is :func:`terminal_width`: ``COLUMNS`` when set (also for pipes and files), else the
terminal's, else 120.

:func:`wrap_cells` wraps plain text (a compliance reason) to a width counted in terminal cells
(a Chinese character is two); :func:`format_magnitude` writes amounts with their magnitude word
(45.20亿, 3,018.1亿 HKD) — exact values stay in JSON, CSV and Parquet.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sys
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal
from typing import IO, Literal

from rich import box
from rich.cells import cell_len
from rich.console import Console
from rich.table import Table
from rich.text import Text

from analyzer.i18n import Lang, message, shipped_catalogue
from analyzer.i18n.phrases import explained
from analyzer.types import Claim, DocumentResult

DEFAULT_WIDTH = 120
YI, WAN = Decimal(100_000_000), Decimal(10_000)
BN, MN = Decimal(1_000_000_000), Decimal(1_000_000)


# --------------------------------------------------------------------------- width and wrapping


def terminal_width(stream: IO[str] | None = None, default: int = DEFAULT_WIDTH) -> int:
    """Columns to print at: ``$COLUMNS`` when set (pipes and files too), else the terminal's, else ``default``."""
    env = os.environ.get("COLUMNS", "").strip()
    if env.isdigit() and int(env) > 0:
        return int(env)
    stream = stream or sys.stdout
    try:
        if stream.isatty():
            return shutil.get_terminal_size((default, 24)).columns
    except (AttributeError, ValueError, OSError):
        pass
    return default


def make_console(stream: IO[str] | None = None, width: int | None = None) -> Console:
    """A rich console on ``stream`` at ``width`` (default :func:`terminal_width`); colour only on a terminal."""
    stream = stream or sys.stdout
    return Console(file=stream, width=width or terminal_width(stream), soft_wrap=False, highlight=False)


def wrap_cells(text: str, width: int, indent: str = "", subsequent_indent: str | None = None) -> list[str]:
    """``text`` wrapped to ``width`` terminal cells (a Chinese character counts two). Breaks at spaces
    where there are any, else between Chinese characters; a run of Latin letters or digits (a word, a
    number such as 3,018.1) is never split unless it alone is wider than a line. Existing line breaks
    are kept. ``indent`` starts the first line, ``subsequent_indent`` (default: ``indent``) the others."""
    rest_indent = indent if subsequent_indent is None else subsequent_indent
    lines: list[str] = []
    for paragraph in text.split("\n"):
        prefix = indent if not lines else rest_indent
        line, used = prefix, cell_len(prefix)
        for piece in _pieces(paragraph):
            if piece == " " and line == (indent if not lines else rest_indent):
                continue  # a line never starts with a space of the text (its indent is the caller's)
            size = cell_len(piece)
            if used + size > width and line.strip():
                lines.append(line.rstrip())
                line, used = rest_indent, cell_len(rest_indent)
                if piece == " ":
                    continue
            while used + size > width and size > 1 and len(piece) > 1:  # a piece wider than a whole line
                cut = _fit_prefix(piece, width - used)
                lines.append(line + piece[:cut])
                piece = piece[cut:]
                size = cell_len(piece)
                line, used = rest_indent, cell_len(rest_indent)
            line += piece
            used += size
        lines.append(line.rstrip())
    return lines


def clip_cells(text: str, limit: int, ellipsis: str = "…") -> str:
    """``text`` cut to at most ``limit`` terminal cells at a piece boundary (between words, numbers or
    Chinese characters, as :func:`wrap_cells` breaks), ending in ``ellipsis`` when cut: never half a word."""
    if cell_len(text) <= limit:
        return text
    room = limit - cell_len(ellipsis)
    kept, used = "", 0
    for piece in _pieces(text):
        if used + cell_len(piece) > room:
            break
        kept += piece
        used += cell_len(piece)
    return kept.rstrip(" ,;:，；：、") + ellipsis


_OPENING = frozenset("「『（《“‘【〔")


def _pieces(text: str) -> list[str]:
    """Unbreakable pieces: runs of non-space, non-wide characters (words, numbers), single wide
    characters (each may break), and single spaces."""
    pieces: list[str] = []
    run = ""
    opening = ""  # an opening bracket waits for what follows it: never at the end of a line
    for ch in text:
        if ch == " " or cell_len(ch) > 1:
            if run and ch != " " and not run.strip("([{"):
                opening, run = opening + run, ""  # an ASCII bracket before Chinese text waits too
            if run:
                pieces.append(opening + run)
                run = opening = ""
            if opening and cell_len(ch) > 1 and _closing(ch):
                opening += ch
            elif pieces and cell_len(ch) > 1 and _closing(ch):
                pieces[-1] += ch  # never start a line with closing punctuation
            elif ch in _OPENING:
                opening += ch
            else:
                pieces.append(opening + ch)
                opening = ""
        else:
            run += ch
    if run or opening:
        pieces.append(opening + run)
    return pieces


def _closing(ch: str) -> bool:
    return ch in "，。、；：？！）」』》〉】%％"


_NUMBER_CHARS = frozenset("0123456789.,%+-")


def _inside_number(before: str, after: str) -> bool:
    # a sign or a character after % starts the next number (12%-3.5, 2024-03)
    return before in _NUMBER_CHARS and after in _NUMBER_CHARS and before != "%" and after not in "+-"


def _fit_prefix(piece: str, room: int) -> int:
    """How many characters of an over-long ``piece`` to put on this line: as many as fit, backing off
    so that the cut does not fall inside a number."""
    used, cut = 0, len(piece)
    for i, ch in enumerate(piece):
        used += cell_len(ch)
        if used > room:
            cut = max(i, 1)
            break
    back = cut
    while 0 < back < len(piece) and _inside_number(piece[back - 1], piece[back]):
        back -= 1
    return back if back > 0 else cut


# --------------------------------------------------------------------------- numbers


def magnitudes(lang: Lang = "zh-Hans") -> tuple[tuple[Decimal, str], ...]:
    """The magnitude words of ``lang``, largest first, with their factors: 亿/万 (億/萬 in Traditional),
    bn/m in English (whose words go by thousands, not by ten thousands)."""
    large, small = (BN, MN) if lang == "en" else (YI, WAN)
    return (large, message("magnitude.large", lang)), (small, message("magnitude.small", lang))


def magnitude_of(value: Decimal, lang: Lang = "zh-Hans") -> tuple[Decimal, str]:
    """(factor, word) that ``value`` is written with in ``lang``: (10^8, 亿) for 3,018.1亿; (1, '') when small."""
    return next(((f, w) for f, w in magnitudes(lang) if abs(value) >= f), (Decimal(1), ""))


def format_magnitude(
    value: Decimal, currency: str | None = None, places: int | None = None, lang: Lang | None = None
) -> str:
    """An amount with its magnitude word: 4520000000 → 45.20亿 (``places=2``), 301810000000 HKD →
    3,018.1亿 HKD (``places=None``: every stated digit, no more). With a ``lang``, in the reader's words:
    3,018.1亿港元, 3,018.1億港元, 301.81bn HKD. Below the smallest magnitude the plain number."""
    factor, word = magnitude_of(value, lang or "zh-Hans")
    scaled = value / factor
    if places is not None:
        scaled = scaled.quantize(Decimal(1).scaleb(-places))
    elif scaled == scaled.to_integral_value():
        scaled = scaled.quantize(Decimal(1))
    else:
        scaled = scaled.normalize()
    text = f"{scaled:,f}{word}"
    if not currency:
        return text
    entry = shipped_catalogue().entries.get(f"currency.{currency}")
    if lang in (None, "en") or entry is None:  # no language chosen (market show): the ISO code
        return f"{text} {currency}"
    return text + entry.text(lang)  # 3,018.1亿港元, as the texts write it


def format_number(
    value: Decimal | None, unit: str | None = None, currency: str | None = None, lang: Lang = "zh-Hans"
) -> str:
    """A figure in a claim's unit for a table cell: 77.84%, 3,018.1亿 HKD, 39.72x, 12 bp."""
    if value is None:
        return ""
    if currency:
        return format_magnitude(value, currency, lang=lang)
    if unit == "bp":
        value = (value * 100).normalize()  # held in percentage points (12bp → 0.12); shown as written
    text = f"{value:f}" if value == value.to_integral_value() or abs(value) < WAN else f"{value:,f}"
    if unit == "%":
        return f"{text}%"
    if unit == "x":
        return f"{text}x"
    return f"{text} {unit}" if unit else text


def format_value(claim: Claim, lang: Lang = "zh-Hans") -> str:
    """A claim's value as a person writes it: 77.84%, 8,078.7亿 HKD, 39.72x, R4; a range as low–high."""
    if claim.value is None and claim.low is not None and claim.high is not None:
        low = format_number(claim.low, claim.unit, claim.currency, lang)
        return f"{low}–{format_number(claim.high, claim.unit, claim.currency, lang)}"
    if claim.value is None:
        return claim.label or ""
    return format_number(claim.value, claim.unit, claim.currency, lang)


def metric_words(metric: str, lang: Lang) -> str:
    """A metric in the reader's words (``corpora/messages/metrics.yaml``): growth_yoy → 同比增速; the id
    itself in English, and for a metric the catalogue does not name yet."""
    entry = shipped_catalogue().entries.get(f"metric.{metric}")
    return entry.text(lang) if entry is not None and lang != "en" else metric


def format_period(claim: Claim) -> str:
    """A claim's period, compact: 2024 (a calendar year), 2024-09 (a month), 2025-03-06 (a day), else
    start → end; ``intraday`` after it for a figure read during the session (never the close)."""
    dates = _period_dates(claim)
    if claim.intraday:
        return f"{dates} intraday" if dates else "intraday"
    return dates


def _period_dates(claim: Claim) -> str:
    p = claim.period
    if p is None:
        return ""
    start, end = p.start, p.end
    if start is not None and end is not None:
        if start == end:
            return start.isoformat()
        if (start.month, start.day, end.month, end.day) == (1, 1, 12, 31) and start.year == end.year:
            return str(start.year)
        if start.day == 1 and (start.year, start.month) == (end.year, end.month) and _last_day(end):
            return f"{start:%Y-%m}"
    return f"{start or '…'} → {end or '…'}"


def _last_day(day: dt.date) -> bool:
    return (day + dt.timedelta(days=1)).day == 1


# --------------------------------------------------------------------------- fitting


@dataclass(frozen=True)
class Column:
    """A table column: ``key`` and ``number`` cells never wrap; ``text`` cells wrap down to ``min_width``.
    Higher ``keep`` is dropped later when the table must shrink; ``short`` is the header when space is tight."""

    header: str
    kind: Literal["key", "number", "text"] = "text"
    keep: int = 5
    short: str | None = None
    min_width: int = 8


Cell = str | Text

#: rich's default box with padding 1: each column adds 3 cells (two pads and a rule), plus the closing rule
_PER_COLUMN, _EDGE = 3, 1
#: the compact style (box.SIMPLE_HEAD, no edge, padding collapsed): two cells between columns
_COMPACT_PER_COLUMN, _COMPACT_EDGE = 2, -2
#: what a compact table adds per column, for callers sharing out the room (the edge saves two more)
COMPACT_OVERHEAD = _COMPACT_PER_COLUMN


def _plain(cell: Cell) -> str:
    return cell.plain if isinstance(cell, Text) else cell


def natural_width(cells: Sequence[Cell]) -> int:
    return max((max((cell_len(line) for line in _plain(c).split("\n")), default=0) for c in cells), default=0)


_UNBREAKABLE = re.compile(r"[0-9A-Za-z_.,:%+\-/()]+")


def _need(col: Column, header: str, cells: Sequence[Cell]) -> int:
    natural = max(natural_width(cells), cell_len(header))
    if col.kind == "text":
        # never narrower than its longest number or Latin word, so wrapping never splits one
        longest = max((len(m.group()) for c in cells for m in _UNBREAKABLE.finditer(_plain(c))), default=0)
        longest_word = max((cell_len(w) for w in header.split()), default=0)
        return max(min(natural, max(col.min_width, longest_word)), longest)
    return natural


def fit_table(
    title: str,
    columns: Sequence[Column],
    rows: Sequence[Sequence[Cell]],
    width: int,
    *,
    wide: bool = False,
    compact: bool = False,
    lang: Lang = "en",
) -> tuple[Table, int]:
    """A rich Table of ``rows`` that fits ``width`` cells (see the module docstring), and the width to
    print it at (wider than ``width`` only with ``wide``). ``compact``: no frame, a rule under the
    header and two blanks between columns (a table read at a glance, one line per row)."""
    per_column, edge = (_COMPACT_PER_COLUMN, _COMPACT_EDGE) if compact else (_PER_COLUMN, _EDGE)
    cells_of = [[row[i] for row in rows] for i in range(len(columns))]
    kept = list(range(len(columns)))
    headers = [c.header for c in columns]

    def total(indexes: list[int], names: list[str]) -> int:
        return sum(_need(columns[i], names[i], cells_of[i]) for i in indexes) + per_column * len(indexes) + edge

    dropped: list[str] = []
    if wide:
        width = max(
            width,
            sum(max(natural_width(cells_of[i]), cell_len(headers[i])) for i in kept) + per_column * len(kept) + edge,
        )
    else:
        if total(kept, headers) > width:
            headers = [c.short or c.header for c in columns]
        while total(kept, headers) > width and len(kept) > 1:
            lowest = min(kept, key=lambda i: (columns[i].keep, -i))
            kept.remove(lowest)
            dropped.append(columns[lowest].header)
    widths = {i: _need(columns[i], headers[i], cells_of[i]) for i in kept}
    # share what is left among the text columns, most important first, up to their natural width
    spare = width - sum(widths.values()) - per_column * len(kept) - edge
    text_cols = sorted((i for i in kept if columns[i].kind == "text"), key=lambda i: (-columns[i].keep, i))
    while spare > 0 and text_cols:
        wants = {i: max(natural_width(cells_of[i]), cell_len(headers[i])) - widths[i] for i in text_cols}
        text_cols = [i for i in text_cols if wants[i] > 0]
        if not text_cols:
            break
        share = max(1, spare // len(text_cols))
        for i in text_cols:
            give = min(share, wants[i], spare)
            widths[i] += give
            spare -= give
    if compact:
        table = Table(
            title=title, title_justify="left", expand=False, box=box.SIMPLE_HEAD, show_edge=False, pad_edge=False,
            collapse_padding=True,
        )
    else:
        table = Table(title=title, title_justify="left", expand=False)
    for i in kept:
        col = columns[i]
        if col.kind == "text":
            table.add_column(headers[i], overflow="fold", width=widths[i])
        else:
            justify = "right" if col.kind == "number" else "left"
            table.add_column(headers[i], no_wrap=True, width=widths[i], justify=justify)
    for row in rows:
        # text cells are wrapped here (numbers and Latin words whole); rich only lays the lines out
        table.add_row(*(_wrapped(row[i], widths[i]) if columns[i].kind == "text" else row[i] for i in kept))
    if dropped:
        table.caption = message("table.not_shown", lang, width=width, columns=", ".join(dropped))
        table.caption_justify = "left"
    return table, width


def _wrapped(cell: Cell, width: int) -> Cell:
    if isinstance(cell, Text) or cell_len(cell) <= width:
        return cell
    return "\n".join(wrap_cells(cell, width))


def claims_table(result: DocumentResult, width: int, *, wide: bool = False, lang: Lang = "en") -> tuple[Table, int]:
    """Claims of one document: subject, metric, value, period, source, words with offsets."""
    columns = [
        Column(message("header.id", lang), "key", keep=10),
        Column(message("header.subject", lang), keep=8, min_width=6),
        Column(message("header.metric", lang), "key", keep=9),
        Column(message("header.value", lang), "number", keep=10),
        Column(message("header.period", lang), keep=7, min_width=10),
        Column(message("header.source", lang), keep=3, min_width=6),
        Column(message("header.text_at", lang), keep=4, short="text@", min_width=8),
    ]
    rows = []
    for c in result.claims:
        subject = c.subject.alias if c.subject else ""
        source = ", ".join(c.source.sources) if c.source else (f"({c.attribution})" if c.attribution else "")
        rows.append(
            [
                c.id,
                subject,
                metric_words(c.metric, lang),
                format_value(c, lang),
                format_period(c),
                source,
                f"{c.text} @{c.span.start}-{c.span.end}",
            ]
        )
    meta = result.meta
    as_of = (
        message("table.as_of", lang, date=meta.as_of, source=as_of_source_words(meta.as_of_source or "given", lang))
        if meta.as_of
        else message("table.no_as_of", lang)
    )
    title = message("table.claims_title", lang, path=meta.path, count=len(result.claims), as_of=as_of)
    return fit_table(title, columns, rows, width, wide=wide, lang=lang)


def unattributed_table(
    result: DocumentResult, width: int, *, wide: bool = False, lang: Lang = "en"
) -> tuple[Table, int] | None:
    """The numeric mentions that became no claim, each with the reason (None when there are none)."""
    items = getattr(result, "unattributed", [])
    if not items:
        return None
    columns = [
        Column(message("header.mention", lang), "key", keep=10),
        Column(message("header.text_at", lang), keep=8, short="text@", min_width=10),
        Column(message("header.not_a_claim", lang), keep=9, short="reason", min_width=16),
    ]
    rows = [[u.mention_id, f"{u.text} @{u.span.start}-{u.span.end}", explained(u.reason, lang)] for u in items]
    path = result.meta.path
    what = (
        message("table.unattributed_one", lang, path=path)
        if len(items) == 1
        else message("table.unattributed_title", lang, path=path, count=len(items))
    )
    return fit_table(what, columns, rows, width, wide=wide, lang=lang)


def as_of_source_words(source: str, lang: Lang) -> str:
    """Where the as-of date came from, in ``lang`` (a source the catalogue does not name: as written)."""
    entry = shipped_catalogue().entries.get(f"as_of_source.{source}")
    return entry.text(lang) if entry is not None else source


def decision_lines(result: DocumentResult, width: int, lang: Lang = "en") -> list[str]:
    """``extract --explain``: how each claim was read (``decided_by``: the rule and cue for its subject,
    metric, period …), one claim after another, wrapped to ``width``."""
    out = ["", message("explain.heading", lang, path=result.meta.path)]
    for c in result.claims:
        subject = c.subject.alias if c.subject else ""
        out.append("")
        shown = f"{c.id}  {subject}  {metric_words(c.metric, lang)}  {format_value(c, lang)}  「{c.text}」"
        out.extend(wrap_cells(shown, width,
                              subsequent_indent="    "))
        for key, how in c.decided_by.items():
            label = message(f"why.word.{key}", lang) if f"why.word.{key}" in shipped_catalogue().entries else key
            out.extend(wrap_cells(explained(how, lang), width, indent=f"    {label}{message('explain.colon', lang)}",
                                  subsequent_indent="      "))
    return [*out, ""]
