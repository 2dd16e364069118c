"""issue 23, also seen: how a batch run stops. SIGTERM said nothing and leaked semaphores (it now stops as
Ctrl-C does and says where to resume); a ``--meta`` field over 128 KB gave "E809 …: Error" with no
reason; disk full with pool workers must end in the one E805 line, with nothing after it."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from batch_support import make_corpus

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX signals")
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join([str(ROOT), str(ROOT / "tests" / "unit")])}


def _batch(*args: str) -> list[str]:
    return [sys.executable, "-c", "from analyzer.cli import main; main()", "batch", *args]


@pytest.mark.issue(23)
def test_sigterm_keeps_finished_documents_and_says_where_to_resume(tmp_path: Path) -> None:
    docs = make_corpus(tmp_path / "in", 40, copies=2)
    out = tmp_path / "out"
    proc = subprocess.Popen(
        _batch(str(tmp_path / "in"), "--out", str(out), "-w", "2", "--chunk-size", "1", "--no-progress"),
        cwd=ROOT, env=ENV, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True,
    )
    deadline = time.monotonic() + 240
    while not list((out / "parts" / "manifest").glob("*.parquet")) and time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        time.sleep(0.2)
    proc.send_signal(signal.SIGTERM)
    _, stderr = proc.communicate(timeout=120)
    assert proc.returncode == 143, (proc.returncode, stderr)
    assert "Traceback" not in stderr and "leaked semaphore" not in stderr, stderr
    assert f"terminated (SIGTERM); finished documents are kept, rerun with --out {out} to resume" in stderr
    rerun = subprocess.run(
        _batch(str(tmp_path / "in"), "--out", str(out), "-w", "0", "--no-progress"),
        cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=600, check=False,
    )
    assert rerun.returncode == 0, rerun.stderr
    skipped = int(rerun.stderr.split(" skipped in ")[0].rsplit(", ", 1)[1])
    assert 1 <= skipped < len(docs)


@pytest.mark.issue(23)
def test_a_meta_field_over_the_csv_limit_gives_the_reason(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text("2024年6月3日，上证指数收报3,078.49点。", encoding="utf-8")
    sidecar = tmp_path / "meta.csv"
    sidecar.write_text(f'path,title\na.txt,"{"标" * 140_000}"\n', encoding="utf-8")
    done = subprocess.run(
        _batch(str(doc), "--out", str(tmp_path / "out"), "--meta", str(sidecar), "-w", "0"),
        cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 2
    (line,) = [ln for ln in done.stderr.splitlines() if ln.startswith("error ")]
    assert line.startswith(f"error E809 {sidecar}: cannot read the metadata sidecar: ") and "field larger" in line


FULL_DISK = """
import errno, os, sys
if __name__ == "__main__":
    import analyzer.batch.store as store
    def full(*args, **kwargs):
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))
    setattr(store.BatchStore, sys.argv.pop(1), full)
    sys.argv[0] = "analyzer"
    from analyzer.cli import main
    main()
"""


@pytest.mark.issue(23)
@pytest.mark.parametrize("where", ["write_chunk", "consolidate"])
def test_disk_full_with_workers_is_one_line_and_nothing_after_it(tmp_path: Path, where: str) -> None:
    make_corpus(tmp_path / "in", 6)
    script = tmp_path / "full_disk.py"
    script.write_text(FULL_DISK, encoding="utf-8")
    for run in range(3):  # it was 2 runs in 6: try a few
        done = subprocess.run(
            [sys.executable, str(script), where, "batch", str(tmp_path / "in"), "--out", str(tmp_path / f"o{run}"),
             "-w", "2", "--chunk-size", "2", "--no-progress"],
            cwd=ROOT, env=ENV, capture_output=True, text=True, timeout=300, check=False,
        )
        assert done.returncode == 2, done.stderr
        lines = [ln for ln in done.stderr.splitlines() if ln.strip()]
        assert len(lines) == 1 and lines[0].startswith("error E805 "), done.stderr
