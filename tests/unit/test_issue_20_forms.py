"""Property tests for the time and quantity forms of issue 20: Chinese-numeral day and month ranges,
bare year ranges, trailing windows counted with 前, open periods (2015年起), two-digit years, 折 as a
discount, percentage and basis points in Chinese numerals, 半个百分点.

Every text is written by a generator (numerals through cn2an, the converter the analyzer itself
uses), in a random script and punctuation width; each mention's text must equal the original slice
and each value must be the Decimal the words state. The tables of examples are in test_time_forms.py
and test_quantities.py."""

from __future__ import annotations

import gc
import time
from datetime import date, timedelta
from decimal import Decimal

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from time_support import VARIANTS, back, variant

from analyzer.extract import extract_mentions
from analyzer.extract.base import ExtractContext, _matches, compiled_patterns
from analyzer.extract.timeexpr import find_time_expressions
from analyzer.normalize import normalize
from analyzer.types import Mention

A = date(2025, 3, 6)
WHICH = st.sampled_from(VARIANTS)
pytestmark = pytest.mark.issue(20)


def _cn(n: int | str) -> str:
    return cn2an.an2cn(str(n))


def _mentions(text: str, kind: str) -> list[Mention]:
    mentions, _ = extract_mentions(text, normalize(text), A)
    for m in mentions:
        assert text[m.span.start : m.span.end] == m.text  # offsets are sacred
    return [m for m in mentions if m.kind.value == kind]


def _month_end(y: int, m: int) -> date:
    return (date(y + m // 12, m % 12 + 1, 1)) - timedelta(days=1)


# ------------------------------------------------------------------ time


@settings(max_examples=150, deadline=None)
@given(
    m=st.integers(1, 12),
    days=st.lists(st.integers(1, 28), min_size=2, max_size=2, unique=True).map(sorted),
    chinese=st.booleans(),
    which=WHICH,
)
def test_a_range_of_days_in_one_month(m: int, days: list[int], chinese: bool, which: str) -> None:
    """从M月D1日到D2日: one period from D1 to D2 of that month, in digits or Chinese numerals."""
    d1, d2 = days
    num = _cn if chinese else str
    surface = f"从{num(m)}月{num(d1)}日到{num(d2)}日"
    text = variant(f"据报道,{surface}休市", which)
    hits = find_time_expressions(text, A)
    assert [(back(h.surface), h.relation, h.start_date, h.end_date) for h in hits] == [
        (surface, "range", date(2025, m, d1), date(2025, m, d2))
    ]
    assert all(text[h.start : h.end] == h.surface for h in hits)


@settings(max_examples=100, deadline=None)
@given(
    months=st.lists(st.integers(1, 12), min_size=2, max_size=2, unique=True).map(sorted),
    chinese=st.booleans(),
    which=WHICH,
)
def test_a_range_of_months(months: list[int], chinese: bool, which: str) -> None:
    a, b = months
    num = _cn if chinese else str
    surface = f"2023年{num(a)}至{num(b)}月"
    text = variant(f"{surface}出口", which)
    (h,) = find_time_expressions(text, A)
    assert (back(h.surface), h.relation, h.start_date, h.end_date) == (
        surface,
        "range",
        date(2023, a, 1),
        _month_end(2023, b),
    )


@settings(max_examples=100, deadline=None)
@given(years=st.lists(st.integers(1990, 2030), min_size=2, max_size=2, unique=True).map(sorted), which=WHICH)
def test_a_bare_range_of_years_after_a_since_prefix(years: list[int], which: str) -> None:
    a, b = years
    text = variant(f"自{a}到{b},营收翻倍", which)
    (h,) = find_time_expressions(text, A)
    assert (back(h.surface), h.relation, h.years) == (f"自{a}到{b}", "years", tuple(range(a, b + 1)))
    assert (h.start_date, h.end_date) == (date(a, 1, 1), date(b, 12, 31))


@settings(max_examples=150, deadline=None)
@given(
    n=st.integers(1, 60),
    form=st.sampled_from(["过去{n}周", "前{n}周", "近{n}周", "前{n}天", "过去{n}天"]),
    chinese=st.booleans(),
    which=WHICH,
)
def test_a_trailing_window_counts_back_from_the_as_of_date(n: int, form: str, chinese: bool, which: str) -> None:
    if form == "前{n}天" and n == 1:
        n = 2  # 前一天 is the day before, not a window
    surface = form.format(n=_cn(n) if chinese else n)
    text = variant(f"指数{surface}累计上涨", which)
    (h,) = find_time_expressions(text, A)
    days = 7 * n if "周" in form else n
    assert (back(h.surface), h.relation, h.end_date) == (surface, "trailing", A)
    assert h.start_date == A - timedelta(days=days - 1)


@settings(max_examples=150, deadline=None)
@given(y=st.integers(1950, 2049), m=st.none() | st.integers(1, 12), since=st.booleans(), which=WHICH)
def test_a_start_with_qi_is_since_when_it_has_come(y: int, m: int | None, since: bool, which: str) -> None:
    """自2018年起 / 2015年3月起: up to the as-of date once the start has come, open-ended before."""
    surface = ("自" if since else "") + f"{y}年" + (f"{m}月" if m else "") + "起"
    text = variant(f"{surface}实施", which)
    (h,) = find_time_expressions(text, A)
    lo = date(y, m or 1, 1)
    began = lo <= A
    assert (back(h.surface), h.kind, h.start_date) == (surface, "period", lo)
    assert (h.relation, h.end_date) == (("since", A) if began else ("from", None))


@settings(max_examples=200, deadline=None)
@given(yy=st.integers(0, 99), m=st.integers(1, 12), d=st.integers(1, 31), which=WHICH)
def test_a_two_digit_year_is_that_date_or_invalid_never_another(yy: int, m: int, d: int, which: str) -> None:
    surface = f"{yy:02d}年{m}月{d}日"
    text = variant(f"公司于{surface},完成上市", which)
    (h,) = find_time_expressions(text, A)
    y = (2000 if yy < 50 else 1900) + yy
    try:
        real: date | None = date(y, m, d)
    except ValueError:
        real = None
    assert back(h.surface) == surface
    assert (h.date, h.invalid is None) == (real, real is not None)


# ------------------------------------------------------------------ quantities


@settings(max_examples=150, deadline=None)
@given(
    tenth=st.integers(1, 9),
    hundredth=st.integers(0, 9),
    form=st.sampled_from(["{a}折", "{a}.{b}折", "{a}{b}折", "{ca}折", "{ca}{cb}折"]),
    which=WHICH,
)
def test_zhe_is_the_share_of_the_full_price(tenth: int, hundredth: int, form: str, which: str) -> None:
    """8折 = ×0.8, 8.5折 = 85折 = 八五折 = ×0.85: tenths, then hundredths, of the rate."""
    # 80折 / 八零折 are not written: a two-digit form has a hundredth, a one-digit form none
    hundredth = (hundredth or 5) if "{b}" in form or "{cb}" in form else 0
    surface = form.format(a=tenth, b=hundredth, ca=_cn(tenth), cb=_cn(hundredth))
    text = variant(f"申购费{surface},优惠至月底", which)
    (m,) = _mentions(text, "multiple")
    assert back(m.text) == surface and m.unit == "x"
    assert isinstance(m.value, Decimal) and m.value == Decimal(f"0.{tenth}{hundredth}").normalize()


@settings(max_examples=150, deadline=None)
@given(
    value=st.decimals(min_value=Decimal("0.1"), max_value=Decimal("99.9"), places=1, allow_nan=False),
    which=WHICH,
)
def test_percentage_points_in_chinese_numerals(value: Decimal, which: str) -> None:
    surface = _cn(format(value.normalize(), "f")) + "个百分点"
    text = variant(f"毛利率同比下降{surface},", which)
    (m,) = _mentions(text, "percent")
    assert (back(m.text), m.unit) == (surface, "pp")
    assert isinstance(m.value, Decimal) and m.value == value


@settings(max_examples=100, deadline=None)
@given(n=st.integers(1, 500), more=st.sampled_from(["", "多个", "个多"]), which=WHICH)
def test_basis_points_in_chinese_numerals(n: int, more: str, which: str) -> None:
    """二十五个基点 = 0.25 pp; an approximator keeps the number (三十多个基点 is 30 bp)."""
    surface = _cn(n) + (more or "个") + "基点"
    text = variant(f"政策利率下调{surface},", which)
    (m,) = _mentions(text, "percent")
    assert (back(m.text), m.unit) == (surface, "bp")
    assert isinstance(m.value, Decimal) and m.value == Decimal(n) / 100


@settings(max_examples=60, deadline=None)
@given(n=st.integers(0, 20), chinese=st.booleans(), which=WHICH)
def test_half_a_percentage_point(n: int, chinese: bool, which: str) -> None:
    surface = "半个百分点" if n == 0 else f"{_cn(n) if chinese else n}个半百分点"
    text = variant(f"净息差收窄{surface},", which)
    (m,) = _mentions(text, "percent")
    assert (back(m.text), m.unit) == (surface, "pp")
    assert isinstance(m.value, Decimal) and m.value == n + Decimal("0.5")


@settings(max_examples=100, deadline=None)
@given(n=st.integers(1, 100), which=WHICH)
def test_per_hundred_in_chinese_numerals(n: int, which: str) -> None:
    surface = "百分之" + (_cn(n) if n < 100 else "百")
    text = variant(f"持股比例为{surface},", which)
    (m,) = _mentions(text, "percent")
    assert back(m.text) == surface and m.value == Decimal(n)


PIVOTED = [p for specs in ("multiple", "percent", "money") for p in compiled_patterns(specs) if p.spec.pivot]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="折0123456789.,一二两三五八九十对旧算叠打费率 ", max_size=60))
def test_a_pivoted_pattern_finds_what_a_scan_finds(text: str) -> None:
    """Trying a pattern only just before its pivot (折) yields exactly the matches of a scan along the text."""
    assert PIVOTED
    for pattern in PIVOTED:
        found = [m.span() for m in _matches(pattern, ExtractContext(text, A))]
        assert found == [m.span() for m in pattern.regex.finditer(text)]


@pytest.mark.parametrize("unit", ["申购费8折,", "八五折", "折旧折算", "净息差收窄半个百分点,", "3个多百分点"])
def test_the_new_quantity_forms_are_linear_in_the_text(unit: str) -> None:
    """Four times the text takes about four times as long (a pivot scan once per literal, no rescans)."""

    def cpu(n: int) -> float:
        text = unit * (n // len(unit))
        norm = normalize(text)
        best = float("inf")
        gc.disable()
        try:
            for _ in range(3):
                t0 = time.process_time()
                extract_mentions(text, norm, A, ["multiple", "percent"])
                best = min(best, time.process_time() - t0)
        finally:
            gc.enable()
        return best

    cpu(2_000)
    small, large = cpu(20_000), cpu(80_000)
    assert large < 8 * small + 0.05
