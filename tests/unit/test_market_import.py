"""Importing CSV/Excel exports: header detection, junk rows, duplicates, conflicts, errors.

All values are hand-made test data (tests/data/market/README.md), not real market data.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import openpyxl
import pytest

from analyzer.errors import MarketDataError
from analyzer.verify.importers import header_scale, parse_date, parse_export, parse_value

DATA = Path(__file__).resolve().parents[1] / "data" / "market"
D = Decimal


def test_wind_style_csv_rows_and_skips() -> None:
    parsed = parse_export(DATA / "hand_close_wind.csv", "close")
    assert parsed.date_column == "日期" and parsed.value_column == "收盘价"
    assert parsed.rows == [
        (dt.date(2024, 3, 4), D("100.00")),
        (dt.date(2024, 3, 5), D("100.50")),
        (dt.date(2024, 3, 6), D("101.5")),
        (dt.date(2024, 3, 8), D("103.25")),
        (dt.date(2024, 3, 11), D("104")),
    ]
    assert parsed.rows_read == 12
    reasons = {s.row: s.reason for s in parsed.skipped}
    assert reasons == {
        6: "blank row",
        9: "no value on 2024-03-07",
        10: "no value on 2024-03-07",
        12: "duplicate of row 11 (2024-03-08)",
        14: "conflicts with row 13 for 2024-03-11: 999 vs 104; kept row 13",
        15: "blank row",
        16: "footer: 数据来源：Wind",
    }


def test_header_unit_scales_values() -> None:
    # 净流入(亿元): 10亿 → 1,000,000,000 currency units; -2.5亿 → -250,000,000
    parsed = parse_export(DATA / "hand_flow_yi.csv", "net_inflow")
    assert parsed.scale == D(10) ** 8
    assert parsed.rows[0] == (dt.date(2024, 3, 4), D("1000000000"))
    assert parsed.rows[1][1] == D("-250000000.0")
    assert parsed.skipped[-1].reason == "footer: 资料来源：Choice"


def _xlsx(path: Path, rows: list[list[object]]) -> Path:
    book = openpyxl.Workbook()
    sheet = book.active
    for row in rows:
        sheet.append(row)
    book.save(path)
    return path


def test_xlsx_with_chinese_headers_blank_rows_and_footer(tmp_path: Path) -> None:
    path = _xlsx(
        tmp_path / "pe.xlsx",
        [
            ["指标名称", "恒生科技:市盈率TTM", "恒生科技:收盘价"],
            ["频率", "日", "日"],
            [dt.datetime(2024, 3, 4), 20.5, 3300.12],  # Excel date cells, float values
            [None, None, None],
            [dt.datetime(2024, 3, 5), 21.25, 3323.89],
            ["2024-03-06", "21.0", "3,412.57"],  # text cells, thousands separator
            ["数据来源：Wind", None, None],
        ],
    )
    pe = parse_export(path, "pe_ttm")
    assert pe.value_column == "恒生科技:市盈率TTM"
    assert pe.rows == [
        (dt.date(2024, 3, 4), D("20.5")),
        (dt.date(2024, 3, 5), D("21.25")),
        (dt.date(2024, 3, 6), D("21.0")),
    ]
    assert [s.reason for s in pe.skipped] == ["not a date: '频率'", "blank row", "footer: 数据来源：Wind"]
    close = parse_export(path, "close")
    assert close.rows[-1] == (dt.date(2024, 3, 6), D("3412.57"))


def test_monthly_dates_become_month_end() -> None:
    assert parse_date("2024-09") == dt.date(2024, 9, 30)
    assert parse_date("2024年2月") == dt.date(2024, 2, 29)
    assert parse_date("2024年3月6日") == dt.date(2024, 3, 6)
    assert parse_date("2024-02-30") is None
    assert parse_value(0.1) == D("0.1")  # float cells go through repr, not binary expansion
    assert parse_value("-3.3%") == D("-3.3")
    assert header_scale("净流入（亿港元）") == D(10) ** 8


@pytest.mark.parametrize(
    ("name", "content", "code"),
    [
        ("bad_no_date.csv", None, "E503"),
        ("missing.csv", None, "E501"),
        ("data.json", "{}", "E502"),
        ("two_numbers.csv", "日期,开盘,最高\n2024-03-04,1,2\n", "E504"),
        ("only_junk.csv", "日期,收盘价\n2024-03-04,--\n数据来源：Wind\n", "E507"),
        ("broken.xlsx", "not a zip", "E505"),
    ],
)
def test_malformed_files_raise_one_line_errors(tmp_path: Path, name: str, content: str | None, code: str) -> None:
    path = DATA / name if content is None and name != "missing.csv" else tmp_path / name
    if content is not None:
        path.write_text(content, encoding="utf-8")
    with pytest.raises(MarketDataError) as info:
        parse_export(path, "close")
    assert info.value.code == code
    assert name in info.value.one_line() and "\n" not in info.value.one_line()


def test_explicit_column_choice(tmp_path: Path) -> None:
    path = tmp_path / "two.csv"
    path.write_text("日期,开盘,最高\n2024-03-04,1,2\n", encoding="utf-8")
    assert parse_export(path, "close", column="最高").rows == [(dt.date(2024, 3, 4), D("2"))]
    with pytest.raises(MarketDataError, match="no column named '收盘'"):
        parse_export(path, "close", column="收盘")
