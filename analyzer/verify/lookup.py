"""Dated lookups on a series through the subject's trading calendar, with notes saying what was substituted."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import Decimal

from analyzer.extract.numbers import plain_decimal
from analyzer.verify.calendars import TradingCalendar, closes_unannounced
from analyzer.verify.registry import Unverifiable
from analyzer.verify.series import Series
from analyzer.verify.words import series_words

ONE_DAY = dt.timedelta(days=1)


@dataclass(frozen=True)
class Point:
    """An observation found for a requested date, with what was substituted on the way."""

    date: dt.date
    value: Decimal
    notes: tuple[str, ...] = ()
    #: why the value is another day's (the series lacks the date asked for and an earlier value bridged it),
    #: in the reader's words; None when the value is the day's own (or a holiday's last prior session's)
    stood_in: str | None = None
    #: the session ``stood_in`` bridges was certainly held (its exchange never closes on a day its calendar lists):
    #: a hole in the provider's data, so the bridged value is another session's and supports nothing
    hole: bool = False

    def describe(self) -> str:
        return f"{self.date} {plain_decimal(self.value)}"


def value_at(
    series: Series, cal: TradingCalendar | None, day: dt.date, *, before: bool = False, max_gap_days: int = 7
) -> Point:
    """The value on ``day`` (or, with ``before``, on the last trading day strictly before it).

    A holiday resolves to the last prior session of ``cal`` and the note says so; a session the series
    lacks falls back to its latest earlier observation within ``max_gap_days`` and the point says so
    (``stood_in``: a figure computed from it is never contradicted, nor supported over a certain ``hole``).
    Nothing found → Unverifiable.
    """
    notes: list[str] = []
    target: dt.date | None = None
    if cal is not None:
        target = cal.before(day) if before else cal.on_or_before(day)
        if target is None:
            notes.append(f"{day} is outside the {cal.name} calendar; used the series' own dates")
        elif not before and target != day:
            notes.append(f"{day} is not a trading day on {cal.name}; used {target}")
    if target is None:
        target = day - ONE_DAY if before else day
    found = series.on_or_before(target)
    if found is None:
        raise Unverifiable(
            f"no {series_words(series.instrument, series.field, series.provider)} on or before {target} in the store "
            f"(its data runs {series.first} .. {series.last})",
            data=(f"{series.title}: {series.describe_range()}",),
            cause="past_store",
            missing=(series.instrument, series.field),
        )
    got, value = found
    if got != target:
        # a gap inside the series may be bridged; a series that has ended may not (its last value is stale)
        if (target - got).days > max_gap_days or got == series.last:
            raise Unverifiable(
                f"no {series_words(series.instrument, series.field, series.provider)} for {target} in the store; "
                f"the latest before it is {got}" + (f" and its data ends {series.last}" if series.last == got else ""),
                data=(f"{series.title}: {series.describe_range()}",),
                cause="past_store" if got == series.last else "no_observation",
                missing=(series.instrument, series.field) if got == series.last else None,
            )
        if cal is not None:
            notes.append(f"{series.title} has no value on trading day {target}; used {got}")
        # a hole in the provider's data (another day's value: wrong) or a closure the calendar does not know (a
        # typhoon: right); the store cannot tell which
        lacks = f"lacks the session of {target}" if cal is not None else f"has no value for {target}"
        why = f"{series.title} {lacks}; the value of {got} stood in, so a figure computed from it is not called wrong"
        return Point(got, value, tuple(notes), why, hole=cal is not None and not closes_unannounced(cal))
    return Point(got, value, tuple(notes))
