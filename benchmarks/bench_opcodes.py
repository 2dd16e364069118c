"""Python work of one ``analyze`` counted, not timed: the bytecode instructions it executes (and the
calls), in total and per function. On this project's shared machine processor time moves by ±10 %
between runs of the same commit, which hides a cut of a few percent; the count is the same to 0.01 %
in every run, so two checkouts compare by it (run each checkout's own copy: ``common`` puts its
checkout first on the path). Work done in C (regex scans, bisects, the segmenter, OpenCC) is not
counted: a cut that moves Python work into C shows in full, a slower regex not at all, so time scans
on their own (see the README's speed section).

    python benchmarks/bench_opcodes.py [--chars 20000] [--top 30]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from types import CodeType, FrameType
from typing import Any

from common import sample_text

from analyzer.ingest import ingest
from analyzer.pipeline import analyze


def count(data: bytes) -> tuple[Counter[CodeType], Counter[CodeType]]:
    """Instructions and calls per code object of one ``analyze`` of ``data`` (traced: ≈ 100× slower)."""
    ops: Counter[CodeType] = Counter()
    calls: Counter[CodeType] = Counter()

    def tracer(frame: FrameType, event: str, arg: Any) -> Any:
        if event == "opcode":
            ops[frame.f_code] += 1
        elif event == "call":
            calls[frame.f_code] += 1
            frame.f_trace_opcodes = True
        return tracer

    sys.settrace(tracer)
    try:
        analyze(ingest(data, name="bench.txt"))
    finally:
        sys.settrace(None)
    return ops, calls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--chars", type=int, default=20_000, help="the bench sample repeated to this length")
    parser.add_argument("--top", type=int, default=30, help="functions listed, by their own instructions")
    args = parser.parse_args()
    data = sample_text(args.chars).encode("utf-8")
    analyze(ingest(sample_text(1).encode("utf-8"), name="warm.txt"))  # what a process loads once
    analyze(ingest(data, name="bench.txt"))  # and what the first document of a size fills (memos, caches)
    ops, calls = count(data)
    total = sum(ops.values())
    print(f"instructions {total:,}  calls {sum(calls.values()):,}  ({args.chars:,} characters)")
    for code, n in ops.most_common(args.top):
        where = code.co_filename.rsplit("analyzer/", 1)[-1]
        name = f"{code.co_qualname}  {where}:{code.co_firstlineno}"
        print(f"{100 * n / total:6.2f} % {n:>9,} {calls[code]:>7,} calls  {name}")


if __name__ == "__main__":
    main()
