"""Start-up cost (issue 14): ``analyzer extract`` on a one-line document against a bare process that
imports jieba and OpenCC and segments one line (t2s then ``jieba.lcut``). Processes alternate
(A B A B); medians of wall-clock seconds.

    python benchmarks/bench_startup.py [--rounds 7]
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


def _seconds(cmd: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(cmd, check=True, capture_output=True, env=env, cwd=ROOT)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=7)
    args = parser.parse_args()
    env = dict(os.environ, PYTHONPATH=str(ROOT), ANALYZER_MARKET_DB=str(Path(tempfile.gettempdir()) / "bench.duckdb"))
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
