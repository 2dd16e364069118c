"""Checkers against small HAND-WORKED series (not real market data); the arithmetic is in the comments.

Claims are built by hand in the shape extraction gives (Claim + its Mention with the stated number).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from handmade import make_claim, make_doc

from analyzer.instruments import default_registry
from analyzer.types import Claim, Mention, Verdict, VerdictStatus
from analyzer.verify import VerifyOptions, verify
from analyzer.verify.catalog import default_catalog
from analyzer.verify.store import MarketStore
from analyzer.verify.tolerance import stated_unit, tolerance_for

D = Decimal
S, C, U = VerdictStatus.SUPPORTED, VerdictStatus.CONTRADICTED, VerdictStatus.UNVERIFIABLE


def check(store: MarketStore | None, *items: tuple[Claim, Mention, str], **kw: object) -> list[Verdict]:
    return verify(make_doc(*items), store, **kw)  # type: ignore[arg-type]


def one(store: MarketStore | None, *args: object, **kw: object) -> Verdict:
    (verdict,) = check(store, make_claim(*args, **kw))  # type: ignore[arg-type]
    return verdict


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> MarketStore:
    """Hand-worked series (NOT real data) under registry ids so the real calendars apply."""
    s = MarketStore(tmp_path_factory.mktemp("hand") / "hand.duckdb")
    s.sync_instruments(default_registry(), default_catalog().calendars)
    d = dt.date
    # hstech close around Easter 2024: XHKG is closed 03-29 (Good Friday), 04-01 (Easter Monday), 04-04 (Ching Ming)
    s.write(
        "hstech",
        "close",
        [
            (d(2024, 3, 27), D(100)),
            (d(2024, 3, 28), D(110)),
            (d(2024, 4, 2), D(121)),
            (d(2024, 4, 3), D(99)),
            (d(2024, 4, 5), D(132)),
            (d(2022, 12, 30), D(200)),
            (d(2023, 12, 29), D(150)),
        ],
        "hand",
    )
    # hstech pe_ttm: five values for the percentile test, and 2024-03-28 for the level test
    s.write(
        "hstech",
        "pe_ttm",
        [
            (d(2024, 3, 21), D(10)),
            (d(2024, 3, 22), D(12)),
            (d(2024, 3, 25), D(11)),
            (d(2024, 3, 26), D(15)),
            (d(2024, 3, 27), D(13)),
            (d(2024, 3, 28), D("20.5")),
        ],
        "hand",
    )
    # southbound net_inflow in HKD units: 10亿, -2.5亿, 3亿, 0, 1.5亿 (week of 2024-03-04, all five days open)
    s.write(
        "southbound",
        "net_inflow",
        [
            (d(2024, 3, 4), D("1e9")),
            (d(2024, 3, 5), D("-2.5e8")),
            (d(2024, 3, 6), D("3e8")),
            (d(2024, 3, 7), D(0)),
            (d(2024, 3, 8), D("1.5e8")),
            (d(2024, 3, 12), D("1e8")),
        ],
        "hand",
    )
    # cn_m1 yoy (month-end dated) on the main basis and a different hand value on the alternate basis
    s.write("cn_m1", "yoy", [(d(2024, 9, 30), D("-3.3"))], "hand")
    s.write("cn_m1", "yoy_old_def", [(d(2024, 9, 30), D("-7.3"))], "hand")
    yield s
    s.close()


# -- tolerance --------------------------------------------------------------------------------


def test_tolerance_from_stated_precision() -> None:
    claim, mention, _ = make_claim("t1", "hstech", "return", "77.84")
    assert stated_unit(claim, mention) == D("0.01") and tolerance_for(claim, mention, VerifyOptions()) == D("0.005")
    claim, mention, _ = make_claim("t2", "southbound", "growth", "393")
    assert tolerance_for(claim, mention, VerifyOptions()) == D("0.5")
    claim, mention, _ = make_claim("t3", "southbound", "net_inflow", "8078.7", currency="HKD", scale=10**8)
    assert claim.value == D("807870000000")
    assert tolerance_for(claim, mention, VerifyOptions()) == D("5000000")  # 0.1亿 / 2
    assert tolerance_for(claim, mention, VerifyOptions(slack=D(1))) == D("5000001")
    claim, mention, _ = make_claim("t4", "hstech", "annual_return", "-32.70")
    assert tolerance_for(claim, mention, VerifyOptions()) == D("0.005")  # trailing zero counts


# -- returns ----------------------------------------------------------------------------------


def test_return_on_holiday_start_uses_last_prior_trading_day(store: MarketStore) -> None:
    # start 2024-04-01 (Easter Monday): the last session before it is 03-28 (03-29 Good Friday) → base 110.
    # "close on start" also resolves to 03-28, so both conventions give 132 / 110 − 1 = 20%.
    v = one(store, "r1", "hstech", "return", "20.00", start=dt.date(2024, 4, 1), end=dt.date(2024, 4, 5))
    assert v.status is S and v.computed == D("20") and v.difference == D("0")
    assert "2024-04-01 is not a trading day on XHKG; used 2024-03-28" in v.reason
    assert "both conventions use the same base" in v.reason
    assert v.data[:2] == ("hstech close 2024-03-28 110", "hstech close 2024-04-05 132")
    assert v.data[2] == "provider user: hand — licence not stated by the importer"


def test_return_reports_which_convention_matched(store: MarketStore) -> None:
    start, end = dt.date(2024, 4, 2), dt.date(2024, 4, 5)
    # before start: base 03-28 110 → 132/110 − 1 = 20.00%
    a = one(store, "r2", "hstech", "return", "20.00", start=start, end=end)
    assert a.status is S and "matches base = close before start (2024-03-28 110)" in a.reason
    # on start: base 04-02 121 → 132/121 − 1 = 0.090909… = 9.09%
    b = one(store, "r3", "hstech", "return", "9.09", start=start, end=end)
    assert b.status is S and "matches base = close on start (2024-04-02 121)" in b.reason
    assert b.computed == D("9.090909")
    # 15.00 matches neither; computed shows the Wind convention (20%), the reason both
    c = one(store, "r4", "hstech", "return", "15.00", start=start, end=end)
    assert c.status is C and c.computed == D("20") and c.difference == D("5")
    assert "matches neither convention" in c.reason and "9.0909" in c.reason


def test_return_end_on_holiday(store: MarketStore) -> None:
    # end 2024-04-04 (Ching Ming) → 04-03 close 99; base before 04-02 is 03-28 110: 99/110 − 1 = −10%
    v = one(store, "r5", "hstech", "return", "-10.0", start=dt.date(2024, 4, 2), end=dt.date(2024, 4, 4))
    assert v.status is S and "2024-04-04 is not a trading day on XHKG; used 2024-04-03" in v.reason


def test_annual_return(store: MarketStore) -> None:
    # 2023: last close 2023-12-29 150 over last close of 2022 (2022-12-30) 200 → 150/200 − 1 = −25%
    v = one(store, "a1", "hstech", "annual_return", "-25.00", start=dt.date(2023, 1, 1), end=dt.date(2023, 12, 31))
    assert v.status is S and v.computed == D("-25")
    assert "2023-12-29 150 / 2022-12-30 200" in v.method
    # 2022 needs the 2021 year-end close, which the hand series lacks
    w = one(store, "a2", "hstech", "annual_return", "10.00", start=dt.date(2022, 1, 1), end=dt.date(2022, 12, 31))
    assert w.status is U and "needs the last close of 2021" in w.reason and "2021-12-31" in w.reason


# -- flows --------------------------------------------------------------------------------------


def test_net_inflow_sum(store: MarketStore) -> None:
    # 10 − 2.5 + 3 + 0 + 1.5 = 12亿 = 1,200,000,000; stated 12.0亿 → tolerance 0.05亿 = 5,000,000
    kw = {"start": dt.date(2024, 3, 4), "end": dt.date(2024, 3, 8), "currency": "HKD", "scale": 10**8}
    v = one(store, "f1", "southbound", "net_inflow", "12.0", **kw)
    assert v.status is S and v.computed == D("1200000000") and v.tolerance == D("5000000")
    assert one(store, "f2", "southbound", "net_inflow", "12.5", **kw).status is C
    cny = one(store, "f3", "southbound", "net_inflow", "12.0", **{**kw, "currency": "CNY"})
    assert cny.status is U and cny.reason == "the figure is in CNY but the store's southbound flows are in HKD"


def test_net_inflow_missing_days_are_named(store: MarketStore) -> None:
    # 2024-03-11 is a trading day on both exchanges but has no value in the hand series
    v = one(
        store,
        "f4",
        "southbound",
        "net_inflow",
        "13.0",
        start=dt.date(2024, 3, 4),
        end=dt.date(2024, 3, 12),
        currency="HKD",
        scale=10**8,
    )
    assert v.status is U
    assert "the store lacks southbound daily net buying for 1 of the 7 XHKG&XSHG trading days" in v.reason
    assert "2024-03-11" in v.reason


# -- levels -------------------------------------------------------------------------------------


def test_pe_ttm_on_holiday_as_of(store: MarketStore) -> None:
    # as of 2024-03-29 (Good Friday) → 2024-03-28 value 20.5
    v = one(store, "l1", "hstech", "pe_ttm", "20.50", end=dt.date(2024, 3, 29), unit="x")
    assert v.status is S and "used 2024-03-28" in v.reason and "matches user" in v.reason
    none = one(store, "l2", "nasdaq_composite", "pe_ttm", "39.72", end=dt.date(2025, 3, 6), unit="x")
    assert none.status is U
    assert none.reason == "the market store has no PE (TTM) figures for nasdaq_composite (it has no data for it at all)"


def test_percentile_two_definitions(store: MarketStore) -> None:
    # history 03-21..03-27: 10, 12, 11, 15, 13; as-of 03-27 value 13
    # at or below 13: 10, 12, 11, 13 → 4/5 = 80%; strictly below: 3/(5 − 1) = 75%, 3/5 = 60%
    kw = {"start": dt.date(2024, 3, 21), "end": dt.date(2024, 3, 27)}
    a = one(store, "p1", "hstech", "percentile", "80.00", **kw)
    assert a.status is S and "share of observations at or below" in a.reason
    b = one(store, "p2", "hstech", "percentile", "75.00", **kw)
    assert b.status is S and "(n − 1)" in b.reason
    b2 = one(store, "p2b", "hstech", "percentile", "60.00", **kw)
    assert b2.status is S and "share of observations below)" in b2.reason
    # 50% is 10 points from the nearest definition (60%): beyond the documented 5-point band → contradicted
    c = one(store, "p3", "hstech", "percentile", "50.00", **kw)
    assert c.status is C and c.computed == D("60")
    # 57% is 3 points from it: inside the band by which providers differ → not contradicted, says why
    near = one(store, "p4", "hstech", "percentile", "57.00", **kw)
    assert near.status is U and "within the 5 percentage points by which providers" in near.reason


# -- macro --------------------------------------------------------------------------------------


def test_growth_yoy_bases_are_not_mixed(store: MarketStore) -> None:
    kw = {"start": dt.date(2024, 9, 1), "end": dt.date(2024, 9, 30)}
    assert one(store, "g1", "cn_m1", "growth_yoy", "-3.3", sentence="新口径下9月-3.3%", **kw).status is S
    alt = one(store, "g2", "cn_m1", "growth_yoy", "-7.3", **kw)  # no basis named: the alternate is tried, by name
    assert alt.status is S and "cn_m1 yoy_old_def (user)" in alt.method and "another basis" in alt.reason
    new = one(store, "g3", "cn_m1", "growth_yoy", "-7.3", sentence="新口径下9月-7.3%", **kw)
    assert new.status is C and new.computed == D("-3.3")
    old = one(store, "g4", "cn_m1", "growth_yoy", "-3.3", sentence="旧口径下9月-3.3%", **kw)
    assert old.status is C and old.computed == D("-7.3")
    gap = one(store, "g5", "cn_m1", "growth_yoy", "1.0", start=dt.date(2024, 10, 1), end=dt.date(2024, 10, 31))
    assert gap.status is U
    assert "no cn_m1 year-on-year growth figures for 2024-10 in the store (its data runs 2024-09-30 .. 2024-09-30)" in (
        gap.reason
    )


@pytest.mark.issue(20)
def test_growth_yoy_only_over_the_span_of_one_series_value(store: MarketStore) -> None:
    """A monthly series' value speaks to that month only: a quarter's or a half year's growth (一季度…,
    1—9月平均…) is never compared with the last month's value, so never contradicted by it; a figure
    read at the month's end is the month's."""
    quarter = one(store, "q1", "cn_m1", "growth_yoy", "5.0", start=dt.date(2024, 7, 1), end=dt.date(2024, 9, 30))
    assert quarter.status is U and "covers one month" in (quarter.reason or "")
    ytd = one(store, "q2", "cn_m1", "growth_yoy", "5.0", start=dt.date(2024, 1, 1), end=dt.date(2024, 9, 30))
    assert ytd.status is U and "covers one month" in (ytd.reason or "")
    month_end = one(store, "q3", "cn_m1", "growth_yoy", "5.0", start=dt.date(2024, 9, 30), end=dt.date(2024, 9, 30))
    assert month_end.status is C  # the same value (-3.3) for the month: a certain claim is still checked


# -- arithmetic -----------------------------------------------------------------------------------


def test_growth_of_one_stated_figure_over_another() -> None:
    cur = make_claim("c6", "southbound", "net_inflow", "3018.1", currency="HKD", scale=10**8)
    base = make_claim("c7", "southbound", "net_inflow", "612.7", currency="HKD", scale=10**8)
    # 3018.1 / 612.7 = 4.925901…; − 1 → 392.59%; |392.59 − 393| = 0.41 ≤ 0.5
    good = make_claim("c8", "southbound", "growth", "393", refs=("c6", "c7"))
    bad = make_claim("c9", "southbound", "growth", "493", refs=("c6", "c7"))
    by_id = {v.claim_id: v for v in check(None, cur, base, good, bad)}
    assert by_id["c8"].status is S and by_id["c8"].computed == D("392.5902") and by_id["c8"].tolerance == D("0.5")
    assert by_id["c9"].status is C and by_id["c9"].difference == D("-100.4098")
    assert by_id["c6"].status is U and by_id["c6"].reason == "no market data was available for this run"


def test_ratio_and_sum() -> None:
    a = make_claim("x1", "hk_ai_top10", "pe_ttm", "31.92", unit="x")
    b = make_claim("x2", "nasdaq_composite", "pe_ttm", "39.72", unit="x")
    # 31.92 / 39.72 × 100 = 80.362537…% → shown to 4 digits finer than stated (0.1): 80.36254
    r = make_claim("x3", "hk_ai_top10", "ratio", "80.4", refs=("x1", "x2"))
    p1 = make_claim("s1", "southbound", "net_inflow", "1.5", currency="HKD", scale=10**8)
    p2 = make_claim("s2", "southbound", "net_inflow", "2.25", currency="HKD", scale=10**8)
    # 1.5亿 + 2.25亿 = 3.75亿; stated 3.8亿 (tolerance 0.05亿) → |3.75 − 3.8| = 0.05亿 → supported at the edge
    total = make_claim("s3", "southbound", "sum", "3.8", currency="HKD", scale=10**8, refs=("s1", "s2"))
    by_id = {v.claim_id: v for v in check(None, a, b, r, p1, p2, total)}
    assert by_id["x3"].status is S and by_id["x3"].computed == D("80.36254")
    assert by_id["s3"].status is S and by_id["s3"].computed == D("375000000")
    missing = make_claim("x4", "southbound", "growth", "10", refs=("nope", "x1"))
    reason = check(None, a, missing)[-1].reason
    assert reason == "a figure it is computed from (nope) is not among the document's claims"


# -- dispatch ----------------------------------------------------------------------------------------


def test_metrics_without_checkers(store: MarketStore) -> None:
    upside = make_claim("u1", "hk_ai_top10", "upside", "96.8")
    rating = make_claim("u2", "hstech_etf_513180", "risk_rating", "4")
    code = make_claim("u3", "hstech_etf_513180", "fund_code", "513180")
    verdicts = check(store, upside, rating, code)
    assert [(v.claim_id, v.status, v.checker, v.reason) for v in verdicts] == [
        (
            "u1",
            U,
            "none",
            "the text does not state both the target and the price the upside is computed from, so it is not "
            "recomputed",
        )
    ]
