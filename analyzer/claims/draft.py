"""A claim under construction and the running state of the one pass over a document's values."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import TYPE_CHECKING

from analyzer.claims.certainty import (
    UNCERTAIN,
    guessed,
    read_elsewhere,
    uncertain,
)
from analyzer.claims.named import Named
from analyzer.extract.base import Hit
from analyzer.types import Mention, MentionKind, Period, SubjectRef

if TYPE_CHECKING:
    from analyzer.claims.document import Doc


@dataclass
class Draft:
    """A claim under construction, in normalized offsets."""

    hit: Hit
    mention: Mention
    metric: str
    value: Decimal | None
    decided: dict[str, str] = field(default_factory=dict)
    rules: dict[str, str] = field(default_factory=dict)  # slot → the name of the rule that decided it
    subject: SubjectRef | None = None
    subject_named: Named | None = None
    period: Period | None = None
    time_hit: Hit | None = None
    refs: tuple[str, ...] = ()
    basis: str | None = None
    forecast: bool = False
    forecast_cue: str | None = None
    intraday: bool = False  # read during the session (一度, 半日): never the close or the session's change
    currency: str | None = None
    id: str = ""
    week: bool = False
    ratio: str | None = None  # for a ratio_change: the ratio that moved (gross_margin)
    basis_carried: bool = False  # the basis (同比) is carried on from the figure before it
    relation_word: str | None = None  # the relation word the basis was read from (同比, 环比)
    negated_range: bool = False  # a range of falls: its ends are negative
    #: claims15b: a change against the session before (成交额萎缩4400亿): dated by the session, as its amount is
    on_session: bool = False
    #: a change read from a level (规模增长8.6亿元: fund_size): the amount its next move goes to (升至215.3亿元)
    #: is that level
    level_of: str | None = None


@dataclass
class State:
    """Running state of the one pass over the values."""

    drafts: list[Draft] = field(default_factory=list)
    sentence: list[Draft] = field(default_factory=list)
    previous_sentence: list[Draft] = field(default_factory=list)
    sentence_index: int = -1
    line_index: int = -1
    prev_value_end: int = 0
    prev_kind_end: dict[str, int] = field(default_factory=dict)
    first_value_start: int = 0
    line_subject: SubjectRef | None = None
    line_subject_certain: bool = False
    #: the line's subject was read certainly where it was read (not only chosen with a doubt of reading)
    line_subject_read: bool = False
    after_semicolon: bool = False
    #: the company read last with no guess in the item, and where that item starts (a later item never
    #: takes it: see subject.carried_in_item)
    item_subject: SubjectRef | None = None
    item_subject_from: int = -1
    line_period: Period | None = None
    sentence_period: Period | None = None
    #: the line's (the sentence's) period was read certainly where it was read, as ``line_subject_read``
    line_period_read: bool = False
    sentence_period_read: bool = False
    #: the sentence (index) that set the line's period: only the one right before a semicolon is read across it
    line_period_sentence: int = -1
    #: the time words that last dated a figure of the item where they were read (a review's window:
    #: 2021年9月末… stated once, the paragraphs below report the same month), and the item's start
    item_time: Hit | None = None
    item_start: int = -1
    by_id: dict[str, Draft] = field(default_factory=dict)
    # the sentence's figures by what later figures look up, kept as they are added, so no figure
    # scans its sentence from the start (a sentence of thousands of figures stays linear)
    _last_of: dict[tuple[str, str | None], Draft] = field(default_factory=dict)
    amounts: list[Draft] = field(default_factory=list)  # money and counts, in order
    closes: int = 0  # figures whose metric is a close
    #: for time words (by start) the metrics of the figures after them in the sentence, and how many were read
    metrics_after: dict[int, tuple[int, set[str]]] = field(default_factory=dict)

    def new_sentence(self) -> None:
        """Start a sentence with no figures."""
        self.sentence = []
        self._last_of, self.amounts, self.closes, self.metrics_after = {}, [], 0, {}

    def add(self, draft: Draft) -> None:
        """A finished figure of the sentence."""
        self.drafts.append(draft)
        self.sentence.append(draft)
        self.by_id[draft.id] = draft
        self._last_of[(draft.hit.kind.value, draft.mention.unit)] = draft
        if draft.hit.kind in (MentionKind.MONEY, MentionKind.COUNT):
            self.amounts.append(draft)
        self.closes += draft.metric == "close"

    def last_of(self, kind: MentionKind, unit: str | None) -> Draft | None:
        """The sentence's last figure of ``kind`` in ``unit``."""
        return self._last_of.get((kind.value, unit))

    def metrics_since(self, t_start: int, first: int) -> set[str]:
        """The metrics of the sentence's figures from index ``first`` on (those after the time words
        starting at ``t_start``), read incrementally."""
        read, seen = self.metrics_after.get(t_start, (first, set()))
        seen.update(d.metric for d in self.sentence[read:])
        self.metrics_after[t_start] = (len(self.sentence), seen)
        return seen


def enter(doc: Doc, state: State, hit: Hit) -> None:
    """Move the running state to the sentence and line holding ``hit``."""
    s_index = doc.sentences.index_at(hit.start)
    line = doc.sentences.line_index(hit.start)
    item_start = doc.structure.item_at(hit.start).start
    if item_start != state.item_start:  # nothing carries across a document's items
        state.item_start, state.item_time = item_start, None
    if line != state.line_index:
        state.line_index, state.line_subject, state.line_period, state.sentence_period = line, None, None, None
        # the previous sentence is one on the same line (a yearly table), never the last of the line before
        state.previous_sentence = []
        state.new_sentence()
    if s_index != state.sentence_index:
        if state.sentence:
            state.previous_sentence = state.sentence
        # parts of one sentence joined by a semicolon (营收…;归母净利润…) share subject and period
        before = doc.sentences.spans[s_index - 1][1] if s_index else 0
        state.after_semicolon = bool(state.sentence) and doc.text[before - 1 : before] == ";"
        if state.sentence_period is not None:
            state.line_period, state.sentence_period = state.sentence_period, None
            state.line_period_read, state.line_period_sentence = state.sentence_period_read, state.sentence_index
        state.sentence_index = s_index
        state.new_sentence()
        state.prev_value_end, state.prev_kind_end = doc.sentences.spans[s_index][0], {}
        state.first_value_start = hit.start


def carried_ref(ref: SubjectRef) -> SubjectRef:
    """A subject carried to a later sentence: the same, without the span of its earlier mention."""
    if ref.span is None:
        return ref
    return SubjectRef(id=ref.id, alias=ref.alias, kind=ref.kind, span=None, code=ref.code, source=ref.source)


def inherit(source: Draft, key: str, how: str) -> str:
    """``how``, uncertain when the figure it was taken from was itself decided uncertainly (and then
    only ``read_elsewhere`` when that was all the source's doubt)."""
    source_how = source.decided.get(key, "")
    if not source_how.startswith(UNCERTAIN):
        return how
    return uncertain(how) if guessed(source_how) else read_elsewhere(how)


def any_uncertain(d: Draft) -> bool:
    return any(how.startswith(UNCERTAIN) for how in d.decided.values())
