"""Verification reach, fourth stop: Hong Kong blue chips' forward-adjusted closes (SheridanLu/QUANT via
akshare/Sina), read only for a session's % change and never to contradict (an ex-dividend day moves the
traded close but not the adjusted one, and the store does not know those days); a dual-listed company's H
share only under the short name a Hong Kong report writes, in a document that names that market. Customs'
trade growth, computed on US-dollar values, never contradicts a figure on another or an unsaid basis; a
market's average daily turnover over a period is the mean over all of its sessions.

Each row is a whole sentence run through the pipeline and reviewed against a store seeded from
corpora/market (the values in the comments are the shipped observations), in four forms.
"""

from __future__ import annotations

import datetime as dt

import pytest

from analyzer.claims import is_certain
from analyzer.types import VerdictStatus
from analyzer.verify import MarketStore
from tests.unit.sentence_verdicts import C, D, S, U, assert_verdict, four_forms, reviewed

# (text, as_of, metric, status)
# fmt: off
CASES: list[tuple[str, dt.date, str, VerdictStatus]] = [
    # aia close_qfq 2024-06-11 55.219, 06-12 54.3502: −1.5734%
    ("2024年6月12日,友邦保险收跌1.57%。", D(2024, 6, 13), "change_pct", S),
    ("2024年6月12日,友邦收市跌1.6%。", D(2024, 6, 13), "change_pct", S),
    ("2024年6月12日,友邦保险收跌2.57%。", D(2024, 6, 13), "change_pct", U),  # adjusted closes: never contradicted
    # hsbc 63.3855 → 63.0617: −0.5108%
    ("2024年6月12日,汇控收跌0.51%。", D(2024, 6, 13), "change_pct", S),
    ("2024年6月12日,汇丰控股收跌1.51%。", D(2024, 6, 13), "change_pct", U),
    # ping_an_h 34.4721 → 33.7357: −2.1362%; wuxi_biologics 10.98 → 12.54: +14.2077%
    ("2024年6月12日,平保收跌2.14%,药明生物收涨14.21%。", D(2024, 6, 13), "change_pct", S),
    # china_mobile_h 66.9343 → 67.6623: +1.0876%; sino_biopharm 2.6768 → 2.7452: +2.5553%
    ("2024年6月13日,中移动收涨1.09%。", D(2024, 6, 14), "change_pct", S),
    ("2024年6月13日,中生制药收涨2.56%。", D(2024, 6, 14), "change_pct", S),
    # a dual-listed company's A-share name stays the A share (601318): the H share's closes never speak for it
    ("2024年6月12日,中国平安收跌2.14%。", D(2024, 6, 13), "change_pct", U),
    # a dual-listed company's short name in a Hong Kong report is its H share (checks.yaml short_names):
    # icbc_h 3.7221 → 3.6879 (−0.9188%), cnooc_h 18.4526 → 18.8857 (+2.3471%) on 2024-06-12;
    # boc_h 3.15 → 3.1756 (+0.8127%), sinopec_h 4.2191 → 4.1928 (−0.6234%) on 2024-06-13
    ("2024年6月12日,恒指收市跌1.3%,工行收跌0.92%。", D(2024, 6, 13), "change_pct", S),
    ("2024年6月12日,港股收市,中海油收升2.35%。", D(2024, 6, 13), "change_pct", S),
    ("2024年6月13日,恒指收市升1%,中行收升0.81%。", D(2024, 6, 14), "change_pct", S),
    ("2024年6月13日,恒指收市升1%,中石化收跌0.62%。", D(2024, 6, 14), "change_pct", S),
    ("2024年6月12日,港股收市,工行收跌1.92%。", D(2024, 6, 13), "change_pct", U),  # a stand-in: never contradicted
    # the same short name in a report that names no Hong Kong market is not read as the H share
    ("2024年6月12日,A股银行股走弱,工行收跌0.92%。", D(2024, 6, 13), "change_pct", U),
    # ---- customs' trade growth: East Money's yoy is computed on US-dollar values (cn_exports 2024-06 8.5, GACC's
    #      headline 8.6; cn_imports 2024-07 6.8, headline 7.2). Another currency's basis is not checked; an unsaid
    #      basis is never contradicted; a first release within the band is not called wrong
    ("2024年6月,以人民币计,我国出口同比增长10.7%。", D(2024, 7, 15), "growth_yoy", U),
    ("2024年6月,以美元计,我国出口同比增长8.5%。", D(2024, 7, 15), "growth_yoy", S),
    ("2024年6月,以美元计,我国出口同比增长8.6%。", D(2024, 7, 15), "growth_yoy", U),
    ("2024年6月,以美元计,我国出口同比增长11.5%。", D(2024, 7, 15), "growth_yoy", C),
    ("2024年6月,我国出口同比增长11.5%。", D(2024, 7, 15), "growth_yoy", U),
    ("2024年7月,按美元计算,我国进口同比增长7.2%。", D(2024, 8, 15), "growth_yoy", U),
    ("2024年7月,按美元计算,我国进口同比下降3.2%。", D(2024, 8, 15), "growth_yoy", C),
    # ---- year to date (January to the month's end) on the yoy_ytd series: retail 2024-03 ytd 4.7; PPI's
    #      cumulative index 97.3 (−2.7); exports ytd in US dollars 2024-02 7.1, 2024-03 1.5
    ("2024年1-3月,社会消费品零售总额同比增长4.7%。", D(2024, 4, 20), "growth_yoy", S),
    ("2024年1-3月,社会消费品零售总额同比增长6.7%。", D(2024, 4, 20), "growth_yoy", C),
    ("2024年1-3月,工业生产者出厂价格同比下降2.7%。", D(2024, 4, 20), "growth_yoy", S),
    ("今年前两个月,以美元计,我国出口同比增长7.1%。", D(2024, 3, 8), "growth_yoy", S),
    ("2024年一季度,以美元计,我国出口同比增长1.5%。", D(2024, 4, 15), "growth_yoy", S),
    ("2024年一季度,我国出口同比增长4.9%。", D(2024, 4, 15), "growth_yoy", U),  # the yuan headline, basis unsaid
    # ---- GDP growth as first released against NBS's revised series (2024 H1: 5.0 then, 4.9 now; 2023 Q2 6.3, 6.5)
    ("2024年上半年,国内生产总值同比增长4.9%。", D(2024, 7, 20), "growth_yoy", S),
    ("2024年上半年,国内生产总值同比增长5.0%。", D(2024, 7, 20), "growth_yoy", U),
    ("2023年二季度,国内生产总值同比增长6.3%。", D(2023, 7, 20), "growth_yoy", U),
    ("2024年上半年,国内生产总值同比增长5.5%。", D(2024, 7, 20), "growth_yoy", C),
    # ---- a period written without its year (上半年) whose year was carried from another clause to more than a
    #      year before the document: csi300 2023 H1 −0.75% (3871.6338 → 3842.45); read as 2022 H1 it is off
    ("在经历了2022年的下跌之后,市场先扬后抑,整个上半年沪深300指数下跌0.75%。",
     D(2023, 7, 25), "return", U),
    # two different years in the sentence: the yearless 上半年 takes neither (extract), but the document's year
    ("在经历了2022年的下跌之后,2023年上半年市场先扬后抑,结构上延续2022年的特征,整个上半年沪深300指数下跌0.75%。",
     D(2023, 7, 25), "return", S),
    ("2023年上半年,沪深300指数下跌0.75%。", D(2023, 7, 25), "return", S),
    ("2023年上半年,沪深300指数下跌5.75%。", D(2023, 7, 25), "return", C),  # the year written: contradicted
    # ---- a market's average daily turnover over a period: southbound buy + sell turnover over 2024 Q1's 57
    #      Connect sessions averages 309.85亿; Shanghai + Shenzhen over April 2024's 20 sessions 9116.67亿
    ("今年一季度,沪深港通南向交易日均成交金额为310亿港元。", D(2024, 4, 24), "turnover_daily_avg", S),
    ("2024年一季度,南向资金日均成交额为410亿港元。", D(2024, 4, 24), "turnover_daily_avg", C),
    ("2024年4月,南向资金日均成交额为310亿元人民币。", D(2024, 5, 5), "turnover_daily_avg", U),  # another currency
    ("2024年4月,沪深两市日均成交额为9117亿元。", D(2024, 5, 5), "turnover_daily_avg", S),
    ("2024年4月,沪深两市日均成交额为1.2万亿元。", D(2024, 5, 5), "turnover_daily_avg", C),
    ("2024年4月,A股日均成交额为1.2万亿元。", D(2024, 5, 5), "turnover_daily_avg", U),  # may include Beijing
    ("2024年4月,沪深京三市日均成交额为1.2万亿元。", D(2024, 5, 5), "turnover_daily_avg", U),
]
# fmt: on


@pytest.mark.issue(21)
@pytest.mark.parametrize(("text", "as_of", "metric", "status"), four_forms(CASES))
def test_case(text: str, as_of: dt.date, metric: str, status: VerdictStatus, store: MarketStore) -> None:
    assert_verdict(text, as_of, metric, status, store)


@pytest.mark.issue(21)
def test_an_adjusted_close_off_the_figure_is_not_called_wrong_even_when_certain(store: MarketStore) -> None:
    # on an ex-dividend day the traded change is not the adjusted one, and the store does not know those days
    result = reviewed("2024年6月12日,汇丰控股收跌1.51%。", D(2024, 6, 13), store)
    (v,) = result.verdicts
    assert is_certain(result.claims[0])
    assert v.status is U and v.cause == "stand_in"
    assert "hsbc forward-adjusted daily closes gives -0.5108" in (v.reason or "")
    assert "ex-dividend" in (v.reason or "")


@pytest.mark.issue(21)
def test_the_blue_chips_are_listed_with_provenance(store: MarketStore) -> None:
    listed = {(i.instrument, i.field, i.provider) for i in store.list_series()}
    blue_chips = ("hsbc", "aia", "ping_an_h", "china_mobile_h", "sino_biopharm", "wuxi_biologics", "meituan", "xiaomi")
    for inst in (*blue_chips, "icbc_h", "boc_h", "sinopec_h", "cnooc_h", "netease_h"):
        assert (inst, "close_qfq", "sina") in listed
        assert (inst, "close", "sina") not in listed  # adjusted closes are never stored as the traded close
    result = reviewed("2024年6月12日,友邦保险收跌1.57%。", D(2024, 6, 13), store)
    (v,) = result.verdicts
    assert any("SheridanLu/QUANT" in line for line in v.data), v.data


@pytest.mark.issue(21)
@pytest.mark.parametrize(
    ("text", "cause", "words"),
    [
        ("2024年6月,以人民币计,我国出口同比增长10.7%。", "no_series", "in CNY terms"),
        ("2024年6月,我国出口同比增长11.5%。", "uncertain", "does not say in which currency"),
        ("2024年6月,以美元计,我国出口同比增长8.6%。", "providers_differ", "within 0.5 of the stated figure"),
    ],
)
def test_a_trade_growth_on_another_basis_says_why(text: str, cause: str, words: str, store: MarketStore) -> None:
    result = reviewed(text, D(2024, 7, 15), store)
    (v,) = result.verdicts
    assert is_certain(result.claims[0])  # certain, and still not called wrong
    assert v.status is U and v.cause == cause and words in (v.reason or "")


@pytest.mark.issue(21)
def test_a_carried_year_says_so(store: MarketStore) -> None:
    text = "在经历了2022年的下跌之后,市场先扬后抑,整个上半年沪深300指数下跌0.75%。"
    result = reviewed(text, D(2023, 7, 25), store)
    (v,) = [v for v in result.verdicts if v.checker == "return"]
    assert v.status is U and v.cause == "uncertain"
    assert "「上半年」 name no year" in (v.reason or "") and "2023-07-25" in (v.reason or "")
