"""Segment stage: the segment.tsv table (quantities stay whole) and the private jieba."""

from __future__ import annotations

from pathlib import Path

import jieba
import pytest

from analyzer import load
from analyzer.errors import SegmentError
from analyzer.segment import TokenBoundaries, segment
from analyzer.segment import load as load_nlp
from analyzer.types import DocumentResult

TABLE = Path(__file__).resolve().parents[1] / "golden" / "segment.tsv"
ROWS = [line.split("\t") for line in TABLE.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]


@pytest.mark.parametrize(("text", "tokens"), ROWS)
def test_segment_table(text: str, tokens: str) -> None:
    doc = load()(text)
    assert [t.text for t in doc] == tokens.split("|")
    assert doc.text == text


def test_sample_quantities_are_single_tokens(sample_result: DocumentResult) -> None:
    doc = load()(sample_result.simplified)
    token_spans = {(t.idx, t.idx + len(t.text)) for t in doc}
    numeric = [m for m in sample_result.mentions if m.kind.value in ("percent", "money", "multiple", "count")]
    assert numeric
    offsets = sample_result._offsets
    for m in numeric:
        # normalized and original offsets coincide on this sample (OpenCC t2s is 1:1 here)
        assert offsets.is_identity
        assert (m.span.start, m.span.end) in token_spans, m.text


def test_protected_spans_stay_whole_and_boundaries_align() -> None:
    text = "近1年,恒生科技指数累计涨幅达77.84%"
    spans = [(0, 3), (text.index("77.84%"), len(text))]
    doc = segment(text, protect=spans)
    assert doc[0].text == "近1年" and doc[-1].text == "77.84%"
    bounds = TokenBoundaries(doc)
    assert bounds.aligned(4, 10)  # 恒生科技指数
    assert not bounds.aligned(5, 7)  # 生科 sits inside a token


def test_financial_dictionary_is_private() -> None:
    """The user dictionary goes into a private jieba.Tokenizer; the global one stays untouched."""
    nlp = load()
    assert nlp.lang == "zh"
    assert nlp.tokenizer._jieba is not jieba.dt
    assert "恒生科技指数" not in jieba.dt.FREQ or jieba.dt.FREQ.get("恒生科技指数", 0) != 50000


def test_missing_user_dictionary_is_a_coded_error(tmp_path: Path) -> None:
    with pytest.raises(SegmentError, match="E302"):
        load_nlp(str(tmp_path / "nope.txt"))
