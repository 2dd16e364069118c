"""A pattern behind the look-ahead of its first characters matches exactly what it matches alone."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.claims.sentences import CLAUSE_END, SENTENCE_END
from analyzer.claims.subject import _shapes
from analyzer.extract import base, series, timeexpr
from analyzer.extract.base import RECOGNIZERS, ExtractContext, PatternRecognizer, _matches, compiled_patterns
from analyzer.normalize import invisible, width
from analyzer.regexguard import (
    class_first,
    compile_guarded,
    first_char_class,
    guard_positions,
    matches_at,
    max_width,
    near_matches,
    opens_with_lookbehind,
    required_words,
    source_of,
)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("abc", "[a]"),
        ("(?:中国|美国)?收益率", "[中收美]"),
        (r"[。!?;]+|\n+", "[!;\\\n\\?。]"),
        (r"(?<![\d.])(?P<n>\d+)%", r"[\d]"),
        (r"(?=[12])\d", r"[\d]"),  # a look-ahead is skipped: the class is wider, never narrower
        (r"(?:\d+|[一二])?年", r"[\d一二年]"),
        ("x*", None),  # may match the empty string
        ("[^a]b", None),  # a negated class
        (".b", None),
        ("(?i)ab", None),
        (r"(a)\1", "[a]"),
    ],
)
def test_first_char_class(pattern: str, expected: str | None) -> None:
    assert first_char_class(pattern) == expected


def shipped_patterns() -> list[re.Pattern[str]]:
    """Every shipped pattern the guard could be put on: recognizers, sentence and clause ends, name shapes."""
    out = [SENTENCE_END, CLAUSE_END, _shapes().suffix_run]
    if _shapes().rates is not None:
        out.append(_shapes().rates)
    for name in RECOGNIZERS.names():
        if issubclass(RECOGNIZERS.get(name), PatternRecognizer):
            out.extend(p.regex for p in compiled_patterns(name))
    return out


PATTERNS = shipped_patterns()
# characters of the shipped patterns and of financial prose, so the texts hit and nearly hit them
ALPHABET = "0123456789.,%-+ \n。!?;:年月日亿万元港美股基金债收益率国中个百分点倍涨跌ETF类A()"


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(range(len(PATTERNS))), st.text(alphabet=ALPHABET, max_size=60))
def test_guarded_pattern_finds_the_same_matches(which: int, text: str) -> None:
    regex = PATTERNS[which]
    guarded = compile_guarded(regex.pattern, regex.flags)
    assert [(m.span(), m.groupdict()) for m in guarded.finditer(text)] == [
        (m.span(), m.groupdict()) for m in regex.finditer(text)
    ]


def test_every_shipped_pattern_on_the_sample(sample_text: str) -> None:
    for regex in PATTERNS:
        guarded = compile_guarded(regex.pattern, regex.flags)
        assert [m.span() for m in guarded.finditer(sample_text)] == [m.span() for m in regex.finditer(sample_text)]


@pytest.fixture(scope="module")
def monkeypatch_density():
    """Anchored scanning even on texts dense with digits (it otherwise falls back to finditer there)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(base, "_MAX_ANCHOR_DENSITY", 1.0)
        yield


GUARDED = [
    (name, p)
    for name in RECOGNIZERS.names()
    if issubclass(RECOGNIZERS.get(name), PatternRecognizer)
    for p in compiled_patterns(name)
    if p.anchor is not None
]


def test_the_number_patterns_are_anchored() -> None:
    # the figure patterns that open with {left_guard}: if none were found, the fast path would be dead code
    assert len(GUARDED) >= 15


@settings(max_examples=300, deadline=None)
@given(st.sampled_from(range(len(GUARDED))), st.text(alphabet=ALPHABET, max_size=80))
def test_anchored_scan_finds_what_finditer_finds(monkeypatch_density, which: int, text: str) -> None:
    _, pattern = GUARDED[which]
    ctx = ExtractContext(text, None)
    assert [m.span() for m in _matches(pattern, ctx)] == [m.span() for m in pattern.regex.finditer(text)]


def test_anchored_scan_on_the_sample(sample_text: str) -> None:
    ctx = ExtractContext(sample_text, None)
    for _, pattern in GUARDED:
        assert [m.span() for m in _matches(pattern, ctx)] == [m.span() for m in pattern.regex.finditer(sample_text)]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("(?:中国|美国)?(?:国债|美债)(?:到期)?收益率", ("收益率",)),
        ("(?:HIBOR|LPR)|(?:国债)?收益率", ("HIBOR", "LPR", "收益率")),
        (r"a(?:bc|de)?f", ("a",)),  # either literal is needed; the first of equal length is kept
        (r"\d+(?:亿|万)元", ("元",)),
        (r"(?:ab|c)+d", ("d",)),
        (r"(?:ab|cd){2}", ("ab", "cd")),
        (r"(?<=基金)\(\d{6}\)", ("(",)),  # a look-behind's words are outside the match
        (r"\d+%", ("%",)),
        (r"[ab]c?", None),  # no literal every match holds
        ("x|y", None),  # a class of single characters
        ("(?i)abc", None),
    ],
)
def test_required_words(pattern: str, expected: tuple[str, ...] | None) -> None:
    assert required_words(pattern) == expected


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(range(len(PATTERNS))), st.text(alphabet=ALPHABET, max_size=60))
def test_every_match_holds_a_required_word(which: int, text: str) -> None:
    regex = PATTERNS[which]
    words = required_words(regex.pattern, regex.flags)
    if words is None:
        return
    for match in regex.finditer(text):
        assert any(w in match.group() for w in words)
    if not any(w in text for w in words):
        assert regex.search(text) is None


def test_the_rate_names_have_required_words() -> None:
    # the gate of _with_rates: without words, every text would be scanned in full again
    assert _shapes().rates is not None and required_words(_shapes().rates.pattern)


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?<![A-Za-z])[A-Z]类", True),
        (r"(?:(?<=ETF)|(?<=基金))[(（]\d{6}", True),
        (r"(?:增长|上升)\d+倍", False),  # a literal start: the engine skips through it without a guard
        (r"(?=[12])(?<!\d)\d", False),  # already guarded by a look-ahead
        (r"(?:(?<=a)|b)c", False),  # one way in is a literal
        (r"\d+%", False),
    ],
)
def test_opens_with_lookbehind(pattern: str, expected: bool) -> None:
    assert opens_with_lookbehind(pattern) is expected


NEAR = [
    (name, p)
    for name in RECOGNIZERS.names()
    if issubclass(RECOGNIZERS.get(name), PatternRecognizer)
    for p in compiled_patterns(name)
    if p.near is not None
]
# the words the bounded patterns are tried near, and characters of their matches
NEAR_ALPHABET = ALPHABET + "成风险代码翻番千十级R中高低类"


@pytest.fixture(scope="module")
def near_always():
    """Tried near their words even where the words are dense (it otherwise falls back to finditer there)."""
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(base, "_MAX_NEAR_DENSITY", 1e9)
        yield


def test_some_bounded_patterns_are_tried_near_their_words() -> None:
    # if none were, the near path would be dead code
    assert len(NEAR) >= 5


@settings(max_examples=400, deadline=None)
@given(st.sampled_from(range(len(NEAR))), st.text(alphabet=NEAR_ALPHABET, max_size=80))
def test_near_scan_finds_what_finditer_finds(near_always, which: int, text: str) -> None:
    _, pattern = NEAR[which]
    ctx = ExtractContext(text, None)
    assert [m.span() for m in _matches(pattern, ctx)] == [m.span() for m in pattern.regex.finditer(text)]


def test_near_scan_on_the_sample(near_always, sample_text: str) -> None:
    ctx = ExtractContext(sample_text, None)
    for _, pattern in NEAR:
        assert [m.span() for m in _matches(pattern, ctx)] == [m.span() for m in pattern.regex.finditer(sample_text)]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("abc", 3),
        (r"(?<=基金)\(\d{6}\)", 8),  # a look-behind spans nothing
        (r"[一二三]成(?:[一二三]|半)?", 3),
        (r"\d+%", None),
        (r"a\s*b", None),
    ],
)
def test_max_width(pattern: str, expected: int | None) -> None:
    assert max_width(pattern) == expected


@pytest.mark.parametrize(("text", "word"), [("啊啊啊", "啊啊"), ("风险风险险", "风险"), ("abab", "aba"), ("", "x")])
def test_places_of_a_word(text: str, word: str) -> None:
    # every place, those overlapping each other too
    assert ExtractContext(text, None).places(word) == [i for i in range(len(text)) if text.startswith(word, i)]


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="12ab啊", max_size=30))
def test_near_scan_at_the_widest_match(near_always, text: str) -> None:
    # a pattern whose matches reach their widest with the word at the end (123ab, 啊啊啊): the start
    # furthest before a word is tried too, and a word overlapping itself (啊啊) at each of its places
    _, shipped = NEAR[0]
    for regex, near in ((r"\d{0,3}ab", (("ab",), 5)), (r"1?啊啊2?", (("啊啊",), 4))):
        pattern = replace(shipped, regex=re.compile(regex), near=(near[0], max_width(regex) or 0))
        assert max_width(regex) == near[1]
        found = [m.span() for m in _matches(pattern, ExtractContext(text, None))]
        assert found == [m.span() for m in pattern.regex.finditer(text)]


def _unguarded(regex: re.Pattern[str]) -> re.Pattern[str]:
    """The pattern ``compile_guarded`` was given (it is compiled guarded, or with its look-behinds moved)."""
    assert source_of(regex) != regex.pattern, regex.pattern
    return re.compile(source_of(regex), regex.flags)


GUARDED_AT_IMPORT = [
    invisible._INSIDE,
    width._NUMBER_PUNCT,
    series._SERIES,
    series._SCALED_SERIES,
    _shapes().listing_mark,
    series._JOINED,
    timeexpr._engine().fy_statement,
]


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(range(len(GUARDED_AT_IMPORT))),
    st.text(alphabet=ALPHABET + "，．\u200b\u00ad\u2060/／、-PWBSR财会计截止为", max_size=60),
)
def test_patterns_guarded_at_import_match_as_unguarded(which: int, text: str) -> None:
    # the normalizer's broken-number and number-punctuation patterns and the figure series open with a
    # look-behind and are compiled guarded: the same matches as without the guard
    regex = GUARDED_AT_IMPORT[which]
    assert [(m.span(), m.groupdict()) for m in regex.finditer(text)] == [
        (m.span(), m.groupdict()) for m in _unguarded(regex).finditer(text)
    ]


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        ("(?:0?9|1[0-2])[点时](?:半|许)", ("时", "点")),  # the class, not the digits every figure holds
        ("[点时]|午后", ("午后", "时", "点")),  # one of the words of each branch
        ("[^点]时", ("时",)),  # a negated class is no set of words
        ("a[0-9]", ("a",)),  # a range is no set of words
    ],
)
def test_required_words_with_classes(pattern: str, expected: tuple[str, ...] | None) -> None:
    assert required_words(pattern, classes=True) == expected


def _qualifier_patterns() -> list[str]:
    from analyzer.claims.vocabulary import metric_vocabulary

    return [q.pattern for q in metric_vocabulary().qualifiers.values() if q.pattern]


def _session_time_pattern() -> str:
    from analyzer.claims.vocabulary import metric_vocabulary

    pattern = metric_vocabulary().qualifiers["session_time"].pattern
    assert pattern is not None
    return pattern


@settings(max_examples=300, deadline=None)
@given(
    st.sampled_from(range(len(_qualifier_patterns()))),
    st.text(alphabet="0123456789一二三九十点时分半许午后下早盘恒指跌,。日内瓦个易", max_size=80),
)
def test_qualifiers_near_their_words_match_as_finditer(which: int, text: str) -> None:
    # the qualifiers with a pattern (上午10点30分, 午后2点, 14点半; 日内) are tried only near their words, with the
    # same matches as trying them at every character
    from analyzer.claims.metric import _qualifier_regex

    regex, words, width = _qualifier_regex(_qualifier_patterns()[which])
    assert words is not None and width is not None  # without them the near scan is not used
    for padded in (text, "上午10点30分恒指" + text + "午后2点,14点半"):
        expected = [m.span() for m in regex.finditer(padded)]
        assert [m.span() for m in near_matches(regex, padded, words, width)] == expected


def test_near_matches_finds_session_times_in_dense_and_sparse_text() -> None:
    from analyzer.claims.metric import _qualifier_regex

    regex, words, width = _qualifier_regex(_session_time_pattern())  # the clock times of a session
    assert words is not None and width is not None
    sparse = "恒指收报19850点。" * 40 + "上午10点30分恒指一度跌300点。" + "国企指数跌1%。" * 200
    dense = "10点30分,11点半,午后2点。" * 20  # over the density limit: finditer itself
    for text in (sparse, dense):
        found = [text[m.start() : m.end()] for m in near_matches(regex, text, words, width)]
        assert found == [m.group() for m in regex.finditer(text)]
        assert "10点30分" in found


def _shipped_guards() -> list[str]:
    recognizers = [n for n in RECOGNIZERS.names() if issubclass(RECOGNIZERS.get(n), PatternRecognizer)]
    return sorted({p.anchor for n in recognizers for p in compiled_patterns(n) if p.anchor})


@settings(max_examples=400, deadline=None)
@given(
    st.sampled_from(_shipped_guards()),
    st.text(alphabet=ALPHABET + "负正零一二两三四五六七八九十百/_#é\u0301", max_size=60),
)
def test_guard_positions_are_where_the_guard_holds(guard: str, text: str) -> None:
    # the figure guards are found as their leading class followed by the guard one character back
    assert guard_positions(guard, text) == [m.start() for m in re.finditer(guard, text)]


def test_guard_positions_of_other_guards() -> None:
    for guard, text in (("(?=[ab])(?<!c)", "abcab\nca"), ("(?<!x)", "xyx"), ("(?=a)(?=ab)", "aabab")):
        assert guard_positions(guard, text) == [m.start() for m in re.finditer(guard, text)]
    assert len(_shipped_guards()) >= 2


FIGURE_ALPHABET = "0123456789.,+-负正 %~～—至到万亿元美港人民币倍xX个百分点基bp第\n。"


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(range(len(GUARDED))), st.text(alphabet=FIGURE_ALPHABET, max_size=60))
def test_starts_before_what_follows_the_number_find_what_finditer_finds(
    monkeypatch_density, which: int, text: str
) -> None:
    # a figure pattern is tried only at the starts whose run of number characters is followed by what
    # the rest of the pattern can start with (ranges, currencies, 倍 …): the same matches
    _, pattern = GUARDED[which]
    assert [m.span() for m in _matches(pattern, ExtractContext(text, None))] == [
        m.span() for m in pattern.regex.finditer(text)
    ]


def test_starts_before_what_follows_the_number_skip_most_starts(sample_text: str) -> None:
    ctx = ExtractContext(sample_text, None)
    filtered = [p for _, p in GUARDED if p.after_number is not None]
    assert len(filtered) >= 10
    kept = sum(len(ctx.starts_before(p.anchor, p.after_number)) for p in filtered)  # type: ignore[arg-type]
    assert kept < 0.5 * sum(len(ctx.guard_positions(p.anchor)) for p in filtered)  # type: ignore[arg-type]


def test_a_number_may_end_inside_its_run(monkeypatch_density) -> None:
    # when what follows the number may start with a character runs hold (a comma), the number may end
    # inside its run (1 of 「1,x」): every start is tried
    _, shipped = next(g for g in GUARDED if g[1].after_number is not None)
    expanded = base.quantity_vocabulary().expand("{left_guard}(?P<num>{number}),x")
    pattern = replace(shipped, regex=re.compile(expanded), after_number=re.compile("[,]"))
    for text in ("1,x", "价格1,x元", "12,345,x"):
        found = [m.span() for m in _matches(pattern, ExtractContext(text, None))]
        assert found == [m.span() for m in pattern.regex.finditer(text)] != []


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"(?<=\d)[，．](?=\d)", r"[，．](?<=(?:\d)[\s\S])(?=\d)"),
        (r"(?<!x)(?<=ab)c+d", r"c(?<!(?:x)[\s\S])(?<=(?:ab)[\s\S])c*d"),  # X+ is X, the look-behinds, X*
        (r"(?:(?<=甲乙)|(?<=丙))[(（]\d", r"[(（](?:(?<=(?:甲乙)[\s\S])|(?<=(?:丙)[\s\S]))\d"),
        (r"(?<![a-z])(?P<k>Q[1-3])", r"(?P<k>Q(?<!(?:[a-z])[\s\S])[1-3])"),  # into the group: its first item
        (r"(?<=a|b)x+?y", r"x(?<=(?:a|b)[\s\S])x*?y"),  # an alternation inside a look-behind stays inside
        (r"(?<=a)x*", None),  # the first character may be absent
        (r"(?<=a)(?=b)b", None),  # a look-ahead first: it cannot be moved
        (r"(?<=(a))b", None),  # a group inside the look-behind: its number would move
        (r"(?:(?<=a)|b)c", None),  # one way in is a literal
        (r"(?<=a)\nb", None),  # an escape of a letter is not taken apart
        ("abc", None),  # no look-behind: nothing to move
    ],
)
def test_class_first(pattern: str, expected: str | None) -> None:
    assert class_first(pattern) == expected


# look-behind-led patterns written for this test (each shape class_first moves), and their characters
LOOKBEHIND_LED = [
    r"(?<=\d)[，．](?=\d)",
    r"(?<![a-z\d])[A-Z]类(?:份额)?",
    r"(?:(?<=甲乙)|(?<=丙))[(（](?P<code>\d{2})[)）]",
    r"(?<![a-z])(?P<k>Q[1-3])\s?级?",
    r"(?<=[^\x00-\x7f]) +(?=[a-z0-9])",
    r"(?<!甲)(?<=\d)a+?b",
    r"(?<=^)x\d",
]
LOOKBEHIND_ALPHABET = "0123456789，．,. \naAbQxz类份额甲乙丙()（）级1"


@settings(max_examples=500, deadline=None)
@given(st.sampled_from(range(len(LOOKBEHIND_LED))), st.text(alphabet=LOOKBEHIND_ALPHABET, max_size=40), st.data())
def test_class_first_matches_as_the_pattern_it_moves(which: int, text: str, data: st.DataObject) -> None:
    # the same matches by finditer, and by match and search from any place (the recognizers try
    # patterns at chosen starts; a look-behind may look before the place a search starts from)
    source = LOOKBEHIND_LED[which]
    moved = class_first(source, re.MULTILINE)
    assert moved is not None
    original, rewritten = re.compile(source, re.MULTILINE), re.compile(moved, re.MULTILINE)
    assert [(m.span(), m.groups()) for m in rewritten.finditer(text)] == [
        (m.span(), m.groups()) for m in original.finditer(text)
    ]
    pos = data.draw(st.integers(0, len(text)))
    for method in ("match", "search"):
        got, want = getattr(rewritten, method)(text, pos), getattr(original, method)(text, pos)
        assert (got and (got.span(), got.groups())) == (want and (want.span(), want.groups()))


def test_compile_guarded_skips_through_in_c() -> None:
    # what compile_guarded builds opens with a character (re skips to it in C) wherever it can, and
    # remembers what it was given
    assert compile_guarded(r"(?<=\d)[，．](?=\d)").pattern.startswith("[，．]")
    assert compile_guarded(r"[ab]c+").pattern == r"[ab]c+"  # a class first: no guard
    assert compile_guarded("甲乙|丙丁").pattern == "甲乙|丙丁"  # words: re skips to their first characters
    assert compile_guarded("(?i)ab|c").pattern == "(?i)ab|c"  # ignoring case: no class to tell
    assert compile_guarded(r"(?:中国|美国)?收益率").pattern.startswith("(?=[")  # else the look-ahead guard
    moved = compile_guarded(r"(?<=x)yz")
    assert source_of(moved) == r"(?<=x)yz" and source_of(re.compile("q")) == "q"


@given(
    st.sampled_from([r"[ab]+c?", r"\d+(?:[.,]\d+)*%?", r"涨\d+|\d+点"]),
    st.text(alphabet="abc12.,%涨点", max_size=40),
    st.data(),
)
def test_matches_at_keeps_what_a_left_to_right_reading_keeps(pattern: str, text: str, data: st.DataObject) -> None:
    """``matches_at`` (every start tried in C, a match starting inside a kept one dropped) yields what
    trying the starts one by one, skipping those inside a match kept, yields; with every start, what
    ``finditer`` yields."""
    regex = re.compile(pattern)
    starts = sorted(data.draw(st.sets(st.integers(0, len(text)))))
    expected, resume = [], 0
    for start in starts:
        found = regex.match(text, start) if start >= resume else None
        if found is not None:
            expected.append(found.span())
            resume = found.end()
    assert [m.span() for m in matches_at(regex, text, starts)] == expected
    assert [m.span() for m in matches_at(regex, text, range(len(text) + 1))] == [
        m.span() for m in regex.finditer(text)
    ]
