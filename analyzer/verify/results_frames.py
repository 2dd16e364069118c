"""Company results from AKShare's financial-abstract frames: one dated series per item (revenue, net
profit attributable, EPS), the report's currency and its fiscal year end.

Two layouts (``fetch.yaml`` ``results``): Sina's *wide* frame (an item per row, a report date per
column) and East Money's *long* frame (a report per row, an item per column). A report's figure is
cumulative from the start of its fiscal year to the report date, so it is stored on that date; the
checker (``checkers/results.py``) matches a claim only when its period is that span.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from analyzer.errors import MarketDataError
from analyzer.verify.fetch import ResultsSpec
from analyzer.verify.importers import parse_date, parse_value
from analyzer.verify.store import check_storable

#: what a frame's currency cell may say, as the ISO code claims carry
CURRENCY_WORDS = {"人民币": "CNY", "RMB": "CNY", "CNY": "CNY", "港元": "HKD", "港币": "HKD", "HKD": "HKD",
                  "美元": "USD", "USD": "USD"}  # fmt: skip
_FISCAL_END = re.compile(r"^(\d{1,2})-(\d{1,2})$")


@dataclass(frozen=True)
class ResultsFrame:
    """What one financial-abstract call gave: rows per field, the reporting currency, the fiscal year end."""

    rows: dict[str, list[tuple[dt.date, Decimal]]]
    currency: str | None
    fiscal_year_end: str


def _columns(frame: Any) -> list[str]:
    return [str(c) for c in getattr(frame, "columns", [])]


def _layout_error(spec: ResultsSpec, columns: list[str], wanted: str) -> MarketDataError:
    shown = columns if len(columns) <= 12 else [*columns[:12], "…"]
    return MarketDataError(
        f"{spec.call_text()} returned columns {shown}; expected {wanted} (the AKShare layout may have changed)",
        code="E532",
    )


def _value(spec: ResultsSpec, day: dt.date, cell: object) -> Decimal | None:
    value = parse_value(cell)
    if value is not None and (why := check_storable(value)) is not None:
        raise MarketDataError(f"{spec.call_text()} {day}: {why}", code="E508")
    return value


def _wide(frame: Any, spec: ResultsSpec) -> dict[str, list[tuple[dt.date, Decimal]]]:
    columns = _columns(frame)
    if spec.label not in columns:
        raise _layout_error(spec, columns, f"an item column {spec.label!r}")
    dates = {c: d for c in columns if (d := parse_date(c)) is not None}
    labels = [str(x) for x in frame[spec.label].tolist()]
    missing = [item for item in spec.fields.values() if item not in labels]
    if missing or not dates:
        raise _layout_error(spec, columns, f"report-date columns and items {missing or list(spec.fields.values())}")
    out: dict[str, list[tuple[dt.date, Decimal]]] = {}
    for field_name, item in spec.fields.items():
        row = labels.index(item)  # the first row of an item listed under two headings (基本每股收益)
        points = {}
        for column, day in dates.items():
            value = _value(spec, day, frame[column].tolist()[row])
            if value is not None:
                points[day] = value
        out[field_name] = sorted(points.items())
    return out


def _long(frame: Any, spec: ResultsSpec) -> dict[str, list[tuple[dt.date, Decimal]]]:
    columns = _columns(frame)
    wanted = [spec.date or "", *spec.fields.values()]
    if any(c not in columns for c in wanted):
        raise _layout_error(spec, columns, f"columns {wanted}")
    days = [parse_date(c) for c in frame[spec.date].tolist()]
    out: dict[str, list[tuple[dt.date, Decimal]]] = {}
    for field_name, column in spec.fields.items():
        points = {}
        for day, cell in zip(days, frame[column].tolist(), strict=True):
            if day is not None and (value := _value(spec, day, cell)) is not None:
                points[day] = value
        out[field_name] = sorted(points.items())
    return out


def _one(frame: Any, spec: ResultsSpec, column: str | None) -> str | None:
    """The single value a frame's column holds in every row (currency, fiscal year end), else None."""
    if column is None:
        return None
    if column not in _columns(frame):
        raise _layout_error(spec, _columns(frame), f"a column {column!r}")
    values = {str(v).strip() for v in frame[column].tolist() if v is not None and str(v).strip()}
    if len(values) > 1:
        raise MarketDataError(f"{spec.call_text()}: the reports differ in {column} ({sorted(values)})", code="E536")
    return values.pop() if values else None


def read_results(frame: Any, spec: ResultsSpec) -> ResultsFrame:
    """Every field's dated figures from a financial-abstract frame, in AKShare's layout (E532 if it changed)."""
    rows = _wide(frame, spec) if spec.layout == "wide" else _long(frame, spec)
    currency = spec.currency
    if (cell := _one(frame, spec, spec.currency_column)) is not None:
        currency = CURRENCY_WORDS.get(cell.upper(), CURRENCY_WORDS.get(cell))
        if currency is None:
            raise MarketDataError(f"{spec.call_text()}: unknown currency {cell!r}", code="E536")
    fiscal = _one(frame, spec, spec.fiscal_year_end_column) or spec.fiscal_year_end
    if not _FISCAL_END.match(fiscal):
        raise MarketDataError(f"{spec.call_text()}: fiscal year end {fiscal!r} is not MM-DD", code="E536")
    return ResultsFrame(rows, currency, fiscal)


def fiscal_start(report_end: dt.date, fiscal_year_end: str) -> dt.date:
    """The first day of the fiscal year a report dated ``report_end`` belongs to (12-31 → January 1;
    a year that ends in February ends on its last day, 02-29 in a leap year)."""
    month, day = (int(x) for x in fiscal_year_end.split("-"))
    for year in (report_end.year, report_end.year - 1, report_end.year - 2):
        last = calendar.monthrange(year, month)[1]
        close = dt.date(year, month, last if month == 2 and day >= 28 else min(day, last))
        if close < report_end:
            return close + dt.timedelta(days=1)
    return report_end.replace(month=1, day=1)
