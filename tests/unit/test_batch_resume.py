"""A batch run killed with SIGKILL halfway resumes: every input exactly once, no duplicated rows."""

from __future__ import annotations

import contextlib
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
from batch_support import make_corpus


def _cli(*args: str) -> list[str]:
    return [sys.executable, "-c", "from analyzer.cli import main; main()", "batch", *args]


def _live_in_group(pgid: int) -> list[int]:
    """Processes (not zombies) of process group ``pgid``, from /proc."""
    live = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[2]) == pgid and fields[0] != "Z":
            live.append(int(stat.parent.name))
    return live


def test_sigkill_then_resume(tmp_path: Path) -> None:
    paths = make_corpus(tmp_path / "in", 60, copies=3)
    out = tmp_path / "out"
    args = _cli(str(tmp_path / "in"), "--out", str(out), "--workers", "1", "--chunk-size", "1", "--no-progress")
    proc = subprocess.Popen(args, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, start_new_session=True)
    try:
        deadline = time.monotonic() + 90
        while time.monotonic() < deadline and proc.poll() is None:
            if len(list((out / "parts" / "manifest").glob("*.parquet"))) >= 3:
                break
            time.sleep(0.01)
        assert proc.poll() is None, "the run ended before it could be killed"
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=10)
        if Path("/proc/self/stat").exists():  # orphaned pool workers notice the parent is gone and exit
            deadline = time.monotonic() + 15
            while _live_in_group(proc.pid) and time.monotonic() < deadline:
                time.sleep(0.1)
            assert not _live_in_group(proc.pid)
    finally:
        if proc.poll() is None:
            proc.kill()
        proc.stderr.close()  # type: ignore[union-attr]
        with contextlib.suppress(ProcessLookupError):  # the orphaned pool worker, if it has not noticed yet
            os.killpg(proc.pid, signal.SIGKILL)
    assert proc.returncode == -signal.SIGKILL
    assert not (out / "manifest.parquet").exists()
    done_before = len(list((out / "parts" / "manifest").glob("*.parquet")))
    assert 3 <= done_before < 60

    rerun = subprocess.run(
        _cli(str(tmp_path / "in"), "--out", str(out), "--workers", "1", "--no-progress"),
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert rerun.returncode == 0, rerun.stderr
    manifest = pd.read_parquet(out / "manifest.parquet")
    assert sorted(manifest["path"]) == sorted(map(str, paths))  # every input exactly once
    assert set(manifest["status"]) == {"ok", "skipped"}
    assert (manifest["status"] == "skipped").sum() >= done_before
    claims = pd.read_parquet(out / "claims.parquet")
    mentions = pd.read_parquet(out / "mentions.parquet")
    assert not claims.duplicated(["path", "claim_id"]).any()
    assert not mentions.duplicated(["path", "mention_id"]).any()
    assert len(claims) == manifest["n_claims"].sum() and len(mentions) == manifest["n_mentions"].sum()
    assert list(claims["path"].drop_duplicates()) == sorted(map(str, paths))  # input order
    assert not list(out.rglob("*.tmp"))
