"""Batch throughput: documents/s with 1 and 2 pool workers, the speed-up, peak memory per worker, and the
ratio to the fair baseline (OpenCC t2s + ``jieba.lcut``) over the same documents in the same run.

A corpus of ``--n`` documents (default 2,000) is generated from ``corpora/samples`` with varied numbers
and dates (:mod:`make_corpus`, seeded), then ``run_batch`` writes the Parquet dataset with 1 and with 2
workers (fresh output folders). "wall" includes starting the pool and loading the pipeline in every
worker and the final consolidation; "steady" is from the first to the last finished document. Targets:
2 workers ≥ 1.7x one worker; peak memory per worker < 400 MB.

    python benchmarks/bench_batch.py [--n 2000] [--seed 7] [--workers 1 2] [--keep DIR]
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import fair_baseline  # also puts the project root on sys.path
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


def _children_cpu() -> float:
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def _run(root: Path, paths: list[Path], workers: int) -> tuple[float, float, int, float]:
    """One batch run into a fresh folder: wall seconds, steady docs/s, peak worker RSS, worker CPU seconds."""
    out = root / f"out_w{workers}"
    shutil.rmtree(out, ignore_errors=True)
    clock = Clock()
    cpu0 = _children_cpu()
    start = time.perf_counter()
    summary = run_batch([root / "corpus"], out, workers=workers, progress=clock)
    wall = time.perf_counter() - start
    cpu = _children_cpu() - cpu0
    assert summary.n_ok == len(paths), summary
    steady = (len(paths) - 1) / max(clock.last - clock.first, 1e-9)
    return wall, steady, max(summary.worker_peak_rss.values(), default=0), cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--rounds", type=int, default=3, help="alternated runs per worker count (medians)")
    parser.add_argument("--keep", type=Path, default=None, help="generate/keep the corpus and outputs here")
    args = parser.parse_args()

    root = args.keep or Path(tempfile.mkdtemp(prefix="bench_batch_"))
    try:
        paths = make_corpus(root / "corpus", args.n, args.seed)
        texts = [p.read_text(encoding="utf-8") for p in paths]
        n_chars = sum(map(len, texts))
        print(f"corpus: {len(paths):,} documents, {n_chars:,} characters (seed {args.seed})")
        print(f"cores: {os.cpu_count()}, load average before: {os.getloadavg()[0]:.2f}")

        runs: dict[int, list[tuple[float, float, int, float]]] = {w: [] for w in args.workers}
        for _ in range(args.rounds):
            for w in args.workers:
                runs[w].append(_run(root, paths, w))
        rows: dict[int, tuple[float, float, int]] = {}
        for w, measured in runs.items():
            wall = statistics.median(m[0] for m in measured)
            steady = statistics.median(m[1] for m in measured)
            peak = max(m[2] for m in measured)
            cpu = statistics.median(m[3] for m in measured)
            rows[w] = (len(paths) / wall, steady, peak)
            print(
                f"{w} worker(s): wall {wall:6.1f}s = {len(paths) / wall:7.1f} docs/s; steady {steady:7.1f} docs/s "
                f"({steady * n_chars / len(paths):,.0f} chars/s); peak RSS per worker {peak / 1e6:.0f} MB; "
                f"worker CPU {cpu:.1f}s = {cpu / len(paths) * 1e3:.1f} ms/doc (medians of {len(measured)} runs: "
                + ", ".join(f"{m[0]:.1f}s" for m in measured)
                + ")"
            )

        print(f"load average after: {os.getloadavg()[0]:.2f} (other processes on the machine skew the ratios)")
        baseline = fair_baseline()  # OpenCC t2s + jieba.lcut, dictionary loaded outside the timing
        start = time.perf_counter()
        for t in texts:
            baseline(t)
        jieba_rate = len(texts) / (time.perf_counter() - start)
        print(f"fair baseline (OpenCC t2s + jieba.lcut), 1 process: {jieba_rate:7.1f} docs/s")
        for w, (wall_rate, steady, _) in rows.items():
            ratio = f"wall {wall_rate / jieba_rate:.2f}, steady {steady / jieba_rate:.2f}"
            print(f"ratio to the fair baseline, {w} worker(s): {ratio}")
        if 1 in rows and 2 in rows:
            print(
                f"speed-up 2 vs 1 workers: wall {rows[2][0] / rows[1][0]:.2f}x, steady {rows[2][1] / rows[1][1]:.2f}x"
                " (target ≥ 1.7x)"
            )
    finally:
        if args.keep is None:
            shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
