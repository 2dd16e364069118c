"""The typed Python API (issue 16 #5): analyze(..., as_of=str|date, verify=, comply=) and review(),
and the README example, executed as written."""

from __future__ import annotations

import datetime as dt
import doctest
import re
from pathlib import Path

import pytest

import analyzer

ROOT = Path(__file__).resolve().parents[2]

def readme_example() -> str:
    """The first python block under the README's "From Python" heading, as a user copies it."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    section = text.split("\n## From Python\n", 1)[1]
    match = re.search(r"```python\n(.*?)```", section, re.S)
    assert match, "README: no python block under 'From Python'"
    return match.group(1)


@pytest.fixture()
def market_db(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    db = tmp_path / "market.duckdb"
    monkeypatch.setenv("ANALYZER_MARKET_DB", str(db))
    return db


def test_readme_example_runs(market_db: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture) -> None:
    monkeypatch.chdir(ROOT)
    exec(compile(readme_example(), "README example", "exec"), {})
    out = capsys.readouterr().out
    assert "c1 hstech return 77.84 %" in out
    assert re.search(r"'supported': \d+", out) and "findings" in out


def test_docstring_examples_run() -> None:
    failures, tried = doctest.testmod(analyzer, verbose=False)
    assert tried >= 3 and failures == 0


@pytest.mark.parametrize("as_of", ["2025-02-28", dt.date(2025, 2, 28), dt.datetime(2025, 2, 28, 9, 30)])
def test_as_of_as_string_date_or_datetime(as_of: object) -> None:
    result = analyzer.analyze("恒生科技指數近1年上漲18.7%。".encode(), name="n.txt", as_of=as_of)
    assert result.meta.as_of == dt.date(2025, 2, 28) and result.meta.as_of_source == "given"
    (claim,) = result.claims
    assert claim.period is not None and claim.period.end == dt.date(2025, 2, 28)


def test_as_of_source_text_and_none() -> None:
    dated = analyzer.analyze("截至2025年3月6日，恒生科技指数近1年上涨18.7%".encode(), name="d.txt")
    assert dated.meta.as_of == dt.date(2025, 3, 6) and dated.meta.as_of_source == "text"
    undated = analyzer.analyze("恒生科技指数近1年上涨18.7%".encode(), name="u.txt")
    assert undated.meta.as_of is None and undated.meta.as_of_source == "none"


@pytest.mark.parametrize("bad", ["2025-02-30", "28/02/2025", "yesterday"])
def test_bad_as_of_string_is_a_clear_value_error(bad: str) -> None:
    with pytest.raises(ValueError, match="YYYY-MM-DD"):
        analyzer.analyze(b"x", name="x.txt", as_of=bad)


def test_review_fills_verdicts_and_findings(market_db: Path, sample_path: Path) -> None:
    result = analyzer.analyze(sample_path)
    assert result.verdicts == [] and result.findings == []
    reviewed = analyzer.review(result, market=market_db)
    assert reviewed is result
    statuses = {v.claim_id: v.status.value for v in result.verdicts}
    first = next(c for c in result.claims if c.text == "77.84%")
    assert statuses[first.id] == "supported"
    assert result.findings  # the sample lacks some required statements


def test_review_can_skip_a_stage(market_db: Path, sample_path: Path) -> None:
    only_findings = analyzer.review(analyzer.analyze(sample_path), verify=False)
    assert only_findings.verdicts == [] and only_findings.findings
    only_verdicts = analyzer.review(analyzer.analyze(sample_path), comply=False, market=str(market_db))
    assert only_verdicts.verdicts and only_verdicts.findings == []
