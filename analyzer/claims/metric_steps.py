"""What refines a value's metric once found: its basis, a move of a ratio or a growth rate, the amounts a growth
compares."""

from __future__ import annotations

from bisect import bisect_right
from typing import TYPE_CHECKING

from analyzer.claims.currency import known_currency
from analyzer.claims.reading import TRADED
from analyzer.claims.vocabulary import cue_automaton
from analyzer.extract.base import Hit
from analyzer.instruments import default_registry
from analyzer.normalize.convert import both_scripts
from analyzer.types import MentionKind

if TYPE_CHECKING:
    from analyzer.claims.document import Doc
    from analyzer.claims.draft import Draft, State
    from analyzer.claims.rules import Decision


def basis_before(doc: Doc, draft: Draft, decision: Decision[str], state: State, c_start: int) -> Draft | None:
    """The figure before it in the sentence whose basis a bare move carries on (「新房价格同比下降1.7%,其中
    甲市下降2.1%」, 「按年升2%…升幅则为1%」): the last percent of the sentence that is not a pp move, when it
    was read with a relation word (同比, 按年, 环比) and this figure's own clause names only the move (no
    noun of its own, no traded name) and heads a statistic (a macro series, a name read only from the text,
    or none; never a listed company's figure: 营收同比增长13%,股价上涨2%). A sentence after a
    semicolon, or one a breakdown word opens (其中), goes on from the last percent of the sentence before."""
    if draft.metric not in ("growth", "return") or draft.mention.unit != "%":
        return None
    if not doc.metrics.names_move_only(decision.cue):
        return None
    if any(n.kind in TRADED for n in doc.names.between(c_start, draft.hit.start)):
        return None
    before = next((d for d in reversed(state.sentence) if d.mention.unit == "%"), None)
    if before is None and not state.sentence:
        s_start, _ = doc.sentences.span_at(draft.hit.start)
        opening = doc.text[s_start:c_start].strip(" ,，:：\n")
        if state.after_semicolon or opening in both_scripts(doc.metrics.vocab.breakdown_words):
            before = next((d for d in reversed(state.previous_sentence) if d.mention.unit == "%"), None)
    relation_metrics = doc.metrics.vocab.relation_metrics
    if before is None or before.basis is None or relation_metrics.get(before.basis) != before.metric:
        return None
    head = before.subject
    if not (before.basis_carried or head is None or head.kind in _STATISTICS or head.source == "surface"):
        return None  # a company's or a stock's figures name what moved (营收同比增长13%,股价上涨2%)
    return before


#: subjects whose figures are statistics broken down in lists of bare moves (居民消费价格…其中,城市上涨)
_STATISTICS = frozenset({"macro"})


def ratio_moved(doc: Doc, draft: Draft, state: State, c_start: int) -> str | None:
    """A change in pp or bp of a ratio (sets ``draft.ratio``; returns how it was found): the ratio named
    in its clause before it (净息差按季收窄5个基点), else the ratio stated just before it in the sentence
    when its own clause holds only direction and relation words (毛利率为21.8%,同比提升1.2个百分点)."""
    hit = draft.hit
    named = doc.metrics.ratio_named(hit.start, c_start)
    if named is not None:
        draft.ratio = doc.metrics.ratio_of(named)
        return f"a change of the {draft.ratio} named before it (「{named.word}」) in {draft.mention.unit}"
    if doc.metrics.names_other_noun(hit.start, c_start):
        return None
    last = next((d for d in reversed(state.sentence) if d.mention.unit == "%" or d.ratio is not None), None)
    if last is None:
        return None
    ratio = last.ratio or last.metric
    if not (ratio in doc.metrics.vocab.metrics and doc.metrics.cues(ratio).ratio):
        return None
    draft.ratio = ratio
    return f"a change of the {ratio} stated before it in {draft.mention.unit}"


def moves_to_level(doc: Doc, hit: Hit) -> bool:
    """A percent followed by 至 and another percent (配比下降0.05%至0.64%): a move and the level reached,
    so the move is in percentage points when a ratio is named before it."""
    if hit.kind != MentionKind.PERCENT:
        return False
    i = bisect_right(doc.value_starts, hit.start)
    if i == len(doc.value_starts) or not doc.metrics.is_level_after(hit.end, doc.value_starts[i]):
        return False
    # the level is a percent too (至0.64%): 增长128.6%至2.35亿元 reaches an amount, a growth's own level
    return "%" in doc.text[doc.value_starts[i] : doc.value_ends[i]]


#: metrics of a growth rate: a move of one in pp or bp is a growth_change
_GROWTH_RATES = frozenset({"growth", "growth_yoy", "growth_qoq", "growth_mom", "return"})


def growth_moved(doc: Doc, draft: Draft, state: State, c_start: int) -> str | None:
    """A move in pp or bp of a growth rate (sets ``draft.ratio`` to the growth that moved; returns how it
    was found): the clause names a growth's noun before it (降幅较上月收窄0.4个百分点, 收入增速回落2个
    百分点), or holds only direction and relation words after a growth rate stated before it in the
    sentence (M2同比增长7.8%,较上月提高0.3个百分点). A move of a decline's size (降幅收窄) is the
    opposite move of the rate, so the sign turns."""
    if draft.metric not in _GROWTH_RATES:
        return None
    hit = draft.hit
    rate = next((d for d in reversed(state.sentence) if d.mention.unit == "%" and d.metric in _GROWTH_RATES), None)
    moved = rate.metric if rate is not None else "growth"
    noun = doc.metrics.growth_noun(hit.start, c_start)
    if noun is not None:
        how = f"a change of the growth rate named before it (「{noun.word}」) in {draft.mention.unit}, not a growth"
        if doc.metrics.is_decline_noun(noun.word) and draft.value is not None:
            draft.value = -draft.value
            how += f"; the size of a decline (「{noun.word}」) moves against the rate, so the sign turns"
    elif rate is not None and not doc.metrics.names_other_noun(hit.start, c_start):
        how = f"a change of the {moved} stated before it in {draft.mention.unit}, not a growth"
    else:
        return None
    draft.ratio = moved
    return how


def subject_currency(draft: Draft) -> tuple[str, str] | None:
    """The trading currency the registry gives the claim's subject (腾讯控股 → HKD), else a well-known
    company's (``currency.known_currency``)."""
    ident = draft.subject.id if draft.subject else None
    inst = default_registry().get(ident) if ident else None
    if inst is None or not inst.currency:
        return known_currency(draft.subject)  # 长和收报33.85元: a well-known Hong Kong company, HKD
    return inst.currency, draft.subject.alias if draft.subject else ident or ""


def growth_refs(doc: Doc, hit: Hit, amounts: list[Draft]) -> tuple[str, ...]:
    """「A较B增长x%」: the two amounts of one metric before the change, (current, base); ``amounts`` are
    the sentence's money and count figures so far."""
    if len(amounts) < 2:
        return ()
    first, second = amounts[-2], amounts[-1]
    if first.metric != second.metric:
        return ()
    lead_in = doc.text[max(first.hit.end, second.hit.start - 12) : second.hit.start]
    if any(m in lead_in for m in both_scripts(doc.metrics.vocab.ref_markers)):
        return (first.id, second.id)
    return ()


def cues_forecast(cues: object) -> bool:
    """True when the metric itself is a forecast (目标价, 预测市盈率), whatever words stand around it."""
    return bool(getattr(cues, "forecast", False))


def amount_compared(doc: Doc, start: int, lo: int, last: Draft | None) -> bool:
    """A % after an amount, against a stated base (成交额2049亿元,较周二增加43%): the amount's growth,
    never a price's session change."""
    return (
        last is not None
        and last.mention.kind == MentionKind.MONEY
        and doc.metrics.comparison_before(start, lo) is not None
    )


def holdings_word(doc: Doc, metric: str, s_start: int, start: int) -> tuple[str, int] | None:
    """The word of a portfolio's holdings (持股, 仓位, 托管量: ``holdings_share``) nearest before ``start``
    in its sentence (from ``s_start``), and where it starts, when ``metric`` is one such a word makes
    another and no word of revenue or sales (营收, 收入) stands nearer; None otherwise. One pass over the
    sentence's words before the figure, only for the metrics named."""
    words = doc.metrics.vocab.holdings_share
    automaton = cue_automaton((*words.words, *words.unless)) if metric in words.metrics else None
    if automaton is None or start <= s_start:
        return None
    nearest: tuple[str, int] | None = None
    for end, length in automaton.iter(doc.text, s_start, start):
        begin = end - length + 1
        if nearest is None or begin >= nearest[1]:
            nearest = (doc.text[begin : end + 1], begin)
    if nearest is None or nearest[0] in both_scripts(words.unless):
        return None
    return nearest
