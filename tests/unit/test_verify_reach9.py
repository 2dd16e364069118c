"""Verification reach, seventh stop: a Taiwan-listed stock's price in its own currency.

The store ships the day's bars as traded (not adjusted) of the Taiwan stocks Taiwan market news
cites most (台积电 2330, 鸿海 2317, 广达 2382, 联发科 2454, 长荣 2603, 台达电 2308; spring 2024, Yahoo via
tommy12g321/stock-data-sync, see corpora/market/PROVENANCE_tw_stocks.md). A registry stock's figure
in its trading currency is its price: a close, a session's change in money (上涨26元: close − previous
close, supported when they agree and never contradicted: an ex-dividend day's change is
measured from the reference price, which the store does not record) and a round price crossed or held
(跌破880元: the day's low; 站上900元: the day's high). A figure
in points next to a stock's name is an index's (台积电领涨，收复20500点) and is never read against the
stock's bars; its ADR (台积电ADR) is another security. HKEX (港交所) has Yahoo's dividend-adjusted closes
2024-04-18 .. 2024-06-28: a session's % change is read on them, never a price.

Each row is a whole sentence run through the pipeline and reviewed against a store seeded from
corpora/market, in four forms.
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
    # tsmc (yahoo) 2024-06-11 close 883, 2024-06-12 open 888 high 914 low 888 close 909: 909 − 883 = 26
    ("2024年6月12日,台积电终场上涨26元,收在909元。", D(2024, 6, 12), "change_amount", S),
    ("2024年6月12日,台积电终场上涨26元,收在909元。", D(2024, 6, 12), "close", S),
    # a stock's change off its closes as traded is never contradicted: on an ex-dividend day the exchange measures
    # it from the reference price (previous close less the dividend), which the store does not record
    ("2024年6月12日,台积电终场上涨36元,收在909元。", D(2024, 6, 12), "change_amount", U),
    ("2024年6月12日,台积电终场上涨26元,收在919元。", D(2024, 6, 12), "close", C),
    # a round price crossed or held: the day's high 914 reached 900; its low 888 never went below 880
    ("2024年6月12日,台积电股价站上900元关卡。", D(2024, 6, 12), "threshold", S),
    # …but a round figure in money crossed is never certain (claim_rules.yaml doubted: it may be a move's size),
    # so the low that never went below 880 does not call it wrong
    ("2024年6月12日,台积电股价跌破880元。", D(2024, 6, 12), "threshold", U),
    # hon_hai (yahoo) 2024-05-24 close 176, 2024-05-27 close 185: 185 − 176 = 9
    ("鸿海今天(27日)大涨9元,收185元。", D(2024, 5, 27), "change_amount", S),
    ("鸿海今天(27日)大涨9元,收185元。", D(2024, 5, 27), "close", S),
    # quanta (yahoo) 2024-06-18 close 291, 2024-06-19 close 316: 316 / 291 − 1 = 8.591%
    ("广达今天(19日)亮灯涨停,收在316元,涨幅8.59%。", D(2024, 6, 19), "change_pct", S),
    ("广达今天(19日)亮灯涨停,收在316元,涨幅8.59%。", D(2024, 6, 19), "close", S),
    # mediatek (yahoo) 2024-06-12 close 1300, 2024-06-13 close 1385: +85, 1385 / 1300 − 1 = 6.538%
    ("联发科13日大涨85元,以1385元作收,涨幅6.54%。", D(2024, 6, 13), "change_amount", S),
    ("联发科13日大涨85元,以1385元作收,涨幅6.54%。", D(2024, 6, 13), "change_pct", S),
    ("2024年6月13日,联发科大涨58元,以1385元作收。", D(2024, 6, 13), "change_amount", U),
    ("2024年6月13日,联发科以1385元作收,涨幅8.5%。", D(2024, 6, 13), "change_pct", U),
    # evergreen_marine 2024-06-26 close 200, 2024-06-27 close 194.5 (open 190.5): a text counting from a reference
    # price of 190 (were 10元 paid out that day) says +4.5 where the traded closes give −5.5; its close is still
    # read on them
    ("2024年6月27日,长荣海运除息后收194.5元,上涨4.5元。", D(2024, 6, 27), "change_amount", U),
    ("2024年6月27日,长荣海运除息后收194.5元,上涨4.5元。", D(2024, 6, 27), "close", S),
    # evergreen_marine (yahoo) 2024-06-07 close 218, 2024-06-11 close 197.5 (low 196.5): −20.5, −9.404%
    ("2024年6月11日,长荣海运重挫20.5元,收197.5元,跌幅9.4%。", D(2024, 6, 11), "change_pct", S),
    ("2024年6月11日,长荣股价跌破200元。", D(2024, 6, 11), "threshold", S),
    # 长荣航空 is another company (not_before 航空): no series
    ("2024年6月11日,长荣航空收在35元。", D(2024, 6, 11), "close", U),
    # delta_electronics (yahoo) 2024-06-20 close 369.5, 2024-06-21 close 383 (high 387.5): +13.5
    ("台达电2024年6月21日上涨13.5元,收383元。", D(2024, 6, 21), "change_amount", S),
    ("2024年6月21日,台达电收在393元。", D(2024, 6, 21), "close", C),
    # points next to a stock's name are an index's: never the stock's bars
    ("台股今天(19日)由广达领涨,大盘上涨120点。", D(2024, 6, 19), "change_points", U),
    ("2024年6月12日,台积电领涨,收复20500点。", D(2024, 6, 12), "threshold", U),
    # the ADR trades in New York at other prices: no series of it (a move dated by one day: the session's change)
    ("2024年6月12日,台积电ADR上涨3.2%。", D(2024, 6, 12), "change_pct", U),
    # hkex (yahoo, dividend-adjusted) 2024-05-09 249.693, 2024-05-10 268.683: 268.683 / 249.693 − 1 = 7.605%; an
    # adjusted close agrees with the traded one's move except across an ex-dividend day: never contradicted, and no
    # price is read on it
    ("2024年5月10日,港交所收市升7.6%。", D(2024, 5, 10), "change_pct", S),
    ("2024年5月10日,港交所收市升9.6%。", D(2024, 5, 10), "change_pct", U),
    ("2024年5月10日,港交所收报268.6元。", D(2024, 5, 10), "close", U),
    # a Hong Kong stock with forward-adjusted closes only: its price through a round figure is not read on them
    ("2024年5月8日,汇丰控股股价升穿70元。", D(2024, 5, 8), "threshold", U),
]
# fmt: on


@pytest.mark.issue(21)
@pytest.mark.parametrize(("text", "as_of", "metric", "status"), four_forms(CASES))
def test_case(text: str, as_of: dt.date, metric: str, status: VerdictStatus, store: MarketStore) -> None:
    assert_verdict(text, as_of, metric, status, store)


@pytest.mark.issue(21)
def test_shipped_bars_are_the_traded_prices_with_their_source(store: MarketStore) -> None:
    """Spot checks against prices the exchange published (TSMC closed at 772 on 2024-05-02 and 800 on
    2024-05-07; Hon Hai at 146.5 on 2024-04-17), each observation naming its repository and licence."""
    for instrument, day, value in (
        ("tsmc", D(2024, 5, 2), Decimal(772)),
        ("tsmc", D(2024, 5, 7), Decimal(800)),
        ("hon_hai", D(2024, 4, 17), Decimal("146.5")),
        ("quanta", D(2024, 4, 24), Decimal("260.5")),
        ("mediatek", D(2024, 4, 17), Decimal(1050)),
        ("evergreen_marine", D(2024, 5, 10), Decimal("193.5")),
        ("delta_electronics", D(2024, 5, 2), Decimal("309.5")),
    ):
        series = store.series(instrument, "close", "yahoo")
        assert series is not None and series.on(day) == value
        assert "tommy12g321/stock-data-sync" in series.provenance()
        assert "none stated" in series.provenance()


@pytest.mark.issue(21)
def test_a_price_change_names_the_closes_it_is_computed_from(store: MarketStore) -> None:
    result = reviewed("2024年6月12日,台积电终场上涨26元,收在909元。", D(2024, 6, 12), store)
    claim = next(c for c in result.claims if c.metric == "change_amount")
    verdict = next(v for v in result.verdicts if v.claim_id == claim.id)
    assert verdict.computed == Decimal(26)
    assert "909" in verdict.method and "883" in verdict.method
    assert any("2024-06-11" in d for d in verdict.data) and any("2024-06-12" in d for d in verdict.data)
