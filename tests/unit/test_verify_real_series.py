"""Checks against the REAL series shipped in corpora/market (answers hand-checked in PROVENANCE*.md).

The store is seeded from corpora/market into a DuckDB file under tmp_path. Claims mirror the sample
article corpora/samples/000_c5a5949e47dd4678.txt and are built by hand; the last tests run the whole
sample and compare its verdicts with a golden table (regenerate with UPDATE_GOLDEN=1 after a deliberate change).
"""

from __future__ import annotations

import datetime as dt
import json
import os
from decimal import Decimal
from pathlib import Path

import pytest
from handmade import make_claim, make_doc

from analyzer.types import DocumentResult, Verdict, VerdictStatus
from analyzer.verify import MarketStore, open_store, summarize, verify
from analyzer.verify.calendars import get_calendar

D = Decimal
S, C, U = VerdictStatus.SUPPORTED, VerdictStatus.CONTRADICTED, VerdictStatus.UNVERIFIABLE
ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "corpora" / "samples" / "000_c5a5949e47dd4678.txt"
GOLDEN = ROOT / "tests" / "golden" / "verdicts" / "000_c5a5949e47dd4678.jsonl"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> MarketStore:
    s = open_store(tmp_path_factory.mktemp("real") / "market.duckdb", read_only=True)
    yield s
    s.close()


def one(store: MarketStore | None, *args: object, **kw: object) -> Verdict:
    (verdict,) = verify(make_doc(make_claim(*args, **kw)), store)  # type: ignore[arg-type]
    return verdict


NEAR_1Y = {"start": dt.date(2024, 3, 7), "end": dt.date(2025, 3, 6)}
HKD_YI = {"currency": "HKD", "scale": 10**8}


def test_hstech_one_year_return_wind_convention(store: MarketStore) -> None:
    # 6068.77 (2025-03-06) / 3412.57 (2024-03-06, the close BEFORE the start) − 1 = 0.778358 → 77.84%
    v = one(store, "c1", "hstech", "return", "77.84", **NEAR_1Y)
    assert v.status is S
    assert v.reason.startswith("matches base = close before start (2024-03-06 3412.57)")
    assert v.computed == D("77.835766") and v.tolerance == D("0.005")
    assert v.data[:2] == ("hstech close 2024-03-06 3412.57", "hstech close 2025-03-06 6068.77")
    assert v.data[2].startswith("provider eastmoney: corpora/market/hstech_close.csv")
    # Sina's series, computed separately, agrees; investing.com's ends 2024-11-13 and says so
    assert "sina gives 77.835763 (supported)" in v.reason
    assert "no hstech daily closes from investing for 2025-03-06 in the store" in v.reason


@pytest.mark.parametrize(
    ("year", "stated", "computed", "provider"),
    [
        # 8425.90 / 4714.81 (2019-12-31, Hang Seng's back-calculated history in the investing.com series) − 1
        (2020, "78.71", "78.711337", "investing"),
        (2021, "-32.70", "-32.696092", "eastmoney"),  # 5670.96 / 8425.90 − 1
        (2022, "-27.19", "-27.194161", "eastmoney"),  # 4128.79 / 5670.96 − 1
        (2023, "-8.83", "-8.828252", "eastmoney"),  # 3764.29 / 4128.79 − 1
        (2024, "18.70", "18.697284", "eastmoney"),  # 4468.11 / 3764.29 − 1
    ],
)
def test_hstech_annual_returns(store: MarketStore, year: int, stated: str, computed: str, provider: str) -> None:
    v = one(store, f"y{year}", "hstech", "annual_return", stated, start=dt.date(year, 1, 1), end=dt.date(year, 12, 31))
    assert v.status is S and v.computed == D(computed)
    assert f"hstech close ({provider})" in v.method


def test_2020_return_names_back_calculated_history(store: MarketStore) -> None:
    v = one(store, "y2020", "hstech", "annual_return", "78.71", start=dt.date(2020, 1, 1), end=dt.date(2020, 12, 31))
    assert "back-calculated" in v.reason
    assert "no hstech daily closes from eastmoney on or before 2019-12-31" in v.reason
    wrong = one(
        store, "y2020b", "hstech", "annual_return", "88.71", start=dt.date(2020, 1, 1), end=dt.date(2020, 12, 31)
    )
    assert wrong.status is C and wrong.computed == D("78.711337")


@pytest.mark.parametrize(
    ("stated", "start", "end", "computed"),
    [
        # sums of East Money's daily 成交净买额 (PROVENANCE_more.md §1): 8078.6934亿, 3018.1117亿, 612.7368亿
        ("8078.7", dt.date(2024, 1, 1), dt.date(2024, 12, 31), "807869340000"),
        ("3,018.1", dt.date(2025, 1, 1), dt.date(2025, 3, 6), "301811170000"),
        ("612.7", dt.date(2024, 1, 1), dt.date(2024, 3, 6), "61273680000"),
    ],
)
def test_southbound_sums(store: MarketStore, stated: str, start: dt.date, end: dt.date, computed: str) -> None:
    v = one(store, "sb", "southbound", "net_inflow", stated.replace(",", ""), start=start, end=end, **HKD_YI)
    assert v.status is S and v.computed == D(computed)
    # the method says what 净流入 is taken to be, and why
    assert "成交净买额" in v.method and "2024-08-19" in v.method and "1292.68亿" in v.method


def test_southbound_after_the_data_ends(store: MarketStore) -> None:
    v = one(
        store, "sb2", "southbound", "net_inflow", "100", start=dt.date(2026, 6, 1), end=dt.date(2026, 7, 31), **HKD_YI
    )
    assert v.status is U
    assert v.reason.startswith("eastmoney: no southbound daily net buying after 2026-06-30 in the store")


def test_pe_is_judged_against_every_provider(store: MarketStore) -> None:
    # jiucaishuo 25.56 and lixinger 25.6255 on 2025-03-06; 25.30 lies 0.26 below (1.0%), inside the 5% band
    v = one(store, "c10", "hstech", "pe_ttm", "25.30", end=dt.date(2025, 3, 6), unit="x")
    assert v.status is U and v.computed == D("25.56") and v.difference == D("0.26")
    assert v.method == "hstech PE (TTM) figures on 2025-03-06: jiucaishuo 25.56, lixinger 25.6255"
    assert "within the 5% by which providers' PE (TTM) figures commonly differ" in v.reason
    inside = one(store, "c10b", "hstech", "pe_ttm", "25.60", end=dt.date(2025, 3, 6), unit="x")
    assert inside.status is S and "within the providers' spread" in inside.reason
    # 20.00 is 22% below both: contradicted
    far = one(store, "c10c", "hstech", "pe_ttm", "20.00", end=dt.date(2025, 3, 6), unit="x")
    assert far.status is C and far.computed == D("25.56")


def test_cited_provider_is_the_only_one_used(store: MarketStore) -> None:
    claim, mention, sentence = make_claim("c10d", "hstech", "pe_ttm", "25.56", end=dt.date(2025, 3, 6), unit="x")
    from analyzer.types import SourceNote, Span

    cited = claim.model_copy(
        update={"source": SourceNote(id="n1", sources=("韭菜说",), text="韭菜说", span=Span(start=0, end=0))}
    )
    (v,) = verify(make_doc((cited, mention, sentence)), store)
    assert v.status is S and v.method.endswith("jiucaishuo 25.56 (the provider the text cites)")


def test_percentile_on_each_providers_own_history(store: MarketStore) -> None:
    # jiucaishuo: 376 of 1147 days below 25.56 → 32.78%; lixinger: 384 of 1138 below 25.6255 → 33.74%
    v = one(store, "c11", "hstech", "percentile", "32.66", start=dt.date(2020, 7, 27), end=dt.date(2025, 3, 6))
    assert v.status is U and v.computed == D("32.781168")
    assert "jiucaishuo 32.781168, lixinger 33.743409" in v.method
    assert "among 1147 observations 2020-07-27 → 2025-03-06" in v.reason
    assert "among 1138 observations 2020-07-27 → 2025-03-06" in v.reason


@pytest.mark.parametrize(("month", "stated"), [((2024, 9), "-3.3"), ((2024, 12), "1.2"), ((2025, 1), "0.4")])
def test_m1_revised_definition(store: MarketStore, month: tuple[int, int], stated: str) -> None:
    first = dt.date(*month, 1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    v = one(store, "m", "cn_m1", "growth_yoy", stated, start=first, end=last, sentence=f"新口径下{stated}%")
    assert v.status is S and v.method == f"cn_m1 yoy (stockstar) for {first:%Y-%m}"


def test_m1_old_definition_is_not_mixed_in(store: MarketStore) -> None:
    dec = {"start": dt.date(2024, 12, 1), "end": dt.date(2024, 12, 31)}
    # the 新口径 sentence is checked on the revised basis only: −1.4 (old basis) contradicts +1.2
    new = one(store, "m2", "cn_m1", "growth_yoy", "-1.4", sentence="新口径下12月-1.4%", **dec)
    assert new.status is C and new.computed == D("1.2")
    # with no basis named, −1.4 is found on the old-definition series (the news points and East Money agree)
    plain = one(store, "m3", "cn_m1", "growth_yoy", "-1.4", **dec)
    assert plain.status is S and plain.method == "cn_m1 yoy_old_def (news) for 2024-12"
    assert "eastmoney gives -1.4 (supported)" in plain.reason


@pytest.mark.parametrize(
    ("subject", "month", "stated"),
    [
        ("cn_m2", (2024, 12), "7.3"),  # PROVENANCE_more.md §4 spot values
        ("cn_cpi", (2025, 2), "-0.7"),
        ("cn_ppi", (2025, 2), "-2.2"),
    ],
)
def test_macro_series(store: MarketStore, subject: str, month: tuple[int, int], stated: str) -> None:
    first = dt.date(*month, 1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    assert one(store, "mm", subject, "growth_yoy", stated, start=first, end=last).status is S
    off = one(store, "mm2", subject, "growth_yoy", str(D(stated) + 1), start=first, end=last)
    assert off.status is C and off.computed == D(stated)


def test_gdp_quarter_and_year_to_date(store: MarketStore) -> None:
    q = {
        r.split(",")[0]: r.split(",")[1]
        for r in (ROOT / "corpora/market/cn_gdp_real_yoy_pct_quarter.csv").read_text().split()[1:]
    }
    ytd = {
        r.split(",")[0]: r.split(",")[1]
        for r in (ROOT / "corpora/market/cn_gdp_real_yoy_pct_ytd_cumulative.csv").read_text().split()[1:]
    }
    # a quarter (2024-Q2, Apr–Jun) is checked against the quarter's yoy; the first half against year to date
    v = one(store, "g1", "cn_gdp", "growth_yoy", q["2024-Q2"], start=dt.date(2024, 4, 1), end=dt.date(2024, 6, 30))
    assert v.status is S and "cn_gdp yoy (nbs)" in v.method
    h = one(store, "g2", "cn_gdp", "growth_yoy", ytd["2024-Q2"], start=dt.date(2024, 1, 1), end=dt.date(2024, 6, 30))
    assert h.status is S and "cn_gdp yoy_ytd (nbs)" in h.method


def test_nasdaq_return_uses_xnas(store: MarketStore) -> None:
    # 18069.26 (2025-03-06) / 16031.54 (2024-03-06) − 1 = 12.7107…%, in both Yahoo's and Tushare's closes
    v = one(store, "n1", "nasdaq_composite", "return", "12.71", **NEAR_1Y)
    assert v.status is S and "2024-03-06 16031.54" in v.reason and "tushare gives 12.710694 (supported)" in v.reason


@pytest.mark.parametrize(
    ("day", "stated", "status"),
    [
        (dt.date(2025, 3, 6), "6068.77", S),  # the close on 2025-03-06
        (dt.date(2025, 3, 6), "6086.77", C),  # two digits swapped
    ],
)
def test_hstech_close_level(store: MarketStore, day: dt.date, stated: str, status: VerdictStatus) -> None:
    v = one(store, "c_close", "hstech", "close", stated, start=day, end=day, unit="点")
    assert v.status is status and v.tolerance == D("0.005")


def test_close_on_a_non_trading_day_is_not_guessed(store: MarketStore) -> None:
    # 2025-03-08 is a Saturday: no close exists on that date, so the figure is not compared with Friday's
    v = one(store, "c_sat", "hstech", "close", "6037.44", start=dt.date(2025, 3, 8), end=dt.date(2025, 3, 8), unit="点")
    assert v.status is U and "has no close on 2025-03-08 (the latest before it is 2025-03-07)" in v.reason


# -- the whole sample ----------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def sample(store: MarketStore) -> DocumentResult:
    pipeline = pytest.importorskip("analyzer.pipeline")
    result = pipeline.analyze(SAMPLE)
    result.verdicts = verify(result, store)
    return result


def _rows(result: DocumentResult) -> list[dict[str, object]]:
    claims = {c.id: c for c in result.claims}
    return [
        {
            "claim": v.claim_id,
            "text": claims[v.claim_id].text,
            "metric": claims[v.claim_id].metric,
            "status": v.status.value,
            "checker": v.checker,
            "computed": None if v.computed is None else str(v.computed),
            "method": v.method,
            "reason": v.reason,
        }
        for v in result.verdicts
    ]


def test_sample_figures_the_data_covers(sample: DocumentResult) -> None:
    by_text = {(c.metric, c.text): v for c in sample.claims for v in sample.verdicts if v.claim_id == c.id}
    for text in ("8078.7億港元", "3,018.1億港元", "612.7億港元"):
        assert by_text[("net_inflow", text)].status is S
    assert by_text[("annual_return", "78.71%")].status is S
    pe, pct = by_text[("pe_ttm", "25.30倍")], by_text[("percentile", "32.66%")]
    for v in (pe, pct):
        assert v.status is not C and "jiucaishuo" in v.method and "lixinger" in v.method
    assert summarize(sample.verdicts).contradicted == 0
    for v in sample.verdicts:
        if v.status is U:
            assert v.reason and "no checker for metric" not in v.reason


def test_sample_golden_verdicts(sample: DocumentResult) -> None:
    rows = _rows(sample)
    if os.environ.get("UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    expected = [json.loads(line) for line in GOLDEN.read_text(encoding="utf-8").splitlines()]
    assert rows == expected


def test_chart_uses_the_provider_whose_series_covers_the_window(store: MarketStore) -> None:
    from analyzer.report.charts import store_lookup

    points = store_lookup(store)("hstech", "close", dt.date(2019, 12, 31), dt.date(2020, 12, 31))
    # eastmoney's series starts 2020-07-27; the investing.com series covers the whole 2020 return window
    assert points[0] == (dt.date(2019, 12, 31), D("4714.81")) and points[-1] == (dt.date(2020, 12, 31), D("8425.9"))
    recent = store_lookup(store)("hstech", "close", dt.date(2024, 3, 6), dt.date(2025, 3, 6))
    assert recent[0] == (dt.date(2024, 3, 6), D("3412.57")) and len(recent) == len(
        store.series("hstech", "close", "eastmoney").between(dt.date(2024, 3, 6), dt.date(2025, 3, 6))
    )


@pytest.mark.parametrize(("stated", "status"), [("77.84", S), ("70.00", U)])
def test_a_fund_checked_on_its_index_is_never_contradicted(
    store: MarketStore, stated: str, status: VerdictStatus
) -> None:
    from analyzer.types import SubjectRef

    claim, mention, sentence = make_claim("etf", "hstech_etf_513180", "return", stated, **NEAR_1Y)
    linked = claim.model_copy(update={"linked": SubjectRef(id="hstech", alias="恒生科技指数", kind="index")})
    (v,) = verify(make_doc((linked, mention, sentence)), store)
    assert v.status is status and "used hstech, which it tracks" in v.reason
    if status is U:
        assert v.reason.startswith("hstech gives 77.835766; the figure is about hstech_etf_513180")



#: Wind's HSI export lacks the session of 2024-05-02 (its closes jump from 04-30 to 05-03): a lookup bridges the
#: hole from 04-30, so a base and the end fell on the same day and gave 0, which contradicted any figure
@pytest.mark.parametrize(
    ("metric", "stated", "start", "status"),
    [
        ("return", "2.5", dt.date(2024, 5, 2), S),  # 18207.13 / 17763.03 − 1 in Sina's and Yahoo's closes
        ("return", "-1.2", dt.date(2024, 5, 2), C),  # a false figure: the providers that hold the session say so
        ("change_points", "444.1", dt.date(2024, 5, 1), S),  # from a holiday start (Labour Day) to 05-02
        ("change_points", "-444.1", dt.date(2024, 5, 1), C),
    ],
)
def test_a_change_over_no_session_is_not_computed(
    store: MarketStore, metric: str, stated: str, start: dt.date, status: object
) -> None:
    unit = "%" if metric == "return" else "点"
    v = one(store, "h1", "hsi", metric, stated, unit=unit, start=start, end=dt.date(2024, 5, 2))
    assert v.status is status and v.computed != 0
    assert "wind" not in v.providers and "wind gives" not in v.reason


#: the store's only S&P 500 closes (tushare) lack the session of 2023-01-09, so a lookup of it takes 01-06's
#: 3895.08 (the true close was 3892.09): a figure computed from that stand-in can disagree with a true one
SPX_HOLE = "spx close (tushare) lacks the session of 2023-01-09; the value of 2023-01-06 stood in"
#: no provider holds HSTECH on 2023-09-01, a typhoon closure XHKG's calendar lists only from exchange_calendars
#: 4.13.3: before it the stand-in (08-31's close) is the true previous close, and the store cannot tell the cases apart
TYPHOON = "lacks the session of 2023-09-01; the value of 2023-08-31 stood in"
NDX_PE_HOLE = "ndx pe_ttm (jiucaishuo) lacks the session of 2026-04-01; the value of 2026-03-30 stood in"
JAN_10, SEP_4, APR_1 = dt.date(2023, 1, 10), dt.date(2023, 9, 4), dt.date(2026, 4, 1)
#: exchange_calendars 4.13.3 lists the typhoon closure of 2023-09-01 on XHKG (earlier releases list it as a session):
#: with it the previous session of 09-04 is 08-31 and nothing stands in, so a true change is supported and a false one
#: contradicted; without it, over the closure the stand-in is right: a true change stays supported (saying what stood
#: in), a false one is not called wrong either, since on XHKG a hole and a closure look alike in the store
XHKG_KNOWS_TYPHOON = dt.date(2023, 9, 1) not in get_calendar("XHKG").sessions
TYPHOON_ROWS = (
    [("hstech", "change_pct", "3.00", "%", SEP_4, SEP_4, S, "3.00", None),
     ("hstech", "change_pct", "-3.00", "%", SEP_4, SEP_4, C, "3.00", None)]
    if XHKG_KNOWS_TYPHOON
    else [("hstech", "change_pct", "3.00", "%", SEP_4, SEP_4, S, "3.00", TYPHOON),
          ("hstech", "change_pct", "-3.00", "%", SEP_4, SEP_4, U, "3.00", TYPHOON)]
)  # fmt: skip


@pytest.mark.parametrize(
    ("subject", "metric", "stated", "unit", "start", "end", "status", "computed", "stand_in"),
    [
        # a session's change on the day after the hole: 3919.25 / 3895.08 − 1, not / 3892.09 (true: 0.70%)
        ("spx", "change_pct", "0.70", "%", JAN_10, JAN_10, U, "0.62", SPX_HOLE),
        # a false figure that agrees with the stand-in: the NYSE held 01-09 (XNYS never closes on a day its calendar
        # lists), so the agreement is with another session's value and is not called right either
        ("spx", "change_pct", "0.62", "%", JAN_10, JAN_10, U, "0.62", SPX_HOLE),
        ("spx", "change_points", "27.16", "点", JAN_10, JAN_10, U, "24.17", SPX_HOLE),  # true: 3919.25 − 3892.09
        # the day's high against the previous close: 3919.83 − 3895.08 (true: − 3892.09 = 27.74)
        ("spx", "intraday_move", "27.74", "点", JAN_10, JAN_10, U, "24.75", SPX_HOLE),
        # a return ending on the missing session: 3895.08 / 3839.50 (2022-12-30) − 1 (true: 3892.09 → 1.37%)
        ("spx", "return", "1.37", "%", dt.date(2023, 1, 3), dt.date(2023, 1, 9), U, "1.45", SPX_HOLE),
        # the typhoon closure of 2023-09-01: as the installed calendar knows it or not (TYPHOON_ROWS)
        *TYPHOON_ROWS,
        # a level: the store's only Nasdaq-100 PE (jiucaishuo) lacks 2026-04-01 and 03-31; 03-30's 30.58 stands in
        # Nasdaq held 04-01: a figure equal to 03-30's value says nothing of 04-01's
        ("ndx", "pe_ttm", "30.58", "x", APR_1, APR_1, U, "30.58", NDX_PE_HOLE),
        ("ndx", "pe_ttm", "45.0", "x", APR_1, APR_1, U, "30.58", NDX_PE_HOLE),
    ],
)
def test_a_figure_off_a_session_the_store_lacks_is_never_contradicted_nor_supported_over_a_hole(
    store: MarketStore,
    subject: str,
    metric: str,
    stated: str,
    unit: str,
    start: dt.date,
    end: dt.date,
    status: VerdictStatus,
    computed: str,
    stand_in: str | None,
) -> None:
    v = one(store, "g1", subject, metric, stated, unit=unit, start=start, end=end)
    assert v.status is status
    assert v.computed is not None and v.computed.quantize(D("0.01")) == D(computed)
    if stand_in is None:
        assert v.cause is None and "stood in" not in (v.reason or "")
    elif status is S:
        assert v.cause is None and stand_in in v.reason and "closure the calendar does not know" in v.reason
    else:
        assert v.cause == "no_observation" and stand_in in v.reason
    if status is U and stated == computed:  # an agreement off a certain hole names the held session
        assert "the exchange held that session" in v.reason


@pytest.mark.parametrize(("stated", "status"), [("0.55", S), ("-1.20", C)])
def test_a_provider_with_a_hole_leaves_the_verdict_to_those_holding_the_session(
    store: MarketStore, stated: str, status: VerdictStatus
) -> None:
    # Wind's HSI lacks 2024-05-02 and 05-03, so its "previous close" of 05-06 is 04-30's (18578.30 / 17763.03 − 1
    # = 4.59%); Sina and Yahoo hold 05-03 (18475.92) and alone decide: the true 0.55% is supported, a false figure
    # contradicted on them, and Wind's value is named as not judged
    v = one(store, "w1", "hsi", "change_pct", stated, start=dt.date(2024, 5, 6), end=dt.date(2024, 5, 6))
    assert v.status is status and v.providers == ("sina", "yahoo")
    assert v.computed is not None and v.computed.quantize(D("0.01")) == D("0.55")
    assert "wind gives 4.589701 (unverifiable)" in v.reason


@pytest.mark.parametrize(
    ("stated", "status", "providers"),
    [
        ("0.55", S, ("sina", "yahoo")),  # the true change, on the providers holding 05-03
        # Wind's figure off 04-30's close (18578.30 / 17763.03 − 1), which stood in for the 05-02 and 05-03 it lacks:
        # Sina and Yahoo hold those sessions, so the hole is one in Wind's data and its agreement is set aside
        ("4.59", C, ("sina", "yahoo")),
    ],
)
def test_an_agreement_off_a_stand_in_gives_way_to_providers_holding_the_session(
    store: MarketStore, stated: str, status: VerdictStatus, providers: tuple[str, ...]
) -> None:
    v = one(store, "w2", "hsi", "change_pct", stated, start=dt.date(2024, 5, 6), end=dt.date(2024, 5, 6))
    assert v.status is status and v.providers == providers
    assert v.computed is not None and v.computed.quantize(D("0.01")) == D("0.55")
    if status is C:
        set_aside = "wind gives 4.589701 (supported, off a value that stood in for a session it lacks: set aside)"
        assert set_aside in v.reason


@pytest.mark.parametrize(("stated", "status"), [("20.36", S), ("20.27", U)])
def test_a_valuation_spread_leaves_out_a_provider_s_stand_in(
    store: MarketStore, stated: str, status: VerdictStatus
) -> None:
    # HSTECH PE on 2026-05-28: 理杏仁 holds the session (20.3637); 韭菜说's series lacks 05-26 .. 05-29, so its
    # 05-22 value (20.27) stood in. Only 理杏仁 is judged: its figure is supported, the stale one is within the
    # providers' usual gap of 理杏仁's (not called wrong) but no longer inside a spread the stand-in widened
    v = one(store, "p1", "hstech", "pe_ttm", stated, unit="x", start=dt.date(2026, 5, 28), end=dt.date(2026, 5, 28))
    assert v.status is status
    assert "lixinger 20.36" in v.method and "jiucaishuo 20.27" not in v.method
    assert "lacks the session of 2026-05-28; the value of 2026-05-22 stood in" in v.reason
