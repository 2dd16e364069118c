"""Parts of one whole, each stated with its amount and its share, bind one another through the whole they imply.

A part's amount over its share is the whole (amount / share × 100): 收入13.20亿元(收入占比44.00%) and
童装收入6.60亿元(收入占比22.00%) both imply a whole of 30.00亿元, so each of the four figures agrees with the
others though the text never states the whole. The figures read:

- **a pair** is a share (``text_figures.shares``: 占比, 占基金资产净值比例) and the figure just before it in its
  sentence, an amount of the same subject (no other figure between them), the words between them naming the
  whole (占…: ``text_figures.share_words``) or a table's cell separator (the column header names it);
- **a group** is two or more pairs of different subjects whose words naming the whole are the same (once the
  filler words ``text_figures.share_filler`` are dropped: 为, 的, 期末), of one share metric, one period, one
  unit and currency of amount, in one sentence or in sentences that follow one another (the clauses of a list
  split at ；, a table's rows), a sentence without such a pair ending the group.

Each figure is read as the interval its digits allow (half a unit of its last digit, 约 widened, a bound binds
nothing); a pair whose rounding alone moves its implied whole by more than ``implied_spread`` (a share of 4%)
binds nothing (but one that cannot meet the others is a disagreement). The figures agree when every pair's interval
of the whole meets the others'. Agreement
supports each figure of the group, naming the pairs; a disagreement is ``text_inconsistent``, never a
contradiction (the parts may be of wholes the text names alike, a basis the text does not say).
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from analyzer.claims.vocabulary import both_scripts
from analyzer.extract.numbers import plain_decimal
from analyzer.types import Claim, DocumentResult, Verdict
from analyzer.verify.checkers.arithmetic import POINT_UNITS
from analyzer.verify.checkers.implied import Implied, bound_together, listed, others_value
from analyzer.verify.checkers.session_text import half_width, period_span
from analyzer.verify.checkers.text_figures import HUNDRED, figure_key, is_summed, text_verdict
from analyzer.verify.readings import readings
from analyzer.verify.registry import CheckContext, DocIndex

#: the reason of a disagreement: the text's own inconsistency, never a contradiction
DISAGREE = (
    "the parts' amounts and shares stated together imply different wholes, and the text does not say which "
    "figure is off (or whether the wholes are one), so none is called wrong"
)
CHECKER = "text_share_whole"


@dataclass(frozen=True, eq=False)  # one pair is one object (its claims are not hashed)
class Pair:
    """A part's share and its amount, and the words between them naming the whole."""

    share: Claim
    amount: Claim
    whole: str


def whole_words(gap: str) -> str | None:
    """The words naming the whole in the text between an amount and its share, filler and 占 dropped ('' for a bare
    占比), '|' for a table's cell separator, or None when the text names no share of a whole (no 占)."""
    words = readings().text_figures
    bare = "".join(gap.split())
    if bare and set(bare) <= set(words.cell_separators):
        return bare[0]
    if not any(w in bare for w in both_scripts(words.share_words)):
        return None
    for filler in both_scripts(words.share_filler) + both_scripts(words.share_words):
        bare = bare.replace(filler, "")
    return "".join(ch for ch in bare if ch.isalnum())  # the words only: brackets and commas name nothing


def _pairs(result: DocumentResult, figures: list[Claim]) -> list[Pair]:
    """The (share, amount) pairs of one sentence's figures (in text order)."""
    shares = readings().text_figures.shares
    found = []
    for before, share in pairwise(figures):
        if share.metric not in shares or share.unit != "%" or share.value is None or share.intraday:
            continue
        if before.unit in ("%", *POINT_UNITS) or not is_summed(before) or before.intraday:
            continue
        if figure_key(before) is None or figure_key(before) != figure_key(share):
            continue
        whole = whole_words(result.text[before.span.end : share.span.start])
        if whole is not None:
            found.append(Pair(share, before, whole))
    return found


def _kind(pair: Pair) -> tuple[object, ...]:
    a, s = pair.amount, pair.share
    return (pair.whole, s.metric, period_span(s), a.unit, a.currency)


def share_groups(result: DocumentResult, index: DocIndex) -> dict[str, list[Pair]]:
    """Each share's or amount's claim id → the group of pairs it belongs to (two or more pairs of one whole),
    read once per document: one pass over its sentences in order."""
    if "share_groups" in index.derived:
        return index.derived["share_groups"]  # type: ignore[return-value]
    groups: list[list[Pair]] = []
    open_groups: dict[tuple[object, ...], list[Pair]] = {}
    for start in sorted(index.by_sentence):
        figures = sorted((c for c in index.by_sentence[start] if c.value is not None), key=lambda c: c.span.start)
        found = _pairs(result, figures)
        kinds = {_kind(p) for p in found}
        for kind in [k for k in open_groups if k not in kinds]:  # a sentence without the kind ends its group
            groups.append(open_groups.pop(kind))
        for pair in found:
            open_groups.setdefault(_kind(pair), []).append(pair)
    groups.extend(open_groups.values())
    by_claim: dict[str, list[Pair]] = {}
    for group in groups:
        keys = [figure_key(p.share) for p in group]
        if len(group) < 2 or len(set(keys)) != len(keys):  # one part, or a part twice: no whole to compare
            continue
        for pair in group:
            by_claim[pair.share.id] = by_claim[pair.amount.id] = group
    index.derived["share_groups"] = by_claim
    return by_claim


def share_group(ctx: CheckContext) -> list[Pair] | None:
    """The group of parts of one whole the claim is a share or an amount of, or None."""
    assert ctx.index is not None
    return share_groups(ctx.result, ctx.index).get(ctx.claim.id)


def _whole_range(ctx: CheckContext, pair: Pair) -> Implied | None:
    """(low, high, as written) of the whole amounts the pair's digits allow, or None when a figure is a bound or
    the share or amount not positive."""
    a, s = pair.amount, pair.share
    ha, hs = half_width(ctx, a), half_width(ctx, s)
    if ha is None or hs is None or a.value is None or s.value is None:
        return None
    if a.value - ha <= 0 or s.value - hs <= 0:
        return None
    low, high = (a.value - ha) / (s.value + hs) * HUNDRED, (a.value + ha) / (s.value - hs) * HUNDRED
    return low, high, a.value / s.value * HUNDRED


def check_share_whole(ctx: CheckContext) -> Verdict | None:
    """A share or an amount of a group of parts of one whole: every pair's implied whole (amount / share × 100)
    against the others'; None when the claim's pair is too coarse or fewer than two pairs are precise."""
    group = share_group(ctx)
    if group is None:
        return None
    ranges = {p: r for p in group if (r := _whole_range(ctx, p)) is not None}
    mine = next((p for p in ranges if ctx.claim.id in (p.share.id, p.amount.id)), None)
    agree = bound_together(ranges, mine) if mine is not None else None
    if mine is None or agree is None:
        return None
    assert mine.amount.value is not None and mine.share.value is not None
    # shown: the whole the other precise parts imply as written, the agreement judged on the intervals
    whole = others_value(ranges, mine)
    computed = mine.amount.value / whole * HUNDRED if ctx.claim is mine.share else mine.share.value * whole / HUNDRED
    separators = readings().text_figures.cell_separators
    named = "a table column" if mine.whole in separators else f"「{mine.whole or '占比'}」"
    implied = listed(ranges, lambda p: f"{p.amount.text} / {p.share.text}")
    method = (
        f"the text's own figures: parts of one whole named {named}, each with its amount and share, imply the whole "
        f"as amount / share × 100 ({implied}), and the other parts' whole {plain_decimal(round(whole, 4))} gives "
        f"{plain_decimal(round(computed, 4))} against the stated {ctx.claim.text}"
    )
    used = [c for p in ranges for c in (p.amount, p.share)]
    return text_verdict(ctx, CHECKER, agree, computed, method, used, DISAGREE)
