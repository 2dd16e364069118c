"""Verification reach, third stop (issue 21): every unverifiable figure of the kinds real news states
gets a named cause (none is left as 'other'), a Hong Kong report's 科技指數 is read on the Hang Seng
TECH Index, and an opening cue followed by the session's move (低开高走涨3%) is the session's change.

Rows run whole sentences through the pipeline against a store seeded from corpora/market (values in
the comments are the shipped observations), in Simplified and Traditional, with ASCII and with
full-width punctuation.
"""

from __future__ import annotations

import datetime as dt

import pytest

from analyzer.types import VerdictStatus
from analyzer.verify import MarketStore
from tests.unit.sentence_verdicts import C, D, S, U, assert_verdict, four_forms, reviewed

# (text, as_of, metric, status)
# fmt: off
CASES: list[tuple[str, dt.date, str, VerdictStatus]] = [
    # ---- 科技指數 in a Hong Kong report is the HSTECH (sina/eastmoney/investing: 2024-06-11 3755.42,
    #      06-12 3691.28): supported when they agree, never contradicted (usage, not a definition)
    ("2024年6月12日,港股下跌,恒指跌238点,科技指数收报3691点,跌1.71%。", D(2024, 6, 13), "close", S),
    ("2024年6月12日,港股下跌,恒指跌238点,科技指数收报3691点,跌1.71%。", D(2024, 6, 13), "change_pct", S),
    ("2024年6月12日,港股下跌,恒指跌238点,科技指数收报3791点,跌2.71%。", D(2024, 6, 13), "change_pct", U),
    ("2024年6月12日,恒指下跌,科技指数失守3700点。", D(2024, 6, 13), "threshold", S),  # close below: low too
    # without a word of the Hong Kong market the short name names no index
    ("2024年6月12日,科技指数收报3691点。", D(2024, 6, 13), "close", U),
    # ---- an opening cue followed by the session's move: the day's change (star50 sina 2025-01-13
    #      952.186, 01-14 981.779: +3.108%; chinext 1982.459 → 2075.756: +4.706%)
    ("收评:2025年1月14日,科创50指数低开高走涨3.11%。", D(2025, 1, 15), "change_pct", S),
    ("收评:2025年1月14日,科创50指数低开高走涨4.11%。", D(2025, 1, 15), "change_pct", C),
    ("2025年1月14日收盘,创业板指高开高走涨4.71%。", D(2025, 1, 15), "change_pct", S),
    ("2025年1月14日收盘,创业板指高开高走涨5.71%。", D(2025, 1, 15), "change_pct", C),
    ("收评:2025年1月14日,创业板指高开0.5%。", D(2025, 1, 15), "change_pct", U),  # the gap at the open
    # ---- a close, its change and its % stated together for a subject the store has no series of: the text's
    #      own arithmetic (previous close = close − change), supported when they agree, never contradicted
    ("2024年3月8日,联发科收报1015元,上涨10元,涨幅1%。", D(2024, 3, 9), "change_pct", S),  # 10 / 1005
    ("2024年3月8日,联发科收报1015元,上涨10元,涨幅1%。", D(2024, 3, 9), "change_amount", S),
    ("2024年3月8日,联发科收报1015元,上涨10元,涨幅1%。", D(2024, 3, 9), "close", S),
    ("2024年3月8日,联发科收报1015元,上涨10元,涨幅3%。", D(2024, 3, 9), "change_pct", U),
    ("2024年3月8日,鸿海终场下跌2元收在169.5元,跌幅1.17%。", D(2024, 3, 9), "change_pct", S),  # −2 / 171.5
    ("2024年3月8日,鸿海终场下跌2元收在169.5元,跌幅1.17%。", D(2024, 3, 9), "close", S),
    ("2024年3月8日,鸿海终场下跌2元收在169.5元,跌幅1.71%。", D(2024, 3, 9), "close", U),
    # a level read during the session with its change and % since the previous close: the same identity
    ("2024年5月3日,恒指高见18300点,中午收市报18200点,升150点,升幅0.83%。", D(2024, 5, 3), "change_pct", S),
    ("2024年5月3日,恒指高见18300点,中午收市报18200点,升150点,升幅0.83%。", D(2024, 5, 3), "change_points", S),
    ("2024年5月3日,恒指高见18300点,中午收市报18200点,升150点,升幅1.83%。", D(2024, 5, 3), "change_pct", U),
    ("2024年5月3日,港股在竞价时段上升,恒生指数报18100点,升50点,升幅0.28%。", D(2024, 5, 3), "change_pct", S),
    # ---- a return the sentence ends with 截至 (sse_composite tushare 2024-05-31 3086.8134, 06-27 2945.8524: a true
    #      −4.57% to the 27th): 本月 in a 截至 clause is read as the month up to that day (claims) and supported;
    #      the month named by its number is read as the calendar month (to 06-28 2967.4028: −3.87%), and a
    #      return whose sentence says where it ends is never contradicted on that span (verify)
    ("截至2024年6月27日收盘,沪指本月跌幅4.57%。", D(2024, 6, 28), "return", S),
    ("截至2024年6月27日收盘,沪指6月跌幅4.57%。", D(2024, 6, 28), "return", U),
    ("2024年6月,沪指累计下跌3.87%。", D(2024, 7, 2), "return", S),
    # points likewise (hsi wind 2024-05-31 18079.61, 06-06 18476.8: +397 to the 6th; the week to 06-07 is +287):
    # 本周 in a 截至 clause is the week up to that day
    ("截至2024年6月6日收盘,恒指本周累涨397点。", D(2024, 6, 8), "change_points", S),
    ("2024年6月,沪指累计下跌5.87%。", D(2024, 7, 2), "return", C),
    # ---- a whole-point difference of two levels each written with the decimals dropped (hsi yahoo 2024-05-21 low
    #      19175.80, wind 05-20 close 19636.22: −460.42; 19636 − 19175 = 461) is less than a point off: not wrong
    ("2024年5月21日,恒指盘中一度跌461点。", D(2024, 5, 22), "intraday_move", U),
    ("2024年5月21日,恒指盘中一度跌462点。", D(2024, 5, 22), "intraday_move", C),
    # ---- a bare CPI is China's only by default: in a document about another economy (Taiwan's 主計總處, 本港) a
    #      figure off China's (eastmoney 2024-04 yoy 0.3) is never contradicted; in a mainland text it is
    ("主计总处公布4月消费者物价指数(CPI)年增1.95%。", D(2024, 5, 8), "growth_yoy", U),
    ("本港4月CPI同比上涨1.95%。", D(2024, 5, 12), "growth_yoy", U),
    ("2024年4月CPI同比上涨1.95%。", D(2024, 5, 12), "growth_yoy", C),
    ("2024年4月CPI同比上涨0.3%。", D(2024, 5, 12), "growth_yoy", S),
    # ---- month-on-month % of the CPI (eastmoney mom: 2024-05 −0.1, 2024-06 −0.2) and M1 balances past the
    #      Choice export's end (eastmoney m1_level 2026-06 1184775.5亿)
    ("2024年6月份,全国居民消费价格环比下降0.2%。", D(2024, 7, 10), "growth_mom", S),
    ("2024年6月份,全国居民消费价格环比上涨0.2%。", D(2024, 7, 10), "growth_mom", C),
    ("2024年5月,全国居民消费价格环比下降0.1%,同比上涨0.3%。", D(2024, 6, 12), "growth_mom", S),
    ("2026年6月末,狭义货币(M1)余额118.48万亿元。", D(2026, 7, 15), "balance", S),
    ("2026年6月末,狭义货币(M1)余额112.48万亿元。", D(2026, 7, 15), "balance", C),
    # a bound (逾) binds nothing: left as the store leaves it
    ("2024年3月8日,鸿海收报169.5元,下跌2元,跌逾1%。", D(2024, 3, 9), "close", U),
]

# (text, as_of, metric, cause, missing series)
CAUSES: list[tuple[str, dt.date, str, str, str | None]] = [
    ("2024年6月12日,恒指下跌,科技指数逼近3700点。", D(2024, 6, 13), "threshold", "not_crossed", None),
    ("2024年6月12日,恒指下跌,科技指数未能突破3800点。", D(2024, 6, 13), "threshold", "not_crossed", None),
    # a registry stock's price through a round figure is read on its traded bars: HSBC has adjusted closes only
    ("2024年6月12日,滙控升穿70元。", D(2024, 6, 13), "threshold", "no_series", "hsbc close"),
    ("2024年6月12日,恒指收市跌238点,主板成交额约1000亿元。", D(2024, 6, 13), "turnover", "no_series",
     "hk_main_board turnover"),
    ("2023年,腾讯控股营业收入同比增长5%。", D(2024, 4, 1), "growth_yoy", "no_checker", None),
    # a name the store does not know (the report's 公司, a city misread as a company): no series, not a company's
    ("2023年,公司营业收入同比增长5%。", D(2024, 4, 1), "growth_yoy", "no_series", None),
    ("收评:2025年1月14日,创业板指高开0.5%。", D(2025, 1, 15), "change_pct", "intraday", None),
    # HSTECH holds closes only: whether the day's high reached a level its close stays under is no series'
    ("2024年6月12日,恒指下跌,科技指数突破3750点。", D(2024, 6, 13), "threshold", "no_series", "hstech high"),
    ("2024年3月8日,联发科收报1015元,上涨10元,涨幅3%。", D(2024, 3, 9), "change_pct", "text_inconsistent", None),
    ("2024年6月份,全国工业生产者出厂价格环比下降0.2%。", D(2024, 7, 10), "growth_mom", "no_series", "cn_ppi mom"),
    ("截至2024年6月27日收盘,沪指6月跌幅4.57%。", D(2024, 6, 28), "return", "uncertain", None),
]
# fmt: on


@pytest.mark.issue(21)
@pytest.mark.parametrize(("text", "as_of", "metric", "status"), four_forms(CASES))
def test_case(text: str, as_of: dt.date, metric: str, status: VerdictStatus, store: MarketStore) -> None:
    assert_verdict(text, as_of, metric, status, store)


@pytest.mark.issue(21)
@pytest.mark.parametrize(
    ("text", "as_of", "metric", "cause", "missing"),
    [(p.values[0], p.values[1], row[2], row[3], row[4]) for row in CAUSES
     for p in four_forms([(row[0], row[1], row[2], U)])],
)
def test_unverifiable_says_its_cause(
    text: str, as_of: dt.date, metric: str, cause: str, missing: str | None, store: MarketStore
) -> None:
    result = reviewed(text, as_of, store)
    claim = [c for c in result.claims if c.metric == metric][-1]
    verdict = {v.claim_id: v for v in result.verdicts}[claim.id]
    assert verdict.status is U and verdict.cause == cause, (verdict.cause, verdict.reason)
    assert verdict.missing_series == missing


@pytest.mark.issue(21)
def test_a_short_name_says_why_it_is_not_contradicted(store: MarketStore) -> None:
    result = reviewed("2024年6月12日,港股下跌,科技指数收报3791点。", D(2024, 6, 13), store)
    (v,) = [v for v in result.verdicts if v.checker == "close"]
    assert v.status is U and v.cause == "stand_in"
    assert "hstech gives 3691.28" in (v.reason or "") and "short_names" in (v.reason or "")


@pytest.mark.issue(21)
def test_the_texts_own_session_arithmetic_says_its_method(store: MarketStore) -> None:
    result = reviewed("2024年3月8日,联发科收报1015元,上涨10元,涨幅1%。", D(2024, 3, 9), store)
    (v,) = [v for v in result.verdicts if v.checker == "session_text" and v.expected == 1]
    assert v.status is S and "previous close = close − change" in v.method and "1005" in v.method
    assert len(v.data) == 3 and "no market data" in (v.reason or "")
