"""Shared helpers of the benchmarks: the repeated sample, the fair baseline, alternated timing."""

from __future__ import annotations

import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
SAMPLE = ROOT / "corpora" / "samples" / "000_c5a5949e47dd4678.txt"


def sample_text(n_chars: int) -> str:
    """The sample repeated (each copy its own paragraph block) to at least ``n_chars`` characters."""
    sample = SAMPLE.read_text(encoding="utf-8")
    copies = max(1, -(-n_chars // (len(sample) + 1)))
    return "\n".join([sample] * copies)


def fair_baseline() -> Callable[[str], object]:
    """What a bare segmenter run costs on the same text: OpenCC t2s (C++), then ``jieba.lcut`` on the
    converted text (the global jieba, dictionary already loaded), as the pipeline converts first."""
    import logging

    import jieba
    import opencc

    jieba.setLogLevel(logging.WARNING)
    converter = opencc.OpenCC("t2s")
    jieba.lcut("预热")

    def run(text: str) -> object:
        return jieba.lcut(converter.convert(text))

    return run


def alternate(
    a: Callable[[], object], b: Callable[[], object], rounds: int, clock: Callable[[], float] = time.perf_counter
) -> tuple[float, float]:
    """Median seconds of ``a`` and ``b`` timed alternately (A B A B …), so drift on a shared machine
    hits both alike; ``clock`` ``time.process_time`` for processor time (less disturbed by load)."""
    ta, tb = [], []
    for _ in range(rounds):
        for fn, times in ((a, ta), (b, tb)):
            start = clock()
            fn()
            times.append(clock() - start)
    return statistics.median(ta), statistics.median(tb)


def timed(fn: Callable[[], object]) -> tuple[float, object]:
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value
