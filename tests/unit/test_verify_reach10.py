"""Verification reach, tenth stop: more Taiwan-listed stocks' bars as traded.

纬创 (Wistron, TWSE 3231, 2024-03-15 .. 06-28) and 万海 (Wan Hai Lines, TWSE 2615, 2024-04-23 .. 06-28)
join the Taiwan stocks of the seventh stop, from the same source (Yahoo via tommy12g321/stock-data-sync,
corpora/market/PROVENANCE_tw_stocks.md) and read by the same checkers: a close, a session's change in
money or % off the previous close as traded (never contradicted: an ex-dividend day's change is measured
from the reference price, which the store does not record), a round price held (the day's high).
TSF's RMB loan component from January to a month's end (前五个月, 全年) is read on the year-to-date total
East Money publishes (累计), never re-added from revised monthly figures (checks.yaml ``year_to_date``).
Hong Kong's composite CPI (综合消费物价指数) is read on the Census and Statistics Department's Table
510-60001, its year-on-year and month-on-month % for the month they cover.

Each row is a whole sentence run through the pipeline and reviewed against a store seeded from
corpora/market, in four forms.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from analyzer.types import VerdictStatus
from analyzer.verify import MarketStore
from tests.unit.sentence_verdicts import C, D, S, U, assert_verdict, four_forms

# (text, as_of, metric, status)
# fmt: off
CASES: list[tuple[str, dt.date, str, VerdictStatus]] = [
    # wistron (yahoo) 2024-06-18 close 107, 2024-06-19 close 111 (high 112): +4, 111 / 107 − 1 = 3.738%
    ("纬创19日终场大涨4元,收111元,涨幅3.74%。", D(2024, 6, 19), "change_amount", S),
    ("纬创19日终场大涨4元,收111元,涨幅3.74%。", D(2024, 6, 19), "change_pct", S),
    ("纬创19日终场大涨4元,收111元,涨幅3.74%。", D(2024, 6, 19), "close", S),
    ("2024年6月19日,纬创资通收在115元。", D(2024, 6, 19), "close", C),
    # a change off the traded closes that disagrees is never called wrong (it may count from a reference price)
    ("2024年6月19日,纬创股价上涨6元,收111元。", D(2024, 6, 19), "change_amount", U),
    # wan_hai (yahoo) 2024-05-10 close 63.8, 2024-05-13 close 70.1 (its limit up): +6.3
    ("万海13日亮灯涨停,上涨6.3元,收70.1元。", D(2024, 5, 13), "change_amount", S),
    ("万海13日亮灯涨停,上涨6.3元,收70.1元。", D(2024, 5, 13), "close", S),
    ("2024年5月13日,万海航运收在72.5元。", D(2024, 5, 13), "close", C),
    # wan_hai 2024-05-28 high 88.5: a round price held that day
    ("2024年5月28日,万海股价站上85元。", D(2024, 5, 28), "threshold", S),
    # TSF's RMB loan component from January to a month's end, read on East Money's year-to-date total (累计;
    # huizhaohuang/china-econ-data-penetrate data/new_loans.csv): 2026-05 89955亿, 2024-12 170495亿
    ("央行称,2026年前五个月对实体经济发放的人民币贷款增加9万亿元。", D(2026, 6, 12), "tsf_loans", S),
    ("2024年全年,社会融资规模中对实体经济发放的人民币贷款增加17.05万亿元。", D(2025, 1, 14), "tsf_loans", S),
    ("2024年全年,社会融资规模中对实体经济发放的人民币贷款增加18.05万亿元。", D(2025, 1, 14), "tsf_loans", C),
    # one month is still that month's flow (2026-01: 49016亿)
    ("2026年1月份,对实体经济发放的人民币贷款增加4.9万亿元。", D(2026, 2, 12), "tsf_loans", S),
    # Hong Kong's composite CPI, C&SD Table 510-60001: 2024-06 year-on-year 1.5, month-on-month 0.5
    ("政府统计处公布,2024年6月综合消费物价指数按年上升1.5%。", D(2024, 7, 22), "growth_yoy", S),
    ("政府统计处公布,2024年6月综合消费物价指数按月上升0.5%。", D(2024, 7, 22), "growth_mom", S),
    ("政府统计处公布,2024年6月综合消费物价指数按年上升2.5%。", D(2024, 7, 22), "growth_yoy", C),
    # two months together are no one month's value; the underlying index (netting out relief measures) is
    # another series, which the store does not hold
    ("2024年5月至6月,综合消费物价指数按年上升1.4%。", D(2024, 7, 22), "growth_yoy", U),
    ("2024年6月,基本综合消费物价指数按年上升1.1%。", D(2024, 7, 22), "growth_yoy", U),
]
# fmt: on


@pytest.mark.issue(21)
@pytest.mark.parametrize(("text", "as_of", "metric", "status"), four_forms(CASES))
def test_case(text: str, as_of: dt.date, metric: str, status: VerdictStatus, store: MarketStore) -> None:
    assert_verdict(text, as_of, metric, status, store)


@pytest.mark.issue(21)
def test_shipped_bars_are_the_traded_prices_with_their_source(store: MarketStore) -> None:
    """Spot checks against closes news reported at the time (Wan Hai's limit-up close of 63.8 on 2024-05-10;
    Wistron's 114.5 on 2024-05-02, up 0.88% from 113.5), each observation naming its repository and licence."""
    for instrument, day, value in (
        ("wan_hai", D(2024, 5, 10), Decimal("63.8")),
        ("wistron", D(2024, 5, 2), Decimal("114.5")),
        ("wistron", D(2024, 4, 30), Decimal("113.5")),
    ):
        series = store.series(instrument, "close", "yahoo")
        assert series is not None and series.on(day) == value
        assert "tommy12g321/stock-data-sync" in series.provenance()
        assert "none stated" in series.provenance()


@pytest.mark.issue(21)
def test_hong_kong_cpi_is_the_departments_table_with_its_source(store: MarketStore) -> None:
    """C&SD published 2024-02's composite CPI up 2.1 % on a year before and 2024-03's flat on the month
    (0.0 [φ3], a change under 0.05 %)."""
    yoy = store.series("hk_cpi", "yoy", "censtatd")
    mom = store.series("hk_cpi", "mom", "censtatd")
    assert yoy is not None and mom is not None
    assert yoy.on(D(2024, 2, 29)) == Decimal("2.1")
    assert mom.on(D(2024, 3, 31)) == Decimal(0)
    assert "Table 510-60001" in yoy.provenance() and "Census and Statistics Department" in yoy.provenance()
