"""Verification reach, eleventh stop: month flows from January re-added, and values that stood in.

TSF's flow (社会融资规模增量) from January to a month's end has no year-to-date field in the store, so it is the
sum of one provider's monthly figures (East Money via huizhaohuang/china-econ-data-penetrate, 东方财富 Choice via
AFAN-LIFE/macropage): supported when it agrees, never contradicted, since the statistics office revises earlier
months and computes its published total on a comparable basis (checks.yaml ``month_flow``).

A value that stood in for a session its series lacks supports nothing where the exchange certainly held the
session (series.yaml ``unannounced_closures`` names the exchanges that close for weather on days their
calendar lists: Hong Kong and Taiwan): Tushare's S&P 500 lacks 2023-01-09, a NYSE session, so a figure off
01-06's close that agrees is no more right than one that disagrees is wrong.

Each row is a whole sentence run through the pipeline and reviewed against a store seeded from
corpora/market, in four forms (both scripts, both punctuation widths).
"""

from __future__ import annotations

import datetime as dt

import pytest

from analyzer.types import VerdictStatus
from analyzer.verify import MarketStore
from tests.unit.sentence_verdicts import D, S, U, assert_verdict, four_forms, reviewed

# (text, as_of, metric, status)
# fmt: off
CASES: list[tuple[str, dt.date, str, VerdictStatus]] = [
    # East Money 2026-01 .. 04: 72185 + 23837 + 52240 + 6245 = 154507亿 → 15.45万亿
    ("人民银行数据显示,2026年前四个月社会融资规模增量累计为15.45万亿元。", D(2026, 5, 14), "tsf_flow", S),
    # a sum that disagrees is not called wrong: months are revised after their first release
    ("人民银行数据显示,2026年前四个月社会融资规模增量累计为16.45万亿元。", D(2026, 5, 14), "tsf_flow", U),
    # both providers 2024-01 .. 06: 64734 + 14959 + 48335 − 658 + 20623 + 32985 = 180978亿 → 18.10万亿
    ("2024年上半年,社会融资规模增量累计为18.1万亿元。", D(2024, 7, 12), "tsf_flow", S),
    # a month the store does not hold (East Money ends 2026-04) leaves the total unchecked
    ("人民银行数据显示,2026年前五个月社会融资规模增量累计为17.48万亿元。", D(2026, 6, 12), "tsf_flow", U),
    # one month is still read on that month (2026-03: 52240亿)
    ("2026年3月,社会融资规模增量为5.22万亿元。", D(2026, 4, 14), "tsf_flow", S),
]
# fmt: on

STOOD_IN: list[tuple[str, dt.date, str, VerdictStatus]] = [
    # Tushare's S&P 500: 2023-01-06 3895.08, 01-09 missing (true close 3892.09), 01-10 3919.25. 3919.25 / 3895.08 − 1
    # = 0.62% agrees only with the stand-in: NYSE held 01-09, so it is not called right (the true figure is 0.70%)
    ("2023年1月10日,标普500指数收涨0.62%。", D(2023, 1, 10), "change_pct", U),
    ("2023年1月10日,标普500指数收涨0.70%。", D(2023, 1, 10), "change_pct", U),
]


@pytest.mark.issue(21)
@pytest.mark.parametrize(("text", "as_of", "metric", "status"), four_forms(CASES))
def test_case(text: str, as_of: dt.date, metric: str, status: VerdictStatus, store: MarketStore) -> None:
    assert_verdict(text, as_of, metric, status, store)


@pytest.mark.issue(21)
@pytest.mark.parametrize(("text", "as_of", "metric", "status"), four_forms(STOOD_IN))
def test_a_value_that_stood_in_over_a_held_session(
    text: str, as_of: dt.date, metric: str, status: VerdictStatus, store: MarketStore
) -> None:
    assert_verdict(text, as_of, metric, status, store)
    (verdict,) = [v for v in reviewed(text, as_of, store).verdicts if v.checker == metric]
    assert verdict.cause == "no_observation"
    assert "spx close (tushare) lacks the session of 2023-01-09; the value of 2023-01-06 stood in" in verdict.reason


@pytest.mark.issue(21)
def test_a_re_added_total_says_its_method_with_the_months(store: MarketStore) -> None:
    text = "人民银行数据显示,2026年前四个月社会融资规模增量累计为15.45万亿元。"
    (verdict,) = [v for v in reviewed(text, D(2026, 5, 14), store).verdicts if v.checker == "tsf_flow"]
    assert verdict.status is S and verdict.computed is not None
    assert verdict.method.endswith("from January to 2026-04's end: cn_tsf flow (eastmoney)'s monthly values added up")
    assert verdict.data[:4] == (
        "cn_tsf flow 2026-01-31 7218500000000",
        "cn_tsf flow 2026-02-28 2383700000000",
        "cn_tsf flow 2026-03-31 5224000000000",
        "cn_tsf flow 2026-04-30 624500000000",
    )
    assert any("huizhaohuang/china-econ-data-penetrate" in d for d in verdict.data)
