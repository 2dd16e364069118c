"""Clause grammar of time: the backdrop a day word sits in (港股今天承接昨日跌势 → 昨日 is not the
session's date) and a previous value's period (2月CPI…,前值为… → January). Word classes in
``corpora/patterns/clauses.yaml``; the month arithmetic is the time stage's (``previous_period``).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from collections.abc import Sequence

from analyzer.claims.certainty import uncertain
from analyzer.claims.clause_words import frame_regex, prior_base_regex, prior_regex
from analyzer.extract.base import Hit
from analyzer.extract.timeexpr import is_week, previous_period, previous_session
from analyzer.types import Period, Span


def find_frames(text: str) -> list[tuple[int, int]]:
    """The backdrop frames of ``text`` (承接昨日跌势, 延续上周升势, 受隔夜美股下跌影响), in order."""
    return [m.span() for m in frame_regex().finditer(text)]


def in_frame(frames: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside one of ``frames`` (sorted, not overlapping)."""
    i = bisect_right(frames, (start, float("inf"))) - 1  # the last frame starting at or before start
    return i >= 0 and frames[i][0] <= start and end <= frames[i][1]


def outside_frames(frames: Sequence[tuple[int, int]], time_hits: Sequence[Hit]) -> list[Hit]:
    """``time_hits`` without those inside a backdrop frame: when the backdrop happened is not the date
    of the figures after it."""
    if not frames:
        return list(time_hits)
    return [t for t in time_hits if not in_frame(frames, t.start, t.end)]


def prior_lead(text: str, clause_start: int, value_start: int) -> re.Match[str] | None:
    """The words of a previous value leading the clause (前值为, 上月为, 此前为), when only they,
    and words of a change, stand before the value: 「前值为同比上涨0.5%」."""
    regex = prior_regex()
    if regex is None:
        return None
    m = regex.match(text, clause_start, value_start)
    return m if m is not None and m.end() <= value_start else None


def prior_base(text: str, clause_start: int, value_start: int) -> re.Match[str] | None:
    """claims15c: the last base of a comparison written with the words of a previous value before the
    value in its clause (较前一周(12.1亿港元), 比上月的0.5%): the figure may be the value of that base."""
    regex = prior_base_regex()
    if regex is None:
        return None
    last = None
    for m in regex.finditer(text, clause_start, value_start):
        last = m
    return last


#: ``Period.derived_from`` of a previous value's period: never carried on to the figures after it
PREVIOUS_VALUE = "previous_value"
#: relations of the time stage whose period has a fixed step back (a month has no relation)
STEPPED = frozenset({None, "week", "quarter", "half", "year", "month_end", "quarter_end"})
#: claims15c: the span a previous value's words name by their unit (上一周: a week; 上月: a month; 上季: a
#: quarter), in days for a week and months otherwise; words with no unit (前值, 上期) step by the figure's
_WORD_UNITS = (("周", "week"), ("週", "week"), ("月", "month"), ("季", "quarter"), ("日", "day"), ("天", "day"))


def prior_period(described: Period, level: bool, stated: tuple[dt.date, dt.date] | None = None) -> Period | None:
    """The period before ``described``: the month, quarter, half or year before (``stated``, the
    dates its time words name, when it was narrowed to a day as a level), or the month end before a
    month end (2月末 → 1月末); a level keeps only its last day. None when there is no such step."""
    start, end = stated or (described.start, described.end)
    if start is None or end is None:
        return None
    if start == end:  # a day: only a month's last day has a step back (2月末 → 1月末)
        if (end + dt.timedelta(days=1)).day != 1:
            return None
        day = dt.date(end.year, end.month, 1) - dt.timedelta(days=1)
        return described.model_copy(update={"start": day, "end": day, "derived_from": PREVIOUS_VALUE})
    shifted = previous_period(start, end)
    if shifted is None:
        return None
    before_start, before_end = shifted
    return described.model_copy(
        update={"start": before_end if level else before_start, "end": before_end, "derived_from": PREVIOUS_VALUE}
    )


def previous_value(described: Period, fields: dict, level: bool, words: str, span: Span) -> tuple[Period | None, str]:
    """The period of a value led by ``words`` (前值) that follows a figure over ``described`` (its time
    words' ``fields``): the period before, or None with the reason (uncertain) when there is no fixed
    step back (1-2月, 前三季度: a cumulative figure's 前值 may be December's or 上半年's)."""
    stated = (fields["start_date"], fields["end_date"]) if fields.get("start_date") and fields.get("end_date") else None
    period = prior_period(described, level, stated) if fields.get("relation") in STEPPED else None
    if _word_unit(words) == "day" and described.start is not None and described.start == described.end:
        # 5月20日…,较前一交易日: the session before the stated day (a holiday's date holds no data: unverifiable)
        day = previous_session(described.start)
        period = described.model_copy(update={"start": day, "end": day, "derived_from": PREVIOUS_VALUE})
    if period is not None and not _unit_fits(words, *(stated or (described.start, described.end))):
        period = None  # 上周…,较上月: a month's words after a week's figure step over no span it names
    if period is None:
        return None, uncertain(f"「{words}」 after a figure over {described.text}: its period is not stated")
    how = f"「{words}」: the period before that of the figure it follows ({described.text})"
    return period.model_copy(update={"text": words, "span": span}), how



def _unit_fits(words: str, start: dt.date | None, end: dt.date | None) -> bool:
    """Whether the unit ``words`` name (上一周, 上月, 上季), if any, is the span of the period they step back
    from: a week (Monday to Friday or Sunday), a month or a quarter."""
    unit = _word_unit(words)
    if unit is None or start is None or end is None:
        return True
    if unit == "day":
        return start == end
    if unit == "week":
        return is_week(start, end)
    months = (end.year - start.year) * 12 + end.month - start.month + 1
    return start.day == 1 and months == (1 if unit == "month" else 3) and (end + dt.timedelta(days=1)).day == 1


def _word_unit(words: str) -> str | None:
    """The unit previous-value ``words`` name (前一交易日: day), if any (``_WORD_UNITS``)."""
    return next((u for ch, u in _WORD_UNITS if ch in words), None)
