"""Checkers, one module per family; importing this package registers them all."""

# nav and results: fund NAVs and company results, fetched by check --fetch
from analyzer.verify.checkers import (
    arithmetic,
    averages,
    day_bars,
    flows,
    levels,
    macro,
    nav,
    results,
    returns,
    series_levels,
    session,
    valuation,
)

__all__ = [
    "arithmetic",
    "averages",
    "day_bars",
    "flows",
    "levels",
    "macro",
    "nav",
    "results",
    "returns",
    "series_levels",
    "session",
    "valuation",
]
