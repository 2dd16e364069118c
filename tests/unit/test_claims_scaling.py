"""Claim assembly grows with the text, not its square (issue 14): twice the text costs well under
three times as much (generous, so a loaded machine does not make it flake)."""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path

import pytest

from analyzer.claims import assemble_claims
from analyzer.extract import extract_mentions
from analyzer.extract.timeexpr import infer_as_of
from analyzer.normalize import normalize

ROOT = Path(__file__).resolve().parents[2]


def _best_time(text: str, repeats: int = 3, clock: Callable[[], float] = time.perf_counter) -> float:
    normalized = normalize(text)
    as_of = infer_as_of(normalized.text)
    mentions, hits = extract_mentions(text, normalized, as_of)
    best = float("inf")
    for _ in range(repeats):
        start = clock()
        assemble_claims(text, normalized, hits, mentions, as_of)
        best = min(best, clock() - start)
    return best


@pytest.mark.issue(14)
def test_claims_stage_is_linear() -> None:
    pieces = [
        ROOT / "corpora" / "samples" / "000_c5a5949e47dd4678.txt",
        *sorted((ROOT / "corpora" / "eval" / "claims").glob("*.txt")),
    ]
    base = "\n".join(p.read_text(encoding="utf-8") for p in pieces)
    # CPU time: on a shared machine the wall clock measures the neighbours (1.05 s → 3.20 s seen at load 5)
    cpu = time.process_time
    small, large = _best_time("\n".join([base] * 8), clock=cpu), _best_time("\n".join([base] * 16), clock=cpu)
    assert large / small < 3, f"8 copies {small:.3f}s, 16 copies {large:.3f}s"


#: one sentence of many figures in three shapes: clauses that each name a level and a move, names
#: each with a move, and one list of amounts after 分别
_SENTENCE_SHAPES = {
    "clauses": lambda n: (
        "2025年3月6日,港股收市:"
        + ",".join(f"恒生指数收报{20000 + i}点,上涨{i % 9 + 1}.{i % 7}%" for i in range(n))
        + "。"
    ),
    "names": lambda n: (
        "2025年3月6日,沪深两市"
        + ",".join(f"{'甲乙丙丁戊己庚辛'[i % 8]}{'科技股份医药银行'[i % 8]}{i}涨{i % 9 + 1}.{i % 7}%" for i in range(n))
        + "。"
    ),
    "list": lambda n: (
        "某某科技2020年至2024年营业收入分别为" + "、".join(f"{i + 1}.{i % 9}亿元" for i in range(n)) + "。"
    ),
}


@pytest.mark.parametrize("shape", sorted(_SENTENCE_SHAPES))
def test_a_sentence_of_many_figures_costs_linear_time(shape: str) -> None:
    """No figure rescans its sentence from the start (attribution, session words, the figures before
    it): four times the figures in one sentence cost well under eight times as much (quadratic: 16)."""
    make = _SENTENCE_SHAPES[shape]
    # processor time, the best of three: other processes on a shared machine do not count
    small, large = _best_time(make(150), clock=time.process_time), _best_time(make(600), clock=time.process_time)
    assert large / small < 8, f"150 figures {small:.3f}s, 600 figures {large:.3f}s"
