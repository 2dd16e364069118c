"""分别: a list of names and a list of values paired in order (「电子、计算机领涨,涨幅分别为6.2%和
5.4%」, 「甲转债、乙转债分别跌3%、2%」): the first value goes to the first name, the second to the
second. The names are known names joined by 、和与及, or, right before 分别, words of such a list that
read as names (commodities, bonds, sectors: 白糖、棉花). When the counts differ nothing is paired, and
whatever subject the figure gets is uncertain.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from analyzer.claims.clause_words import clause_words, closed_list_end, list_end, list_start
from analyzer.claims.named import CONJUNCTIONS, Named, NamedIndex, clause_topic, plain_words
from analyzer.claims.subject import time_words
from analyzer.claims.vocabulary import longest_first
from analyzer.han import HAN

#: what joins the items of a list (电子、计算机; 腾讯和阿里), in both scripts: 、 or a conjunction
JOINERS = frozenset("、" + CONJUNCTIONS)
#: ``JOINERS`` as a pattern
JOINER = re.compile(f"[、{CONJUNCTIONS}]")
_JOINER = JOINER
#: a list of words (煤炭、银行) in a sentence
_UNKNOWN_LIST = re.compile(f"[{HAN}A-Za-z]、[{HAN}A-Za-z]")
_ITEM_CHAR = re.compile(f"[{HAN}A-Za-z0-9]")
_MARKS = ("分别", "分別")


@dataclass(frozen=True, slots=True)
class Paired:
    """The item a value is paired with: a known name, or words of the list read as a name."""

    start: int
    end: int
    named: Named | None
    how: str


def split_list(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """``[start, end)`` split at the joiners of a list (甲、乙及丙 → 甲, 乙, 丙); empty when an item is empty."""
    parts = []
    pos = start
    for match in _JOINER.finditer(text, start, end):
        parts.append((pos, match.start()))
        pos = match.end()
    parts.append((pos, end))
    return [] if any(a >= b for a, b in parts) else parts


def mark_before(text: str, c_start: int, value_start: int) -> int:
    """Where the last 分别 of ``[c_start, value_start)`` starts; -1 when there is none."""
    return max(text.rfind(_MARKS[0], c_start, value_start), text.rfind(_MARKS[1], c_start, value_start))


def _joined(text: str, start: int, end: int) -> bool:
    return text[start:end] in JOINERS


#: what joins the items of a list of names before 分别 besides ``JOINERS``: a slash (甲/乙分别增长a%/b%)
_NAME_JOINER = re.compile("[、和与及與/]")
#: what joins the values of one row after 分别 (a%/b%, a、b和c): the row pairs with the names item by item
_ROW_JOINERS = JOINERS | {"/"}


def _in_row(text: str, values: Sequence[int], ends: Sequence[int], index: int) -> tuple[int, int]:
    """The first and last index of the longest run of ``values`` (starts, with their ``ends``) joined one
    to the next by one joiner of ``_ROW_JOINERS`` alone, holding ``index``."""
    lo = index
    while lo > 0 and text[ends[lo - 1] : values[lo]] in _ROW_JOINERS:
        lo -= 1
    hi = index
    while hi + 1 < len(values) and text[ends[hi] : values[hi + 1]] in _ROW_JOINERS:
        hi += 1
    return lo, hi


def known_run(text: str, names: list[Named]) -> list[Named]:
    run = names[-1:]
    for n in reversed(names[:-1]):
        if not _joined(text, n.end, run[0].start):
            break
        run.insert(0, n)
    return run


#: whether a metric's cue word lies in ``[start, end)`` (营收, 净利润, 涨): such words name a figure
HasCue = Callable[[int, int], bool]


def _word_run(
    text: str, floor: int, mark: int, names: NamedIndex, has_cue: HasCue
) -> list[tuple[int, int, Named | None]]:
    """The items of a list that ends right before ``mark`` (``_items_before``), the noun the list shares cut off
    its last item (甲类车位和乙类车位售价: 售价 is both items', ``clause_words.list_shared_nouns``)."""
    items = _items_before(text, floor, mark, names, has_cue)
    if len(items) < 2 or items[-1][2] is not None:
        return items
    start, end, _ = items[-1]
    shared = next((w for w in _shared_nouns() if text.endswith(w, start, end)), None)
    first = text[items[0][0] : items[0][1]]
    if shared is None or first.endswith(shared) or end - len(shared) - start < 2:
        return items
    return [*items[:-1], (start, end - len(shared), None)]


@cache
def _shared_nouns() -> tuple[str, ...]:
    return longest_first(clause_words().list_shared_nouns)


def _items_before(
    text: str, floor: int, mark: int, names: NamedIndex, has_cue: HasCue
) -> list[tuple[int, int, Named | None]]:
    """The items of a list that ends right before ``mark`` (甲转债、乙转债|分别), no further back than
    ``floor``: each a known name or words that read as a name and hold no metric cue (营收、净利润 name
    figures, not subjects); empty when an item reads as neither."""
    items: list[tuple[int, int, Named | None]] = []
    end = mark
    while True:
        known = [n for n in names.between(max(floor, end - 16), end) if n.end == end]
        if known:
            start = known[-1].start
            items.insert(0, (start, end, known[-1]))
        else:
            # claims11b: 人凝血因子(Ⅷ)、纤原…: a short note in brackets closing an item is part of its name
            words_end = _note_start(text, floor, end)
            start = words_end
            while start > floor and _ITEM_CHAR.match(text[start - 1]) and not _NAME_JOINER.match(text[start - 1]):
                start -= 1
            start = list_start(text, start, words_end)  # 例如贵金属、… : the list's opener is no part of a name
            # an item between joiners is shape enough for a name a clause could not lead with (其他电源设备)
            plain = words_end > start and not has_cue(start, words_end)
            topic = (clause_topic(text, start, words_end) or plain_words(text, start, words_end)) if plain else None
            if topic is None:
                return []
            items.insert(0, (topic[0], end if topic[1] == words_end else topic[1], None))
        if start - 1 < floor or not _NAME_JOINER.match(text[start - 1]):
            return items
        end = start - 1


#: the longest note in brackets that may close an item of a list (人凝血因子(Ⅷ), 甲基金(A类))
_NOTE_CHARS = 6


def _note_start(text: str, floor: int, end: int) -> int:
    """Where a short note in brackets that ends at ``end`` opens (人凝血因子|(Ⅷ)), when it holds no joiner,
    comma or value and words stand right before it; else ``end``."""
    if end - 2 <= floor or text[end - 1] != ")":
        return end
    opened = text.rfind("(", max(floor, end - 2 - _NOTE_CHARS), end - 1)
    inner = text[opened + 1 : end - 1] if opened > floor else ""
    if not inner or any(ch in inner for ch in "、,;:()%") or _NAME_JOINER.search(inner) or "和" in inner:
        return end
    if not _ITEM_CHAR.match(text[opened - 1]):
        return end
    return opened


def respective(
    text: str,
    names: NamedIndex,
    value_starts: Sequence[int],
    value_start: int,
    bounds: tuple[int, int, int],
    floor: int,
    has_cue: HasCue,
    other_ends: Sequence[tuple[int, int]] = (),
    value_ends: Sequence[int] = (),
) -> Paired | tuple[None, str] | None:
    """The item of a 分别 list the value at ``value_start`` is paired with; ``(None, why)`` when there
    is a list but no pairing (the counts differ); None when the value's clause holds no 分别.
    ``bounds`` is (sentence start, clause start, clause end); ``floor`` is where a list of words may
    start at the earliest (after the leading time words of the clause). ``other_ends`` are (floor, end)
    of where else a list of words may stand when none ends right before 分别: before the figure's own
    words (证券业和房地产单季净利润分别…), or at the end of the clause before (通信、煤炭等行业,…分别…);
    the words closing a list there (等行业, 的) are cut off it."""
    s_start, c_start, c_end = bounds
    mark = mark_before(text, c_start, value_start)
    if mark < 0:
        return None
    lo, hi = bisect_right(value_starts, mark), bisect_left(value_starts, c_end)
    values = value_starts[lo:hi]
    if value_ends:
        # 分别批签发40.8万瓶(-47%)、64.9万瓶(+70%): a change in a bracket right after its amount is no item of
        # the list (it is the amount's, analyzer/claims/slash.py)
        kept = [v for j, v in enumerate(values, lo) if not (j and text[v - 1] == "(" and value_ends[j - 1] == v - 1)]
        if value_start in values and value_start not in kept:
            return None
        values = kept
    before = names.between(s_start, mark)
    run: list[tuple[int, int, Named | None]] = [(n.start, n.end, n) for n in known_run(text, before)]
    words = _word_run(text, max(floor, c_start), mark, names, has_cue)
    for other_floor, other_end in other_ends if len(words) < 2 else ():
        end = other_end
        while end > other_floor and not _ITEM_CHAR.match(text[end - 1]):
            end -= 1  # the comma that ends the clause before
        end = list_end(text, other_floor, end, time_words())
        words = _word_run(text, other_floor, end, names, has_cue) if end > other_floor else []
        if len(words) >= 2:
            break
        closed = closed_list_end(text, other_floor, end)
        # 而甲、乙、丙等行业盈利下滑严重,…分别下滑a、b、c: the list its group word closes, before the predicate
        words = _word_run(text, other_floor, closed, names, has_cue) if closed is not None else []
        if len(words) >= 2:
            break
    if len(words) > len(run) or (len(words) == len(run) and words and run and words[-1][1] == mark):
        run = words  # the list right before 分别 (甲转债、乙转债分别…), names or words
    if len(run) < 2:
        if _UNKNOWN_LIST.search(text, s_start, mark):
            # 「煤炭、银行表现较弱,分别下跌1.7%和0.9%」: a list of words read as no name, each with its value
            return None, "分别 after a list of words that are no known names"
        return None
    index = bisect_left(values, value_start)
    if index == len(values) or values[index] != value_start:
        return None, f"分别 after {len(run)} names with {len(values)} values: which value is whose is unclear"
    if len(values) != len(run) and value_ends:
        # 甲/乙分别增长a%/b%至c/d亿元: rows of values, each as long as the list of names, pair item by item
        ends = [value_ends[bisect_left(value_starts, v)] for v in values]
        lo_row, hi_row = _in_row(text, values, ends, index)
        if hi_row - lo_row + 1 == len(run):
            values, index = values[lo_row : hi_row + 1], index - lo_row
    if len(values) != len(run):
        return None, f"分别 after {len(run)} names with {len(values)} values: which value is whose is unclear"
    start, end, named = run[index]
    how = f"分别: value {index + 1} of the list goes to name {index + 1} ({text[start:end]})"
    return Paired(start, end, named, how if named is not None else f"{how}, words of the list read as a name")


def listed(
    text: str,
    names: NamedIndex,
    values: Sequence[tuple[int, int]],
    value_start: int,
    lead_end: int,
    floor: int,
    has_cue: HasCue,
) -> Paired | tuple[None, str] | None:
    """A list of values joined by 、和与及 (跌3%、2%) right after the clause's predicate, itself after a
    list of items ending where the predicate starts (甲转债、乙转债|跌…): paired in order as with 分别;
    ``(None, why)`` when both are lists of other lengths; None when the value is in no such list.
    ``values`` are the clause's value spans in order."""
    starts = [v[0] for v in values]
    i = bisect_left(starts, value_start)
    if i == len(values) or starts[i] != value_start or len(values) < 2:
        return None
    lo = i
    while lo > 0 and _joined(text, values[lo - 1][1], values[lo][0]):
        lo -= 1
    hi = i
    while hi + 1 < len(values) and _joined(text, values[hi][1], values[hi + 1][0]):
        hi += 1
    if hi == lo or lo != 0 or values[0][0] < lead_end:
        return None  # one value, or a list that is not the clause's first figures
    run = _word_run(text, floor, lead_end, names, has_cue)
    if len(run) < 2:
        return None
    if len(run) != hi - lo + 1:
        return None, f"{len(run)} names listed with {hi - lo + 1} values: which value is whose is unclear"
    start, end, named = run[i - lo]
    how = f"a list: value {i - lo + 1} goes to name {i - lo + 1} ({text[start:end]})"
    return Paired(start, end, named, how if named is not None else f"{how}, words of the list read as a name")

