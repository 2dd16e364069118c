"""Trading calendars (exchange_calendars) as sorted session dates, including intersections.

A subject's calendar comes from ``series.yaml``; ``XHKG&XSHG`` means sessions both exchanges hold
(Stock Connect southbound). Outside the calendar's range every lookup answers ``None`` so callers
fall back to the data and say so.
"""

from __future__ import annotations

import bisect
import datetime as dt
import warnings
from dataclasses import dataclass
from functools import cache

import exchange_calendars as xcals

from analyzer.errors import MarketDataError
from analyzer.verify.catalog import default_catalog

CALENDAR_START = "2005-01-04"


@dataclass(frozen=True)
class TradingCalendar:
    """Sorted session dates of one exchange or an intersection of several."""

    name: str
    sessions: tuple[dt.date, ...]

    def covers(self, day: dt.date) -> bool:
        return bool(self.sessions) and self.sessions[0] <= day <= self.sessions[-1]

    def is_session(self, day: dt.date) -> bool:
        i = bisect.bisect_left(self.sessions, day)
        return i < len(self.sessions) and self.sessions[i] == day

    def on_or_before(self, day: dt.date) -> dt.date | None:
        """``day`` if it is a session, else the last session before it."""
        if not self.covers(day):
            return None
        return self.sessions[bisect.bisect_right(self.sessions, day) - 1]

    def before(self, day: dt.date) -> dt.date | None:
        """The last session strictly before ``day``."""
        if not self.covers(day - dt.timedelta(days=1)):
            return None
        i = bisect.bisect_left(self.sessions, day)
        return self.sessions[i - 1] if i else None

    def between(self, start: dt.date, end: dt.date) -> list[dt.date] | None:
        """Sessions in ``[start, end]``; None when the range is outside the calendar."""
        if not (self.covers(start) and self.covers(end)):
            return None
        lo = bisect.bisect_left(self.sessions, start)
        hi = bisect.bisect_right(self.sessions, end)
        return list(self.sessions[lo:hi])


@cache
def get_calendar(name: str) -> TradingCalendar:
    """A calendar by exchange_calendars code (XHKG, XNAS, XSHG) or an ``A&B`` intersection."""
    sets: list[set[dt.date]] = []
    for code in name.split("&"):
        try:
            with warnings.catch_warnings():  # exchange_calendars' pandas deprecation noise, not ours
                warnings.simplefilter("ignore")
                cal = xcals.get_calendar(code.strip(), start=CALENDAR_START)
                sets.append({ts.date() for ts in cal.sessions})
        except (xcals.errors.InvalidCalendarName, ValueError) as exc:
            raise MarketDataError(f"unknown trading calendar {code!r} in {name!r}", code="E511") from exc
    common = set.intersection(*sets)
    return TradingCalendar(name=name, sessions=tuple(sorted(common)))


def closes_unannounced(cal: TradingCalendar) -> bool:
    """Whether an exchange of ``cal`` has closed on days the calendar lists as sessions (series.yaml
    ``unannounced_closures``): only there may a session a series lacks have been a closure, not a hole."""
    closing = default_catalog().unannounced_closures
    return any(code.strip() in closing for code in cal.name.split("&"))


def calendar_for(instrument: str) -> TradingCalendar | None:
    """The trading calendar of a subject's daily series, or None for monthly/macro subjects."""
    name = default_catalog().calendar_name(instrument)
    return get_calendar(name) if name else None
