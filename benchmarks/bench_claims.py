"""Processor time of the claims stage alone (``assemble_claims``) on a fixed input, best of ``--rounds``.

The input is what ``analyze`` passes the stage for the bench sample at ``--chars`` characters plus the
texts of ``corpora/eval/claims`` and ``corpora/eval/mentions`` (``--set both``, the default), or
``--n`` generated sample-sized documents (``--set corpus``). Processor time, not wall clock, so other
processes on the machine disturb it less; run it in two checkouts alternately to compare commits
(``PYTHONPATH=<checkout> python <checkout>/benchmarks/bench_claims.py``).

    python benchmarks/bench_claims.py [--set both|bench|docs|corpus] [--chars 200000] [--rounds 5]
"""

from __future__ import annotations

import argparse
import gc
import tempfile
import time
from pathlib import Path
from typing import Any

from common import ROOT, sample_text
from make_corpus import make_corpus

import analyzer.pipeline as pipeline


def _texts(which: str, chars: int, n: int) -> list[str]:
    texts = []
    if which in ("both", "bench"):
        texts.append(sample_text(chars))
    if which in ("both", "docs"):
        evals = ROOT / "corpora" / "eval"
        files = sorted([*evals.glob("claims/*.txt"), *evals.glob("mentions/*/*.txt")])
        texts += [f.read_text(encoding="utf-8") for f in files]
    if which == "corpus":
        texts += [p.read_text(encoding="utf-8") for p in make_corpus(Path(tempfile.mkdtemp()) / "corpus", n, 7)]
    return texts


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=("both", "bench", "docs", "corpus"), default="both")
    parser.add_argument("--chars", type=int, default=200_000)
    parser.add_argument("--n", type=int, default=150, help="documents of --set corpus")
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()

    stage = pipeline.assemble_claims
    captured: list[tuple[Any, ...]] = []

    def capture(*call: Any) -> Any:
        captured.append(call)
        return stage(*call)

    pipeline.assemble_claims = capture
    texts = _texts(args.set, args.chars, args.n)
    for text in texts:
        pipeline.analyze(text.encode("utf-8"), name="bench.txt")
    pipeline.assemble_claims = stage
    gc.freeze()
    gc.disable()  # as analyze does around each stage (analyzer/gcpause.py)
    for call in captured:  # warm-up
        stage(*call)
    times = []
    for _ in range(args.rounds):
        start = time.process_time()
        for call in captured:
            stage(*call)
        times.append(time.process_time() - start)
    print(
        f"claims stage, {len(captured)} documents, {sum(len(t) for t in texts)} characters: "
        f"{min(times):.3f} s processor time (best of {args.rounds}: {' '.join(f'{t:.3f}' for t in times)})"
    )


if __name__ == "__main__":
    main()
