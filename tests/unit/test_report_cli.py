"""``analyzer report FILE... --out DIR``: pages, index, and the header note when a stage is missing."""

from __future__ import annotations

from pathlib import Path

from typer.testing import CliRunner

from analyzer.cli import app

SAMPLE = Path(__file__).resolve().parents[2] / "corpora" / "samples" / "000_c5a5949e47dd4678.txt"


def test_report_writes_pages_and_index(tmp_path: Path) -> None:
    other = tmp_path / "短文.txt"
    other.write_text("恒生科技指數近1年累計漲幅達77.84%。", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["report", str(SAMPLE), str(other), "--out", str(out), "--market", str(tmp_path / "m.duckdb")]
    )
    assert result.exit_code == 0, result.output
    pages = sorted(p.name for p in out.glob("*.html"))
    assert "index.html" in pages and len(pages) == 3
    sample_page = next(out.glob("000_c5a5949e47dd4678-*.html")).read_text(encoding="utf-8")
    assert 'data-claim="c1"' in sample_page and "77.84%" in sample_page
    assert "st-supported" in sample_page and "data:image/svg+xml;base64," in sample_page
    index = (out / "index.html").read_text(encoding="utf-8")
    assert "短文.txt" in index and "000_c5a5949e47dd4678.txt" in index


def test_report_says_when_a_stage_was_skipped(tmp_path: Path) -> None:
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["report", str(SAMPLE), "--out", str(out), "--no-verify", "--no-comply"])
    assert result.exit_code == 0, result.output
    (page,) = out.glob("*.html")
    html = page.read_text(encoding="utf-8")
    assert "Claims were not verified (--no-verify)." in html and "No compliance review (--no-comply)." in html
    assert "st-unchecked" in html and "st-supported" not in html.split("<main")[1]


def test_report_says_why_a_stage_failed(tmp_path: Path) -> None:
    not_a_database = tmp_path / "market.duckdb"
    not_a_database.write_text("not a database", encoding="utf-8")
    broken_rules = Path(__file__).resolve().parents[1] / "data" / "rules" / "unknown_kind.yaml"
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["report", str(SAMPLE), "--out", str(out), "--market", str(not_a_database), "--rules", str(broken_rules)]
    )
    assert result.exit_code == 0, result.output
    html = next(out.glob("*.html")).read_text(encoding="utf-8")
    assert "Claims were not verified: the market data store could not be opened" in html
    assert "No compliance review: the rulebooks could not be loaded" in html and "E602" in html


def test_report_missing_file_exits_1(tmp_path: Path) -> None:
    result = CliRunner().invoke(app, ["report", str(tmp_path / "nope.txt"), "--out", str(tmp_path), "--no-verify"])
    assert result.exit_code == 1
