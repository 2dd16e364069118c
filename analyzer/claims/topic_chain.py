"""Topic chains: who the figures of a sentence's clauses belong to when a clause names no one.

A clause's *head* is the name its leading words hold (恒指 of 「恒指曾跌穿20000点」), or, weaker,
leading words read as a name (白糖 of 「白糖涨1%」). The subject of a head carries over the commas
of its sentence while no later clause starts with a new head: in 「恒指曾跌穿20000点,低见19850点,
半日收报19900点,跌310点」 every figure is 恒指's (a predicate such as 低见 is never a head,
``clause_words.predicates``). A clause whose leading words mirror the head before it (「沪深300跌0.5%,
万得全A跌0.7%」: words, then the same predicate, then the value) has a head of its own: parallel
clauses. The chain is certain only when none of its clauses names anyone else.

The heads of a sentence are found in one pass over its clauses, the first time a figure of the
sentence asks (``TopicChains``): each clause is looked at once at most.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from analyzer.claims.clause_words import (
    bare_predicate,
    opener_at,
    starts_with_predicate,
    starts_with_pronoun,
    trailing_adverbs_start,
)
from analyzer.claims.named import Named, NamedIndex, clause_topic
from analyzer.claims.pairing import mark_before, split_list
from analyzer.claims.sentences import Sentences


@dataclass(frozen=True, slots=True)
class Head:
    """The head of clause ``clause`` at ``[start, end)``: a ``named`` subject, or words read as a name."""

    start: int
    end: int
    named: Named | None
    clause: int
    #: the clause's place in its sentence, from 1
    ordinal: int
    #: the words between the head and the clause's first value (跌 of 沪深300跌0.5%), if it has one
    predicate: str | None
    #: the pronoun that refers to the head from a later clause (其), if that is how it heads
    pronoun: str | None = None


@dataclass(frozen=True, slots=True)
class Chain:
    """The head a clause's figures carry over from, and the first other name the chain holds."""

    head: Head
    other: Named | None


#: where a clause's leading words end: (clause start, first value or clause end, at a time word) -> offset
LeadEnd = Callable[[int, int, bool], int]
#: leading words read as a name: (clause start, lead end, first value or clause end, mid-sentence,
#: parallel) -> span or None
TopicOf = Callable[[int, int, int, bool, bool], tuple[int, int] | None]


class TopicChains:
    """The heads of a document's clauses and the chain each clause continues, read one sentence at a
    time, once, when a figure of the sentence first asks (most figures never do: their clause names
    their subject)."""

    def __init__(
        self,
        text: str,
        sentences: Sentences,
        names: NamedIndex,
        value_starts: Sequence[int],
        lead_end: LeadEnd,
        topic_of: TopicOf,
        directions: frozenset[str],
        times: Sequence[tuple[int, int]] = (),
    ) -> None:
        self.text = text
        self._times = dict(times)  # start -> end of each time expression
        self._sentences = sentences
        self._names = names
        self._value_starts = value_starts
        self._lead_end = lead_end
        self._directions = directions
        self._topic_of = topic_of
        self._own: dict[int, Head | None] = {}
        self._chain: dict[int, Chain | None] = {}

    def _read(self, k: int) -> None:
        """Read the heads and chains of the sentence holding clause ``k``."""
        if k in self._own:
            return
        sentences, values, text = self._sentences, self._value_starts, self.text
        s = sentences.index_at(sentences.clauses[k][0])
        s_start, s_end = sentences.spans[s]
        ordinal = 0
        chain: Chain | None = None
        spoken = False  # a value or a name earlier in the sentence
        last: tuple[Named, int] | None = None  # the name stated last in the sentence, with its clause's place
        first_clause = bisect_left(sentences.clause_starts, s_start)
        for k in range(first_clause, len(sentences.clauses)):
            c_start, c_end = sentences.clauses[k]
            if c_start >= s_end:
                break
            ordinal += 1
            i = bisect_left(values, c_start)
            if i == len(values) or values[i] >= s_end:
                self._own[k] = self._chain[k] = None  # no figure from here to the sentence's end
                continue
            first_value = values[i] if values[i] < c_end else None
            end = first_value if first_value is not None else c_end
            named = self._names.between(c_start, c_end)
            lead = self._lead_end(c_start, end, True)
            # a name after leading time words (2月CPI…) is found past them
            past_times = self._lead_end(c_start, end, False) if any(n.start >= lead for n in named) else lead
            head = self._head(k, ordinal, c_start, (lead, past_times), first_value, named, spoken, chain, last)
            self._own[k], self._chain[k] = head, chain
            if head is not None:
                others = [n for n in named if n is not head.named and not _same(n, head, text)]
                chain = Chain(head, others[0] if others else None)
            elif chain is not None and named and chain.other is None:
                chain = Chain(chain.head, next((n for n in named if not _same(n, chain.head, text)), None))
            spoken = spoken or bool(named) or first_value is not None
            last = (named[-1], ordinal) if named else last

    def _head(
        self,
        k: int,
        ordinal: int,
        c_start: int,
        leads: tuple[int, int],
        first_value: int | None,
        named: list[Named],
        spoken: bool,
        chain: Chain | None,
        last: tuple[Named, int] | None,
    ) -> Head | None:
        lead, past_times = leads
        leading = [n for n in named if n.start < past_times]
        lead_words = self.text[c_start:lead].strip(" \t“”\"'")
        pronoun = starts_with_pronoun(lead_words)
        if leading and (pronoun is not None or first_value is not None or self._opens(c_start, leading[0].start)):
            # as for a clause's own figures: the last name before its cues (中国1月M2同比…: M2); a clause
            # with no figure heads only with a name that opens it (受腾讯控股拖累 heads nothing)
            final = leading[-1]
            return Head(final.start, final.end, final, k, ordinal, self._predicate(final.end, first_value))
        if pronoun is not None and last is not None:  # 其…: the name stated last heads from here on
            n, place = last
            return Head(n.start, n.end, n, k, place, self._predicate(lead, first_value), pronoun)
        if not lead_words or starts_with_predicate(lead_words):
            return None  # 低见19850点, 最终收报…: a predicate, the subject goes on
        parallel = chain is not None and self._parallel(chain.head.predicate, self._predicate(lead, first_value), True)
        end = first_value if first_value is not None else self._sentences.clause_at(c_start)[1]
        topic = self._topic_of(c_start, lead, end, spoken, parallel)
        if topic is None:
            topic = self._listed(c_start, lead)
        if topic is None:
            return None
        return Head(topic[0], topic[1], None, k, ordinal, self._predicate(topic[1], first_value))

    def _listed(self, c_start: int, lead: int) -> tuple[int, int] | None:
        """The last item of a list of words that leads a clause (北京、广州和深圳|分别下降…): a head whose
        predicate a clause after it may mirror (…,上海上涨3.0%: a parallel clause with its own head)."""
        start = opener_at(self.text, c_start)
        mark = mark_before(self.text, start, lead)
        parts = split_list(self.text, start, trailing_adverbs_start(self.text, start, mark if mark >= 0 else lead))
        if len(parts) < 2 or any(clause_topic(self.text, a, b) != (a, b) for a, b in parts):
            return None
        return parts[-1]

    def _opens(self, c_start: int, name_start: int) -> bool:
        """Whether only spaces, time words (2月CPI) and openers (其中) stand before a name at the start
        of a clause: 受腾讯控股拖累 is about something else."""
        pos = c_start
        while pos < name_start:
            if self.text[pos] in " \t“”\"'":
                pos += 1
                continue
            time_end = self._time_end(pos)
            after = time_end if time_end > pos else opener_at(self.text, pos)
            if after == pos:
                return False
            pos = after
        return pos == name_start

    def _time_end(self, pos: int) -> int:
        return self._times.get(pos, pos)

    def _predicate(self, start: int, first_value: int | None) -> str | None:
        if first_value is None:
            return None
        return self.text[start:first_value].strip(" \t") or None

    def _parallel(self, before: str | None, now: str | None, loose: bool = False) -> bool:
        """Two clauses are parallel when the words between head and value are the same (收报, 营收) or
        both just a direction word (涨, 跌)."""
        if before is None or now is None:
            return False
        before, now = bare_predicate(before), bare_predicate(now)
        if before == now or (before in self._directions and now in self._directions):
            return True
        # 纬创翻红小涨0.88%,纬颖跌3.6%: a move ending in a direction word, then a bare direction word, is
        # enough for a clause to head with its own leading words (``loose``), not to share the other's time
        return loose and now in self._directions and before.endswith(tuple(self._directions))

    def own(self, pos: int) -> Head | None:
        """The head of the clause holding ``pos``."""
        k = self._clause_index(pos)
        self._read(k)
        return self._own.get(k)

    def chain(self, pos: int) -> Chain | None:
        """The chain the clause holding ``pos`` continues: the nearest head in an earlier clause of its
        sentence, and the first other name in the clauses since."""
        k = self._clause_index(pos)
        self._read(k)
        return self._chain.get(k)

    def parallel(self, pos: int, predicate: str | None, loose: bool = False) -> bool:
        """Whether a clause at ``pos`` with ``predicate`` mirrors the head of the chain before it."""
        chain = self.chain(pos)
        return chain is not None and self._parallel(chain.head.predicate, predicate, loose)

    def parallel_head(self, pos: int) -> Head | None:
        """The head that the clause holding ``pos`` mirrors, when the clause has a head of its own."""
        own, chain = self.own(pos), self.chain(pos)
        if own is None or chain is None or not self._parallel(chain.head.predicate, own.predicate):
            return None
        return chain.head

    def _clause_index(self, pos: int) -> int:
        return max(0, bisect_left(self._sentences.clause_starts, pos + 1) - 1)


def _same(n: Named, head: Head, text: str) -> bool:
    """Whether ``n`` names the head's subject again (恒指 … 恒生指数; or the same words)."""
    if head.named is not None and n.id is not None and n.id == head.named.id:
        return True
    return text[n.start : n.end] == text[head.start : head.end]
