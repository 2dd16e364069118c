"""The DuckDB store: idempotent writes, conflicts, --replace, seeding from corpora/market, the CLI."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from pathlib import Path

import pytest
from typer.testing import CliRunner

from analyzer.cli.market import market_app
from analyzer.errors import MarketDataError
from analyzer.instruments import default_registry
from analyzer.verify import open_store
from analyzer.verify.catalog import default_catalog
from analyzer.verify.importers import parse_export
from analyzer.verify.seed import ENV_VAR, default_store_path
from analyzer.verify.store import MarketStore

DATA = Path(__file__).resolve().parents[1] / "data" / "market"
D = Decimal


@pytest.fixture
def store(tmp_path: Path) -> MarketStore:
    s = MarketStore(tmp_path / "hand.duckdb")
    s.sync_instruments(default_registry(), default_catalog().calendars)
    yield s
    s.close()


def test_reimport_is_idempotent_and_conflicts_are_reported(store: MarketStore) -> None:
    rows = parse_export(DATA / "hand_close_wind.csv", "close").rows
    first = store.write("hstech", "close", rows, "hand")
    assert (first.inserted, first.unchanged, first.conflicts) == (5, 0, [])
    again = store.write("hstech", "close", rows, "hand")
    assert (again.inserted, again.unchanged, again.conflicts) == (0, 5, [])
    revised = parse_export(DATA / "hand_close_revised.csv", "close").rows
    third = store.write("hstech", "close", revised, "hand v2")
    assert (third.inserted, third.unchanged, third.replaced) == (1, 4, 0)
    assert [(c.date, c.stored, c.incoming) for c in third.conflicts] == [(dt.date(2024, 3, 6), D("101.5"), D("102"))]
    assert store.series("hstech", "close").on(dt.date(2024, 3, 6)) == D("101.5")  # not overwritten
    fourth = store.write("hstech", "close", revised, "hand v2", replace=True)
    assert fourth.replaced == 1 and fourth.inserted == 0
    assert store.series("hstech", "close").on(dt.date(2024, 3, 6)) == D("102")
    assert len(store.series("hstech", "close")) == 6


def test_values_are_decimal_in_and_out(store: MarketStore) -> None:
    store.write("southbound", "net_inflow", [(dt.date(2024, 3, 4), D("807870000000.1234567891"))], "hand")
    value = store.series("southbound", "net_inflow").on(dt.date(2024, 3, 4))
    assert isinstance(value, Decimal) and value == D("807870000000.1234567891")


def test_unknown_instrument(store: MarketStore) -> None:
    with pytest.raises(MarketDataError) as info:
        store.write("nope", "close", [(dt.date(2024, 3, 4), D(1))], "hand")
    assert info.value.code == "E506"


def test_instruments_table_has_both_scripts(store: MarketStore) -> None:
    row = store.instrument("hstech")
    assert row is not None and "恒生科技指數" in row["aliases"] and row["calendar"] == "XHKG"
    assert row["kind"] == "index" and row["currency"] == "HKD"


def test_open_store_seeds_once_with_provenance(tmp_path: Path) -> None:
    path = tmp_path / "seeded.duckdb"
    catalog = default_catalog()
    with open_store(path) as s:
        infos = {(i.instrument, i.field, i.provider): i for i in s.list_series()}
    # one stored series per (instrument, field, provider) the catalog lists
    assert set(infos) == {(spec.instrument, spec.field, spec.provider) for spec in catalog.series}
    hstech = infos[("hstech", "close", "eastmoney")]
    assert hstech.rows == 1136 and hstech.first == dt.date(2020, 7, 27)
    assert "PROVENANCE.md" in hstech.sources[0] and hstech.licences == (catalog.licence_text("not-recorded"),)
    # the investing.com series goes back to 2015 and is a separate provider, never merged into eastmoney's
    assert infos[("hstech", "close", "investing")].first == dt.date(2015, 1, 2)
    # CC BY series carry their attribution on every observation
    csi = infos[("csi300", "close", "tushare")]
    assert csi.licences[0].startswith("CC BY 4.0") and "AFAN-LIFE/macropage" in csi.attributions[0]
    # M1 as published changes definition in 2025-01: split into the two fields by date, never mixed
    assert infos[("cn_m1", "yoy_old_def", "eastmoney")].last == dt.date(2024, 12, 31)
    assert infos[("cn_m1", "yoy", "eastmoney")].first == dt.date(2025, 1, 31)
    with open_store(path, read_only=True) as s:  # reopening does not duplicate or reseed
        assert len(s.series("hstech", "close")) == 1136
        assert s.series("hstech", "close").provider == "eastmoney"  # the catalog's preferred provider
        assert [x.provider for x in s.all_series("hstech", "close")] == ["eastmoney", "sina", "investing"]
        assert s.series("cn_m1", "yoy").on(dt.date(2024, 12, 31)) == D("1.2")
        assert s.series("cn_m1", "yoy_old_def", "news").on(dt.date(2024, 12, 31)) == D("-1.4")
        # southbound values are stored in currency units (亿 × 1e8)
        assert s.series("southbound", "net_inflow").on(dt.date(2024, 12, 31)) == D("6441210000")


def test_missing_series_are_remembered_without_a_query(store: MarketStore) -> None:
    store.write("hstech", "close", [(dt.date(2024, 3, 4), D(1))], "hand")
    assert store.series("hstech", "pe_ttm") is None  # first look-ups query …
    assert store.series("hstech", "close") is not None and store.instrument("hstech") is not None
    calls: list[str] = []
    store._con = _Spy(store._con, calls)  # type: ignore[assignment]
    for _ in range(100):  # … later ones, hits and misses alike, do not
        assert store.series("hstech", "pe_ttm") is None
        assert store.series("hstech", "close") is not None
        assert store.instrument("hstech") is not None
    assert calls == []


class _Spy:
    """A DuckDB connection stand-in that records every execute."""

    def __init__(self, con: object, calls: list[str]) -> None:
        self._con, self._calls = con, calls

    def execute(self, sql: str, *args: object) -> object:
        self._calls.append(sql)
        return self._con.execute(sql, *args)  # type: ignore[attr-defined]

    def __getattr__(self, name: str) -> object:
        return getattr(self._con, name)


def test_store_is_safe_across_threads(store: MarketStore) -> None:
    """Dask workers with --nthreads > 1 share one store: many threads reading at once give the same answers."""
    from concurrent.futures import ThreadPoolExecutor

    days = [dt.date(2024, 1, 1) + dt.timedelta(days=i) for i in range(300)]
    store.write("hstech", "close", [(d, D(i + 1)) for i, d in enumerate(days)], "hand")
    store.write("hsi", "close", [(d, D(2 * i + 1)) for i, d in enumerate(days)], "hand")

    def read(i: int) -> tuple[Decimal | None, int]:
        inst = "hstech" if i % 2 else "hsi"
        s = store.series(inst, "close")
        assert s is not None
        return s.on(days[i % 300]), len(store.list_series())

    with ThreadPoolExecutor(max_workers=8) as pool:
        got = list(pool.map(read, range(400)))
    assert got == [(D(i % 300 + 1) if i % 2 else D(2 * (i % 300) + 1), 2) for i in range(400)]


def test_default_path_env_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv(ENV_VAR, str(tmp_path / "env.duckdb"))
    assert default_store_path() == tmp_path / "env.duckdb"
    monkeypatch.delenv(ENV_VAR)
    assert default_store_path().name == "market.duckdb"


def test_cli_import_list_show(tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "cli.duckdb")
    args = ["import", str(DATA / "hand_close_wind.csv"), "--instrument", "hsi", "--field", "close", "--market", db]
    first = runner.invoke(market_app, args)
    assert first.exit_code == 0, first.output
    assert "12 rows read, 5 taken, 7 skipped; 5 new" in first.output
    assert "skipped row 16: footer: 数据来源：Wind" in first.output
    assert "5 unchanged" in runner.invoke(market_app, args).output
    revised = [
        "import",
        str(DATA / "hand_close_revised.csv"),
        "--instrument",
        "hsi",
        "--field",
        "close",
        "--market",
        db,
    ]
    conflict = runner.invoke(market_app, revised)
    assert conflict.exit_code == 1 and "conflict 2024-03-06: stored 101.5, new 102" in conflict.output
    replaced = runner.invoke(market_app, [*revised, "--replace"])
    assert replaced.exit_code == 0 and "1 replaced" in replaced.output
    shown = runner.invoke(market_app, ["show", "hsi", "--market", db, "--from", "2024-03-06", "--to", "2024-03-06"])
    assert shown.exit_code == 0 and "102" in shown.output and "101.5" not in shown.output
    listed = runner.invoke(market_app, ["list", "--market", db], env={"COLUMNS": "400"})
    assert listed.exit_code == 0 and "hsi" in listed.output and "hstech" in listed.output
    lines = listed.output.splitlines()
    # every series shows its provider, short source and licence; CC BY ones are starred and their
    # attribution is printed once below the table
    csi = next(line for line in lines if "csi300" in line and "tushare" in line)
    assert "CC BY 4.0 *" in csi and "csi300_close_tushare.csv" in csi
    assert "* attribution for csi300 close (tushare): AFAN-LIFE/macropage" in listed.output
    user = next(line for line in lines if line.count("hsi") and " user " in line)
    # two imports, two sources: the first named, the other counted (both with --long)
    assert "file hand_close_revised.csv +1" in user and "not stated" in user
    assert "licence not stated: not stated by the importer" in listed.output
    bad = runner.invoke(
        market_app, ["import", str(DATA / "bad_no_date.csv"), "--instrument", "hsi", "--field", "close", "--market", db]
    )
    assert bad.exit_code == 2 and "E503" in bad.output
