"""Monthly macro series: a stated year-on-year growth against the series value for that month.

The series itself is already yoy %. A series may have alternates on another basis (M1 under its old
definition, field ``yoy_old_def``): they are never mixed in; a match against one is reported by name,
and a sentence that names its basis (新口径 / 旧口径) is checked on that basis only.
"""

from __future__ import annotations

import datetime as dt

from analyzer.extract.numbers import plain_decimal
from analyzer.types import Verdict, VerdictStatus
from analyzer.verify.catalog import default_catalog
from analyzer.verify.registry import CheckContext, Unverifiable, obs, register_checker

NEW_BASIS = ("新口径", "新口徑", "新定义", "新定義")
OLD_BASIS = ("旧口径", "舊口徑", "原口径", "原口徑", "老口径")


def _month(ctx: CheckContext) -> tuple[dt.date, dt.date]:
    p = ctx.claim.period
    day = (p.end or p.start) if p is not None else None
    if day is None:
        raise Unverifiable("the claim states no month")
    first = day.replace(day=1)
    nxt = (first + dt.timedelta(days=32)).replace(day=1)
    return first, nxt - dt.timedelta(days=1)


@register_checker("growth_yoy")
def check_growth_yoy(ctx: CheckContext) -> Verdict:
    """Compare the stated yoy % with the subject's monthly ``yoy`` series for the claim's month."""
    store = ctx.require_store()
    first, last = _month(ctx)
    month = f"{first:%Y-%m}"
    method = f"year-on-year % for {month} from the monthly yoy series"
    subject = ctx.claim.subject
    if subject is None:
        raise Unverifiable("the claim has no subject", method=method)
    sentence = ctx.sentence()
    main = "yoy"
    alternates = default_catalog().alternates(subject.id, main)
    if any(w in sentence for w in OLD_BASIS) and alternates:
        fields, basis = list(alternates), "the sentence names the old basis"
    elif any(w in sentence for w in NEW_BASIS):
        fields, basis = [main], "the sentence names the new basis"
    else:
        fields, basis = [main, *alternates], ""
    tried: list[str] = []
    first_verdict: Verdict | None = None
    for field_name in fields:
        series = store.series(subject.id, field_name)
        if series is None:
            tried.append(f"no {field_name} series for {subject.id}")
            continue
        found = series.between(first, last)
        if not found:
            tried.append(f"{series.label} has no value for {month} ({series.describe_range()})")
            continue
        day, value = found[-1]
        notes = [basis] if basis else []
        if field_name != main:
            notes.append(f"matched against {series.label}, another basis than {subject.id} {main}")
        verdict = ctx.judge(
            "growth_yoy",
            value,
            f"{series.label} for {month}",
            data=[obs(series, day, value)],
            reason="; ".join([*notes, *tried]) or None,
        )
        if verdict.status is VerdictStatus.SUPPORTED:
            return verdict
        first_verdict = first_verdict or verdict
        if field_name != main:
            tried.append(f"{series.label} for {month} is {plain_decimal(value)}, not within tolerance either")
    if first_verdict is not None:
        reason = "; ".join(r for r in (first_verdict.reason, *tried) if r and r not in (first_verdict.reason or ""))
        return first_verdict.model_copy(update={"reason": reason})
    raise Unverifiable("; ".join(tried), method=method)
