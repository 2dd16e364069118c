"""Tables as claims: a broker's forecast table and a fund report's performance table, one claim per cell.

A table is a run of lines whose cells are separated by tabs (PDF tables, Word tables and HTML tables all
reach the text in that form, analyzer/ingest), or a markdown pipe table: ``| a | b |`` lines whose heading
row is followed by a rule line (``|---|---|``); a line with pipes and no rule under its first line is prose.
Vocabulary in ``corpora/patterns/tables.yaml``.

* Forecast table: a heading row with fiscal-year columns (2023A 2024E …); each data row whose label is a
  known metric (营业收入, 归母净利润, EPS, PE …) gives one claim per year cell: the row's metric, the
  column's fiscal year as the period, ``forecast`` for an E/F/P column, money in the unit the table's
  heading, the line above it or the row label names (百万元, 亿元).
* Performance table: a heading row starting with 阶段 and columns 净值增长率 / 业绩比较基准收益率 / ①-③;
  each stage row (过去三个月 …) gives the fund's and the benchmark's return (and the excess) for the period
  its stage words state.
* Holdings table: a heading row with a name column (股票名称, 证券名称 …) and columns whose headings name a
  metric (占基金资产净值比例, 公允价值(元), 数量(股)); each row's name is the subject of its cells, dated
  at the end of the period the table's title states (前十大重仓股(截至2020年末)).

A forecast or performance table names no company or fund, so the subject stays open and says so
(``uncertain: …``). Claims the sentence reader made from the same cells are replaced, so a cell is one
claim. One pass over the lines.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from analyzer.claims.certainty import uncertain
from analyzer.claims.subject import default_matcher
from analyzer.datafiles import load_model
from analyzer.errors import IngestError
from analyzer.resources import corpora_path
from analyzer.types import Claim, DocumentResult, Mention, MentionKind, Period, Span, SubjectRef

__all__ = ["table_claims"]

_FOLD = {c: c - 0xFEE0 for c in range(0xFF01, 0xFF5F)} | {0x3000: 0x20, 0x2212: 0x2D, 0x2013: 0x2D}
_NUMBER = re.compile(r"^(?P<neg>-)?(?P<paren>\()?(?P<num>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)\)?(?P<pct>%)?$")


class RowMetric(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    label: str
    metric: str
    kind: str = Field(pattern="^(money|percent|multiple|per_share)$")
    of: str = ""


class PerformanceColumn(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    heading: str
    metric: str
    whose: str


class Performance(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    stage: tuple[str, ...]
    columns: tuple[PerformanceColumn, ...]


class HoldingColumn(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    heading: str
    metric: str
    kind: str = Field(pattern="^(money|percent|count)$")


class Holdings(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    names: dict[str, str]  # a name column's heading → the kind of subject its cells name
    not_names: tuple[str, ...]  # a row's label that names no holding (合计): its cells are no holding's
    columns: tuple[HoldingColumn, ...]
    count_units: tuple[str, ...]


class TableVocabulary(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    year_heading: str
    forecast_marks: tuple[str, ...]
    units: dict[str, int]
    rows: tuple[RowMetric, ...]
    performance: Performance
    holdings: Holdings


@lru_cache(maxsize=1)
def vocabulary() -> tuple[TableVocabulary, re.Pattern[str], list[tuple[str, int]], list[RowMetric]]:
    vocab = load_model(corpora_path("patterns", "tables.yaml"), TableVocabulary, IngestError, "E115",
                       "the table vocabulary")
    try:
        year = re.compile(vocab.year_heading)
    except re.error as exc:
        raise IngestError(f"tables.yaml: year_heading does not compile ({exc})", code="E115") from None
    units = sorted(vocab.units.items(), key=lambda kv: -len(kv[0]))
    rows = sorted(vocab.rows, key=lambda r: -len(r.label))
    return vocab, year, units, rows


@dataclass(frozen=True, slots=True)
class _Cell:
    start: int  # in the simplified text
    end: int
    text: str  # folded


@dataclass(frozen=True, slots=True)
class _Table:
    above: str  # the line above the table (folded)
    above_span: tuple[int, int]  # where it stands in the simplified text
    rows: list[list[_Cell]]


#: a markdown table's row (``| a | b |``; full-width bars fold to ``|``) and its rule line (``|---|:--:|``)
_PIPE_ROW = re.compile(r"[ \t]*\|(.*)\|[ \t]*")
_PIPE_RULE = re.compile(r"[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+(?:[ \t]*:?-+:?[ \t]*)?")
#: a cell boundary in a markdown row: a bar not escaped (``\|`` is a bar in a cell's words)
_PIPE = re.compile(r"(?<!\\)\|")


def _split(line: str, start: int, bounds: list[tuple[int, int]]) -> list[_Cell]:
    """The cells of ``line`` (folded) at ``start`` in the text, between the cell boundaries ``bounds``."""
    cells = []
    for lo, hi in bounds:
        raw = line[lo:hi]
        lead = len(raw) - len(raw.lstrip())
        body = raw.strip()
        cells.append(_Cell(start + lo + lead, start + lo + lead + len(body), body))
    return cells


def _tab_cells(line: str, start: int) -> list[_Cell]:
    bounds, at = [], 0
    for raw in line.split("\t"):
        bounds.append((at, at + len(raw)))
        at += len(raw) + 1
    return _split(line, start, bounds)


def _pipe_cells(line: str, start: int) -> list[_Cell] | None:
    """The cells of a markdown row, or None when ``line`` is no such row (two cells at least)."""
    m = _PIPE_ROW.fullmatch(line)
    if m is None:
        return None
    inner_start, inner_end = m.span(1)
    bars = [inner_start - 1, *(b.start() for b in _PIPE.finditer(line, inner_start, inner_end)), inner_end]
    if len(bars) < 3:
        return None
    return _split(line, start, [(bars[k] + 1, bars[k + 1]) for k in range(len(bars) - 1)])


def _rows(text: str) -> list[_Table]:
    """Tables of ``text`` (tab-separated runs and markdown pipe tables), each with the line above it."""
    tables: list[_Table] = []
    above, above_span = "", (0, 0)
    current: list[list[_Cell]] | None = None
    piped = False  # the current table is a markdown one (its rows are pipe rows)
    lines = text.split("\n")
    pos = 0
    for i, raw in enumerate(lines):
        start, pos = pos, pos + len(raw) + 1
        line = raw.translate(_FOLD)  # one character for one: offsets hold
        cells: list[_Cell] | None = None
        if "|" in line:
            if current is not None and piped and _PIPE_RULE.fullmatch(line):
                continue  # a rule line between rows
            cells = _pipe_cells(line, start)
            below = lines[i + 1].translate(_FOLD) if i + 1 < len(lines) else ""
            opens = cells is not None and bool(_PIPE_RULE.fullmatch(below))
            if cells is not None and not (opens or (current is not None and piped)):
                cells = None  # bars in a line of prose, not a table
            if cells is not None and (current is None or not piped or opens):
                current, piped = [], True
                tables.append(_Table(above, above_span, current))
        if cells is None and "\t" in line:
            cells = _tab_cells(line, start)
            if current is None or piped:
                current, piped = [], False
                tables.append(_Table(above, above_span, current))
        if cells is None:
            current = None
            if line.strip():
                above, above_span = line, (start, start + len(line))
            continue
        current.append(cells)  # type: ignore[union-attr]
    return tables


def _unit(*texts: str) -> tuple[str, int] | None:
    _, _, units, _ = vocabulary()
    for t in texts:
        for word, scale in units:
            if word in t:
                return word, scale
    return None


def _number(cell: str) -> tuple[Decimal, bool] | None:
    m = _NUMBER.match(cell.replace(" ", ""))
    if m is None:
        return None
    try:
        value = Decimal(m["num"].replace(",", ""))
    except InvalidOperation:
        return None
    return (-value if m["neg"] or m["paren"] else value), bool(m["pct"])


class _Builder:
    def __init__(self, result: DocumentResult) -> None:
        self.result = result
        self.claims: list[Claim] = []
        self.mentions: list[Mention] = []
        self.cells: list[Span] = []
        self._n_claim = _next_number(c.id for c in result.claims)
        self._n_mention = _next_number(m.id for m in result.mentions)
        self._by_span = {(m.span.start, m.span.end): m for m in result.mentions}

    def span(self, cell: _Cell) -> Span:
        return self.result.span_from_simplified(cell.start, cell.end)

    def mention(self, cell: _Cell, kind: MentionKind, value: Decimal, stated: Decimal, **kw: object) -> Mention:
        span = self.span(cell)
        found = self._by_span.get((span.start, span.end))
        if found is not None and found.kind is kind and found.value == value:
            return found
        self._n_mention += 1
        mention = Mention(
            id=f"m{self._n_mention}", kind=kind, text=span.slice(self.result.text), span=span, value=value,
            stated=stated, recognizer="table", pattern="table cell", **kw,  # type: ignore[arg-type]
        )
        self.mentions.append(mention)
        return mention

    def claim(self, mention: Mention, row: list[_Cell], **kw: object) -> None:
        self._n_claim += 1
        sentence = self.result.span_from_simplified(row[0].start, row[-1].end)
        self.claims.append(Claim(
            id=f"c{self._n_claim}", mention_id=mention.id, span=mention.span, text=mention.text,
            sentence=sentence, value=mention.value, unit=mention.unit, currency=mention.currency, **kw,  # type: ignore[arg-type]
        ))
        self.cells.append(mention.span)


def _next_number(ids: object) -> int:
    best = 0
    for i in ids:  # type: ignore[attr-defined]
        digits = i[1:]
        if digits.isdigit():
            best = max(best, int(digits))
    return best


def _forecast_table(b: _Builder, above: str, rows: list[list[_Cell]]) -> bool:
    _, _, _, row_vocab = vocabulary()
    found = next(((h, years) for h, row in enumerate(rows) if len(years := _year_columns(row)) >= 2), None)
    if found is None:
        return False
    h, years = found
    heading = rows[h]
    table_unit = _unit(heading[0].text, above)
    for row in rows[h + 1 :]:
        label = row[0].text.replace(" ", "")
        kind = next((r for r in row_vocab if label.upper().startswith(r.label.upper())), None)
        if kind is None:
            continue
        unit = _unit(label) or table_unit
        for k, (year, forecast, head) in years.items():
            if k >= len(row) or (parsed := _number(row[k].text)) is None:
                continue
            value, percent = parsed
            if kind.kind == "money" and unit is None:
                continue  # an amount without a unit is not a claim we can state
            mention = _cell_mention(b, row[k], kind.kind, value, percent, unit)
            head_text = b.span(head).slice(b.result.text)
            what = f"; growth of {kind.of}" if kind.of else ""
            b.claim(
                mention, row, subject=None, metric=kind.metric, forecast=forecast,
                basis="yoy" if kind.metric == "growth_yoy" else None,
                period=Period(start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), text=head_text, span=b.span(head)),
                confidence=0.5,
                decided_by={
                    "metric": f"the row label 「{b.span(row[0]).slice(b.result.text)}」 of a table{what}",
                    "period": f"the column heading 「{head_text}」: fiscal year {year}"
                    + (", a forecast" if forecast else ""),
                    "subject": uncertain("a table's figure: the company is the report's, not named in the table"),
                },
            )
    return True


def _year_columns(heading: list[_Cell]) -> dict[int, tuple[int, bool, _Cell]]:
    """Column index → (fiscal year, forecast?, heading cell) of a row's year headings (2023A, 2024E)."""
    vocab, year_re, _, _ = vocabulary()
    years = {}
    for k, cell in enumerate(heading[1:], 1):
        m = year_re.match(cell.text)
        if m:
            mark = m["mark"] or m["word"] or ""
            years[k] = (int(m["year"]), mark in vocab.forecast_marks, cell)
    return years


def _cell_mention(
    b: _Builder, cell: _Cell, kind: str, value: Decimal, percent: bool, unit: tuple[str, int] | None
) -> Mention:
    if kind == "percent" or percent:
        return b.mention(cell, MentionKind.PERCENT, value, value, unit="%")
    if kind == "multiple":
        return b.mention(cell, MentionKind.MULTIPLE, value, value, unit="x")
    word = unit[0] if unit else ""
    currency = "HKD" if "港" in word else "USD" if "美元" in word else "CNY"
    if kind == "per_share":
        return b.mention(cell, MentionKind.MONEY, value, value, unit=currency, currency=currency)
    word, scale = unit or ("元", 1)
    return b.mention(
        cell, MentionKind.MONEY, value * scale, value, unit=currency, currency=currency,
        magnitude=word.removesuffix("元").removesuffix("港").removesuffix("美") or None, scale=scale,
    )


def _performance_table(b: _Builder, rows: list[list[_Cell]]) -> bool:
    vocab, _, _, _ = vocabulary()
    perf = vocab.performance
    h = next((i for i, row in enumerate(rows) if row[0].text.startswith(perf.stage)), None)
    if h is None:
        return False
    heading = rows[h]
    columns = {}
    for k, cell in enumerate(heading[1:], 1):
        heading_text = cell.text.replace(" ", "")
        fits = [c for c in perf.columns if heading_text.startswith(c.heading)]
        col = max(fits, key=lambda c: len(c.heading)) if fits else None
        if col is not None and col.metric:
            columns[k] = (col, cell)
    if not columns:
        return False
    for row in rows[h + 1 :]:
        period = _stage_period(b, row[0])
        for k, (col, head) in columns.items():
            if k >= len(row) or (parsed := _number(row[k].text)) is None:
                continue
            mention = b.mention(row[k], MentionKind.PERCENT, parsed[0], parsed[0], unit="%")
            stated = period.start is not None and period.end is not None
            b.claim(
                mention, row, subject=None, metric=col.metric, period=period, confidence=0.5,
                decided_by={
                    "metric": f"the column heading 「{b.span(head).slice(b.result.text)}」 of a performance table",
                    "period": f"the stage 「{period.text}」 of its row"
                    if stated else uncertain(f"the stage 「{period.text}」 gives no dates"),
                    "subject": uncertain(f"the {col.whose} of a performance table, not named in the table"),
                },
            )
    return True


def _stage_period(b: _Builder, cell: _Cell) -> Period:
    span = b.span(cell)
    words = span.slice(b.result.text)
    for m in b.result.mentions:
        if m.kind is MentionKind.PERIOD and span.contains(m.span) and m.start_date and m.end_date:
            return Period(start=m.start_date, end=m.end_date, text=words, span=span, year_inferred=m.year_inferred)
    return Period(start=None, end=None, text=words, span=span)


def _holdings_table(b: _Builder, table: _Table) -> bool:
    vocab, _, _, _ = vocabulary()
    hold = vocab.holdings
    rows = table.rows
    heading = rows[0]
    names = [(k, kind) for k, cell in enumerate(heading) if (kind := hold.names.get(_words(cell)))]
    columns = {}
    for k, cell in enumerate(heading):
        fits = [c for c in hold.columns if _words(cell).startswith(c.heading)]
        if fits:
            columns[k] = (max(fits, key=lambda c: len(c.heading)), cell)
    if not names or not columns:
        return False
    name_at, kind = names[0]
    period = _as_at(b, table)
    for row in rows[1:]:
        name = row[name_at].text if name_at < len(row) else ""
        if not name or _number(name) is not None or name.replace(" ", "") in hold.not_names:
            continue
        subject = _subject(b, row[name_at], kind)
        for k, (col, head) in columns.items():
            if k >= len(row) or (parsed := _number(row[k].text)) is None:
                continue
            value, _ = parsed
            head_text = b.span(head).slice(b.result.text)
            if col.kind == "percent":
                mention = b.mention(row[k], MentionKind.PERCENT, value, value, unit="%")
            elif col.kind == "money":
                unit = _unit(head.text, table.above)
                if unit is None:
                    continue  # an amount without a unit is not a claim we can state
                mention = _cell_mention(b, row[k], "money", value, False, unit)
            else:
                word = next((u for u in hold.count_units if u in head.text), None)
                if word is None:
                    continue
                mention = b.mention(row[k], MentionKind.COUNT, value, value, unit=word)
            b.claim(
                mention, row, subject=subject, metric=col.metric, period=period, confidence=0.5,
                decided_by={
                    "metric": f"the column heading 「{head_text}」 of a holdings table",
                    "subject": f"the name 「{subject.alias}」 of its row in a holdings table",
                    "period": f"the table's title 「{period.text}」: holdings at its end"
                    if period is not None else uncertain("a holdings table whose title states no date"),
                },
            )
    return True


def _words(cell: _Cell) -> str:
    return cell.text.replace(" ", "")


def _subject(b: _Builder, cell: _Cell, kind: str) -> SubjectRef:
    """The row's name: its registry or master entry when the whole cell is one, else the words as written."""
    span = b.span(cell)
    alias = span.slice(b.result.text)
    hit = next((h for h in default_matcher().find(cell.text) if h.start == 0 and h.end == len(cell.text)), None)
    if hit is not None and hit.id is not None:
        return SubjectRef(id=hit.id, alias=alias, kind=hit.kind, span=span, code=hit.code, source=hit.source)
    return SubjectRef(id=None, alias=alias, kind=kind, span=span, source="surface")


def _as_at(b: _Builder, table: _Table) -> Period | None:
    """The day the table's title (the line above it) dates its holdings to: the end of the period it names."""
    lo, hi = table.above_span
    if hi <= lo:
        return None
    span = b.result.span_from_simplified(lo, hi)
    for m in b.result.mentions:
        if m.kind is MentionKind.PERIOD and span.contains(m.span) and m.end_date:
            return Period(start=m.end_date, end=m.end_date, text=m.text, span=m.span, year_inferred=m.year_inferred)
    return None


def table_claims(result: DocumentResult) -> None:
    """Add the claims of the document's forecast, performance and holdings tables to ``result`` (in place)."""
    if "\t" not in result.simplified and "|" not in result.simplified and "｜" not in result.simplified:
        return
    b = _Builder(result)
    for table in _rows(result.simplified):
        _forecast_table(b, table.above, table.rows) or _performance_table(b, table.rows) or _holdings_table(b, table)
    if not b.claims:
        return
    taken = {(s.start, s.end) for s in b.cells}

    def inside(span: Span) -> bool:
        return (span.start, span.end) in taken

    result.claims = sorted(
        [c for c in result.claims if not inside(c.span)] + b.claims, key=lambda c: (c.span.start, c.span.end)
    )
    result.unattributed = [u for u in result.unattributed if not inside(u.span)]
    result.mentions = sorted(result.mentions + b.mentions, key=lambda m: (m.span.start, m.span.end))
