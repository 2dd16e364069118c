"""Shortcuts of the engine (issue 25, sixth stop) give what the slower reading they replace gives."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.claims import clause_words
from analyzer.claims.subject import _NAME_RUN_TO_END, _name_run_start
from analyzer.extract import series

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
