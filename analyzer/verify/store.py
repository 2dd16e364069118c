"""The market data store: one DuckDB file with instruments and observations (values DECIMAL(38,10))."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from pathlib import Path
from types import TracebackType

import duckdb
import pyarrow as pa

from analyzer.errors import MarketDataError
from analyzer.instruments import InstrumentRegistry
from analyzer.verify.series import Series

SCALE = 10
QUANTUM = Decimal(1).scaleb(-SCALE)

SCHEMA = f"""
CREATE TABLE IF NOT EXISTS instruments (
    id VARCHAR PRIMARY KEY,
    kind VARCHAR NOT NULL,
    name VARCHAR NOT NULL,
    name_en VARCHAR,
    currency VARCHAR,
    code VARCHAR,
    aliases VARCHAR[] NOT NULL,
    calendar VARCHAR
);
CREATE TABLE IF NOT EXISTS observations (
    instrument VARCHAR NOT NULL,
    field VARCHAR NOT NULL,
    date DATE NOT NULL,
    value DECIMAL(38,{SCALE}) NOT NULL,
    source VARCHAR NOT NULL,
    imported_at TIMESTAMP NOT NULL,
    PRIMARY KEY (instrument, field, date)
);
CREATE TABLE IF NOT EXISTS store_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
"""


def to_stored(value: Decimal) -> Decimal:
    """The value as the store keeps it (10 decimal places, 38 digits)."""
    with localcontext() as ctx:
        ctx.prec = 38
        return value.quantize(QUANTUM)


@dataclass(frozen=True)
class Conflict:
    """A date whose incoming value differs from the stored one."""

    date: dt.date
    stored: Decimal
    incoming: Decimal


@dataclass
class WriteResult:
    """What a write did: new rows, identical rows left alone, conflicts (replaced or not)."""

    inserted: int = 0
    unchanged: int = 0
    replaced: int = 0
    conflicts: list[Conflict] = field(default_factory=list)


@dataclass(frozen=True)
class SeriesInfo:
    """One stored (instrument, field) series, summarized."""

    instrument: str
    field: str
    rows: int
    first: dt.date
    last: dt.date
    sources: tuple[str, ...]


class MarketStore:
    """Instruments and dated observations in a DuckDB file (or ``:memory:``)."""

    def __init__(self, path: Path | str, *, read_only: bool = False) -> None:
        self.path = Path(path) if str(path) != ":memory:" else None
        self.read_only = read_only
        try:
            self._con = duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:
            raise MarketDataError(f"{path}: cannot open market store: {exc}".replace("\n", " "), code="E520") from exc
        if not read_only:
            self._con.execute(SCHEMA)
        self._cache: dict[tuple[str, str], Series] = {}

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        self._con.close()

    def __enter__(self) -> MarketStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    # -- metadata --------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        row = self._con.execute("SELECT value FROM store_meta WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_meta(self, key: str, value: str) -> None:
        self._con.execute("INSERT OR REPLACE INTO store_meta VALUES (?, ?)", [key, value])

    # -- instruments -----------------------------------------------------------------------
    def sync_instruments(self, registry: InstrumentRegistry, calendars: dict[str, str] | None = None) -> None:
        """Upsert every registry instrument (names and aliases, Simplified and Traditional)."""
        calendars = calendars or {}
        rows = [
            (i.id, i.kind, i.name, i.name_en, i.currency, i.code, list(i.written_forms()), calendars.get(i.id))
            for i in registry.instruments
        ]
        self._con.executemany("INSERT OR REPLACE INTO instruments VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)

    def instrument(self, instrument_id: str) -> dict[str, object] | None:
        cur = self._con.execute("SELECT * FROM instruments WHERE id = ?", [instrument_id])
        row = cur.fetchone()
        if row is None:
            return None
        return dict(zip([d[0] for d in cur.description], row, strict=True))

    def instrument_ids(self) -> list[str]:
        return [r[0] for r in self._con.execute("SELECT id FROM instruments ORDER BY id").fetchall()]

    # -- observations ----------------------------------------------------------------------
    def write(
        self,
        instrument: str,
        field_name: str,
        rows: Sequence[tuple[dt.date, Decimal]],
        source: str,
        *,
        replace: bool = False,
    ) -> WriteResult:
        """Add observations; identical rows are no-ops, differing values are conflicts (kept unless ``replace``)."""
        if self.instrument(instrument) is None:
            raise MarketDataError(
                f"unknown instrument {instrument!r}; known: {', '.join(self.instrument_ids())}", code="E506"
            )
        stored = dict(self._points(instrument, field_name))
        result = WriteResult()
        new: list[tuple[dt.date, Decimal]] = []
        updates: list[tuple[dt.date, Decimal]] = []
        for day, value in rows:
            value = to_stored(value)
            old = stored.get(day)
            if old is None:
                new.append((day, value))
            elif old == value:
                result.unchanged += 1
            else:
                result.conflicts.append(Conflict(day, old, value))
                if replace:
                    updates.append((day, value))
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        if new:
            table = pa.table(
                {
                    "instrument": pa.array([instrument] * len(new), pa.string()),
                    "field": pa.array([field_name] * len(new), pa.string()),
                    "date": pa.array([d for d, _ in new], pa.date32()),
                    "value": pa.array([v for _, v in new], pa.decimal128(38, SCALE)),
                    "source": pa.array([source] * len(new), pa.string()),
                    "imported_at": pa.array([now] * len(new), pa.timestamp("us")),
                }
            )
            self._con.register("_incoming", table)
            try:
                self._con.execute("INSERT INTO observations SELECT * FROM _incoming")
            finally:
                self._con.unregister("_incoming")
        for day, value in updates:
            self._con.execute(
                "UPDATE observations SET value = ?, source = ?, imported_at = ? "
                "WHERE instrument = ? AND field = ? AND date = ?",
                [value, source, now, instrument, field_name, day],
            )
        result.inserted = len(new)
        result.replaced = len(updates)
        self._cache.pop((instrument, field_name), None)
        return result

    def _points(self, instrument: str, field_name: str) -> list[tuple[dt.date, Decimal]]:
        return self._con.execute(
            "SELECT date, value FROM observations WHERE instrument = ? AND field = ? ORDER BY date",
            [instrument, field_name],
        ).fetchall()

    def series(self, instrument: str, field_name: str) -> Series | None:
        """The whole stored series for (instrument, field), or None when there is none."""
        key = (instrument, field_name)
        if key not in self._cache:
            points = self._points(instrument, field_name)
            if not points:
                return None
            sources = self._con.execute(
                "SELECT DISTINCT source FROM observations WHERE instrument = ? AND field = ? ORDER BY source",
                [instrument, field_name],
            ).fetchall()
            self._cache[key] = Series(instrument, field_name, tuple(points), tuple(s[0] for s in sources))
        return self._cache[key]

    def fields(self, instrument: str) -> list[str]:
        rows = self._con.execute(
            "SELECT DISTINCT field FROM observations WHERE instrument = ? ORDER BY field", [instrument]
        ).fetchall()
        return [r[0] for r in rows]

    def observations(
        self, instrument: str, field_name: str | None = None, start: dt.date | None = None, end: dt.date | None = None
    ) -> list[tuple[str, dt.date, Decimal, str]]:
        """(field, date, value, source) rows, for ``market show``."""
        sql = "SELECT field, date, value, source FROM observations WHERE instrument = ?"
        params: list[object] = [instrument]
        for clause, param in (("field = ?", field_name), ("date >= ?", start), ("date <= ?", end)):
            if param is not None:
                sql += f" AND {clause}"
                params.append(param)
        return self._con.execute(sql + " ORDER BY field, date", params).fetchall()

    def list_series(self) -> list[SeriesInfo]:
        """Every stored series with its row count, date range and sources."""
        rows = self._con.execute(
            "SELECT instrument, field, count(*), min(date), max(date), list(DISTINCT source ORDER BY source) "
            "FROM observations GROUP BY instrument, field ORDER BY instrument, field"
        ).fetchall()
        return [SeriesInfo(r[0], r[1], r[2], r[3], r[4], tuple(r[5])) for r in rows]
