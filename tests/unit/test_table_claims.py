"""Tables as claims (issue 26) from any input whose tables reach the text as tab-separated rows (HTML here;
PDF and Word in their own tests): forecast tables by fiscal year, fund performance tables by stage."""

from __future__ import annotations

from decimal import Decimal

import pytest

from analyzer.pipeline import analyze

pytestmark = pytest.mark.issue(26)


def _html(caption: str, rows: list[list[str]]) -> bytes:
    body = "".join("<tr>" + "".join(f"<td>{v}</td>" for v in row) + "</tr>" for row in rows)
    return f"<html><body><p>{caption}</p><table>{body}</table></body></html>".encode()


def _cells(data: bytes, as_of: str = "2025-03-01") -> dict[tuple[str, str], tuple[Decimal, bool, str | None]]:
    result = analyze(data, name="t.html", as_of=as_of)
    for c in result.claims:
        assert result.text[c.span.start : c.span.end] == c.text
    return {(c.metric, c.period.text): (c.value, c.forecast, c.unit) for c in result.claims if c.period}


def test_traditional_forecast_table_unit_from_the_line_above() -> None:
    rows = [
        ["會計年度", "2024A", "2025F", "2026F"],
        ["營業收入", "8,120.5", "9,034.2", "9,880.0"],
        ["歸母淨利潤", "1,215.3", "1,402.8", "1,566.1"],
        ["每股收益(元)", "2.31", "2.67", "2.98"],
        ["淨資產收益率(%)", "18.2", "19.0", "19.4"],
    ]
    got = _cells(_html("盈利預測（單位：億元）", rows))
    assert got[("revenue", "2024A")] == (Decimal("812050000000"), False, "CNY")
    assert got[("revenue", "2026F")] == (Decimal("988000000000"), True, "CNY")
    assert got[("net_profit_attributable", "2025F")] == (Decimal("140280000000"), True, "CNY")
    assert got[("eps", "2025F")] == (Decimal("2.67"), True, "CNY")
    assert got[("roe", "2026F")] == (Decimal("19.4"), True, "%")


def test_row_unit_beats_the_heading_and_hong_kong_dollars() -> None:
    rows = [
        ["(百万港元)", "2023A", "2024E"],
        ["营业收入", "45,210", "50,003"],
        ["每股收益(港元)", "(0.35)", "0.12"],
    ]
    got = _cells(_html("腾讯音乐 盈利预测", rows))
    assert got[("revenue", "2024E")] == (Decimal("50003000000"), True, "HKD")
    assert got[("eps", "2023A")] == (Decimal("-0.35"), False, "HKD")  # a loss in brackets is negative


def test_not_a_forecast_table_gives_no_table_claims() -> None:
    rows = [["城市", "2023", "2024"], ["北京", "1,200", "1,350"], ["上海", "980", "1,020"]]
    result = analyze(_html("各地门店数量", rows), name="t.html")
    assert not any(c.decided_by.get("metric", "").startswith("the row label") for c in result.claims)
    # an amount row with no unit anywhere is not stated as money
    rows = [["指标", "2024A", "2025E"], ["营业收入", "1,200", "1,350"]]
    result = analyze(_html("预测", rows), name="u.html")
    assert not [c for c in result.claims if c.metric == "revenue"]


def test_performance_table_periods_from_the_stage_words() -> None:
    rows = [
        ["阶段", "份额净值增长率①", "份额净值增长率标准差②", "业绩比较基准收益率③",
         "业绩比较基准收益率标准差④", "①－③"],
        ["过去六个月", "3.05%", "0.88%", "2.40%", "0.80%", "0.65%"],
        ["过去三年", "-12.30%", "1.40%", "-9.85%", "1.30%", "-2.45%"],
    ]
    caption = "基金份额净值增长率及其与同期业绩比较基准收益率的比较"
    result = analyze(_html(caption, rows), name="p.html", as_of="2024-06-30")
    got = {(c.metric, c.period.text): c for c in result.claims if c.metric.endswith("_return")}
    assert len(got) == 6
    assert got[("fund_return", "过去六个月")].value == Decimal("3.05")
    assert got[("benchmark_return", "过去三年")].value == Decimal("-9.85")
    assert got[("excess_return", "过去三年")].value == Decimal("-2.45")
    three = got[("fund_return", "过去三年")].period
    assert (three.start.isoformat(), three.end.isoformat()) == ("2021-07-01", "2024-06-30")
    assert all(c.decided_by["subject"].startswith("uncertain: ") for c in got.values())
