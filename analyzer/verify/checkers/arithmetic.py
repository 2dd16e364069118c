"""The document's own arithmetic, no market data: a figure computed from other figures the text states.

``claim.refs`` names the claims the figure is computed from:
- growth (「A较B增长x%」, 「较…下降x%」, any metric with basis ``ref``): (refs[0] / refs[1] − 1) × 100;
- a share or ratio (「占…x%」): refs[0] / refs[1], × 100 when the figure is a percentage;
- a sum of parts (「合计」): the stated total against the sum of its listed parts;
- upside from a target and a close (「目标价…较现价有x%上行空间」): (target / close − 1) × 100;
- a change of a rate in percentage points (「较上年提升4.8个百分点」), or a change in money or points between two
  amounts of its own unit (「较三季度末690.82亿元减少101.41亿元」): refs[0] − refs[1].
:func:`arithmetic_kind` decides which one a claim with refs is.
"""

from __future__ import annotations

from decimal import Decimal

from analyzer.types import Claim, Verdict, VerdictStatus
from analyzer.verify.registry import CheckContext, Unverifiable, made_unverifiable, register_checker

HUNDRED = Decimal(100)
GROWTH_METRICS = frozenset({"growth", "growth_yoy", "growth_qoq", "growth_mom"})
SHARE_METRICS = frozenset({"ratio", "share", "equity_share", "benchmark_weight"})
SUM_METRICS = frozenset({"sum", "total"})
TARGET_METRICS = frozenset({"target_price"})
PRICE_METRICS = frozenset({"close", "price"})
#: a change of a rate, in percentage points (bp values are in percentage points too)
POINT_UNITS = frozenset({"pp", "bp"})
#: a change stated in its amounts' own unit (money, points): the difference of the two, never a growth rate
AMOUNT_CHANGES = frozenset({"change_amount", "change_points"})
#: a growth written as a multiple (增长2倍): compared in multiples, never as a percent
MULTIPLE_UNIT = "x"


def arithmetic_kind(claim: Claim, refs: list[Claim] | None = None) -> str | None:
    """Which in-text computation a claim with refs states: growth, ratio, sum, upside; None without refs."""
    if not claim.refs:
        return None
    if claim.unit in POINT_UNITS or (claim.metric in AMOUNT_CHANGES and claim.unit != "%"):
        return "difference"
    if claim.metric == "upside":
        return "upside"
    if claim.metric in SUM_METRICS:
        return "sum"
    if claim.metric in SHARE_METRICS or claim.basis == "weight":
        return "ratio"
    if claim.metric in GROWTH_METRICS or claim.basis == "ref":
        return "growth"
    if refs is not None and len(refs) >= 2 and all((r.unit, r.currency) == (claim.unit, claim.currency) for r in refs):
        return "sum"  # a figure in the same unit as its parts
    if len(claim.refs) == 2 and claim.unit == "%":
        return "growth"
    return None


def _refs(ctx: CheckContext, count: int | None) -> list[Claim]:
    refs = ctx.claim.refs
    if not refs:
        raise Unverifiable("the text does not state the figures this one is computed from", cause="text_incomplete")
    if count is not None and len(refs) != count:
        raise Unverifiable(
            f"the figure should be computed from {count} stated figures; the text links {len(refs)}",
            cause="text_incomplete",
        )
    found = []
    for ref in refs:
        claim = ctx.claim_by_id(ref)
        if claim is None:
            raise Unverifiable(
                f"a figure it is computed from ({ref}) is not among the document's claims", cause="text_incomplete"
            )
        if claim.value is None:
            raise Unverifiable(
                f"the figure it is computed from ({claim.text}) is not a single number", cause="text_incomplete"
            )
        found.append(claim)
    units = {(c.unit, c.currency) for c in found}
    if len(units) > 1:
        shown = ", ".join(f"{c.text} ({c.currency or c.unit})" for c in found)
        raise Unverifiable(f"the figures it is computed from are in different units: {shown}")
    return found


def _describe(claims: list[Claim]) -> list[str]:
    return [f"{c.id} {c.text} = {c.value}" for c in claims]


def check_growth_refs(ctx: CheckContext, checker: str = "growth") -> Verdict:
    """Growth in % of refs[0] over refs[1]: (current / base − 1) × 100 (a fall is negative)."""
    current, base = _refs(ctx, 2)
    assert current.value is not None and base.value is not None
    if base.value == 0:
        raise Unverifiable(f"the base figure ({base.text}) is zero, so no growth rate exists")
    if base.value < 0 and current.value != base.value:
        raise Unverifiable(f"the base figure ({base.text}) is negative: a growth rate on it has no single convention")
    if ctx.claim.unit == MULTIPLE_UNIT:
        return _growth_as_multiple(ctx, checker, current, base)
    computed = (current.value / base.value - 1) * HUNDRED
    method = f"growth of {current.text} over {base.text} stated in the text: current / base − 1"
    return ctx.judge(checker, computed, method, data=_describe([current, base]))


def _growth_as_multiple(ctx: CheckContext, checker: str, current: Claim, base: Claim) -> Verdict:
    """A growth written as a multiple (较40亿元增长2倍): current / base − 1 in multiples, never compared as a percent;
    a disagreement is unverifiable (增长N倍 is also written for N times the base, so it is not called wrong)."""
    assert current.value is not None and base.value is not None
    computed = current.value / base.value - 1
    method = f"growth of {current.text} over {base.text} stated in the text, in multiples: current / base − 1"
    verdict = ctx.judge(checker, computed, method, data=_describe([current, base]))
    if verdict.status is not VerdictStatus.CONTRADICTED:
        return verdict
    return made_unverifiable(
        verdict,
        f"{current.text} / {base.text} − 1 is not the stated multiple; 「增长N倍」 is also written for N times the "
        "base, so it is not called wrong",
    )


@register_checker("growth")
def check_growth(ctx: CheckContext) -> Verdict:
    """Growth in % of refs[0] over refs[1]."""
    return check_growth_refs(ctx)


@register_checker("ratio")
def check_ratio(ctx: CheckContext) -> Verdict:
    """refs[0] / refs[1], in % when the claim is a percentage, else as a factor (a share of a whole)."""
    num, den = _refs(ctx, 2)
    assert num.value is not None and den.value is not None
    if den.value == 0:
        raise Unverifiable(f"the whole ({den.text}) is zero")
    computed = num.value / den.value * (HUNDRED if ctx.claim.unit == "%" else 1)
    method = (
        f"share {num.text} / {den.text}" + (" × 100" if ctx.claim.unit == "%" else "") + ", both stated in the text"
    )
    return ctx.judge("ratio", computed, method, data=_describe([num, den]))


@register_checker("sum")
def check_sum(ctx: CheckContext) -> Verdict:
    """The stated total against the sum of its listed parts."""
    parts = _refs(ctx, None)
    if (ctx.claim.unit, ctx.claim.currency) != (parts[0].unit, parts[0].currency):
        raise Unverifiable("the total and its parts are in different units")
    computed = sum((p.value for p in parts if p.value is not None), Decimal(0))
    method = "sum of the parts stated in the text: " + " + ".join(p.text for p in parts)
    return ctx.judge("sum", computed, method, data=_describe(parts))


def check_upside_refs(ctx: CheckContext) -> Verdict:
    """Upside in % from a target and a price the text states: (target / price − 1) × 100."""
    refs = _refs(ctx, 2)
    target = next((r for r in refs if r.metric in TARGET_METRICS), None)
    price = next((r for r in refs if r is not target and r.metric in PRICE_METRICS), None)
    if target is None or price is None:
        target, price = refs  # refs[0] the target, refs[1] the price, as the claims stage orders them
    assert target.value is not None and price.value is not None
    if price.value <= 0:
        raise Unverifiable(f"the price ({price.text}) is not positive")
    computed = (target.value / price.value - 1) * HUNDRED
    method = f"upside of the target {target.text} over the price {price.text}: target / price − 1"
    return ctx.judge("upside", computed, method, data=_describe([target, price]))


def upside_in_sentence(ctx: CheckContext) -> tuple[Claim, Claim] | None:
    """(target, price) for an upside the claims stage linked to nothing (目标价32元,较现价28元有14.3%上行空间):
    the sentence's one target price and one price, in the same currency; None when either is missing or
    stated more than once (which pair is meant is then unknown)."""
    assert ctx.index is not None
    near = [c for c in ctx.index.by_sentence.get(ctx.claim.sentence.start, ()) if c.value is not None]
    targets = [c for c in near if c.metric in TARGET_METRICS]
    prices = [c for c in near if c.metric in PRICE_METRICS]
    if len(targets) != 1 or len(prices) != 1:
        return None
    target, price = targets[0], prices[0]
    if (target.unit, target.currency) != (price.unit, price.currency):
        return None
    return target, price


def check_upside_in_sentence(ctx: CheckContext) -> Verdict:
    """Upside in % from the target price and the price stated in the same sentence: (target / price − 1) × 100."""
    found = upside_in_sentence(ctx)
    if found is None:
        raise Unverifiable(
            "the sentence does not state one target price and one price to compute the upside from",
            cause="text_incomplete",
        )
    target, price = found
    assert target.value is not None and price.value is not None
    if price.value <= 0:
        raise Unverifiable(f"the price ({price.text}) is not positive")
    computed = (target.value / price.value - 1) * HUNDRED
    method = f"upside of the target {target.text} over the price {price.text} stated beside it: target / price − 1"
    return ctx.judge("upside", computed, method, data=_describe([target, price]))


def check_difference(ctx: CheckContext) -> Verdict:
    """refs[0] − refs[1]: a change of a rate in percentage points from two percentages (「较上年提升4.8个百分点」), or
    a change in money or points from two amounts of the claim's own unit and currency (「较三季度末690.82亿元减少
    101.41亿元」: 589.41 − 690.82)."""
    claim = ctx.claim
    current, base = _refs(ctx, 2)
    assert current.value is not None and base.value is not None
    if claim.unit in POINT_UNITS:
        if current.unit != "%":
            raise Unverifiable(f"the figures it is computed from ({current.text}, {base.text}) are not percentages")
        method = f"change of {base.text} to {current.text} stated in the text, in percentage points"
    else:
        if (current.unit, current.currency) != (claim.unit, claim.currency):
            shown = claim.currency or claim.unit
            raise Unverifiable(
                f"the figures it is computed from ({current.text}, {base.text}) are not in the change's unit ({shown})"
            )
        method = f"change of {base.text} to {current.text} stated in the text: {current.text} − {base.text}"
        verdict = ctx.judge("difference", current.value - base.value, method, data=_describe([current, base]))
        if verdict.status is not VerdictStatus.CONTRADICTED:
            return verdict
        # which of the three figures is wrong the text does not say (and the two amounts are linked to the change by
        # reading, not stated as its base): never a contradiction
        return made_unverifiable(
            verdict,
            f"the text's figures disagree: {current.text} − {base.text} is not the stated change, and the text does "
            "not say which figure is wrong",
            "text_inconsistent",
        )
    return ctx.judge("difference", current.value - base.value, method, data=_describe([current, base]))


#: what :func:`arithmetic_kind` answers → the function that checks it
BY_KIND = {
    "growth": check_growth_refs,
    "ratio": check_ratio,
    "sum": check_sum,
    "upside": check_upside_refs,
    "upside_sentence": check_upside_in_sentence,
    "difference": check_difference,
}
