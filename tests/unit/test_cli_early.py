"""``analyzer batch`` starts its pool's fork server before the command line's imports (issue 25): which
command lines do, and that importing the command line for one of them starts the fork server before
typer, the record types or the batch package are loaded (``import analyzer`` stays light)."""

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
import analyzer.forkserver as forkserver
started = forkserver.start_workers_early
def spy():
    seen["loaded when started"] = sorted(m for m in ("typer", "analyzer.types", "analyzer.batch") if m in sys.modules)
    started()
forkserver.start_workers_early = spy
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
        assert seen == {"loaded when started": [], "running": True}
    else:
        assert seen == {"running": False}


def test_the_record_types_load_on_first_use() -> None:
    probe = (
        "import json, sys\nimport analyzer\nlight = 'analyzer.types' not in sys.modules\n"
        "from analyzer import Claim, DocumentResult\nimport analyzer.types as types\n"
        "same = Claim is types.Claim and DocumentResult is types.DocumentResult and analyzer.Verdict is types.Verdict\n"
        "names = all(hasattr(analyzer, n) for n in analyzer.__all__)\n"
        "print(json.dumps([light, same, names]))"
    )
    run = [sys.executable, "-c", probe]
    out = subprocess.run(run, cwd=ROOT, capture_output=True, text=True, check=True, timeout=120)
    assert json.loads(out.stdout.strip().splitlines()[-1]) == [True, True, True]
