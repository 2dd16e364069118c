"""The securities master: shipped A-share list with its licence, user-imported lists, the command line."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from analyzer import master as master_module
from analyzer.claims.subject import AliasMatcher
from analyzer.errors import ConfigError
from analyzer.instruments import default_registry
from analyzer.master import (
    default_master,
    import_master,
    master_provenance,
    parse_user_list,
    read_list,
    remove_imported,
)
from analyzer.resources import corpora_path


@pytest.fixture
def user_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    folder = tmp_path / "master"
    monkeypatch.setenv(master_module.ENV_VAR, str(folder))
    default_master.cache_clear()
    yield folder
    default_master.cache_clear()


def test_shipped_list_carries_licence_and_attribution(user_dir: Path) -> None:
    (shipped,) = master_provenance()
    assert shipped.file == "a_shares.csv" and shipped.kind == "stock"
    assert "CC BY 4.0" in shipped.licence
    assert "AFAN-LIFE/macropage" in shipped.attribution and "9ef6144e" in shipped.source
    rows = read_list(corpora_path("master", shipped.file))
    assert len(rows) == shipped.rows
    provenance = corpora_path("master", "PROVENANCE.md").read_text(encoding="utf-8")
    assert "CC BY 4.0" in provenance and "AFAN-LIFE/macropage" in provenance


def test_shipped_list_is_the_listed_rows_of_the_source() -> None:
    """Every shipped row is a listed (L) row of the public source with the same code and name."""
    # shared/ stands beside the checkout (in CI too); /work/shared on the project's machines
    candidates = [Path(__file__).resolve().parents[3] / "shared", Path("/work/shared")]
    found = [c / "market/more/master/a_share_stock_basic_tushare.csv" for c in candidates if c.is_dir()]
    source = found[0] if found else Path("/nonexistent")
    if not source.is_file():
        pytest.skip("the shared source list is not on this machine")
    with source.open(encoding="utf-8", newline="") as fh:
        listed = {
            (r["symbol"], r["ts_code"][-2:]): r["name"].replace("Ａ", "A").replace("Ｂ", "B")
            for r in csv.DictReader(fh)
            if r["status"] == "L"
        }
    shipped = {(s.code, s.exchange): s.name for s in read_list(corpora_path("master", "a_shares.csv"))}
    assert shipped == listed


@pytest.mark.parametrize(
    ("header", "row", "expected"),
    [
        (
            "基金代码,拼音缩写,基金简称,基金类型,拼音全称",
            "990001,YHYXHH,远航优选混合A,混合型-偏股,X",
            ("990001", "OF", "远航优选混合A"),
        ),
        ("code,exchange,name", "990002,SH,远航红利ETF", ("990002", "SH", "远航红利ETF")),
        ("代码,名称", "990003,遠航價值混合", ("990003", "OF", "远航价值混合")),  # Traditional → Simplified
        ("code,name", "990004,远航债券Ａ", ("990004", "OF", "远航债券A")),  # full-width letter folded
    ],
)
def test_parse_user_lists(header: str, row: str, expected: tuple[str, str, str]) -> None:
    (sec,) = parse_user_list(f"{header}\n{row}\n", "fund")
    assert (sec.code, sec.exchange, sec.name, sec.kind) == (*expected, "fund")


def test_a_list_without_code_or_name_columns_is_refused() -> None:
    with pytest.raises(ConfigError) as info:
        parse_user_list("日期,收盘\n2025-01-02,1.0\n", "fund")
    assert info.value.code == "E910" and "no code and name columns" in info.value.one_line()


def test_import_lookup_match_and_remove(user_dir: Path, tmp_path: Path) -> None:
    # a stand-in for a user's own copy of a fund list (made-up codes and names)
    own = tmp_path / "my_funds.csv"
    own.write_text(
        "基金代码,基金简称,基金类型\n990001,远航优选混合A,混合型\n990002,远航优选混合C,混合型\n", encoding="utf-8"
    )
    target = import_master(own, "fund", licence="internal use")
    assert target.parent == user_dir and target.is_file()

    master = default_master()
    (found,) = master.by_code("990001")
    assert (found.name, found.kind, found.exchange) == ("远航优选混合A", "fund", "OF")
    assert master.by_name("远航优选混合C").code == "990002"
    imported = [s for s in master_provenance() if s.file == target.name]
    assert imported and imported[0].licence == "internal use" and imported[0].rows == 2
    assert imported[0].imported_from == str(own.resolve()) and imported[0].sha256

    hits = AliasMatcher(default_registry(), master).find("远航优选混合A近一年收益率52.3%")
    assert [(h.alias, h.code, h.kind, h.source) for h in hits] == [("远航优选混合A", "990001", "fund", "master")]

    assert remove_imported(target.name)
    assert default_master().by_code("990001") == []
    assert [s.file for s in master_provenance()] == ["a_shares.csv"]


def test_command_line(user_dir: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert master_module._main(["lookup", "600519"]) == 0
    assert "600519.SH\t贵州茅台\tstock" in capsys.readouterr().out
    assert master_module._main(["lookup", "不存在的名字"]) == 1
    own = tmp_path / "etfs.csv"
    own.write_text("code,exchange,name\n990002,SH,远航红利ETF\n", encoding="utf-8")
    assert master_module._main(["import", str(own), "--kind", "fund"]) == 0
    assert "imported 1 rows" in capsys.readouterr().out
    assert master_module._main(["list"]) == 0
    listed = capsys.readouterr().out
    assert "CC BY 4.0" in listed and "user_etfs.csv" in listed
    assert master_module._main(["import", str(tmp_path / "missing.csv")]) == 2
    assert "E910" in capsys.readouterr().err
