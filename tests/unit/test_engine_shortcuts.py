"""Shortcuts of the engine (issue 25, sixth stop) give what the slower reading they replace gives."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.claims import clause_words, period, sentences, source_note
from analyzer.claims.subject import _NAME_RUN_TO_END, _name_run_start
from analyzer.extract import series
from analyzer.extract.base import Hit
from analyzer.structure import lines as structure_lines
from analyzer.types import MentionKind

SERIES_ALPHABET = "0123456789.+-/／、:a元亿億万萬，,% "


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=SERIES_ALPHABET, max_size=40))
def test_series_patterns_match_only_where_their_joined_figures_stand(text: str) -> None:
    # spread_series and scaled_series skip their pattern when the text lacks what every match holds
    if series._SERIES.search(text):
        assert series._JOINED.search(text)
    if series._SCALED_SERIES.search(text):
        assert series._SCALED_JOINED.search(text)


def test_series_patterns_found_in_a_series() -> None:
    # the presence checks do not skip a real series (either joiner, either script of the magnitude)
    for text in ("分别为3.5/4.1/5.0%", "1、2、3倍", "增速-2.1／+3.4%"):
        assert series._SERIES.search(text), text
        assert series._JOINED.search(text), text
        assert not series._SCALED_JOINED.search(text), text
    for text in ("营收165.6亿、199.2亿、239.2亿元", "净利4.62億/2.11億元", "3万／4万元"):
        assert series._SCALED_SERIES.search(text), text
        assert series._SCALED_JOINED.search(text), text


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="中国科技A9&,，。 \n-_é", max_size=40), st.data())
def test_name_run_start_is_the_search_it_replaces(text: str, data: st.DataObject) -> None:
    lo = data.draw(st.integers(0, len(text)))
    hi = data.draw(st.integers(lo, len(text)))
    if hi > lo:
        found = _NAME_RUN_TO_END.search(text, lo, hi)
        assert found is not None
        assert _name_run_start(text, lo, hi) == found.start()


def _probed(words: str) -> str | None:
    """The longest predicate word ``words`` start with, by a probe per length (the reading replaced)."""
    table, lengths = clause_words._never_names()
    return next((words[:n] for n in lengths if len(words) >= n and words[:n] in table), None)


def _predicate_texts() -> st.SearchStrategy[str]:
    table, _ = clause_words._never_names()
    words = sorted(table)
    letters = "".join(sorted(set("".join(words)))) + "某科技指数"
    return st.one_of(
        st.builds(lambda w, tail, cut: (w + tail)[cut:], st.sampled_from(words), st.text(letters, max_size=4),
                  st.integers(0, 2)),
        st.text(letters, max_size=6),
    )


@settings(max_examples=500, deadline=None)
@given(_predicate_texts())
def test_starts_with_predicate_is_the_longest_word(words: str) -> None:
    assert clause_words.starts_with_predicate(words) == _probed(words)


def test_starts_with_predicate_takes_the_longer_word() -> None:
    table, _ = clause_words._never_names()
    # a word of the table that another, longer one begins with: the longer is read
    pairs = [(a, b) for a in table for b in table if len(b) > len(a) and b.startswith(a)]
    assert pairs, "the vocabulary has nested predicates"
    short, long = min(pairs, key=lambda p: (len(p[1]), p))
    assert clause_words.starts_with_predicate(long + "19850点") == long
    assert clause_words.starts_with_predicate(short + "19850点") == _probed(short + "19850点")


def _required_sets() -> list[tuple[str, ...]]:
    from analyzer.extract.vocabulary import quantity_vocabulary

    return sorted({s.requires for specs in quantity_vocabulary().recognizers.values() for s in specs if s.requires})


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(_required_sets()),
    st.text(alphabet="百分点比基子bpBPtcmx×X倍%成角折翻千万港美仙之厘 1", max_size=40),
)
def test_holds_any_is_word_in_text(words: tuple[str, ...], text: str) -> None:
    # a pattern's required words are found for every pattern in one pass (ExtractContext.holds_any):
    # the same answer as searching the text for each word, a word outside the shipped ones included
    from analyzer.extract.base import ExtractContext

    for asked in (words, (*words, "未列之词")):
        assert ExtractContext(text, None).holds_any(asked) == any(word in text for word in asked)
        assert ExtractContext(text + "未列之词", None).holds_any(asked) == any(
            word in text + "未列之词" for word in asked
        )


#: the sentence and clause ends as alternations, the way they were written before they opened with a class
_SENTENCE_END_ALTERNATION = re.compile("[" + re.escape(sentences._FOLDED_ENDS) + "]+|\n+")
_CLAUSE_END_ALTERNATION = re.compile(
    r"[。!?;]+|\n+|[,:](?!\d)|(?<!\d)[,:]|(?<=[^\x00-\x24\x26-\x7f]) +(?=[^\x00-\x7f])"
)
ENDS_ALPHABET = "。!?;\n,: 1a%$&.…某涨" + sentences._FOLDED_ENDS


@settings(max_examples=600, deadline=None)
@given(st.text(alphabet=ENDS_ALPHABET, max_size=40))
def test_sentence_and_clause_ends_are_the_alternations_they_replace(text: str) -> None:
    for regex, alternation in (
        (sentences.SENTENCE_END, _SENTENCE_END_ALTERNATION),
        (sentences.CLAUSE_END, _CLAUSE_END_ALTERNATION),
    ):
        assert [m.span() for m in regex.finditer(text)] == [m.span() for m in alternation.finditer(text)]


def test_sentence_and_clause_ends_in_prose() -> None:
    text = "某指数收涨1.5%,成交3,200亿元;某股跌2%!\n\n新段落:某某 科技跌1%。。某某"
    assert [m.group() for m in sentences.SENTENCE_END.finditer(text)] == [";", "!", "\n\n", "。。"]
    assert [m.group() for m in sentences.CLAUSE_END.finditer(text)] == [",", ";", "!", "\n\n", ":", " ", "。。"]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="2024年今首前一二两十0123456789个個月份,。", max_size=40))
def test_first_months_near_their_words_are_what_finditer_finds(text: str) -> None:
    # 首两个月 is tried only near the words each of its matches holds: the same hits as a scan of the text
    as_of = dt.date(2025, 6, 30)
    near = period.local_period_hits(text, as_of)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(period, "near_matches", lambda regex, text, words, width: regex.finditer(text))
        assert near == period.local_period_hits(text, as_of)


def test_first_months_found_in_prose() -> None:
    hits = period.local_period_hits("某市今年首两个月出口增长3%,前10个月增长5%。", dt.date(2025, 11, 30))
    assert [(h.pattern, h.fields["end_date"]) for h in hits] == [
        ("first-months", dt.date(2025, 2, 28)),
        ("first-months", dt.date(2025, 10, 31)),
    ]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet="0123456789+-/／、,a元。中%", max_size=30))
def test_the_series_gate_reads_from_the_joiner(text: str) -> None:
    # the series gate looks back at the digit before the joiner instead of matching it first
    assert (series._JOINED.search(text) is None) == (re.search(r"\d[/／、][+-]?\d", text) is None)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.text(alphabet="新华社5月14日电,:()（） \t|甲乙2024年。-=*图表1", max_size=24), max_size=6))
def test_lines_without_the_words_of_a_shape_are_read_as_when_the_pattern_is_run(lines: list[str]) -> None:
    # a line holding no word every wire dateline (日) or table row (a tab, |) holds is not matched against
    # their patterns: the same shapes and dateline ends as running them on every line
    text = "\n".join(lines)
    days = [Hit(m.start(), m.end(), MentionKind.DATE, "test", "day", 1.0, {}) for m in re.finditer(r"\d+月\d+日", text)]
    patterns = structure_lines._patterns()
    found = structure_lines.classify_lines(text, days)
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(patterns, "wire_words", ("",))
        mp.setattr(patterns, "table_row_words", ("",))
        assert found == structure_lines.classify_lines(text, days)


def test_a_wire_dateline_and_a_table_row_are_still_read() -> None:
    text = "新华社5月14日电,甲乙涨1%。\n|甲|乙|丙|"
    days = [Hit(3, 8, MentionKind.DATE, "test", "day", 1.0, {})]
    first, second = structure_lines.classify_lines(text, days)
    assert first.wire_end == 10 and second.shape == structure_lines.Shape.TABLE_ROW


def _notes_as_one_pattern(text: str) -> list[tuple[tuple[int, int], str]]:
    """The notes as the single pattern of both ways found them (the reading replaced)."""
    markers = source_note._markers()
    regex = re.compile(
        rf"[(](?P<inner>[^()\n]*?(?:{markers})[:][^()\n]*)[)]|^(?P<line>[ \t]*(?:以上)?(?:{markers})[:][^\n]*)",
        re.MULTILINE,
    )
    return [(m.span(), "inner" if m.group("inner") is not None else "line") for m in regex.finditer(text)]


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="()\n \t以上数据来源:甲乙,。;", max_size=50))
def test_notes_scanned_apart_are_the_one_pattern(text: str) -> None:
    # bracketed notes and notes that start a line, scanned apart and merged: the same matches and ways
    assert [(m.span(), group) for m, group in source_note._note_matches(text)] == _notes_as_one_pattern(text)


def test_notes_of_both_ways_in_prose() -> None:
    text = "某指数涨1%(数据来源:甲乙)。\n数据来源:丙丁\n (以上数据来源:戊)"
    assert [group for _, group in source_note._note_matches(text)] == ["inner", "line", "inner"]
    # a bracketed note inside a line that is a note is part of that line's note, as one scan reads it
    nested = "数据来源:甲(数据来源:乙)"
    assert [(m.span(), group) for m, group in source_note._note_matches(nested)] == _notes_as_one_pattern(nested)
    assert len(_notes_as_one_pattern(nested)) == 1
