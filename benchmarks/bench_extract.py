"""Throughput of ``extract`` against bare ``jieba.lcut`` on the same text, in the same run.

The sample article is repeated to about 1 MB (each copy its own paragraph block) and analyzed as
one document; separately the sample is analyzed as many small documents. Each measurement is
repeated and the median is reported, with the ratio to bare jieba (higher is better; target ≥ 0.6).

    python benchmarks/bench_extract.py [--mb 1.0] [--repeat 5]
"""

from __future__ import annotations

import argparse
import statistics
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

import jieba

from analyzer.ingest import ingest
from analyzer.pipeline import analyze
from analyzer.segment import load

SAMPLE = Path(__file__).resolve().parents[1] / "corpora" / "samples" / "000_c5a5949e47dd4678.txt"


def _median_seconds(fn: Callable[[], object], repeat: int) -> float:
    times = []
    for _ in range(repeat):
        start = time.perf_counter()
        fn()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mb", type=float, default=1.0, help="size of the repeated text in MB (UTF-8)")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    sample = SAMPLE.read_text(encoding="utf-8")
    copies = max(1, round(args.mb * 1_000_000 / len(sample.encode("utf-8"))))
    big_text = "\n".join([sample] * copies)
    big = ingest(big_text.encode("utf-8"), name="bench.txt")
    n_chars = len(big.text)

    # warm up: dictionaries, caches, regex compilation (excluded from every timing)
    load()
    jieba.lcut(sample)
    analyze(ingest(sample.encode("utf-8"), name="warm.txt"))

    t_jieba = _median_seconds(lambda: jieba.lcut(big.text), args.repeat)
    t_extract = _median_seconds(lambda: analyze(big), args.repeat)

    docs = [ingest(sample.encode("utf-8"), name=f"doc{i}.txt") for i in range(copies)]
    t_docs = _median_seconds(lambda: [analyze(d) for d in docs], max(1, args.repeat // 2))
    t_docs_jieba = _median_seconds(lambda: [jieba.lcut(d.text) for d in docs], max(1, args.repeat // 2))

    tracemalloc.start()
    analyze(big)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()

    print(f"text: sample x{copies} = {n_chars:,} characters ({len(big_text.encode('utf-8')) / 1e6:.2f} MB)")
    print(f"bare jieba.lcut, one document   : {n_chars / t_jieba:12,.0f} chars/s  (median of {args.repeat})")
    ratio = t_jieba / t_extract
    print(f"analyzer extract, one document  : {n_chars / t_extract:12,.0f} chars/s  ratio to jieba {ratio:.2f}")
    print(f"bare jieba.lcut, {copies} documents : {copies / t_docs_jieba:12,.1f} docs/s")
    print(f"analyzer extract, {copies} documents: {copies / t_docs:12,.1f} docs/s   {n_chars / t_docs:,.0f} chars/s"
          f"  ratio to jieba {t_docs_jieba / t_docs:.2f}")
    print(f"peak traced memory of one 1 MB extract: {peak / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
