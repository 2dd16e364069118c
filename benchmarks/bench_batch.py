"""Batch throughput: documents/s with 1 and 2 pool workers, the speed-up, peak memory per worker, and the
ratio to the fair baseline (OpenCC t2s + ``jieba.lcut``) over the same documents in the same run.

For each ``--n`` (default 600 and 2,000 documents) a corpus is generated from ``corpora/samples`` with
varied numbers and dates (:mod:`make_corpus`, seeded), then ``run_batch`` writes the Parquet dataset
with 1 and with 2 workers (fresh output folders), alternated, ``--rounds`` times. "wall" includes
starting the pool and loading the pipeline and the final consolidation; "steady" is from the first to
the last finished document; "in documents" is the workers' time inside the per-document function
(the manifest's ``seconds``). ``--dask`` also runs a Dask ``LocalCluster`` of two worker processes
(one thread each) against the 2-worker pool. ``--cli`` runs the command line instead, as a new user
would: a fresh ``python -m analyzer batch`` process of this checkout per run (its imports, the fork
server's load and the output side included in "wall"; "first document" is when the first document
started, from the manifest; no peak memory). Targets (issue 25): 2 workers ≥ 1.8x one worker on 600
documents; peak memory per worker ≤ 300 MB.

    python benchmarks/bench_batch.py [--n 600 2000] [--seed 7] [--workers 1 2] [--rounds 3] [--dask] [--cli]
        [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT, fair_baseline  # also puts the project root on sys.path
from make_corpus import make_corpus

from analyzer.batch import run_batch
from analyzer.batch.progress import NullProgress
from analyzer.batch.worker import Outcome


class Clock(NullProgress):
    """Records when the first and the last document finished."""

    def __init__(self) -> None:
        super().__init__()
        self.first = self.last = 0.0

    def advance(self, outcome: Outcome) -> None:
        super().advance(outcome)
        now = time.perf_counter()
        self.first = self.first or now
        self.last = now


def _run(root: Path, paths: list[Path], workers: int, scheduler: object = None) -> tuple[float, float, int, float]:
    """One batch run into a fresh folder: wall seconds, steady docs/s, peak worker RSS, seconds in documents."""
    import pyarrow.parquet as pq

    out = root / f"out_w{workers}{'_dask' if scheduler is not None else ''}"
    shutil.rmtree(out, ignore_errors=True)
    clock = Clock()
    start = time.perf_counter()
    summary = run_batch([root / "corpus"], out, workers=workers, scheduler=scheduler, progress=clock)
    wall = time.perf_counter() - start
    assert summary.n_ok == len(paths), summary
    steady = (len(paths) - 1) / max(clock.last - clock.first, 1e-9)
    in_docs = sum(pq.read_table(out / "manifest.parquet", columns=["seconds"]).column("seconds").to_pylist())
    return wall, steady, max(summary.worker_peak_rss.values(), default=0), in_docs


def _run_cli(root: Path, paths: list[Path], workers: int) -> tuple[float, float, int, float]:
    """One ``python -m analyzer batch`` process of this checkout into a fresh folder: wall seconds, steady
    docs/s, 0 (no peak memory from outside), seconds in documents; prints when the first document started."""
    import pyarrow.parquet as pq

    out = root / f"out_cli_w{workers}"
    shutil.rmtree(out, ignore_errors=True)
    command = [sys.executable, "-m", "analyzer", "batch", str(root / "corpus"), "-o", str(out)]
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")])))
    launched = time.time()
    subprocess.run([*command, "-w", str(workers), "--no-progress"], cwd=ROOT, env=env, check=True, capture_output=True)
    wall = time.time() - launched
    rows = pq.read_table(out / "manifest.parquet", columns=["status", "finished_at", "seconds"]).to_pylist()
    assert len(rows) == len(paths) and all(r["status"] == "ok" for r in rows), out
    ends = sorted(r["finished_at"].timestamp() for r in rows)
    first = min(r["finished_at"].timestamp() - r["seconds"] for r in rows) - launched
    print(f"  command line, {workers} worker(s): wall {wall:.2f}s, first document started {first:.2f}s after launch")
    steady = (len(rows) - 1) / max(ends[-1] - ends[0], 1e-9)
    return wall, steady, 0, sum(r["seconds"] for r in rows)


def _report(label: str, n: int, n_chars: int, measured: list[tuple[float, float, int, float]]) -> tuple[float, float]:
    wall = statistics.median(m[0] for m in measured)
    steady = statistics.median(m[1] for m in measured)
    peak = max(m[2] for m in measured)
    in_docs = statistics.median(m[3] for m in measured)
    print(
        f"{label}: wall {wall:6.1f}s = {n / wall:7.1f} docs/s; steady {steady:7.1f} docs/s "
        f"({steady * n_chars / n:,.0f} chars/s); peak RSS per worker {peak / 1e6:.0f} MB; "
        f"in documents {in_docs / n * 1e3:.1f} ms/doc (medians of {len(measured)} runs: "
        + ", ".join(f"{m[0]:.1f}s" for m in measured)
        + ")"
    )
    return n / wall, steady


def _bench(root: Path, n: int, args: argparse.Namespace, cluster: object) -> None:
    shutil.rmtree(root / "corpus", ignore_errors=True)
    paths = make_corpus(root / "corpus", n, args.seed)
    texts = [p.read_text(encoding="utf-8") for p in paths]
    n_chars = sum(map(len, texts))
    print(f"\ncorpus: {len(paths):,} documents, {n_chars:,} characters (seed {args.seed})")
    print(f"cores: {os.cpu_count()}, load average before: {os.getloadavg()[0]:.2f}")
    runs: dict[str, list[tuple[float, float, int, float]]] = {f"{w} worker(s)": [] for w in args.workers}
    if cluster is not None:
        runs["dask, 2 processes"] = []
    for _ in range(args.rounds):
        for w in args.workers:
            runs[f"{w} worker(s)"].append(_run_cli(root, paths, w) if args.cli else _run(root, paths, w))
        if cluster is not None:
            runs["dask, 2 processes"].append(_run(root, paths, 2, cluster))
    rows = {label: _report(label, len(paths), n_chars, measured) for label, measured in runs.items()}
    print(f"load average after: {os.getloadavg()[0]:.2f} (other processes on the machine skew the ratios)")
    baseline = fair_baseline()  # OpenCC t2s + jieba.lcut, dictionary loaded outside the timing
    start = time.perf_counter()
    for t in texts:
        baseline(t)
    jieba_rate = len(texts) / (time.perf_counter() - start)
    print(f"fair baseline (OpenCC t2s + jieba.lcut), 1 process: {jieba_rate:7.1f} docs/s")
    for label, (wall_rate, steady) in rows.items():
        ratio = f"wall {wall_rate / jieba_rate:.2f}, steady {steady / jieba_rate:.2f}"
        print(f"ratio to the fair baseline, {label}: {ratio}")
    one, two = rows.get("1 worker(s)"), rows.get("2 worker(s)")
    if one and two:
        print(f"speed-up 2 vs 1 workers: wall {two[0] / one[0]:.2f}x, steady {two[1] / one[1]:.2f}x (target ≥ 1.8x)")
    if two and "dask, 2 processes" in rows:
        dask = rows["dask, 2 processes"]
        print(f"dask / pool, 2 workers each: wall {dask[0] / two[0]:.2f}x, steady {dask[1] / two[1]:.2f}x")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, nargs="+", default=[600, 2000])
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=3, help="alternated runs per worker count (medians)")
    parser.add_argument("--dask", action="store_true", help="also a Dask LocalCluster of 2 worker processes")
    parser.add_argument("--cli", action="store_true", help="a fresh `python -m analyzer batch` process per run")
    parser.add_argument("--keep", type=Path, default=None, help="generate/keep the corpus and outputs here")
    args = parser.parse_args()

    root = args.keep or Path(tempfile.mkdtemp(prefix="bench_batch_"))
    cluster = client = None
    try:
        if args.dask:
            from distributed import Client, LocalCluster

            cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
            client = Client(cluster)
        for n in args.n:
            _bench(root, n, args, client)
    finally:
        if client is not None:
            client.close()
        if cluster is not None:
            cluster.close()
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
