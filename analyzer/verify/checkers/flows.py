"""Net flows over a period: the sum of daily values (a calendar-year total is the same sum)."""

from __future__ import annotations

from decimal import Decimal

from analyzer.extract.numbers import plain_decimal
from analyzer.types import Verdict
from analyzer.verify.calendars import calendar_for
from analyzer.verify.checkers.returns import _period
from analyzer.verify.registry import CheckContext, Unverifiable, register_checker

SHOW_MISSING = 8


@register_checker("net_inflow")
def check_net_inflow(ctx: CheckContext) -> Verdict:
    """Sum of the subject's daily ``net_inflow`` over the period; every trading day must be present."""
    ctx.require_store()
    start, end = _period(ctx)
    method = f"sum of daily net_inflow, {start} → {end}"
    ctx.value()
    try:
        series, subst = ctx.subject_series("net_inflow")
    except Unverifiable as exc:
        raise Unverifiable(exc.reason, method=method) from None
    subject = ctx.claim.subject
    inst = ctx.store.instrument(series.instrument) if ctx.store else None
    currency = inst.get("currency") if inst else None
    if ctx.claim.currency and currency and ctx.claim.currency != currency:
        raise Unverifiable(f"the claim is in {ctx.claim.currency} but {series.label} is in {currency}", method=method)
    points = series.between(start, end)
    cal = calendar_for(series.instrument)
    sessions = cal.between(start, end) if cal is not None else None
    if sessions is not None:
        have = {d for d, _ in points}
        missing = [d for d in sessions if d not in have]
        if missing:
            shown = ", ".join(str(d) for d in missing[:SHOW_MISSING]) + (" …" if len(missing) > SHOW_MISSING else "")
            raise Unverifiable(
                f"{series.label}: {len(missing)} of {len(sessions)} {cal.name} trading days in {start} → {end} "
                f"are missing: {shown}",
                method=method,
                data=(f"{series.label}: {series.describe_range()}",),
            )
    elif series.first is None or series.first > start or series.last is None or series.last < end:
        raise Unverifiable(f"{series.label} ({series.describe_range()}) does not cover {start} → {end}", method=method)
    if not points:
        raise Unverifiable(f"{series.label}: no observations in {start} → {end}", method=method)
    total = sum((v for _, v in points), Decimal(0))
    data = [
        f"{series.label} {len(points)} daily values {points[0][0]} .. {points[-1][0]}, sum {plain_decimal(total)}",
        *(f"source: {s}" for s in series.sources),
    ]
    who = subject.id if subject else series.instrument
    method = f"sum of {len(points)} daily net_inflow values of {who}, {points[0][0]} → {points[-1][0]}"
    return ctx.judge("net_inflow", total, method, data=data, reason=subst or None)
