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
    with open_store(path) as s:
        infos = {(i.instrument, i.field): i for i in s.list_series()}
    assert set(infos) == {
        ("hstech", "close"),
        ("nasdaq_composite", "close"),
        ("cn_m1", "yoy"),
        ("cn_m1", "yoy_old_def"),
    }
    assert infos[("hstech", "close")].rows == 1136
    assert infos[("hstech", "close")].first == dt.date(2020, 7, 27)
    assert "PROVENANCE.md" in infos[("hstech", "close")].sources[0]
    with open_store(path, read_only=True) as s:  # reopening does not duplicate or reseed
        assert len(s.series("hstech", "close")) == 1136
        assert s.series("cn_m1", "yoy").on(dt.date(2024, 12, 31)) == D("1.2")
        assert s.series("cn_m1", "yoy_old_def").on(dt.date(2024, 12, 31)) == D("-1.4")


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
    assert conflict.exit_code == 1 and "conflict 2024-03-06: stored 101.5, file 102" in conflict.output
    replaced = runner.invoke(market_app, [*revised, "--replace"])
    assert replaced.exit_code == 0 and "1 replaced" in replaced.output
    shown = runner.invoke(market_app, ["show", "hsi", "--market", db, "--from", "2024-03-06", "--to", "2024-03-06"])
    assert shown.exit_code == 0 and "102" in shown.output and "101.5" not in shown.output
    listed = runner.invoke(market_app, ["list", "--market", db])
    assert listed.exit_code == 0 and "hsi" in listed.output and "hstech" in listed.output
    bad = runner.invoke(
        market_app, ["import", str(DATA / "bad_no_date.csv"), "--instrument", "hsi", "--field", "close", "--market", db]
    )
    assert bad.exit_code == 2 and "E503" in bad.output
