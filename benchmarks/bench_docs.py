"""Processor time per sample-sized document in one process: what one batch worker's documents per
second follow, measured so that other processes on the machine disturb it less than wall clock does.

The batch per-document function (``analyzer.batch.worker.process``: read, analyze, table rows) runs
over ``--n`` documents of the generated corpus (:mod:`make_corpus`, seeded) ``--rounds`` times after a
warm-up; the median of ``time.process_time`` per document is printed, with the wall clock beside it.
``--stages`` also gives each pipeline stage's share. Run it in two checkouts one after the other,
alternated, to compare commits (``PYTHONPATH=<checkout> python <checkout>/benchmarks/bench_docs.py``).

    python benchmarks/bench_docs.py [--n 150] [--rounds 3] [--seed 7] [--stages]
"""

from __future__ import annotations

import argparse
import gc
import shutil
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from common import ROOT  # noqa: F401 - puts the project root on sys.path
from make_corpus import make_corpus

from analyzer.batch.worker import BatchOptions, Task, prepare, process

#: the stages ``--stages`` times, by the name ``analyzer.pipeline`` calls them under
STAGES = (
    "normalize",
    "infer_as_of_with_source",
    "extract_mentions",
    "word_boundaries",
    "structure",
    "assemble_claims",
    "table_claims",
)


def _timed(module: Any, name: str, totals: dict[str, float]) -> None:
    """Wrap ``module.name`` so its processor time adds up in ``totals[name]``."""
    inner: Callable[..., Any] = getattr(module, name)

    def wrapper(*args: Any, **kwargs: Any) -> Any:
        start = time.process_time()
        try:
            return inner(*args, **kwargs)
        finally:
            totals[name] += time.process_time() - start

    setattr(module, name, wrapper)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--n", type=int, default=150)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--stages", action="store_true", help="also each pipeline stage's share (one more round)")
    args = parser.parse_args()

    root = Path(tempfile.mkdtemp(prefix="bench_docs_"))
    try:
        paths = make_corpus(root / "corpus", args.n, args.seed)
        options = BatchOptions()
        prepare(options)
        gc.freeze()  # as the fork server does after loading the pipeline
        tasks = [Task(i, str(p), None) for i, p in enumerate(paths)]
        for task in tasks[:20]:
            process(task, options)
        cpu, wall = [], []
        for _ in range(args.rounds):
            c, w = time.process_time(), time.perf_counter()
            for task in tasks:
                process(task, options)
            cpu.append((time.process_time() - c) / len(tasks))
            wall.append((time.perf_counter() - w) / len(tasks))
        print(
            f"{len(tasks)} documents, {args.rounds} rounds: processor {statistics.median(cpu) * 1e3:.2f} ms per "
            f"document (rounds {', '.join(f'{x * 1e3:.2f}' for x in cpu)}), wall {statistics.median(wall) * 1e3:.2f} ms"
        )
        if args.stages:
            import analyzer.pipeline as pipeline

            totals: dict[str, float] = defaultdict(float)
            for name in STAGES:
                _timed(pipeline, name, totals)
            start = time.process_time()
            for task in tasks:
                process(task, options)
            whole = time.process_time() - start
            for name in STAGES:
                print(f"  {name:24} {totals[name] / len(tasks) * 1e3:6.2f} ms  {totals[name] / whole:6.1%}")
            rest = whole - sum(totals.values())
            print(f"  {'rest (read, rows, review)':24} {rest / len(tasks) * 1e3:6.2f} ms  {rest / whole:6.1%}")
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    main()
