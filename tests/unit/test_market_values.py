"""Properties of the importer's date and value checks (hypothesis): no input raises, every accepted
value is stored exactly as rounded, quarters land on the quarter's last day."""

from __future__ import annotations

import calendar
import datetime as dt
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from analyzer.verify.importers import parse_date
from analyzer.verify.store import MAX_ABS, check_storable, to_stored

QUARTER_WORDS = {1: "一", 2: "二", 3: "三", 4: "四"}


@given(st.integers(min_value=1900, max_value=2100), st.integers(min_value=1, max_value=4))
def test_quarters_end_on_the_quarters_last_day(year: int, quarter: int) -> None:
    month = quarter * 3
    last = dt.date(year, month, calendar.monthrange(year, month)[1])
    for text in (
        f"{year}-Q{quarter}",
        f"{year}Q{quarter}",
        f"{year}年第{QUARTER_WORDS[quarter]}季度",
        f"{year}年{quarter}季度",
    ):
        assert parse_date(text) == last, text


@given(st.decimals(allow_nan=True, allow_infinity=True))
def test_any_decimal_is_either_refused_with_words_or_stored(value: Decimal) -> None:
    why = check_storable(value)
    if why is None:
        stored = to_stored(value)
        assert abs(stored) < MAX_ABS and (value == 0 or stored != 0)
        assert abs(stored - value) <= Decimal("0.00000000005")
    else:
        assert isinstance(why, str) and why and "\n" not in why


@given(st.integers(min_value=-40, max_value=40), st.integers(min_value=-(10**6), max_value=10**6))
def test_extreme_exponents_are_refused_not_raised(exponent: int, digits: int) -> None:
    value = Decimal(f"{digits}E{exponent * 1_000_000}")  # exact, far beyond any context's limits
    why = check_storable(value)
    assert why is None or ("out of range" in why or "rounds to 0" in why)
