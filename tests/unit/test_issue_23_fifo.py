"""issue 23 #7: a FIFO (or any non-regular file) as a rulebook, configuration or sidecar path.

It used to hang ``comply`` and ``batch --comply`` forever (a FIFO named ``*.yaml`` in a ``--rules``
folder). Rule and configuration paths now get the checks documents get: regular files only, else E107,
unread. Each run is a subprocess with a timeout, so a regression fails instead of stalling the suite."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
TEXT = "本基金过往业绩不预示其未来表现，2024年收益率为12.3%。\n"


def _cli(*args: str, cwd: Path = ROOT, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run(
        [sys.executable, "-c", "from analyzer.cli import main; main()", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,  # the hang this replaces never returned
        check=False,
    )


def _e107(done: subprocess.CompletedProcess[str], name: str) -> None:
    assert done.returncode == 2, (done.returncode, done.stderr)
    assert "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("error ")]
    assert len(lines) == 1 and " E107 " in lines[0] and name in lines[0] and "FIFO" in lines[0], done.stderr


@pytest.fixture
def setup(tmp_path: Path) -> tuple[Path, Path]:
    """(a document, a rules folder holding one good rulebook and a FIFO named like one)."""
    doc = tmp_path / "fund.txt"
    doc.write_text(TEXT, encoding="utf-8")
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "a_house.yaml").write_text(
        "id: house\ntitle: house rules\nrules:\n  - id: house.x\n    severity: warning\n    title: t\n"
        "    message: m\n    citation: {document: house}\n"
        "    condition: {kind: forbidden_phrase, phrases: [保本保息]}\n",
        encoding="utf-8",
    )
    os.mkfifo(rules / "b_pipe.yaml")
    return doc, rules


@pytest.mark.issue(23)
def test_comply_with_a_fifo_in_the_rules_folder(setup: tuple[Path, Path]) -> None:
    doc, rules = setup
    _e107(_cli("comply", str(doc), "--rules", str(rules)), "b_pipe.yaml")


@pytest.mark.issue(23)
def test_batch_comply_with_a_fifo_in_the_rules_folder(setup: tuple[Path, Path], tmp_path: Path) -> None:
    doc, rules = setup
    done = _cli("batch", str(doc), "--out", str(tmp_path / "out"), "--comply", "--rules", str(rules), "-w", "0")
    _e107(done, "b_pipe.yaml")


@pytest.mark.issue(23)
def test_an_analyzer_toml_that_is_a_fifo(setup: tuple[Path, Path], tmp_path: Path) -> None:
    doc, _ = setup
    work = tmp_path / "work"
    work.mkdir()
    os.mkfifo(work / "analyzer.toml")
    _e107(_cli("extract", str(doc), cwd=work), "analyzer.toml")


@pytest.mark.issue(23)
def test_a_meta_sidecar_that_is_a_fifo(setup: tuple[Path, Path], tmp_path: Path) -> None:
    doc, _ = setup
    os.mkfifo(tmp_path / "meta.csv")
    done = _cli("batch", str(doc), "--out", str(tmp_path / "out"), "--meta", str(tmp_path / "meta.csv"), "-w", "0")
    _e107(done, "meta.csv")


@pytest.mark.issue(23)
def test_a_good_rules_folder_still_loads(setup: tuple[Path, Path]) -> None:
    doc, rules = setup
    (rules / "b_pipe.yaml").unlink()
    done = _cli("comply", str(doc), "--rules", str(rules), "--fail-on", "never")
    assert done.returncode == 0, done.stderr
