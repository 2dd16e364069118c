"""Property tests for the number parsers: exact Decimals, magnitudes applied without float error."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import cn2an
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.errors import ExtractError
from analyzer.extract.base import ExtractContext
from analyzer.extract.money import MoneyRecognizer
from analyzer.extract.numbers import MAX_DIGITS, parse_chinese_numeral, parse_decimal, parse_quantity, scaled
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


# --- parse_quantity: the one parser behind every numeric recognizer -------------------------------

MAGNITUDE_WORDS = {"": 1, "万": 10_000, "亿": 100_000_000, "万亿": 10**12, "兆": 10**12}


@settings(max_examples=300)
@given(
    st.decimals(min_value=Decimal("-99999.9999"), max_value=Decimal("99999.9999"), places=4, allow_nan=False),
    st.sampled_from(sorted(MAGNITUDE_WORDS)),
    st.sampled_from([Decimal(1), Decimal("0.01"), Decimal("0.1"), Decimal(10), Decimal(100)]),
)
def test_parse_quantity_is_exact(value: Decimal, magnitude: str, factor: Decimal) -> None:
    sign = "-" if value < 0 else None
    q = parse_quantity(f"{abs(value):,f}", sign=sign, magnitude=magnitude or None,
                       scale=MAGNITUDE_WORDS[magnitude], factor=factor)
    assert q.invalid is None
    assert q.stated == value
    assert q.value == value * MAGNITUDE_WORDS[magnitude] * factor
    assert isinstance(q.value, Decimal)


@settings(max_examples=300)
@given(st.text(alphabet="0123456789", min_size=1, max_size=300), st.sampled_from(sorted(MAGNITUDE_WORDS)))
def test_parse_quantity_never_raises_on_digits(digits: str, magnitude: str) -> None:
    """Any digit string, any magnitude: an exact value or an invalid figure, never an exception."""
    scale = MAGNITUDE_WORDS[magnitude]
    q = parse_quantity(digits, magnitude=magnitude or None, scale=scale)
    exact = Decimal(digits) * scale
    if exact != 0 and exact.adjusted() >= MAX_DIGITS:
        assert q.value is None and q.invalid
    else:
        assert q.value == exact and q.invalid is None


@settings(max_examples=100, deadline=None)
@given(
    st.text(alphabet="0123456789", min_size=1, max_size=60), st.sampled_from(["亿港元", "万亿元", "%", "个基点", "倍"])
)
def test_recognizers_never_raise_on_long_digit_runs(digits: str, unit: str) -> None:
    """#6 of issue 15: a 21-digit amount × 亿 raised decimal.InvalidOperation inside extraction."""
    text = f"净流入{digits}{unit}。"
    for recognizer in (MoneyRecognizer(), PercentRecognizer()):
        for hit in recognizer.find(ExtractContext(text, None)):
            assert hit.fields.get("value") is not None or hit.fields.get("invalid")


@given(st.integers(min_value=0, max_value=10**12 - 1))
def test_chinese_integers_round_trip(n: int) -> None:
    assert parse_chinese_numeral(cn2an.an2cn(n)) == n


@given(st.integers(min_value=0, max_value=9999), st.text(alphabet="0123456789", min_size=1, max_size=12))
def test_chinese_decimals_are_read_digit_by_digit(whole: int, fraction: str) -> None:
    """三十五点五 → 35.5 exactly; cn2an's float would lose the tail of a long fraction."""
    digits = "零一二三四五六七八九"
    numeral = cn2an.an2cn(whole) + "点" + "".join(digits[int(c)] for c in fraction)
    assert parse_chinese_numeral(numeral) == Decimal(f"{whole}.{fraction}")


def test_bad_input_to_parse_quantity_is_a_coded_error() -> None:
    with pytest.raises(ExtractError, match="E406"):
        parse_quantity()
    with pytest.raises(ExtractError, match="E402"):
        parse_quantity(cn="三点")


QUANTITY_ALPHABET = [
    *"0123456789,.%-+~ ",
    *("至", "到", "亿", "万", "兆", "千", "百", "元", "港元", "人民币", "新台币", "美仙", "港仙", "倍", "x", "个"),
    *("百分点", "基点", "bp", "成", "半", "两", "三", "七", "点", "厘", "息差", "翻", "番", "分之", "负", "增长"),
    *("辆", "第", "https://a.cn/", "%2F", "—"),
    "\u0301",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(QUANTITY_ALPHABET), max_size=80))
def test_every_recognizer_survives_any_mix_of_figures(parts: list[str]) -> None:
    """Any mix of digits, separators, units and numerals: no exception, spans inside the text, and every
    numeric hit has a value, a range or an invalid reason (issue 15: nothing sinks a document)."""
    from analyzer.extract import RECOGNIZERS

    text = "".join(parts)
    ctx = ExtractContext(text, None)
    for name in RECOGNIZERS.names():
        if name == "time":
            continue  # the time engine has its own tests
        for hit in RECOGNIZERS.get(name)().find(ctx):
            assert 0 <= hit.start < hit.end <= len(text)
            f = hit.fields
            if name in ("code", "rating"):
                assert f["label"] == text[hit.start : hit.end]
            else:
                assert f.get("value") is not None or f.get("low") is not None or f.get("invalid"), (text, hit)
                if f.get("low") is not None:
                    assert f["low"] < f["high"] and f.get("value") is None
