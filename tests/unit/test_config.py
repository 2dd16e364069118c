"""The configuration file (issue 16 #6): analyzer.toml or [tool.analyzer], one validated loader, flags win."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.config import AnalyzerConfig, load_config
from analyzer.errors import ConfigError


def test_defaults_without_a_file(tmp_path: Path) -> None:
    assert load_config(tmp_path) == AnalyzerConfig()
    assert load_config(tmp_path).fail_on == "contradicted"


def test_analyzer_toml_with_relative_paths(tmp_path: Path) -> None:
    (tmp_path / "analyzer.toml").write_text(
        'market = "data/m.duckdb"\nrules = ["rules/house.yaml"]\nas_of = 2025-03-06\nfail_on = "never"\n',
        encoding="utf-8",
    )
    config = load_config(tmp_path)
    assert config.market == tmp_path.resolve() / "data" / "m.duckdb"
    assert config.rules == (tmp_path.resolve() / "rules" / "house.yaml",)
    assert config.as_of == dt.date(2025, 3, 6) and config.as_of_date() == dt.date(2025, 3, 6)
    assert config.as_of_date("2024-01-02") == "2024-01-02"  # a flag wins
    assert config.fail_on == "never" and config.source == tmp_path.resolve() / "analyzer.toml"


def test_pyproject_tool_table(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text(
        '[project]\nname = "x"\n\n[tool.analyzer]\nfail_on = "unverifiable"\nconvert = "hk2s"\n', encoding="utf-8"
    )
    config = load_config(tmp_path)
    assert config.fail_on == "unverifiable" and config.convert == "hk2s"


def test_analyzer_toml_wins_over_pyproject(tmp_path: Path) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.analyzer]\nfail_on = "never"\n', encoding="utf-8")
    (tmp_path / "analyzer.toml").write_text('fail_on = "unverifiable"\n', encoding="utf-8")
    assert load_config(tmp_path).fail_on == "unverifiable"


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ('fail_on = "sometimes"\n', "fail_on"),
        ('markets = "x.duckdb"\n', "markets"),
        ('as_of = "yesterday"\n', "as_of"),
        ("fail_on = \n", "cannot read"),
    ],
)
def test_bad_settings_name_the_key(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "analyzer.toml").write_text(text, encoding="utf-8")
    with pytest.raises(ConfigError, match=message):
        load_config(tmp_path)


WRONG = "恒生科技指数2024年全年上涨25.0%，2023年下跌8.83%。\n"


def test_cli_uses_the_file_and_flags_override(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    doc = tmp_path / "wrong.txt"
    doc.write_text(WRONG, encoding="utf-8")
    (tmp_path / "analyzer.toml").write_text('market = "store/m.duckdb"\nfail_on = "never"\n', encoding="utf-8")
    runner = CliRunner()
    quiet = runner.invoke(app, ["check", str(doc), "-q"])
    assert quiet.exit_code == 0, quiet.output  # fail_on = never from the file
    assert (tmp_path / "store" / "m.duckdb").exists()  # the file's market store
    flagged = runner.invoke(app, ["check", str(doc), "-q", "--fail-on", "contradicted"])
    assert flagged.exit_code == 1  # the flag wins


def test_cli_bad_config_is_one_line_and_exit_2(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "analyzer.toml").write_text('fail_on = "sometimes"\n', encoding="utf-8")
    doc = tmp_path / "d.txt"
    doc.write_text(WRONG, encoding="utf-8")
    result = CliRunner().invoke(app, ["extract", str(doc)])
    assert result.exit_code == 2 and "E902" in result.output and "fail_on" in result.output


def test_comply_reads_the_configuration_file(tmp_path, monkeypatch):
    """A team's analyzer.toml gives comply its rulebooks too (not only extract/check/report)."""
    from typer.testing import CliRunner

    from analyzer.cli import app

    house = tmp_path / "house.yaml"
    house.write_text(
        "id: house\ntitle: House rules\nrules:\n"
        "  - id: HOUSE-001\n    title: No 稳赚\n    severity: error\n"
        "    severity_reason: the house forbids it\n"
        "    citation: {document: house manual}\n"
        "    condition: {kind: phrase, phrases: [稳赚]}\n"
        "    message: Remove 稳赚.\n",
        encoding="utf-8",
    )
    (tmp_path / "analyzer.toml").write_text('rules = ["house.yaml"]\n', encoding="utf-8")
    doc = tmp_path / "a.txt"
    doc.write_text("本基金稳赚不赔。\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(app, ["comply", str(doc), "--no-verify"])
    assert "HOUSE-001" in done.output, done.output


def test_batch_reads_the_configuration_file(tmp_path, monkeypatch):
    """batch takes the team's as-of policy (and market store, rulebooks, conversion) from analyzer.toml."""
    import pandas as pd
    from typer.testing import CliRunner

    from analyzer.cli import app

    (tmp_path / "analyzer.toml").write_text("as_of = 2025-03-06\n", encoding="utf-8")
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("近一年，恒生科技指数累计上涨10%。\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    done = CliRunner().invoke(app, ["batch", str(folder), "--out", str(tmp_path / "out"), "--workers", "0"])
    assert done.exit_code == 0, done.output
    manifest = pd.read_parquet(tmp_path / "out" / "manifest.parquet")
    assert str(manifest.loc[0, "as_of"]) == "2025-03-06"
    claims = pd.read_parquet(tmp_path / "out" / "claims.parquet")
    assert str(claims.loc[0, "period_end"]) == "2025-03-06"
