"""Valuation levels (PE-TTM, PB, dividend yield) and percentiles, provider-aware.

PE, PB and their percentiles differ by provider (index weights, TTM window, treatment of loss-makers),
so a stated figure is compared with every provider's value in the store, each computed on that
provider's own series (a percentile on the same provider's history, from the start the text states):

- within the providers' spread (plus the stated precision) → supported;
- outside it but within the documented band by which providers commonly differ (``bands`` in
  ``corpora/market/series.yaml``) → unverifiable, naming the providers, their values and the difference;
- further away → contradicted.
When the text cites a provider the store holds (「数据来源：理杏仁」), only that provider's series counts.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from decimal import Decimal

from analyzer.extract.numbers import plain_decimal
from analyzer.types import Verdict, VerdictStatus
from analyzer.verify.calendars import calendar_for
from analyzer.verify.catalog import default_catalog
from analyzer.verify.checkers.levels import as_of_date
from analyzer.verify.lookup import Point, value_at
from analyzer.verify.registry import CheckContext, Unverifiable, obs, quantize, register_checker, stood_in
from analyzer.verify.series import Series
from analyzer.verify.tolerance import display_quantum
from analyzer.verify.words import field_words

HUNDRED = Decimal(100)
#: sentence keywords that name the level a percentile is of; the default is pe_ttm
PERCENTILE_FIELDS = (("市净率", "pb"), ("市淨率", "pb"), ("PB", "pb"), ("股息率", "dividend_yield"))
#: how texts name the providers the store may hold (lower-cased match inside the cited source)
PROVIDER_NAMES = {
    "wind": ("wind", "万得", "萬得"),
    "lixinger": ("理杏仁", "lixinger"),
    "jiucaishuo": ("韭菜说", "韭菜說", "jiucaishuo"),
    "eastmoney": ("东方财富", "東方財富", "eastmoney", "choice"),
    "sina": ("新浪", "sina"),
    "investing": ("investing",),
    "tushare": ("tushare",),
}


@dataclass(frozen=True)
class ProviderValue:
    """One provider's figure for the claim, and how it was computed."""

    series: Series
    value: Decimal
    how: str
    data: tuple[str, ...]
    #: the looked-up values it is computed from (registry.stood_in)
    points: tuple[Point, ...] = ()


def cited_providers(ctx: CheckContext) -> list[str]:
    """Providers the text cites for this figure (its source note or attribution)."""
    names = [*(ctx.claim.source.sources if ctx.claim.source else ()), ctx.claim.attribution or ""]
    text = " ".join(names).lower()
    return [p for p, words in PROVIDER_NAMES.items() if any(w.lower() in text for w in words)]


def judge_across(
    ctx: CheckContext,
    checker: str,
    field_name: str,
    what: str,
    series: Sequence[Series],
    compute: Callable[[Series], ProviderValue],
) -> Verdict:
    """Compute ``compute`` on each provider's series and judge the stated figure against their spread."""
    cited = cited_providers(ctx)
    held = [s for s in series if s.provider in cited]
    restricted = bool(held)
    values: list[ProviderValue] = []
    missing: list[str] = []
    causes: list[Unverifiable] = []
    for s in held or series:
        try:
            values.append(compute(s))
        except Unverifiable as exc:
            missing.append(f"{s.provider}: {exc.reason}")
            causes.append(exc)
    if not values:
        if not causes:
            raise Unverifiable("no provider's series to compute it from", method=what, cause="no_series")
        raise causes[0].again("; ".join(missing), method=what)
    # a value that stood in for a session its series lacks is another session's where a provider holds that
    # session: it would widen the spread with a stale figure, so only the providers holding it are judged
    own = [v for v in values if not any(p.stood_in for p in v.points)]
    if own and len(own) < len(values):
        for v in values:
            if v not in own:
                missing.append(f"{v.series.provider}: " + "; ".join(p.stood_in for p in v.points if p.stood_in))
        values = own
    low, high = ctx.stated_range()
    tol = ctx.tolerance()
    quantum = display_quantum(ctx.claim, ctx.mention)
    lo = min(v.value for v in values)
    hi = max(v.value for v in values)
    nearest = min(values, key=lambda v: max(low - v.value, v.value - high, Decimal(0)))
    shown = quantize(nearest.value, quantum)
    listed = ", ".join(f"{v.series.provider} {plain_decimal(quantize(v.value, quantum))}" for v in values)
    method = f"{what}: {listed}" + (" (the provider the text cites)" if restricted else "")
    data = tuple(d for v in values for d in (*v.data, v.series.provenance()))
    notes = [f"{v.series.provider}: {v.how}" for v in values]
    notes += [f"{v.series.provider}: {v.series.note}" for v in values if v.series.note]
    if missing:
        notes.append("not computable from " + "; ".join(missing))
    uncited = [c for c in cited if c not in {s.provider for s in series}]
    if uncited:
        notes.append(f"the text cites {', '.join(uncited)}, whose series the store does not hold")
    gap = max(lo - high, low - hi, Decimal(0))  # distance from the stated figure (or range) to the spread
    band = default_catalog().bands.get(field_name)
    width = band.width(nearest.value) if band is not None and not restricted else Decimal(0)
    is_range = ctx.is_bound
    side = "below" if high < lo else "above"
    cause: str | None = None
    if gap <= tol:
        status = VerdictStatus.SUPPORTED
        verdict_note = "within the providers' spread" if len(values) > 1 else f"matches {nearest.series.provider}"
    elif is_range:
        status, cause = VerdictStatus.UNVERIFIABLE, "bound"
        verdict_note = (
            f"the stated range or bound lies {side} the providers' values; a range or bound is not contradicted"
        )
    elif gap <= tol + width and band is not None:
        status, cause = VerdictStatus.UNVERIFIABLE, "providers_differ"
        whose = "the providers' values" if len(values) > 1 else f"{nearest.series.provider}'s value"
        verdict_note = (
            f"the stated figure lies {plain_decimal(quantize(gap, quantum))} {side} {whose}, within the "
            f"{band.describe()} by which providers' {field_words(field_name)} commonly differ (weights, TTM window, "
            "loss-makers), so it is not contradicted"
        )
    else:
        status = VerdictStatus.CONTRADICTED
        verdict_note = "differs from every provider by more than the stated precision" + (
            f" and the {band.describe()} by which providers commonly differ" if width and band is not None else ""
        )
    verdict = Verdict(
        claim_id=ctx.claim.id,
        status=status,
        checker=checker,
        expected=ctx.claim.value,
        computed=shown,
        difference=shown - ctx.claim.value if ctx.claim.value is not None else None,
        tolerance=tol,
        method=method,
        reason="; ".join([verdict_note, *notes]),
        data=data,
        cause=cause,
    )
    return stood_in(verdict, [p for v in values for p in v.points])


def _level(ctx: CheckContext, field_name: str) -> Verdict:
    ctx.require_store()
    day = as_of_date(ctx)
    what = f"{field_words(field_name)} on {day}"
    series, subst = ctx.series_for(field_name, what)

    def compute(s: Series) -> ProviderValue:
        point = value_at(s, calendar_for(s.instrument), day, max_gap_days=ctx.options.max_gap_days)
        how = f"value on {point.date}" + (f" ({'; '.join(point.notes)})" if point.notes else "")
        return ProviderValue(s, point.value, how, (obs(s, point.date, point.value),), (point,))

    verdict = judge_across(
        ctx,
        field_name,
        field_name,
        f"{ctx.claim.subject.id if ctx.claim.subject else ''} {what}".strip(),
        series,
        compute,
    )
    return verdict if not subst else verdict.model_copy(update={"reason": f"{subst}; {verdict.reason}"})


@register_checker("pe_ttm")
def check_pe_ttm(ctx: CheckContext) -> Verdict:
    """The PE-TTM level on the as-of date, against every provider's value."""
    return _level(ctx, "pe_ttm")


@register_checker("pb")
def check_pb(ctx: CheckContext) -> Verdict:
    """The PB level on the as-of date, against every provider's value."""
    return _level(ctx, "pb")


@register_checker("dividend_yield")
def check_dividend_yield(ctx: CheckContext) -> Verdict:
    """The dividend yield on the as-of date, against every provider's value."""
    return _level(ctx, "dividend_yield")


def percentile_field(ctx: CheckContext) -> str:
    sentence = ctx.sentence()
    return next((f for word, f in PERCENTILE_FIELDS if word in sentence), "pe_ttm")


def _definitions(history: list[Decimal], value: Decimal) -> list[tuple[str, Decimal]]:
    n = len(history)
    at_or_below = sum(1 for v in history if v <= value)
    below = sum(1 for v in history if v < value)
    return [
        ("share of observations below", Decimal(below) / Decimal(n) * HUNDRED),
        ("share of observations at or below", Decimal(at_or_below) / Decimal(n) * HUNDRED),
        ("rank of values below / (n − 1)", Decimal(below) / Decimal(n - 1) * HUNDRED),
    ]


@register_checker("percentile")
def check_percentile(ctx: CheckContext) -> Verdict:
    """Percentile rank of the as-of value within the same provider's history since the stated start.

    Three common definitions are tried per provider (share below, share at or below, rank below over
    n − 1); each provider contributes the one nearest the stated figure, and the verdict names it.
    """
    ctx.require_store()
    field_name = percentile_field(ctx)
    day = as_of_date(ctx)
    p = ctx.claim.period
    start = p.start if p is not None and p.start is not None and p.start < day else None
    since = start or "its first observation"
    what = f"percentile of {field_words(field_name)} on {day} within each provider's history from {since}"
    series, subst = ctx.series_for(field_name, what)
    low, high = ctx.stated_range()
    mid = low if high.is_infinite() else high if low.is_infinite() else (low + high) / 2

    def compute(s: Series) -> ProviderValue:
        point = value_at(s, calendar_for(s.instrument), day, max_gap_days=ctx.options.max_gap_days)
        first = start or s.first
        assert first is not None
        if s.first is not None and s.first > first + dt.timedelta(days=ctx.options.max_gap_days):
            raise Unverifiable(f"its {field_words(field_name)} start {s.first}, after the stated start {first}")
        history = [v for _, v in s.between(first, point.date)]
        if len(history) < 2:
            raise Unverifiable(f"fewer than two observations in {first} → {point.date}")
        label, computed = min(_definitions(history, point.value), key=lambda d: abs(d[1] - mid))
        how = f"{point.describe()} among {len(history)} observations {first} → {point.date} ({label})"
        return ProviderValue(s, computed, how, (obs(s, point.date, point.value),), (point,))

    verdict = judge_across(ctx, "percentile", "percentile", what, series, compute)
    return verdict if not subst else verdict.model_copy(update={"reason": f"{subst}; {verdict.reason}"})
