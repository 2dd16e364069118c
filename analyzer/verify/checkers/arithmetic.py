"""The document's own arithmetic, no market data: growth of one stated figure over another, ratios, sums.

``claim.refs`` names the claims the figure is computed from: growth and ratio take (current, base);
a sum takes its listed parts.
"""

from __future__ import annotations

from decimal import Decimal

from analyzer.types import Claim, Verdict
from analyzer.verify.registry import CheckContext, Unverifiable, register_checker

HUNDRED = Decimal(100)


def _refs(ctx: CheckContext, count: int | None) -> list[Claim]:
    refs = ctx.claim.refs
    if not refs:
        raise Unverifiable(f"{ctx.claim.metric}: the claim names no figures it is computed from (refs)")
    if count is not None and len(refs) != count:
        raise Unverifiable(f"{ctx.claim.metric} needs {count} referenced figures, the claim names {len(refs)}")
    found = []
    for ref in refs:
        claim = ctx.claim_by_id(ref)
        if claim is None:
            raise Unverifiable(f"referenced claim {ref} is not in the document")
        if claim.value is None:
            raise Unverifiable(f"referenced claim {ref} ({claim.text}) has no numeric value")
        found.append(claim)
    units = {(c.unit, c.currency) for c in found}
    if len(units) > 1:
        shown = ", ".join(f"{c.id} {c.currency or c.unit}" for c in found)
        raise Unverifiable(f"referenced figures are in different units ({shown})")
    return found


def _describe(claims: list[Claim]) -> list[str]:
    return [f"{c.id} {c.text} = {c.value}" for c in claims]


@register_checker("growth")
def check_growth(ctx: CheckContext) -> Verdict:
    """Growth in % of refs[0] over refs[1]: (current / base − 1) × 100."""
    current, base = _refs(ctx, 2)
    assert current.value is not None and base.value is not None
    if base.value == 0:
        raise Unverifiable(f"the base figure {base.id} ({base.text}) is zero")
    computed = (current.value / base.value - 1) * HUNDRED
    method = f"growth of {current.id} ({current.text}) over {base.id} ({base.text}): current / base − 1"
    return ctx.judge("growth", computed, method, data=_describe([current, base]))


@register_checker("ratio")
def check_ratio(ctx: CheckContext) -> Verdict:
    """refs[0] / refs[1], in % when the claim is a percentage, else as a factor."""
    num, den = _refs(ctx, 2)
    assert num.value is not None and den.value is not None
    if den.value == 0:
        raise Unverifiable(f"the denominator {den.id} ({den.text}) is zero")
    computed = num.value / den.value * (HUNDRED if ctx.claim.unit == "%" else 1)
    method = f"ratio {num.id} ({num.text}) / {den.id} ({den.text})" + (" × 100" if ctx.claim.unit == "%" else "")
    return ctx.judge("ratio", computed, method, data=_describe([num, den]))


@register_checker("sum")
def check_sum(ctx: CheckContext) -> Verdict:
    """The stated total against the sum of its listed parts."""
    parts = _refs(ctx, None)
    if (ctx.claim.unit, ctx.claim.currency) != (parts[0].unit, parts[0].currency):
        raise Unverifiable("the total and its parts are in different units")
    computed = sum((p.value for p in parts if p.value is not None), Decimal(0))
    method = "sum of " + " + ".join(f"{p.id} ({p.text})" for p in parts)
    return ctx.judge("sum", computed, method, data=_describe(parts))
