"""Verification reach, issue 21: the figures an in-sentence identity uses (analyzer/verify/checkers/text_bound.py),
and parts of one whole, each stated with its amount and its share, binding one another through the whole they imply
(analyzer/verify/checkers/share_ratio.py), though the text never states the whole.

A part's amount over its share is the whole (amount / share × 100). Two or more parts of different subjects whose
words naming the whole agree (收入占比, 占基金资产净值比例, a table's column), of one period and one unit, in one
sentence or in sentences that follow one another (clauses split at ；, a table's rows), agree when their implied
wholes meet within the digits written. Agreement supports each amount and share; a disagreement, parts of wholes
named differently, or a share too coarse to bind (4%) never make a contradiction.

The identities of text_figures are read from the change's or the share's side; the figures they use (the two levels a
growth lies between, both rates of a change in pp, the parts' amounts of shares summing to 100) are supported with
the same method when every identity using them holds, and get nothing when one does not.

A share whose whole the words after 占 name (占全省旅游收入的40.0%), when a figure of that subject is stated before
its part, in the part's unit and period (share_of_whole.py): the share against part / whole × 100.

EPS listed by year with the multiples they give at one price (pe_price.py): PE × EPS is one price every year.

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
    assert "「收入」" in v.method and "13.20亿元 / 44.00% = 3000000000" in v.method
    assert len(v.data) == 4  # both amounts and both shares


@pytest.mark.issue(21)
def test_a_disagreement_is_never_a_contradiction(store: MarketStore) -> None:
    result = reviewed(ONE_SENTENCE.format("25.00"), D(2024, 4, 10), store)
    assert all(v.status is not VerdictStatus.CONTRADICTED for v in result.verdicts)
    assert all(v.checker != "text_share_whole" for v in result.verdicts)


LEVELS = "我们预计2023-2025年公司营业收入分别为40.0亿元、48.0亿元、60.0亿元,增速分别为15.0%、20.0%、{}%。"
RATES = "统计处公布,1月至3月经季节性调整的就业不足率为1.3%,较去年12月至今年2月的1.1%上升{}个百分点。"
PARTS = "3月,甲类疫苗批签发120.0万支(-5.0%),乙类疫苗批签发280.0万支(+8.0%),甲类疫苗占比{}%,乙类疫苗占比{}%。"

# (text, as_of, the figure's value as the claim holds it, status)
# fmt: off
BOUND: list[tuple[str, dt.date, str, VerdictStatus]] = [
    # 48.0 / 40.0 − 1 = 20% and 60.0 / 48.0 − 1 = 25%: each level is bound by the growths that use it
    (LEVELS.format("25.0"), D(2023, 4, 10), "4800000000", S),
    (LEVELS.format("25.0"), D(2023, 4, 10), "6000000000", S),
    # a growth that does not hold (30% against 25%) leaves its two levels unbound, the one before it too
    (LEVELS.format("30.0"), D(2023, 4, 10), "6000000000", U),
    (LEVELS.format("30.0"), D(2023, 4, 10), "4800000000", U),
    # both rates of a change in pp: 1.3 − 1.1 = 0.2
    (RATES.format("0.2"), D(2024, 4, 20), "1.1", S),
    (RATES.format("0.5"), D(2024, 4, 20), "1.1", U),
    # the parts' amounts of shares summing to 100: 120.0 / (120.0 + 280.0) = 30%
    (PARTS.format("30.00", "70.00"), D(2024, 4, 10), "2800000", S),
    (PARTS.format("35.00", "65.00"), D(2024, 4, 10), "2800000", U),
]
# fmt: on


def _bound_params() -> list[object]:
    """Each row in the four forms, the value standing in for the metric of the shared expansion."""
    return [pytest.param(*p.values, id=p.id) for p in four_forms(BOUND)]  # type: ignore[attr-defined]


@pytest.mark.issue(21)
@pytest.mark.parametrize(("text", "as_of", "value", "status"), _bound_params())
def test_a_figure_an_identity_uses(text: str, as_of: dt.date, value: str, status: VerdictStatus, store: MarketStore):
    result = reviewed(text, as_of, store)
    (claim,) = [c for c in result.claims if c.value is not None and str(c.value) == value]
    verdict = {v.claim_id: v for v in result.verdicts}[claim.id]
    assert verdict.status is status, (verdict.method, verdict.reason)
    if status is S:
        assert verdict.checker in ("text_growth", "text_difference", "text_shares")
        assert claim.text in verdict.method and len(verdict.data) >= 3  # the figure through which, and the identity's
    assert all(v.status is not VerdictStatus.CONTRADICTED for v in result.verdicts)


#: 4800亿元 / 12000亿元 = 40%; the whole named after 占 (全省旅游) and stated in the sentence before
STATED = "一季度,全省旅游收入12000亿元,同比增长6.0%。其中,入境游收入4800亿元,同比增长9.0%,占全省旅游收入的{}%。"
#: the words after 占 name another whole (全国旅游), which the text does not state: nothing binds
OTHER = "一季度,全省旅游收入12000亿元,同比增长6.0%。其中,入境游收入4800亿元,同比增长9.0%,占全国旅游收入的{}%。"

#: a bare 占比: the whole of the part's own metric, another subject's, stated before: 20.00 / 50.00 = 40%
BARE = "2023年,公司营收同比增长20.00%至50.00亿元。护肤品业务同比增长30.00%至20.00亿元,占比{}%。"

#: two parts agree on a whole of 50.00亿元; the revenue stated just before the first part is its whole too: when it is
#: 60.00 that identity fails, and the first part's share gets no support from the other
TWO_WAYS = (
    "2023年,公司营收同比增长20.00%至{}亿元。1)护肤品业务同比增长30.00%至20.00亿元,占比40.00%。"
    "2)医疗业务同比增长10.00%至15.00亿元,占比30.00%。"
)

# fmt: off
WHOLES: list[tuple[str, dt.date, str, VerdictStatus]] = [
    (STATED.format("40.0"), D(2024, 4, 20), "revenue_share", S),
    (STATED.format("40.0"), D(2024, 4, 20), "revenue", S),  # the part, the last revenue figure
    (STATED.format("45.0"), D(2024, 4, 20), "revenue_share", U),
    (STATED.format("40.0").replace("其中,", "其中,约"), D(2024, 4, 20), "revenue_share", S),  # 约 widens the part
    (OTHER.format("40.0"), D(2024, 4, 20), "revenue_share", U),
    (BARE.format("40.00"), D(2024, 4, 20), "revenue_share", S),
    (BARE.format("45.00"), D(2024, 4, 20), "revenue_share", U),
]
# fmt: on


@pytest.mark.issue(21)
@pytest.mark.parametrize(("text", "as_of", "metric", "status"), four_forms(WHOLES))
def test_a_share_of_a_whole_the_text_states(
    text: str, as_of: dt.date, metric: str, status: VerdictStatus, store: MarketStore
) -> None:
    assert_verdict(text, as_of, metric, status, store)
    if status is S:
        result = reviewed(text, as_of, store)
        verdict = {v.claim_id: v for v in result.verdicts}[[c for c in result.claims if c.metric == metric][-1].id]
        assert verdict.checker in ("text_stated_whole", "text_share_whole") and "whole" in verdict.method


#: 2.00 × 40.0 = 2.50 × 32.0 = 3.20 × 25.0 = 80.0 (the price never stated)
PE_LIST = "我们预计公司2024-2026年每股收益分别为2.00、2.50、3.20元,对应市盈率分别为40.0、32.0、{}倍,维持增持评级。"

# fmt: off
MULTIPLES: list[tuple[str, dt.date, str, VerdictStatus]] = [
    (PE_LIST.format("25.0"), D(2024, 4, 20), "pe_forward", S),
    (PE_LIST.format("25.0"), D(2024, 4, 20), "eps", S),
    (PE_LIST.format("28.0"), D(2024, 4, 20), "pe_forward", U),  # 89.6 against 80.0: never contradicted
    (PE_LIST.format("28.0"), D(2024, 4, 20), "eps", U),
    # a year written to a whole multiple moves its price by 2 %: it binds nothing, yet one that cannot meet the
    # others (3.20 × 20 = 64) leaves the list unbound
    (PE_LIST.format("20"), D(2024, 4, 20), "eps", U),
]
# fmt: on


@pytest.mark.issue(21)
@pytest.mark.parametrize(("text", "as_of", "metric", "status"), four_forms(MULTIPLES))
def test_eps_and_multiples_at_one_price(
    text: str, as_of: dt.date, metric: str, status: VerdictStatus, store: MarketStore
) -> None:
    assert_verdict(text, as_of, metric, status, store)
    result = reviewed(text, as_of, store)
    first = next(c for c in result.claims if c.metric == metric)  # the first year: precise in every row
    verdict = {v.claim_id: v for v in result.verdicts}[first.id]
    assert verdict.status is status and (status is U or verdict.checker == "text_pe_price")


@pytest.mark.issue(21)
@pytest.mark.parametrize(("total", "status"), [("50.00", S), ("60.00", U)])
def test_one_failing_identity_withholds_support(total: str, status: VerdictStatus, store: MarketStore) -> None:
    for text in four_forms([(TWO_WAYS.format(total), D(2024, 4, 20), "revenue_share", status)]):
        result = reviewed(text.values[0], D(2024, 4, 20), store)  # type: ignore[attr-defined]
        (first,) = [c for c in result.claims if c.metric == "revenue_share" and str(c.value) == "40.00"]
        verdict = {v.claim_id: v for v in result.verdicts}[first.id]
        assert verdict.status is status, (verdict.method, verdict.reason)
        assert all(v.status is not VerdictStatus.CONTRADICTED for v in result.verdicts)
