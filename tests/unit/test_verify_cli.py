"""``analyzer check`` on the sample, through the real command line."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

SAMPLE = Path(__file__).resolve().parents[2] / "corpora" / "samples" / "000_c5a5949e47dd4678.txt"


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    from analyzer.cli import app

    return app


def test_check_json_and_csv(app: typer.Typer, tmp_path: Path) -> None:
    runner = CliRunner()
    db = str(tmp_path / "m.duckdb")
    out = runner.invoke(app, ["check", str(SAMPLE), "--market", db, "--format", "json"])
    assert out.exit_code == 0, out.output
    (doc,) = json.loads(out.stdout)
    by_claim = {v["claim_id"]: v for v in doc["verdicts"]}
    first = next(c for c in doc["claims"] if c["value"] == "77.84")
    assert by_claim[first["id"]]["status"] == "supported" and by_claim[first["id"]]["computed"] == "77.835766"
    rows = list(
        csv.DictReader(io.StringIO(runner.invoke(app, ["check", str(SAMPLE), "--market", db, "-f", "csv"]).stdout))
    )
    assert {r["status"] for r in rows} >= {"supported", "unverifiable"}
    assert any(r["metric"] == "fund_code" and r["status"] == "" for r in rows)  # labels get no verdict
    table = runner.invoke(app, ["check", str(SAMPLE), "--market", db])
    assert table.exit_code == 0 and "supported" in table.stdout
