"""Normalize stage: the normalize.tsv table, width folding, and offsets back to the original."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from analyzer.errors import NormalizeError
from analyzer.normalize import normalize
from analyzer.normalize.offsets import OffsetMap, align
from analyzer.normalize.width import normalize_width

TABLE = Path(__file__).resolve().parents[1] / "golden" / "normalize.tsv"
ROWS = [line.split("\t") for line in TABLE.read_text(encoding="utf-8").splitlines() if not line.startswith("#")]


@pytest.mark.parametrize(("original", "expected", "conversion"), ROWS)
def test_normalize_table(original: str, expected: str, conversion: str) -> None:
    result = normalize(original, conversion)  # type: ignore[arg-type]
    assert result.text == expected
    # every normalized character maps back to a character of the original
    for i in range(len(result.text)):
        start, end = result.offsets.to_original(i), result.offsets.to_original_end(i + 1)
        assert 0 <= start < end <= len(original)


def test_width_folding_keeps_length_and_prose_commas() -> None:
    text = "３，０１８．１億，然後：１２％"
    folded = normalize_width(text)
    assert len(folded) == len(text)
    assert folded == "3,018.1億，然後：12%"  # the comma after 億 is prose and stays full-width


def test_unknown_conversion_is_a_coded_error() -> None:
    with pytest.raises(NormalizeError, match="E204"):
        normalize("文字", "s2t")  # type: ignore[arg-type]


def test_alignment_of_a_length_changing_line() -> None:
    original = "第一行不變\n乾隆皇帝abc\n測試"
    normalized = "第一行不变\n乾隆帝ab\n测试"
    offsets = align(original, normalized)
    assert not offsets.is_identity
    # "ab" in the normalized second line maps back to "ab" in the original
    n_at = normalized.index("ab")
    o_start, o_end = offsets.to_original(n_at), offsets.to_original_end(n_at + 2)
    assert original[o_start:o_end] == "ab"
    # the third line is untouched by the change on the second
    n_third = normalized.index("测试")
    assert original[offsets.to_original(n_third) : offsets.to_original_end(n_third + 2)] == "測試"


def test_line_count_change_fails_loudly() -> None:
    with pytest.raises(NormalizeError, match="E201"):
        align("一\n二", "一二三")


def test_out_of_range_offset_fails_loudly() -> None:
    with pytest.raises(NormalizeError, match="E202"):
        OffsetMap.identity(3).to_original(4)


@given(st.text(alphabet=st.sampled_from(list("恒生科技指數漲幅達％０１２３４５６７８９，．－\n abc")), max_size=200))
def test_normalization_round_trips_offsets(text: str) -> None:
    """For any text: same line structure, and every position maps inside the original."""
    result = normalize(text, "t2s")
    assert result.text.count("\n") == text.count("\n")
    for i in range(len(result.text) + 1):
        assert 0 <= result.offsets.to_original(i) <= len(text)
