"""Markdown pipe tables (issue 20) are tables as tab-separated rows are: a holdings table gives each row's
name as the subject of its cells, the column heading as the metric, the title's date as the period;
forecast tables read as before. Bars in prose are no table. Every form in both scripts and both widths."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

import opencc
import pytest

from analyzer.pipeline import analyze
from analyzer.types import DocumentResult

pytestmark = pytest.mark.issue(20)

_S2T = opencc.OpenCC("s2t")
_FULL = str.maketrans({"(": "（", ")": "）", ",": "，", ":": "：", "|": "｜"})


def _full_width(text: str) -> str:
    """Brackets, colons and bars full-width; a comma between digits (1,250) stays."""
    out = []
    for i, ch in enumerate(text):
        between_digits = ch == "," and 0 < i < len(text) - 1 and text[i - 1].isdigit() and text[i + 1].isdigit()
        out.append(ch if between_digits else ch.translate(_FULL))
    return "".join(out)


VARIANTS: dict[str, Callable[[str], str]] = {
    "简-ascii": lambda s: s,
    "简-full": _full_width,
    "繁-ascii": _S2T.convert,
    "繁-full": lambda s: _S2T.convert(_full_width(s)),
}

HOLDINGS = (
    "某某成长混合 2023年第三季度报告\n"
    "\n"
    "### 期末前五名股票投资明细(截至2023年9月30日)\n"
    "\n"
    "| 序号 | 股票代码 | 股票名称 | 持股数量(股) | 公允价值(元) | 占基金资产净值比例(%) |\n"
    "| :-: | --- | --- | ---: | ---: | ---: |\n"
    "| 1 | 600000 | 蓝湾电子 | 1,250,000 | 86,375,000.00 | 9.62 |\n"
    "| 2 | 300000 | 青禾医疗 | 402,300 | 21,927,300.50 | 2.44 |\n"
    "| 合计 | | | | 108,302,300.50 | 12.06 |\n"
    "\n"
    "本基金本报告期内未投资于国债期货。\n"
)


def _run(text: str) -> DocumentResult:
    result = analyze(text.encode(), name="t.md", as_of="2023-10-25")
    for c in result.claims:
        assert result.text[c.span.start : c.span.end] == c.text  # offsets exact in every form
    for m in result.mentions:
        assert result.text[m.span.start : m.span.end] == m.text
    return result


@pytest.mark.parametrize("convert", VARIANTS.values(), ids=VARIANTS.keys())
def test_holdings_table_cells_are_the_rows_names(convert: Callable[[str], str]) -> None:
    result = _run(convert(HOLDINGS))
    got = {
        (c.text, c.subject.alias if c.subject else None, c.metric): (c.value, c.unit, c.period and c.period.end)
        for c in result.claims
        if c.decided_by.get("metric", "").endswith("of a holdings table")
    }
    day = dt.date(2023, 9, 30)
    want = {
        ("1,250,000", convert("蓝湾电子"), "amount"): (Decimal("1250000"), convert("股"), day),
        ("86,375,000.00", convert("蓝湾电子"), "amount"): (Decimal("86375000.00"), "CNY", day),
        ("9.62", convert("蓝湾电子"), "holding_weight"): (Decimal("9.62"), "%", day),
        ("402,300", convert("青禾医疗"), "amount"): (Decimal("402300"), convert("股"), day),
        ("21,927,300.50", convert("青禾医疗"), "amount"): (Decimal("21927300.50"), "CNY", day),
        ("2.44", convert("青禾医疗"), "holding_weight"): (Decimal("2.44"), "%", day),
    }
    assert got == want  # ranks, codes and the total row are no holding's claim; a cell is one claim
    weight = next(c for c in result.claims if c.text == "9.62")
    assert weight.period is not None and weight.period.start == day


@pytest.mark.parametrize("convert", VARIANTS.values(), ids=VARIANTS.keys())
def test_holdings_without_a_dated_title_say_the_period_is_open(convert: Callable[[str], str]) -> None:
    text = convert("重仓股一览\n\n| 股票 | 占净值比(%) |\n|---|---|\n| 蓝湾电子 | 7.15 |\n")
    claim = next(c for c in _run(text).claims if c.text == "7.15")
    assert claim.metric == "holding_weight"
    assert claim.subject is not None and claim.subject.alias == convert("蓝湾电子")
    assert claim.period is None
    assert claim.decided_by["period"].startswith("uncertain:")


@pytest.mark.parametrize("convert", VARIANTS.values(), ids=VARIANTS.keys())
def test_pipe_forecast_table_reads_as_a_tab_one(convert: Callable[[str], str]) -> None:
    text = convert(
        "盈利预测(单位:百万元)\n\n| 指标 | 2023A | 2024E | 2025E |\n|------|------|------|------|\n"
        "| 营业收入 | 5,120 | 5,880 | 6,610 |\n| 每股收益(元) | 1.05 | 1.21 | 1.38 |\n"
    )
    got = {(c.metric, c.period.text): (c.value, c.forecast) for c in _run(text).claims if c.period}
    assert got[("revenue", "2024E")] == (Decimal("5880000000"), True)
    assert got[("revenue", "2023A")] == (Decimal("5120000000"), False)
    assert got[("eps", "2025E")] == (Decimal("1.38"), True)


@pytest.mark.parametrize("convert", VARIANTS.values(), ids=VARIANTS.keys())
def test_bars_in_prose_are_no_table(convert: Callable[[str], str]) -> None:
    # bars between headline phrases and a row of bars with no rule line under it: no table cells
    text = convert(
        "收评 | 沪指涨0.8% 创业板指跌0.3%\n"
        "| 股票 | 占净值比(%) |\n"
        "| 蓝湾电子 | 7.15 |\n"
    )
    result = _run(text)
    assert not [c for c in result.claims if "table" in c.decided_by.get("metric", "")]
    assert any(c.text == "0.8%" for c in result.claims)  # the prose is read as prose
