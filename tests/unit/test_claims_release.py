"""The claims stage's reading of a document is freed when the stage returns (reference counting), not left
as a reference cycle for the cyclic collector to walk later (issue 25: 80 ms at 0.5M characters)."""

from __future__ import annotations

import gc

from analyzer.claims import document
from analyzer.claims.subject import AliasHit, default_matcher
from analyzer.pipeline import analyze


def _alive(kind: type) -> int:
    return sum(1 for o in gc.get_objects() if isinstance(o, kind))


def test_no_reading_outlives_the_stage(sample_text: str) -> None:
    analyze(sample_text.encode("utf-8"), name="warm.txt")
    gc.collect()
    was = gc.isenabled()
    gc.disable()  # what is alive now is held by references, not waiting for the collector
    try:
        result = analyze(sample_text.encode("utf-8"), name="sample.txt")
        assert result.claims  # the stage ran
        assert _alive(document.Doc) == 0
        assert default_matcher()._memo is None  # the matcher keeps nothing of the text
        assert _alive(AliasHit) == 0
    finally:
        if was:
            gc.enable()
