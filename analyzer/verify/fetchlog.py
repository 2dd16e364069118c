"""The fetch log: what ``check --fetch`` fetched, when, with which AKShare, up to which date — the cache.

One row per fetched (instrument, field, provider): the call, the fetch time, the AKShare version, the
dates the fetch covers (everything the provider had up to the fetch time, or the requested end if later)
and, for company results, the reporting currency and fiscal year end the checker needs. A request whose
dates a logged fetch covers is never fetched again, even when the provider had no data for them.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from analyzer.verify.store import MarketStore

TABLE = "fetch_log"
SCHEMA = f"""
CREATE TABLE IF NOT EXISTS {TABLE} (
    instrument VARCHAR NOT NULL,
    field VARCHAR NOT NULL,
    provider VARCHAR NOT NULL,
    call VARCHAR NOT NULL,
    covers_to DATE NOT NULL,
    fetched_at TIMESTAMP NOT NULL,
    akshare_version VARCHAR NOT NULL,
    rows INTEGER NOT NULL,
    currency VARCHAR,
    fiscal_year_end VARCHAR,
    PRIMARY KEY (instrument, field, provider)
)
"""


@dataclass(frozen=True)
class Logged:
    """One logged fetch."""

    call: str
    covers_to: dt.date
    fetched_at: dt.datetime
    akshare_version: str
    rows: int
    currency: str | None
    fiscal_year_end: str | None


def _exists(store: MarketStore) -> bool:
    return bool(store.query("SELECT 1 FROM information_schema.tables WHERE table_name = ?", [TABLE]))


def logged(store: MarketStore, instrument: str, field: str, provider: str) -> Logged | None:
    """The logged fetch of one series, or None (also for a store that never fetched)."""
    if not _exists(store):
        return None
    rows = store.query(
        f"SELECT call, covers_to, fetched_at, akshare_version, rows, currency, fiscal_year_end FROM {TABLE} "
        "WHERE instrument = ? AND field = ? AND provider = ?",
        [instrument, field, provider],
    )
    return Logged(*rows[0]) if rows else None


def record(
    store: MarketStore,
    instrument: str,
    field: str,
    provider: str,
    entry: Logged,
) -> None:
    """Log a fetch (replacing the series' earlier one: a later fetch covers at least as much)."""
    store.query(SCHEMA)
    store.query(
        f"INSERT OR REPLACE INTO {TABLE} VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            instrument,
            field,
            provider,
            entry.call,
            entry.covers_to,
            entry.fetched_at.replace(tzinfo=None),
            entry.akshare_version,
            entry.rows,
            entry.currency,
            entry.fiscal_year_end,
        ],
    )
