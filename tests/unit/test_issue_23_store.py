"""issue 23 #2: a damaged market store is E522 and exit 2 at any read, never a quiet "no data".

A real DuckDB store is built (seeded from the shipped series), then its middle third is overwritten: the
file still opens, but DuckDB's block checksums fail on reading. The same wrong figure that is
contradicted with the intact store must not become "unverifiable" with the damaged one."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

import analyzer
from analyzer.errors import MarketDataError
from analyzer.verify import open_store

ROOT = Path(__file__).resolve().parents[2]
# a wrong figure (the data give about 77.84) and a right one, in another wording than the issue's
WRONG = "2025年3月6日收盘后统计，恒生科技指数近1年累计涨幅为61.20%。"


def _cli(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", "from analyzer.cli import main; main()", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )


@pytest.fixture(scope="module")
def stores(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path]:
    """(intact store, the same store with its middle third overwritten by random bytes)."""
    folder = tmp_path_factory.mktemp("stores")
    good = folder / "good.duckdb"
    open_store(good).close()
    bad = folder / "damaged.duckdb"
    shutil.copyfile(good, bad)
    size = bad.stat().st_size
    with open(bad, "r+b") as fh:
        fh.seek(size // 3)
        fh.write(random.Random(23).randbytes(size // 3))
    return good, bad


@pytest.fixture
def doc(tmp_path: Path) -> Path:
    path = tmp_path / "note.txt"
    path.write_text(WRONG, encoding="utf-8")
    return path


def _coded_line(stderr: str, code: str) -> str:
    assert "Traceback" not in stderr, stderr
    lines = [line for line in stderr.splitlines() if line.startswith("error ")]
    assert len(lines) == 1 and f" {code} " in lines[0], stderr
    return lines[0]


@pytest.mark.issue(23)
def test_check_with_an_intact_store_contradicts_the_wrong_figure(stores: tuple[Path, Path], doc: Path) -> None:
    done = _cli("check", str(doc), "--market", str(stores[0]), "-f", "json")
    assert done.returncode == 1, done.stderr
    assert [v["status"] for v in json.loads(done.stdout)[0]["verdicts"]] == ["contradicted"]


@pytest.mark.issue(23)
def test_check_with_a_damaged_store_is_e522_exit_2(stores: tuple[Path, Path], doc: Path) -> None:
    done = _cli("check", str(doc), "--market", str(stores[1]), "-f", "json")
    assert done.returncode == 2, (done.returncode, done.stdout[:500], done.stderr)
    assert "damaged" in _coded_line(done.stderr, "E522") or "Corrupt" in done.stderr
    assert '"unverifiable"' not in done.stdout


@pytest.mark.issue(23)
def test_comply_with_a_damaged_store_is_e522_exit_2(stores: tuple[Path, Path], doc: Path) -> None:
    done = _cli("comply", str(doc), "--market", str(stores[1]))
    assert done.returncode == 2, (done.returncode, done.stderr)
    _coded_line(done.stderr, "E522")


@pytest.mark.issue(23)
def test_batch_verify_with_a_damaged_store_stops_before_any_document(stores: tuple[Path, Path], doc: Path) -> None:
    out = doc.parent / "out"
    done = _cli("batch", str(doc), "--out", str(out), "--verify", "--market", str(stores[1]), "--workers", "0")
    assert done.returncode == 2, (done.returncode, done.stderr)
    _coded_line(done.stderr, "E522")
    assert not (out / "manifest.parquet").exists()


@pytest.mark.issue(23)
def test_the_python_api_raises_e522_instead_of_unverifiable(stores: tuple[Path, Path], doc: Path) -> None:
    with pytest.raises(MarketDataError) as info:
        analyzer.analyze(doc, as_of="2025-03-06", verify=True, market=stores[1])
    assert info.value.code == "E522"
    checked = analyzer.analyze(doc, as_of="2025-03-06", verify=True, market=stores[0])
    assert [v.status.value for v in checked.verdicts] == ["contradicted"]
