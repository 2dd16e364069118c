"""Checks against the REAL series shipped in corpora/market (answers hand-checked in PROVENANCE.md).

The store is seeded from corpora/market into a DuckDB file under tmp_path. Claims mirror the sample
article corpora/samples/000_c5a5949e47dd4678.txt and are built by hand.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from handmade import make_claim, make_doc

from analyzer.types import Verdict, VerdictStatus
from analyzer.verify import MarketStore, open_store, verify

D = Decimal
S, C, U = VerdictStatus.SUPPORTED, VerdictStatus.CONTRADICTED, VerdictStatus.UNVERIFIABLE


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> MarketStore:
    s = open_store(tmp_path_factory.mktemp("real") / "market.duckdb", read_only=True)
    yield s
    s.close()


def one(store: MarketStore | None, *args: object, **kw: object) -> Verdict:
    (verdict,) = verify(make_doc(make_claim(*args, **kw)), store)  # type: ignore[arg-type]
    return verdict


NEAR_1Y = {"start": dt.date(2024, 3, 7), "end": dt.date(2025, 3, 6)}


def test_hstech_one_year_return_wind_convention(store: MarketStore) -> None:
    # 6068.77 (2025-03-06) / 3412.57 (2024-03-06, the close BEFORE the start) − 1 = 0.778358 → 77.84%
    v = one(store, "c1", "hstech", "return", "77.84", **NEAR_1Y)
    assert v.status is S
    assert v.reason.startswith("matches base = close before start (2024-03-06 3412.57)")
    assert v.computed == D("77.835766") and v.tolerance == D("0.005")
    assert v.data == ("hstech close 2024-03-06 3412.57", "hstech close 2025-03-06 6068.77")


def test_hstech_one_year_return_close_on_start(store: MarketStore) -> None:
    # 6068.77 / 3359.34 (close ON 2024-03-07) − 1 = 0.806545 → 80.65%
    v = one(store, "c1b", "hstech", "return", "80.65", **NEAR_1Y)
    assert v.status is S and v.reason.startswith("matches base = close on start (2024-03-07 3359.34)")


@pytest.mark.parametrize(
    ("year", "stated", "computed"),
    [
        (2021, "-32.70", "-32.696092"),  # 5670.96 / 8425.90 − 1
        (2022, "-27.19", "-27.194161"),  # 4128.79 / 5670.96 − 1
        (2023, "-8.83", "-8.828252"),  # 3764.29 / 4128.79 − 1
        (2024, "18.70", "18.697284"),  # 4468.11 / 3764.29 − 1
    ],
)
def test_hstech_annual_returns(store: MarketStore, year: int, stated: str, computed: str) -> None:
    v = one(store, f"y{year}", "hstech", "annual_return", stated, start=dt.date(year, 1, 1), end=dt.date(year, 12, 31))
    assert v.status is S and v.computed == D(computed)


def test_hstech_2020_return_is_unverifiable(store: MarketStore) -> None:
    v = one(store, "y2020", "hstech", "annual_return", "78.71", start=dt.date(2020, 1, 1), end=dt.date(2020, 12, 31))
    assert v.status is U and v.computed is None
    assert "needs the last close of 2019" in v.reason and "no observation on or before 2019-12-31" in v.reason
    assert "2020-07-27" in v.reason  # says where the series starts


@pytest.mark.parametrize(("month", "stated"), [((2024, 9), "-3.3"), ((2024, 12), "1.2"), ((2025, 1), "0.4")])
def test_m1_revised_definition(store: MarketStore, month: tuple[int, int], stated: str) -> None:
    first = dt.date(*month, 1)
    last = (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    v = one(store, "m", "cn_m1", "growth_yoy", stated, start=first, end=last, sentence=f"新口径下{stated}%")
    assert v.status is S and v.method == f"cn_m1 yoy for {first:%Y-%m}"


def test_m1_old_definition_is_not_mixed_in(store: MarketStore) -> None:
    dec = {"start": dt.date(2024, 12, 1), "end": dt.date(2024, 12, 31)}
    # the 新口径 sentence is checked on the revised basis only: −1.4 (old basis) contradicts +1.2
    new = one(store, "m2", "cn_m1", "growth_yoy", "-1.4", sentence="新口径下12月-1.4%", **dec)
    assert new.status is C and new.computed == D("1.2")
    # with no basis named, −1.4 is found on the old-definition series and says so
    plain = one(store, "m3", "cn_m1", "growth_yoy", "-1.4", **dec)
    assert plain.status is S and plain.method == "cn_m1 yoy_old_def for 2024-12"


def test_no_pe_or_flow_series(store: MarketStore) -> None:
    pe = one(store, "c10", "hstech", "pe_ttm", "25.30", end=dt.date(2025, 3, 6), unit="x")
    assert pe.status is U and pe.reason == "no pe_ttm series for hstech in the market store; the store has close for it"
    pct = one(store, "c11", "hstech", "percentile", "32.66", start=dt.date(2020, 7, 27), end=dt.date(2025, 3, 6))
    assert pct.status is U and "no pe_ttm series for hstech" in pct.reason
    flow = one(
        store,
        "c5",
        "southbound",
        "net_inflow",
        "8078.7",
        start=dt.date(2024, 1, 1),
        end=dt.date(2024, 12, 31),
        currency="HKD",
        scale=10**8,
    )
    assert flow.status is U and flow.reason.startswith("no net_inflow series for southbound")
    assert flow.method == "sum of daily net_inflow, 2024-01-01 → 2024-12-31"


def test_southbound_growth_arithmetic(store: MarketStore) -> None:
    # 3018.1亿 / 612.7亿 − 1 = 3.925902 → 392.59% vs stated 393% (±0.5): supported; 493% contradicted
    cur = make_claim(
        "c6",
        "southbound",
        "net_inflow",
        "3018.1",
        start=dt.date(2025, 1, 1),
        end=dt.date(2025, 3, 6),
        currency="HKD",
        scale=10**8,
    )
    base = make_claim(
        "c7",
        "southbound",
        "net_inflow",
        "612.7",
        start=dt.date(2024, 1, 1),
        end=dt.date(2024, 3, 6),
        currency="HKD",
        scale=10**8,
    )
    good = make_claim("c8", "southbound", "growth", "393", refs=("c6", "c7"))
    bad = make_claim("c8b", "southbound", "growth", "493", refs=("c6", "c7"))
    by_id = {v.claim_id: v for v in verify(make_doc(cur, base, good, bad), store)}
    assert by_id["c8"].status is S and by_id["c8"].computed == D("392.5902")
    assert by_id["c8b"].status is C
    assert by_id["c6"].status is U and by_id["c7"].status is U  # no flow series to check the amounts


def test_nasdaq_return_uses_xnas(store: MarketStore) -> None:
    # 18069.26 (2025-03-06) / 16031.54 (2024-03-06) − 1 = 12.7107…%
    v = one(store, "n1", "nasdaq_composite", "return", "12.71", **NEAR_1Y)
    assert v.status is S and "2024-03-06 16031.54" in v.reason


def test_sample_document_end_to_end(store: MarketStore) -> None:
    pipeline = pytest.importorskip("analyzer.pipeline")
    sample = Path(__file__).resolve().parents[2] / "corpora" / "samples" / "000_c5a5949e47dd4678.txt"
    result = pipeline.analyze(sample)
    verdicts = verify(result, store)
    status = {(c.metric, str(c.value)): v.status for c in result.claims for v in verdicts if v.claim_id == c.id}
    assert status[("return", "77.84")] is S
    assert status[("growth", "393")] is S
    assert status[("annual_return", "78.71")] is U
    assert all(status[("annual_return", s)] is S for s in ("-32.70", "-27.19", "-8.83", "18.70"))
    assert not any(s is C for s in status.values())


@pytest.mark.parametrize(
    ("day", "stated", "status"),
    [
        (dt.date(2025, 3, 6), "6068.77", S),  # the close on 2025-03-06 in hstech_close.csv
        (dt.date(2025, 3, 8), "6037.44", S),  # a Saturday: the close of Friday 2025-03-07
        (dt.date(2025, 3, 6), "6086.77", C),  # two digits swapped
    ],
)
def test_hstech_close_level(store: MarketStore, day: dt.date, stated: str, status: VerdictStatus) -> None:
    v = one(store, "c_close", "hstech", "close", stated, start=day, end=day, unit="点")
    assert v.status is status and v.tolerance == D("0.005")
    if day.weekday() == 5:
        assert "2025-03-07" in v.method
