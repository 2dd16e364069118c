"""Extraction throughput against the fair baseline (issue 14), same text, same process, alternated.

The fair baseline is what the pipeline would cost if it only converted and segmented: OpenCC t2s,
then ``jieba.lcut`` on the converted text. The sample is repeated to each size and analyzed as one
document (ratio > 1: the analyzer is faster than bare conversion + segmentation); separately the
sample is analyzed as many small documents.

    python benchmarks/bench_extract.py [--sizes 1e6 2e6 4e6] [--rounds 3]
"""

from __future__ import annotations

import argparse
import tracemalloc

from common import alternate, fair_baseline, sample_text

from analyzer.ingest import ingest
from analyzer.pipeline import analyze


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1e6, 2e6, 4e6], help="characters")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--docs", type=int, default=200, help="small documents for the per-document run")
    args = parser.parse_args()

    baseline = fair_baseline()
    analyze(ingest(sample_text(1).encode("utf-8"), name="warm.txt"))  # dictionaries, patterns, regexes

    print(f"{'chars':>10} {'analyzer chars/s':>17} {'baseline chars/s':>17} {'ratio':>6}")
    for size in args.sizes:
        text = sample_text(int(size))
        doc = ingest(text.encode("utf-8"), name="bench.txt")
        t_a, t_b = alternate(lambda doc=doc: analyze(doc), lambda text=text: baseline(text), args.rounds)
        print(f"{len(text):>10,} {len(text) / t_a:>17,.0f} {len(text) / t_b:>17,.0f} {t_b / t_a:>6.2f}")

    one = sample_text(1)
    docs = [ingest(one.encode("utf-8"), name=f"doc{i}.txt") for i in range(args.docs)]
    t_a, t_b = alternate(lambda: [analyze(d) for d in docs], lambda: [baseline(d.text) for d in docs], args.rounds)
    print(
        f"{args.docs} separate sample documents: analyzer {args.docs / t_a:,.1f} docs/s, "
        f"baseline {args.docs / t_b:,.1f} docs/s, ratio {t_b / t_a:.2f}"
    )

    big = ingest(sample_text(1_000_000).encode("utf-8"), name="mem.txt")
    tracemalloc.start()
    analyze(big)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak traced memory of one 1M-character extract: {peak / 1e6:.1f} MB")


if __name__ == "__main__":
    main()
