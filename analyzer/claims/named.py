"""Named subjects in a text: registry/master aliases (from ``subject.find_subjects``) and surface
names (a company or fund named in the text only), merged into one position-sorted list.

Surface names come from ``subject.find_surface_names`` (the subjects stage); the leading words of a
clause (比亚迪2024年营收…) are a third, weaker source, decided here: see ``clause_topic``.
"""

from __future__ import annotations

import operator
import re
import sys
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache, partial
from itertools import compress, repeat
from typing import TYPE_CHECKING

from analyzer.claims import subject as subject_stage
from analyzer.claims.clause_words import (
    opener_at,
    starts_with_predicate,
    trailing_adverbs_start,
    without_trailing_predicates,
)
from analyzer.claims.vocabulary import metric_vocabulary
from analyzer.han import HAN
from analyzer.normalize.convert import both_scripts
from analyzer.regexguard import word_alternation

if TYPE_CHECKING:
    from analyzer.segment import TokenBoundaries


@dataclass(slots=True, unsafe_hash=True)  # frozen's __init__ is 3-5x slower; never changed once built
class Named:
    """A subject named at ``[start, end)`` of the normalized text."""

    start: int
    end: int
    id: str | None
    kind: str
    code: str | None
    source: str
    tracks: str | None = None
    #: where the subject is named, when this is a reference to it (本基金 → the fund in the title)
    named_at: tuple[int, int] | None = None
    #: claims10: found beginning inside time words and cut at their end (月我国… → 我国…): the time words
    #: may be misread (份中证… of 5、6月份中证…), so the name stays doubted (``Doc.inside_word``)
    cut_from_time: bool = False


def from_alias(hit: subject_stage.AliasHit) -> Named:
    """A ``subject.AliasHit`` as a Named (works with or without an instrument behind it)."""
    inst, ident = hit.instrument, hit.id
    return Named(
        hit.start,
        hit.end,
        ident,
        hit.kind or (inst.kind if inst is not None else None) or "company",
        hit.code or (inst.code if inst is not None else None),
        hit.source or ("registry" if ident else "surface"),
        getattr(inst, "tracks", None),
    )


@lru_cache(maxsize=1 << 12)  # a pure reading of the words, asked again for every line or clause they lead
def kind_of_name(name: str) -> str:
    """A surface name's kind from its suffix (…基金 → fund, …指数 → index); a market word (主板,
    国指) is an aggregate; anything else a company."""
    for forms, kind in _suffix_kinds():
        if name.endswith(forms):
            return kind
    if subject_stage.ends_with_share_class(name):
        return "fund"  # 远航成长A类份额: a fund's share class
    if name.endswith(_statistic_heads()):
        return "macro"  # claims14a: 港元存款, 贷款与垫款总额: a statistic in common words, no traded name
    markets = word_alternation(_market_words())
    if markets is not None and markets.search(name) is not None:
        return "aggregate"
    return "company"


@cache
def _suffix_kinds() -> tuple[tuple[tuple[str, ...], str], ...]:
    """Each surface suffix in both scripts with its kind, in the vocabulary's order (the first that ends
    a name decides), read once per process rather than once per name."""
    return tuple((both_scripts((suffix,)), kind) for suffix, kind in metric_vocabulary().surface.suffixes.items())


@cache
def _market_words() -> tuple[str, ...]:
    """The market words (主板, 国指) in both scripts: a name holding one is an aggregate."""
    return both_scripts(tuple(w for words in metric_vocabulary().market_currency.values() for w in words))


@cache
def _statistic_heads() -> tuple[str, ...]:
    return both_scripts(subject_stage.statistic_heads())


@cache
def _not_names() -> frozenset[str]:
    return frozenset(both_scripts(metric_vocabulary().surface.not_names))


def surface_names(text: str, tokens: TokenBoundaries | None = None) -> list[Named]:
    """Listed securities (master) and names found by shape (surface) from ``subject.find_surface_names``,
    without the generic words that name no one (货币市场基金, 上市公司)."""
    hits = [from_alias(h) for h in subject_stage.find_surface_names(text, tokens)]
    return [h for h in hits if h.source != "surface" or text[h.start : h.end] not in _not_names()]


def merge(aliases: Sequence[Named], surface: Sequence[Named]) -> list[Named]:
    """Aliases plus the surface names that overlap none of them, in order of position; a fund named
    after an index, flow or market (远航沪深300ETF, 港股通…ETF) replaces the alias inside its name."""
    starts = [a.start for a in aliases]
    kept = []
    replaced: set[int] = set()
    absorbs = subject_stage.fund_absorbs()
    for s in surface:
        i = bisect_left(starts, s.end)
        overlapping = [a for a in aliases[max(0, i - 3) : i] if a.start < s.end and s.start < a.end]
        inside_fund = s.kind == "fund" and all(
            a.kind in absorbs and s.start <= a.start and a.end <= s.end and (a.start, a.end) != (s.start, s.end)
            for a in overlapping
        )
        if overlapping and not inside_fund:
            continue
        replaced.update(id(a) for a in overlapping)
        kept.append(s)
    return sorted([*(a for a in aliases if id(a) not in replaced), *kept], key=lambda n: (n.start, n.end))


def with_listing_marks(text: str, names: list[Named]) -> list[Named]:
    """Names written with a Hong Kong listing mark (剂泰科技-P, 联想集团-R) run to the mark's end; a name
    in no list read by its mark alone (MINIMAX-W) is a company named in the text."""
    marks = subject_stage.listing_marks(text)
    if not marks:
        return names
    ends = {n.end: n for n in names}
    out = list(names)
    for name_start, mark, mark_end in marks:
        found = ends.get(mark)
        if found is not None and found.start < mark:
            grown = replace(found, end=mark_end)
        elif name_start >= 0:
            grown = Named(name_start, mark_end, None, "company", None, "surface")
        else:
            continue
        kept = [n for n in out if n is not found and not (grown.start <= n.start and n.end <= grown.end)]
        if any(n.start < grown.end and grown.start < n.end for n in kept):
            continue  # overlaps a name it cannot take in
        out = [*kept, grown]
    return sorted(out, key=lambda n: (n.start, n.end))


_START, _END = operator.attrgetter("start"), operator.attrgetter("end")
_CUT_FROM_TIME = operator.attrgetter("cut_from_time")
_KIND, _SOURCE = operator.attrgetter("kind"), operator.attrgetter("source")
_MACRO, _SURFACE, _FUND = (partial(operator.eq, word) for word in ("macro", "surface", "fund"))


#: kinds of name whose own figures a statistic's word right after them describes (比亚迪出口销量)
_OWNERS = frozenset({"company", "stock", "hk_stock", "fund", "etf"})


def without_owned_statistics(text: str, names: list[Named]) -> list[Named]:
    """Statistics named only in the text (出口, …出口) that belong to the name right before them (比亚迪
    出口销量增长72%: BYD's exports) or to a company referred to (公司海外出口收入): no subject of their own."""
    refs = both_scripts(tuple(metric_vocabulary().company_references))
    # only the statistics found by shape are read in Python (picked in C: ``map`` over their fields)
    statistics = map(operator.and_, map(_MACRO, map(_KIND, names)), map(_SURFACE, map(_SOURCE, names)))
    dropped: set[int] = set()
    for k in compress(range(len(names)), statistics):
        j = k - 1
        while j in dropped:  # the name kept last before it
            j -= 1
        owned = j >= 0 and names[j].end == names[k].start and names[j].kind in _OWNERS
        if owned or text.startswith(refs, names[k].start):
            dropped.add(k)
    return [n for k, n in enumerate(names) if k not in dropped] if dropped else list(names)


def after_time_words(names: list[Named], times: Sequence[tuple[int, int]]) -> list[Named]:
    """Names found by shape that begin with time words (第1季经济成长率, 3月份零售业总销货价值: a series
    read with the time words before it) start after them: time words date a figure, they are no part
    of a name. A name that begins inside time words (月我国… of 前4个月我国…, 份中证… of 5、6月份中证…) starts
    after them too, marked ``cut_from_time``: ``Doc.inside_word`` doubts it, as the time words themselves
    may be misread. One that has letters of its own before them (港3月份失业率 of 本港…) is left as it is.
    ``times`` are the spans of the time words, in order; one bisect per name."""
    if not times:
        return names
    ends = [end for _, end in times]
    firsts = [start for start, _ in times]
    firsts.append(sys.maxsize)  # no time words end after the name's start: none touch it
    starts = list(map(_START, names))
    # for each name (in C: ``map``), the first time words ending after its start, and whether they
    # begin at or before it; only such names, and those cut before, are looked at in Python
    found = list(map(bisect_right, repeat(ends), starts))
    touched = map(operator.le, map(firsts.__getitem__, found), starts)
    out = list(names)
    for k in compress(range(len(names)), map(operator.or_, touched, map(_CUT_FROM_TIME, names))):
        out[k] = _after_time_words(names[k], found[k], times)
    return out


def _after_time_words(n: Named, i: int, times: Sequence[tuple[int, int]]) -> Named:
    """``n`` starting after the time words it begins with or inside (``after_time_words``), ``i`` the
    first of ``times`` ending after its start."""
    cut = n.start
    # claims10: the name may begin inside time words (月我国货物贸易… of 前4个月我国…): the time words'
    # rest dates it too, and is no part of the name; it stays doubted, as the time words may be misread
    inside = i < len(times) and times[i][0] < n.start
    while i < len(times) and times[i][0] <= cut and times[i][1] < n.end:
        cut = max(cut, times[i][1])
        i += 1
    cuttable = n.source == "surface" and n.id is None and n.end - cut >= 2
    # a name no time words touch stays the record it is (``replace`` would copy it unchanged)
    cuttable = cuttable and (cut > n.start or n.cut_from_time)
    return replace(n, start=cut, cut_from_time=inside and cut > n.start) if cuttable else n


def after_openers(text: str, names: list[Named]) -> list[Named]:
    """Names found by shape that begin with a clause opener (不过消费者物价指数, 另外家庭用电: 不过 and 另外
    open the clause, ``clause_words.openers``) start after it, as the leading words of a clause do
    (``clause_topic``): an opener is no part of a name."""
    out = []
    for n in names:
        cut = opener_at(text, n.start) if n.source == "surface" and n.id is None else n.start
        out.append(replace(n, start=cut) if cut > n.start and n.end - cut >= 2 else n)
    return out


@cache
def _latin_fund_suffixes() -> tuple[str, ...]:
    """The Latin suffixes of a fund's name (ETF, LOF: ``surface.suffixes`` of kind fund), longest first."""
    suffixes = metric_vocabulary().surface.suffixes
    return tuple(sorted((w for w, k in suffixes.items() if k == "fund" and w.isascii()), key=len, reverse=True))


def with_fund_suffixes(text: str, names: list[Named]) -> list[Named]:
    """A name followed right away by a fund's Latin suffix (南向ETF, 北向ETF) is the fund named after it, not
    the flow, index or market it tracks (whose series would be checked against the fund's figure): the name
    grows to take the suffix in, a fund no registry knows, unless a name stands right after it."""
    suffixes = _latin_fund_suffixes()
    starts = {n.start for n in names}
    out = list(names)
    # only the names a suffix follows (found in C: ``str.startswith`` with the tuple, ``map``) are read
    for k in compress(range(len(names)), map(text.startswith, repeat(suffixes), map(_END, names))):
        n = names[k]
        if n.kind == "fund":
            continue
        suffix = next(w for w in suffixes if text.startswith(w, n.end))  # the longest
        after = n.end + len(suffix)
        following = text[after : after + 1]
        if after in starts or (following.isascii() and following.isalnum()):
            continue  # the letters run on (南向ETFS…) or another name follows
        out[k] = Named(n.start, after, None, "fund", None, "surface")
    return out


@cache
def _country_words() -> tuple[str, ...]:
    return both_scripts(metric_vocabulary().surface.country_words)


def after_country_word(text: str, start: int, end: int) -> int:
    """Where a name read at ``[start, end)`` begins without the writer's country before it (我国货物贸易…
    → 货物贸易…): ``start`` when none stands there, too little of the name would be left or it names a
    market (我国游戏市场)."""
    word = next((w for w in _country_words() if text.startswith(w, start)), None)
    surface = metric_vocabulary().surface
    if word is None or end - start - len(word) < surface.country_rest_chars:
        return start
    return start if text.endswith(both_scripts(surface.country_kept_ends), start, end) else start + len(word)


def after_country_words(text: str, names: list[Named]) -> list[Named]:
    """Names found by shape that begin with the writer's country (我國商品出口) start after it."""
    out = list(names)
    # only the names a country word opens (found in C: ``str.startswith`` with the tuple, ``map``) are read
    for k in compress(range(len(names)), map(text.startswith, repeat(_country_words()), map(_START, names))):
        n = names[k]
        cut = after_country_word(text, n.start, n.end) if n.source == "surface" and n.id is None else n.start
        if cut > n.start:
            out[k] = replace(n, start=cut)
    return out


def title_fund(text: str, names: Sequence[Named]) -> Named | None:
    """The fund the document's first line names (「星辰科技创新混合型证券投资基金 发售公告」), if any."""
    first = text.lstrip()
    line_end = len(text) - len(first) + (first.find("\n") if "\n" in first else len(first))
    return next((n for n in names if n.kind == "fund" and n.id is None and n.end <= line_end), None)


def with_title_fund(text: str, names: list[Named], unnamed_id: str) -> list[Named]:
    """Fund references with no fund named before them (本基金 → ``unnamed_id``) taken as the fund the
    title names: a leaflet's 本基金 is the fund on its cover."""
    fund = title_fund(text, names)
    if fund is None:
        return names
    return [
        Named(n.start, n.end, fund.id, fund.kind, fund.code, fund.source, fund.tracks, (fund.start, fund.end))
        if n.id == unnamed_id
        else n
        for n in names
    ]


def with_full_names(text: str, names: list[Named]) -> list[Named]:
    """A surface name that is the start of a longer fund name in the same text (远帆新能源 after
    远帆新能源混合型证券投资基金) taken as that fund: a short form, not a company of its own."""
    longer: dict[str, Named] = {}
    for n in compress(names, map(_FUND, map(_KIND, names))):  # the funds, picked in C
        if n.id is None:
            full = text[n.start : n.end]
            for k in range(2, len(full)):
                longer.setdefault(full[:k], n)
    if not longer:
        return names
    out = list(names)
    # only the names whose words start a fund's name (looked up in C: ``map``) are read in Python
    words = map(text.__getitem__, map(slice, map(_START, names), map(_END, names)))
    for k in compress(range(len(names)), map(longer.__contains__, words)):
        n = names[k]
        if n.source == "surface" and n.kind != "fund":
            fund = longer[text[n.start : n.end]]
            out[k] = Named(n.start, n.end, None, "fund", fund.code, "surface", None, (fund.start, fund.end))
    return out


class NamedIndex:
    """Named subjects searchable by position."""

    def __init__(self, names: list[Named]) -> None:
        self.names = names
        self._ends = [n.end for n in names]
        self._funds = [n for n in names if n.kind == "fund"]
        self._fund_ends = [n.end for n in self._funds]

    def between(self, start: int, end: int) -> list[Named]:
        """Names lying inside ``[start, end)``, in order."""
        lo = bisect_left(self._ends, start)
        hi = bisect_right(self._ends, end)
        return [n for n in self.names[lo:hi] if n.start >= start]

    def last_between(self, start: int, end: int) -> Named | None:
        """The last name lying inside ``[start, end)`` (``between(start, end)[-1]``), found by bisect."""
        lo = bisect_left(self._ends, start)
        for i in range(bisect_right(self._ends, end) - 1, lo - 1, -1):
            if self.names[i].start >= start:
                return self.names[i]
        return None

    def last_fund_before(self, pos: int) -> Named | None:
        """The last fund named before ``pos``; else the last fund named anywhere (a rating's fund)."""
        i = bisect_right(self._fund_ends, pos)
        if i:
            return self._funds[i - 1]
        return self._funds[-1] if self._funds else None


@cache
def _topic_regex() -> re.Pattern[str]:
    words = metric_vocabulary().surface
    tenor = f"(?:{words.topic_tenor})?" if words.topic_tenor else ""
    return re.compile(f"{tenor}[{HAN}A-Za-z][{HAN}A-Za-z·]{{1,{words.topic_max_chars - 1}}}")


@cache
def _series_ends() -> tuple[str, ...]:
    """Nouns that end a statistical series' full name (…住宅销售价格), which may be longer than a topic."""
    return both_scripts(metric_vocabulary().surface.series_ends)


@cache
def _series_regex() -> re.Pattern[str]:
    words = metric_vocabulary().surface
    return re.compile(f"[{HAN}A-Za-z][{HAN}A-Za-z·]{{1,{words.series_max_chars - 1}}}")


@cache
def _verbs() -> tuple[str, ...]:
    """Words no name holds: forecast cues and attribution verbs (预计, 认为, 指出)."""
    vocab = metric_vocabulary()
    return both_scripts((*vocab.forecast_cues, *vocab.attribution.verbs))


def _breaks(piece: str) -> bool:
    """A topic holds no function word (归属于本行股东的) and no ordinal (派第四次); a content word that holds
    a breaker character (就业 in 总就业人数) is no function word."""
    for word in _breaker_words():
        piece = piece.replace(word, "")
    return any(ch in _breakers() for ch in piece) or "第" in piece


@cache
def _breaker_words() -> tuple[str, ...]:
    return both_scripts(metric_vocabulary().surface.breaker_words)


@cache
def _breakers() -> frozenset[str]:
    words = metric_vocabulary().surface.breakers
    return frozenset(words + "".join(both_scripts((words,))))


@cache
def _topic_stop() -> tuple[str, ...]:
    # time and period words (单季, 上半年) start a period, never a name (name_shapes.yaml ``times``)
    return both_scripts((*metric_vocabulary().surface.topic_stop, *subject_stage.time_words()))


@cache
def _topic_stop_not() -> tuple[str, ...]:
    return both_scripts(metric_vocabulary().surface.topic_stop_not)


@lru_cache(maxsize=1 << 14)  # asked for the same clause by its figures, its chain and its pairing
def clause_topic(text: str, clause_start: int, first_cue: int) -> tuple[int, int] | None:
    """The leading words of a clause, up to its first cue, time or value, when they read as a name
    (比亚迪 in 「比亚迪2024年全年营业收入…」, 国指 in 「国指收报…」); None otherwise. Predicates
    (``clause_words.predicates``: 低见, 最终, 报) are never a name nor part of one."""
    start = clause_start
    # claims17b: a headline's opening bracket (【某期铜收涨…】, read as [) is no part of the name either
    while start < first_cue and text[start] in " \t“”\"'[":
        start += 1
    start = min(opener_at(text, start), first_cue)  # 不过家庭用电…: an opener is no part of the name
    start = after_country_word(text, start, first_cue)  # 我国软件业务…: nor the writer's country
    if starts_with_predicate(text[start:first_cue]):
        return None  # 低见19850点, 最终收报…: a predicate, never a name
    first_cue = start + len(without_trailing_predicates(text[start:first_cue]))  # 某某科技最终 → 某某科技
    first_cue = trailing_adverbs_start(text, start, first_cue)  # 家庭用电仅 → 家庭用电
    piece = text[start:first_cue]
    match = _topic_regex().fullmatch(piece)
    # claims14a: a statistic named in common words (认可机构的存款总额, 贷款与垫款总额) reads as a series' name
    statistic = piece.endswith(_statistic_heads())
    series = match is None and (statistic or piece.endswith(_series_ends()))
    if series:
        match = _series_regex().fullmatch(piece)
    stopped = piece.startswith(_topic_stop()) and not piece.startswith(_topic_stop_not())
    # claims10: a series named in full may hold one 的 between its words (未贴现的银行承兑汇票)
    words = piece.replace("的", "", 1) if (series or statistic) and not piece.endswith("的") else piece
    if statistic:
        words = _one_conjunction(words)  # 贷款与垫款总额: two nouns of one statistic joined
    if match is None or stopped or piece in _not_names() or _breaks(words):
        return None
    if subject_stage.is_share_class(piece):  # C类份额: a class of a fund named elsewhere, no name
        return None
    verbs = word_alternation(_verbs())
    if verbs is not None and verbs.search(piece) is not None:  # 我们预计公司 is no name
        return None
    class_end = subject_stage.share_class_end(text, first_cue - 2) if first_cue - start > 2 else None
    if class_end is not None and class_end > first_cue:
        return start, class_end  # 远航成长A类份额涨幅…: the class's 份额 is part of its name, not a cue
    return start, first_cue


#: the conjunctions that join two nouns (贷款与垫款总额, 出口及转口货值) or two items of a list (pairing)
CONJUNCTIONS = "与與及和"
_NOUN_CONJUNCTIONS = re.compile(f"[{CONJUNCTIONS}]")


def _one_conjunction(words: str) -> str:
    """``words`` without one conjunction between two runs of name characters (not at either end)."""
    found = _NOUN_CONJUNCTIONS.search(words, 1, len(words) - 1)
    return words[: found.start()] + words[found.end() :] if found else words


def plain_words(text: str, start: int, end: int, function_words: bool = False) -> tuple[int, int] | None:
    """``[start, end)`` when it is a run of name characters with no function word (有色金属, 银行): read
    as a name only where the shape around it says so (a value alone in a bracket right after it);
    ``function_words``: a shape that bounds the name on both sides (an item of a list of brackets) lets
    it hold characters that may be function words (丙和医疗, 中国再生医学)."""
    piece = text[start:end]
    # 其他 opens classification names (其他电源设备, 其他电子), though 其 alone is a pronoun
    core = piece[2:] if piece.startswith(("其他", "其它")) and len(piece) > 3 else piece
    broken = _breaks(core) and not function_words
    if _topic_regex().fullmatch(piece) is None or broken or starts_with_predicate(piece):
        return None
    return start, end
