"""The review as text, JSON, CSV and SARIF 2.1.0, and the comply command's exit codes."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.comply import comply, load_rulebooks
from analyzer.comply.review import Review
from analyzer.report.findings import render_csv, render_json, render_text
from analyzer.report.sarif import render_sarif
from analyzer.types import DocumentResult

DATA = Path(__file__).resolve().parents[1] / "data" / "rules"


@pytest.fixture(scope="module")
def sample_review(sample_result: DocumentResult) -> Review:
    return Review.of(sample_result, comply(sample_result, lang="en"), "en")


def test_text_review_starts_with_the_summary_and_shows_where_and_why(sample_review: Review) -> None:
    text = render_text([sample_review], [b.reminder for b in load_rulebooks() if b.reminder])
    lines = text.splitlines()
    assert lines[0] == "2 errors, 8 warnings, 1 info in 1 document"
    assert "  WARNING CN-FUND-MKT-017.period  Figure's period not covered by its cited data" in lines
    assert any(line.endswith(":19:41  「8078.7億港元」") for line in lines)
    cites = [line for line in lines if line.startswith("    cites: 《公开募集证券投资基金宣传推介材料管理暂行规定》")]
    assert any("Art 5(2)" in line for line in cites)
    assert "CN-FUND-MKT-003" in lines[-1]  # the sign-off reminder


def test_json_review(sample_review: Review) -> None:
    data = json.loads(render_json([sample_review]))
    (doc,) = data["documents"]
    assert doc["summary"] == {"error": 2, "warning": 8, "info": 1}
    southbound = next(f for f in doc["findings"] if f["quotes"] == ["8078.7億港元"])
    assert southbound["locations"] == [{"line": 19, "column": 41, "end_line": 19, "end_column": 50}]
    assert southbound["citation"]["provenance"] == "VQ S1, S2"


def test_csv_review_has_one_row_per_span(sample_review: Review) -> None:
    rows = list(csv.DictReader(io.StringIO(render_csv([sample_review]))))
    assert len(rows) == sum(len(f.spans) for f in sample_review.findings)
    assert {r["rule_id"] for r in rows} >= {"CN-FUND-MKT-041", "CN-FUND-MKT-017.index"}
    assert next(r for r in rows if r["rule_id"] == "CN-FUND-MKT-041")["quote"] == "勢不可擋"


def test_sarif_2_1_0(sample_review: Review) -> None:
    books = load_rulebooks()
    sarif = json.loads(render_sarif([sample_review], books, "test"))
    assert sarif["version"] == "2.1.0" and "sarif-schema-2.1.0" in sarif["$schema"]
    (run,) = sarif["runs"]
    assert run["columnKind"] == "unicodeCodePoints"
    rules = run["tool"]["driver"]["rules"]
    assert len(rules) == sum(len(b.rules) for b in books)
    assert len(run["results"]) == len(sample_review.findings)
    for result in run["results"]:
        assert result["level"] in {"error", "warning", "note"}
        assert rules[result["ruleIndex"]]["id"] == result["ruleId"]
        for loc in result["locations"]:
            region = loc["physicalLocation"]["region"]
            assert region["startLine"] >= 1 and region["startColumn"] >= 1
            assert loc["physicalLocation"]["artifactLocation"]["uri"].endswith("000_c5a5949e47dd4678.txt")
    levels = {r["ruleId"]: r["level"] for r in run["results"]}
    assert levels["CN-FUND-MKT-046.investors"] == "note"


def _write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


runner = CliRunner()


def _comply(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, ["comply", *args])
    return result.exit_code, result.stdout, result.stderr


def test_exit_codes(tmp_path: Path, sample_path: Path, sample_text: str) -> None:
    assert _comply(str(sample_path), "--no-verify")[0] == 1  # 勢不可擋 and unsourced index returns (issue 13)
    assert _comply(str(sample_path), "--no-verify", "--fail-on", "never")[0] == 0
    disclaimer = "指數歷史業績不預示基金產品未來表現。"
    source = "(數據來源:恒生指數公司,2020-01-01至2024-12-31)"
    clean = sample_text.replace("科技股重估勢不可擋,", "").replace(disclaimer, disclaimer + source)
    clean_path = _write(tmp_path, "clean.txt", clean)
    assert _comply(str(clean_path), "--no-verify")[0] == 0  # warnings only
    assert _comply(str(clean_path), "--no-verify", "--fail-on", "warning")[0] == 1
    bad = _write(tmp_path, "bad.txt", sample_text.replace("中高風險(R4)", "中高風險(R1)"))
    assert _comply(str(bad), "--no-verify", "-f", "json")[0] == 1
    code, _, err = _comply(str(tmp_path / "missing.txt"), "--no-verify")
    assert code == 2 and "E106" in err and "missing.txt" in err
    assert _comply(str(sample_path), "--no-verify", "-f", "xml")[0] == 2  # usage error
    code, _, err = _comply(str(sample_path), "--no-verify", "--rules", str(DATA / "unknown_kind.yaml"))
    lines = err.strip().splitlines()
    assert code == 2 and len(lines) == 1 and "E602 " in lines[0] and "HOUSE-002" in lines[0]


def test_out_file_and_user_rules(tmp_path: Path, sample_path: Path) -> None:
    out = tmp_path / "review.sarif"
    code, _, _ = _comply(str(sample_path), "--no-verify", "--rules", str(DATA / "house_override.yaml"), "-f",
                         "sarif", "--out", str(out))
    assert code == 1  # the sample's own errors; the house rules add warnings only (爆款 is absent)
    results = json.loads(out.read_text(encoding="utf-8"))["runs"][0]["results"]
    assert any(r["ruleId"] == "HOUSE-101" for r in results)


def test_verification_verdicts_become_findings(tmp_path: Path, sample_path: Path) -> None:
    code, out, _ = _comply(str(sample_path), "-f", "json", "--market", str(tmp_path / "market.duckdb"))
    data = json.loads(out)
    rules = {f["rule_id"] for f in data["documents"][0]["findings"]}
    assert "CN-FUND-MKT-004.unverifiable" in rules
    assert code == 1  # the sample has errors whatever the verdicts (issue 13)


def test_min_severity_filters_the_text_but_not_the_counts(sample_path: Path) -> None:
    # the full review is --explain's since issue 24 (the default is one line per finding)
    code, out, _ = _comply(str(sample_path), "--no-verify", "--min-severity", "error", "--explain", "--lang", "en")
    lines = out.splitlines()
    assert lines[0] == "2 errors, 8 warnings, 1 info in 1 document (9 below error not shown)"
    shown = [line.split()[0] for line in lines if line.startswith("  ") and not line.startswith("    ")]
    assert shown == ["ERROR", "ERROR"]
    assert code == 1
    code, short, _ = _comply(str(sample_path), "--no-verify", "--min-severity", "error", "--lang", "en")
    assert short.splitlines()[0] == lines[0] and code == 1  # the same totals first in the short view
    rows = [line for line in short.splitlines() if "CN-FUND-MKT-" in line]
    assert len(rows) == 2 and all(row.split()[0] == "error" for row in rows)


def test_reviewer_messages_carry_no_internal_words(sample_text: str) -> None:
    """No metric codes, no 'no checker', no garbled phrase displays such as 「发行与发行」."""
    text = sample_text.replace("由華夏基金發行與管理", "")
    from analyzer.pipeline import analyze

    findings = comply(analyze(text.encode("utf-8"), name="v.txt"))
    messages = " ".join(f.message for f in findings)
    for internal in ("no checker", "has no subject", "发行与发行", "annual_return", "annualized_return",
                     "growth_yoy", "net_inflow", "(return of", "or 4 other"):
        assert internal not in messages, internal


def test_comply_wide_shows_every_column_the_narrow_table_drops(sample_path: Path, monkeypatch) -> None:
    """issue 24: the caption under a narrow findings table points at --wide, and comply has it."""
    monkeypatch.setenv("COLUMNS", "60")
    _, narrow, _ = _comply(str(sample_path), "--no-verify", "--lang", "en")
    assert "--wide shows every column" in " ".join(narrow.split())  # the caption may wrap
    _, wide, _ = _comply(str(sample_path), "--no-verify", "--lang", "en", "--wide")
    assert "not shown at" not in wide
    header = next(line for line in wide.splitlines() if line.startswith("severity"))
    assert all(word in header for word in ("rule", "where", "text", "message"))
