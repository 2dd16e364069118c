"""The ``extract`` and ``schema`` commands as a user runs them."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

from typer.testing import CliRunner

from analyzer.cli import app

runner = CliRunner()


def test_help_reads_well() -> None:
    result = runner.invoke(app, ["--help"])
    assert result.exit_code == 0
    for command in ("extract", "schema"):
        assert command in result.output


def test_extract_table(sample_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(sample_path)], env={"COLUMNS": "200"})
    assert result.exit_code == 0, result.output
    assert "77.84%" in result.output and "net_inflow" in result.output


def test_extract_json_has_offsets_into_the_original(sample_path: Path, sample_text: str) -> None:
    result = runner.invoke(app, ["extract", str(sample_path), "--format", "json"])
    assert result.exit_code == 0
    (doc,) = json.loads(result.output)
    assert doc["meta"]["as_of"] == "2025-03-06" and doc["meta"]["conversion"] == "t2s"
    assert len(doc["claims"]) >= 21
    for claim in doc["claims"]:
        assert sample_text[claim["span"]["start"] : claim["span"]["end"]] == claim["text"]
    assert "text" not in doc


def test_extract_jsonl_and_csv_to_files(sample_path: Path, tmp_path: Path) -> None:
    jsonl_out, csv_out = tmp_path / "claims.jsonl", tmp_path / "claims.csv"
    assert runner.invoke(app, ["extract", str(sample_path), "-f", "jsonl", "--out", str(jsonl_out)]).exit_code == 0
    assert runner.invoke(app, ["extract", str(sample_path), "-f", "csv", "--out", str(csv_out)]).exit_code == 0
    records = [json.loads(line) for line in jsonl_out.read_text(encoding="utf-8").splitlines()]
    rows = list(csv.DictReader(io.StringIO(csv_out.read_text(encoding="utf-8"))))
    assert len(records) == len(rows) >= 21
    first = next(r for r in rows if r["metric"] == "net_inflow")
    assert first["value"] == "807870000000" and first["currency"] == "HKD"


def test_extract_from_stdin_with_as_of(tmp_path: Path) -> None:
    result = runner.invoke(
        app,
        ["extract", "-", "-f", "jsonl", "--as-of", "2025-03-06"],
        input="近1年,恒生科技指數累計漲幅達77.84%。".encode(),
    )
    assert result.exit_code == 0, result.output
    (record,) = [json.loads(line) for line in result.output.splitlines()]
    assert record["path"] == "<stdin>"
    assert record["period"]["start"] == "2024-03-07" and record["value"] == "77.84"


def test_convert_none_keeps_traditional_words_unlinked() -> None:
    result = runner.invoke(
        app,
        ["extract", "-", "-f", "jsonl", "--convert", "none", "--as-of", "2025-03-06"],
        input="南向資金淨流入3,018.1億港元".encode(),
    )
    assert result.exit_code == 0
    # without conversion 億 and 淨流入 are outside the Simplified vocabulary: no claim is made
    assert result.output.strip() == ""


def test_bad_inputs_give_one_line_and_exit_1(tmp_path: Path, sample_path: Path) -> None:
    binary = tmp_path / "photo.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    proc = subprocess.run(
        [sys.executable, "-m", "analyzer", "extract", str(binary), str(empty), str(sample_path), "-f", "jsonl"],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 1
    errors = proc.stderr.strip().splitlines()
    assert len(errors) == 2, proc.stderr
    assert "E101" in errors[0] and "photo.png" in errors[0]
    assert "E102" in errors[1] and "empty.txt" in errors[1]
    assert "Traceback" not in proc.stderr
    assert len(proc.stdout.splitlines()) >= 21  # the good file is still processed


def test_bad_as_of_is_a_usage_error(sample_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(sample_path), "--as-of", "06/03/2025"])
    assert result.exit_code == 2


def test_schema_describes_claims() -> None:
    result = runner.invoke(app, ["schema"])
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert {"Claim", "Mention", "Span", "Verdict", "Finding"} <= set(schema["$defs"])
    assert "subject" in schema["$defs"]["Claim"]["properties"]
