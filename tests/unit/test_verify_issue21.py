"""Issue 21: the series articles cite most and the checkers for what they state, on the REAL observations
shipped in corpora/market (values in the comments are the shipped ones).

Each row is a whole sentence run through the pipeline and reviewed against a store seeded from
corpora/market, in Simplified and in Traditional (OpenCC s2t): true figures are supported, altered ones
contradicted, figures the data cannot settle (an extreme so far, another source of a yield, a scope that may
include Beijing, a date not stated) unverifiable.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from analyzer.types import VerdictStatus
from analyzer.verify import MarketStore
from tests.unit.sentence_verdicts import C, D, S, U, assert_verdict, four_forms, reviewed

# (text, as_of, metric, status)
# fmt: off
CASES: list[tuple[str, dt.date, str, VerdictStatus]] = [
    # ---- closes of the new A-share series (Tushare and Sina, each alone)
    ("9月30日,深证成指收报10529.76点。", D(2024, 10, 9), "close", S),  # tushare 10529.7568
    ("9月30日,深证成指收报10592.76点。", D(2024, 10, 9), "close", C),
    ("2024年10月8日,创业板指收报2550.28点。", D(2024, 10, 9), "close", S),  # sina 2550.276
    ("2024年10月8日,创业板指收报2505.28点。", D(2024, 10, 9), "close", C),
    ("10月8日,科创50收涨17.38%。", D(2024, 10, 9), "change_pct", S),  # 1023.967 / 872.365 − 1
    ("10月8日,科创50收涨16.38%。", D(2024, 10, 9), "change_pct", C),
    ("10月8日,中证1000收报6201.99点。", D(2024, 10, 9), "close", S),
    ("10月8日,上证50收报2853.14点。", D(2024, 10, 9), "close", S),
    ("10月8日,上证50收报2835.14点。", D(2024, 10, 9), "close", C),
    ("9月30日,标普500指数收报5762.48点。", D(2024, 10, 9), "close", S),
    ("9月30日,纳斯达克100指数收报20060.69点。", D(2024, 10, 9), "close", S),
    # ---- thresholds against the day's low / high / close (SZSE 10-08: low 10834.4991, high 11864.1097)
    ("10月8日,深证成指重上11000点。", D(2024, 10, 9), "threshold", S),
    ("10月8日,深证成指重上12000点。", D(2024, 10, 9), "threshold", C),
    ("10月8日,深证成指失守11000点。", D(2024, 10, 9), "threshold", S),
    ("10月8日,深证成指失守10800点。", D(2024, 10, 9), "threshold", C),
    ("10月8日,创业板指突破2500点。", D(2024, 10, 9), "threshold", S),  # close 2550.276, closes only
    ("10月8日,创业板指突破2600点。", D(2024, 10, 9), "threshold", U),  # no high: cannot say
    ("深证成指重上12500点。", D(2024, 10, 9), "threshold", U),  # no date: read on the as-of date, uncertain
    ("10月8日,深证成指并未失守10800点。", D(2024, 10, 9), "threshold", U),  # denied: not a crossing stated
    ("若深证成指跌破10800点,将触发止损。", D(2024, 10, 9), "threshold", U),  # a condition
    ("9月30日,深证成指盘中跌破9800点。", D(2024, 10, 9), "threshold", C),  # low 9829.4314
    # ---- a day's high and low, the session's excursion (previous close 10529.7568)
    ("10月8日,深证成指盘中最高见11864.11点。", D(2024, 10, 9), "intraday_high", S),
    ("10月8日,深证成指盘中最高见11900点。", D(2024, 10, 9), "intraday_high", C),
    ("10月8日,深证成指盘中最高见11800点。", D(2024, 10, 9), "intraday_high", U),
    ("10月8日,深证成指最低见10834.50点。", D(2024, 10, 9), "intraday_low", S),
    ("10月8日,深证成指最低见10800点。", D(2024, 10, 9), "intraday_low", C),
    ("10月8日,深证成指最低见10900点。", D(2024, 10, 9), "intraday_low", U),
    ("10月8日,深证成指一度涨逾1300点。", D(2024, 10, 9), "intraday_move", S),  # high − prev close = 1334.35
    ("10月8日,深证成指一度涨逾1400点。", D(2024, 10, 9), "intraday_move", U),  # a bound: never contradicted
    ("10月8日,深证成指盘中一度大涨1334点。", D(2024, 10, 9), "intraday_move", S),
    ("10月8日,深证成指盘中一度大涨1434点。", D(2024, 10, 9), "intraday_move", C),
    ("10月8日,深证成指盘中一度大涨1234点。", D(2024, 10, 9), "intraday_move", U),
    ("10月8日,恒指盘中最高见23000点。", D(2024, 10, 9), "intraday_high", U),  # no HSI highs shipped
    # ---- turnover (Shanghai + Shenzhen 3451939042.2千元 on 10-08; Shenzhen 1941425791.4千元)
    ("10月8日,沪深两市成交额3.45万亿元。", D(2024, 10, 9), "turnover", S),
    ("10月8日,沪深两市成交额3.54万亿元。", D(2024, 10, 9), "turnover", C),
    ("10月8日,沪深两市成交额3.30万亿元。", D(2024, 10, 9), "turnover", U),  # may be the turnover so far
    ("10月8日,沪深两市全天成交额3.30万亿元。", D(2024, 10, 9), "turnover", C),
    ("10月8日,沪深京三市成交额3.45万亿元。", D(2024, 10, 9), "turnover", U),
    ("10月8日,A股成交额3.54万亿元。", D(2024, 10, 9), "turnover", U),
    ("10月8日,深市成交额1.94万亿元。", D(2024, 10, 9), "turnover", S),
    ("9月30日,深证成指成交额14252.64亿元。", D(2024, 10, 9), "turnover", S),
    ("9月30日,深证成指成交额14522.64亿元。", D(2024, 10, 9), "turnover", C),
    # ---- balances and stocks at a month's end, one month's flows
    ("2025年3月末,M0余额13.07万亿元。", D(2025, 4, 20), "balance", S),  # choice 130691.86亿
    ("2025年3月末,M0余额13.70万亿元。", D(2025, 4, 20), "balance", C),
    ("2025年3月末,M2余额326.06万亿元。", D(2025, 4, 20), "balance", S),
    ("2025年2月末社会融资规模存量为417.29万亿元。", D(2025, 3, 20), "tsf_stock", S),
    ("2025年2月末社会融资规模存量为471.29万亿元。", D(2025, 3, 20), "tsf_stock", C),
    ("2025年1月社会融资规模增量为7.05万亿元。", D(2025, 2, 20), "tsf_flow", S),  # 70546亿
    ("2025年1月社会融资规模增量为5.07万亿元。", D(2025, 2, 20), "tsf_flow", C),
    ("2025年3月,对实体经济发放的人民币贷款增加3.82万亿元。", D(2025, 4, 20), "tsf_loans", S),  # 38234亿
    ("2025年1月末,外汇储备规模为32090亿美元。", D(2025, 2, 20), "reserves", S),  # 32090.36亿
    ("2025年1月末,外汇储备规模为32900亿美元。", D(2025, 2, 20), "reserves", C),
    # ---- diffusion indexes for their month
    ("2025年3月,非制造业商务活动指数为50.8%。", D(2025, 4, 20), "index_level", S),
    ("2025年3月,非制造业商务活动指数为51.8%。", D(2025, 4, 20), "index_level", C),
    ("2025年1月,制造业PMI为49.1%。", D(2025, 2, 20), "index_level", S),
    ("3月份,制造业PMI为50.5%,大型企业PMI为51.2%。", D(2025, 4, 20), "index_level", U),  # another PMI inside the name
    # ---- rates: the ChinaBond curve (band 0.2pp, moves 0.1pp) and LPR (exact)
    ("2024年9月30日,30年期国债收益率为2.36%。", D(2024, 10, 9), "yield", S),
    ("2024年9月30日,30年期国债收益率为2.45%。", D(2024, 10, 9), "yield", U),  # within the band
    ("2024年9月30日,30年期国债收益率为2.96%。", D(2024, 10, 9), "yield", C),
    ("2024年12月31日,美债方面,10年期国债收益率为4.57%。", D(2025, 1, 2), "yield", U),  # US Treasuries: not China's
    ("2024年9月30日,1年期国债收益率下行7bp。", D(2024, 10, 9), "yield_change", S),  # 1.37 − 1.44
    ("2024年9月30日,1年期国债收益率下行12bp。", D(2024, 10, 9), "yield_change", U),
    ("2024年9月30日,1年期国债收益率下行27bp。", D(2024, 10, 9), "yield_change", C),
    ("2025年2月20日,5年期以上LPR为3.6%。", D(2025, 2, 21), "yield", S),
    ("2025年2月20日,5年期以上LPR为3.1%。", D(2025, 2, 21), "yield", C),
    ("2024年12月31日,10年期国债收益率跌破1.7%。", D(2025, 1, 2), "threshold", S),  # 1.68
    ("2024年12月31日,10年期国债收益率跌破1.6%。", D(2025, 1, 2), "threshold", U),  # a rate: never contradicted
    # ---- growth of the new monthly series (industrial production by the month it covers)
    ("2025年3月,社会消费品零售总额同比增长5.9%。", D(2025, 4, 20), "growth_yoy", S),
    ("2025年3月,社会消费品零售总额同比增长9.5%。", D(2025, 4, 20), "growth_yoy", C),
    ("2025年3月,规模以上工业增加值同比增长7.7%。", D(2025, 4, 20), "growth_yoy", S),
    ("2025年3月,规模以上工业增加值同比增长5.7%。", D(2025, 4, 20), "growth_yoy", C),
    ("2025年3月,中国出口同比增长12.4%。", D(2025, 4, 20), "growth_yoy", S),  # choice 12.4, eastmoney 12.2
    ("2025年1-3月,全国固定资产投资同比增长4.2%。", D(2025, 4, 20), "growth_yoy", S),
    # ---- a target's upside against the price stated beside it (in-text arithmetic)
    ("目标价32元,较现价28元有14.3%上行空间。", D(2025, 4, 20), "upside", S),
    ("目标价32元,较现价28元有41.3%上行空间。", D(2025, 4, 20), "upside", U),  # no subject: uncertain
]
# fmt: on


@pytest.mark.issue(21)
@pytest.mark.parametrize(("text", "as_of", "metric", "status"), four_forms(CASES))
def test_case(text: str, as_of: dt.date, metric: str, status: VerdictStatus, store: MarketStore) -> None:
    assert_verdict(text, as_of, metric, status, store)


@pytest.mark.issue(21)
def test_turnover_names_its_observation_and_provider(store: MarketStore) -> None:
    result = reviewed("10月8日,沪深两市成交额3.45万亿元。", D(2024, 10, 9), store)
    (v,) = result.verdicts
    assert v.data[0] == "cn_two_markets turnover 2024-10-08 3451939042200"
    assert "Shanghai and Shenzhen" in (v.reason or "") and "provider tushare" in v.data[-1]
    assert "CC BY 4.0" in v.data[-1] and "AFAN-LIFE/macropage" in v.data[-1]


@pytest.mark.issue(21)
def test_tsf_loan_component_is_never_headline_new_loans(store: MarketStore) -> None:
    # PBOC's headline new loans (新增人民币贷款) are another series than TSF's loan component: not checked
    result = reviewed("2025年3月,新增人民币贷款3.64万亿元。", D(2025, 4, 20), store)
    (v,) = result.verdicts
    assert v.status is U and v.checker == "none"


@pytest.mark.issue(21)
def test_midday_level_is_unverifiable_with_its_reason(store: MarketStore) -> None:
    result = reviewed("10月8日,深证成指午间收报11500点。", D(2024, 10, 9), store)
    (v,) = [v for c in result.claims if c.metric == "midday" for v in result.verdicts if v.claim_id == c.id]
    assert v.status is U and "midday" in (v.reason or "")


@pytest.mark.issue(21)
def test_industrial_production_is_dated_by_the_month_it_covers(store: MarketStore) -> None:
    ip = store.series("cn_industrial_production", "yoy", "jin10")
    assert ip is not None
    # released 2024-12-16 for November (5.4), 2025-01-17 for December (6.2); no January–February month
    assert ip.on(D(2024, 11, 30)) == Decimal("5.4") and ip.on(D(2024, 12, 31)) == Decimal("6.2")
    assert ip.on(D(2025, 2, 28)) is None and ip.on(D(2025, 1, 31)) is None


@pytest.mark.issue(21)
def test_every_new_series_is_listed_with_provenance_and_licence(store: MarketStore) -> None:
    listed = {(i.instrument, i.field, i.provider): i for i in store.list_series()}
    for key in [
        ("sse_composite", "close", "tushare"),
        ("sse_composite", "turnover", "tushare"),
        ("chinext", "close", "sina"),
        ("star50", "close", "sina"),
        ("csi1000", "high", "tushare"),
        ("cn_two_markets", "turnover", "tushare"),
        ("cn_gov_bond_10y", "yield", "chinabond"),
        ("cn_tsf", "stock", "choice"),
        ("cn_tsf", "loans", "eastmoney"),
        ("cn_lpr_1y", "rate", "eastmoney"),
        ("cn_pmi", "level", "choice"),
        ("cn_fx_reserves", "level", "eastmoney"),
        ("usdcny", "monthly_avg", "fred"),
    ]:
        assert key in listed, key
