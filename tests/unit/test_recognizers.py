"""Recognizer cases, each in Simplified and in Traditional (made with OpenCC s2t), through the
whole pipeline: surface, kind, exact Decimal value, unit/currency, and offsets by slicing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import opencc
import pytest

from analyzer.extract import RECOGNIZERS
from analyzer.pipeline import analyze
from analyzer.types import Mention

S2T = opencc.OpenCC("s2t")
AS_OF = dt.date(2025, 3, 6)

# (text, surface, kind, value, unit, extra fields)
# fmt: off
CASES = [
    # percent
    ("近1年涨幅达77.84%。", "77.84%", "percent", "77.84", "%", {}),
    ("新口径下,9月-3.3%,12月已经转正至+1.2%", "-3.3%", "percent", "-3.3", "%", {}),
    ("新口径下,9月-3.3%,12月已经转正至+1.2%", "+1.2%", "percent", "1.2", "%", {}),
    ("较去年同期相比,增长393%。", "393%", "percent", "393", "%", {}),
    ("仓位不超过百分之五。", "百分之五", "percent", "5", "%", {}),
    ("M1同比负3.3%。", "负3.3%", "percent", "-3.3", "%", {}),
    ("利润约两成来自海外。", "两成", "percent", "20", "%", {}),
    ("涨幅１２．５％。", "１２．５％", "percent", "12.5", "%", {}),
    # money and flows
    ("南向累计净流入8078.7亿港元。", "8078.7亿港元", "money", "807870000000", "HKD", {"magnitude": "亿"}),
    ("南向净流入3,018.1亿港元。", "3,018.1亿港元", "money", "301810000000", "HKD", {"stated": "3018.1"}),
    ("较去年同期(612.7亿港元)相比", "612.7亿港元", "money", "61270000000", "HKD", {}),
    ("募集5000万元。", "5000万元", "money", "50000000", "CNY", {"scale": 10000}),
    ("规模达1.2万亿人民币。", "1.2万亿人民币", "money", "1200000000000", "CNY", {"magnitude": "万亿"}),
    ("营收16.4亿美元。", "16.4亿美元", "money", "1640000000", "USD", {}),
    ("回购HK$3.5亿。", "HK$3.5亿", "money", "350000000", "HKD", {}),
    ("合计三千二百亿元。", "三千二百亿元", "money", "320000000000", "CNY", {}),
    # multiples
    ("纳斯达克指数前估值 39.72xPETTM,", "39.72x", "multiple", "39.72", "x", {}),
    ("当前估值(PETTM)仍仅有25.30倍,", "25.30倍", "multiple", "25.30", "x", {}),
    ("个股的PE-TTM(31.92x)较美股", "31.92x", "multiple", "31.92", "x", {}),
    # index levels
    ("恒生科技指数收报6068.77点", "6068.77点", "points", "6068.77", "点", {}),
    ("恒生指数报24,369.71点", "24,369.71点", "points", "24369.71", "点", {}),
    # counts: a magnitude number with a noun is a count, not money
    ("这是一款拥有320亿参数的模型", "320亿参数", "count", "32000000000", "参数", {}),
    ("其中370亿被激活", "370亿", "number", "37000000000", None, {}),
    # risk rating and fund code
    ("上述基金属于中高风险(R4)品种", "R4", "rating", None, None, {"label": "R4"}),
    ("本基金风险等级为R3。", "R3", "rating", None, None, {"label": "R3"}),
    ("恒生科技指数ETF(513180)的标的指数为恒生科技指数", "513180", "code", None, None, {"label": "513180"}),
    # time
    ("截至2025年3月6日收盘", "截至2025年3月6日", "period", None, None,
     {"end_date": dt.date(2025, 3, 6), "relation": "until"}),
    ("数据来源:Wind,2024-03-07至2025-03-06", "2024-03-07至2025-03-06", "period", None, None,
     {"start_date": dt.date(2024, 3, 7), "end_date": dt.date(2025, 3, 6), "relation": "range"}),
    ("近1年,恒生科技指数累计涨幅", "近1年", "period", None, None,
     {"start_date": dt.date(2024, 3, 7), "end_date": dt.date(2025, 3, 6), "relation": "trailing"}),
    ("而以2月21日的数据来看", "2月21日", "date", None, None, {"date": dt.date(2025, 2, 21), "year_inferred": True}),
]

# text, surface that must NOT be a mention of any numeric/date kind
NEGATIVE = [
    ("正式推出最新的推理模型QwQ-32B。", "32"),
    ("可与DeepSeek-R1媲美", "R1"),
    ("\n01\n为何本轮AI叙事下港股的表现较好?", "01"),
    ("第四次科技革命正在进行", "四"),
    ("下午3点开会", "3点"),
    ("1.上述基金为股票基金", "1."),
    ("《恒科/纳指估值比或有51%修复空间-250219》", "250219"),
]
# fmt: on


def _both_scripts(cases: list) -> list:
    out = []
    for case in cases:
        text, surface, *rest = case
        out.append(pytest.param(text, surface, *rest, id=f"简-{surface}"))
        out.append(pytest.param(S2T.convert(text), S2T.convert(surface), *rest, id=f"繁-{surface}"))
    return out


def _mentions(text: str) -> tuple[str, list[Mention]]:
    result = analyze(text.encode("utf-8"), name="case.txt", as_of=AS_OF)
    for m in result.mentions:
        assert result.text[m.span.start : m.span.end] == m.text  # offsets are sacred
    return result.text, result.mentions


@pytest.mark.parametrize(("text", "surface", "kind", "value", "unit", "extra"), _both_scripts(CASES))
def test_recognizer_case(text: str, surface: str, kind: str, value: str | None, unit: str | None, extra: dict) -> None:
    original, mentions = _mentions(text)
    found = [m for m in mentions if m.text == surface]
    assert found, f"{surface!r} not recognized in {text!r}: {[m.text for m in mentions]}"
    m = found[0]
    assert original.index(surface) == m.span.start
    assert m.kind.value == kind
    assert m.value == (Decimal(value) if value is not None else None)
    if value is not None:
        assert isinstance(m.value, Decimal)
    assert m.unit == unit
    for field, expected in extra.items():
        got = getattr(m, field)
        assert (str(got) if isinstance(got, Decimal) else got) == expected, field


@pytest.mark.parametrize(("text", "fragment"), _both_scripts(NEGATIVE))
def test_no_absurd_mentions(text: str, fragment: str) -> None:
    _, mentions = _mentions(text)
    assert not [m for m in mentions if fragment in m.text], [m.text for m in mentions]


def test_registry_snapshot() -> None:
    """Adding or removing a recognizer is a visible diff here."""
    assert RECOGNIZERS.names() == [
        "code", "count", "money", "multiple", "number", "percent", "points", "rating", "time"
    ]
