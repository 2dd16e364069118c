"""Verification reach, issue 21 (reach17): figures the shipped series already speak to once read right.

- A change in money or points computed from two amounts the text states (较一季度末455.80亿元减少43.44亿元) is their
  difference, never a growth rate (a true change was reported contradicted, its % growth taken for it); a
  disagreement is the text's own inconsistency, never a contradiction (checkers/arithmetic.py). A growth written as a
  multiple (增长2倍) is compared in multiples (it was compared with the growth in %: a true one was contradicted).
- On the day's bars (checkers/day_bars.py): an opening level against the day's open, a change at the open (低开139点)
  as the open less the previous close, and the day's range (高低波幅210点) as the high less the low (a true range was
  reported contradicted, read as the excursion from the previous close). A disagreement with these bars is
  unverifiable (providers print opens differently; a range written during the session may be the range so far).

Each row is a sentence of its own run through the pipeline and reviewed against the store seeded from corpora/market
(HSI bars from Yahoo, TAIEX bars from TWSE, TSMC bars from Yahoo), in four forms (Simplified and Traditional, ASCII and
full-width punctuation).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from analyzer.types import VerdictStatus
from analyzer.verify import MarketStore
from tests.unit.sentence_verdicts import D, S, U, assert_verdict, four_forms, reviewed

#: a manager's assets at two quarter ends and the change between them: 412.36 − 455.80 = −43.44
AUM = "截至二季度末,该基金经理在管总规模412.36亿元,较一季度末455.80亿元减少{}。"
#: a growth written as a multiple: 120.00 / 40.00 − 1 = 2 (增长2倍), compared in multiples, never as 200 (%)
AUM_TIMES = "截至二季度末,该基金经理在管总规模120.00亿元,较一季度末40.00亿元增长{}倍。"
#: the same, rising: 236.50 − 210.25 = 26.25
AUM_UP = "截至三季度末,该基金经理在管总规模236.50亿元,较二季度末210.25亿元增加{}亿元。"
#: HSI on 2024-04-19: open 16246.34 against the previous close 16385.87 (−139.53)
HSI_GAP = "4月19日早段,恒生指数低开{}点。"
#: HSI on 2024-05-22: high 19359.68, low 19149.41 (a range of 210.27)
HSI_RANGE = "5月22日,恒生指数今日高低波幅{}点。"
#: TAIEX on 2024-05-20 opened at 21278.38
TAIEX_OPEN = "5月20日,加权指数以{}点开出。"
#: TSMC on 2024-04-23: open 761 against the previous close 742
TSMC_OPEN = "4月23日,台积电开盘上涨{}元,以{}元开出。"

# (text, as_of, metric, status)
# fmt: off
CASES: list[tuple[str, dt.date, str, VerdictStatus]] = [
    (AUM.format("43.44亿元"), D(2024, 7, 20), "change_amount", S),  # the difference, not the growth rate (−9.53%)
    (AUM.format("45.44亿元"), D(2024, 7, 20), "change_amount", U),  # the text disagrees with itself: never wrong
    (AUM.format("9.53%"), D(2024, 7, 20), "growth", S),  # a change in % is still the growth rate
    (AUM_UP.format("26.25"), D(2024, 10, 20), "change_amount", S),
    (AUM_TIMES.format("2"), D(2024, 7, 20), "multiple_move", S),
    (AUM_TIMES.format("3"), D(2024, 7, 20), "multiple_move", U),  # 增长N倍 is also written for N times: not wrong
    (HSI_GAP.format("139"), D(2024, 4, 19), "change_points", S),  # −139.53 with its decimals dropped
    (HSI_GAP.format("200"), D(2024, 4, 19), "change_points", U),  # another open is never called wrong
    (HSI_RANGE.format("210"), D(2024, 5, 22), "intraday_move", S),  # high − low, not high − previous close (139.06)
    (HSI_RANGE.format("逾200"), D(2024, 5, 22), "intraday_move", S),  # at least 200
    (HSI_RANGE.format("250"), D(2024, 5, 22), "intraday_move", U),  # wider than the bars: the range so far? not wrong
    (TAIEX_OPEN.format("21278.38"), D(2024, 5, 20), "open", S),
    (TAIEX_OPEN.format("21300.00"), D(2024, 5, 20), "open", U),
    (TSMC_OPEN.format("19", "761"), D(2024, 4, 23), "open", S),
    (TSMC_OPEN.format("19", "761"), D(2024, 4, 23), "change_amount", S),  # 761 − 742
    (TSMC_OPEN.format("25", "767"), D(2024, 4, 23), "change_amount", U),
]
# fmt: on


@pytest.mark.issue(21)
@pytest.mark.parametrize(("text", "as_of", "metric", "status"), four_forms(CASES))
def test_case(text: str, as_of: dt.date, metric: str, status: VerdictStatus, store: MarketStore) -> None:
    assert_verdict(text, as_of, metric, status, store)


@pytest.mark.issue(21)
@pytest.mark.parametrize(
    ("text", "as_of", "metric", "checker", "computed"),
    [
        (AUM.format("43.44亿元"), D(2024, 7, 20), "change_amount", "difference", "-4344000000"),
        (HSI_GAP.format("139"), D(2024, 4, 19), "change_points", "open_change", "-139.53"),
        (HSI_RANGE.format("210"), D(2024, 5, 22), "intraday_move", "day_range", "210.27"),
        (TAIEX_OPEN.format("21278.38"), D(2024, 5, 20), "open", "open", "21278.38"),
    ],
)
def test_each_verdict_names_its_checker_and_the_value_it_computed(
    text: str, as_of: dt.date, metric: str, checker: str, computed: str, store: MarketStore
) -> None:
    result = reviewed(text, as_of, store)
    claim = next(c for c in result.claims if c.metric == metric)
    verdict = {v.claim_id: v for v in result.verdicts}[claim.id]
    assert verdict.checker == checker and verdict.computed == Decimal(computed), verdict


@pytest.mark.issue(21)
@pytest.mark.parametrize(
    ("text", "as_of", "metric", "cause"),
    [
        (AUM.format("45.44亿元"), D(2024, 7, 20), "change_amount", "text_inconsistent"),
        (HSI_GAP.format("200"), D(2024, 4, 19), "change_points", "providers_differ"),
        (HSI_RANGE.format("250"), D(2024, 5, 22), "intraday_move", "intraday"),
    ],
)
def test_a_disagreement_is_unverifiable_with_its_cause(
    text: str, as_of: dt.date, metric: str, cause: str, store: MarketStore
) -> None:
    result = reviewed(text, as_of, store)
    claim = next(c for c in result.claims if c.metric == metric)
    verdict = {v.claim_id: v for v in result.verdicts}[claim.id]
    assert verdict.status is U and verdict.cause == cause and verdict.reason, verdict
