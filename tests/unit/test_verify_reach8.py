"""Verification reach, sixth stop: the document's own arithmetic among the figures of one sentence
(analyzer/verify/checkers/text_figures.py), for a figure the store cannot check.

A change stated with both figures it is between (the same subject at two periods: 失业率为3.1%,较上期的2.9%上升
0.2个百分点; a level's growth from its two stated levels; an excess over another subject's rate of the same
period: 跑输4.7个百分点), a level with its change and % change (个案198,600宗,按月减少600宗,跌幅0.3%), a total with
the parts listed after 其中, and the shares of a whole's parts each stated with its amount bind one another.
Agreement supports the claim, naming the figures; a disagreement is never a contradiction (the text does not say
which figure is off), and two figures the change cannot be told to lie between (two subjects' rates of one
period, each with its own change) bind nothing.

Each row is a whole sentence run through the pipeline and reviewed against a store seeded from corpora/market,
in four forms (Simplified and Traditional, ASCII and full-width punctuation).
"""

from __future__ import annotations

import datetime as dt

import pytest

from analyzer.types import Claim, Verdict, VerdictStatus
from analyzer.verify import MarketStore
from tests.unit.sentence_verdicts import D, S, U, assert_verdict, four_forms, reviewed

RATES = "统计处公布,2月至4月经季节性调整的失业率为3.1%,较1月至3月的2.9%上升{}个百分点。"
EXCESS = "2024年,中证500指数涨幅8.20%,华安成长混合A类份额涨幅3.50%,跑输中证500指数{}个百分点。"
CASES_LEVEL = "社会福利署公布,上月领取综援个案198,600宗,按月减少600宗,跌幅{}%。"
PARTS = "2023年公司研发投入12.50亿元,同比增长6.1%,其中直接研发投入8.30亿元,外部引进支出{}亿元。"
SHARES = "2月,其中进口疫苗批签发150.0万支(-10.0%),国产疫苗批签发350.0万支(+20.0%),进口疫苗占比{}%,国产疫苗占比{}%。"
FORECASTS = (
    "我们预计2022-2024年公司归母净利润分别为20.0亿元、25.0亿元、30.0亿元,增速分别为12.0%、25.0%、{}%,"
    "EPS分别为1.00、1.25、1.50元。"
)
CAGR = "公司营业收入由2016年的5.20亿元增长到2019年的9.80亿元,年复合增长率达到{}%。"
GROWTH = "公司海外收入由2022年的8.00亿元增至2023年的10.00亿元,增长{}%。"

# (text, as_of, metric, status)
# fmt: off
CASES: list[tuple[str, dt.date, str, VerdictStatus]] = [
    # ---- a rate's change with both rates stated (the same subject at two periods): 3.1 − 2.9 = 0.2 pp
    (RATES.format("0.2"), D(2024, 5, 20), "ratio_change", S),
    (RATES.format("0.5"), D(2024, 5, 20), "ratio_change", U),  # never contradicted
    # ---- an excess over another subject's rate of the same period: 3.50 − 8.20 = −4.7 pp
    (EXCESS.format("4.7"), D(2025, 3, 30), "excess_return", S),
    (EXCESS.format("5.7"), D(2025, 3, 30), "excess_return", U),
    # ---- a level, its change and its % change: 600 / (198600 + 600) = 0.3012%
    (CASES_LEVEL.format("0.3"), D(2024, 6, 20), "growth_mom", S),
    (CASES_LEVEL.format("0.3"), D(2024, 6, 20), "change_amount", S),
    (CASES_LEVEL.format("0.3"), D(2024, 6, 20), "amount", S),
    (CASES_LEVEL.format("0.5"), D(2024, 6, 20), "growth_mom", U),
    # ---- the shares of a whole's parts summing to 100: 150 / (150 + 350) = 30%
    (SHARES.format("30.00", "70.00"), D(2022, 3, 1), "revenue_share", S),
    (SHARES.format("35.00", "65.00"), D(2022, 3, 1), "revenue_share", U),
    # ---- a level's growth from its two stated levels: 10.00 / 8.00 − 1 = 25%
    (GROWTH.format("25.0"), D(2024, 4, 10), "growth_yoy", S),
    (GROWTH.format("35.0"), D(2024, 4, 10), "growth_yoy", U),
    # ---- a growth a year compounded over the years between two levels: (9.80 / 5.20) ^ (1 / 3) − 1 = 23.53%
    (CAGR.format("23.53"), D(2020, 6, 1), "growth_yoy", S),
    (CAGR.format("28.53"), D(2020, 6, 1), "growth_yoy", U),
    # ---- a list of levels by year and their growth: the arithmetic holds between forecasts too; 30.0 / 25.0 − 1 = 20%
    # (of the levels just before the growth list, not the EPS after it)
    (FORECASTS.format("20.0"), D(2022, 4, 20), "growth_yoy", S),
    (FORECASTS.format("25.0"), D(2022, 4, 20), "growth_yoy", U),
    # ---- two subjects' rates of one period, each with its own change against last month: nothing to bind
    ("5月份,二、三线城市新建商品住宅销售价格同比分别下降4.1%和5.3%,降幅分别收窄0.3个和0.2个百分点。",
     D(2026, 6, 20), "growth_change", U),
]
# fmt: on


@pytest.mark.issue(21)
@pytest.mark.parametrize(("text", "as_of", "metric", "status"), four_forms(CASES))
def test_case(text: str, as_of: dt.date, metric: str, status: VerdictStatus, store: MarketStore) -> None:
    assert_verdict(text, as_of, metric, status, store)


def _verdict_of(text: str, as_of: dt.date, store: MarketStore, value: str) -> tuple[Claim, Verdict]:
    result = reviewed(text, as_of, store)
    (claim,) = [c for c in result.claims if c.value is not None and str(c.value) == value]
    return claim, {v.claim_id: v for v in result.verdicts}[claim.id]


@pytest.mark.issue(21)
def test_a_rate_change_names_both_rates(store: MarketStore) -> None:
    _, v = _verdict_of(RATES.format("0.2"), D(2024, 5, 20), store, "0.2")
    assert v.status is S and v.checker == "text_difference"
    assert "3.1% − 2.9% = 0.2 percentage points" in v.method and "two periods" in v.method
    assert any("3.1%" in d for d in v.data) and any("2.9%" in d for d in v.data)


# a total and the parts listed after 其中 (8.30 + 4.20 = 12.50); parts that do not add up are never a contradiction:
# the figures after 其中 may be some of the whole only (陆股通净流入28.62亿元,其中沪股通…深股通…)
TOTALS = [(PARTS.format("4.20"), D(2024, 4, 10), "amount", S), (PARTS.format("4.00"), D(2024, 4, 10), "amount", U)]


@pytest.mark.issue(21)
@pytest.mark.parametrize(("text", "as_of", "metric", "status"), four_forms(TOTALS))
def test_a_total_against_its_parts(
    text: str, as_of: dt.date, metric: str, status: VerdictStatus, store: MarketStore
) -> None:
    total, v = _verdict_of(text, as_of, store, "1250000000")
    assert total.metric == metric and v.status is status
    if status is S:
        assert v.checker == "text_parts" and len(v.data) == 2 and "12.50" in v.method
    _, part = _verdict_of(text, as_of, store, "830000000")
    assert part.status is U  # a part is not checked by the sum it belongs to


@pytest.mark.issue(21)
def test_shares_that_do_not_sum_to_the_whole_bind_nothing(store: MarketStore) -> None:
    text = SHARES.format("30.00", "60.00")  # 90%: the two parts are not all of the whole
    _, v = _verdict_of(text, D(2022, 3, 1), store, "30.00")
    assert v.status is U and v.checker != "text_shares"
