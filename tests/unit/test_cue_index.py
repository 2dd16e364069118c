"""The cue index finds what a regex alternation of the same words finds (longest first, leftmost,
not overlapping): Aho-Corasick is only a faster way to the same spans."""

from __future__ import annotations

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.claims.cues import CueIndex, cue_indexes
from analyzer.normalize.convert import both_scripts


def alternation_spans(words: list[str], text: str) -> list[tuple[int, int, str]]:
    forms = sorted(both_scripts(words), key=len, reverse=True)
    regex = re.compile("|".join(map(re.escape, forms)))
    return [(m.start(), m.end(), m.group()) for m in regex.finditer(text)]


def index_spans(words: list[str], text: str) -> list[tuple[int, int, str]]:
    return [(h.start, h.end, h.word) for h in CueIndex(text, words).hits]


# a small alphabet makes words overlap, nest and share prefixes and suffixes all the time
letters = st.text(alphabet="涨跌幅升回落", min_size=1, max_size=4)


@settings(max_examples=400, deadline=None)
@given(st.lists(letters, min_size=1, max_size=8, unique=True), st.text(alphabet="涨跌幅升回落，5%", max_size=40))
def test_same_spans_as_a_longest_first_alternation(words: list[str], text: str) -> None:
    assert index_spans(words, text) == alternation_spans(words, text)


@settings(max_examples=200, deadline=None)
@given(
    st.lists(st.lists(letters, min_size=1, max_size=6, unique=True), min_size=1, max_size=4),
    st.text(alphabet="涨跌幅升回落，5%", max_size=40),
)
def test_lists_found_together_as_each_alone(lists: list[list[str]], text: str) -> None:
    # one pass over every list's words (overlapping matches, shared words) gives each list its own spans
    found = [[(h.start, h.end, h.word) for h in index.hits] for index in cue_indexes(text, lists)]
    assert found == [alternation_spans(words, text) for words in lists]


@pytest.mark.parametrize(
    ("words", "text", "expected"),
    [
        # a short word inside a longer one that fails to complete is still found
        (["c", "aca"], "ac", [(1, 2, "c")]),
        # leftmost wins over longer-but-later; longest wins at the same start
        (["b", "cd", "abcdef"], "abcdef", [(0, 6, "abcdef")]),
        (["涨", "涨幅", "上涨"], "上涨幅度", [(0, 2, "上涨")]),
        # a Traditional form is found as its word
        (["净流入"], "淨流入12億", [(0, 3, "淨流入")]),
    ],
)
def test_leftmost_longest_cases(words: list[str], text: str, expected: list[tuple[int, int, str]]) -> None:
    assert index_spans(words, text) == expected


@settings(max_examples=300, deadline=None)
@given(
    st.lists(letters, min_size=1, max_size=6, unique=True),
    st.text(alphabet="涨跌幅升回落，5%", max_size=40),
    st.integers(min_value=0, max_value=42),
    st.integers(min_value=0, max_value=42),
)
def test_range_lookups_are_the_filtered_cues(words: list[str], text: str, lo: int, hi: int) -> None:
    # within, spans_within and first_start answer by bisect and one comparison: the same as filtering
    # every cue for the ones lying inside [lo, hi)
    index = CueIndex(text, words)
    inside = [h for h in index.hits if lo <= h.start and h.end <= hi]
    assert index.within(lo, hi) == inside
    assert index.spans_within(lo, hi) == [(h.start, h.end) for h in inside]
    assert index.first_start(lo, hi) == (inside[0].start if inside else None)
