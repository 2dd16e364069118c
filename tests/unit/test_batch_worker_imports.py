"""A pool worker starts light: what it imports to analyze a document and send back its rows leaves out
pandas, pyarrow and the verify package (issue 14: they cost a worker 0.4 s of its 0.95 s start)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

WORKER = """
import json, sys
import analyzer.batch.pool, analyzer.batch.worker as w
task = w.Task(0, sys.argv[1], None)
outcome = w.process(task, w.BatchOptions())
heavy = [m for m in ("pandas", "pyarrow", "analyzer.verify", "duckdb", "spacy") if m in sys.modules]
rows = len(outcome.tables["claims"]["claim_id"])
print(json.dumps({"status": outcome.status, "claims": outcome.n_claims, "rows": rows, "heavy": heavy}))
"""


def test_a_worker_imports_no_pandas_pyarrow_or_verify(tmp_path: Path) -> None:
    doc = tmp_path / "doc.txt"
    doc.write_text("2025年3月6日，恒生科技指数近1年涨幅达7.5%，南向资金净流入30亿港元。", encoding="utf-8")
    out = subprocess.run(
        [sys.executable, "-c", WORKER, str(doc)], cwd=ROOT, capture_output=True, text=True, check=True, timeout=120
    )
    report = json.loads(out.stdout.strip().splitlines()[-1])
    assert report["status"] == "ok"
    assert report["claims"] >= 2 and report["rows"] == report["claims"]
    assert report["heavy"] == []


def test_the_command_line_loads_no_verify_package_pandas_or_pyarrow() -> None:
    """Every command (``batch`` too, before it starts its fork server) imports ``analyzer.cli``: the verify
    package, pandas and pyarrow load with the commands that use them, not with the command line (the
    report table's verdict reasons imported ``analyzer.verify.causes`` at module level: 2.5 s → 0.7 s of
    processor time to import the command line)."""
    probe = (
        "import json, sys\nimport analyzer.cli, analyzer.cli.batch\n"
        "heavy = ('pandas', 'pyarrow', 'analyzer.verify', 'duckdb', 'exchange_calendars', 'spacy')\n"
        "print(json.dumps([m for m in heavy if m in sys.modules]))"
    )
    out = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, check=True, timeout=120
    )
    assert json.loads(out.stdout.strip().splitlines()[-1]) == []
