"""Daily closes: a close level on its date, and a session's change against the previous close
(「全日上升5.40%」 change_pct, 「跌135點」 change_points), each on every provider's closes separately.

A change at the open (低开102点) is the day's open against the previous close (checkers/day_bars.py); midday and
other intraday levels are not checked (see ``corpora/market/reasons.yaml``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from decimal import Decimal

from analyzer.extract.numbers import plain_decimal
from analyzer.types import Verdict
from analyzer.verify.calendars import calendar_for
from analyzer.verify.checkers.day_bars import check_open_change, open_cue
from analyzer.verify.checkers.prices import refuse_points_on_stock
from analyzer.verify.checkers.returns import short_of_stated_end
from analyzer.verify.lookup import Point, value_at
from analyzer.verify.registry import CheckContext, Unverifiable, across_providers, obs, register_checker
from analyzer.verify.series import Series

HUNDRED = Decimal(100)


def as_of_date(ctx: CheckContext) -> dt.date:
    """The claim's period end, else the document's as-of date."""
    p = ctx.claim.period
    day = (p.end if p is not None else None) or ctx.as_of
    if day is None:
        raise Unverifiable(
            "the text gives no date for this figure and the document has no date either", cause="no_period"
        )
    return day


def _closes(ctx: CheckContext, method: str) -> tuple[list[Series], str]:
    ctx.require_store()
    return ctx.series_for("close", method)


def _with_note(verdict: Verdict, note: str) -> Verdict:
    if not note:
        return verdict
    return verdict.model_copy(update={"reason": "; ".join(r for r in (note, verdict.reason) if r)})


@register_checker("close", span="session")
def check_close(ctx: CheckContext) -> Verdict:
    """The closing level on the stated day (or the last trading day before it)."""
    day = as_of_date(ctx)
    method = f"close on {day}"
    all_series, note = _closes(ctx, method)

    def on(series: Series) -> Verdict:
        point = value_at(series, calendar_for(series.instrument), day, max_gap_days=ctx.options.max_gap_days)
        if point.date != day:
            raise Unverifiable(
                f"{series.title} has no close on {day} (the latest before it is {point.date})", method=method,
                cause="no_observation",
            )
        return ctx.judge(
            "close",
            point.value,
            f"{series.title} on {point.date}",
            data=[obs(series, point.date, point.value)],
            reason="; ".join(point.notes) or None,
            points=(point,),
        )

    return _with_note(across_providers(ctx, all_series, on, method), note)


def _session(ctx: CheckContext, series: Series, day: dt.date, method: str) -> tuple[Decimal, Point]:
    """(close on ``day``, the previous close) from one provider; the day must be a session it holds."""
    cal = calendar_for(series.instrument)
    if cal is not None and cal.covers(day) and not cal.is_session(day):
        raise Unverifiable(f"{day} is not a trading day on {cal.name}", method=method, cause="no_observation")
    close = series.on(day)
    if close is None:
        raise Unverifiable(
            f"{series.title} has no close on {day} ({series.describe_range()})", method=method,
            cause="past_store" if series.last is not None and day > series.last else "no_observation",
            missing=(series.instrument, series.field) if series.last is not None and day > series.last else None,
        )
    return close, value_at(series, cal, day, before=True, max_gap_days=ctx.options.max_gap_days)


#: computes a session's change from (series, close, previous close, its date, method)
SessionChange = Callable[[Series, Decimal, Decimal, dt.date, str], Decimal]


def session_change(ctx: CheckContext, metric: str, unit: str, change: SessionChange, sign: str) -> Verdict:
    """A session's change against the previous session's close, per provider: ``change(series, close,
    prev, prev_date, method)`` computes it and ``sign`` writes it in the method (``/ … − 1`` or ``−``)."""
    day = as_of_date(ctx)
    method = f"one-session {unit} on {day} against the previous close"
    if open_cue(ctx):
        return check_open_change(ctx)  # the gap at the open (低开102点): the day's open against the previous close
    all_series, note = _closes(ctx, method)

    def on(series: Series) -> Verdict:
        close, prev = _session(ctx, series, day, method)
        return ctx.judge(
            metric,
            change(series, close, prev.value, prev.date, method),
            f"one-session change of {series.title}: {day} {plain_decimal(close)} {sign} {prev.describe()}"
            + (" − 1" if sign == "/" else ""),
            data=[obs(series, prev.date, prev.value), obs(series, day, close)],
            points=(prev,),
        )

    return _with_note(across_providers(ctx, all_series, on, method), note)


@register_checker("change_pct", span="session")
def check_change_pct(ctx: CheckContext) -> Verdict:
    """A session's % change: close on the day over the previous session's close, − 1."""

    def pct(series: Series, close: Decimal, prev: Decimal, prev_date: dt.date, method: str) -> Decimal:
        if prev == 0:
            raise Unverifiable(f"{series.title}: the previous close ({prev_date}) is zero", method=method)
        return (close / prev - 1) * HUNDRED

    return session_change(ctx, "change_pct", "% change", pct, "/")


@register_checker("change_points")
def check_change_points(ctx: CheckContext) -> Verdict:
    """A session's change in points: close on the day minus the previous session's close; over several
    sessions (本周累跌497點) the last close in the period minus the base close, the close before the period
    or on its first session (the two conventions reports use, as for a return)."""
    refuse_points_on_stock(ctx, "change in points")
    p = ctx.claim.period
    if p is not None and p.start is None and p.end is not None:
        raise Unverifiable(
            f"the figure covers an unstated start → {p.end}, not one session; a one-session check (a close, a "
            "session's change) says nothing about it",
            method="none",
            cause="period_mismatch",
        )
    if p is None or p.start is None or p.end is None or p.start == p.end:
        return session_change(
            ctx, "change_points", "change in points", lambda _s, close, prev, _d, _m: close - prev, "−"
        )
    return _period_points(ctx, p.start, p.end)


def _period_points(ctx: CheckContext, start: dt.date, end: dt.date) -> Verdict:
    method = f"change in points {start} → {end}: last close minus the base close"
    if ctx.as_of is not None and end > ctx.as_of:
        # 今年以来 read as the whole year: the change so far is not the year's, and no close after the
        # document's date can speak to it
        raise Unverifiable(
            f"the period runs to {end}, past the document's date {ctx.as_of}", method=method, cause="period_mismatch"
        )
    all_series, note = _closes(ctx, method)

    def on(series: Series) -> Verdict:
        cal = calendar_for(series.instrument)
        gap = ctx.options.max_gap_days
        last = value_at(series, cal, end, max_gap_days=gap)
        found: list[tuple[str, Point]] = []
        for label, before in (("base = close before start", True), ("base = close on start", False)):
            try:
                base = value_at(series, cal, start, before=before, max_gap_days=gap)
            except Unverifiable:
                continue
            if base.date < last.date:  # a base on or after the end's date (a bridged hole) spans no session
                found.append((label, base))
        if not found:
            raise Unverifiable(
                f"{series.title} has no close at the start of {start} → {end}", method=method, cause="no_observation"
            )
        label, base = next(((lab, b) for lab, b in found if ctx.matches(last.value - b.value)), found[0])
        how = (
            f"change of {series.title}: {last.date} {plain_decimal(last.value)} − {base.date} "
            f"{plain_decimal(base.value)} ({label})"
        )
        notes = [n for n in (*base.notes, *last.notes) if n]
        return ctx.judge(
            "change_points",
            last.value - base.value,
            how,
            data=[obs(series, base.date, base.value), obs(series, last.date, last.value)],
            reason="; ".join(notes) or None,
            points=(base, last),
        )

    return _with_note(short_of_stated_end(ctx, across_providers(ctx, all_series, on, method), start, end), note)
