"""The passes over a document's names that look only at the names something touches (time words
before them, a fund's Latin suffix after them, the writer's country opening them, a statistic's
owner before it, a fund's full name they begin) give what reading every name gives: each pass
against a plain per-name reading, on random names and texts."""

from __future__ import annotations

from dataclasses import replace

from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.claims import named
from analyzer.claims.named import Named
from analyzer.claims.vocabulary import metric_vocabulary
from analyzer.normalize.convert import both_scripts

#: characters that make the passes' cases: a fund suffix, the country word, letters that run on
ALPHABET = "ETFLOS我国國市场基金甲乙丙1"


@st.composite
def names_in(draw: st.DrawFn, size: int) -> list[Named]:
    """Position-sorted names over a text of ``size`` characters, of every source and kind."""
    out = []
    for start in sorted(draw(st.sets(st.integers(0, max(0, size - 1)), max_size=8))):
        end = draw(st.integers(start + 1, size)) if start < size else start + 1
        source = draw(st.sampled_from(["surface", "registry", "master"]))
        ident = None if source == "surface" and draw(st.booleans()) else "X1"
        kind = draw(st.sampled_from(["company", "fund", "index", "macro"]))
        out.append(Named(start, end, ident, kind, None, source, cut_from_time=draw(st.booleans())))
    return out


def _time_words_read_one_by_one(names: list[Named], times: list[tuple[int, int]]) -> list[Named]:
    if not times:
        return names  # no time words: every name stands as it is
    out = []
    for n in names:
        i = next((k for k, (_, e) in enumerate(times) if e > n.start), len(times))
        cut = n.start
        inside = i < len(times) and times[i][0] < n.start
        while i < len(times) and times[i][0] <= cut and times[i][1] < n.end:
            cut = max(cut, times[i][1])
            i += 1
        cuttable = n.source == "surface" and n.id is None and n.end - cut >= 2 and (cut > n.start or n.cut_from_time)
        out.append(replace(n, start=cut, cut_from_time=inside and cut > n.start) if cuttable else n)
    return out


@settings(max_examples=300, deadline=None)
@given(st.data(), st.integers(1, 30))
def test_names_after_time_words(data: st.DataObject, size: int) -> None:
    names = data.draw(names_in(size))
    bounds = sorted(data.draw(st.sets(st.integers(0, size), max_size=8)))
    times = [(a, b) for a, b in zip(bounds[::2], bounds[1::2], strict=False) if a < b]
    assert named.after_time_words(names, times) == _time_words_read_one_by_one(names, times)


@settings(max_examples=300, deadline=None)
@given(st.data(), st.text(alphabet=ALPHABET, min_size=1, max_size=30))
def test_names_with_fund_suffixes(data: st.DataObject, text: str) -> None:
    names = data.draw(names_in(len(text)))
    suffixes = named._latin_fund_suffixes()
    starts = {n.start for n in names}
    expected = []
    for n in names:
        suffix = next((w for w in suffixes if text.startswith(w, n.end)), None) if n.kind != "fund" else None
        after = n.end + len(suffix) if suffix is not None else n.end
        following = text[after : after + 1]
        ends_here = suffix is None or after in starts or (following.isascii() and following.isalnum())
        expected.append(n if ends_here else Named(n.start, after, None, "fund", None, "surface"))
    assert named.with_fund_suffixes(text, names) == expected


@settings(max_examples=300, deadline=None)
@given(st.data(), st.text(alphabet=ALPHABET, min_size=1, max_size=30))
def test_names_after_country_words(data: st.DataObject, text: str) -> None:
    names = data.draw(names_in(len(text)))
    expected = []
    for n in names:
        cut = named.after_country_word(text, n.start, n.end) if n.source == "surface" and n.id is None else n.start
        expected.append(replace(n, start=cut) if cut > n.start else n)
    assert named.after_country_words(text, names) == expected


@settings(max_examples=300, deadline=None)
@given(st.data(), st.text(alphabet=ALPHABET + "公司", min_size=1, max_size=30))
def test_names_without_owned_statistics(data: st.DataObject, text: str) -> None:
    names = data.draw(names_in(len(text)))
    refs = both_scripts(tuple(metric_vocabulary().company_references))
    expected: list[Named] = []
    for n in names:
        owned = expected and expected[-1].end == n.start and expected[-1].kind in named._OWNERS
        if n.kind == "macro" and n.source == "surface" and (owned or text.startswith(refs, n.start)):
            continue
        expected.append(n)
    assert named.without_owned_statistics(text, names) == expected


@settings(max_examples=300, deadline=None)
@given(st.data(), st.text(alphabet="甲乙丙基金", min_size=1, max_size=24))
def test_names_with_full_names(data: st.DataObject, text: str) -> None:
    names = data.draw(names_in(len(text)))
    longer: dict[str, Named] = {}
    for n in names:
        if n.kind == "fund" and n.id is None:
            for k in range(2, n.end - n.start):
                longer.setdefault(text[n.start : n.start + k], n)
    expected = []
    for n in names:
        fund = longer.get(text[n.start : n.end]) if n.source == "surface" and n.kind != "fund" else None
        expected.append(
            n if fund is None else Named(n.start, n.end, None, "fund", None, "surface", None, (fund.start, fund.end))
        )
    assert named.with_full_names(text, names) == expected


def test_the_passes_cut_the_names_they_touch() -> None:
    """Each pass changes a name it is written for (so the properties above compare something)."""
    text = "前4个月我国商品出口上升,南向ETF净流入"
    export = Named(6, 10, None, "macro", None, "surface", cut_from_time=False)
    assert named.after_time_words([Named(3, 10, None, "macro", None, "surface")], [(0, 5)])[0].start == 5
    assert named.after_country_words(text, [Named(4, 10, None, "macro", None, "surface")])[0].start == 6
    grown = named.with_fund_suffixes(text, [export, Named(13, 15, "SB", "flow", None, "registry")])
    assert grown[0] is export and (grown[1].end, grown[1].kind) == (18, "fund")
    owner = Named(0, 3, "BYD", "company", None, "registry")
    statistic = Named(3, 5, None, "macro", None, "surface")
    assert named.without_owned_statistics("比亚迪出口增长", [owner, statistic]) == [owner]
    fund, brand = Named(0, 9, None, "fund", None, "surface"), Named(10, 15, None, "company", None, "surface")
    short = named.with_full_names("远帆新能源混合基金 远帆新能源", [fund, brand])
    assert (short[1].kind, short[1].named_at) == ("fund", (0, 9))
