"""Company results by reporting period (revenue, net profit, EPS) against the reports' own figures.

A report's figure is cumulative from its fiscal year's start to the report date (A-share reports and HK
interim and annual results alike), so a claim is checked only when its period is exactly that span
(2024年营业收入 → the report dated 2024-12-31; 上半年 → the interim report; a single quarter is no
report's figure). The figures come from ``check --fetch`` (AKShare's financial-abstract functions),
whose fetch log records the reporting currency and fiscal year end; a figure in another currency is
never compared. 净利润 alone may mean the total or the shareholders' share: it is supported by either
and contradicted by neither. Basic EPS is what the reports give: a diluted figure (摊薄, 稀释) is not
compared.
"""

from __future__ import annotations

from analyzer.extract.numbers import plain_decimal
from analyzer.types import Verdict, VerdictStatus
from analyzer.verify.fetchlog import logged
from analyzer.verify.registry import CheckContext, Unverifiable, across_providers, obs, register_checker, store_id
from analyzer.verify.results_frames import fiscal_start
from analyzer.verify.series import Series
from analyzer.verify.words import unchecked_reason

#: words before an EPS figure that make it diluted (the reports' figure is basic)
DILUTED_CUES = ("摊薄", "稀释", "攤薄", "稀釋")
CUE_WINDOW = 12
#: 净利润 read as either of these stored fields
NET_PROFIT_READINGS = ("net_profit", "net_profit_attributable")


def _series(ctx: CheckContext, field_name: str) -> list[Series]:
    try:
        return ctx.subject_series_all(field_name)[0]
    except Unverifiable:
        return []


def _on(ctx: CheckContext, metric: str, series: Series) -> Verdict:
    """The claim against one provider's reports."""
    p = ctx.claim.period
    assert p is not None and p.start is not None and p.end is not None
    store = ctx.require_store()
    meta = logged(store, series.instrument, series.field, series.provider)
    value = series.on(p.end)
    if value is None:
        raise Unverifiable(
            f"{series.title} has no report dated {p.end} ({series.describe_range()})", cause="no_observation"
        )
    start = fiscal_start(p.end, (meta.fiscal_year_end if meta else None) or "12-31")
    if p.start != start:
        raise Unverifiable(
            f"the figure covers {p.start} → {p.end}; {series.title} reports cumulative figures from the fiscal "
            f"year's start ({start} → {p.end}), so it says nothing about it",
            cause="period_mismatch",
        )
    currency = meta.currency if meta else None
    if ctx.claim.currency and currency and ctx.claim.currency != currency:
        raise Unverifiable(f"the text states {ctx.claim.currency}; {series.title} is in {currency}", cause="no_series")
    verdict = ctx.judge(
        metric, value, f"{series.title}: the report for {start} → {p.end}", data=[obs(series, p.end, value)]
    )
    if verdict.status is VerdictStatus.CONTRADICTED and currency is None:
        raise Unverifiable(
            f"{series.title} gives {plain_decimal(value)}, but the currency of these figures is not recorded",
            cause="uncertain",
        )
    return verdict


def _check(ctx: CheckContext, metric: str, fields: tuple[str, ...]) -> Verdict:
    p = ctx.claim.period
    method = f"{metric.replace('_', ' ')} from the company's reports"
    found = [(f, s) for f in fields for s in _series(ctx, f)]
    if not found:
        subject = ctx.claim.subject
        if subject is None or store_id(subject) is None:
            ctx.subject_series_all(fields[0])  # raises: which subject, in a reader's words
        # the company is known (a code) but its reports are not stored: `check --fetch` may bring them
        raise Unverifiable(
            unchecked_reason(metric), method="none", cause="no_series", missing=(store_id(subject), fields[0])
        )
    if p is None or p.start is None or p.end is None:
        raise Unverifiable("the text gives no reporting period for this figure", method=method, cause="no_period")
    judged: list[tuple[str, Verdict]] = []
    missing: list[str] = []
    for field_name in dict.fromkeys(f for f, _ in found):
        series = [s for f, s in found if f == field_name]
        try:
            judged.append((field_name, across_providers(ctx, series, lambda s: _on(ctx, metric, s), method)))
        except Unverifiable as exc:
            missing.append(exc.reason)
    if not judged:
        raise Unverifiable("; ".join(missing), method=method)
    supported = [(f, v) for f, v in judged if v.status is VerdictStatus.SUPPORTED]
    chosen_field, chosen = (supported or judged)[0]
    if len(fields) > 1 and chosen.status is VerdictStatus.CONTRADICTED:
        # 净利润 alone: neither reading matches, but the text does not say which it means
        shown = "; ".join(f"{f} {plain_decimal(v.computed)}" for f, v in judged if v.computed is not None)
        raise Unverifiable(
            f"净利润 may be the total or the shareholders' share and neither matches ({shown})",
            method=method,
            data=chosen.data,
        )
    if len(fields) > 1:
        note = f"read as {chosen_field.replace('_', ' ')}"
        chosen = chosen.model_copy(update={"reason": "; ".join(r for r in (note, chosen.reason) if r)})
    return chosen


@register_checker("revenue")
def check_revenue(ctx: CheckContext) -> Verdict:
    """Revenue for a reporting period against the report's total operating revenue."""
    return _check(ctx, "revenue", ("revenue",))


@register_checker("net_profit_attributable")
def check_net_profit_attributable(ctx: CheckContext) -> Verdict:
    """Net profit attributable to shareholders for a reporting period against the report's."""
    return _check(ctx, "net_profit_attributable", ("net_profit_attributable",))


@register_checker("net_profit")
def check_net_profit(ctx: CheckContext) -> Verdict:
    """净利润 for a reporting period against the report's total net profit or the shareholders' share."""
    return _check(ctx, "net_profit", NET_PROFIT_READINGS)


@register_checker("eps")
def check_eps(ctx: CheckContext) -> Verdict:
    """Basic earnings per share for a reporting period against the report's; a diluted figure is not compared."""
    before = ctx.result.text[max(ctx.claim.sentence.start, ctx.claim.span.start - CUE_WINDOW) : ctx.claim.span.start]
    if (cue := next((c for c in DILUTED_CUES if c in before), None)) and _series(ctx, "eps"):
        raise Unverifiable(
            f"a diluted figure (「{cue}」); the reports give basic EPS", method="none", cause="no_series"
        )
    return _check(ctx, "eps", ("eps",))
