"""Read CSV and Excel exports (Wind/Choice layouts) into dated Decimal rows.

Finds the header row by its date column (日期, 交易日期, date, …), picks the value column by the
field being imported (收盘价 for close, 市盈率TTM for pe_ttm, 净流入 for net_inflow, 同比 for yoy) or by
being the only numeric column, scales by a unit in the header (净流入(亿元) → ×1e8), and skips blank
rows, title rows and footers such as ``数据来源：Wind`` with a reason per row.
"""

from __future__ import annotations

import calendar
import csv
import datetime as dt
import io
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, DecimalException, InvalidOperation
from pathlib import Path

from analyzer.datafiles import read_regular, require_regular
from analyzer.errors import MarketDataError
from analyzer.verify.store import check_storable

MAX_HEADER_SCAN = 50

# fmt: off
DATE_HEADERS = ("日期", "交易日期", "时间", "時間", "月份", "指标名称", "指標名稱", "date", "trade_date", "tradedate",
                "time", "month", "截止日期", "统计日期", "統計日期")
VALUE_HEADERS: dict[str, tuple[str, ...]] = {
    "close": ("收盘价", "收盤價", "收盘", "收盤", "收盘点位", "收盤點位", "close", "closeprice", "adjclose"),
    "pe_ttm": ("市盈率ttm", "市盈率(ttm)", "pe(ttm)", "pe_ttm", "pettm", "滚动市盈率", "滾動市盈率"),
    "pb": ("市净率", "市淨率", "pb", "pb(lf)", "pb_lf"),
    "net_inflow": ("净流入", "淨流入", "净买入", "淨買入", "净流入额", "淨流入額", "成交净买额", "成交淨買額",
                   "当日成交净买额", "當日成交淨買額", "net_inflow", "netinflow", "netbuy"),
    "yoy": ("同比", "同比增长", "同比增長", "同比增速", "同比(%)", "yoy"),
}
GENERIC_VALUE_HEADERS = ("value", "数值", "數值", "值")
FOOTER_PREFIXES = ("数据来源", "數據來源", "资料来源", "資料來源", "来源", "來源", "source", "注", "註", "备注", "備註",
                   "wind", "choice")
NO_VALUE = {"", "-", "--", "—", "——", "n/a", "na", "nan", "null", "none", "#n/a"}
UNIT_SCALES = {"万亿": Decimal(10) ** 12, "萬億": Decimal(10) ** 12, "亿": Decimal(10) ** 8, "億": Decimal(10) ** 8,
               "百万": Decimal(10) ** 6, "百萬": Decimal(10) ** 6, "万": Decimal(10) ** 4, "萬": Decimal(10) ** 4}
# fmt: on

_PAREN = re.compile(r"[（(\[【]([^）)\]】]*)[）)\]】]")
_DATE_PATTERNS = (
    (re.compile(r"^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?$"), "day"),
    (re.compile(r"^(\d{4})年(\d{1,2})月(\d{1,2})日$"), "day"),
    (re.compile(r"^(\d{4})(\d{2})(\d{2})$"), "day"),
    (re.compile(r"^(\d{4})[-/.](\d{1,2})$"), "month"),
    (re.compile(r"^(\d{4})年(\d{1,2})月份?$"), "month"),
    (re.compile(r"^(\d{4})[-/ ]?Q([1-4])$", re.IGNORECASE), "quarter"),
    (re.compile(r"^(\d{4})年(?:第)?([1-4一二三四])季度?$"), "quarter"),
)
_QUARTER_DIGITS = {"一": 1, "二": 2, "三": 3, "四": 4}
#: fields whose values are prices or levels: zero or negative means a wrong column or a broken export
POSITIVE_FIELDS = frozenset({"close", "close_qfq", "open", "high", "low", "nav", "level"})
MIN_SCALE = Decimal("1e-10")
MAX_SCALE = Decimal("1e12")


@dataclass(frozen=True, slots=True)
class Skipped:
    """A row left out (or a run of ``rows`` blank rows from ``row`` on), its 1-based row number and why."""

    row: int
    reason: str
    rows: int = 1


@dataclass
class ParsedExport:
    """The dated values read from one export file."""

    path: Path
    date_column: str
    value_column: str
    scale: Decimal
    rows: list[tuple[dt.date, Decimal]] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    rows_read: int = 0

    @property
    def n_skipped(self) -> int:
        """How many rows were left out (a run of blank rows counts each row)."""
        return sum(s.rows for s in self.skipped)


def check_scale(scale: Decimal) -> None:
    """Refuse a scale that is not a finite number between 1e-10 and 1e12 (coded E509)."""
    if not scale.is_finite() or not (MIN_SCALE <= scale <= MAX_SCALE):
        raise MarketDataError(
            f"scale {scale} is not a number between {MIN_SCALE} and {MAX_SCALE:.0E} (1e8 turns 亿 into units)",
            code="E509",
        )


def _error(path: Path, message: str, code: str) -> MarketDataError:
    return MarketDataError(f"{path.name}: {message}", code=code)


def _norm_header(cell: object) -> str:
    text = "" if cell is None else str(cell)
    return re.sub(r"\s+", "", text).replace("（", "(").replace("）", ")").lower()


def _bare_header(cell: object) -> str:
    """Header without a unit in parentheses: 净流入(亿元) → 净流入, 收盘价(元) → 收盘价."""
    text = _norm_header(cell)
    stripped = _PAREN.sub("", text)
    return stripped or text


def header_scale(cell: object) -> Decimal:
    """The magnitude a header's unit states: (亿元) → 1e8, (万元) → 1e4; 1 otherwise."""
    for unit in _PAREN.findall(str(cell or "")):
        for word, scale in UNIT_SCALES.items():
            if unit.startswith(word):
                return scale
    return Decimal(1)


def parse_date(cell: object) -> dt.date | None:
    """A cell as a date; month-only values (2024-09, 2024年9月) give the month's last day, quarters
    (2025-Q1, 2025年1季度) the quarter's last day."""
    if isinstance(cell, dt.datetime):
        return cell.date()
    if isinstance(cell, dt.date):
        return cell
    if cell is None or isinstance(cell, bool | float):
        return None
    text = str(cell).strip()
    for pattern, precision in _DATE_PATTERNS:
        match = pattern.match(text)
        if not match:
            continue
        if precision == "quarter":
            q = match.group(2)
            quarter = _QUARTER_DIGITS.get(q) or int(q)
            year, month = int(match.group(1)), quarter * 3
            return dt.date(year, month, calendar.monthrange(year, month)[1])
        year, month = int(match.group(1)), int(match.group(2))
        try:
            if precision == "month":
                return dt.date(year, month, calendar.monthrange(year, month)[1])
            return dt.date(year, month, int(match.group(3)))
        except ValueError:
            return None
    return None


def parse_value(cell: object) -> Decimal | None:
    """A cell as a Decimal (floats through their shortest repr); None when it holds no number."""
    if isinstance(cell, bool):
        return None
    if isinstance(cell, int):
        return Decimal(cell)
    if isinstance(cell, float):
        return Decimal(repr(cell)) if cell == cell and cell not in (float("inf"), float("-inf")) else None
    if isinstance(cell, Decimal):
        return cell
    text = str(cell).strip().replace(",", "").replace("，", "").replace("\u2009", "").replace(" ", "")
    text = text.removesuffix("%").replace("−", "-").lstrip("+")
    try:
        value = Decimal(text)
    except InvalidOperation:
        return None
    return value if value.is_finite() else None


def read_cells(path: Path) -> list[list[object]]:
    """All rows of a CSV/TSV (UTF-8, UTF-8 BOM or GB18030) or the first sheet of an .xlsx; a sheet's rows
    are read as they exist in the file (a crafted used range such as A1:XFD1048576 is not filled in)."""
    if not path.exists():
        raise _error(path, "file not found", "E501")
    require_regular(path)  # a FIFO or device: E107 unread, never a hang
    suffix = path.suffix.lower()
    if suffix in (".xlsx", ".xlsm"):
        return _read_xlsx(path)
    if suffix in (".csv", ".tsv", ".txt"):
        return _read_csv(path)
    raise _error(path, f"unsupported file type {suffix or '(none)'}; use .csv or .xlsx", "E502")


def _read_xlsx(path: Path) -> list[list[object]]:
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a broken file
        raise _error(path, f"cannot read Excel workbook: {exc}".replace("\n", " "), "E505") from exc
    try:
        sheet = book.worksheets[0]
        # the stated used range is the file's claim, not its content: without it only the cells present
        # are read (a 5 KB file claiming XFD1048576 would otherwise pad 17 billion cells); rows missing
        # between two present ones come back as the empty tuple, which costs nothing
        sheet.reset_dimensions()
        return list(sheet.iter_rows(values_only=True))
    finally:
        book.close()


def _read_csv(path: Path) -> list[list[object]]:
    raw = read_regular(path)
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            text = raw.decode(encoding)
            break
        except UnicodeDecodeError:
            continue
    else:
        raise _error(path, "cannot decode as UTF-8 or GB18030", "E505")
    sample = text[:4096]
    delimiter = "\t" if sample.count("\t") > sample.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    try:
        return [list(row) for row in reader]
    except csv.Error as exc:  # a field over csv.field_size_limit() (128 KB): no export has one
        raise _error(path, f"row {reader.line_num}: cannot read as CSV ({exc})", "E505") from None


def _find_header(cells: Sequence[Sequence[object]]) -> tuple[int, int] | None:
    """(row index, date column index) of the first row naming a date column."""
    for r, row in enumerate(cells[:MAX_HEADER_SCAN]):
        for c, cell in enumerate(row):
            if _bare_header(cell) in DATE_HEADERS:
                return r, c
    return None


def _find_value_column(
    path: Path, header: Sequence[object], date_col: int, field_name: str, column: str | None
) -> int | None:
    names = [_bare_header(h) for h in header]
    if column is not None:
        wanted = _bare_header(column)
        hits = [i for i, n in enumerate(names) if n == wanted or _norm_header(header[i]) == _norm_header(column)]
        if not hits:
            shown = ", ".join(str(h) for h in header if h not in (None, ""))
            raise _error(path, f"no column named {column!r} (columns: {shown})", "E504")
        return hits[0]
    candidates = VALUE_HEADERS.get(field_name, ()) + GENERIC_VALUE_HEADERS
    exact = [i for i, n in enumerate(names) if i != date_col and n in candidates]
    if len(exact) == 1:
        return exact[0]
    partial = [
        i for i, n in enumerate(names) if i != date_col and any(c in n for c in VALUE_HEADERS.get(field_name, ()))
    ]
    if len(partial) == 1:
        return partial[0]
    if len(exact) > 1 or len(partial) > 1:
        shown = ", ".join(str(header[i]) for i in sorted(set(exact + partial)))
        raise _error(path, f"several columns could hold {field_name} ({shown}); choose one with --column", "E504")
    return None


def _numeric_columns(cells: Sequence[Sequence[object]], start: int, date_col: int) -> list[int]:
    width = max((len(r) for r in cells[start : start + 20]), default=0)
    found = []
    for c in range(width):
        if c == date_col:
            continue
        sample = [r[c] for r in cells[start : start + 20] if c < len(r) and r[c] not in (None, "")]
        if sample and sum(parse_value(v) is not None for v in sample) * 2 > len(sample):
            found.append(c)
    return found


def _skip_blank(skipped: list[Skipped], rownum: int) -> None:
    """Record a blank row, joining it to a run of blank rows just before it (one entry per run)."""
    last = skipped[-1] if skipped else None
    if last is not None and last.reason.startswith("blank row") and last.row + last.rows == rownum:
        n = last.rows + 1
        skipped[-1] = Skipped(last.row, f"blank rows {last.row}–{rownum} ({n})", n)
    else:
        skipped.append(Skipped(rownum, "blank row"))


def parse_export(
    path: Path, field_name: str, *, column: str | None = None, scale: Decimal | None = None
) -> ParsedExport:
    """Read the date and value columns of an export; every row not taken is in ``skipped`` with a reason.

    A value the store cannot hold (not finite, 1e30, one that ``scale`` shrinks to 0 at 10 decimal places)
    fails the whole import with a coded error naming the row: a wrong column or unit, not a row to drop.
    A close or level at or below zero is skipped with its reason.
    """
    if scale is not None:
        check_scale(scale)
    cells = read_cells(path)
    found = _find_header(cells)
    if found is not None:
        header_row, date_col = found
        header = cells[header_row]
        data_start = header_row + 1
    else:
        header_row, date_col, header = -1, -1, []
        for r, row in enumerate(cells[:MAX_HEADER_SCAN]):
            date_cols = [c for c, cell in enumerate(row) if parse_date(cell) is not None]
            if date_cols:
                date_col = date_cols[0]
                header_row = r - 1
                header = cells[r - 1] if r else []
                break
        if date_col < 0:
            raise _error(
                path,
                f"no date column found in the first {MAX_HEADER_SCAN} rows (looked for a header such as "
                "日期, 交易日期, date, or a column of dates)",
                "E503",
            )
        data_start = header_row + 1
    value_col = _find_value_column(path, header, date_col, field_name, column) if header else None
    if value_col is None:
        numeric = _numeric_columns(cells, data_start, date_col)
        if len(numeric) != 1:
            what = "no numeric column" if not numeric else f"{len(numeric)} numeric columns"
            raise _error(
                path,
                f"cannot tell which column holds {field_name}: {what} besides the date; name it with --column",
                "E504",
            )
        value_col = numeric[0]
    value_header = header[value_col] if value_col < len(header) else None
    factor = scale if scale is not None else header_scale(value_header)
    parsed = ParsedExport(
        path=path,
        date_column=str(header[date_col])
        if date_col < len(header) and header[date_col] is not None
        else f"#{date_col + 1}",
        value_column=str(value_header) if value_header is not None else f"#{value_col + 1}",
        scale=factor,
    )
    seen: dict[dt.date, tuple[int, Decimal]] = {}
    for r in range(data_start, len(cells)):
        row = cells[r]
        rownum = r + 1
        parsed.rows_read += 1
        if all(cell is None or str(cell).strip() == "" for cell in row):
            _skip_blank(parsed.skipped, rownum)
            continue
        date_cell = row[date_col] if date_col < len(row) else None
        day = parse_date(date_cell)
        if day is None:
            first = next((str(c).strip() for c in row if c is not None and str(c).strip()), "")
            if first.lower().startswith(FOOTER_PREFIXES):
                parsed.skipped.append(Skipped(rownum, f"footer: {first[:40]}"))
            else:
                parsed.skipped.append(Skipped(rownum, f"not a date: {str(date_cell).strip()[:40]!r}"))
            continue
        value_cell = row[value_col] if value_col < len(row) else None
        value = parse_value(value_cell)
        if value is None:
            text = "" if value_cell is None else str(value_cell).strip()
            reason = "no value" if text.lower() in NO_VALUE else f"not a number: {text[:40]!r}"
            parsed.skipped.append(Skipped(rownum, f"{reason} on {day}"))
            continue
        why = check_storable(value)
        if why is None:
            try:
                value *= factor
            except DecimalException:
                why = f"{value} × {factor} is out of range"
            else:
                why = check_storable(value)
        if why is not None:
            raise _error(path, f"row {rownum} ({day}): {why}; check the column and --scale", "E508")
        if field_name in POSITIVE_FIELDS and value <= 0:
            parsed.skipped.append(
                Skipped(rownum, f"{field_name} {value} on {day} is not positive (a {field_name} never is)")
            )
            continue
        if day in seen:
            first_row, first_value = seen[day]
            if first_value == value:
                parsed.skipped.append(Skipped(rownum, f"duplicate of row {first_row} ({day})"))
            else:
                parsed.skipped.append(
                    Skipped(
                        rownum,
                        f"conflicts with row {first_row} for {day}: {value} vs {first_value}; kept row {first_row}",
                    )
                )
            continue
        seen[day] = (rownum, value)
        parsed.rows.append((day, value))
    if not parsed.rows:
        why = f"; first skipped row {parsed.skipped[0].row}: {parsed.skipped[0].reason}" if parsed.skipped else ""
        raise _error(path, f"no data rows read{why}", "E507")
    parsed.rows.sort()
    return parsed
