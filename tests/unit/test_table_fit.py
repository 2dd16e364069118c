"""Terminal tables that fit (issue 16 #1): wrapping by terminal cells, numbers never split, magnitude words."""

from __future__ import annotations

import io
import re
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rich.cells import cell_len

from analyzer.report.table import Column, fit_table, format_magnitude, make_console, terminal_width, wrap_cells


@pytest.mark.parametrize(
    ("value", "currency", "places", "expected"),
    [
        ("4520000000", None, 2, "45.20亿"),
        ("301810000000", "HKD", None, "3,018.1亿 HKD"),
        ("807870000000", "HKD", None, "8,078.7亿 HKD"),
        ("-12900000000", "CNY", None, "-129亿 CNY"),
        ("61400000000000", "CNY", None, "614,000亿 CNY"),
        ("35000", None, None, "3.5万"),
        ("9999", None, None, "9,999"),
        ("0.5", "USD", None, "0.5 USD"),
    ],
)
def test_magnitude_words(value: str, currency: str | None, places: int | None, expected: str) -> None:
    assert format_magnitude(Decimal(value), currency, places) == expected


# a number as the wrapper reads one: digits with their separators, an optional sign before and % after
# (digits glued to digits, as in 0010.0100,000, are one number however a person would split them)
NUMBER = re.compile(r"[-+]?[0-9][0-9.,]*%?")


@settings(max_examples=200, deadline=None)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(["南向资金", "净流入", "港元", "，", "。", "（", "）", " ", "收报", "恒生科技指數", "—"]),
            st.from_regex(r"[-+]?[0-9]{1,5}(?:,[0-9]{3})?(?:\.[0-9]{1,3})?%?", fullmatch=True),
            st.from_regex(r"[a-z_]{1,9}", fullmatch=True),
        ),
        max_size=30,
    ),
    st.integers(min_value=12, max_value=60),
)
def test_wrap_never_exceeds_width_nor_splits_numbers(pieces: list[str], width: int) -> None:
    text = "".join(pieces)
    lines = wrap_cells(text, width)
    assert all(cell_len(line) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")  # nothing lost but spaces at breaks
    numbers_before = [m.group() for m in NUMBER.finditer(text)]
    for number in numbers_before:
        if len(number) <= width:
            assert any(number in line for line in lines)


def test_wrap_keeps_indents_and_closing_punctuation() -> None:
    lines = wrap_cells("理由：近1年收益率18.63%未注明业绩比较基准，亦未提示过往业绩不代表未来表现。", 20, "  ", "    ")
    assert lines[0].startswith("  ") and all(line.startswith("    ") for line in lines[1:])
    assert not any(line.strip().startswith(("，", "。")) for line in lines)
    assert all(cell_len(line) <= 20 for line in lines)


COLUMNS = [
    Column("id", "key", keep=10),
    Column("stated", "number", keep=9),
    Column("diff", "number", keep=2),
    Column("reason", "text", keep=8, min_width=12),
]
ROWS = [
    ["c1", "3,018.1亿 HKD", "-0.004234%", "南向资金净流入数据缺失：the store has no net_inflow series for southbound"],
    ["c22", "77.84%", "", "matches base = close before start (2024-03-06 3412.57)"],
]


@pytest.mark.parametrize("width", [40, 60, 80, 100, 200])
def test_fitted_table_fits_and_keeps_numbers_whole(width: int) -> None:
    table, used = fit_table("t", COLUMNS, ROWS, width)
    stream = io.StringIO()
    make_console(stream, used).print(table)
    lines = stream.getvalue().splitlines()
    assert used == width and all(cell_len(line) <= width for line in lines)
    assert any("3,018.1亿 HKD" in line for line in lines)  # the number on one line
    if width < 60:
        assert "diff" not in lines[1] and "not shown" in stream.getvalue()  # the low-value column went first


def test_wide_shows_every_column_unwrapped() -> None:
    table, used = fit_table("t", COLUMNS, ROWS, 40, wide=True)
    stream = io.StringIO()
    make_console(stream, used).print(table)
    assert used > 40 and "diff" in stream.getvalue() and ROWS[0][3] in stream.getvalue()


def test_columns_env_sets_the_width_of_pipes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "87")
    assert terminal_width(io.StringIO()) == 87
    monkeypatch.delenv("COLUMNS")
    assert terminal_width(io.StringIO()) == 120


@pytest.mark.parametrize("width", [20, 21, 22, 23, 24, 25, 26])
def test_wrap_never_ends_a_line_with_an_opening_bracket(width: int) -> None:
    text = "理由：收益率未注明出处。Found 「領跑」 and （數據來源：Wind） here 《基金合同》。"
    lines = wrap_cells(text, width)
    assert not any(line.rstrip().endswith(("「", "（", "《")) for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_a_leading_space_never_splits_a_number_that_fits_a_line() -> None:
    """Found by hypothesis: " 00.00000,000" at width 12 was cut because the line began with the space."""
    assert wrap_cells(" 00.00000,000", 12) == ["00.00000,000"]


@pytest.mark.parametrize(
    ("value", "unit", "shown"),
    [(Decimal("-0.023"), "bp", "-2.3 bp"), (Decimal("0.12"), "bp", "12 bp"), (Decimal("-0.1"), "pp", "-0.1 pp")],
)
def test_basis_points_are_shown_as_written(value: Decimal, unit: str, shown: str) -> None:
    """A bp figure is held in percentage points (issue 11) but a reader sees the basis points the text wrote."""
    from analyzer.report.table import format_number

    assert format_number(value, unit) == shown
