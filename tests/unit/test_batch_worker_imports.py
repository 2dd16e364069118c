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
