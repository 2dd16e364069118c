"""How every stage's cost grows with the text (issue 14): the sample repeated to 0.5M, 1M, 2M and 4M
characters, one document each; seconds per stage and the ratio to the previous size (linear: 2.0).

Stages: extract (ingest → normalize → recognizers → word boundaries → claims, i.e. ``analyze()``) and,
timed one by one, its parts normalize, recognizers, segment (word boundaries for every alias, i.e.
the segmenting claims trigger) and claims; then verify (market store) and comply (shipped rulebook).
The fair baseline (OpenCC t2s + ``jieba.lcut``) is timed on the same text, alternated with extract.

    python benchmarks/bench_scaling.py [--sizes 5e5 1e6 2e6 4e6] [--stages extract claims verify comply] [--cpu]
"""

from __future__ import annotations

import argparse
import tempfile
import time
from pathlib import Path

from common import alternate, fair_baseline, sample_text, timed

from analyzer.claims import assemble_claims
from analyzer.claims.subject import find_subjects
from analyzer.extract import extract_mentions
from analyzer.extract.timeexpr import infer_as_of
from analyzer.gcpause import paused_gc
from analyzer.ingest import ingest
from analyzer.normalize import normalize
from analyzer.pipeline import analyze
from analyzer.segment import word_boundaries

STAGES = ("extract", "normalize", "recognizers", "segment", "claims", "verify", "comply")
INNER = ("normalize", "recognizers", "segment", "claims")


def _stage_times(text: str) -> dict[str, float]:
    """Seconds of each stage inside extract, run one after the other on ``text`` (with the collector
    paused, as ``analyze`` runs them)."""
    with paused_gc():
        return _inner_times(text)


def _inner_times(text: str) -> dict[str, float]:
    times: dict[str, float] = {}
    times["normalize"], normalized = timed(lambda: normalize(text, "t2s"))
    as_of = infer_as_of(normalized.text)
    times["recognizers"], (mentions, hits) = timed(lambda: extract_mentions(text, normalized, as_of))

    aliases = find_subjects(normalized.text)

    def boundaries():  # noqa: ANN202
        words = word_boundaries(normalized.text, [(h.start, h.end) for h in hits])
        # what claims ask: whether each alias is whole words, so the timing includes the cutting it triggers
        for a in aliases:
            words.aligned(a.start, a.end)
        return words

    times["segment"], words = timed(boundaries)
    times["claims"], _ = timed(lambda: assemble_claims(text, normalized, hits, mentions, as_of, words))
    return times


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[5e5, 1e6, 2e6, 4e6])
    parser.add_argument("--stages", nargs="+", default=list(STAGES), choices=STAGES)
    parser.add_argument("--rounds", type=int, default=1)
    parser.add_argument("--market", type=Path, default=None, help="market store (default: a fresh one in /tmp)")
    parser.add_argument("--cpu", action="store_true", help="extract and baseline in processor time, not wall clock")
    args = parser.parse_args()

    from analyzer.comply import comply
    from analyzer.verify import open_store, verify

    store_path = args.market or Path(tempfile.mkdtemp(prefix="bench-scaling-")) / "market.duckdb"
    store = open_store(store_path, read_only=True)
    baseline = fair_baseline()
    warm = analyze(ingest(sample_text(1).encode("utf-8"), name="warm.txt"))
    verify(warm, store)
    comply(warm)

    header = f"{'chars':>10} {'baseline s':>10} " + " ".join(f"{s + ' s':>10} {'×':>5}" for s in args.stages)
    print(header + f" {'extract/baseline':>16}")
    previous: dict[str, float] = {}
    for size in args.sizes:
        text = sample_text(int(size))
        doc = ingest(text.encode("utf-8"), name="bench.txt")
        result = None

        def run_extract(doc=doc) -> None:  # noqa: ANN001
            nonlocal result
            result = analyze(doc)

        clock = time.process_time if args.cpu else time.perf_counter
        t_extract, t_base = alternate(run_extract, lambda text=text: baseline(text), args.rounds, clock)
        times = {"extract": t_extract}
        if any(stage in args.stages for stage in INNER):
            times |= _stage_times(doc.text)
        if "verify" in args.stages:
            times["verify"], verdicts = timed(lambda result=result: verify(result, store))
            result.verdicts = verdicts
        if "comply" in args.stages:
            times["comply"], _ = timed(lambda result=result: comply(result))
        cells = []
        for stage in args.stages:
            ratio = times[stage] / previous[stage] if stage in previous else float("nan")
            cells.append(f"{times[stage]:>10.2f} {ratio:>5.2f}")
        print(f"{len(text):>10,} {t_base:>10.2f} " + " ".join(cells) + f" {t_base / t_extract:>16.2f}", flush=True)
        previous = times
    store.close()


if __name__ == "__main__":
    main()
