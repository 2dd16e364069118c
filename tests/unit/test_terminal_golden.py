"""Golden terminal output of extract, check and comply on the sample at 80, 100 and 200 columns
(issue 16), in English, Simplified and Traditional Chinese (issue 24: ``--lang``; English files keep their names,
the others are ``<command>_<width>.<lang>.txt``): piped (not a terminal, so no colour) with COLUMNS set
and the locale pinned. Regenerate with UPDATE_GOLDEN=1 and review the diff."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from rich.cells import cell_len

ROOT = Path(__file__).resolve().parents[2]
GOLDEN = ROOT / "tests" / "golden" / "terminal"
SAMPLE = "corpora/samples/000_c5a5949e47dd4678.txt"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("golden-store") / "market.duckdb")


@pytest.mark.parametrize("lang", ["en", "zh-Hans", "zh-Hant"])
@pytest.mark.parametrize("width", [80, 100, 200])
@pytest.mark.parametrize("command", ["extract", "check", "comply"])
def test_terminal_output(command: str, width: int, lang: str, store: str) -> None:
    _compare(command, width, lang, store)


@pytest.mark.issue(24)
@pytest.mark.parametrize("lang", ["en", "zh-Hans", "zh-Hant"])
@pytest.mark.parametrize("command", ["extract", "check", "comply"])
def test_explained_output(command: str, lang: str, store: str) -> None:
    """--explain: the methods, reasons and readings under the table, in the chosen language too."""
    _compare(command, 100, lang, store, "--explain")


def _compare(command: str, width: int, lang: str, store: str, *flags: str) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("FORCE_COLOR", "NO_COLOR", "TERM", "LANGUAGE")}
    env |= {"COLUMNS": str(width), "ANALYZER_MARKET_DB": store, "PYTHONIOENCODING": "utf-8"}
    env |= {"LC_ALL": "C.UTF-8", "LANG": "C.UTF-8"}  # the default language is the locale's: pinned here
    args = [] if lang == "en" else ["--lang", lang]  # English is also what the C locale gives
    proc = subprocess.run(
        [sys.executable, "-m", "analyzer", command, *args, *flags, SAMPLE], cwd=ROOT, env=env, capture_output=True,
        text=True,
    )
    assert proc.returncode in (0, 1), proc.stderr
    assert "\x1b[" not in proc.stdout  # no colour codes when piped
    stem = f"{command}_explain_{width}" if flags else f"{command}_{width}"
    golden = GOLDEN / (f"{stem}.txt" if lang == "en" else f"{stem}.{lang}.txt")
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(proc.stdout, encoding="utf-8")
    # the tables fit the width they are given (comply's too, since its short view is a table)
    assert all(cell_len(line) <= width for line in proc.stdout.splitlines())
    assert proc.stdout == golden.read_text(encoding="utf-8")
