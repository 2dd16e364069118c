"""Verification grows linearly with the number of claims (issue 14): no scan of the document per claim."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from handmade import make_claim, make_doc

from analyzer.types import DocumentResult
from analyzer.verify import MarketStore, open_store, verify


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> MarketStore:
    s = open_store(tmp_path_factory.mktemp("scale") / "market.duckdb", read_only=True)
    yield s
    s.close()


def doc(copies: int) -> DocumentResult:
    """``copies`` repetitions of a small article's claims: a return, a flow, a PE, growth over stated figures."""
    items = []
    for k in range(copies):
        items += [
            make_claim(f"r{k}", "hstech", "return", "77.84", start=dt.date(2024, 3, 7), end=dt.date(2025, 3, 6)),
            make_claim(
                f"a{k}",
                "southbound",
                "net_inflow",
                "3018.1",
                currency="HKD",
                scale=10**8,
                start=dt.date(2025, 1, 1),
                end=dt.date(2025, 3, 6),
            ),
            make_claim(
                f"b{k}",
                "southbound",
                "net_inflow",
                "612.7",
                currency="HKD",
                scale=10**8,
                start=dt.date(2024, 1, 1),
                end=dt.date(2024, 3, 6),
            ),
            make_claim(f"g{k}", "southbound", "growth", "393", refs=(f"a{k}", f"b{k}")),
            make_claim(f"p{k}", "hstech", "pe_ttm", "25.30", unit="x", end=dt.date(2025, 3, 6)),
            make_claim(f"u{k}", "hstech", "revenue", "1.0"),
        ]
    return make_doc(*items)


def best_of(runs: int, fn) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


@pytest.mark.issue(14)
def test_twice_the_claims_cost_less_than_three_times(store: MarketStore) -> None:
    small, large = doc(150), doc(300)
    verify(doc(2), store)  # load the series once
    t_small = best_of(3, lambda: verify(small, store))
    t_large = best_of(3, lambda: verify(large, store))
    assert len(verify(large, store)) == 2 * len(verify(small, store)) == 1800
    assert t_large / t_small < 3, (t_small, t_large)
