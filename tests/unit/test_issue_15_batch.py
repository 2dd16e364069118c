"""issue 15: hostile and unlucky inputs in batch runs — nothing hangs, nothing sinks a run.

Every input is generated here. Whatever could hang runs in a subprocess with a timeout (a regression
then fails the test instead of stalling the suite)."""

from __future__ import annotations

import errno
import json
import os
import subprocess
import sys
import threading
from pathlib import Path

import pandas as pd
import pyarrow.parquet as pq
import pytest
from batch_support import stuck_pipeline

from analyzer.batch import BatchOptions, run_batch
from analyzer.batch.progress import NullProgress
from analyzer.batch.store import PUBLISHING, BatchStore
from analyzer.batch.worker import Task, failed
from analyzer.errors import AnalyzerError, BatchError, IngestError

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX file types")

SHORT = "2025年3月6日，恒生科技指数近1年涨幅达77.84%。"


def _run(inputs: list[Path], out: Path, **kwargs: object) -> object:
    return run_batch(inputs, out, workers=0, progress=NullProgress(), **kwargs)  # type: ignore[arg-type]

def _done_once_then_a_new_input(tmp_path: Path) -> tuple[Path, Path]:
    """A folder run once (a.txt done), then given a new input b.txt: (input folder, output folder)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SHORT, encoding="utf-8")
    out = tmp_path / "out"
    _run([folder], out)
    (folder / "b.txt").write_text(SHORT.replace("77.84", "9.5"), encoding="utf-8")
    return folder, out



def _manifest(out: Path) -> pd.DataFrame:
    return pd.read_parquet(out / "manifest.parquet")


def _python(code: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=timeout, check=False
    )


@pytest.mark.issue(15)
def test_a_fifo_in_a_folder_is_refused_unread_and_the_run_finishes(tmp_path: Path) -> None:
    """#4: a FIFO used to hang the batch forever (also on the failure path, which re-read it to hash it)."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SHORT, encoding="utf-8")
    os.mkfifo(folder / "pipe.txt")
    code = (
        "from analyzer.batch import run_batch; from analyzer.batch.progress import NullProgress; "
        f"s = run_batch([{str(folder)!r}], {str(tmp_path / 'out')!r}, workers=0, progress=NullProgress()); "
        "print(s.n_ok, s.n_failed)"
    )
    done = _python(code, timeout=180)  # the hang this replaces never returned
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["1", "1"]
    m = _manifest(tmp_path / "out").set_index("path")
    row = m.loc[str(folder / "pipe.txt")]
    assert row.status == "failed" and row.error_code == "E107" and "FIFO" in row.error_message


@pytest.mark.issue(15)
def test_the_failure_path_never_reads_the_input_again(tmp_path: Path) -> None:
    """#4: recording a failure must not open the input (it may be the FIFO, or the thing that hung)."""
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    box: list[object] = []
    worker = threading.Thread(target=lambda: box.append(failed(Task(0, str(fifo), None), RuntimeError("x"))))
    worker.daemon = True
    worker.start()
    worker.join(10)
    assert box, "failed() blocked opening the FIFO"
    outcome = box[0]
    assert outcome.sha256 == "" and outcome.error_code == "E807"  # type: ignore[attr-defined]


@pytest.mark.issue(15)
def test_a_symlink_loop_is_one_failed_input(tmp_path: Path) -> None:
    """#5: Path.resolve() raised on a symlink loop and aborted the whole batch."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SHORT, encoding="utf-8")
    (folder / "loop1").symlink_to(folder / "loop2")
    (folder / "loop2").symlink_to(folder / "loop1")
    summary = _run([folder], tmp_path / "out")
    assert (summary.n_ok, summary.n_failed) == (1, 2)  # type: ignore[attr-defined]
    m = _manifest(tmp_path / "out")
    loops = m[m.path.map(lambda p: Path(p).name.startswith("loop"))]
    assert set(loops.error_code) == {"E106"} and loops.error_message.str.contains("symlink loop").all()


@pytest.mark.issue(15)
def test_a_file_name_that_is_not_utf8_is_stored_escaped_and_a_rerun_resumes(tmp_path: Path) -> None:
    """#3: the manifest write raised UnicodeEncodeError, no table was written, every rerun crashed."""
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "good.txt").write_text(SHORT, encoding="utf-8")
    raw = os.fsencode(folder) + b"/\xff\xfe\xba.txt"
    with open(raw, "wb") as fh:
        fh.write(SHORT.replace("77.84", "12.5").encode("utf-8"))
    first = _run([folder], tmp_path / "out")
    assert (first.n_ok, first.n_failed) == (2, 0)  # type: ignore[attr-defined]
    m = _manifest(tmp_path / "out")
    odd = m[~m.path.str.endswith("good.txt")].path.iloc[0]
    assert "\\udcff\\udcfe\\udcba.txt" in odd and odd.encode("utf-8")  # escaped, writable as UTF-8
    claims = pd.read_parquet(tmp_path / "out" / "claims.parquet")
    assert set(claims.path) == set(m.path)
    second = _run([folder], tmp_path / "out")
    assert second.n_skipped == 2  # type: ignore[attr-defined]


@pytest.mark.issue(15)
def test_two_identical_files_keep_two_rows_and_two_pages(tmp_path: Path) -> None:
    """#15: index rows were keyed by content hash, so the first copy's page was unreachable."""
    for sub in ("a", "b"):
        (tmp_path / "in" / sub).mkdir(parents=True)
        (tmp_path / "in" / sub / "same.txt").write_text(SHORT, encoding="utf-8")
    report = tmp_path / "out" / "report"
    _run([tmp_path / "in"], tmp_path / "out", options=BatchOptions(report_dir=str(report)))
    index = (report / "index.html").read_text(encoding="utf-8")
    hrefs = [part.split('"')[0] for part in index.split('<a href="')[1:]]
    assert len(hrefs) == 2 and len(set(hrefs)) == 2
    assert all((report / h).is_file() for h in hrefs)
    assert index.count("a/same.txt") == 1 and index.count("b/same.txt") == 1


@pytest.mark.issue(15)
def test_controls_and_bidi_overrides_in_names_and_text_do_not_reach_the_pages(tmp_path: Path) -> None:
    """#16: raw ESC/BEL and U+202E from names or text reached the HTML pages."""
    folder = tmp_path / "in"
    folder.mkdir()
    name = "evil\x1b[31m\x07\u202etxt.exe.txt"
    (folder / name).write_text(f"\x1b]0;pwned\x07{SHORT}\u202e注意", encoding="utf-8")
    report = tmp_path / "out" / "report"
    summary = _run([folder], tmp_path / "out", options=BatchOptions(report_dir=str(report)))
    assert summary.n_ok == 1  # type: ignore[attr-defined]
    pages = list(report.glob("*.html"))
    assert len(pages) == 2
    for page in pages:
        html = page.read_text(encoding="utf-8")
        assert not {"\x1b", "\x07", "\u202e"} & set(html), page.name
    doc = next(p for p in pages if p.name != "index.html").read_text(encoding="utf-8")
    assert "\u241b]0;pwned\u2407" in doc and "[U+202E]注意" in doc


@pytest.mark.issue(15)
def test_a_crash_in_consolidation_is_finished_by_the_next_open(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """#11: kill -9 during consolidation of a rerun left new claims beside the old manifest."""
    folder, out = _done_once_then_a_new_input(tmp_path)

    real_replace = os.replace
    calls = {"n": 0}

    def dying_replace(src: object, dst: object) -> None:
        # the process "dies" after the first table of the group is in place
        if str(dst).endswith(("mentions.parquet", "manifest.parquet")) and PUBLISHING not in str(dst):
            calls["n"] += 1
            raise KeyboardInterrupt("kill -9")
        real_replace(src, dst)  # type: ignore[arg-type]

    monkeypatch.setattr(os, "replace", dying_replace)
    with pytest.raises(KeyboardInterrupt):
        _run([folder], out)
    monkeypatch.setattr(os, "replace", real_replace)
    assert calls["n"] == 1 and (out / PUBLISHING).exists()  # half published: claims new, manifest old
    BatchStore(out, ("claims", "mentions"), "x").open()  # what the next run does first
    assert not (out / PUBLISHING).exists()
    manifest = pq.read_table(out / "manifest.parquet").to_pandas()
    claims = pq.read_table(out / "claims.parquet").to_pandas()
    mentions = pq.read_table(out / "mentions.parquet").to_pandas()
    assert (
        set(manifest.path) == set(claims.path) == set(mentions.path) == {str(folder / "a.txt"), str(folder / "b.txt")}
    )


@pytest.mark.issue(15)
def test_disk_full_during_consolidation_is_one_coded_error_and_keeps_the_old_set(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """#12: a full disk while writing the consolidated tables was a traceback."""
    import analyzer.batch.store as store_module

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SHORT, encoding="utf-8")
    out = tmp_path / "out"
    _run([folder], out)
    before = {p.name: p.read_bytes() for p in out.glob("*.parquet")}
    (folder / "b.txt").write_text(SHORT.replace("77.84", "9.5"), encoding="utf-8")

    def full(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(store_module.pq, "write_table", full)
    with pytest.raises(BatchError) as info:
        _run([folder], out)
    assert info.value.code == "E805" and "No space left" in info.value.message
    assert {p.name: p.read_bytes() for p in out.glob("*.parquet")} == before
    assert not list(out.glob(".*.tmp"))


@pytest.mark.issue(15)
def test_manifest_parts_are_fsynced_after_their_data_parts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """From a read of the code: part files were not fsynced, so a power loss could keep a manifest part
    naming rows that never reached the disk."""
    import analyzer.atomic as atomic

    synced: list[str] = []
    real = atomic.fsync_file
    monkeypatch.setattr(atomic, "fsync_file", lambda p: (synced.append(Path(p).parent.name), real(p))[1])
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SHORT, encoding="utf-8")
    _run([folder], tmp_path / "out")
    parts = [s for s in synced if s in ("claims", "mentions", "manifest")]
    assert parts[-1] == "manifest" and {"claims", "mentions"} <= set(parts[:-1])


@pytest.mark.issue(15)
def test_an_unexpected_exception_still_gets_a_code(tmp_path: Path) -> None:
    """#6: in batch a document failing on an unexpected exception had no code."""
    outcome = failed(Task(3, str(tmp_path / "x.txt"), "ab" * 32), ValueError("decimal.InvalidOperation"))
    assert outcome.error_code == "E807" and outcome.doc_id == "ab" * 8
    coded = failed(Task(3, "x.txt", None), IngestError("x.txt: empty", code="E102"))
    assert coded.error_code == "E102"


@pytest.mark.issue(15)
def test_the_dask_time_limit_kills_a_call_that_never_returns(tmp_path: Path) -> None:
    """#2: on Dask the per-document limit was not applied (tasks run in threads). A call stuck in C
    cannot be interrupted by the child's own timer either: the parent's watchdog kills the child."""
    distributed = pytest.importorskip("distributed")
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "hang.txt", "cstuck.txt", "b.txt"):
        (folder / name).write_text(SHORT, encoding="utf-8")
    options = BatchOptions(analyze_fn=stuck_pipeline, time_limit=3.0)
    with (
        distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=None) as c,
        distributed.Client(c) as client,
    ):
        summary = run_batch([folder], tmp_path / "out", scheduler=client, options=options, progress=NullProgress())
    m = _manifest(tmp_path / "out").set_index(_manifest(tmp_path / "out").path.map(lambda p: Path(p).name))
    assert (summary.n_ok, summary.n_failed) == (2, 2), m.error_message.tolist()
    assert m.loc["hang.txt", "error_code"] == "E810", m.loc["hang.txt", "error_message"]
    assert m.loc["cstuck.txt", "error_code"] == "E810", m.loc["cstuck.txt", "error_message"]
    assert "process killed" in m.loc["cstuck.txt", "error_message"]


@pytest.mark.issue(15)
def test_index_of_a_batch_report_lists_failed_inputs_first(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(SHORT, encoding="utf-8")
    (folder / "z_empty.txt").write_bytes(b"")
    report = tmp_path / "out" / "report"
    _run([folder], tmp_path / "out", options=BatchOptions(report_dir=str(report)))
    body = (report / "index.html").read_text(encoding="utf-8").split("<tbody>")[1]
    rows = body.split("<tr ")[1:]
    assert len(rows) == 2 and 'class="row-failed"' in rows[0] and "E102" in rows[0]
    assert json.dumps("z_empty.txt")[1:-1] in rows[0]


@pytest.mark.issue(15)
def test_a_pool_worker_stuck_in_c_past_the_limit_ends_itself(tmp_path: Path) -> None:
    """The per-document timer cannot interrupt a C call; in the pool the worker's watchdog ends the
    process, the pool reruns the other documents and records the stuck one (E808)."""
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("a.txt", "cstuck.txt", "b.txt"):
        (folder / name).write_text(SHORT, encoding="utf-8")
    options = BatchOptions(analyze_fn=stuck_pipeline, time_limit=4.0)
    summary = run_batch([folder], tmp_path / "out", workers=2, options=options, progress=NullProgress())
    m = _manifest(tmp_path / "out")
    assert (summary.n_ok, summary.n_failed) == (2, 1), m.error_message.tolist()
    stuck = m[m.path.str.endswith("cstuck.txt")].iloc[0]
    assert stuck.error_code == "E808" and "time-limit" in stuck.error_message


@pytest.mark.issue(15)
def test_kill_9_in_the_middle_of_publishing_is_finished_by_the_rerun(tmp_path: Path) -> None:
    """#11 with a real SIGKILL: the process dies after the first table of the new set is in place."""
    folder, out = _done_once_then_a_new_input(tmp_path)
    code = f"""
import os, signal
import analyzer.batch.store as store
real = os.replace
def replace(src, dst):
    real(src, dst)
    if str(dst).endswith("claims.parquet"):
        os.kill(os.getpid(), signal.SIGKILL)
store.os.replace = replace
from analyzer.batch import run_batch
from analyzer.batch.progress import NullProgress
run_batch([{str(folder)!r}], {str(out)!r}, workers=0, progress=NullProgress())
"""
    killed = _python(code, timeout=300)
    assert killed.returncode == -9, killed.stderr
    assert (out / PUBLISHING).exists()
    claims = pq.read_table(out / "claims.parquet").to_pandas()
    manifest = pq.read_table(out / "manifest.parquet").to_pandas()
    assert set(claims.path) != set(manifest.path)  # the half-published state this test is about
    BatchStore(out, ("claims", "mentions"), "x").open()  # the first thing a rerun does
    claims = pq.read_table(out / "claims.parquet").to_pandas()
    manifest = pq.read_table(out / "manifest.parquet").to_pandas()
    mentions = pq.read_table(out / "mentions.parquet").to_pandas()
    assert set(claims.path) == set(manifest.path) == set(mentions.path) == {str(folder / n) for n in ("a.txt", "b.txt")}


@pytest.mark.issue(15)
def test_negative_workers_are_refused_by_the_api_too(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SHORT, encoding="utf-8")
    with pytest.raises(AnalyzerError) as info:
        run_batch([tmp_path / "a.txt"], tmp_path / "out", workers=-1, progress=NullProgress())
    assert info.value.code == "E902" and not (tmp_path / "out").exists()
