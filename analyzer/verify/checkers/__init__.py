"""Checkers, one module per family; importing this package registers them all."""

from analyzer.verify.checkers import arithmetic, flows, levels, macro, returns, series_levels, session, valuation

__all__ = ["arithmetic", "flows", "levels", "macro", "returns", "series_levels", "session", "valuation"]
