"""Close-to-close returns over a stated period and calendar-year returns.

Two base conventions exist and documents rarely say which they use:
  A. base = close of the last trading day BEFORE the period start (Wind 区间涨跌幅, pre-close of day one);
  B. base = close ON the start day (a holiday start uses the last prior trading day).
Both are computed; the verdict names the one the stated figure matches.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from analyzer.claims.vocabulary import metric_vocabulary
from analyzer.extract.numbers import plain_decimal
from analyzer.normalize.convert import both_scripts
from analyzer.types import Verdict, VerdictStatus
from analyzer.verify.calendars import calendar_for
from analyzer.verify.lookup import Point, value_at
from analyzer.verify.registry import (
    CheckContext,
    Unverifiable,
    across_providers,
    made_unverifiable,
    obs,
    register_checker,
)
from analyzer.verify.series import Series

HUNDRED = Decimal(100)


def pct_change(base: Decimal, end: Decimal) -> Decimal:
    """(end / base − 1) × 100, in percentage points."""
    if base == 0:
        raise Unverifiable("the base value is zero")
    return (end / base - 1) * HUNDRED


def _period(ctx: CheckContext) -> tuple[dt.date, dt.date]:
    p = ctx.claim.period
    if p is None or p.start is None or p.end is None:
        raise Unverifiable("the text gives no start and end dates for the period this figure covers", cause="no_period")
    if p.end < p.start:
        raise Unverifiable(f"the period ends ({p.end}) before it starts ({p.start})", cause="invalid_period")
    return p.start, p.end


def _notes(*points: Point) -> list[str]:
    return [n for p in points for n in p.notes]


def _period_or_none(ctx: CheckContext) -> tuple[dt.date, dt.date]:
    try:
        return _period(ctx)
    except Unverifiable as exc:
        raise exc.again(method="close-to-close return") from None


@register_checker("return")
def check_return(ctx: CheckContext) -> Verdict:
    """Close-to-close return over ``claim.period``, trying both base conventions, on each provider's closes."""
    ctx.require_store()
    start, end = _period_or_none(ctx)
    method = f"close-to-close return {start} → {end}"
    all_series, subst = ctx.series_for("close", method)
    verdict = across_providers(ctx, all_series, lambda s: _return_on(ctx, s, start, end), method)
    return _with_note(short_of_stated_end(ctx, verdict, start, end), subst)


def short_of_stated_end(ctx: CheckContext, verdict: Verdict, start: object, end: object) -> Verdict:
    """A change over several sessions whose sentence says where it ends (截至12月30日收盘，沪指本月涨幅1.55%) runs to
    that day, which the period read (the calendar month) may not end on: off the data, it is not called wrong."""
    if verdict.status is not VerdictStatus.CONTRADICTED:
        return verdict
    before = ctx.result.text[ctx.claim.sentence.start : ctx.claim.span.start]
    word = next((w for w in both_scripts(metric_vocabulary().period_end_words) if w in before), None)
    if word is None:
        return verdict
    return made_unverifiable(
        verdict,
        f"the sentence says where the figure ends (「{word}」), which the period read ({start} → {end}) "
        "may not end on, so it is not called wrong",
    )


def _with_note(verdict: Verdict, note: str) -> Verdict:
    if not note:
        return verdict
    return verdict.model_copy(update={"reason": "; ".join(r for r in (note, verdict.reason) if r)})


def _return_on(ctx: CheckContext, series: Series, start: dt.date, end: dt.date) -> Verdict:
    cal = calendar_for(series.instrument)
    gap = ctx.options.max_gap_days
    last = value_at(series, cal, end, max_gap_days=gap)
    conventions: list[tuple[str, Point, Decimal]] = []
    missing: list[str] = []
    causes: list[Unverifiable] = []
    for label, before in (("base = close before start", True), ("base = close on start", False)):
        try:
            base = value_at(series, cal, start, before=before, max_gap_days=gap)
        except Unverifiable as exc:
            missing.append(f"{label}: {exc.reason}")
            causes.append(exc)
            continue
        if base.date >= last.date:
            # the store holds no session between the base and the end (a hole bridged from an earlier day):
            # a change over no session would be 0 whatever the text says
            missing.append(f"{label}: no session between {base.date} and {last.date} in the store")
            causes.append(Unverifiable(missing[-1], cause="no_observation"))
            continue
        conventions.append((label, base, pct_change(base.value, last.value)))
    if not conventions:
        raise causes[0].again("; ".join(missing), method=f"close-to-close return {start} → {end}")
    matching = [c for c in conventions if ctx.matches(c[2])]
    label, base, computed = matching[0] if matching else conventions[0]
    method = f"close-to-close return of {series.title}, {base.date} → {last.date} ({label})"
    data = [obs(series, base.date, base.value), obs(series, last.date, last.value)]
    others = [
        f"{lab} ({b.describe()}) gives {plain_decimal(c.quantize(Decimal('0.0001')))}" for lab, b, c in conventions
    ]
    notes = list(dict.fromkeys(n for n in (*_notes(*(b for _, b, _ in conventions), last), *missing) if n))
    if matching:
        same = len(matching) == 2 and matching[0][1].date == matching[1][1].date
        reason = f"matches {label} ({base.describe()})"
        if label.endswith("before start"):
            reason += ", Wind 区间涨跌幅"
        if same:
            reason += "; both conventions use the same base here"
        elif len(matching) == 2:
            reason += f"; also matches {matching[1][0]} ({matching[1][1].describe()})"
    else:
        reason = "matches neither convention: " + "; ".join(others)
    return ctx.judge("return", computed, method, data=data, reason="; ".join([reason, *notes]), points=(base, last))


@register_checker("annual_return")
def check_annual_return(ctx: CheckContext) -> Verdict:
    """Calendar-year return: last close of the year over the last close of the year before, per provider."""
    ctx.require_store()
    p = ctx.claim.period
    if p is None or (p.start is None and p.end is None):
        raise Unverifiable("the text gives no year for this return", cause="no_period")
    year = (p.end or p.start).year  # type: ignore[union-attr]
    if p.start is not None and p.start.year != year:
        raise Unverifiable(f"the period {p.start} → {p.end} is not one calendar year", cause="period_mismatch")
    method = f"calendar-year return {year}: last close of {year} over last close of {year - 1}"
    all_series, subst = ctx.series_for("close", method)
    verdict = across_providers(ctx, all_series, lambda s: _annual_on(ctx, s, year), method)
    return _with_note(verdict, subst)


def _annual_on(ctx: CheckContext, series: Series, year: int) -> Verdict:
    method = f"calendar-year return {year}: last close of {year} over last close of {year - 1}"
    cal = calendar_for(series.instrument)
    gap = ctx.options.max_gap_days
    try:
        base = value_at(series, cal, dt.date(year, 1, 1), before=True, max_gap_days=gap)
    except Unverifiable as exc:
        raise exc.again(f"the {year} return needs the last close of {year - 1}: {exc.reason}", method=method) from None
    last = value_at(series, cal, dt.date(year, 12, 31), max_gap_days=gap)
    if base.date.year != year - 1 or last.date.year != year:
        raise Unverifiable(
            f"{series.title} has no close in {year - 1} or {year} to compare (found {base.date} and {last.date})",
            method=method,
            cause="no_observation",
        )
    computed = pct_change(base.value, last.value)
    data = [obs(series, base.date, base.value), obs(series, last.date, last.value)]
    notes = [n for n in _notes(base, last) if n]
    method = f"calendar-year return {year} of {series.title}: {last.describe()} / {base.describe()} − 1"
    return ctx.judge(
        "annual_return", computed, method, data=data, reason="; ".join(notes) or None, points=(base, last)
    )
