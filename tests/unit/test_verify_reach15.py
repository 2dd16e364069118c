"""Verification reach, issue 21: parts of one whole, each stated with its amount and its share, bind one another
through the whole they imply (analyzer/verify/checkers/share_ratio.py), though the text never states the whole.

A part's amount over its share is the whole (amount / share × 100). Two or more parts of different subjects whose
words naming the whole agree (收入占比, 占基金资产净值比例, a table's column), of one period and one unit, in one
sentence or in sentences that follow one another (clauses split at ；, a table's rows), agree when their implied
wholes meet within the digits written. Agreement supports each amount and share; a disagreement, parts of wholes
named differently, or a share too coarse to bind (4%) never make a contradiction.

The checker reads no series: each row is a sentence of its own run through the pipeline and reviewed against the
store seeded from corpora/market (whose series cannot speak to these figures), in four forms (Simplified and
Traditional, ASCII and full-width punctuation).
"""

from __future__ import annotations

import datetime as dt

import pytest

from analyzer.types import VerdictStatus
from analyzer.verify import MarketStore
from tests.unit.sentence_verdicts import D, S, U, assert_verdict, four_forms, reviewed

#: two parts in one sentence: 13.20 / 44.00% = 30.00亿元, so the second part's 6.60亿元 is 22.00% of it
ONE_SENTENCE = "2023年,公司男装业务实现收入13.20亿元(收入占比44.00%),配饰业务实现收入6.60亿元(收入占比{}%)。"
#: two clauses split at ;: 4.50 / 60.0% = 7.50亿元, and 2.25亿元 is 30.0% of it
CLAUSES = "2022年公司零售门店实现收入4.50亿元,收入占比为60.0%;电商渠道实现收入2.25亿元,收入占比为{}%。"
#: two sentences of a fund report, the whole named with and without 期末: 1200000.00 / 12.00% = 10000000.00元
FUND = (
    "报告期末,本基金持有的港股公允价值为1200000.00元,占基金资产净值比例为12.00%。"
    "报告期末,本基金持有的制造业股票公允价值为3000000.00元,占期末基金资产净值比例为{}%。"
)
#: a table's rows, its column header naming the whole: 52400000.00 / 5.24% = 1000000000.00元
TABLE = (
    "| 序号 | 股票代码 | 股票名称 | 公允价值(元) | 占基金资产净值比例(%) |\n|---|---|---|---|---|\n"
    "| 1 | 600036 | 招商银行 | 52400000.00 | 5.24 |\n| 2 | 601318 | 中国平安 | 41800000.00 | {} |\n"
)
#: the wholes named differently (营业收入, 净利润): 8.40 / 42.0% = 20.0 and 5.00 / 25.0% = 20.0, yet nothing binds
OTHER_WHOLES = "2022年,公司直营店收入8.40亿元,占营业收入的42.0%;加盟店收入5.00亿元,占净利润的{}%。"
#: a share written to a whole percent moves its whole by an eighth: it binds nothing (0.30 / 4% spans 6.7 to 8.6亿元)
COARSE = "2022年公司零售门店实现收入4.50亿元,收入占比为60.0%;团购渠道实现收入0.30亿元,收入占比为{}%。"

# (text, as_of, metric, status)
# fmt: off
CASES: list[tuple[str, dt.date, str, VerdictStatus]] = [
    (ONE_SENTENCE.format("22.00"), D(2024, 4, 10), "revenue_share", S),
    (ONE_SENTENCE.format("22.00"), D(2024, 4, 10), "revenue", S),
    (ONE_SENTENCE.format("25.00"), D(2024, 4, 10), "revenue_share", U),  # 26.4亿元 against 30.0: never contradicted
    (ONE_SENTENCE.format("22.01"), D(2024, 4, 10), "revenue_share", S),  # 6.595 / 22.015 = 29.96: within the digits
    (CLAUSES.format("30.0"), D(2023, 4, 10), "revenue_share", S),
    (CLAUSES.format("35.0"), D(2023, 4, 10), "revenue_share", U),
    (FUND.format("30.00"), D(2024, 4, 10), "holding_weight", S),
    (FUND.format("33.00"), D(2024, 4, 10), "holding_weight", U),
    (TABLE.format("4.18"), D(2024, 4, 10), "holding_weight", S),
    (TABLE.format("4.81"), D(2024, 4, 10), "holding_weight", U),
    (OTHER_WHOLES.format("25.0"), D(2023, 4, 10), "revenue_share", U),
    (COARSE.format("4"), D(2023, 4, 10), "revenue_share", U),
]
# fmt: on


@pytest.mark.issue(21)
@pytest.mark.parametrize(("text", "as_of", "metric", "status"), four_forms(CASES))
def test_case(text: str, as_of: dt.date, metric: str, status: VerdictStatus, store: MarketStore) -> None:
    assert_verdict(text, as_of, metric, status, store)


@pytest.mark.issue(21)
def test_the_method_names_the_whole_and_each_part(store: MarketStore) -> None:
    result = reviewed(ONE_SENTENCE.format("22.00"), D(2024, 4, 10), store)
    verdicts = {v.claim_id: v for v in result.verdicts}
    (share,) = [c for c in result.claims if c.metric == "revenue_share" and str(c.value) == "22.00"]
    v = verdicts[share.id]
    assert v.checker == "text_share_whole" and v.computed == 22
    assert "「收入占比」" in v.method and "13.20亿元 / 44.00% = 3000000000" in v.method
    assert len(v.data) == 4  # both amounts and both shares


@pytest.mark.issue(21)
def test_a_disagreement_is_never_a_contradiction(store: MarketStore) -> None:
    result = reviewed(ONE_SENTENCE.format("25.00"), D(2024, 4, 10), store)
    assert all(v.status is not VerdictStatus.CONTRADICTED for v in result.verdicts)
    assert all(v.checker != "text_share_whole" for v in result.verdicts)
