"""Spreadsheet-safe cells: text a spreadsheet would run as a formula stays text (OWASP "CSV injection").

File names, front matter and document text reach CSV and xlsx cells. A cell that begins with ``=``,
``+``, ``-``, ``@``, a tab or a carriage return is a formula to Excel and LibreOffice
(``=HYPERLINK(…)``, ``@SUM(…)``). In CSV such text gets the OWASP prefix (a leading ``'``); in xlsx it
is written with the string type. Numbers stay numbers: a value that is a plain signed number (−5, -3.2%,
+1e3) is not text that runs anything, and it is left as it is.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    import pandas as pd
    from openpyxl import Workbook

__all__ = ["FORMULA_STARTS", "csv_cell", "csv_frame", "csv_row", "is_formula_text", "xlsx_cells_as_text"]

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_NUMBER = re.compile(r"[+-]?(?:\d[\d,]*(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?%?")


def is_formula_text(value: object) -> bool:
    """Whether ``value`` is text a spreadsheet would read as a formula (a plain number is not)."""
    return isinstance(value, str) and value.startswith(FORMULA_STARTS) and not _NUMBER.fullmatch(value)


def csv_cell(value: Any) -> Any:
    """``value`` for a CSV field: formula text with the OWASP prefix ``'``, anything else unchanged."""
    return "'" + value if is_formula_text(value) else value


def csv_row(row: Mapping[str, Any]) -> dict[str, Any]:
    """A CSV row (column → value) with :func:`csv_cell` applied to every field."""
    return {key: csv_cell(value) for key, value in row.items()}


def csv_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of ``frame`` with :func:`csv_cell` applied to its text columns (numbers keep their types)."""
    from pandas.api.types import is_object_dtype, is_string_dtype

    safe = frame.copy()
    for column in safe.columns:
        if is_object_dtype(safe[column]) or is_string_dtype(safe[column]):
            safe[column] = safe[column].map(csv_cell)
    return safe


def xlsx_cells_as_text(book: Workbook) -> None:
    """Give every cell openpyxl took for a formula (text starting with ``=``) the string type, in place;
    numbers and other text are untouched."""
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                if cell.data_type == "f":
                    cell.data_type = "s"
