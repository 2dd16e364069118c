"""Segmenting only where a decision needs words gives the same boundaries, and the same claims, as
segmenting the whole text (issue 14)."""

from __future__ import annotations

import os
from pathlib import Path

import jieba
import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.claims import assemble_claims
from analyzer.extract import extract_mentions
from analyzer.extract.timeexpr import infer_as_of
from analyzer.normalize import normalize
from analyzer.segment import TokenBoundaries, segment, word_boundaries
from analyzer.segment.cutter import JIEBA_BLOCK, backend

ROOT = Path(__file__).resolve().parents[2]
TEXTS = sorted((ROOT / "tests" / "data" / "texts").glob("*.txt"))
SAMPLE = ROOT / "corpora" / "samples" / "000_c5a5949e47dd4678.txt"
T2S, S2T = opencc.OpenCC("t2s"), opencc.OpenCC("s2t")


def _documents() -> list[tuple[str, str]]:
    docs = []
    for path in [SAMPLE, *TEXTS]:
        text = path.read_text(encoding="utf-8")
        docs.append((path.name, text))
        # the other script, and ASCII punctuation where the text has full-width
        other = S2T.convert(text) if T2S.convert(text) == text else T2S.convert(text)
        ascii_punct = other.translate(str.maketrans("，：；（）", ",:;()"))
        docs.append((f"{path.name} (other script, ASCII punctuation)", ascii_punct))
    return docs


DOCS = _documents()


def _stages(text: str):
    normalized = normalize(text, "t2s")
    as_of = infer_as_of(normalized.text)
    mentions, hits = extract_mentions(text, normalized, as_of)
    return normalized, as_of, mentions, hits


def test_block_class_is_jiebas() -> None:
    assert jieba.re_han_default.pattern == f"([{JIEBA_BLOCK}]+)"


@pytest.mark.skipif(bool(os.environ.get("ANALYZER_SEGMENTER")), reason="backend chosen by ANALYZER_SEGMENTER")
def _full_and_lazy(text: str, hits: list) -> tuple[TokenBoundaries, TokenBoundaries]:
    """Word boundaries of the whole text cut at once, and those cut lazily around short aliases."""
    protect = [(h.start, h.end) for h in hits]
    return TokenBoundaries(segment(text, protect=protect)), word_boundaries(text, protect)


def test_default_backend_is_rjieba() -> None:
    assert backend().name == "rjieba"


@pytest.mark.parametrize(("name", "text"), DOCS, ids=[d[0] for d in DOCS])
def test_boundaries_match_whole_text_segmentation_everywhere(name: str, text: str) -> None:
    normalized, _, _, hits = _stages(text)
    full, lazy = _full_and_lazy(normalized.text, hits)
    n = len(normalized.text)
    assert [p for p in range(n + 1) if full.is_boundary(p)] == [p for p in range(n + 1) if lazy.is_boundary(p)]


@pytest.mark.parametrize(("name", "text"), DOCS, ids=[d[0] for d in DOCS])
def test_claims_identical_with_lazy_segmentation(name: str, text: str) -> None:
    normalized, as_of, mentions, hits = _stages(text)
    full, lazy = _full_and_lazy(normalized.text, hits)
    claims_full, _, other_full = assemble_claims(text, normalized, hits, mentions, as_of, full)
    claims_lazy, _, other_lazy = assemble_claims(text, normalized, hits, mentions, as_of, lazy)
    assert claims_full  # every text here states figures
    assert [c.model_dump() for c in claims_lazy] == [c.model_dump() for c in claims_full]
    assert [u.model_dump() for u in other_lazy] == [u.model_dump() for u in other_full]
    # and it segmented only a small part of the text (the blocks around short aliases)
    assert lazy.n_cut_chars < len(normalized.text) / 2


def test_no_short_alias_means_no_segmentation() -> None:
    text = "恒生科技指数2024年上涨18.7%。"
    normalized, as_of, mentions, hits = _stages(text)
    lazy = word_boundaries(normalized.text, [(h.start, h.end) for h in hits])
    assemble_claims(text, normalized, hits, mentions, as_of, lazy)
    assert lazy.n_cut_chars == 0


# with characters at the edges of the backends' block classes (CJK extension A, U+9FD6.., compatibility, ext B)
_ALPHABET = st.sampled_from(
    [*"南向资金美团队恒科指数腾讯净流入上涨了港元QwQ-32B M1.%，。\r\n 㐀鿖豈\U00020000", "\r\n"]
)


@settings(max_examples=150, deadline=None)
@given(st.lists(_ALPHABET, max_size=40), st.lists(st.tuples(st.integers(0, 60), st.integers(1, 6)), max_size=4))
def test_boundaries_match_on_arbitrary_text(pieces: list[str], spans: list[tuple[int, int]]) -> None:
    text = "".join(pieces)
    protect = sorted((s, min(s + w, len(text))) for s, w in spans if s < len(text))
    full = TokenBoundaries(segment(text, protect=protect))
    lazy = word_boundaries(text, protect)
    n = len(text)
    assert [p for p in range(n + 1) if full.is_boundary(p)] == [p for p in range(n + 1) if lazy.is_boundary(p)]


@pytest.mark.issue(15)
def test_a_huge_run_is_cut_in_windows_with_the_same_words() -> None:
    from analyzer.segment.lazy import MAX_BLOCK

    text = "南向资金美团" * 15_000  # 90,000 characters with no break: not prose
    full = TokenBoundaries(segment(text, protect=[]))
    lazy = word_boundaries(text, [])
    middle = len(text) // 2 + 7
    window = range(middle - 3_000, middle + 3_000)
    assert [p for p in window if lazy.is_boundary(p)] == [p for p in window if full.is_boundary(p)]
    assert 0 < lazy.n_cut_chars <= 2 * MAX_BLOCK  # only windows around what was asked, not the whole run


@pytest.mark.issue(15)
def test_runs_longer_than_the_piece_limit_match_whole_text_segmentation() -> None:
    text = "前言，" + "南向资金净流入美团" * 40 + "。恒科" + "龘" * 450 + "南向，完"
    full = TokenBoundaries(segment(text, protect=[]))
    lazy = word_boundaries(text, [])
    assert [p for p in range(len(text) + 1) if lazy.is_boundary(p)] == [
        p for p in range(len(text) + 1) if full.is_boundary(p)
    ]
