"""issue 23 #4: zero-width and format characters inside figures.

U+200B–U+200D, U+2060, U+FEFF and the soft hyphen inside a number are ignored for reading it, and
every record's text is still the original slice (the invisible character included). Any other format
character between two digits breaks the number: neither piece is a figure. Each case runs in
Simplified, Traditional and full-width forms."""

from __future__ import annotations

from decimal import Decimal

import opencc
import pytest

import analyzer
from analyzer.normalize import normalize
from analyzer.normalize.invisible import IGNORED_IN_NUMBERS

FULL_WIDTH = str.maketrans("0123456789%.,", "０１２３４５６７８９％．，")


def _forms(text: str) -> list[str]:
    return [text, opencc.OpenCC("s2t").convert(text), text.translate(FULL_WIDTH)]


def _figures(text: str) -> list[tuple[str, Decimal | None]]:
    """(text, value) of every figure and then every claim (a claim's value carries its sign)."""
    result = analyzer.analyze(text.encode("utf-8"), as_of="2024-09-30", name="t.txt")
    for record in [*result.mentions, *result.claims]:
        assert result.text[record.span.start : record.span.end] == record.text  # offsets are sacred
    return [(m.text, m.value) for m in [*result.mentions, *result.claims] if m.value is not None]


# (template with {} where the invisible character goes, the value read, the figure's text without it)
INSIDE = [
    ("截至9月30日，深证成指收报1{}0,529.65点。", Decimal("10529.65"), "10,529.65点"),
    ("该基金今年以来净值增长率为2{}3.61%。", Decimal("23.61"), "23.61%"),
    ("当日两市成交额合计1.4{}2万亿元。", Decimal("1420000000000"), "1.42万亿元"),
    ("腾讯控股收报37{}8.6港元。", Decimal("378.6"), "378.6港元"),
    ("沪深300指数上涨4{}.35%。", Decimal("4.35"), "4.35%"),
    ("中证500指数下跌2.{}18%。", Decimal("-2.18"), "2.18%"),
    ("科创50指数上涨3.51{}%。", Decimal("3.51"), "3.51%"),
    ("公司营收3{},206{}.5亿元。", Decimal("320650000000"), "3,206.5亿元"),
]


@pytest.mark.issue(23)
@pytest.mark.parametrize("char", list(IGNORED_IN_NUMBERS), ids=lambda c: f"U+{ord(c):04X}")
@pytest.mark.parametrize(("template", "value", "visible"), INSIDE)
def test_an_invisible_character_inside_a_number_is_ignored(
    char: str, template: str, value: Decimal | None, visible: str
) -> None:
    plain = template.replace("{}", "")
    for form, (clean, dirty) in enumerate(zip(_forms(plain), _forms(template.replace("{}", char)), strict=True)):
        expected = _figures(clean)
        got = _figures(dirty)
        assert [v for _, v in got] == [v for _, v in expected], dirty
        assert [t.replace(char, "") for t, _ in got] == [t for t, _ in expected]
        assert form > 0 or visible in [t.replace(char, "") for t, _ in got]
        if value is not None:
            assert value in [v for _, v in got]


@pytest.mark.issue(23)
def test_the_normalized_text_maps_back_around_the_dropped_characters() -> None:
    original = "收報2\u200b0,1\u00ad45.3點，\ufeff漲1\u2060.25%"
    norm = normalize(original)
    assert norm.text == "收报20,145.3点，\ufeff涨1.25%"  # the BOM outside a number stays
    for i, ch in enumerate(norm.text):
        start = norm.offsets.to_original(i)
        assert original[start : norm.offsets.to_original_end(i + 1)] in (ch, opencc.OpenCC("s2t").convert(ch))


@pytest.mark.issue(23)
@pytest.mark.parametrize("char", ["\u200e", "\u200f", "\u202e", "\u2062", "\u2066"], ids=lambda c: f"U+{ord(c):04X}")
@pytest.mark.parametrize("template", ["上证指数收报3{}087.53点。", "近一年收益率为6{}4.2%。"])
def test_a_number_broken_by_another_format_character_is_no_figure(char: str, template: str) -> None:
    for text in _forms(template.replace("{}", char)):
        assert _figures(text) == [], text


@pytest.mark.issue(23)
def test_a_broken_figure_is_no_longer_contradicted_and_a_joined_one_is_supported() -> None:
    """The issue's shape, in another wording: the figure with a zero-width space inside is the same figure."""
    text = "2025年3月6日，恒生科技指数近一年累计上涨7\u200b7.84%。"
    result = analyzer.analyze(text.encode("utf-8"), as_of="2025-03-06", verify=True)
    assert [(c.text, c.value) for c in result.claims] == [("7\u200b7.84%", Decimal("77.84"))]
    assert [v.status.value for v in result.verdicts] == ["supported"]
