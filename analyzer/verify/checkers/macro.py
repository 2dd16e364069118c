"""Monthly and quarterly macro series: a stated year-on-year growth against the series value for that period.

The series itself is already yoy %. A series may have alternates on another basis (M1 under its old
definition, field ``yoy_old_def``): they are never mixed in; a match against one is reported by name,
and a sentence that names its basis (新口径 / 旧口径) is checked on that basis only. A period longer
than a quarter (上半年, 前三季度) is checked against the year-to-date series when one exists (GDP).
Each provider's series is read separately. A series computed on one currency's values (customs' trade in US
dollars) never speaks to a figure on another basis, nor contradicts one whose basis is unsaid (checkers/basis.py).
"""

from __future__ import annotations

import datetime as dt
from functools import cache

from analyzer.extract.numbers import plain_decimal
from analyzer.types import Verdict, VerdictStatus
from analyzer.verify.catalog import default_catalog
from analyzer.verify.checkers.basis import guard_contradiction, refuse_other_basis
from analyzer.verify.registry import CheckContext, Unverifiable, across_providers, obs, register_checker, store_id
from analyzer.verify.series import Series
from analyzer.verify.words import series_words

NEW_BASIS = ("新口径", "新口徑", "新定义", "新定義")
OLD_BASIS = ("旧口径", "舊口徑", "原口径", "原口徑", "老口径")
YTD_FIELD = "yoy_ytd"
#: subjects whose year-on-year figures are company results (revenue, profit), which the store does not hold
COMPANY_KINDS = frozenset({"stock", "company", "bank"})


def _month(ctx: CheckContext) -> tuple[dt.date, dt.date]:
    p = ctx.claim.period
    day = (p.end or p.start) if p is not None else None
    if day is None:
        raise Unverifiable("the text gives no month or quarter for this growth figure", cause="no_period")
    first = day.replace(day=1)
    nxt = (first + dt.timedelta(days=32)).replace(day=1)
    return first, nxt - dt.timedelta(days=1)


def _frequency(series: Series) -> str:
    """The series' frequency from the catalog ("monthly" when it is not listed: the shorter span, so a
    quarter's figure is never matched with one month of an unlisted series)."""
    return _frequencies().get((series.instrument, series.field), "monthly")


@cache
def _frequencies() -> dict[tuple[str, str], str]:
    found: dict[tuple[str, str], str] = {}
    for spec in default_catalog().series:
        found.setdefault((spec.instrument, spec.field), spec.frequency)
    return found


def _span_mismatch(ctx: CheckContext, series: Series) -> str | None:
    """Why one value of ``series`` cannot speak to the claim's period: the value covers one month, one
    quarter, or (year-to-date fields) the year up to a month's end, and the claim's period must be
    that span (一季度CPI同比… is no March figure; 1—6月平均 is no June figure). A figure read on one
    day (4月末M2同比增长…) is the month's."""
    p = ctx.claim.period
    if p is None or p.start is None or p.end is None or p.start == p.end:
        return None
    end_month = p.end.replace(day=1)
    month_end = (end_month + dt.timedelta(days=32)).replace(day=1) - dt.timedelta(days=1)
    if series.field == YTD_FIELD:
        start, words = dt.date(p.end.year, 1, 1), "the year to the end of a month"
    elif _frequency(series) == "quarterly":
        start, words = end_month.replace(month=end_month.month - (end_month.month - 1) % 3), "one quarter"
    else:
        start, words = end_month, "one month"
    if (p.start, p.end) == (start, month_end):
        return None
    covers = f"each value of {series.title} covers {words}"
    return f"the figure covers {p.start} → {p.end}; {covers}, so it says nothing about it"


def _value_in(ctx: CheckContext, series: Series, first: dt.date, last: dt.date, month: str, main: str) -> Verdict:
    mismatch = _span_mismatch(ctx, series)
    if mismatch is not None:
        raise Unverifiable(mismatch, cause="period_mismatch")
    found = series.between(first, last)
    if not found:
        before_start = series.first is not None and last < series.first
        outside = series.last is not None and (first > series.last or before_start)
        raise Unverifiable(
            f"no {series_words(series.instrument, series.field)} for {month} in the store "
            f"(its data runs {series.first} .. {series.last})",
            cause="past_store" if outside else "no_observation",
            missing=(series.instrument, series.field) if outside else None,
        )
    day, value = found[-1]
    notes = []
    if series.field != main:
        notes.append(f"matched against {series.title}, another basis than {series.instrument} {main}")
    return ctx.judge(
        "growth_yoy",
        value,
        f"{series.title} for {month}",
        data=[obs(series, day, value)],
        reason="; ".join(notes) or None,
    )


@register_checker("growth_yoy")
def check_growth_yoy(ctx: CheckContext) -> Verdict:
    """Compare the stated yoy % with the subject's yoy series for the claim's month (or quarter)."""
    store = ctx.require_store()
    first, last = _month(ctx)
    month = f"{first:%Y-%m}"
    method = f"year-on-year % for {month} from the subject's yoy series"
    subject_id = store_id(ctx.claim.subject) if ctx.claim.subject is not None else None
    kind = ctx.claim.subject.kind if ctx.claim.subject is not None else ""
    if kind in COMPANY_KINDS and subject_id is not None and not store.providers(subject_id, "yoy"):
        # a company's (or a business line's) growth is one of its results against the year before: no checker
        # computes it (the store holds reported levels only, when fetched)
        raise Unverifiable(
            f"{ctx.claim.subject.alias if ctx.claim.subject else subject_id}: company results are not in the market "
            "store, so a growth figure of its results is not checked",
            method=method,
            cause="no_checker",
        )
    if subject_id is None:
        if ctx.claim.subject is None:
            raise Unverifiable("the text does not say which series the growth figure is of", method=method,
                               cause="no_subject")
        raise Unverifiable(
            f"{ctx.claim.subject.alias} is not a series the market store has data for", method=method,
            cause="no_series",
        )
    sentence = ctx.sentence()
    try:
        refuse_other_basis(subject_id, sentence)
    except Unverifiable as exc:
        raise exc.again(method=method) from None
    p = ctx.claim.period
    main = "yoy"
    long_period = p is not None and p.start is not None and p.end is not None and (p.end - p.start).days > 100
    # a period from January to a month's end (1-3月, 前两个月) is what a year-to-date series states, whether or
    # not the subject has monthly figures too (fixed-asset investment has none)
    from_january = (
        p is not None
        and p.start is not None
        and p.end is not None
        and p.start == dt.date(p.start.year, 1, 1)
        and p.end.month > 1
    )
    if (long_period or from_january) and store.providers(subject_id, YTD_FIELD):
        main = YTD_FIELD
    alternates = default_catalog().alternates(subject_id, main)
    if any(w in sentence for w in OLD_BASIS) and alternates:
        fields, basis = list(alternates), "the sentence names the old basis"
    elif any(w in sentence for w in NEW_BASIS):
        fields, basis = [main], "the sentence names the new basis"
    else:
        fields, basis = [main, *alternates], ""
    tried: list[str] = []
    causes: list[Unverifiable] = []
    first_verdict: Verdict | None = None
    for field_name in fields:
        all_series = store.all_series(subject_id, field_name)
        if not all_series:
            tried.append(f"the store has no {series_words(subject_id, field_name)}")
            causes.append(Unverifiable("", cause="no_series", missing=(subject_id, field_name)))
            continue
        try:
            verdict = across_providers(ctx, all_series, lambda s: _value_in(ctx, s, first, last, month, main), method)
        except Unverifiable as exc:
            tried.append(exc.reason)
            causes.append(exc)
            continue
        if basis:
            verdict = verdict.model_copy(update={"reason": "; ".join(r for r in (basis, verdict.reason) if r)})
        if verdict.status is VerdictStatus.SUPPORTED:
            if tried:
                verdict = verdict.model_copy(update={"reason": "; ".join(r for r in (verdict.reason, *tried) if r)})
            return verdict
        first_verdict = first_verdict or verdict
        if field_name != main and verdict.computed is not None:
            tried.append(
                f"{series_words(subject_id, field_name)} for {month} is {plain_decimal(verdict.computed)}, "
                "not within tolerance either"
            )
    if first_verdict is not None:
        extra = [t for t in tried if t and t not in (first_verdict.reason or "")]
        reason = "; ".join(r for r in (first_verdict.reason, *extra) if r) or None
        return guard_contradiction(subject_id, sentence, first_verdict.model_copy(update={"reason": reason}))
    if not causes:
        raise Unverifiable("; ".join(tried), method=method)
    raise causes[0].again("; ".join(tried), method=method)


@register_checker("growth_mom")
def check_growth_mom(ctx: CheckContext) -> Verdict:
    """Compare a stated month-on-month % (全国居民消费价格环比下降0.3%) with the subject's month-on-month series for
    the claim's month, as the publisher states it; each provider's series alone."""
    store = ctx.require_store()
    first, last = _month(ctx)
    month = f"{first:%Y-%m}"
    method = f"month-on-month % for {month} from the subject's mom series"
    subject = ctx.claim.subject
    subject_id = store_id(subject) if subject is not None else None
    if subject is None:
        raise Unverifiable("the text does not say which series the growth figure is of", method=method,
                           cause="no_subject")
    if subject_id is None:
        raise Unverifiable(f"{subject.alias} is not a series the market store has data for", method=method,
                           cause="no_series")
    all_series = store.all_series(subject_id, "mom")
    if not all_series:
        raise Unverifiable(
            f"the store has no {series_words(subject_id, 'mom')}", method=method, cause="no_series",
            missing=(subject_id, "mom"),
        )
    return across_providers(ctx, all_series, lambda s: _value_in(ctx, s, first, last, month, "mom"), method)
