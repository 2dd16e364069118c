"""The alias matcher's two searches (pyahocorasick over UTF-16 symbols, ahocorasick_rs once a process has
searched enough text) give the same candidate matches: every occurrence of every key."""

from __future__ import annotations

import random

import pytest

from analyzer.claims import subject as subject_mod
from analyzer.normalize import normalize

SAMPLE = "corpora/samples/000_c5a5949e47dd4678.txt"


def _both(text: str) -> tuple[list, list]:
    matcher = subject_mod.default_matcher()
    saved = matcher._scanned
    try:
        matcher._memo, matcher._scanned = None, 0
        slow = matcher._candidates(text)
        matcher._memo, matcher._scanned = None, subject_mod._RUST_AFTER_CHARS + 1
        fast = matcher._candidates(text)
    finally:
        matcher._memo, matcher._scanned = None, saved
    return slow, fast


def _texts() -> list[str]:
    from pathlib import Path

    root = Path(__file__).resolve().parents[2]
    sample = (root / SAMPLE).read_text(encoding="utf-8")
    docs = [p.read_text(encoding="utf-8") for p in sorted((root / "corpora" / "eval" / "claims").glob("*.txt"))]
    rng = random.Random(7)
    pieces = [*sample[:5000], "\U0001f600", "\U00020000", "\ufffd", "A", "5", "ST", "*"]
    shuffled = ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 300))) for _ in range(50)]
    astral = [sample[i : i + 800] + "\U0001f600" + sample[i + 800 : i + 1600] for i in range(0, 3000, 700)]
    return [sample, normalize(sample, "t2s").text, *docs, *shuffled, *astral, ""]


@pytest.mark.parametrize("text", _texts(), ids=lambda t: f"{len(t)}chars")
def test_rust_search_equals_pyahocorasick(text: str) -> None:
    slow, fast = _both(text)
    assert fast == slow


def test_rust_search_finds_names() -> None:
    slow, fast = _both("恒生指数今日收报20000点,腾讯控股升2%")
    assert fast == slow and len(fast) >= 2
