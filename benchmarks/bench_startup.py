"""Start-up cost (issue 14): ``analyzer extract`` on a one-line document against a bare process that
imports jieba and OpenCC and segments one line (t2s then ``jieba.lcut``). Processes alternate
(A B A B); medians of wall-clock seconds.

``--workers`` measures a batch pool worker's start instead (issue 25): in a fresh process, the seconds
from creating a one-worker pool to the first one-line document done, for the first pool of the process
(its fork server loads the pipeline once) and for a second pool (what every further worker and every
worker restarted after a crash costs).

    python benchmarks/bench_startup.py [--rounds 7] [--workers]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BARE = (
    "import logging, jieba, opencc; jieba.setLogLevel(logging.WARNING); "
    "print(jieba.lcut(opencc.OpenCC('t2s').convert({line!r})))"
)
LINES = {
    "no short alias": "恒生科技指數2024年上漲18.7%。",
    "short alias (needs words)": "恒科今年以來上漲12.5%，南向淨流入30億港元。",
}


WORKER_PROBE = """
import pathlib, sys, tempfile, time
from analyzer.batch.pool import execute_pool
from analyzer.batch.worker import BatchOptions, Task, process
if __name__ == "__main__":
    doc = pathlib.Path(tempfile.mkdtemp()) / "one.txt"
    doc.write_text({line!r} + "\\n", encoding="utf-8")
    for _ in range(2):
        start = time.perf_counter()
        [(_, outcome)] = execute_pool([Task(0, str(doc), None)], process, BatchOptions(), 1)
        assert outcome.status == "ok", outcome
        print(time.perf_counter() - start)
"""


def worker_start(rounds: int, env: dict[str, str]) -> None:
    """Seconds to a one-worker pool's first document: first pool of a process, then a second pool."""
    code = WORKER_PROBE.format(line=LINES["no short alias"])
    first, second = [], []
    for _ in range(rounds):
        done = subprocess.run([sys.executable, "-c", code], check=True, capture_output=True, text=True, env=env)
        a, b = map(float, done.stdout.split())
        first.append(a)
        second.append(b)
    print(
        f"pool worker to its first document: first pool {statistics.median(first):.2f} s, "
        f"a further pool {statistics.median(second):.2f} s (medians of {rounds})"
    )


def _seconds(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, env=env, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    parser.add_argument("--workers", action="store_true", help="a batch pool worker's start instead")
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT), ANALYZER_MARKET_DB=str(Path(tempfile.gettempdir()) / "bench.duckdb"))
    if args.workers:
        worker_start(args.rounds, env)
        return
    for label, line in LINES.items():
        doc = Path(tempfile.mkdtemp()) / "one.txt"
        doc.write_text(line + "\n", encoding="utf-8")
        ours = [sys.executable, "-m", "analyzer", "extract", str(doc)]
        bare = [sys.executable, "-c", BARE.format(line=line)]
        _seconds(ours, env), _seconds(bare, env)  # warm the OS caches and jieba's own cache
        a, b = [], []
        for _ in range(args.rounds):
            a.append(_seconds(ours, env))
            b.append(_seconds(bare, env))
        ma, mb = statistics.median(a), statistics.median(b)
        print(f"{label:28} analyzer extract {ma:.2f} s   bare jieba+OpenCC {mb:.2f} s   ratio {ma / mb:.2f}")


if __name__ == "__main__":
    main()
