"""Verification reach, thirteenth stop: a month flow's change on an earlier period stated beside the flow, and a
figure a headline restates counted once in the text's own arithmetic, and a total named as the sum of the figures
listed before it (累计, 合计).

同比少增1.38万亿元 beside TSF's RMB loans from January to May, 比上年同期少8930亿元 beside TSF's flow: the flow over
the claim's months less the flow over the same months a year earlier (or the month before, 比上月), both from one
provider's shipped series (East Money via huizhaohuang/china-econ-data-penetrate): its year-to-date field when it
has one, else the months added up. Supported when it agrees, never contradicted (months are revised after their
first release; checks.yaml ``flow_change_bases``).

Each row is a whole sentence run through the pipeline and reviewed against a store seeded from corpora/market,
in four forms (both scripts, both punctuation widths).
"""

from __future__ import annotations

import datetime as dt

import pytest

from analyzer.types import VerdictStatus
from analyzer.verify import MarketStore
from tests.unit.sentence_verdicts import D, S, U, assert_verdict, four_forms, reviewed

# (text, as_of, metric, status)
# fmt: off
FLOW_CHANGES: list[tuple[str, dt.date, str, VerdictStatus]] = [
    # East Money's TSF flow 2026-01 .. 04: 72185 + 23837 + 52240 + 6245 = 154507亿; 2025-01 .. 04: 70546 + 22331 +
    # 58961 + 11599 = 163437亿; 154507 − 163437 = −8930亿
    ("2026年1至4月,社会融资规模增量累计15.45万亿元,较上年同期减少8930亿元。", D(2026, 5, 14), "change_amount", S),
    # a change that disagrees is not called wrong: months are revised after their first release
    ("2026年1至4月,社会融资规模增量累计15.45万亿元,较上年同期减少7930亿元。", D(2026, 5, 14), "change_amount", U),
    # a flow stated beside it that is not the series' (16.45万亿 against 15.45) binds nothing: the change is not taken
    ("2026年1至4月,社会融资规模增量累计16.45万亿元,较上年同期减少8930亿元。", D(2026, 5, 14), "change_amount", U),
    # East Money's year-to-date RMB loans: 2026-05 89955亿, 2025-05 103763亿: −13808亿 → 1.38万亿
    ("2026年前五个月,对实体经济发放的人民币贷款增加9万亿元,同比少增1.38万亿元。", D(2026, 6, 12), "change_amount", S),
    # one month: 2025-04 11599亿 against 2024-04 −658亿: +12257亿 → 1.23万亿
    ("2025年4月,社会融资规模增量为1.16万亿元,比上年同期多1.23万亿元。", D(2025, 5, 14), "change_amount", S),
    # the month before: 2026-03 52240亿 less 2026-02 23837亿 = 28403亿 → 2.84万亿
    ("2026年3月,社会融资规模增量为5.22万亿元,比上月多增2.84万亿元。", D(2026, 4, 14), "change_amount", S),
    # a month the store does not hold (East Money's flow ends 2026-04) leaves the change unchecked
    ("2026年前五个月,社会融资规模增量累计17.48万亿元,比上年同期少1.16万亿元。", D(2026, 6, 12), "change_amount", U),
    # a stock at a month's end is no flow: its change on a year earlier is not this method's
    ("2025年3月末,社会融资规模存量为422.96万亿元,比上年同期多30万亿元。", D(2025, 4, 14), "change_amount", U),
]

# a telegraph's headline in brackets restates its body's level and % change: each figure counts once, so the body's
# level, change and % change still bind one another (480.50 − 20.00 = 500.50; −20.00 / 500.50 = −4.0%)
RESTATED: list[tuple[str, dt.date, str, VerdictStatus]] = [
    ("【财政部:3月份全国共售出彩票480.50亿元 同比下降4.0%】本报4月20日电,据财政部数据,3月份,全国共售出彩票480.50亿元,"
     "同比减少20.00亿元,下降4.0%。", D(2026, 4, 20), "change_amount", S),
    ("【财政部:3月份全国共售出彩票480.50亿元 同比下降4.0%】本报4月20日电,据财政部数据,3月份,全国共售出彩票480.50亿元,"
     "同比减少20.00亿元,下降4.0%。", D(2026, 4, 20), "sales", S),
    # figures that disagree are the text's own inconsistency, never a contradiction
    ("【财政部:3月份全国共售出彩票480.50亿元 同比下降4.0%】本报4月20日电,据财政部数据,3月份,全国共售出彩票480.50亿元,"
     "同比减少30.00亿元,下降4.0%。", D(2026, 4, 20), "change_amount", U),
]

# a total named as the sum of the figures listed before it (累计, 合计) binds the total and each part
SUMS: list[tuple[str, dt.date, str, VerdictStatus]] = [
    # 15.4 + 12.2 + 9.8 = 37.4
    ("截至三季度末,偏股基金重仓的行业为电子、医药、银行,仓位占比分别为15.4%、12.2%、9.8%,累计仓位达37.4%。",
     D(2026, 10, 30), "portfolio_weight", S),
    ("上半年,甲公司、乙公司、丙公司的营业收入分别为12.5亿元、8.3亿元和4.1亿元,合计24.9亿元。",
     D(2026, 8, 30), "revenue", S),
    # a total the parts do not make is the text's own inconsistency, never a contradiction
    ("截至三季度末,偏股基金重仓的行业为电子、医药、银行,仓位占比分别为15.4%、12.2%、9.8%,累计仓位达38.4%。",
     D(2026, 10, 30), "portfolio_weight", U),
    # growth rates do not add up: a combined growth is no sum of the parts' growths
    ("上半年,甲公司和乙公司的营业收入分别同比增长5.0%、6.0%,合计增长11.0%。", D(2026, 8, 30), "growth_yoy", U),
    # a figure past a clause break after the word is not the sum it names
    ("电子、医药仓位占比分别为15.4%、12.2%,累计看来,银行仓位为27.6%。", D(2026, 10, 30), "portfolio_weight", U),
]
# fmt: on


@pytest.mark.issue(21)
@pytest.mark.parametrize(("text", "as_of", "metric", "status"), four_forms(FLOW_CHANGES))
def test_flow_change(text: str, as_of: dt.date, metric: str, status: VerdictStatus, store: MarketStore) -> None:
    assert_verdict(text, as_of, metric, status, store)


@pytest.mark.issue(21)
def test_a_flow_change_says_its_method_and_both_periods(store: MarketStore) -> None:
    text = "2026年1至4月,社会融资规模增量累计15.45万亿元,较上年同期减少8930亿元。"
    (verdict,) = [v for v in reviewed(text, D(2026, 5, 14), store).verdicts if v.checker == "flow_change"]
    assert verdict.status is S
    assert "on the same months a year earlier" in verdict.method
    assert "4 monthly values added up" in verdict.method
    days = [d.split()[2] for d in verdict.data if d.startswith("cn_tsf flow ")]
    base = ["2025-01-31", "2025-02-28", "2025-03-31", "2025-04-30"]
    assert days == [*base, *(d.replace("2025", "2026") for d in base)]
    assert verdict.computed == -893000000000


@pytest.mark.issue(21)
def test_a_flow_change_that_disagrees_says_why_it_is_not_wrong(store: MarketStore) -> None:
    text = "2026年1至4月,社会融资规模增量累计15.45万亿元,较上年同期减少7930亿元。"
    (verdict,) = [v for v in reviewed(text, D(2026, 5, 14), store).verdicts if v.checker == "flow_change"]
    assert verdict.status is U
    assert "revised after they are first published" in (verdict.reason or "")


@pytest.mark.issue(21)
@pytest.mark.parametrize(("text", "as_of", "metric", "status"), four_forms(RESTATED))
def test_a_restated_figure_counts_once(
    text: str, as_of: dt.date, metric: str, status: VerdictStatus, store: MarketStore
) -> None:
    assert_verdict(text, as_of, metric, status, store)
    result = reviewed(text, as_of, store)
    headline = next(c for c in result.claims if c.metric == "sales")
    verdict = {v.claim_id: v for v in result.verdicts}[headline.id]
    assert verdict.status is status  # the headline's copy of the level shares the body's verdict


@pytest.mark.issue(21)
@pytest.mark.parametrize(("text", "as_of", "metric", "status"), four_forms(SUMS))
def test_a_total_after_its_parts(
    text: str, as_of: dt.date, metric: str, status: VerdictStatus, store: MarketStore
) -> None:
    assert_verdict(text, as_of, metric, status, store)
    result = reviewed(text, as_of, store)
    first = next(c for c in result.claims if c.metric == metric)
    verdict = {v.claim_id: v for v in result.verdicts}[first.id]
    assert verdict.status is status  # the first part shares the total's verdict
    if status is S:
        assert verdict.checker == "text_sum" and "before the total named as their sum" in verdict.method


@pytest.mark.issue(21)
def test_a_flow_beside_the_change_that_is_not_the_series_binds_nothing(store: MarketStore) -> None:
    text = "2026年1至4月,社会融资规模增量累计16.45万亿元,较上年同期减少8930亿元。"
    (verdict,) = [v for v in reviewed(text, D(2026, 5, 14), store).verdicts if v.checker == "flow_change"]
    assert verdict.status is U
    assert "the flow stated beside the change, 16.45万亿元, is not" in (verdict.reason or "")
