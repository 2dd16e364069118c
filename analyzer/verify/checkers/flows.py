"""Net flows over a period: the sum of daily values (a calendar-year total is the same sum).

Southbound 净流入 in articles is the exchanges' 成交净买额 (buy − sell turnover): the quota-based
当日资金流入 has not been published since 2024-08-19 and does not give the figures articles quote
(see the note of the series in ``corpora/market/series.yaml``); the method says so in every verdict.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from analyzer.extract.numbers import plain_decimal
from analyzer.types import Verdict
from analyzer.verify.calendars import calendar_for
from analyzer.verify.checkers.returns import _period
from analyzer.verify.registry import CheckContext, Unverifiable, across_providers, register_checker
from analyzer.verify.series import Series
from analyzer.verify.words import series_words

SHOW_MISSING = 8


def _sum_on(ctx: CheckContext, series: Series, start: dt.date, end: dt.date) -> Verdict:
    words = series_words(series.instrument, series.field)
    method = f"sum of {words}, {start} → {end}"
    if series.last is not None and series.last < end:
        raise Unverifiable(
            f"no {words} after {series.last} in the store (the period runs to {end})",
            method=method,
            cause="past_store",
            missing=(series.instrument, series.field),
        )
    if series.first is not None and series.first > start:
        raise Unverifiable(
            f"no {words} before {series.first} in the store (the period starts {start})", method=method,
            cause="past_store",
        )
    points = series.between(start, end)
    cal = calendar_for(series.instrument)
    sessions = cal.between(start, end) if cal is not None else None
    if sessions is not None:
        have = {d for d, _ in points}
        missing = [d for d in sessions if d not in have]
        if missing:
            shown = ", ".join(str(d) for d in missing[:SHOW_MISSING]) + (" …" if len(missing) > SHOW_MISSING else "")
            raise Unverifiable(
                f"the store lacks {words} for {len(missing)} of the {len(sessions)} {cal.name} trading days in "
                f"{start} → {end}: {shown}",
                method=method,
                data=(f"{series.title}: {series.describe_range()}",),
            )
    if not points:
        raise Unverifiable(f"no {words} in {start} → {end} in the store", method=method, cause="no_observation")
    total = sum((v for _, v in points), Decimal(0))
    data = [f"{series.label} {len(points)} daily values {points[0][0]} .. {points[-1][0]}, sum {plain_decimal(total)}"]
    method = f"sum of {len(points)} daily values of {series.title}, {points[0][0]} → {points[-1][0]}"
    if series.note:
        method += f"; {series.note}"
    return ctx.judge("net_inflow", total, method, data=data)


@register_checker("net_inflow")
def check_net_inflow(ctx: CheckContext) -> Verdict:
    """Sum of the subject's daily ``net_inflow`` over the period; every trading day must be present."""
    ctx.require_store()
    start, end = _period(ctx)
    method = f"sum of daily net buying, {start} → {end}"
    ctx.value()
    all_series, subst = ctx.series_for("net_inflow", method)
    inst = ctx.store.instrument(all_series[0].instrument) if ctx.store else None
    currency = inst.get("currency") if inst else None
    if ctx.claim.currency and currency and ctx.claim.currency != currency:
        raise Unverifiable(
            f"the figure is in {ctx.claim.currency} but the store's {all_series[0].instrument} flows are in {currency}",
            method=method,
        )
    # the series' note (净流入 read as 成交净买额, and why) is in the method already
    verdict = across_providers(ctx, all_series, lambda s: _sum_on(ctx, s, start, end), method, include_note=False)
    reason = "; ".join(r for r in (subst, verdict.reason) if r)
    return verdict.model_copy(update={"reason": reason or None})
