"""check's summary and exit codes (issue 12 #5), --quiet, and figures that are not claims in extract (issue 16)."""

from __future__ import annotations

import io
from pathlib import Path

import opencc
import pytest
from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.report.table import make_console, unattributed_table
from analyzer.report.verdicts import summary_line, verdict_counts
from analyzer.types import DocumentResult, Span, Unattributed

runner = CliRunner()
# HSTECH rose 18.70% in 2024 (shipped closes): 25.0% is contradicted, -8.83% for 2023 is supported
WRONG = "恒生科技指数2024年全年上涨25.0%，2023年下跌8.83%。\n"
RIGHT = "恒生科技指数2024年全年上涨18.70%，2023年下跌8.83%。\n"
UNKNOWN = "恒生科技指数2012年全年上涨18.70%。\n"  # the index starts in 2015: no data, unverifiable


@pytest.fixture(scope="module")
def market(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("store") / "m.duckdb")


def _doc(tmp_path: Path, text: str, name: str, traditional: bool, ascii_punct: bool) -> Path:
    if traditional:
        text = opencc.OpenCC("s2t").convert(text)
    if ascii_punct:
        text = text.translate(str.maketrans("，。", ",."))
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


@pytest.mark.parametrize("traditional", [False, True])
@pytest.mark.parametrize("ascii_punct", [False, True])
@pytest.mark.parametrize(
    ("text", "fail_on", "code"),
    [
        (WRONG, None, 1),
        (WRONG, "contradicted", 1),
        (WRONG, "never", 0),
        (RIGHT, None, 0),
        (RIGHT, "unverifiable", 0),
        (UNKNOWN, "contradicted", 0),
        (UNKNOWN, "unverifiable", 1),
    ],
)
def test_fail_on_sets_the_exit_code(
    tmp_path: Path, market: str, text: str, fail_on: str | None, code: int, traditional: bool, ascii_punct: bool
) -> None:
    doc = _doc(tmp_path, text, "d.txt", traditional, ascii_punct)
    args = ["check", str(doc), "--market", market, *(["--fail-on", fail_on] if fail_on else [])]
    result = runner.invoke(app, args)
    assert result.exit_code == code, result.output


def test_summary_per_document_and_total(tmp_path: Path, market: str) -> None:
    wrong = _doc(tmp_path, WRONG, "wrong.txt", False, False)
    right = _doc(tmp_path, RIGHT, "right.txt", True, True)
    result = runner.invoke(app, ["check", str(wrong), str(right), "--market", market], env={"COLUMNS": "200"})
    lines = result.stdout.splitlines()
    assert any(line.startswith(f"{wrong} — 2 claims: 1 supported, 1 contradicted") for line in lines)
    assert any(line.startswith(f"{right} — 2 claims: 2 supported, 0 contradicted") for line in lines)
    assert lines[-1] == "total (2 documents) — 4 claims: 3 supported, 1 contradicted, 0 unverifiable, 0 not checked"


def test_counts_include_claims_without_a_verdict(sample_result: DocumentResult) -> None:
    counts = verdict_counts(sample_result)  # not reviewed: no verdicts at all
    assert counts["not checked"] == len(sample_result.claims) and sum(counts.values()) == len(sample_result.claims)
    assert summary_line(counts, "x").startswith(f"x — {len(sample_result.claims)} claims: 0 supported")


def test_quiet_prints_nothing_but_keeps_the_exit_code(tmp_path: Path, market: str) -> None:
    doc = _doc(tmp_path, WRONG, "d.txt", False, False)
    result = runner.invoke(app, ["check", str(doc), "--market", market, "--quiet"])
    assert result.exit_code == 1 and result.stdout == ""
    result = runner.invoke(app, ["extract", str(doc), "-q"])
    assert result.exit_code == 0 and result.stdout == ""


def test_totals_go_to_stdout_when_data_goes_to_a_file(tmp_path: Path, market: str) -> None:
    doc = _doc(tmp_path, WRONG, "d.txt", False, False)
    out = tmp_path / "c.json"
    result = runner.invoke(app, ["check", str(doc), "--market", market, "-f", "json", "-o", str(out)])
    assert result.stdout.startswith("total (1 document) — 2 claims: 1 supported, 1 contradicted")
    assert out.read_text(encoding="utf-8").startswith("[")


def test_unattributed_figures_are_listed_with_their_reason(sample_result: DocumentResult) -> None:
    result = sample_result.model_copy(
        update={
            "unattributed": [
                Unattributed(mention_id="m3", text="2,000", span=Span(start=10, end=15), reason="a count of people")
            ]
        }
    )
    table, width = unattributed_table(result, 80)
    stream = io.StringIO()
    make_console(stream, width).print(table)
    out = stream.getvalue()
    assert "1 figure that is not a claim" in out and "a count of people" in out and "2,000 @10-15" in out
    assert unattributed_table(sample_result.model_copy(update={"unattributed": []}), 80) is None
