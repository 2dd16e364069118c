"""Verification reach, issue 21: a total and its parts stated in adjacent sentences
(analyzer/verify/checkers/adjacent_total.py) or a whole stated earlier that a heading before the parts names, and a
figure stated twice sharing its other statement's support
(analyzer/verify/checkers/restated.py).

A total in one sentence and every figure of its kind (metric, unit, currency, period) in the sentence just before or
after it — a list written clause by clause (split at ；) counts as one sentence — bind each other when the parts' sum
meets the total within the digits written; a disagreement, a sentence between them, growth rates, returns and
per-share figures (no sum) or a bound bind nothing and never make a contradiction. A figure stated again with the
same subject, metric, period, value, unit and qualifier is supported when its other statement is.

Each row is a sentence of its own run through the pipeline and reviewed against the store seeded from corpora/market
(whose series cannot speak to these figures), in four forms (Simplified and Traditional, ASCII and full-width
punctuation).
"""

from __future__ import annotations

import datetime as dt

import pytest

from analyzer.types import VerdictStatus
from analyzer.verify import MarketStore
from tests.unit.sentence_verdicts import D, S, U, assert_verdict, four_forms, reviewed

#: a company's total, then its three segments in the next sentence: 21.30 + 9.65 + 4.05 = 35.00亿元
SEGMENTS = "2022年,公司营业收入{}亿元,同比增长6.50%。户外用品收入21.30亿元,运动鞋服收入9.65亿元,配件收入4.05亿元。"
#: three venues listed clause by clause, then the day's total: 3.20 + 15 + 0.40 = 18.60万吨, 64.00 + 300 + 8 = 372万元
CLAUSES = (
    "今日挂牌协议成交量3.20万吨,成交额64.00万元;大宗协议成交量15万吨,成交额300万元;网上交易成交量4000吨,成交额"
    "80000元。今日全市场总成交量{}万吨,总成交额372.00万元。"
)
#: a sentence without figures between the total and its parts: they are not adjacent
APART = (
    "2022年,公司营业收入35.00亿元。公司继续推进渠道改革。户外用品收入21.30亿元,运动鞋服收入9.65亿元,配件收入{}亿元。"
)
#: growth rates do not add up: 4.0 + 2.5 = 6.5 binds nothing
GROWTHS = "2022年,公司营业收入同比增长6.5%。户外用品收入同比增长4.0%,运动鞋服收入同比增长{}%。"
#: a bound (超过) binds nothing
BOUND = "2022年,公司营业收入超过35亿元。户外用品收入21.30亿元,运动鞋服收入9.65亿元,配件收入{}亿元。"
#: the total stated again on a line of its own before the body: the body's support is shared with it
RESTATED = (
    "公司2022年营业收入{}亿元。\n公司公布年报,2022年营业收入35.00亿元,同比增长6.50%。"
    "户外用品收入21.30亿元,运动鞋服收入9.65亿元,配件收入4.05亿元。"
)

#: returns and per-share figures do not add up over parts: 4.00 + 2.00 = 6.00 and 1.00 + 2.00 = 3.00 bind nothing
RETURNS = "2023年二季度,医药板块上涨6.00%。化学制药上涨4.00%,医疗器械上涨{}%。"
PER_SHARE = "2023年,公司每股收益3.00元。A股每股收益1.00元,H股每股收益{}元。"
#: the whole stated first, then a heading naming it and its members' weights: 12.40 + 9.10 = 21.50
NAMED = (
    "具体地,6月末周期板块配比提升0.30%至21.50%,消费板块配比下降0.40%至30.25%。周期板块中,煤炭配比上升,钢铁配比"
    "下降。具体地,煤炭配比上升0.20%至12.40%;钢铁配比下降0.10%至{}%。"
)
#: a heading naming two wholes names none
TWO_NAMED = (
    "具体地,6月末周期板块配比提升0.30%至21.50%,消费板块配比下降0.40%至30.25%。周期板块和消费板块中,煤炭配比上升,"
    "钢铁配比下降。具体地,煤炭配比上升0.20%至12.40%;钢铁配比下降0.10%至{}%。"
)

# (text, as_of, metric, status)
# fmt: off
CASES: list[tuple[str, dt.date, str, VerdictStatus]] = [
    (SEGMENTS.format("35.00"), D(2023, 4, 10), "revenue", S),  # the last segment, through the total before it
    (SEGMENTS.format("36.00"), D(2023, 4, 10), "revenue", U),  # a segment may be left out: never contradicted
    (SEGMENTS.format("35.01"), D(2023, 4, 10), "revenue", S),  # 35.005 against 34.985 .. 35.015: within the digits
    (CLAUSES.format("18.60"), D(2023, 6, 2), "amount", S),  # the total after the clauses
    (CLAUSES.format("18.60"), D(2023, 6, 2), "turnover", S),  # the money column of the same list
    (CLAUSES.format("19.60"), D(2023, 6, 2), "amount", U),
    (APART.format("4.05"), D(2023, 4, 10), "revenue", U),
    (GROWTHS.format("2.5"), D(2023, 4, 10), "growth_yoy", U),
    (BOUND.format("4.05"), D(2023, 4, 10), "revenue", U),
    (RETURNS.format("2.00"), D(2023, 7, 10), "return", U),
    (PER_SHARE.format("2.00"), D(2024, 4, 10), "eps", U),
    (NAMED.format("9.10"), D(2023, 7, 10), "portfolio_weight", S),
    (NAMED.format("9.50"), D(2023, 7, 10), "portfolio_weight", U),
    (TWO_NAMED.format("9.10"), D(2023, 7, 10), "portfolio_weight", U),
]
# fmt: on


@pytest.mark.issue(21)
@pytest.mark.parametrize(("text", "as_of", "metric", "status"), four_forms(CASES))
def test_case(text: str, as_of: dt.date, metric: str, status: VerdictStatus, store: MarketStore) -> None:
    assert_verdict(text, as_of, metric, status, store)


@pytest.mark.issue(21)
@pytest.mark.parametrize("text", [p.values[0] for p in four_forms([(SEGMENTS.format("35.00"), D(2023, 4, 10), "", S)])])
def test_the_total_and_each_part_are_supported_naming_the_checker(text: str, store: MarketStore) -> None:
    result = reviewed(text, D(2023, 4, 10), store)
    verdicts = {v.claim_id: v for v in result.verdicts}
    revenue = [c for c in result.claims if c.metric == "revenue"]
    assert [c.value for c in revenue] == [pytest.approx(v * 10**8) for v in (35, 21.3, 9.65, 4.05)]
    for claim in revenue:
        verdict = verdicts[claim.id]
        assert verdict.status is S and verdict.checker == "text_adjacent_total", verdict
        assert all(c.text in verdict.method for c in revenue)  # the method names the total and every part


@pytest.mark.issue(21)
@pytest.mark.parametrize(
    ("headline", "status"),
    [("35.00", S), ("36.00", U)],  # the same figure shares the body's support; another figure does not
)
def test_a_restated_figure_shares_the_support_of_its_other_statement(
    headline: str, status: VerdictStatus, store: MarketStore
) -> None:
    for param in four_forms([(RESTATED.format(headline), D(2023, 4, 10), "revenue", status)]):
        text = param.values[0]
        result = reviewed(text, D(2023, 4, 10), store)
        first = next(c for c in result.claims if c.metric == "revenue")
        verdict = {v.claim_id: v for v in result.verdicts}[first.id]
        assert verdict.status is status, (text, verdict)
        if status is S:
            assert verdict.checker == "text_restated" and "stated again" in verdict.method


@pytest.mark.issue(21)
def test_a_bound_restating_a_figure_shares_nothing(store: MarketStore) -> None:
    text = RESTATED.format("35.00").replace("营业收入35.00亿元。", "营业收入超过35.00亿元。", 1)
    result = reviewed(text, D(2023, 4, 10), store)
    first = next(c for c in result.claims if c.metric == "revenue")
    assert {v.claim_id: v for v in result.verdicts}[first.id].status is U
