"""A month flow's change on an earlier period, stated beside the flow (社会融资规模增量累计为15.45万亿元，比上年同期
少8930亿元; 人民币贷款增加8.5万亿元，同比少增1.29万亿元; 3月社会融资规模增量…，比上月多增…).

The flow is the level of the same subject and period stated before the change in its sentence, of a month-flow
metric (``checks.yaml`` ``month_flow``: TSF's flow, its RMB loan component), and it must agree with the series the
change is computed on (a foreign-currency loan figure read as the RMB loans binds nothing); the base is the claim's
basis (``flow_change_bases``: a year earlier, or the month before). The change is the flow over the claim's whole months
less the flow over the same months of the base, both from one provider's shipped monthly series: its own
year-to-date field at the last month when it publishes one (``year_to_date``), else its monthly values added up,
every month present. Agreement supports the claim; a disagreement is never a contradiction: the statistics office
revises earlier months after their first release, and its comparison with a year earlier is made on a comparable
basis, so figures re-computed from a provider's series may differ from the published change by a true margin.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from analyzer.extract.numbers import plain_decimal
from analyzer.extract.timeexpr import add_months
from analyzer.types import Claim, Verdict
from analyzer.verify.checkers.series_levels import (
    _fields,
    _unit_agrees,
    _unit_of,
    every_month,
    month_bounds,
    revised_not_wrong,
)
from analyzer.verify.checkers.session_text import half_width, period_span
from analyzer.verify.checkers.text_figures import figure_key
from analyzer.verify.readings import readings
from analyzer.verify.registry import (
    CheckContext,
    Unverifiable,
    across_providers,
    lacking,
    obs,
)
from analyzer.verify.series import Series

CHECKER = "flow_change"


def _months(claim: Claim) -> tuple[dt.date, dt.date] | None:
    """(first day, last day) of the claim's period when it is whole months of one year, else None."""
    p = claim.period
    if p is None or p.start is None or p.end is None or p.start.year != p.end.year:
        return None
    if p.start.day != 1 or p.end != month_bounds(p.end)[1]:
        return None
    return p.start, p.end


def flow_beside(ctx: CheckContext) -> Claim | None:
    """The flow a change on an earlier period is of: the claim is a change in money with a basis
    ``flow_change_bases`` knows, of whole months, and its sentence states before it a figure of a month-flow metric
    for the same subject and period (the nearest one is the flow it is the change of); else None."""
    claim = ctx.claim
    words = readings()
    if claim.value is None or claim.metric not in words.text_figures.changes or claim.currency is None:
        return None
    months = _months(claim)
    if claim.basis not in words.flow_change_bases or months is None:
        return None
    if claim.basis != "yoy" and months[0].month != months[1].month:
        return None  # the month before is the base of one month's flow only
    assert ctx.index is not None
    own = figure_key(claim)
    levels = [
        c
        for c in ctx.index.by_sentence.get(claim.sentence.start, ())
        if c.id != claim.id
        and c.value is not None
        and c.metric in words.month_flow
        and c.span.end <= claim.span.start
        and figure_key(c) == own
        and period_span(c) == period_span(claim)
    ]
    return levels[-1] if levels else None


def _flow(series: Series, first: dt.date, last: dt.date, ytd: bool) -> tuple[Decimal, list[str], str]:
    """The flow over the months ``first`` .. ``last``'s month on ``series``: its year-to-date value at the last month
    (``ytd``), else the monthly values added up, every month present; with the observations and how, in words."""
    start, end = first.replace(day=1), month_bounds(last)[1]
    if ytd:
        found = series.between(month_bounds(last)[0], end)
        if not found:
            raise Unverifiable(
                f"{series.title} has no value for {last:%Y-%m} (its data runs {series.first} .. {series.last})",
                **lacking(series, last),  # type: ignore[arg-type]
            )
        day, value = found[-1]
        return value, [obs(series, day, value)], f"{series.title} at {last:%Y-%m} ({plain_decimal(value)})"
    found = every_month(series, start, end)
    months = len(found)
    total = sum((v for _, v in found), Decimal(0))
    span = f"{start:%Y-%m}" if months == 1 else f"{start:%Y-%m} .. {end:%Y-%m}"
    how = f"{series.title} for {span}" + (f", {months} monthly values added up" if months > 1 else "")
    return total, [obs(series, d, v) for d, v in found], f"{how} ({plain_decimal(total)})"


def check_flow_change(ctx: CheckContext) -> Verdict:
    """The change of a month flow on an earlier period: the flow over the claim's months less the flow over the
    same months of the base period, from one provider's series; supported when it agrees, never contradicted."""
    level = flow_beside(ctx)
    months = _months(ctx.claim)
    if level is None or months is None:
        raise Unverifiable("the sentence does not state the month flow this change is of", cause="no_checker")
    metric, first, last = level.metric, *months
    back = readings().flow_change_bases[ctx.claim.basis or ""]
    base_first, base_last = add_months(first, -back), month_bounds(add_months(last, -back))[1]
    from_january = first.month == 1 and last.month > 1
    ytd_field = readings().year_to_date.get(metric) if from_january else None
    what = readings().monthly.get(metric, metric.replace("_", " ")).removesuffix(" of the month")
    base_words = {12: "the same months a year earlier", 1: "the month before"}.get(back, f"{back} months earlier")
    method = f"change of the {what} on {base_words}: the flow over {first:%Y-%m} .. {last:%Y-%m} less {base_words}"
    all_series, note = _fields(ctx, metric, method, (ytd_field,) if ytd_field else None)

    def on(series: Series) -> Verdict:
        _unit_agrees(ctx, series, _unit_of(series))
        now, data_now, how_now = _flow(series, first, last, ytd_field is not None)
        width = half_width(ctx, level)
        assert level.value is not None
        if width is None or abs(now - level.value) > width:
            # the flow stated beside it is not this series' (外币贷款 read as the RMB loans): the change is not of it
            raise Unverifiable(
                f"the flow stated beside the change, {level.text}, is not {how_now}, so the change is not taken as "
                "this series' change",
                method=method,
                cause="uncertain",
            )
        then, data_then, how_then = _flow(series, base_first, base_last, ytd_field is not None)
        verdict = ctx.judge(
            CHECKER,
            now - then,
            f"change of the {what} on {base_words}: {how_now} − {how_then}",
            data=[*data_then, *data_now],
        )
        return revised_not_wrong(verdict, "a change re-computed from a provider's monthly figures")

    verdict = across_providers(ctx, all_series, on, method)
    return verdict.model_copy(update={"reason": "; ".join(r for r in (note, verdict.reason) if r) or None})
