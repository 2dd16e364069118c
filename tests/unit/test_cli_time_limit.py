"""extract, check and comply take ``--time-limit`` as batch does (issue 23 #6): one budget per document
across reading, extraction and the check or review; a document past it fails with E810 on one line,
and the other documents are reported as usual. The slow stage is simulated (a stage that sleeps), so
the tests do not depend on any input staying slow."""

from __future__ import annotations

import shutil
import time
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

import analyzer.pipeline as pipeline

SLOW_NAME = "slow-report.txt"


@pytest.fixture(scope="module")
def app() -> typer.Typer:
    from analyzer.cli import app

    return app


@pytest.fixture(scope="module")
def built_market(app: typer.Typer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A market store built once, untimed: building it from the shipped series is no part of a document's budget,
    and on a loaded machine it alone can take longer than the bound the tests put on a limited run."""
    folder = tmp_path_factory.mktemp("market")
    text = folder / "warm.txt"
    text.write_text("华海指数2022年下跌7.25%。\n", encoding="utf-8")
    store = folder / "m.duckdb"
    result = CliRunner().invoke(app, ["check", str(text), "-f", "json", "--market", str(store)])
    assert result.exit_code == 0 and store.exists(), result.output
    return store


@pytest.fixture
def market(built_market: Path, tmp_path: Path) -> list[str]:
    """The ``--market`` option naming this test's own copy of the built store."""
    copy = tmp_path / "m.duckdb"
    shutil.copyfile(built_market, copy)
    return ["--market", str(copy)]


@pytest.fixture
def inputs(tmp_path: Path) -> tuple[Path, Path]:
    slow = tmp_path / SLOW_NAME
    slow.write_text("腾达科技2023年营收增长12.5%。\n", encoding="utf-8")
    fine = tmp_path / "fine-report.txt"
    fine.write_text("华海指数2022年下跌7.25%。\n", encoding="utf-8")
    return slow, fine


def _sleep_for(seconds: float, name: str) -> None:
    if SLOW_NAME in name:
        time.sleep(seconds)


def _slow_extraction(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    real = pipeline.analyze

    def analyze(source, **kwargs):  # type: ignore[no-untyped-def]
        result = real(source, **kwargs)
        _sleep_for(seconds, result.meta.path)
        return result

    monkeypatch.setattr(pipeline, "analyze", analyze)


def _slow_review(monkeypatch: pytest.MonkeyPatch, seconds: float) -> None:
    real = pipeline.review

    def review(result, **kwargs):  # type: ignore[no-untyped-def]
        _sleep_for(seconds, result.meta.path)
        return real(result, **kwargs)

    monkeypatch.setattr(pipeline, "review", review)


def _e810_lines(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if "E810" in line]


@pytest.mark.parametrize("command", ["extract", "check", "comply"])
def test_a_document_past_the_limit_fails_with_e810_and_the_others_go_on(
    app: typer.Typer, inputs: tuple[Path, Path], market: list[str], monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    slow, fine = inputs
    _slow_extraction(monkeypatch, 30)
    market = market if command != "extract" else []
    start = time.perf_counter()
    result = CliRunner().invoke(
        app, [command, str(slow), str(fine), "--time-limit", "1", "-f", "json", *market], env={"COLUMNS": "200"}
    )
    assert time.perf_counter() - start < 25  # stopped at the limit, not after the 30 s stage
    lines = _e810_lines(result.stderr)
    assert len(lines) == 1 and SLOW_NAME in lines[0] and "1s limit per document" in lines[0], result.stderr
    assert "Traceback" not in result.output
    assert "fine-report.txt" in result.stdout and SLOW_NAME not in result.stdout
    assert result.exit_code != 0


@pytest.mark.parametrize("command", ["check", "comply"])
def test_extraction_and_review_share_one_budget(
    app: typer.Typer, inputs: tuple[Path, Path], market: list[str], monkeypatch: pytest.MonkeyPatch, command: str
) -> None:
    """Each stage alone stays under the limit; together they pass it."""
    slow, fine = inputs
    _slow_extraction(monkeypatch, 1.2)
    _slow_review(monkeypatch, 1.2)
    result = CliRunner().invoke(
        app, [command, str(slow), str(fine), "--time-limit", "2", "-f", "json", *market]
    )
    lines = _e810_lines(result.stderr)
    assert len(lines) == 1 and SLOW_NAME in lines[0], result.stderr
    assert "fine-report.txt" in result.stdout and SLOW_NAME not in result.stdout


def test_no_limit_with_zero(app: typer.Typer, inputs: tuple[Path, Path], monkeypatch: pytest.MonkeyPatch) -> None:
    slow, _ = inputs
    _slow_extraction(monkeypatch, 1.2)
    result = CliRunner().invoke(app, ["extract", str(slow), "--time-limit", "0", "-f", "json"])
    assert result.exit_code == 0, result.output
    assert not _e810_lines(result.stderr) and SLOW_NAME in result.stdout
