"""Where the default market store lives, seeding it from ``corpora/market``, and opening it safely
when several processes start at once.

Opening (``open_store``): the store is seeded under ``<store>.lock`` — the first process to find it
new or stale seeds it, the others wait for the lock and then find it current. DuckDB admits one
writing process or many reading ones: a reader that finds the file held by a writer (an import, a
seeding) retries until the bound (``ANALYZER_MARKET_WAIT`` seconds, default 60) and then fails with
one coded line (E521) rather than a traceback.
"""

from __future__ import annotations

import hashlib
import os
import time
from pathlib import Path

from analyzer.errors import MarketDataError
from analyzer.instruments import default_registry
from analyzer.resources import corpora_path
from analyzer.verify.catalog import Catalog, SeriesSpec, default_catalog
from analyzer.verify.importers import parse_export
from analyzer.verify.locking import POLL_SECONDS, exclusive
from analyzer.verify.store import MarketStore, Provenance, WriteResult

ENV_VAR = "ANALYZER_MARKET_DB"
WAIT_ENV_VAR = "ANALYZER_MARKET_WAIT"
DEFAULT_WAIT_SECONDS = 60.0
SEED_KEY = "seed_digest"


def default_store_path() -> Path:
    """``$ANALYZER_MARKET_DB`` if set, else ``market.duckdb`` in the user's data directory."""
    env = os.environ.get(ENV_VAR)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_data_path

    return user_data_path("analyzer", appauthor=False) / "market.duckdb"


def wait_seconds() -> float:
    """How long to wait for a store another process holds (``$ANALYZER_MARKET_WAIT``, default 60 s)."""
    try:
        value = float(os.environ.get(WAIT_ENV_VAR, DEFAULT_WAIT_SECONDS))
    except ValueError:
        return DEFAULT_WAIT_SECONDS
    return value if value == value and 0 <= value < 86400 else DEFAULT_WAIT_SECONDS


def seed_digest(catalog: Catalog) -> str:
    """A digest of the catalog and every shipped file it lists (changes when the shipped data does)."""
    h = hashlib.sha256(corpora_path("market", "series.yaml").read_bytes())
    for file in dict.fromkeys(spec.file for spec in catalog.series):
        h.update(corpora_path("market", file).read_bytes())
    return h.hexdigest()[:16]


def provenance(spec: SeriesSpec, catalog: Catalog) -> Provenance:
    """What is stored with every observation of a shipped series."""
    return Provenance(
        provider=spec.provider,
        source=f"corpora/market/{spec.file}: {spec.source}",
        licence=catalog.licence_text(spec.licence),
        attribution=spec.attribution,
    )


def seed(store: MarketStore, catalog: Catalog | None = None) -> dict[str, WriteResult]:
    """Import every shipped series with its provenance; existing values are never overwritten."""
    catalog = catalog or default_catalog()
    store.sync_instruments(default_registry(), catalog.calendars)
    known = set(store.instrument_ids())
    results = {}
    for spec in catalog.series:
        if spec.instrument not in known:
            raise MarketDataError(
                f"series.yaml lists {spec.file} for instrument {spec.instrument!r}, which corpora/instruments.yaml "
                "does not define",
                code="E510",
            )
        parsed = parse_export(corpora_path("market", spec.file), spec.field, scale=spec.scale)
        rows = [
            (d, v)
            for d, v in parsed.rows
            if (spec.from_date is None or d >= spec.from_date) and (spec.until is None or d <= spec.until)
        ]
        key = f"{spec.file} → {spec.instrument} {spec.field} ({spec.provider})"
        results[key] = store.write(spec.instrument, spec.field, rows, provenance(spec, catalog))
    store.set_meta(SEED_KEY, seed_digest(catalog))
    return results


def _is_lock_conflict(exc: MarketDataError) -> bool:
    """DuckDB's "Could not set lock on file … Conflicting lock is held": another process has the file."""
    text = exc.message.lower()
    return "could not set lock" in text or "conflicting lock" in text


def connect(path: Path, *, read_only: bool, deadline: float) -> MarketStore:
    """Open the DuckDB file, retrying while another process holds a conflicting lock, until ``deadline``."""
    while True:
        try:
            return MarketStore(path, read_only=read_only)
        except MarketDataError as exc:
            if not _is_lock_conflict(exc):
                raise
            if time.monotonic() >= deadline:
                mode = "read" if read_only else "write"
                raise MarketDataError(
                    f"{path}: the market store is held by another process (an import or a first-use seeding) and "
                    f"could not be opened to {mode} within {wait_seconds():g} s; try again when it finishes, or "
                    f"set {WAIT_ENV_VAR} to wait longer",
                    code="E521",
                ) from None
            time.sleep(POLL_SECONDS)


def _current(path: Path, digest: str, deadline: float) -> bool:
    """Whether the file at ``path`` exists and holds the shipped data of ``digest`` (read-only look)."""
    if not path.exists():
        return False
    store = connect(path, read_only=True, deadline=deadline)
    try:
        return store.get_meta("schema_version") is not None and store.get_meta(SEED_KEY) == digest
    except MarketDataError as exc:
        if "does not exist" in exc.message:  # an old or foreign file without store_meta: reseed
            return False
        raise  # a damaged file: say so (E522) rather than write into it
    finally:
        store.close()


def open_store(path: Path | None = None, *, read_only: bool = False) -> MarketStore:
    """Open the market store at ``path`` (default: :func:`default_store_path`).

    A new store, or one whose shipped-data digest is stale, is first given the registry's instruments
    and the series in ``corpora/market``, by one process at a time (the others wait, bounded).
    """
    path = path or default_store_path()
    path.parent.mkdir(parents=True, exist_ok=True)
    catalog = default_catalog()
    digest = seed_digest(catalog)
    deadline = time.monotonic() + wait_seconds()
    if read_only and _current(path, digest, deadline):
        return connect(path, read_only=True, deadline=deadline)
    lock = path.with_name(path.name + ".lock")
    with exclusive(lock, deadline, "seeding the market store"):
        if not _current(path, digest, deadline):
            store = connect(path, read_only=False, deadline=deadline)
            try:
                seed(store, catalog)
            finally:
                store.close()
    return connect(path, read_only=read_only, deadline=deadline)
