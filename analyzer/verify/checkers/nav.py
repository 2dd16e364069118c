"""A fund's net asset value per share on a stated day against the fund's published NAVs (fetched by
``check --fetch`` through AKShare's fund NAV functions, or imported)."""

from __future__ import annotations

from analyzer.types import Verdict
from analyzer.verify.checkers.levels import as_of_date
from analyzer.verify.lookup import value_at
from analyzer.verify.registry import CheckContext, Unverifiable, across_providers, obs, register_checker
from analyzer.verify.series import Series
from analyzer.verify.words import unchecked_reason


@register_checker("nav", span="session")
def check_nav(ctx: CheckContext) -> Verdict:
    """The unit NAV published for the stated day."""
    try:
        all_series, note = ctx.subject_series_all("nav")
    except Unverifiable as exc:
        # no NAVs stored for the fund (or no fund named): the cause the lookup gave, in the NAV's words
        raise exc.again(unchecked_reason("nav") if exc.cause == "no_series" else None, method="none") from None
    day = as_of_date(ctx)
    method = f"unit NAV on {day}"

    def on(series: Series) -> Verdict:
        point = value_at(series, None, day, max_gap_days=ctx.options.max_gap_days)
        if point.date != day:
            raise Unverifiable(
                f"{series.title} has no NAV dated {day} (the latest before it is {point.date})", cause="no_observation"
            )
        return ctx.judge(
            "nav", point.value, f"{series.title} on {day}", data=[obs(series, day, point.value)], points=(point,)
        )

    verdict = across_providers(ctx, all_series, on, method)
    if note:
        verdict = verdict.model_copy(update={"reason": "; ".join(r for r in (note, verdict.reason) if r)})
    return verdict
