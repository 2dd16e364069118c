"""``analyzer batch`` starts its pool's fork server before the command line's imports (issue 25): which
command lines do, and that importing the command line for one of them leaves the fork server running."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from analyzer.cli.early import wants_pool

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = "/venv/bin/analyzer"
MODULE = str(ROOT / "analyzer" / "__main__.py")


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        ([SCRIPT, "batch", "docs", "-o", "out"], True),
        ([MODULE, "batch", "docs", "--out", "out"], True),
        ([SCRIPT, "batch", "docs", "-o", "out", "--workers", "2"], True),
        ([SCRIPT, "batch", "docs", "-o", "out", "-w3"], True),
        ([SCRIPT, "batch", "docs", "-o", "out", "--workers=1"], True),
        ([SCRIPT, "batch", "docs", "-o", "out", "--workers", "0"], False),
        ([SCRIPT, "batch", "docs", "-o", "out", "--workers=0"], False),
        ([SCRIPT, "batch", "-w", "0", "docs", "-o", "out"], False),
        ([SCRIPT, "batch", "docs", "-o", "out", "-w0"], False),
        ([SCRIPT, "batch", "docs", "-o", "out", "--scheduler", "tcp://host:8786"], False),
        ([SCRIPT, "batch", "docs", "-o", "out", "--scheduler=tcp://host:8786"], False),
        ([SCRIPT, "batch", "--help"], False),
        ([SCRIPT, "batch", "-o", "out", "--", "--help"], True),  # a file named --help
        ([SCRIPT, "extract", "docs"], False),
        ([SCRIPT], False),
        (["/venv/bin/pytest", "batch", "-o", "out"], False),  # a program importing the command line
        (["/home/me/analyzer/run.py", "batch"], False),
    ],
)
def test_which_command_lines_start_the_pool_early(argv: list[str], expected: bool) -> None:
    assert wants_pool(argv) is expected


PROBE = """
import json, sys
sys.argv = [sys.argv[1], *sys.argv[2:]]
seen = {}
import analyzer.batch.pool as pool
started = pool.start_workers_early
def spy():
    seen["typer loaded when started"] = "typer" in sys.modules
    started()
pool.start_workers_early = spy
import analyzer.cli
from multiprocessing import forkserver
seen["running"] = forkserver._forkserver._forkserver_pid is not None
print(json.dumps(seen))
"""


@pytest.mark.parametrize(("options", "started"), [(["-w", "2"], True), (["-w", "0"], False)])
def test_the_fork_server_starts_before_the_command_line_imports(
    tmp_path: Path, options: list[str], started: bool
) -> None:
    argv = [MODULE, "batch", str(tmp_path), "-o", str(tmp_path / "out"), *options]
    out = subprocess.run(
        [sys.executable, "-c", PROBE, *argv], cwd=ROOT, capture_output=True, text=True, check=True, timeout=120
    )
    seen = json.loads(out.stdout.strip().splitlines()[-1])
    if started:
        assert seen == {"typer loaded when started": False, "running": True}
    else:
        assert seen == {"running": False}
