"""Fixtures of the unit tests: the market store seeded from the shipped series, once for the session."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from analyzer.verify import MarketStore
from tests.unit.sentence_verdicts import seeded_store


@pytest.fixture(scope="session")
def store(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MarketStore]:
    """A read-only store seeded from corpora/market, shared by the checker tables (none of them writes to it); a
    module that needs another store defines its own ``store`` fixture, which takes precedence."""
    yield from seeded_store(tmp_path_factory, "shipped")
