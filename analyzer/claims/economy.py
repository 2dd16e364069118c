"""An economy's statistic named across its date (美国4月某类房屋销售, 欧元区3月CPI): the economy, the time that
dates the figure, then the statistic's words. One name with the time left out: the economy is no subject of
its own (its statistic moved), and the statistic alone loses whose it is."""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING, NamedTuple

from analyzer.claims.clause_words import economy_end, headcount_before, opener_at
from analyzer.claims.named import clause_topic
from analyzer.claims.reading import lead_end, time_led
from analyzer.han import HAN
from analyzer.instruments import Instrument, default_registry
from analyzer.normalize.convert import convert_script
from analyzer.normalize.width import normalize_width

if TYPE_CHECKING:
    from analyzer.claims.document import Doc


class EconomyStatistic(NamedTuple):
    """Where the economy's word and the statistic's words stand (normalized offsets)."""

    economy: tuple[int, int]
    statistic: tuple[int, int]


def economy_statistic(doc: Doc, c_start: int, value_start: int) -> EconomyStatistic | None:
    """The economy and statistic a clause opens with, across the time that dates it (美国|4月|某类房屋销售
    按月跌…), when its leading words are read so: an economy word (``clause_words.economies``), time words
    right after it, then words that read as a name up to the first cue; else None."""
    text = doc.text
    start = c_start
    while start < value_start and text[start] in " \t":
        start += 1
    start = opener_at(text, start)  # 其中美国4月…: the opener is no part of the name
    e_end = economy_end(text, start)
    if e_end == start:
        return None
    after = time_led(doc, e_end, value_start)
    if after is None:
        # 美国8月失业率为4%: no words before the first cue, which is the statistic's own noun (失业率, 出口)
        cue = _noun_cue_after_time(doc, e_end, value_start)
        return EconomyStatistic((start, e_end), cue) if cue is not None else None
    noun = headcount_before(text, after, value_start)
    if noun is not None and noun[0] > after and _PLAIN_WORDS.fullmatch(text, after, noun[1]):
        # 美国8月某类就业人数为N人: the statistic of people ends at its noun, whatever cue its words hold (新增)
        return EconomyStatistic((start, e_end), (after, noun[1]))
    topic = clause_topic(text, after, lead_end(doc, after, value_start))
    if topic is None or topic[0] != after:
        return None
    return EconomyStatistic((start, e_end), (after, noun_cue_end(doc, topic[1], value_start)))


def _noun_cue_after_time(doc: Doc, start: int, value_start: int) -> tuple[int, int] | None:
    """The noun of an amount or level (失业率, 出口) that stands right after the time words at ``start``."""
    end = start
    for t in doc.times_between(start, value_start):
        if t.start != end:
            break
        end = t.end
    cue = doc.metrics.before.at(end) if end > start else None
    if cue is None or cue.start != end or not doc.metrics.names_amount(cue.word):
        return None
    return cue.start, cue.end


#: the words of a statistic named in full: letters and digits only
_PLAIN_WORDS = re.compile(f"[{HAN}A-Za-z0-9]+")


def noun_cue_end(doc: Doc, end: int, value_start: int) -> int:
    """Where a statistic's name ending at ``end`` ends with the noun of an amount that stops its leading words
    (某类房屋|销售|按月下跌…): a noun cue right after the words, itself followed by the figure's move (a
    direction before the value), is the statistic's head noun; else ``end``."""
    metrics = doc.metrics
    cue = metrics.before.at(end)
    if cue is None or cue.start != end or not metrics.names_amount(cue.word):
        return end
    return cue.end if metrics.directions.first_start(cue.end, value_start) is not None else end


def chained_economy_statistic(doc: Doc, pos: int) -> EconomyStatistic | None:
    """The economy's statistic that heads the topic chain the clause at ``pos`` continues (美国4月某类库存上升9%,
    按年更增加16%: the second figure is the same statistic's), when the clause leads with no words of its
    own and the chain passes no other name."""
    if doc.chains.own(pos) is not None:
        return None
    chain = doc.chains.chain(pos)
    if chain is None or chain.other is not None:
        return None
    h_start, h_end = doc.sentences.clauses[chain.head.clause]
    values = doc.values_in(h_start, h_end)
    found = economy_statistic(doc, h_start, values[0] if values else h_end)
    return found if found is not None and found.economy[0] == chain.head.start else None


def registered_series(words: str) -> Instrument | None:
    """The registry's instrument ``words`` (normalized text: 美国CPI) are a name or alias of, else None."""
    return _series_by_alias().get(words)


@cache  # built once per process
def _series_by_alias() -> dict[str, Instrument]:
    table: dict[str, Instrument] = {}
    for alias, inst in default_registry().alias_table():
        table.setdefault(convert_script(normalize_width(alias), "t2s"), inst)
    return table
