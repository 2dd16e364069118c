"""Where the default market store lives, and seeding it from the series shipped in ``corpora/market``."""

from __future__ import annotations

import hashlib
import os
from pathlib import Path

from analyzer.instruments import default_registry
from analyzer.resources import corpora_path
from analyzer.verify.catalog import Catalog, default_catalog
from analyzer.verify.importers import parse_export
from analyzer.verify.store import MarketStore, WriteResult

ENV_VAR = "ANALYZER_MARKET_DB"
SEED_KEY = "seed_digest"


def default_store_path() -> Path:
    """``$ANALYZER_MARKET_DB`` if set, else ``market.duckdb`` in the user's data directory."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("analyzer", appauthor=False) / "market.duckdb"


def seed_digest(catalog: Catalog) -> str:
    """A digest of the catalog and every shipped file it lists (changes when the shipped data does)."""
    h = hashlib.sha256(corpora_path("market", "series.yaml").read_bytes())
    for spec in catalog.series:
        h.update(corpora_path("market", spec.file).read_bytes())
    return h.hexdigest()[:16]


def seed(store: MarketStore, catalog: Catalog | None = None) -> dict[str, WriteResult]:
    """Import every shipped series with its provenance as the source; existing values are never overwritten."""
    catalog = catalog or default_catalog()
    store.sync_instruments(default_registry(), catalog.calendars)
    results = {}
    for spec in catalog.series:
        parsed = parse_export(corpora_path("market", spec.file), spec.field)
        results[spec.file] = store.write(spec.instrument, spec.field, parsed.rows, spec.source)
    store.set_meta(SEED_KEY, seed_digest(catalog))
    return results


def open_store(path: Path | None = None, *, read_only: bool = False) -> MarketStore:
    """Open the market store at ``path`` (default: :func:`default_store_path`).

    A new store, or one whose shipped-data digest is stale, is first given the registry's instruments
    and the series in ``corpora/market`` (a read-only open does this in a short write session first).
    """
    path = path or default_store_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    catalog = default_catalog()
    if read_only and path.exists():
        store = MarketStore(path, read_only=True)
        try:
            current = store.get_meta(SEED_KEY)
        except Exception:  # an old or foreign file without store_meta: reseed below
            current = None
        if current == seed_digest(catalog):
            return store
        store.close()
    store = MarketStore(path)
    if store.get_meta(SEED_KEY) != seed_digest(catalog):
        seed(store, catalog)
    if read_only:
        store.close()
        store = MarketStore(path, read_only=True)
    return store
