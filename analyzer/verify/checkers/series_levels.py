"""Levels of a series as stated: balances and stocks at a month's end (M2余额, 社融存量, 外汇储备), one
month's flow (社融增量, TSF's loan component), a diffusion index for its month (PMI 50.2), a rate or
yield on its day (10年期国债收益率1.68%, LPR 3.1%) and a rate's move in basis points.

Which field states which metric, how monthly figures are dated and the bands of yields are data
(``corpora/market/checks.yaml``). Each provider's series is read separately; a figure is contradicted
only when every provider that holds it contradicts it.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from analyzer.extract.numbers import plain_decimal
from analyzer.normalize.convert import both_scripts
from analyzer.types import Verdict, VerdictStatus
from analyzer.verify.catalog import default_catalog
from analyzer.verify.readings import readings
from analyzer.verify.registry import (
    CheckContext,
    Checker,
    Unverifiable,
    across_providers,
    lacking,
    made_unverifiable,
    obs,
    quantize,
    register_checker,
)
from analyzer.verify.series import Series
from analyzer.verify.tolerance import display_quantum

MONEY_UNITS = frozenset({"CNY", "USD", "HKD", "TWD", "JPY"})


def month_bounds(day: dt.date) -> tuple[dt.date, dt.date]:
    first = day.replace(day=1)
    return first, (first + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)


def _fields(
    ctx: CheckContext, metric: str, method: str, wanted: tuple[str, ...] | None = None
) -> tuple[list[Series], str]:
    """Every provider's series of the first field in ``wanted`` (default: ``levels``) the subject has."""
    wanted = readings().levels.get(metric, ()) if wanted is None else wanted
    last: Unverifiable | None = None
    named = readings().series_metrics.get(metric)
    if ctx.claim.subject is None and named is not None:
        # the metric names its series (对实体经济发放的人民币贷款): read it there, said so
        for name in wanted:
            found = ctx.require_store().all_series(named, name)
            if found:
                return found, f"the metric names the series: {named}"
    for name in wanted:
        try:
            return ctx.subject_series_all(name)
        except Unverifiable as exc:
            last = exc
    reason = last.reason if last is not None else f"no stored field states {metric.replace('_', ' ')} figures"
    raise (last.again(method=method) if last is not None else Unverifiable(reason, method=method, cause="no_series"))


def _unit_agrees(ctx: CheckContext, series: Series, unit: str) -> None:
    """A money figure must be in the series' currency (外汇储备 in 美元, not 元)."""
    cur = ctx.claim.currency
    if unit in MONEY_UNITS and cur is not None and cur != unit:
        raise Unverifiable(f"the figure is in {cur}; {series.title} is in {unit}", cause="no_series")
    if unit in MONEY_UNITS and cur is None and ctx.claim.unit not in MONEY_UNITS:
        raise Unverifiable(f"the figure states no currency; {series.title} is in {unit}", cause="uncertain")


def _unit_of(series: Series) -> str:
    for spec in default_catalog().series:
        if (spec.instrument, spec.field, spec.provider) == (series.instrument, series.field, series.provider):
            return spec.unit
    return ""


def _month_of(ctx: CheckContext, metric: str) -> tuple[dt.date, dt.date]:
    """The month a monthly figure is of: a month-end figure's period ends in it (a day at its end or the
    whole month), a flow or an index covers exactly that month."""
    p = ctx.claim.period
    if p is None or p.end is None:
        raise Unverifiable("the text gives no month for this figure", cause="no_period")
    first, last = month_bounds(p.end)
    start = p.start or p.end
    if (start, p.end) == (first, last):
        return first, last
    if metric in readings().month_end and start == p.end == last:
        return first, last
    raise Unverifiable(
        f"the figure covers {start} → {p.end}; each value covers "
        + ("a month's end" if metric in readings().month_end else "one month")
        + ", so it says nothing about it",
        cause="period_mismatch",
    )


def _judge_banded(
    ctx: CheckContext,
    checker: str,
    series: Series,
    computed: Decimal,
    method: str,
    data: list[str],
    band: Decimal | None,
    roundings: int = 1,
) -> Verdict:
    """Supported within the stated precision plus the provider's rounding; outside it but within the
    documented ``band`` unverifiable (articles quote other sources of the same rate), else contradicted."""
    if ctx.is_bound:
        return ctx.judge(checker, computed, method, data=data)
    stated = ctx.claim.value
    assert stated is not None
    slack = readings().data_precision(series.provider) * roundings
    tol = _stated_tolerance(ctx) + slack
    gap = abs(computed - stated)
    shown = quantize(computed, display_quantum(ctx.claim, ctx.mention))
    if gap <= tol:
        status, reason = VerdictStatus.SUPPORTED, None
        if slack and gap > tol - slack:
            reason = (
                f"within {plain_decimal(tol)} once the provider's own rounding (±{plain_decimal(slack)}) is allowed"
            )
    elif band is not None and gap <= band + tol:
        status = VerdictStatus.UNVERIFIABLE
        reason = (
            f"{series.title} gives {plain_decimal(shown)}, within the documented band of {plain_decimal(band)} "
            "by which quoted yields differ from this curve (another bond or vendor), so it is not called wrong"
        )
    else:
        status, reason = VerdictStatus.CONTRADICTED, None
    return Verdict(
        claim_id=ctx.claim.id,
        status=status,
        checker=checker,
        expected=stated,
        computed=shown,
        difference=shown - stated,
        tolerance=tol,
        method=method,
        reason=reason,
        data=tuple(data),
        cause="providers_differ" if status is VerdictStatus.UNVERIFIABLE else None,
    )


def _stated_tolerance(ctx: CheckContext) -> Decimal:
    """Half a unit of the last stated digit in the claim's unit: 12bp is stated in basis points but valued
    in percentage points (0.12), so its half unit is 0.005, not 0.5."""
    tol = ctx.tolerance()
    m = ctx.mention
    if m is not None and m.scale is None and m.stated not in (None, 0) and m.value not in (None, 0):
        ratio = abs(m.value / m.stated)  # type: ignore[operator]
        if ratio < 1:
            tol *= ratio
    return tol


def _year_to_date(ctx: CheckContext, metric: str) -> tuple[dt.date, dt.date, str] | None:
    """January 1 to the end of a later month of one year, for a flow whose year-to-date total a provider
    publishes as its own field (checks.yaml ``year_to_date``): that month and the field."""
    field = readings().year_to_date.get(metric)
    span = _from_january(ctx)
    return None if field is None or span is None else (*span, field)


def _from_january(ctx: CheckContext) -> tuple[dt.date, dt.date] | None:
    """The first and last day of the month a claim's period ends in, when the period runs from January 1 to
    the end of a later month of the same year (前五个月, 一季度, 全年); else None."""
    p = ctx.claim.period
    if p is None or p.start is None or p.end is None:
        return None
    first, last = month_bounds(p.end)
    if p.start == dt.date(p.end.year, 1, 1) and p.end == last and first.month > 1:
        return first, last
    return None


def _months_to_date(ctx: CheckContext, metric: str) -> tuple[dt.date, dt.date] | None:
    """January 1 to the end of a later month of one year, for a month flow (checks.yaml ``month_flow``) whose
    year-to-date total no provider publishes as a field of its own: January 1 and the last month's end."""
    if metric not in readings().month_flow or metric in readings().year_to_date:
        return None
    span = _from_january(ctx)
    return None if span is None else (span[0].replace(month=1), span[1])


def every_month(series: Series, start: dt.date, end: dt.date) -> list[tuple[dt.date, Decimal]]:
    """The series' monthly values from ``start``'s month to ``end``'s, every month present (else unverifiable,
    naming how many it holds): a flow over several months is their sum only when none is missing."""
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    found = series.between(start, end)
    if len(found) != months:
        raise Unverifiable(
            f"{series.title} holds {len(found)} of the {months} months {start:%Y-%m} .. {end:%Y-%m} "
            f"(its data runs {series.first} .. {series.last})",
            **lacking(series, end),  # type: ignore[arg-type]
        )
    return found


def revised_not_wrong(verdict: Verdict, what: str) -> Verdict:
    """A contradiction of ``what`` (a figure re-computed from a provider's monthly values) made unverifiable: the
    statistics office revises months after their first release and computes its published figure on a comparable
    basis, so the re-computed value may differ from it by a true margin."""
    if verdict.status is not VerdictStatus.CONTRADICTED:
        return verdict
    why = f"{what}, which are revised after they are first published, is not called wrong"
    return made_unverifiable(verdict, why, "period_mismatch")


def _check_re_added(ctx: CheckContext, metric: str, what: str, start: dt.date, end: dt.date) -> Verdict:
    """A month flow from January to a month's end as the sum of one provider's monthly figures: supported when
    they agree, never contradicted (the statistics office revises earlier months, and its year-to-date figure
    is computed on a comparable basis, so a re-added sum may differ from the published total by a true margin)."""
    method = f"{what}, from January to {end:%Y-%m}'s end, the sum of the subject's monthly values"
    all_series, note = _fields(ctx, metric, method)

    def on(series: Series) -> Verdict:
        _unit_agrees(ctx, series, _unit_of(series))
        found = every_month(series, start, end)
        total = sum((value for _, value in found), Decimal(0))
        verdict = ctx.judge(
            metric,
            total,
            f"{what}, from January to {end:%Y-%m}'s end: {series.title}'s monthly values added up",
            data=[obs(series, day, value) for day, value in found],
        )
        return revised_not_wrong(verdict, "a total re-added from monthly figures")

    verdict = across_providers(ctx, all_series, on, method)
    return verdict.model_copy(update={"reason": "; ".join(r for r in (note, verdict.reason) if r) or None})


def _check_monthly(ctx: CheckContext, metric: str, what: str) -> Verdict:
    to_date = _months_to_date(ctx, metric)
    if to_date is not None:
        return _check_re_added(ctx, metric, what, *to_date)
    ytd = _year_to_date(ctx, metric)
    if ytd is not None:
        first, last, field = ytd
        method = f"{what}, from January to {first:%Y-%m}'s end, from the provider's year-to-date series"
        all_series, note = _fields(ctx, metric, method, (field,))
    else:
        first, last = _month_of(ctx, metric)
        method = f"{what} for {first:%Y-%m} from the subject's monthly series"
        all_series, note = _fields(ctx, metric, method)

    def on(series: Series) -> Verdict:
        _unit_agrees(ctx, series, _unit_of(series))
        found = series.between(first, last)
        if not found:
            raise Unverifiable(
                f"{series.title} has no value for {first:%Y-%m} (its data runs {series.first} .. {series.last})",
                **lacking(series, first),  # type: ignore[arg-type]
            )
        day, value = found[-1]
        return ctx.judge(metric, value, f"{series.title} for {first:%Y-%m}", data=[obs(series, day, value)])

    verdict = across_providers(ctx, all_series, on, method)
    return verdict.model_copy(update={"reason": "; ".join(r for r in (note, verdict.reason) if r) or None})


def _monthly_checker(metric: str, what: str) -> Checker:
    """The checker of one monthly metric of ``checks.yaml``'s ``monthly`` (its value for the month, read
    from the field ``levels`` names): every such metric is checked the same way, so it is data, not code."""

    def check(ctx: CheckContext) -> Verdict:
        return _check_monthly(ctx, metric, what)

    check.__name__ = f"check_{metric}"
    check.__doc__ = f"{what[:1].upper()}{what[1:]} against the subject's monthly series (checks.yaml: monthly)."
    return check


# balances and stocks at a month's end (M2余额, 社融存量, 外汇储备), one month's flows (社融增量, TSF's loan
# component — never PBOC's headline new loans), a diffusion index for its month (制造业PMI为50.2%)
for _metric, _what in readings().monthly.items():
    register_checker(_metric)(_monthly_checker(_metric, _what))


def _day(ctx: CheckContext) -> tuple[dt.date, dt.date]:
    p = ctx.claim.period
    if p is None or p.end is None:
        raise Unverifiable("the text gives no date for this figure", cause="no_period")
    return p.start or p.end, p.end


def _rate_value(series: Series, start: dt.date, end: dt.date) -> tuple[dt.date, Decimal, str]:
    """A rate's value for a day (or, for a rate in force, a month: the one published in it)."""
    if series.field in readings().in_force:
        if start == end:
            found = series.on_or_before(end)
            if found is None or end > (series.last or end) + dt.timedelta(days=31):
                raise Unverifiable(
                    f"{series.title} has no value in force on {end} ({series.describe_range()})",
                    **lacking(series, end),  # type: ignore[arg-type]
                )
            return found[0], found[1], f"{series.title} in force on {end} (published {found[0]})"
        first, last = month_bounds(end)
        if (start, end) != (first, last):
            raise Unverifiable(
                f"the figure covers {start} → {end}; a rate is read on a day or for its month", cause="period_mismatch"
            )
        published = series.between(first, last)
        if not published:
            raise Unverifiable(
                f"{series.title} published no value in {first:%Y-%m}", **lacking(series, first)  # type: ignore[arg-type]
            )
        return published[-1][0], published[-1][1], f"{series.title} published in {first:%Y-%m}"
    if start != end:
        raise Unverifiable(
            f"the figure covers {start} → {end}; {series.title} gives one value a day", cause="period_mismatch"
        )
    value = series.on(end)
    if value is None:
        raise Unverifiable(
            f"{series.title} has no value on {end} ({series.describe_range()})",
            **lacking(series, end),  # type: ignore[arg-type]
        )
    return end, value, f"{series.title} on {end}"


@register_checker("yield")
def check_yield(ctx: CheckContext) -> Verdict:
    """A rate or yield on its day; the ChinaBond curve within its documented band, an LPR exactly."""
    start, end = _day(ctx)
    method = f"rate on {end} from the subject's series"
    all_series, note = _fields(ctx, "yield", method)

    def on(series: Series) -> Verdict:
        day, value, how = _rate_value(series, start, end)
        band = None if series.field in readings().in_force else readings().bands.get("yield")
        return _judge_banded(ctx, "yield", series, value, how, [obs(series, day, value)], band)

    verdict = across_providers(ctx, all_series, on, method)
    return verdict.model_copy(update={"reason": "; ".join(r for r in (note, verdict.reason) if r) or None})


@register_checker("yield_change", points=True)
def check_yield_change(ctx: CheckContext) -> Verdict:
    """A rate's move in basis or percentage points over its period (one day: against the previous
    observation; a week: from the last observation before it to its end), in percentage points."""
    if ctx.claim.unit not in ("bp", "pp"):
        raise Unverifiable("the move is not stated in basis or percentage points")
    start, end = _day(ctx)
    method = f"rate at {end} minus the rate before {start}"
    all_series, note = _fields(ctx, "yield", method)

    def on(series: Series) -> Verdict:
        if series.field in readings().in_force:
            published = series.between(start, end)
            if not published:
                raise Unverifiable(
                    f"{series.title} published no value {start} .. {end}", **lacking(series, end)  # type: ignore[arg-type]
                )
            day, value = published[-1]
        else:
            # over a week or a month the move runs to the last observation inside the period (a month may
            # end on a weekend); over one day, to that day's own value
            found = series.on_or_before(end) if start != end else None
            value_end = series.on(end) if start == end else (found[1] if found and found[0] >= start else None)
            if value_end is None:
                raise Unverifiable(
                    f"{series.title} has no value on {end} ({series.describe_range()})",
                    **lacking(series, end),  # type: ignore[arg-type]
                )
            day = end if start == end or found is None else found[0]
            value = value_end
        before = series.on_or_before((day if start == end else start) - dt.timedelta(days=1))
        if before is None:
            raise Unverifiable(
                f"{series.title} has no value before {start}", **lacking(series, start)  # type: ignore[arg-type]
            )
        computed = value - before[1]
        how = f"{series.title}: {day} {plain_decimal(value)} − {before[0]} {plain_decimal(before[1])}"
        band = None if series.field in readings().in_force else readings().bands.get("yield_change")
        return _judge_banded(
            ctx,
            "yield_change",
            series,
            computed,
            how,
            [obs(series, before[0], before[1]), obs(series, day, value)],
            band,
            roundings=2,
        )

    verdict = across_providers(ctx, all_series, on, method)
    return verdict.model_copy(update={"reason": "; ".join(r for r in (note, verdict.reason) if r) or None})


#: the words of a change of a rate, as the verify stage says them when no checker takes it
RATE_UNITS = {"pp": "percentage points", "bp": "basis points"}


def _rate_change(ctx: CheckContext, why: str = "") -> Unverifiable:
    unit = RATE_UNITS.get(ctx.claim.unit or "", "points")
    return Unverifiable(
        f"stated in {unit} (a change of a rate); the store holds no rate series to check it" + why,
        method="none",
        cause="rate_change",
    )


def _month_change(ctx: CheckContext, metric: str, fields: tuple[str, ...], what: str) -> Verdict:
    """A monthly figure's move in percentage points against the base the sentence names: the month before
    (比上月, 前值) or the same month a year earlier (比去年同期); with neither named it is not checked."""
    if ctx.claim.unit != "pp":
        raise _rate_change(ctx)
    all_series: list[Series] = []
    for name in readings().levels.get(metric, fields):
        try:
            all_series, _ = ctx.subject_series_all(name)
            break
        except Unverifiable:
            continue
    if not all_series:
        raise _rate_change(ctx)
    first, last = _month_of(ctx, "index_level")
    sentence = ctx.sentence()
    named = [(base, w) for base, words in readings().change_bases.items() for w in both_scripts(words) if w in sentence]
    if not named:
        raise Unverifiable(
            "the sentence does not say what the move is against (比上月, 比去年同期)", method="none", cause="other"
        )
    base, word = named[0]
    if any(b != base for b, _ in named):
        raise Unverifiable("the sentence names more than one base for the move", method="none", cause="uncertain")
    before_end = first
    for _ in range(1 if base == "previous_month" else 12):
        before_end = before_end.replace(day=1) - dt.timedelta(days=1)
    b_first, b_last = month_bounds(before_end)
    method = f"{what} for {first:%Y-%m} minus {b_first:%Y-%m} (「{word}」)"

    def on(series: Series) -> Verdict:
        now, then = series.between(first, last), series.between(b_first, b_last)
        if not now or not then:
            missing = first if not now else b_first
            raise Unverifiable(
                f"{series.title} has no value for {missing:%Y-%m} (its data runs {series.first} .. {series.last})",
                **lacking(series, missing),  # type: ignore[arg-type]
            )
        (d1, v1), (d0, v0) = now[-1], then[-1]
        how = f"{series.title}: {first:%Y-%m} {plain_decimal(v1)} − {b_first:%Y-%m} {plain_decimal(v0)}"
        return _judge_banded(ctx, metric, series, v1 - v0, how, [obs(series, d0, v0), obs(series, d1, v1)], None, 2)

    return across_providers(ctx, all_series, on, method)


@register_checker("ratio_change", points=True)
def check_ratio_change(ctx: CheckContext) -> Verdict:
    """A diffusion index's or level's move in points for its month (PMI比上月下降1.1个百分点): the month's
    value minus the base month's, on each provider's series."""
    return _month_change(ctx, "ratio_change", ("level",), "the level")


@register_checker("growth_change", points=True)
def check_growth_change(ctx: CheckContext) -> Verdict:
    """A growth rate's move in points for its month (CPI涨幅比上月回落0.5个百分点): the month's year-on-year
    % minus the base month's, on each provider's yoy series."""
    return _month_change(ctx, "growth_change", ("yoy",), "year-on-year %")

