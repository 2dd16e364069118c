"""A figure another figure's in-sentence identity was computed from, supported when that identity holds.

The identities of ``text_figures`` are read from the change's or the share's side: a growth against the two levels
it lies between (营业收入分别为357.40亿元、395.47亿元，同比分别增长6.11%、10.65%: 395.47 / 357.40 − 1 = 10.65%), a
rate's change against both rates, a share against the parts' amounts when the shares sum to the whole. The same
arithmetic binds each figure it uses: when the change or the share agrees with the figures stated beside it, each
of those figures agrees with the others too, and is supported with the same method, naming the figure checked
through it. A part listed after 其中 is not (the parts need not be all of the total), and a figure of an identity
that does not hold gets nothing from it: a disagreement never calls one of its figures wrong.
"""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from analyzer.extract.numbers import plain_decimal
from analyzer.types import Claim, Verdict, VerdictStatus
from analyzer.verify.checkers.text_figures import (
    HUNDRED,
    check_part_shares,
    check_rate_difference,
    compound_years,
    part_shares,
    rate_pair,
    sentence_neighbours,
)
from analyzer.verify.registry import CheckContext, Unverifiable


def _implied(ctx: CheckContext, via: Claim, first: Claim, second: Claim, kind: str) -> Decimal | None:
    """The value the change ``via`` and the other figure of its pair give the claim (one of ``first``, the later or
    own figure, and ``second``)."""
    change, a, b = via.value, first.value, second.value
    if change is None or a is None or b is None:
        return None
    mine_first = ctx.claim.id == first.id
    if kind != "growth":
        return b + change if mine_first else a - change
    years = compound_years(replace(ctx, claim=via), first, second) or 1
    factor = (1 + change / HUNDRED) ** years
    if factor <= 0:
        return None
    return b * factor if mine_first else a / factor


def check_bound_by_neighbour(ctx: CheckContext) -> Verdict | None:
    """The claim supported through the figures of its sentence whose identities used it (a change between two
    stated figures, a share of parts summing to the whole), when every one of them holds; None when none used it
    or one does not hold (the text does not say which figure is off)."""
    claim = ctx.claim
    if claim.value is None:
        return None
    found: Verdict | None = None
    for via in sentence_neighbours(ctx):
        other = replace(ctx, claim=via)
        pair = rate_pair(other)
        shares = part_shares(other) if pair is None else None
        if pair is not None and claim.id in (pair[0].id, pair[1].id):
            check, computed = check_rate_difference, _implied(ctx, via, pair[0], pair[1], pair[3])
        elif shares is not None and claim.id in {c.id for c in shares[1]}:
            check, computed = check_part_shares, None
        else:
            continue
        try:
            verdict = check(other)
        except (Unverifiable, ArithmeticError):
            continue
        if verdict.status is not VerdictStatus.SUPPORTED:
            return None
        if check is check_part_shares and verdict.computed and via.value is not None:
            computed = claim.value * via.value / verdict.computed  # this part in the proportion the share states
        found = found or _through(ctx, verdict, via, computed)
    return found


def _through(ctx: CheckContext, verdict: Verdict, via: Claim, computed: Decimal | None) -> Verdict:
    """The neighbour's supporting verdict, made the claim's: the same method and figures, the neighbour named."""
    return verdict.model_copy(
        update={
            "claim_id": ctx.claim.id,
            "expected": ctx.claim.value,
            "computed": round(computed, 4) if computed is not None else None,
            "tolerance": ctx.tolerance(),
            "data": [f"{via.id} {via.text} = {plain_decimal(via.value)}", *verdict.data],
        }
    )
