"""Which metric a value states, its sign, basis and whether it is a forecast — from cue words
found once per document (``CueIndex``) and looked up around each value.

Rules (data in ``corpora/patterns/metrics.yaml``):
  metric    an ``after`` cue right after the value, else the nearest ``before`` cue (no other value
            of the same kind in between), else the list it continues;
  sign      a change takes the sign of the nearest direction word in its clause (按年跌5% → −5);
            an amount is negative after one of its ``negate_before`` words (净流出, 亏损);
  basis     the nearest relation word in the clause (同比/按年 → yoy, 环比 → mom, 较前一交易日 →
            prev_close); a plain growth or return with a year-on-year relation is growth_yoy;
  forecast  the metric is one (目标价, 上行空间) or a forecast cue (有望, 预计) stands before the value
            in its sentence;
  qualifier a qualifier word before a change in its sentence (一度, 半日, 涨停) makes it another metric
            (intraday_move, limit_move) unless a word of its ``unless`` list stands nearer (收报);
  unit      a count with no cue takes the metric whose ``units`` hold its unit (1200套 → units).
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from analyzer.claims.clause_words import approximation_before
from analyzer.claims.cues import CueHit, CueIndex, cue_indexes
from analyzer.claims.vocabulary import MetricCues, MetricVocabulary, Qualifier, TightCue, metric_vocabulary
from analyzer.normalize.convert import both_scripts
from analyzer.regexguard import compile_guarded, max_width, near_matches, required_words


@dataclass(frozen=True, slots=True)
class MetricDecision:
    """A value's metric and how it was found."""

    metric: str
    how: str
    cue: CueHit | None = None
    certain: bool = True


@cache
def _cue_table(which: str) -> dict[str, tuple[str, ...]]:
    """cue word (both scripts) → the metrics it may name, for ``before`` or ``after`` cues."""
    table: dict[str, list[str]] = {}
    for name, cues in metric_vocabulary().metrics.items():
        for word in both_scripts(getattr(cues, which)):
            table.setdefault(word, []).append(name)
    return {w: tuple(ms) for w, ms in table.items()}


@cache
def _after_regex() -> re.Pattern[str] | None:
    words = sorted(_cue_table("after"), key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))) if words else None


@cache
def _word_set(*names: str) -> frozenset[str]:
    vocab = metric_vocabulary()
    out: set[str] = set()
    for name in names:
        out.update(both_scripts(getattr(vocab.directions, name)))
    return frozenset(out)


@cache
def _crossing_of() -> dict[str, str]:
    """threshold word (both scripts) → how the subject stands to the level (down, up, held, near)."""
    return {w: how for how, words in metric_vocabulary().crossings.items() for w in both_scripts(words)}


def crossing_words() -> dict[str, str]:
    """Threshold words in both scripts and how the subject stands to the level after them (down, up,
    held, near): the verify stage reads the same table as the reader."""
    return _crossing_of()


#: how each crossing reads in a reason
_CROSSING_WORDS = {
    "down": "fell through",
    "up": "rose through",
    "held": "held",
    "near": "neared",
}


@cache
def _ratio_cues() -> dict[str, str]:
    """cue word (both scripts) → the ratio metric it names (毛利率 → gross_margin)."""
    vocab = metric_vocabulary()
    return {w: name for name, cues in vocab.metrics.items() if cues.ratio for w in both_scripts(cues.before)}


@cache
def _unit_metrics() -> dict[tuple[str, str], str]:
    """(kind, unit) → the metric a figure with no cue in that unit states (count 套 → units)."""
    metrics = metric_vocabulary().metrics.items()
    return {(kind, u): name for name, cues in metrics for u in cues.units for kind in cues.kinds}


@cache
def _relation_of() -> dict[str, str]:
    return {w: basis for basis, words in metric_vocabulary().relations.items() for w in both_scripts(words)}


@cache
def _relation_words() -> tuple[str, ...]:
    """The relation words (同比, 按年 …) in ``_relation_of``'s order, as a tuple ``str.startswith`` takes."""
    return tuple(_relation_of())


@cache
def _moves_or_relations() -> frozenset[str]:
    """Every direction and relation word: a cue that is only these names no noun of its own."""
    return frozenset((*_word_set("up", "down", "neutral"), *_relation_of()))


#: how far back from a session word a period-end word (截至) may stand, and what stops the look-back
_PERIOD_END_REACH = 16
_PIECE_BREAKS = ",;。:()\n"


@cache
def _qualifier_regex(pattern: str) -> tuple[re.Pattern[str], tuple[str, ...] | None, int | None]:
    """The qualifier's pattern compiled, and the characters one of which every match holds (点 or 时 of
    a session time) with the widest match: it is tried only near them (``near_matches``)."""
    return compile_guarded(pattern), required_words(pattern, classes=True), max_width(pattern)


def _with_pattern(text: str, index: CueIndex, pattern: str | None) -> CueIndex:
    """``index`` with the matches of a qualifier's ``pattern`` added as words (no overlap: a word found
    first keeps its place)."""
    if pattern is None:
        return index
    regex, words, width = _qualifier_regex(pattern)
    found = regex.finditer(text) if words is None or width is None else near_matches(regex, text, words, width)
    spans = list(index.spans)
    spans += [m.span() for m in found]
    kept: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if not kept or start >= kept[-1][1]:
            kept.append((start, end))
    return CueIndex.of_spans(text, kept)


@cache
def _reader_lists() -> tuple[tuple[str, ...], ...]:
    """The word lists a ``MetricReader`` finds in one pass, built once per process."""
    vocab = metric_vocabulary()
    d = vocab.directions
    # cue words and direction/relation words are read as one vocabulary, leftmost and longest
    # first, so 升 of 回升 or 涨 of 涨跌 is never taken for a cue on its own
    negate = sorted({w for m in vocab.metrics.values() for w in m.negate_before})
    # each qualifier's words and the words that stop it, read as one vocabulary (半日收报 whole)
    qualifiers = [(*q.words, *q.unless) for q in vocab.qualifiers.values()]
    lists = [
        (*_cue_table("before"), *both_scripts((*d.up, *d.down, *d.neutral))),
        (*d.up, *d.down, *d.neutral),
        tuple(_relation_of()),
        vocab.forecast_cues,
        vocab.session_cues,
        vocab.period_words.week_moves,
        vocab.daily_average.words,
        vocab.growth_nouns,
        vocab.period_words.this_period,
        negate,
        *qualifiers,
    ]
    return tuple(tuple(words) for words in lists)


@cache
def _qualifiers_of(metric: str) -> tuple[tuple[str, Qualifier, str], ...]:
    """The qualifiers that apply to ``metric``, in the vocabulary's order: (name, qualifier, the metric
    it makes), read once per metric rather than the whole list once per figure."""
    return tuple(
        (name, q, q.metrics[metric]) for name, q in metric_vocabulary().qualifiers.items() if metric in q.metrics
    )


@cache
def _negating_words(metric: str) -> frozenset[str]:
    """The words before an amount of ``metric`` that make it negative (净流出, 亏损), both scripts."""
    return frozenset(both_scripts(metric_vocabulary().metrics[metric].negate_before))


@cache
def _qualifier_stops() -> tuple[frozenset[str], ...]:
    """The words that stop each qualifier (both scripts), in the vocabulary's order."""
    return tuple(frozenset(both_scripts(q.unless)) for q in metric_vocabulary().qualifiers.values())


#: marks that end a clause: no comparison reaches a forecast cue across them
_CLAUSE_MARKS = frozenset(",;:。!?")


@cache
def _forecast_compared() -> tuple[str, ...]:
    return tuple(both_scripts(metric_vocabulary().forecast_compared))


@cache
def _moves() -> frozenset[str]:
    return _word_set("up", "down") | frozenset(both_scripts(metric_vocabulary().growth_nouns))


@cache
def _flows() -> frozenset[str]:
    """Direction words that name the amount itself, never a change in it: a flow's (净流入, 净卖出) and,
    claims16b, a loss's (亏损: a word that names a metric, a cue before it, and makes its amount negative)."""
    moves = (*_word_set("down"), *_word_set("up"))
    metrics = metric_vocabulary().metrics.values()
    naming = {w for m in metrics for w in both_scripts(tuple(set(m.negate_before) & set(m.before)))}
    return frozenset(w for w in moves if w.startswith(("净", "淨")) or w in naming)


def _bare_relations_read(text: str, relations: CueIndex) -> CueIndex:
    """``relations`` without a bare relation word (年增, 月减) written right after a time or numeral
    character (今年增长, 3月增加: a time word and a move, no basis)."""
    vocab = metric_vocabulary()
    bare, after = frozenset(both_scripts(vocab.bare_relations)), vocab.bare_relations_not_after
    if not bare or not any(h.word in bare for h in relations.hits):
        return relations
    kept = [(h.start, h.end) for h in relations.hits if h.word not in bare or text[h.start - 1 : h.start] not in after]
    return CueIndex.of_spans(text, kept)


def _tight_cues_read(text: str, index: CueIndex, tight: dict[str, TightCue]) -> CueIndex:
    """The ``before`` cues without a tight cue that starts a longer word (销售 of 销售价格, 销售费用): that
    word names something else, and no name is cut at it. One pass over the cues, none when no tight cue
    lists such characters."""
    stops = {word: cue.not_before for word, cue in tight.items() if cue.not_before}
    if not stops:
        return index
    kept = [
        (s, e) for s, e in index.spans if e >= len(text) or text[e] not in stops.get(text[s:e], "")
    ]
    return index if len(kept) == len(index.spans) else CueIndex.of_spans(text, kept)


class MetricReader:
    """The cue indexes of one document and the decisions made from them."""

    def __init__(self, text: str) -> None:
        vocab: MetricVocabulary = metric_vocabulary()
        self.text = text
        self.vocab = vocab
        d = vocab.directions
        # every vocabulary in one pass over the text (one automaton for all of them); the lists
        # themselves are built once per process (``_reader_lists``)
        (
            self.before,
            self.directions,
            self.relations,
            self.forecast,
            self.session,
            self.week,
            self.daily,
            self.growth_nouns,
            self.this_period,
            self.negate,
            *qualified,
        ) = cue_indexes(text, _reader_lists())
        self.relations = _bare_relations_read(text, self.relations)
        self.before = _tight_cues_read(text, self.before, vocab.tight_cues)
        self._qualifiers = {
            name: (_with_pattern(text, index, q.pattern), stops)
            for (name, q), index, stops in zip(vocab.qualifiers.items(), qualified, _qualifier_stops(), strict=True)
        }
        # every qualifier word of the document in one list by (start, end), for ``first_qualifier``
        spans = sorted(span for index, _ in self._qualifiers.values() for span in index.spans)
        self._qualifier_starts = [s for s, _ in spans]
        self._qualifier_ends = [e for _, e in spans]
        self._down = _word_set("down")
        self._moves = _moves()
        self._neutral = _word_set("neutral")
        #: every direction word (涨, 跌, 持平): the predicate of parallel clauses (沪指涨…,深成指跌…)
        self.direction_words = _word_set("up", "down", "neutral")
        self._level_after = tuple(both_scripts(d.level_after))
        self._comparison = both_scripts(vocab.comparison_words)
        self._compared_moves = frozenset(both_scripts(vocab.compared_moves))
        self._stock_nouns = both_scripts(vocab.stock_nouns)
        self._period_end = both_scripts(vocab.period_end_words)
        self._period_start = both_scripts(vocab.period_start_words)
        self._flows = _flows()

    def names_amount(self, word: str) -> bool:
        """True when ``word`` is the noun of an amount or level (营收, 成交额, 收报), not a change."""
        names = _cue_table("before").get(word, ())
        return bool(names) and not any(self.cues(n).change for n in names)

    def cues(self, name: str) -> MetricCues:
        return self.vocab.metrics[name]

    def _levels_off(self, cue: CueHit) -> bool:
        """A direction word that names a level (升至7200点, 收窄至1.5%), not a change."""
        return self.text.startswith(self._level_after, cue.end)

    def decide(self, kind: str, start: int, end: int, floor: int) -> MetricDecision | None:
        """The metric of a ``kind`` value at ``[start, end)`` from its cues (None when it has none);
        ``floor`` is where the search for a ``before`` cue stops (sentence start, previous value)."""
        after = self._after(kind, end)
        if after is not None:
            return after
        lo = max(floor, start - self.vocab.window)
        for cue in reversed(self.before.within(lo, start)):
            gap = start - cue.end
            tight = self.vocab.tight_cues.get(cue.word)
            if tight is not None and (
                gap > tight.max_gap
                or (cue.start > 0 and self.text[cue.start - 1] in tight.not_after)
            ):
                continue  # 收 names the close only right before the value (收795元), never 税收5亿元
            for name in _cue_table("before").get(cue.word, ()):
                cues = self.cues(name)
                if kind not in cues.kinds or (cues.max_gap is not None and gap > cues.max_gap):
                    continue
                if cues.change and self._levels_off(cue):
                    continue  # 增长至 names a level: look further back for the noun (毛利率)
                how = f"cue 「{cue.word}」 before the value"
                crossing = _crossing_of().get(cue.word)
                if crossing is not None:
                    how += f": a level the subject {_CROSSING_WORDS.get(crossing, crossing)} ({crossing}), not a change"
                return MetricDecision(name, how, cue)
        return self._direction_only(kind, start, floor)

    def ratio_named(self, start: int, lo: int) -> CueHit | None:
        """The nearest cue word naming a ratio (毛利率, 净息差) in ``[lo, start)``."""
        ratios = _ratio_cues()
        for cue in reversed(self.before.within(lo, start)):
            if cue.word in ratios:
                return cue
        return None

    def ratio_of(self, cue: CueHit) -> str:
        return _ratio_cues()[cue.word]

    def names_other_noun(self, start: int, lo: int) -> bool:
        """True when a cue in ``[lo, start)`` is a noun of its own (增速, 涨幅), not only direction and
        relation words (同比提升, 按季收窄): a pp move then is of that noun, not of a ratio named before."""
        moves, relations = _moves_or_relations(), _relation_words()
        for cue in self.before.within(lo, start):
            word = cue.word
            if word in moves:
                continue
            rest = word
            if word.startswith(relations):  # the relation word it opens with cut off (同比提升 → 提升)
                rest = next(word[len(r) :] for r in relations if word.startswith(r))
            if rest and rest not in moves:
                return True
        return False

    def names_move_only(self, cue: CueHit | None) -> bool:
        """True when ``cue`` names only a move (下降, 上涨, 升幅), no noun of what moved or on what basis:
        the figure is then one of a list the move of a figure before it heads (同比下降1.7%,其中北京下降2.1%)."""
        if cue is None:
            return False
        return cue.word in self._moves

    def growth_noun(self, start: int, lo: int) -> CueHit | None:
        """The nearest noun of a growth rate (增速, 降幅) in ``[lo, start)``."""
        return self.growth_nouns.last_before(start, lo)

    def is_decline_noun(self, word: str) -> bool:
        """True for the size of a decline (降幅, 跌幅): a move of it is the opposite move of the rate."""
        return word in self._down

    def reached_by_move(self, start: int, lo: int) -> bool:
        """Whether the value at ``start`` follows a direction word and a level word (升至, 增加到) in
        ``[lo, start)``."""
        before = self.text[lo:start].rstrip(" 了")
        if not before.endswith(self._level_after):
            return False
        word = next(w for w in self._level_after if before.endswith(w))
        moved = self.directions.last_before(start - len(word), lo)
        return moved is not None and before[: -len(word)].endswith(moved.word)

    def is_level_after(self, start: int, end: int) -> bool:
        """True when ``text[start:end]`` is just a level word (至, 到), maybe with spaces or 了."""
        between = self.text[start:end].strip(" 了")
        return between in self._level_after

    def _direction_only(self, kind: str, start: int, floor: int) -> MetricDecision | None:
        """A change named only by a direction word right before it (股价急升7.3%, 高开58点)."""
        metric = {"percent": "return", "points": "change_points"}.get(kind)
        hit = self.directions.last_before(start, floor)
        if metric is None or hit is None or start - hit.end > 2 or self._levels_off(hit) or hit.word in self._neutral:
            return None
        return MetricDecision(metric, f"direction word 「{hit.word}」 right before the value", hit)

    def _after(self, kind: str, end: int) -> MetricDecision | None:
        regex = _after_regex()
        if regex is None:
            return None
        pos = end
        while pos < len(self.text) and pos - end < self.vocab.after_gap and self.text[pos] in "的 ":
            pos += 1
        match = regex.match(self.text, pos)
        if match is None:
            return None
        for name in _cue_table("after")[match.group()]:
            if kind in self.cues(name).kinds:
                return MetricDecision(
                    name, f"cue 「{match.group()}」 after the value", CueHit(pos, match.end(), match.group())
                )
        return None

    def by_unit(self, kind: str, unit: str | None) -> MetricDecision | None:
        """The metric of a figure with no cue from its unit alone (1200套 → units, 12.5亿份 → fund_shares)."""
        name = _unit_metrics().get((kind, unit or ""))
        if name is None:
            return None
        return MetricDecision(name, f"a count in 「{unit}」")

    def first_qualifier(self, start: int, end: int) -> int | None:
        """Where the first qualifier word (一度, 盘中, 半日 …) in ``[start, end)`` starts, if any."""
        # the first word (by where it starts) that also ends inside: only words reaching past ``end``
        # are skipped, and a word is a few characters long
        starts, ends = self._qualifier_starts, self._qualifier_ends
        for k in range(bisect_left(starts, start), len(starts)):
            if starts[k] > end:
                break
            if ends[k] <= end:
                return starts[k]
        return None

    def qualified(
        self, metric: str, start: int, sentence_start: int, prev_value_end: int, sentence: int | None = None
    ) -> tuple[str, CueHit, bool] | None:
        """(metric, word, intraday) when a qualifier word before ``start`` in the sentence makes ``metric``
        another or marks it read during the session (一度跌7% → change_pct, intraday); None when none
        applies or a word that stops it stands nearer. The search starts at ``sentence_start`` (the
        caller's floor: the sentence, or the last name in it); a qualifier ``across_names`` reaches back
        to ``sentence`` (the sentence's start) past names; one not ``across_figures`` reaches back only
        to the figure before it; the nearest wins."""
        best: tuple[int, str, CueHit, bool] | None = None
        for name, q, target in _qualifiers_of(metric):
            index, stops = self._qualifiers[name]
            floor = sentence if q.across_names and sentence is not None else sentence_start
            hit = index.last_before(start, floor if q.across_figures else max(floor, prev_value_end))
            if hit is None or hit.word in stops or (q.reach is not None and start - hit.end > q.reach):
                continue
            # the nearest word wins; of two starting at the same place the longer (曾升 over 曾)
            if best is None or (hit.start, hit.end) > (best[0], best[2].end):
                best = (hit.start, target, hit, q.intraday)
        return (best[1], best[2], best[3]) if best is not None else None

    def negative(self, name: str, start: int, clause_start: int, floor: int, after: CueHit | None = None) -> str | None:
        """The word that makes the value negative, or None: a down direction word for a change,
        a negating word for an amount (净流出, 亏损), or a negating cue right after it (10%跌停)."""
        cues = self.cues(name)
        if after is not None and after.start >= start and after.word in both_scripts(cues.negate_after):
            return after.word
        lo = max(clause_start, floor)
        if cues.change:
            # the whole clause: 「跌183点或0.9%」 — one direction word for both figures
            for hit in reversed(self.directions.within(clause_start, start)):
                if self._levels_off(hit):
                    continue
                if hit.word in self._neutral:
                    return None
                return hit.word if hit.word in self._down else None
            return None
        words = _negating_words(name)
        for hit in reversed(self.negate.within(lo, start)):
            if hit.word in words and not self._levels_off(hit):  # 减少至3.2万亿美元: the level it fell to
                return hit.word
        return None

    def relation(self, start: int, clause_start: int) -> CueHit | None:
        """The nearest relation word (同比, 按年, 环比 …) in the clause before the value."""
        found = self.relations.within(clause_start, start)
        return found[-1] if found else None

    def basis_of(self, cue: CueHit) -> str:
        return _relation_of()[cue.word]

    def states_basis(self, word: str) -> bool:
        """Whether ``word`` (a cue) holds a relation word itself (同比增长, 按年升): its basis is written."""
        return any(relation in word for relation in _relation_of())

    def forecast_cue(self, start: int, sentence_start: int) -> CueHit | None:
        """The last forecast cue before ``start`` in its sentence that is no base of a comparison."""
        hit = self.forecast.last_before(start, sentence_start)
        # a figure right after the cue is the forecast compared with (比2月预测3.43%增加…): it stays one
        while hit is not None and self.text[hit.end : start].strip() and self._compared_with(hit, sentence_start):
            hit = self.forecast.last_before(hit.start, sentence_start)
        return hit

    def _compared_with(self, hit: CueHit, lo: int) -> bool:
        """True when a word of comparing stands right before the cue (比2月预测增加0.59个百分点, 不如预期,
        好于市场预期): the forecast is what the figure is measured against; the figure is a fact."""
        words = _forecast_compared()
        if not words:
            return False
        gap = self.vocab.forecast_compared_gap
        longest = max(map(len, words))
        lead = self.text[max(lo, hit.start - gap - longest) : hit.start]
        for w in words:
            i = lead.rfind(w)
            between = lead[i + len(w) :] if i >= 0 else ""
            if i >= 0 and len(between) <= gap and not any(ch in _CLAUSE_MARKS for ch in between):
                return True
        return False

    def _move_before(self, start: int, lo: int) -> CueHit | None:
        """The direction word right before the amount at ``start`` (but for 了, and a word of size before the
        amount: 减少约22亿元, 增加逾20亿元) in ``[lo, start)``, when it moves the amount: not a neutral word, nor a
        flow's (净流入/净买入 name the amount itself)."""
        start -= len(approximation_before(self.text, lo, start))
        moved = self.directions.last_before(start, lo)
        if moved is None or moved.word in self._neutral:
            return None
        between = self.text[moved.end : start].strip()
        compared = self.compares_by_itself(moved.word)
        # claims15b: 萎缩超4400亿: a word of size between a move that compares by itself and its amount
        sized = compared and between == approximation_before(self.text, moved.end, start)
        if between not in ("", "了") and not sized:
            return None
        if moved.word in self._flows:
            return None  # 净流入/净买入 name the amount itself (a flow), not a change in it
        return moved

    def amount_change(self, start: int, lo: int) -> CueHit | None:
        """The direction word right before an amount that a comparison or relation word earlier in
        the clause makes a change (较上周增加0.58万亿元, 同比减少12亿元), or that compares by itself (萎缩, 放量);
        None for a plain amount (a word of size between the move and its amount, 较上月减少约22亿元, leaves the
        change a change: ``_move_before``)."""
        moved = self._move_before(start, lo)
        if moved is None:
            return None
        if self.compares_by_itself(moved.word):
            return moved
        lead = self.text[lo : moved.start]
        # a direction word may hold its own comparison (同比多7577亿元: 比)
        if self.relations.within(lo, moved.start) or any(w in lead or w in moved.word for w in self._comparison):
            return moved
        return None

    def compares_by_itself(self, word: str) -> bool:
        """Whether a direction word compares with the session before by itself (放量, 萎缩)."""
        return word in self._compared_moves

    def level_moved(self, start: int, lo: int) -> tuple[str, CueHit] | None:
        """claims15c: (the noun, the direction word) when the amount at ``start`` follows a direction word
        (but for 约, 逾) right after a noun of an outstanding amount in ``[lo, start)``, its clause
        (融资余额增加20亿元, 外汇储备规模减少120亿美元): the change of that level. The noun must be the move's own
        subject, written right before it: in 社会融资规模中…人民币贷款增加18万亿元 the loans moved, and a flow's
        增加 names the flow itself."""
        moved = self._move_before(start, lo)
        if moved is None:
            return None
        before = self.text[lo : moved.start]
        found = max(((before.rfind(w), w) for w in self._stock_nouns), default=(-1, ""))
        if found[0] < 0 or before[found[0] + len(found[1]) :].strip(" 了的"):
            return None  # no such noun, or words between it and the move (another noun moved, or a value)
        return found[1], moved

    def move_opens_clause(self, start: int, lo: int) -> CueHit | None:
        """claims16b: the direction word that opens the clause ``[lo, start)`` and moves the amount at ``start``
        (减少30亿元, 增加约2400人: nothing before it in the clause, a word of size at most between it and the
        amount); None otherwise. A change only when what it is measured against is written (a comparison)."""
        moved = self._move_before(start, lo)
        if moved is None or self.text[lo : moved.start].strip():
            return None
        return moved

    def comparison_before(self, start: int, lo: int) -> str | None:
        """A comparison word (较, 比, 相比) in ``[lo, start)``: what a change there is relative to is stated."""
        lead = self.text[lo:start]
        return next((w for w in self._comparison if w in lead), None)

    def week_move(self, pos: int, lo: int) -> str | None:
        """A week's-move word (周涨, 本周累计) between ``lo`` and the value at ``pos``."""
        hit = self.week.last_before(pos, lo)
        return hit.word if hit is not None else None

    def in_session(self, sentence_start: int, sentence_end: int) -> CueHit | None:
        """A market-session word (收报, 高开, 全日 …) in the sentence, not one that ends a longer period
        the sentence starts (年初至今(截至2月27日收盘): the date that period runs to, not a session the
        figure is the change of); 截至收盘 with no such period is the session itself."""
        longer: bool | None = None
        for cue in self.session.within(sentence_start, sentence_end):
            lead = self.text[max(sentence_start, cue.start - _PERIOD_END_REACH) : cue.start]
            lead = lead[max(lead.rfind(c) for c in _PIECE_BREAKS) + 1 :]
            if not any(w in lead for w in self._period_end):
                return cue
            if longer is None:
                sentence = self.text[sentence_start:sentence_end]
                longer = any(w in sentence for w in self._period_start)
            if not longer:
                return cue
        return None
