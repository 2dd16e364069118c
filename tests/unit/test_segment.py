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


def test_financial_dictionary_is_private(tmp_path: Path) -> None:
    """The user dictionary goes into a private jieba.Tokenizer; the global one stays untouched.

    The global jieba is initialised first (so it has a dictionary that a leak could change), then a
    pipeline is loaded with a user dictionary holding a made-up word; only the private tokenizer knows it."""
    word = "鑫垚淼犇"
    user_dict = tmp_path / "user.txt"
    user_dict.write_text(f"{word} 90000 nz\n", encoding="utf-8")
    jieba.dt.initialize()
    before = len(jieba.dt.FREQ)
    assert word not in jieba.dt.FREQ and word not in jieba.lcut(f"买入{word}股票", HMM=False)
    nlp = load_nlp(str(user_dict))
    assert nlp.lang == "zh"
    assert nlp.tokenizer._jieba is not jieba.dt
    assert word in nlp.tokenizer.words(f"买入{word}股票", [])
    assert word not in jieba.dt.FREQ and len(jieba.dt.FREQ) == before
    assert word not in jieba.lcut(f"买入{word}股票", HMM=False)


@pytest.mark.parametrize("n", [450, 4000])
def test_a_long_run_of_one_character_is_cut_for_jieba(n: int) -> None:
    """issue 15 #8: jieba's HMM is quadratic in a run of unknown characters; runs are cut at MAX_RUN."""
    from analyzer.segment import MAX_RUN, split_long_runs

    text = "前言，" + "龘" * n + "。恒生科技指数上涨"
    pieces = split_long_runs(text)
    assert "".join(pieces) == text and max(map(len, pieces)) <= MAX_RUN + 3
    words = load_nlp().tokenizer.words(text, [])
    assert "".join(words) == text and "恒生科技指数" in words


def test_cutting_long_runs_leaves_ordinary_text_alone() -> None:
    from analyzer.segment import split_long_runs

    text = "恒生科技指数近1年涨幅达77.84%，南向资金净流入。" * 50  # long, but every block is short
    assert split_long_runs(text) == [text]


def test_segmenting_a_long_run_is_linear() -> None:
    """Four times the run takes well under eight times the time (linear 4x, quadratic 16x): a twofold
    run against a 3x bar sat too close to linear for a loaded machine. Best of three, sizes in turn."""
    import time

    tokenizer = load_nlp().tokenizer

    def cpu(n: int) -> float:
        t0 = time.process_time()
        tokenizer.words("龘" * n, [])
        return time.process_time() - t0

    cpu(10_000)
    smalls, larges = [], []
    for _ in range(3):
        smalls.append(cpu(10_000))
        larges.append(cpu(40_000))
    assert min(larges) < 8 * min(smalls) + 0.05


def test_missing_user_dictionary_is_a_coded_error(tmp_path: Path) -> None:
    with pytest.raises(SegmentError, match="E302"):
        load_nlp(str(tmp_path / "nope.txt"))
