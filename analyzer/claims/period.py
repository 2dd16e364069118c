"""Periods of claims: time expressions turned into ``Period``s, re-anchored to the clause's 截至 date,
read as a start when 以来 follows them, shifted a year back for 上年同期, plus the few period words
the time stage does not resolve (最新一季, 今年首两个月). The order in which a claim looks for its
period lives in ``assemble.py``; this module only builds them.
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from functools import cache

from analyzer.claims.certainty import UNCERTAIN, uncertain
from analyzer.claims.clause_words import clause_words
from analyzer.claims.vocabulary import longest_first, metric_vocabulary
from analyzer.extract.base import Hit
from analyzer.extract.timeexpr import add_months, month_end, year_spans
from analyzer.normalize.convert import both_scripts
from analyzer.regexguard import compile_guarded, max_width, near_matches, required_words
from analyzer.types import MentionKind, Period, Span

_RELATIVE = frozenset({"trailing", "ytd"})
#: calendar periods named relative to today (本月, 本周, 本季度, 今年): a 截至 date inside one ends it
_CALENDAR = frozenset({"month", "week", "quarter", "year", "half"})
#: at most this many characters (a colon, a space, 为) between an inception word and its date
INCEPTION_GAP = 2
_CN_DIGITS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def minus_year(day: dt.date) -> dt.date:
    """The same day a year earlier (28 February for 29 February)."""
    try:
        return day.replace(year=day.year - 1)
    except ValueError:
        return day.replace(year=day.year - 1, day=28)


def _same_period_last_year() -> Callable[[dt.date, dt.date], tuple[dt.date, dt.date]]:
    """The time stage's shift when it has one, else the year-back shift here (one place)."""
    from analyzer.extract import timeexpr

    shared = getattr(timeexpr, "same_period_last_year", None)
    if callable(shared):
        return shared  # type: ignore[return-value]
    return lambda start, end: (minus_year(start), minus_year(end))


def _cn_int(s: str) -> int:
    if s.isdigit():
        return int(s)
    if len(s) == 2 and s[0] == "十":
        return 10 + _CN_DIGITS.get(s[1], 0)
    return _CN_DIGITS.get(s, 0)


@cache
def _latest_quarter_regex() -> re.Pattern[str] | None:
    words = both_scripts(metric_vocabulary().period_words.latest_quarter)
    return re.compile("|".join(map(re.escape, sorted(words, key=len, reverse=True)))) if words else None


@cache
def _first_months_regex() -> tuple[re.Pattern[str], tuple[str, ...] | None, int | None] | None:
    """The first-months pattern, and the words one of which each of its matches holds and its widest
    match (``regexguard.near_matches``: tried only near those words, 15 → 4 ms per 0.5M characters)."""
    source = metric_vocabulary().period_words.first_months
    if not source:
        return None
    source = source.replace("个", "[个個]")
    # guarded: the pattern opens with an optional year, so unguarded it is tried at every character
    return compile_guarded(source), required_words(source), max_width(source)


def local_period_hits(text: str, as_of: dt.date | None) -> list[Hit]:
    """最新一季 (the latest quarter completed before as-of) and 首两个月 (January to month n)."""
    if as_of is None:
        return []
    out = []
    regex = _latest_quarter_regex()
    if regex is not None:
        q_end_month = (as_of.month - 1) // 3 * 3  # the last completed quarter ends before as_of's quarter
        year = as_of.year if q_end_month else as_of.year - 1
        q_end_month = q_end_month or 12
        start, end = dt.date(year, q_end_month - 2, 1), month_end(year, q_end_month)
        for m in regex.finditer(text):
            out.append(_hit(m, start, end, "latest-quarter"))
    first_months = _first_months_regex()
    if first_months is not None:
        fm, words, width = first_months
        for m in near_matches(fm, text, words, width) if words and width else fm.finditer(text):
            n = _cn_int(m.group("n"))
            year = int(m.group("year")) if m.groupdict().get("year") else as_of.year
            if 1 <= n <= 12:
                out.append(_hit(m, dt.date(year, 1, 1), month_end(year, n), "first-months"))
    return out


def _hit(m: re.Match[str], start: dt.date, end: dt.date, pattern: str) -> Hit:
    fields = {"start_date": start, "end_date": end, "relation": "range", "precision": "month"}
    return Hit(m.start(), m.end(), MentionKind.PERIOD, "claims", pattern, 0.8, fields)


def merge_times(time_hits: Sequence[Hit], extra: Sequence[Hit]) -> list[Hit]:
    """``time_hits`` plus the ``extra`` ones; an extra one replaces the hits it covers (今年首两个月
    over 今年) and is dropped when it only overlaps them."""
    starts = [t.start for t in time_hits]
    dropped: set[int] = set()
    kept = []
    for e in extra:
        lo, hi = bisect_left(starts, e.start - 16), bisect_left(starts, e.end)
        overlapping = [t for t in time_hits[lo:hi] if t.start < e.end and e.start < t.end]
        if all(e.start <= t.start and t.end <= e.end for t in overlapping):
            dropped.update(id(t) for t in overlapping)
            kept.append(e)
    return sorted([*(t for t in time_hits if id(t) not in dropped), *kept], key=lambda h: h.start)


#: yearless parts of a year that take the year of the report the document is about (第三季度, 前三季度)
_PARTS = frozenset({"quarter", "ytd_quarters", "half", "first_months", "quarter_end", "month_end"})
#: periods whose stated year is a report's year (2026年三季报, 2026年第三季度, 2025年年报)
_REPORT_PERIODS = frozenset({"quarter", "ytd_quarters", "half", "first_months", "year"})


def _yearless_part(fields: dict) -> bool:
    """A part of a year stated without its year: a quarter, 前三季度, 10月末, or a bare month (10月)."""
    relation = fields.get("relation")
    return relation in _PARTS or (relation is None and fields.get("precision") == "month")


def _report_period(fields: dict) -> bool:
    """A period of one stated year that dates the yearless parts after it: a report period, or a month
    of a monthly release (2026年10月CPI…; 10月末M2余额…)."""
    relation = fields.get("relation")
    return relation in _REPORT_PERIODS or (relation is None and fields.get("precision") == "month")
#: ``Period.derived_from`` of a period whose words are stated but whose year is a report's year
REPORT_YEAR = "report_year"


def with_report_year(text: str, time_hits: Sequence[Hit], scope_starts: Sequence[int] = ()) -> list[Hit]:
    """``time_hits`` with each yearless part of a year that the time stage could not date (no as-of
    date: 「其中第三季度营收…」) dated in the year of the nearest report period stated before it
    (「公司发布2026年三季报」, a heading 「2026年第三季度业绩点评」), marked ``year_inferred`` and
    ``year_from``. Conservative: only when the nearest time with a stated year before it is a single
    report period of one year (not a date, not a range of years such as 2026-2028年). A report stated
    before one of ``scope_starts`` (the starts of a page's items, in order) dates nothing after it."""
    from analyzer.extract.timeexpr import find_time_expressions

    out: list[Hit] = []
    report: Hit | None = None  # the nearest time with a stated year so far
    scopes = iter(scope_starts)
    next_scope = next(scopes, None)
    for t in time_hits:
        while next_scope is not None and t.start >= next_scope:
            report, next_scope = None, next(scopes, None)
        f = t.fields
        if f.get("start_date") is not None and not f.get("year_inferred"):
            report = t
        elif (
            f.get("start_date") is None
            and f.get("end_date") is None
            and not f.get("invalid")
            and _yearless_part(f)
            and report is not None
        ):
            r = report.fields
            start, end = r["start_date"], r.get("end_date") or r["start_date"]
            if _report_period(r) and not r.get("years") and start.year == end.year:
                words = text[t.start : t.end]
                dated = find_time_expressions(f"{start.year}年{words}", None)
                if (
                    len(dated) == 1
                    and dated[0].start == 0
                    and dated[0].end == len(words) + len(f"{start.year}年")
                    and dated[0].relation == f.get("relation")
                    and dated[0].start_date is not None
                ):
                    fields = {
                        **f,
                        "start_date": dated[0].start_date,
                        "end_date": dated[0].end_date,
                        "date": dated[0].date,
                        "year_inferred": True,
                        "year_from": text[report.start : report.end],
                    }
                    t = Hit(t.start, t.end, t.kind, t.recognizer, t.pattern, t.score, fields)
        out.append(t)
    return out


@cache  # built once per process, not per document
def _builder_patterns() -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """(narrowing words, 「…以来」 after a date) of ``PeriodBuilder``."""
    vocab = metric_vocabulary()
    words = sorted(both_scripts(vocab.since_words), key=len, reverse=True)
    stop = r",.:;()。!?\n"
    narrowing = vocab.period_words.narrowing
    since = re.compile(rf"[^{stop}\d]{{0,{vocab.since_gap}}}?(?:{'|'.join(map(re.escape, words))})") if words else None
    return (re.compile(narrowing) if narrowing else None), since


def calendar_start(day: dt.date, relation: str) -> dt.date:
    """The first day of the month (week, quarter, half, year) holding ``day``."""
    if relation == "week":
        return day - dt.timedelta(days=day.weekday())
    months = {"month": 1, "quarter": 3, "half": 6, "year": 12}[relation]
    return dt.date(day.year, (day.month - 1) // months * months + 1, 1)


@cache
def _week_of_words() -> tuple[str, ...]:
    """Words after a day that make it the week it closes (当周), both scripts, longest first."""
    return longest_first(clause_words().week_of_words)


class PeriodBuilder:
    """Turns time hits into Periods for one document."""

    def __init__(self, text: str, original: str, span: Callable[[int, int], Span], as_of: dt.date | None) -> None:
        self.text = text
        self.original = original
        self.span = span
        self.as_of = as_of
        self._narrowing, self._since = _builder_patterns()

    def surface(self, start: int, end: int) -> tuple[str, Span]:
        span = self.span(start, end)
        return span.slice(self.original), span

    def since_end(self, t: Hit) -> int | None:
        """Where 「…以来」 ends when it follows the date ``t`` (2020年7月指数发布以来), else None."""
        if self._since is None or t.kind != MentionKind.DATE:
            return None
        m = self._since.match(self.text, t.end)
        return m.end() if m else None

    def week_end(self, t: Hit) -> int | None:
        """Where a word of the week of a day (当周, 该周) ends right after the day ``t``, else None."""
        if t.kind != MentionKind.DATE or t.fields.get("precision") != "day":
            return None
        return next((t.end + len(w) for w in _week_of_words() if self.text.startswith(w, t.end)), None)

    def from_time(
        self, t: Hit, level: bool, anchor: dt.date | None, anchor_words: str = "the clause's 截至 date",
        whole_months: bool = False,
    ) -> tuple[Period, str]:
        """The period ``t`` states, re-anchored to ``anchor`` (a 截至 date, or the end of the report's
        period: ``anchor_words``) when it is relative; ``whole_months`` counts a window back in calendar
        months (a report period's end: 过去三个月 to 6-30 is April to June)."""
        f = t.fields
        start, end = f.get("start_date"), f.get("end_date")
        how = "time words beside the value"
        if f.get("date") is not None and t.kind == MentionKind.DATE and f.get("precision") == "day":
            start = end = f["date"]
        text_end = t.end
        since = self.since_end(t)
        week = self.week_end(t) if since is None else None
        if since is not None:
            start, end, text_end = f.get("start_date") or f.get("date"), anchor or self.as_of, since
            how = "a start date followed by 以来: from it to " + (anchor_words if anchor else "the as-of date")
        elif week is not None and end is not None:
            # 2021年10月15日当周: the week the day closes, from its Monday to the day
            start, text_end = end - dt.timedelta(days=end.weekday()), week
            how = "the week of the day (its Monday to the day)"
        elif anchor is not None and f.get("relation") in _RELATIVE and end is not None and end != anchor:
            start, end = self._reanchor(start, end, anchor, f.get("relation"), whole_months), anchor
            how = f"relative period re-anchored to {anchor_words}"
        elif (
            anchor is not None
            and self.as_of is not None
            and f.get("relation") in _CALENDAR
            and "relative" in t.pattern
            and start is not None
            and end is not None
            and start <= self.as_of <= end
            and anchor != end
        ):
            # 截至11月28日收盘,恒指本月下跌3.2% (read on 12月2日): this month (week, quarter, half, year)
            # is the one of the 截至 date, up to it
            start, end = calendar_start(anchor, f["relation"]), anchor
            how = f"the calendar period up to {anchor_words}"
        if self._narrowing is not None and f.get("precision") == "year" and self._narrowing.match(self.text, t.end):
            how = uncertain("the year is followed by words that narrow it and were not read")
        derived = None
        if f.get("year_from"):
            # the words are beside the value, the year is the report's, stated elsewhere: never certain
            how = uncertain(f"{how}, in the year of 「{f['year_from']}」 stated before it")
            derived = REPORT_YEAR
        elif start is None and end is None and not how.startswith(UNCERTAIN):
            # 第三季度 with no year stated and none to take it from: words, but no dates
            how = uncertain(f"{how}, with no year to date them")
        if level and end is not None:
            start = end  # a level is read on one day: the period's last day
        words, span = self.surface(t.start, text_end)
        period = Period(
            start=start,
            end=end,
            text=words,
            span=span,
            year_inferred=bool(f.get("year_inferred")),
            derived_from=derived,
            invalid=f.get("invalid"),
        )
        return period, how

    def _reanchor(
        self, start: dt.date | None, end: dt.date, anchor: dt.date, relation: str | None, whole_months: bool = False
    ) -> dt.date | None:
        if relation == "ytd":
            return dt.date(anchor.year, 1, 1)
        if start is None:
            return None
        before = start - dt.timedelta(days=1)
        for months in range(1, 121):  # a whole number of months back: keep it in months
            if add_months(end, -months) == before:
                if whole_months and anchor == month_end(anchor.year, anchor.month):
                    # to a report period's end: whole months, 过去三个月 to 6-30 from 4-1
                    return add_months(dt.date(anchor.year, anchor.month, 1), 1 - months)
                return add_months(anchor, -months) + dt.timedelta(days=1)
        return start + (anchor - end)

    def years_item(self, t: Hit, index: int) -> Period | None:
        """The ``index``-th year of a year list (2020-2024年 spread over five values)."""
        years = t.fields.get("years") or ()
        if index >= len(years):
            return None
        year = years[index]
        words, span = self.surface(t.start, t.end)
        # a list (2020、2021年) gives each year its own words; a range (2020-2024年) does not write the
        # middle years, so every year keeps the range's words and span (text == the slice, always)
        for written, start, end in year_spans(words):
            if written == year:
                span = Span(start=span.start + start, end=span.start + end)
                words = span.slice(self.original)
                break
        return Period(
            start=dt.date(year, 1, 1), end=dt.date(year, 12, 31), text=words, span=span, derived_from="list"
        )

    def last_year(self, t: Hit, compared: Period | None) -> Period:
        """上年同期: the compared period's span, a year earlier (start/end None without one)."""
        words, span = self.surface(t.start, t.end)
        if compared is None or compared.start is None or compared.end is None:
            return Period(start=None, end=None, text=words, span=span)
        start, end = _same_period_last_year()(compared.start, compared.end)
        return Period(
            start=start, end=end, text=words, span=span, year_inferred=compared.year_inferred, derived_from="context"
        )

    def as_of_period(self, how: str) -> Period | None:
        if self.as_of is None:
            return None
        return Period(start=self.as_of, end=self.as_of, text="as of " + self.as_of.isoformat(), derived_from=how)


def report_period(text: str, time_hits: Sequence[Hit], line_starts: Sequence[int]) -> Hit | None:
    """The period of a periodic report, from its title (…基金2024年第1季度报告 in its first lines): the
    first time of one whole period (a start and an end) followed by a report word, a year's first half
    for a half-year report (2024年中期报告); None otherwise."""
    words = metric_vocabulary().period_words
    if not words.report_title:
        return None
    title = re.compile(words.report_title)
    lines = words.report_title_lines
    limit = line_starts[lines] if len(line_starts) > lines else len(text)
    named = both_scripts(words.report_title_words)
    for t in time_hits:
        if t.start >= limit:
            break
        line_start = text.rfind("\n", 0, t.start) + 1
        if named and not any(w in text[line_start : t.start] for w in named):
            continue  # not the title of a fund's periodic report
        f = t.fields
        found = title.match(text, t.end) if f.get("start_date") and f.get("end_date") else None
        if found is None or f.get("year_inferred"):
            continue
        start = f["start_date"]
        if "half" in found.groupdict() and found.group("half") and f["end_date"] == dt.date(start.year, 12, 31):
            f = {**f, "end_date": dt.date(start.year, 6, 30), "relation": "half"}
            return Hit(t.start, t.end, t.kind, t.recognizer, t.pattern, t.score, f)
        return t
    return None


#: the periods a periodic report covers (its 本报告期)
_WHOLE_REPORTS = frozenset({"quarter", "half", "year"})


def period_ending(time_hits: Sequence[Hit], day: dt.date) -> Hit | None:
    """The first whole report period (a quarter, a half, a year, its year stated) the text names that
    ends on ``day``: what a report with no title but that end date means by 本报告期 (2025年二季度…)."""
    for t in time_hits:
        f = t.fields
        if f.get("relation") in _WHOLE_REPORTS and f.get("end_date") == day and not f.get("year_inferred"):
            return t
    return None


def period_published_by(time_hits: Sequence[Hit], day: dt.date, lags: dict[str, int]) -> Hit | None:
    """The report period a periodic report with no title covers, by when such reports are published: the
    first quarter, half or year the text names (its year written or inferred) that ended on or before
    ``day`` no more than its kind's lag before (``lags``: quarter 25 days, …), the kind of the shortest
    lag that fits first (a report dated 1月20日 names the fourth quarter; one dated 3月31日 the year)."""
    found: dict[str, Hit] = {}
    for t in time_hits:
        f = t.fields
        kind, end = f.get("relation"), f.get("end_date")
        if kind not in lags or kind in found or end is None or f.get("start_date") is None:
            continue
        if end.month % 3 == 0 and end == _month_last(end) and 0 <= (day - end).days <= lags[kind]:
            found[kind] = t
    return next((found[k] for k in sorted(lags, key=lags.__getitem__) if k in found), None)


def quarter_published_by(day: dt.date, lag: int) -> tuple[dt.date, dt.date] | None:
    """(start, end) of the calendar quarter that ended no more than ``lag`` days before ``day`` (a
    quarterly report published on ``day`` covers it), else None."""
    first = dt.date(day.year, (day.month - 1) // 3 * 3 + 1, 1)  # the first day of the quarter holding day
    end = first - dt.timedelta(days=1)
    if (day - end).days > lag:
        return None
    return dt.date(end.year, end.month - 2, 1), end


def _month_last(day: dt.date) -> dt.date:
    following = dt.date(day.year + day.month // 12, day.month % 12 + 1, 1)
    return following - dt.timedelta(days=1)


@cache  # built once per process, not per document
def _inception_regex() -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, both_scripts(metric_vocabulary().period_words.inception))))


class Anchors:
    """截至 dates (relation ``until``) and inception dates (成立于…), searchable by position."""

    def __init__(self, text: str, time_hits: Sequence[Hit]) -> None:
        until = [t for t in time_hits if t.fields.get("relation") == "until" and t.fields.get("end_date")]
        self._until = until
        self._until_ends = [t.end for t in until]
        born = _inception_regex()
        starts = [t.start for t in time_hits]
        self._inception: list[tuple[int, dt.date]] = []
        for m in born.finditer(text):
            i = bisect_left(starts, m.end())
            while i < len(time_hits) and time_hits[i].start - m.end() <= INCEPTION_GAP:
                day = time_hits[i].fields.get("date") or time_hits[i].fields.get("start_date")
                if day is not None:
                    self._inception.append((time_hits[i].start, day))
                    break
                i += 1
        self._inception_pos = [p for p, _ in self._inception]
        self._inception_set = frozenset(self._inception_pos)

    def is_inception(self, t: Hit) -> bool:
        """True when ``t`` is the date a fund was set up (成立于…)."""
        return t.start in self._inception_set

    def until_before(self, pos: int, lo: int) -> Hit | None:
        """The 截至 expression in ``[lo, pos)``, if any (the clause's anchor)."""
        i = bisect_right(self._until_ends, pos)
        if i and self._until[i - 1].start >= lo:
            return self._until[i - 1]
        return None

    def inception_before(self, pos: int, lo: int = 0) -> dt.date | None:
        """The inception date stated last in ``[lo, pos)``."""
        i = bisect_right(self._inception_pos, pos)
        return self._inception[i - 1][1] if i and self._inception_pos[i - 1] >= lo else None
