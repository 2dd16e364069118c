"""Claim assembly grows with the text, not its square (issue 14): twice the text costs well under
three times as much (generous, so a loaded machine does not make it flake)."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from analyzer.claims import assemble_claims
from analyzer.extract import extract_mentions
from analyzer.extract.timeexpr import infer_as_of
from analyzer.normalize import normalize

ROOT = Path(__file__).resolve().parents[2]


def _best_time(text: str, repeats: int = 3) -> float:
    normalized = normalize(text)
    as_of = infer_as_of(normalized.text)
    mentions, hits = extract_mentions(text, normalized, as_of)
    best = float("inf")
    for _ in range(repeats):
        start = time.perf_counter()
        assemble_claims(text, normalized, hits, mentions, as_of)
        best = min(best, time.perf_counter() - start)
    return best


@pytest.mark.issue(14)
def test_claims_stage_is_linear() -> None:
    pieces = [
        ROOT / "corpora" / "samples" / "000_c5a5949e47dd4678.txt",
        *sorted((ROOT / "corpora" / "eval" / "claims").glob("*.txt")),
    ]
    base = "\n".join(p.read_text(encoding="utf-8") for p in pieces)
    small, large = _best_time("\n".join([base] * 8)), _best_time("\n".join([base] * 16))
    assert large / small < 3, f"8 copies {small:.3f}s, 16 copies {large:.3f}s"
