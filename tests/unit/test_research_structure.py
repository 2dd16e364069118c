"""The structure behind research notes and fund reports (research5): which named rule reads each slot,
and that readings resting on a convention or another clause are never certain (so never contradicted).

Texts are written here in altered words (other names, numbers, dates), in both scripts and widths.
"""

from __future__ import annotations

import datetime as dt

import pytest
from sentence_verdicts import FULL_WIDTH

from analyzer.claims import is_certain
from analyzer.pipeline import analyze

_S2T = str.maketrans("营润报预计对应为们调业绩与内间额净长发产现实资权场扬块涨归亿",
                     "營潤報預計對應為們調業績與內間額淨長發產現實資權場揚塊漲歸億")


def _forms(text: str) -> list[str]:
    trad = text.translate(_S2T)
    return [text, trad, text.translate(FULL_WIDTH), trad.translate(FULL_WIDTH)]


def _claims(text: str, as_of: dt.date) -> dict[str, object]:
    result = analyze(text.encode("utf-8"), name="note.txt", as_of=as_of)
    return {c.text.translate(FULL_WIDTH): c for c in result.claims}


ROW = "预计2025-2027年营收为40.5/47.2/55.9亿元;净利润4.1/5.3/6.6亿元。"


@pytest.mark.parametrize("text", _forms(ROW))
def test_a_row_past_a_semicolon_takes_the_years_but_not_for_certain(text: str) -> None:
    claims = _claims(text, dt.date(2025, 4, 20))
    profit = [c for c in claims.values() if c.metric == "net_profit"]
    assert [c.period.start.year for c in profit] == [2025, 2026, 2027]
    assert all(c.rules["period"] == "period.years_before_semicolon" for c in profit)
    assert not any(is_certain(c) for c in profit)


FUND = "2024年,权益市场先抑后扬。本报告期内,某某价值混合A的基金份额净值增长率为6.31%,同期业绩比较基准收益率为3.20%。"


@pytest.mark.parametrize("text", _forms(FUND))
def test_a_fund_report_period_by_its_publishing_lag_is_uncertain(text: str) -> None:
    claims = [c for c in _claims(text, dt.date(2025, 3, 27)).values() if c.metric.endswith("_return")]
    assert {(c.period.start, c.period.end) for c in claims} == {(dt.date(2024, 1, 1), dt.date(2024, 12, 31))}
    assert all(c.rules["period"] == "period.this_report" for c in claims)
    assert not any(is_certain(c) for c in claims)


NOTE = "公司发布三季报。板块方面,恒生科技指数上月上涨6%。投资建议:预计2025-2027年归母净利润为3.3/4.1/5.0亿元。"


@pytest.mark.parametrize("text", _forms(NOTE))
def test_a_company_figure_with_no_name_is_the_notes_company(text: str) -> None:
    claims = [c for c in _claims(text, dt.date(2025, 10, 30)).values() if c.metric == "net_profit_attributable"]
    assert len(claims) == 3
    first = claims[0]
    assert first.rules["subject"] == "subject.note_company"
    assert first.subject is not None and first.subject.alias == "公司"
    assert not any(is_certain(c) for c in claims)


YEAR_ELSEWHERE = "2025年一季度市场冲高回落。风格上延续2024年的特征,整个一季度沪深300指数下跌1.2%。"


@pytest.mark.parametrize("text", _forms(YEAR_ELSEWHERE))
def test_a_yearless_part_dated_by_a_year_of_another_clause_is_uncertain(text: str) -> None:
    (claim,) = _claims(text, dt.date(2025, 4, 20)).values()
    assert claim.metric == "return" and not is_certain(claim)
    assert "another clause" in claim.decided_by["period"]


def test_a_yearless_part_after_two_different_years_takes_neither() -> None:
    from analyzer.extract.timeexpr import find_time_expressions

    text = "相比2023年,2024年上半年市场回暖,下半年震荡加剧。"
    *_, last = find_time_expressions(text, dt.date(2025, 3, 1))
    assert text[last.start : last.end] == "下半年" and last.year_inferred
    (only,) = find_time_expressions("回顾2023年,下半年震荡加剧。", dt.date(2025, 3, 1))[1:]
    assert only.start_date == dt.date(2023, 7, 1) and not only.year_inferred
