"""Verification reach on what real news cites (issue 21, this stop): the TAIEX's bars from the TWSE, whole
point figures written with the decimals dropped, and the monthly levels read from checks.yaml.

Each row is a whole sentence run through the pipeline and reviewed against a store seeded from
corpora/market (the values in the comments are the shipped observations), in Simplified and in
Traditional (OpenCC s2t): true figures supported, altered ones contradicted, figures the data cannot
settle unverifiable.
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
    # ---- TAIEX (twse): 2023-03-15 close 15387.59; 03-16 high 15334.25 low 15186.74 close 15221.12;
    #      03-17 close 15452.96
    ("2023年3月16日,台股加权指数收报15221.12点。", D(2023, 3, 17), "close", S),
    ("2023年3月16日,台股加权指数收报15212.12点。", D(2023, 3, 17), "close", C),
    ("2023年3月17日,台湾加权指数收涨1.52%。", D(2023, 3, 18), "change_pct", S),  # 15452.96 / 15221.12 − 1
    ("2023年3月17日,台湾加权指数收涨2.52%。", D(2023, 3, 18), "change_pct", C),
    ("2023年3月16日,台股加权指数下跌166.47点。", D(2023, 3, 17), "change_points", S),
    ("2023年3月16日,台股加权指数下跌116.47点。", D(2023, 3, 17), "change_points", C),
    ("2023年3月16日,台股加权指数跌破15200点。", D(2023, 3, 17), "threshold", S),  # low 15186.74
    ("2023年3月16日,台股加权指数跌破15100点。", D(2023, 3, 17), "threshold", C),
    ("2023年3月16日,台股加权指数盘中最低见15186.74点。", D(2023, 3, 17), "intraday_low", S),
    ("2023年3月16日,台股加权指数盘中一度下跌200点。", D(2023, 3, 17), "intraday_move", S),  # low − prev close = −200.85
    # ---- whole points written with the decimals dropped (15452.96 → 15452, 231.84 → 231), rounded too
    ("2023年3月17日,台股加权指数收报15452点。", D(2023, 3, 18), "close", S),
    ("2023年3月17日,台股加权指数收报15453点。", D(2023, 3, 18), "close", S),
    ("2023年3月17日,台股加权指数收报15450点。", D(2023, 3, 18), "close", C),
    ("2023年3月17日,台股加权指数上涨231点。", D(2023, 3, 18), "change_points", S),
    ("2023年3月17日,台股加权指数上涨230点。", D(2023, 3, 18), "change_points", C),
    # HSI (wind 16224.14 on 2024-04-19 after 16385.87): a Hong Kong report's whole points, cut
    ("2024年4月19日,恒生指数收报16224点,下跌161点。", D(2024, 4, 20), "change_points", S),
    ("2024年4月19日,恒生指数收报16224点,下跌162点。", D(2024, 4, 20), "change_points", S),
    ("2024年4月19日,恒生指数收报16224点,下跌163点。", D(2024, 4, 20), "change_points", C),
    # a percentage is rounded, never cut: 1.52% is not 「上涨1%」
    ("2023年3月17日,台湾加权指数收涨1%。", D(2023, 3, 18), "change_pct", C),
    # ---- HSI bars (yahoo; wind and sina closes beside): 2024-06-11 close 18176.34; 06-12 high 18063.72,
    #      low 17848.76, close 17937.84
    ("2024年6月12日,恒指盘中一度跌327点。", D(2024, 6, 13), "intraday_move", S),  # 17848.76 − 18176.34 = −327.58
    ("2024年6月12日,恒指盘中一度跌427点。", D(2024, 6, 13), "intraday_move", C),
    ("2024年6月12日,恒生指数盘中最低见17848点。", D(2024, 6, 13), "intraday_low", S),
    ("2024年6月12日,恒生指数盘中最高见18163点。", D(2024, 6, 13), "intraday_high", C),
    ("2024年6月12日,恒生指数失守18000点。", D(2024, 6, 13), "threshold", S),
    ("2024年6月12日,恒生指数跌穿17800点。", D(2024, 6, 13), "threshold", C),
    # 港股 / 大市 in points or %: the HSI's by usage (index_of), supported on its bars, never contradicted
    ("2024年6月12日,港股收市跌238点。", D(2024, 6, 13), "change_points", S),  # 17937.84 − 18176.34 = −238.50
    ("2024年6月12日,港股收市跌338点。", D(2024, 6, 13), "change_points", U),
    ("2024年6月12日,大市跌穿18000点。", D(2024, 6, 13), "threshold", S),
    # a change in points over several sessions: last close − the close before the period (or on its first
    # session); the reading of a period is never certain, so a figure off the data is not contradicted
    ("2024年6月3日至7日,恒指累计上涨287点。", D(2024, 6, 8), "change_points", S),  # 18366.95 − 18079.61 (05-31)
    ("2024年6月3日至7日,恒指累计上涨387点。", D(2024, 6, 8), "change_points", U),
    ("2023年3月13日至17日,台股加权指数累计下跌73点。", D(2023, 3, 18), "change_points", S),  # 15452.96 − 15526.20
    # a bound is on the size of a signed figure: 跌逾1% is −1 or below (HSI −1.3121 on 2024-06-12)
    ("2024年6月12日,恒指收市跌逾1%。", D(2024, 6, 13), "change_pct", S),
    ("2024年6月12日,恒指收市跌逾2%。", D(2024, 6, 13), "change_pct", U),
    # a session's % change on forward-adjusted closes (tencent close_qfq 370.5652 → 367.5912: −0.80%),
    # supported when they agree, never contradicted (an ex-dividend day is not recorded)
    ("2024年6月12日,腾讯控股收跌0.8%。", D(2024, 6, 13), "change_pct", S),
    ("2024年6月12日,腾讯控股收跌3.1%。", D(2024, 6, 13), "change_pct", U),
    # ---- Nikkei 225 (yahoo): 2024-03-04 high 40314.64 close 40109.23; 03-05 close 40097.63
    ("2024年3月4日,日经225指数收报40109.23点。", D(2024, 3, 6), "close", S),
    ("2024年3月4日,日经225指数收报41109.23点。", D(2024, 3, 6), "close", C),
    ("2024年3月4日,日经225指数突破40000点。", D(2024, 3, 6), "threshold", S),
    ("2024年3月5日,日经225指数下跌11.60点。", D(2024, 3, 6), "change_points", S),
    ("2024年3月5日,日经225指数下跌110.60点。", D(2024, 3, 6), "change_points", C),
    # ---- a market's turnover against the previous session's (Shanghai + Shenzhen, tushare 千元:
    #      09-30 2593036641.6, 10-08 3451939042.2, 10-09 2939822380.9)
    ("10月8日,沪深两市全天成交额3.45万亿元,较上个交易日放量8589亿元。", D(2024, 10, 10), "change_amount", S),
    ("10月9日,沪深两市全天成交额较昨日缩量5121亿元。", D(2024, 10, 10), "change_amount", S),
    ("10月9日,沪深两市全天成交额较昨日缩量6121亿元。", D(2024, 10, 10), "change_amount", C),
    ("10月9日,沪深两市成交额较昨日缩量6121亿元。", D(2024, 10, 10), "change_amount", U),  # maybe so far
    # ---- a monthly rate's move in percentage points against the base the sentence names (CPI yoy
    #      eastmoney: 2023-06 0.0, 2024-05 0.3, 2024-06 0.2; PMI choice 2024-05 49.5, 2024-06 49.5)
    ("2024年6月,全国居民消费价格同比上涨0.2%,涨幅比上月回落0.1个百分点。", D(2024, 7, 20), "growth_change", S),
    ("2024年6月,全国居民消费价格同比上涨0.2%,涨幅比上月回落0.3个百分点。", D(2024, 7, 20), "growth_change", C),
    ("2024年6月,全国居民消费价格同比上涨0.2%,涨幅比去年同期扩大0.2个百分点。", D(2024, 7, 20), "growth_change", S),
    ("2024年6月,全国居民消费价格同比上涨0.2%,涨幅扩大0.2个百分点。", D(2024, 7, 20), "growth_change", U),  # no base
    ("2024年6月,制造业采购经理指数为49.5%,比上月下降0.3个百分点。", D(2024, 7, 20), "ratio_change", U),  # 0: uncertain
    # ---- monthly levels read from checks.yaml (one data-driven checker: M0 choice 2024-06 117742.8亿)
    ("2024年6月末,M0余额11.77万亿元。", D(2024, 7, 20), "balance", S),
    ("2024年6月末,M0余额11.87万亿元。", D(2024, 7, 20), "balance", C),
    ("2025年3月末,狭义货币(M1)余额113.49万亿元。", D(2025, 4, 20), "balance", S),  # choice 1134863.1亿
    ("2025年3月末,狭义货币(M1)余额118.49万亿元。", D(2025, 4, 20), "balance", C),
    ("2024年6月,制造业PMI为49.5%。", D(2024, 7, 20), "index_level", S),
    ("2024年6月,制造业PMI为50.5%。", D(2024, 7, 20), "index_level", C),
]
# fmt: on


@pytest.mark.issue(21)
@pytest.mark.parametrize(("text", "as_of", "metric", "status"), four_forms(CASES))
def test_case(text: str, as_of: dt.date, metric: str, status: VerdictStatus, store: MarketStore) -> None:
    assert_verdict(text, as_of, metric, status, store)


@pytest.mark.issue(21)
def test_a_whole_figure_cut_says_so(store: MarketStore) -> None:
    result = reviewed("2023年3月17日,台股加权指数收报15452点。", D(2023, 3, 18), store)
    (v,) = result.verdicts
    assert v.status is S and "written down" in (v.reason or "")
    assert v.data[0] == "taiex close 2023-03-17 15452.96" and "provider twse" in v.data[-1]
    assert "charlychiu/TAIEX-Data" in v.data[-1]


@pytest.mark.issue(21)
def test_new_bars_are_listed_with_provenance(store: MarketStore) -> None:
    listed = {(i.instrument, i.field, i.provider) for i in store.list_series()}
    for field in ("open", "high", "low", "close"):
        assert ("taiex", field, "twse") in listed
        assert ("hsi", field, "yahoo") in listed and ("nikkei225", field, "yahoo") in listed


@pytest.mark.issue(21)
def test_a_market_read_as_its_index_says_why_it_is_not_contradicted(store: MarketStore) -> None:
    result = reviewed("2024年6月12日,港股收市跌338点。", D(2024, 6, 13), store)
    (v,) = result.verdicts
    assert v.status is U and v.cause == "stand_in"
    assert "hsi gives -238.5" in (v.reason or "") and "by usage only" in (v.reason or "")

