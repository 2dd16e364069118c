"""Property tests for the number parsers: exact Decimals, magnitudes applied without float error."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.errors import ExtractError
from analyzer.extract.base import ExtractContext
from analyzer.extract.money import MoneyRecognizer
from analyzer.extract.numbers import parse_chinese_numeral, parse_decimal, scaled
from analyzer.extract.percent import PercentRecognizer

amounts = st.decimals(min_value=Decimal("0.01"), max_value=Decimal("99999999.99"), places=2, allow_nan=False)
MAGNITUDES = {"": 1, "万": 10_000, "亿": 100_000_000, "万亿": 1_000_000_000_000}
CURRENCIES = {"港元": "HKD", "美元": "USD", "元": "CNY", "人民币": "CNY"}


@given(amounts, st.booleans())
def test_parse_decimal_is_exact_with_or_without_separators(value: Decimal, grouped: bool) -> None:
    text = f"{value:,.2f}" if grouped else f"{value:.2f}"
    assert parse_decimal(text) == value


@settings(max_examples=200)
@given(amounts, st.sampled_from(sorted(MAGNITUDES)), st.sampled_from(sorted(CURRENCIES)))
def test_money_value_is_stated_times_magnitude_exactly(value: Decimal, magnitude: str, currency: str) -> None:
    surface = f"{value:,.2f}{magnitude}{currency}"
    hits = list(MoneyRecognizer().find(ExtractContext(f"净流入{surface}。", dt.date(2025, 3, 6))))
    assert len(hits) == 1
    hit = hits[0]
    assert hit.fields["value"] == value * MAGNITUDES[magnitude]
    assert hit.fields["currency"] == CURRENCIES[currency]
    assert hit.fields["stated"] == value


@given(st.decimals(min_value=Decimal("-999.99"), max_value=Decimal("999.99"), places=2, allow_nan=False))
def test_percent_keeps_sign_and_digits(value: Decimal) -> None:
    text = f"涨幅{value:+.2f}%。"
    hits = list(PercentRecognizer().find(ExtractContext(text, None)))
    assert [h.fields["value"] for h in hits] == [value]


def test_mixed_digits_do_not_go_through_float() -> None:
    """cn2an turns 16.4亿 into 1639999999.9999998; we never hand it Arabic digits."""
    assert scaled(parse_decimal("16.4"), 100_000_000) == Decimal(1_640_000_000)


@pytest.mark.parametrize(
    ("numeral", "expected"),
    [("三千二百亿", "320000000000"), ("五", "5"), ("两", "2"), ("三点五", "3.5"), ("一万零五", "10005")],
)
def test_chinese_numerals(numeral: str, expected: str) -> None:
    assert parse_chinese_numeral(numeral) == Decimal(expected)


def test_bad_chinese_numeral_is_a_coded_error() -> None:
    with pytest.raises(ExtractError, match="E402"):
        parse_chinese_numeral("亿亿")
