"""The market data store: one DuckDB file with instruments and observations (values DECIMAL(38,10)).

Every observation belongs to one provider's series — (instrument, field, provider) — and carries its
provenance: source, licence, attribution and when it was imported or fetched. Providers are never
mixed: ``series()`` gives one provider's series, ``all_series()`` each provider's in order of preference.

One store object may be shared by the threads of a Dask worker: every use of the connection and the
caches is under one lock. Which series exist is read once (one query) and kept, so a look-up of a
series the store does not hold costs no query; writes refresh it.
"""

from __future__ import annotations

import datetime as dt
import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation, localcontext
from pathlib import Path
from types import TracebackType
from typing import Any, TypeVar

import duckdb
import pyarrow as pa

from analyzer.errors import MarketDataError
from analyzer.instruments import InstrumentRegistry
from analyzer.verify.series import Series

SCALE = 10
QUANTUM = Decimal(1).scaleb(-SCALE)
#: DECIMAL(38,10) keeps 28 digits before the point
MAX_ABS = Decimal(10) ** (38 - SCALE)
SCHEMA_VERSION = "2"
DEFAULT_PROVIDER = "user"

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
    provider VARCHAR NOT NULL,
    date DATE NOT NULL,
    value DECIMAL(38,{SCALE}) NOT NULL,
    source VARCHAR NOT NULL,
    licence VARCHAR NOT NULL,
    attribution VARCHAR,
    imported_at TIMESTAMP NOT NULL,
    PRIMARY KEY (instrument, field, provider, date)
);
CREATE TABLE IF NOT EXISTS store_meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
"""

T = TypeVar("T")


def check_storable(value: Decimal) -> str | None:
    """Why ``value`` cannot be stored (not finite, too large, or rounds to 0 at 10 places), else None."""
    if not value.is_finite():
        return f"{value} is not a finite number"
    if value.copy_abs() >= MAX_ABS:  # copy_abs: no context, so 1e999999999 cannot overflow here
        return f"{show(value)} is out of range (the store keeps values below 1E+{38 - SCALE} in size)"
    if value != 0 and value.adjusted() < -SCALE - 1:
        return f"{show(value)} rounds to 0 at the store's {SCALE} decimal places"
    if value != 0 and to_stored(value) == 0:
        return f"{show(value)} rounds to 0 at the store's {SCALE} decimal places"
    return None


def show(value: Decimal) -> str:
    """A value for a message, short even when it has a huge exponent or many digits."""
    text = str(value)
    return text if len(text) <= 24 else f"{text[:12]}… (about 1E{value.adjusted():+d})"


def to_stored(value: Decimal) -> Decimal:
    """The value as the store keeps it (10 decimal places, 38 digits)."""
    with localcontext() as ctx:
        ctx.prec = 38
        try:
            return value.quantize(QUANTUM)
        except InvalidOperation as exc:
            raise MarketDataError(f"value {show(value)} is out of the store's range", code="E508") from exc


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
class Provenance:
    """Where one provider's observations come from, stored with each of them."""

    provider: str = DEFAULT_PROVIDER
    source: str = ""
    licence: str = "not stated by the importer"
    attribution: str | None = None


@dataclass(frozen=True)
class SeriesInfo:
    """One stored (instrument, field, provider) series, summarized."""

    instrument: str
    field: str
    provider: str
    rows: int
    first: dt.date
    last: dt.date
    sources: tuple[str, ...]
    licences: tuple[str, ...] = ()
    attributions: tuple[str, ...] = ()


#: codes of a store that cannot be used at all (not opened, held elsewhere, damaged): never one claim's "no data"
STORE_FAILURES = frozenset({"E520", "E521", "E522"})


class MarketStore:
    """Instruments and dated observations in a DuckDB file (or ``:memory:``)."""

    def __init__(self, path: Path | str, *, read_only: bool = False) -> None:
        self.path = Path(path) if str(path) != ":memory:" else None
        self.read_only = read_only
        self._lock = threading.RLock()
        try:
            self._con = duckdb.connect(str(path), read_only=read_only)
        except duckdb.Error as exc:
            raise MarketDataError(f"{path}: cannot open market store: {exc}".replace("\n", " "), code="E520") from exc
        if not read_only:
            self._run(self._migrate)
        self._cache: dict[tuple[str, str, str], Series] = {}
        #: (instrument, field) -> providers present; None until first needed
        self._keys: dict[tuple[str, str], list[str]] | None = None
        self._instruments: dict[str, dict[str, object] | None] = {}

    # -- plumbing --------------------------------------------------------------------------
    def _run(self, fn: Callable[[], T]) -> T:
        """Run ``fn`` under the lock; a DuckDB failure becomes one coded MarketDataError."""
        with self._lock:
            try:
                return fn()
            except duckdb.Error as exc:
                where = self.path or ":memory:"
                raise MarketDataError(
                    f"{where}: the market store cannot be read or written ({type(exc).__name__}: {exc}); if the file "
                    "is damaged, delete it and it is rebuilt from the shipped series on next use".replace("\n", " "),
                    code="E522",
                ) from exc

    def _q(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        return self._run(lambda: self._con.execute(sql, list(params)).fetchall())

    def _migrate(self) -> None:
        """Create the schema; a version-1 store (no provider column) is converted in one transaction."""
        cols = {
            r[0]
            for r in self._con.execute(
                "SELECT column_name FROM information_schema.columns WHERE table_name = 'observations'"
            ).fetchall()
        }
        if cols and "provider" not in cols:
            self._con.execute("BEGIN TRANSACTION")
            try:
                self._con.execute("ALTER TABLE observations RENAME TO observations_v1")
                self._con.execute(SCHEMA)
                # shipped rows are re-seeded with their providers; user imports keep their values
                self._con.execute(
                    "INSERT INTO observations SELECT instrument, field, ?, date, value, source, "
                    "'not recorded (imported before licences were stored)', NULL, imported_at "
                    "FROM observations_v1 WHERE source NOT LIKE 'corpora/market/%'",
                    [DEFAULT_PROVIDER],
                )
                self._con.execute("DROP TABLE observations_v1")
                self._con.execute("DELETE FROM store_meta WHERE key = 'seed_digest'")
                self._con.execute("COMMIT")
            except BaseException:
                self._con.execute("ROLLBACK")
                raise
        else:
            self._con.execute(SCHEMA)
        self._con.execute("INSERT OR REPLACE INTO store_meta VALUES ('schema_version', ?)", [SCHEMA_VERSION])

    def _invalidate(self) -> None:
        self._cache.clear()
        self._keys = None
        self._instruments.clear()

    # -- lifecycle -------------------------------------------------------------------------
    def close(self) -> None:
        with self._lock:
            self._con.close()

    def __enter__(self) -> MarketStore:
        return self

    def __exit__(
        self, exc_type: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()

    def check_integrity(self) -> None:
        """Read every column of every table once, so DuckDB checks the checksum of every block: a damaged
        file is E522 now, not a wrong answer later (tens of milliseconds for the shipped store)."""
        for table in ("store_meta", "instruments", "observations"):
            self._q(f"SELECT count(*), sum(hash(COLUMNS(*))) FROM {table}")

    # -- metadata --------------------------------------------------------------------------
    def get_meta(self, key: str) -> str | None:
        rows = self._q("SELECT value FROM store_meta WHERE key = ?", [key])
        return rows[0][0] if rows else None

    def set_meta(self, key: str, value: str) -> None:
        self._q("INSERT OR REPLACE INTO store_meta VALUES (?, ?)", [key, value])

    def query(self, sql: str, params: Sequence[object] = ()) -> list[tuple[Any, ...]]:
        """One SQL statement under the store's lock, for a module that keeps its own table (the fetch log)."""
        return self._q(sql, params)

    # -- instruments -----------------------------------------------------------------------
    def sync_instruments(self, registry: InstrumentRegistry, calendars: dict[str, str] | None = None) -> None:
        """Upsert every registry instrument (names and aliases, Simplified and Traditional)."""
        calendars = calendars or {}
        rows = [
            (i.id, i.kind, i.name, i.name_en, i.currency, i.code, list(i.written_forms()), calendars.get(i.id))
            for i in registry.instruments
        ]
        self._run(
            lambda: self._con.executemany("INSERT OR REPLACE INTO instruments VALUES (?, ?, ?, ?, ?, ?, ?, ?)", rows)
        )
        with self._lock:
            self._instruments.clear()

    def instrument(self, instrument_id: str) -> dict[str, object] | None:
        with self._lock:
            if instrument_id in self._instruments:
                return self._instruments[instrument_id]

            def fetch() -> dict[str, object] | None:
                cur = self._con.execute("SELECT * FROM instruments WHERE id = ?", [instrument_id])
                row = cur.fetchone()
                return None if row is None else dict(zip([d[0] for d in cur.description], row, strict=True))

            found = self._run(fetch)
            self._instruments[instrument_id] = found
            return found

    def add_security(self, code: str, kind: str, name: str) -> None:
        """Register a security from the securities master under its code (for ``market fetch``)."""
        stock_or_fund = "stock" if kind in ("hk_stock", "a_share", "stock") else "fund"
        currency = "HKD" if kind == "hk_stock" else "CNY"
        self._q(
            "INSERT OR IGNORE INTO instruments VALUES (?, ?, ?, NULL, ?, ?, ?, ?)",
            [code, stock_or_fund, name, currency, code, [code], "XHKG" if kind == "hk_stock" else "XSHG"],
        )
        with self._lock:
            self._instruments.pop(code, None)

    def instrument_ids(self) -> list[str]:
        return [r[0] for r in self._q("SELECT id FROM instruments ORDER BY id")]

    # -- observations ----------------------------------------------------------------------
    def write(
        self,
        instrument: str,
        field_name: str,
        rows: Sequence[tuple[dt.date, Decimal]],
        source: str | Provenance,
        *,
        replace: bool = False,
    ) -> WriteResult:
        """Add one provider's observations in one transaction; identical rows are no-ops, differing values
        are conflicts (kept unless ``replace``, which overwrites them set-based, all or nothing)."""
        prov = source if isinstance(source, Provenance) else Provenance(source=source)
        if self.instrument(instrument) is None:
            raise MarketDataError(
                f"unknown instrument {instrument!r}; known: {', '.join(self.instrument_ids())}", code="E506"
            )
        for day, value in rows:
            why = check_storable(value)
            if why is not None:
                raise MarketDataError(f"{instrument} {field_name} {day}: {why}", code="E508")
        with self._lock:
            stored = dict(self._points(instrument, field_name, prov.provider))
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
            incoming = new + updates
            if incoming:
                self._run(lambda: self._insert(instrument, field_name, prov, incoming, replaced=bool(updates)))
            result.inserted = len(new)
            result.replaced = len(updates)
            self._invalidate()
            return result

    def _insert(
        self,
        instrument: str,
        field_name: str,
        prov: Provenance,
        rows: list[tuple[dt.date, Decimal]],
        *,
        replaced: bool,
    ) -> None:
        """One transaction: delete the replaced dates, insert every incoming row (set-based, no row loop)."""
        now = dt.datetime.now(dt.UTC).replace(tzinfo=None)
        n = len(rows)
        table = pa.table(
            {
                "instrument": pa.array([instrument] * n, pa.string()),
                "field": pa.array([field_name] * n, pa.string()),
                "provider": pa.array([prov.provider] * n, pa.string()),
                "date": pa.array([d for d, _ in rows], pa.date32()),
                "value": pa.array([v for _, v in rows], pa.decimal128(38, SCALE)),
                "source": pa.array([prov.source] * n, pa.string()),
                "licence": pa.array([prov.licence] * n, pa.string()),
                "attribution": pa.array([prov.attribution] * n, pa.string()),
                "imported_at": pa.array([now] * n, pa.timestamp("us")),
            }
        )
        self._con.register("_incoming", table)
        try:
            self._con.execute("BEGIN TRANSACTION")
            try:
                if replaced:
                    self._con.execute(
                        "DELETE FROM observations o USING _incoming i WHERE o.instrument = i.instrument "
                        "AND o.field = i.field AND o.provider = i.provider AND o.date = i.date"
                    )
                self._con.execute("INSERT INTO observations SELECT * FROM _incoming")
                self._con.execute("COMMIT")
            except BaseException:
                self._con.execute("ROLLBACK")
                raise
        finally:
            self._con.unregister("_incoming")

    def _points(self, instrument: str, field_name: str, provider: str) -> list[tuple[dt.date, Decimal]]:
        return self._q(
            "SELECT date, value FROM observations WHERE instrument = ? AND field = ? AND provider = ? ORDER BY date",
            [instrument, field_name, provider],
        )

    def _key_index(self) -> dict[tuple[str, str], list[str]]:
        """(instrument, field) -> providers present, in order of preference (one query, then kept)."""
        with self._lock:
            if self._keys is None:
                from analyzer.verify.catalog import default_catalog

                catalog = default_catalog()
                keys: dict[tuple[str, str], list[str]] = {}
                for inst, fld, prov in self._q("SELECT DISTINCT instrument, field, provider FROM observations"):
                    keys.setdefault((inst, fld), []).append(prov)
                for (inst, fld), provs in keys.items():
                    provs.sort(key=lambda p, i=inst, f=fld: (catalog.provider_rank(i, f, p), p))
                self._keys = keys
            return self._keys

    def providers(self, instrument: str, field_name: str) -> list[str]:
        """Providers with a series for (instrument, field), most preferred first."""
        return list(self._key_index().get((instrument, field_name), ()))

    def series(self, instrument: str, field_name: str, provider: str | None = None) -> Series | None:
        """One provider's whole series for (instrument, field) — the preferred one unless named — or None."""
        providers = self.providers(instrument, field_name)
        if provider is None:
            if not providers:
                return None
            provider = providers[0]
        elif provider not in providers:
            return None
        key = (instrument, field_name, provider)
        with self._lock:
            if key not in self._cache:
                self._cache[key] = self._load(instrument, field_name, provider)
            return self._cache[key]

    def all_series(self, instrument: str, field_name: str) -> list[Series]:
        """Every provider's series for (instrument, field), most preferred first."""
        found = [self.series(instrument, field_name, p) for p in self.providers(instrument, field_name)]
        return [s for s in found if s is not None]

    def _load(self, instrument: str, field_name: str, provider: str) -> Series:
        from analyzer.verify.catalog import default_catalog

        points = self._points(instrument, field_name, provider)
        meta = self._q(
            "SELECT list(DISTINCT source ORDER BY source), list(DISTINCT licence ORDER BY licence), "
            "list(DISTINCT attribution ORDER BY attribution) FILTER (WHERE attribution IS NOT NULL) "
            "FROM observations WHERE instrument = ? AND field = ? AND provider = ?",
            [instrument, field_name, provider],
        )[0]
        return Series(
            instrument,
            field_name,
            tuple(points),
            tuple(meta[0] or ()),
            provider=provider,
            licences=tuple(meta[1] or ()),
            attributions=tuple(meta[2] or ()),
            note=default_catalog().note(instrument, field_name, provider),
        )

    def fields(self, instrument: str) -> list[str]:
        return sorted({f for (i, f) in self._key_index() if i == instrument})

    def observations(
        self,
        instrument: str,
        field_name: str | None = None,
        start: dt.date | None = None,
        end: dt.date | None = None,
        provider: str | None = None,
    ) -> list[tuple[str, str, dt.date, Decimal, str, str]]:
        """(field, provider, date, value, source, licence) rows, for ``market show``."""
        sql = "SELECT field, provider, date, value, source, licence FROM observations WHERE instrument = ?"
        params: list[object] = [instrument]
        for clause, param in (
            ("field = ?", field_name),
            ("provider = ?", provider),
            ("date >= ?", start),
            ("date <= ?", end),
        ):
            if param is not None:
                sql += f" AND {clause}"
                params.append(param)
        return self._q(sql + " ORDER BY field, provider, date", params)

    def list_series(self) -> list[SeriesInfo]:
        """Every stored series with its row count, date range, sources, licences and attributions."""
        rows = self._q(
            "SELECT instrument, field, provider, count(*), min(date), max(date), "
            "list(DISTINCT source ORDER BY source), list(DISTINCT licence ORDER BY licence), "
            "list(DISTINCT attribution ORDER BY attribution) FILTER (WHERE attribution IS NOT NULL) "
            "FROM observations GROUP BY instrument, field, provider ORDER BY instrument, field, provider"
        )
        return [
            SeriesInfo(r[0], r[1], r[2], r[3], r[4], r[5], tuple(r[6]), tuple(r[7] or ()), tuple(r[8] or ()))
            for r in rows
        ]
