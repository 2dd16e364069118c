"""Levels on the as-of date (close, pe_ttm and the like) and the percentile rank of a level within its history."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from analyzer.types import Verdict
from analyzer.verify.calendars import calendar_for
from analyzer.verify.lookup import value_at
from analyzer.verify.registry import CheckContext, Unverifiable, obs, register_checker

HUNDRED = Decimal(100)
#: sentence keywords that name the level a percentile is of; the default is pe_ttm
PERCENTILE_FIELDS = (("市净率", "pb"), ("市淨率", "pb"), ("PB", "pb"), ("股息率", "dividend_yield"))


def as_of_date(ctx: CheckContext) -> dt.date:
    """The claim's period end, else the document's as-of date."""
    p = ctx.claim.period
    day = (p.end if p is not None else None) or ctx.as_of
    if day is None:
        raise Unverifiable("no as-of date: the claim has no period end and the document no as_of")
    return day


def _level(ctx: CheckContext, field_name: str) -> Verdict:
    ctx.require_store()
    day = as_of_date(ctx)
    method = f"{field_name} on {day} (or the last trading day before)"
    try:
        series, subst = ctx.subject_series(field_name)
    except Unverifiable as exc:
        raise Unverifiable(exc.reason, method=method) from None
    point = value_at(series, calendar_for(series.instrument), day, max_gap_days=ctx.options.max_gap_days)
    method = f"{series.label} on {point.date}"
    notes = [n for n in (subst, *point.notes) if n]
    return ctx.judge(
        field_name, point.value, method, data=[obs(series, point.date, point.value)], reason="; ".join(notes) or None
    )


@register_checker("close")
def check_close(ctx: CheckContext) -> Verdict:
    """The closing level on the stated day (or the last trading day before it)."""
    return _level(ctx, "close")


@register_checker("pe_ttm")
def check_pe_ttm(ctx: CheckContext) -> Verdict:
    """The PE-TTM level on the as-of date."""
    return _level(ctx, "pe_ttm")


@register_checker("pb")
def check_pb(ctx: CheckContext) -> Verdict:
    """The PB level on the as-of date."""
    return _level(ctx, "pb")


def percentile_field(ctx: CheckContext) -> str:
    sentence = ctx.sentence()
    return next((f for word, f in PERCENTILE_FIELDS if word in sentence), "pe_ttm")


@register_checker("percentile")
def check_percentile(ctx: CheckContext) -> Verdict:
    """Percentile rank of the as-of value within the history since the stated start date.

    Two common definitions are tried: share of observations at or below the value (count ≤ / n), and
    the rank of values strictly below it (count < / (n − 1)); the verdict names the one matched.
    """
    ctx.require_store()
    field_name = percentile_field(ctx)
    day = as_of_date(ctx)
    p = ctx.claim.period
    start = p.start if p is not None else None
    method = f"percentile rank of {field_name} on {day} within history from {start or 'the first observation'}"
    try:
        series, subst = ctx.subject_series(field_name)
    except Unverifiable as exc:
        raise Unverifiable(exc.reason, method=method) from None
    point = value_at(series, calendar_for(series.instrument), day, max_gap_days=ctx.options.max_gap_days)
    first = start or series.first
    assert first is not None
    if series.first is not None and series.first > first + dt.timedelta(days=ctx.options.max_gap_days):
        raise Unverifiable(f"{series.label} starts {series.first}, after the stated start {first}", method=method)
    history = [v for _, v in series.between(first, point.date)]
    n = len(history)
    if n < 2:
        raise Unverifiable(f"{series.label}: fewer than two observations in {first} → {point.date}", method=method)
    at_or_below = sum(1 for v in history if v <= point.value)
    below = sum(1 for v in history if v < point.value)
    options = [
        ("share of observations at or below", Decimal(at_or_below) / Decimal(n) * HUNDRED),
        ("rank of values below / (n − 1)", Decimal(below) / Decimal(n - 1) * HUNDRED),
    ]
    label, computed = next(((lab, c) for lab, c in options if ctx.matches(c)), options[0])
    method = f"percentile of {series.label} {point.describe()} among {n} observations {first} → {point.date} ({label})"
    notes = [n for n in (subst, *point.notes) if n]
    return ctx.judge(
        "percentile", computed, method, data=[obs(series, point.date, point.value)], reason="; ".join(notes) or None
    )
