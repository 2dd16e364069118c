"""A market's average daily turnover over a period (两市日均成交1.05万亿元, 南向交易日均成交金额310亿港元): the mean
of its daily turnover over the period's sessions, every session present (a gap is unverifiable, never averaged
around), on each provider's series alone.

A market's turnover is the field the store holds for it (checks.yaml ``turnover_of``: 沪深两市 → Shanghai +
Shenzhen) or, for a Stock Connect flow, its buy plus its sell turnover (the exchanges' 买入成交额 + 卖出成交额).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from analyzer.extract.numbers import plain_decimal
from analyzer.types import Verdict
from analyzer.verify.calendars import calendar_for
from analyzer.verify.checkers.returns import _period
from analyzer.verify.checkers.session import turnover_market, unsure_scope
from analyzer.verify.readings import readings
from analyzer.verify.registry import CheckContext, Unverifiable, across_providers, register_checker
from analyzer.verify.series import Series

#: the fields whose sum is a flow's turnover (its buying and its selling)
FLOW_PARTS = ("buy_turnover", "sell_turnover")
SHOW_MISSING = 6


def _parts(ctx: CheckContext, target: str) -> list[list[Series]]:
    """Each provider's series whose daily sum is the target's turnover: [turnover] or [buy, sell]."""
    store = ctx.require_store()
    whole = store.all_series(target, "turnover")
    if whole:
        return [[s] for s in whole]
    buys = store.all_series(target, FLOW_PARTS[0])
    out = []
    for buy in buys:
        sell = store.series(target, FLOW_PARTS[1], buy.provider)
        if sell is not None:
            out.append([buy, sell])
    return out


def _mean_on(ctx: CheckContext, parts: list[Series], start: dt.date, end: dt.date) -> Verdict:
    first = parts[0]
    cal = calendar_for(first.instrument)
    if cal is None:
        raise Unverifiable(f"no trading calendar for {first.instrument}, so its sessions cannot be counted")
    sessions = cal.between(start, end)
    if not sessions:
        raise Unverifiable(f"no {cal.name} trading day in {start} → {end}", cause="no_observation")
    for s in parts:
        if (s.last is not None and s.last < sessions[-1]) or (s.first is not None and s.first > sessions[0]):
            raise Unverifiable(
                f"{s.title} runs {s.describe_range()}, not the whole period {start} → {end}",
                cause="past_store",
                missing=(s.instrument, s.field),
            )
    daily: list[Decimal] = []
    missing: list[dt.date] = []
    for day in sessions:
        values = [s.on(day) for s in parts]
        if any(v is None for v in values):
            missing.append(day)
            continue
        daily.append(sum((v for v in values if v is not None), Decimal(0)))
    if missing:
        shown = ", ".join(str(d) for d in missing[:SHOW_MISSING]) + (" …" if len(missing) > SHOW_MISSING else "")
        raise Unverifiable(
            f"the store lacks turnover for {len(missing)} of the {len(sessions)} {cal.name} trading days in "
            f"{start} → {end}: {shown}",
            cause="no_observation",
        )
    mean = sum(daily, Decimal(0)) / len(daily)
    what = " + ".join(s.title for s in parts)
    data = [f"{what}: {len(daily)} sessions {sessions[0]} .. {sessions[-1]}, mean {plain_decimal(mean)}"]
    return ctx.judge(
        "turnover_daily_avg",
        mean,
        f"mean daily {what} over {len(daily)} sessions, {sessions[0]} → {sessions[-1]}",
        data=data,
    )


@register_checker("turnover_daily_avg")
def check_turnover_daily_avg(ctx: CheckContext) -> Verdict:
    """The mean of the market's daily turnover over the claim's period (all of its sessions)."""
    try:
        start, end = _period(ctx)
    except Unverifiable as exc:
        raise exc.again(method="mean daily turnover") from None
    method = f"mean daily turnover, {start} → {end}"
    sid = turnover_market(ctx, method)
    target = readings().turnover_of.get(sid, sid)
    parts = _parts(ctx, target)
    if not parts:
        raise Unverifiable(
            f"the market store has no daily turnover for {sid}",
            method=method,
            cause="no_series",
            missing=(sid, "turnover"),
        )
    inst = ctx.require_store().instrument(target)
    currency = (inst or {}).get("currency") or "CNY"
    if ctx.claim.currency not in (None, currency):
        raise Unverifiable(
            f"the figure is in {ctx.claim.currency}; the store's turnover of {target} is in {currency}",
            method=method,
            cause="no_series",
            missing=(sid, "turnover"),
        )
    by_first = {id(p[0]): p for p in parts}
    verdict = across_providers(ctx, [p[0] for p in parts], lambda s: _mean_on(ctx, by_first[id(s)], start, end), method)
    if target != sid:
        verdict = verdict.model_copy(
            update={"reason": "; ".join(r for r in (f"{sid}'s turnover read as {target}'s", verdict.reason) if r)}
        )
    return unsure_scope(ctx, sid, verdict)
