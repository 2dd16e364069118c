"""Time words around a value: what they date, the bases of comparisons, weeks, year lists and windows since
inception, turned into Periods."""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_left
from functools import cache
from typing import TYPE_CHECKING

from analyzer.claims.certainty import (
    UNCERTAIN,
    dates_a_level,
    day_defaulted,
    month_defaulted,
    read_elsewhere,
    uncertain,
)
from analyzer.claims.clause_time import (
    PREVIOUS_VALUE,
    in_frame,
    previous_value,
    prior_base,
    prior_lead,
)
from analyzer.claims.clause_words import clause_words
from analyzer.claims.cues import CueHit
from analyzer.claims.draft import inherit
from analyzer.claims.subject import time_words
from analyzer.claims.vocabulary import forward_metrics, metric_vocabulary
from analyzer.claims.year_series import paired_year
from analyzer.extract.base import Hit
from analyzer.extract.timeexpr import is_week
from analyzer.extract.timeexpr import trading_week as week_days
from analyzer.instruments import default_registry
from analyzer.normalize.convert import both_scripts
from analyzer.types import MentionKind, Period

if TYPE_CHECKING:
    from analyzer.claims.document import Doc
    from analyzer.claims.draft import Draft, State


def is_day(t: Hit) -> bool:
    """A dateline (2025年3月6日) rather than a period (2024年全年业绩)."""
    return t.kind == MentionKind.DATE and t.fields.get("precision") == "day"


def named_year(doc: Doc, words: CueHit, year: int) -> Period:
    """The whole of ``year``, stated by year words with no number (全年) at ``words``."""
    return Period(
        start=dt.date(year, 1, 1),
        end=dt.date(year, 12, 31),
        text=doc.words(words.start, words.end),
        span=doc.span(words.start, words.end),
        year_inferred=True,
        derived_from="context",
    )


def year_pair(doc: Doc, draft: Draft, state: State) -> Draft | None:
    """The per-year figure a valuation multiple pairs with (see claims/year_series.py), if any."""
    if draft.hit.kind != MentionKind.MULTIPLE:
        return None
    metrics = doc.metrics.vocab.metrics
    cues = metrics.get(draft.metric)
    forward = cues is not None and draft.metric in forward_metrics()
    if cues is None or not (cues.future or forward):
        return None
    s_start, s_end = doc.sentences.span_at(draft.hit.start)
    lo, hi = bisect_left(doc.multiple_starts, s_start), bisect_left(doc.multiple_starts, s_end)
    in_sentence = doc.multiple_starts[lo:hi]
    if doc.times_between(in_sentence[0], s_end) if in_sentence else True:
        return None  # a multiple with time words of its own (2025年PE 15倍) is dated by them
    return paired_year(state.sentence, in_sentence, draft.hit.start)


def week_word(doc: Doc, start: int, lo: int, s_start: int) -> str | None:
    """A week's-move word before the value in its clause (周涨5%), or earlier in its sentence with no
    session word between them (总结全星期,恒指跌近3%,累计跌497点)."""
    hit = doc.metrics.week.last_before(start, s_start)
    if hit is None or (hit.word.endswith(("周", "週", "星期")) and doc.text[hit.end : hit.end + 1] in _WEEKDAY_AFTER):
        return None  # 本周四跌1%: a day of the week, not the week
    if hit.start >= lo:
        return hit.word
    if doc.metrics.in_session(hit.end, start) is not None or doc.times_between(hit.end, start):
        return None  # 本周累计涨3.2%,本月以来涨5%: the 5% has its own time words
    return hit.word


#: a character after 本周 that makes it a day of the week (本周四) or the weekend (本周末)
_WEEKDAY_AFTER = frozenset("一二三四五六日天末1234567")


def trading_week(period: Period | None) -> Period | None:
    """A figure over a calendar week (本周, 上一周: Monday to Sunday) covers its trading days, Monday to
    Friday: a week is read one way whatever the figure (``timeexpr.trading_week``)."""
    if period is None or period.start is None or period.end is None or not is_week(period.start, period.end):
        return period
    _, friday = week_days(period.start)
    return period.model_copy(update={"end": friday})


def week_of(period: Period | None, how: str) -> tuple[Period | None, str]:
    """A week's move (周涨) over the trading week ending at the day its period ends on (截至11月8日收盘
    → 11月4日 to 11月8日), never past its Friday."""
    if period is None or period.end is None:
        return None, uncertain("a week's move with no date to end the week on")
    monday, friday = week_days(period.end)
    end = min(period.end, friday)
    week = period.model_copy(update={"start": monday, "end": end, "derived_from": "context"})
    unsure = how.startswith(UNCERTAIN)  # a week ending on a carried or defaulted date is no surer than that date
    how = f"the week ending on its date ({how.removeprefix(UNCERTAIN)})"
    return week, uncertain(how) if unsure else how


def described_period(doc: Doc, draft: Draft, state: State) -> tuple[Period, str] | None:
    """The period of the figure a change describes: the last figure before it in the sentence that
    is not itself a change; for a change in percentage or basis points, the last rate, which may be
    a growth rate (同比上涨0.3%,涨幅较上月回落0.1个百分点)."""
    in_points = draft.mention.unit in ("pp", "bp")
    described = next(
        (
            d
            for d in reversed(state.sentence)
            if d.period is not None
            and (not is_change(doc, d) or (in_points and d.mention.unit == "%"))
            and not _compared_figure(doc, d)
        ),
        None,
    )
    if described is None or described.period is None:
        return None
    how = inherit(described, "period", "the period of the figure it describes")
    if described.metric in doc.metrics.vocab.metrics and doc.metrics.cues(described.metric).level:
        t = described.time_hit
        spanned = _end_word_span(t, described.period) if t is not None and _from_last_end(doc, draft) else None
        dated_by = t.fields.get("precision") if t is not None else None
        if spanned is None and dated_by in _DAY_OR_MONTH and _from_last_end(doc, draft):
            # 截至5月31日,持股市值为…,环比上升5.7%: a month-on-month change of a level dated by a month's last
            # day (or by the month) spans that month (a quarter, for qoq); a level dated by a longer period's
            # end (二季度末…,环比下降) steps back over that period, which 环比 alone does not say
            spanned = _basis_span(draft.basis, described.period)
        if spanned is not None:  # …9月末A配比为24.76%,B配比提升0.88%至11.11%: over the month that end closes
            how = uncertain(f"a change to the end of {spanned.text} the level it follows is read on, over that span")
            return spanned.model_copy(update={"derived_from": "context"}), how
        how = uncertain("the date of the level it follows (a change has a span)")
    return described.period.model_copy(update={"derived_from": "context"}), how


def _compared_figure(doc: Doc, d: Draft) -> bool:
    """The figure of a comparison's base (较3月至5月的3.0%微升0.1个百分点: 3.0%), which a change after it
    is measured from, not the figure it describes."""
    t = d.time_hit
    return t is not None and is_base(doc, t) and _base_figure(doc, t, d.hit)


def prior_period(doc: Doc, draft: Draft, state: State, level: bool) -> tuple[Period | None, str] | None:
    """A previous value (「2月CPI同比下降0.7%,前值为同比上涨0.5%」): the period before that of the
    figure it follows (January), from the same sentence, else (uncertain) the sentence before."""
    c_start, _ = doc.sentences.clause_at(draft.hit.start)
    lead = prior_lead(doc.text, c_start, draft.hit.start)
    based = lead is None
    if based:
        # claims15c: 较前一周(12.1亿港元): the figure of a comparison's base; a change from it (较上周增加…)
        # is over the period of the figure it describes (period.time_words_beside)
        lead = prior_base(doc.text, c_start, draft.hit.start)
        if lead is None or is_change(doc, draft) or not _base_value(doc, lead, draft.hit.start):
            return None
    if lead is None or doc.times_between(lead.end(), draft.hit.start):
        return None  # no previous-value words, or a time of its own (此前2024年12月为…)
    if not based and not states_value(doc, lead, draft.hit.start):
        return None  # claims10: 上季经调整盈利按年升10%: a time the figure's own noun follows, no previous value
    start, end = lead.span("word")
    # claims15c: a week word that names a week of its own (上一周为…) heads a clause of the sentence before
    # only when it is a base; alone it is the week it names (the as-of date's), not one carried
    week_of_its_own = not based and any(t.fields.get("relation") == "week" for t in doc.times_between(start, end))
    sources = [(state.sentence, False)] + ([] if week_of_its_own else [(state.previous_sentence, True)])
    for drafts, carried in sources:
        described = next(
            (d for d in reversed(drafts) if d.period and d.period.end and d.period.derived_from != PREVIOUS_VALUE), None
        )
        if described is None or described.period is None:
            continue
        fields = described.time_hit.fields if described.time_hit is not None else {}
        period, how = previous_value(described.period, fields, level, doc.words(start, end), doc.span(start, end))
        if period is None:  # 1-2月…,前值为…: no fixed step back, the period is unstated
            return None, how
        return period, uncertain(f"{how}, in the sentence before") if carried else inherit(described, "period", how)
    if based:  # 较前一周(12.1亿港元) with no figure before it: the week before which is not stated
        return None, uncertain(f"the base 「{doc.words(lead.start(), lead.end())}」 of a period not stated before it")
    return None


def _base_value(doc: Doc, lead: re.Match[str], value_start: int) -> bool:
    """claims15c: the figure is the base's own value: no other value stands between the base's words
    and it (较前一周(12.1亿港元), 较前一周净流出(8.4亿元), 比上月的0.5%)."""
    i = bisect_left(doc.value_starts, lead.end())
    return i >= len(doc.value_starts) or doc.value_starts[i] >= value_start


def states_value(doc: Doc, lead: re.Match[str], value_start: int) -> bool:
    """Whether the words of a previous value (``lead``: 前值为, 上月) state the value that follows: with their
    link (为, 录得), or with only a move or a comparison after them (前值同比上涨0.5%, 上月下降0.3%); not when
    a noun of the figure's own follows (上季经调整盈利…: last quarter's profit, a time of the sentence)."""
    end = lead.end()
    if end == value_start or lead.group(0).rstrip(":").endswith(both_scripts(clause_words().prior_links)):
        return True
    metrics = doc.metrics
    return any(index.span_at(end) is not None for index in (metrics.directions, metrics.relations))


def dateline_how(doc: Doc, dated: Hit) -> str:
    """A session figure dated only by its item's dateline (a line that is just the date) or by another
    date written earlier in the item: a good guess, but not stated beside the figure, so uncertain
    (a wrong close is then unverifiable, never called wrong on the heading's word alone)."""
    words = doc.words(dated.start, dated.end)
    if doc.is_dateline(dated):
        return uncertain(f"the item's dateline for a session figure ({words})")
    return uncertain(f"a date written earlier in the item, for a session figure ({words})")


def is_change(doc: Doc, d: Draft) -> bool:
    cues = doc.metrics.vocab.metrics.get(d.metric)
    return bool(cues and cues.change)


def from_time(
    doc: Doc, draft: Draft, state: State, t: Hit, level: bool, change: bool, anchor: dt.date | None, how: str
) -> tuple[Period, str] | None:
    relation = t.fields.get("relation")
    if relation == "same_period_last_year":
        if change:
            return None  # 较上年同期增长: the comparison's base, not the change's own period
        compared = next(
            (d.period for d in reversed(state.sentence) if d.period and d.period.start and d.period.end), None
        )
        draft.time_hit = t
        return doc.periods.last_year(t, compared), "上年同期: the compared period a year earlier"
    if change and is_base(doc, t) and not _base_figure(doc, t, draft.hit):
        return None  # 较2月高位回落5%: 2月 is the base of the comparison, not the change's period
    if relation == "years" and t.fields.get("years") and not _one_figure_of_range(doc, t, draft, state):
        # each list of one metric after the years spreads over them anew (营收分别为a、b、c,同比分别增长x、y、z);
        # a list written a/b/c or a、b和c is a row: its k-th item takes the k-th year (EPS至1.1/1.3/1.6元
        # (前值1.0/1.2/1.5元): each row from the first year)
        row = _list_span(doc, draft.hit)
        if row is not None and row[1] != len(t.fields["years"]):
            # 2015-2019年甲和乙复合增速约为26.3%和11.6%: a list of another length is no row of the years;
            # each of its figures is read over their whole span, which the pairing does not say for sure
            period, _ = doc.periods.from_time(t, level, anchor)
            draft.time_hit = t
            words = doc.words(t.start, t.end)
            return period, uncertain(f"「{words}」 over a list of {row[1]} figures, not one a year: the whole span")
        index = row[0] if row is not None else None
        if index is None and _heads_rows(doc, t, state) and not _comma_joined(doc, draft.hit):
            return None  # 给予21年目标价43.82元 after the rows 20-22年EPS至a/b/c: no item of the series
        if index is None:
            index = 0
            for d in reversed(state.sentence):
                if d.time_hit is not t or d.metric != draft.metric:
                    break
                index += 1
        period = doc.periods.years_item(t, index)
        if period is None:
            return None
        draft.time_hit = t
        since = max([t.end, *(d.hit.end for d in state.sentence if d.hit.end <= draft.hit.start)])
        if _UNREAD_FIGURE.search(doc.text, since, draft.hit.start):
            # 2025-2027年…分别为3.1/4.0/5.2亿元: a figure of the list became no claim, so the years
            # and the values may not pair one to one
            return period, uncertain("the year list spread over the values, with a figure of the list left unread")
        return period, "the year list spread over the values"
    listed = _time_list(doc, t)
    if listed is not None:
        return _from_time_list(doc, draft, t, listed, level, anchor)
    draft.time_hit = t
    s_start, _ = doc.sentences.span_at(draft.hit.start)
    until = doc.anchors.until_before(draft.hit.start, s_start)
    by_report = anchor is not None and anchor == doc.report_end and until is None
    words = "the end of the report's period" if by_report else "the clause's 截至 date"
    period, stated_how = doc.periods.from_time(t, level, anchor, words, whole_months=by_report)
    if stated_how.startswith(UNCERTAIN):
        return period, stated_how
    if until is not None and words in stated_how and until.fields.get("year_inferred"):
        # (截至12月30日收盘,沪指本月涨幅1.55%) after other years in the sentence: the 截至 date's year
        # is inferred, so the span it ends is not read for certain
        return period, uncertain(f"{how} ({stated_how}), the 截至 date's year not written")
    joined = _joined_start(doc, t)
    if joined is not None and period.start is not None and joined[0] < period.start:
        # 1月和2月合计的1.9%: the two periods taken together, from the first one's start
        return period.model_copy(update={"start": joined[0]}), f"{how} (「{joined[1]}」 taken together)"
    detail = "" if stated_how == "time words beside the value" else f" ({stated_how})"
    if change and dates_level(doc, t):
        return period, dates_a_level(how + detail)  # 自年内低位累计升逾两成: from the low's unstated day
    if t.pattern in BARE_DAY and not after_day_word(doc, t.start):
        return period, month_defaulted(how + detail)  # 港股连升3日: no month read
    if level and _spans_days(t) and period.start == period.end:
        return period, day_defaulted(how + detail)  # 7月份,制造业PMI为49.2%: no day read
    spanned = _end_word_span(t, period) if change and not level and _from_last_end(doc, draft) else None
    if spanned is not None:
        # 9月末配比提升1.66%至24.76%: a change to a month's end is over that month (from the end of the one
        # before); its base is not written, so not certain
        return spanned, uncertain(f"{how}{detail}: a change to the end of {spanned.text}, over that span")
    return period, how + detail


def _spans_days(t: Hit) -> bool:
    """Time words of more than one day: a month, quarter, half, year, or a week (上周: its last day is
    a Sunday, no session's)."""
    start, end = t.fields.get("start_date"), t.fields.get("end_date")
    return t.fields.get("precision") in ("month", "quarter", "half", "year") or (start is not None and start != end)


#: the bases of a change that a month's (quarter's, year's) end word dates over the whole span: none
#: stated or the span before (环比); a year-on-year change at a month's end is the day's level's
_FROM_LAST_END = frozenset({None, "mom", "qoq"})
#: end words (月末, 季末, 年底) and the calendar span each closes
_END_SPANS = {"month_end": 1, "quarter_end": 3, "year_end": 12}


def _from_last_end(doc: Doc, draft: Draft) -> bool:
    """True when a change to an end word is from the end before it: no basis but the span before (环比),
    and no base written in its clause (较1月末下降120亿美元 is dated as it was)."""
    if draft.basis not in _FROM_LAST_END:
        return False
    c_start, _ = doc.sentences.clause_at(draft.hit.start)
    return not any(is_base(doc, t) for t in doc.times_between(c_start, draft.hit.start))


#: precisions of the time words of a level whose month-on-month change spans the month it ends
_DAY_OR_MONTH = frozenset({"day", "month"})
#: the calendar span in months each stated basis steps back over
_BASIS_SPANS = {"mom": 1, "qoq": 3}


def _basis_span(basis: str | None, period: Period) -> Period | None:
    """The month (``mom``) or quarter (``qoq``) that ends on ``period``'s one day, when that day is the
    last of one; None otherwise (a mid-month day gives no span to step back over)."""
    months = _BASIS_SPANS.get(basis or "")
    end = period.end
    if months is None or end is None or period.start != end or (end + dt.timedelta(days=1)).day != 1:
        return None
    if months == 3 and end.month % 3:
        return None
    month = end.month - months + 1
    return period.model_copy(update={"start": dt.date(end.year, month, 1)})


def _end_word_span(t: Hit, period: Period) -> Period | None:
    """The month (quarter, year) that the end word ``t`` closes, as the period of a change to that end."""
    months = _END_SPANS.get(t.fields.get("relation") or "")
    end = period.end
    if months is None or end is None or period.start != end:
        return None
    month = end.month - months + 1
    start = dt.date(end.year + (month - 1) // 12, (month - 1) % 12 + 1, 1)
    return period.model_copy(update={"start": start})


#: what joins the figures of a list spread over a range of years (a、b、c; a/b/c)
_LIST_JOINS = ("、", "/", "／")
#: a figure written between a list's years (or its last claim) and a value: one the list left unread
_UNREAD_FIGURE = re.compile(r"\d")


#: what joins the items of a list a、b和c, a/b/c (nothing else between two figures)
_ROW_JOINS = frozenset({*_LIST_JOINS, "和", "及", "与", "與", "以及"})


#: the most items a row of figures is read over (a list is never walked further)
_ROW_MAX = 16


def _list_span(doc: Doc, hit: Hit) -> tuple[int, int] | None:
    """(which item, 0-based; how many items) of the list written a、b、c or a/b/c that the figure at
    ``hit`` is in; None when it is joined to no figure (walks over that list only, at most ``_ROW_MAX``
    items each way)."""
    found = doc.list_spans.get(hit.start, _UNREAD)
    if found is _UNREAD:  # asked for each figure of its sentence by the figures after it: read once
        found = doc.list_spans[hit.start] = _read_list_span(doc, hit.start)
    return found  # type: ignore[return-value]


_UNREAD = object()


def _read_list_span(doc: Doc, at: int) -> tuple[int, int] | None:
    starts, ends = doc.value_starts, doc.value_ends
    i = bisect_left(starts, at)
    if i >= len(starts) or starts[i] != at:
        return None
    before = after = 0
    while before < _ROW_MAX and i - before > 0 and doc.text[ends[i - before - 1] : starts[i - before]] in _ROW_JOINS:
        before += 1
    last = len(starts) - 1
    while after < _ROW_MAX and i + after < last and doc.text[ends[i + after] : starts[i + after + 1]] in _ROW_JOINS:
        after += 1
    return (before, before + after + 1) if before or after else None


def _list_position(doc: Doc, hit: Hit) -> int | None:
    """Which item (0-based) of a list written a、b、c or a/b/c the figure at ``hit`` is (``_list_span``)."""
    span = _list_span(doc, hit)
    return span[0] if span is not None else None


def _heads_rows(doc: Doc, t: Hit, state: State) -> bool:
    """The years ``t`` already headed a list of the sentence (a row a、b、c or a/b/c)."""
    return any(d.time_hit is t and _list_position(doc, d.hit) is not None for d in state.sentence)


def _comma_joined(doc: Doc, hit: Hit) -> bool:
    """The figure at ``hit`` is joined to the figure before or after it by a comma alone (30,25,20倍)."""
    starts, ends = doc.value_starts, doc.value_ends
    i = bisect_left(starts, hit.start)
    if i >= len(starts) or starts[i] != hit.start:
        return False
    before = i > 0 and doc.text[ends[i - 1] : starts[i]] == ","
    return before or (i + 1 < len(starts) and doc.text[ends[i] : starts[i + 1]] == ",")


def _one_figure_of_range(doc: Doc, t: Hit, draft: Draft, state: State) -> bool:
    """从2016到2018累计上涨30% / 2016-2018年复合增长12%: a range of years (not a list: 2016、2017年) with
    one figure after it, no 分别 and no list joined to the figure, is that figure's whole span."""
    if not t.pattern.removeprefix("estimate-").startswith("range") or any(d.time_hit is t for d in state.sentence):
        return False
    hit = draft.hit
    if "分别" in doc.text[t.end : hit.start] or doc.text[hit.end : hit.end + 1] in _LIST_JOINS:
        return False
    i = bisect_left(doc.value_starts, hit.end)
    if i < len(doc.value_starts) and doc.value_starts[i] - hit.end <= 1:
        return False  # 2020-2024年业绩为:78.71%,-32.70%,…: one figure of a list for each year
    return doc.text[max(t.end, hit.start - 1) : hit.start] not in _LIST_JOINS


#: the time patterns of a day with no month (29日, 三日)
BARE_DAY = frozenset({"d-cn", "d-cn-numeral"})


#: day words a bracketed bare day may restate (今天(29日)): then the day is read, not defaulted
_DAY_WORDS = ("今天", "今日", "昨天", "昨日", "前天", "本日")


def after_day_word(doc: Doc, start: int) -> bool:
    """True when a bare day at ``start`` restates a day word right before it (今天(29日))."""
    before = doc.text[max(0, start - 4) : start].rstrip("(（ ")
    return before.endswith(_DAY_WORDS)


def years_spread_on(doc: Doc, draft: Draft, state: State, s_start: int) -> tuple[Period, str] | None:
    """「预计2021-2023年营收分别为a、b、c;归母净利润分别为x、y、z」: after a semicolon, a list after 分别 (or
    a list written a/b/c, a row of a table flattened to text: 净利润-1.2/1.3/2.3亿元) spreads over the
    years the part before spread its list over; its forecast words hold for it too."""
    if not state.after_semicolon:
        return None
    respectively = doc.text.rfind("分别", s_start, draft.hit.start) >= 0
    if not respectively and _list_position(doc, draft.hit) is None:
        return None
    spread = next((d for d in reversed(state.previous_sentence) if d.time_hit is not None), None)
    if spread is None or spread.time_hit is None or spread.time_hit.fields.get("relation") != "years":
        return None
    found = from_time(doc, draft, state, spread.time_hit, False, False, None, "")
    if found is None:
        return None
    if spread.forecast and not draft.forecast:
        draft.forecast, draft.forecast_cue = True, spread.forecast_cue
    years = doc.words(spread.time_hit.start, spread.time_hit.end)
    if not respectively:  # a row with no 分别: its metric's list read as the row's, not said to be
        return found[0], read_elsewhere(f"the years before the semicolon spread over the list a row states ({years})")
    return found[0], f"the years before the semicolon spread over the list after 分别 ({years})"


@cache
def _level_words() -> tuple[str, ...]:
    return both_scripts(metric_vocabulary().level_words)


def dates_level(doc: Doc, t: Hit) -> bool:
    """Time words right before a high or low (年内低位, 4月高位): they date that level, not a figure."""
    return doc.text.startswith(_level_words(), t.end)


@cache
def _comparison_words() -> tuple[str, ...]:
    return both_scripts(metric_vocabulary().comparison_words)


@cache
def _unread_regex() -> re.Pattern[str] | None:
    source = metric_vocabulary().unread_time
    return re.compile(source) if source else None


def unread_time(doc: Doc, start: int, end: int) -> str | None:
    """Time-like words between ``start`` and the value that no time expression covers (本月以来)."""
    regex = _unread_regex()
    if regex is None or doc.times_between(start, end):
        return None
    for found in regex.finditer(doc.text, start, end):
        # 承接上周升势: the backdrop's time; 逾5个月以来首次: a record's span
        if not in_frame(doc.frames, found.start(), found.end()) and not in_frame(doc.records, *found.span()):
            return doc.words(found.start(), found.end())
    return None


def unread_period_word(doc: Doc, start: int, end: int) -> str | None:
    """A time word of the name shapes (单季, 单月, 本周) in ``[start, end)`` that no time expression covers."""
    if doc.times_between(start, end):
        return None
    piece = doc.text[start:end]
    return max((w for w in time_words() if w in piece), key=len, default=None)


def year_to_date(doc: Doc, base: Hit, dated: Hit | None, anchor: dt.date | None) -> tuple[Period, str] | None:
    """较上年末上涨8.4% / 较年初: the change from the start of the year to the date of the figure it
    describes — the sentence's own date (2024年末…较年初), else the 截至 date or the as-of date; a base
    with its own year (较2022年末) starts the day after it. None when no end is known."""
    end = (dated.fields.get("end_date") if dated is not None else None) or anchor or doc.as_of
    if end is None:
        return None
    day = base.fields.get("date") or base.fields.get("start_date")
    text = doc.words(base.start, base.end)
    if day is not None and any(ch.isdigit() for ch in text):
        start = day + dt.timedelta(days=1) if base.fields.get("relation") == "year_end" else day
    else:
        start = dt.date(end.year, 1, 1)  # 年初, 上年末, 去年底: the start of the figure's own year
    if start > end:
        return None
    period = Period(start=start, end=end, text=text, span=doc.span(base.start, base.end), derived_from="context")
    to = (
        f"the date 「{doc.words(dated.start, dated.end)}」"
        if dated is not None
        else ("the 截至 date" if anchor else "the as-of date")
    )
    return period, f"from the base 「{text}」 (the start of the year) to {to}"


def owns_value(doc: Doc, t: Hit, value_start: int) -> bool:
    """The time is joined by 的 to a value other than the one at ``value_start`` (2022Q1的3.6%)."""
    at = t.end + 1
    if doc.text[t.end : at] != "的" or at == value_start:
        return False
    i = bisect_left(doc.value_starts, at)
    return i < len(doc.value_starts) and doc.value_starts[i] == at


#: words joining two times (1月和2月) and words after them that take the two together (合计, 平均)
_TIME_JOINS = ("和", "及", "与", "、")


_TOGETHER = ("合计", "合共", "合并", "累计", "平均")


def joined_time(doc: Doc, t: Hit) -> Hit | None:
    """The time joined to ``t`` before it when the two are taken together (「1月和2月合计的1.9%」)."""
    if not doc.text.startswith(_TOGETHER, t.end):
        return None
    s_start, _ = doc.sentences.span_at(t.start)
    before = doc.times_between(s_start, t.start)
    return before[-1] if before and doc.text[before[-1].end : t.start] in _TIME_JOINS else None


#: what joins the times of a list (2023年、2024年; 2019年/2020上半年; 3月和4月)
_TIME_LIST_JOINS = frozenset({*_TIME_JOINS, "/", "與"})


def _time_list(doc: Doc, t: Hit) -> list[Hit] | None:
    """The times of a list that ``t`` ends (2023年、2024年营收分别为…), first to last; None when ``t``
    ends no list, or the list's times are taken together (1月和2月合计的1.9%: ``joined_time``)."""
    if joined_time(doc, t) is not None:
        return None
    s_start, _ = doc.sentences.span_at(t.start)
    before = doc.times_between(s_start, t.start)
    run = [t]
    while before and doc.text[before[-1].end : run[0].start] in _TIME_LIST_JOINS:
        run.insert(0, before.pop())
    return run if len(run) > 1 else None


def _from_time_list(
    doc: Doc, draft: Draft, t: Hit, listed: list[Hit], level: bool, anchor: dt.date | None
) -> tuple[Period, str]:
    """The period of a figure after a list of times: the k-th time for the k-th value of a row as long
    as the list (2023年、2024年营收分别为a、b: a is 2023's); else the last time, which may not be the
    figure's. Never certain: the pairing is read from the order, not from the figure's own words."""
    words = doc.words(listed[0].start, t.end)
    row = _list_span(doc, draft.hit)
    draft.time_hit = t
    if row is not None and row[1] == len(listed):
        period, _ = doc.periods.from_time(listed[row[0]], level, anchor)
        return period, uncertain(f"time {row[0] + 1} of the list 「{words}」 for value {row[0] + 1} of the row")
    period, _ = doc.periods.from_time(t, level, anchor)
    return period, uncertain(f"the last of the list of times 「{words}」, which may not be the figure's")


def _joined_start(doc: Doc, t: Hit) -> tuple[dt.date, str] | None:
    """(start, words) of the two times taken together that ``t`` ends; None when it ends none."""
    first = joined_time(doc, t)
    start = first.fields.get("start_date") if first is not None else None
    return (start, doc.words(first.start, t.end)) if first is not None and start is not None else None


def _base_figure(doc: Doc, t: Hit, hit: Hit) -> bool:
    """「较2月的2.1%升幅低」: a value right after a base's time and 的 is the base's own figure, of that time."""
    return doc.text[t.end : hit.start].strip() == "的"


def is_base(doc: Doc, t: Hit) -> bool:
    """A time right after 较/比/与 (较2月高位) is the base of a comparison; 上年同期 is handled apart."""
    relation = t.fields.get("relation")
    return relation != "same_period_last_year" and doc.text[max(0, t.start - 2) : t.start].endswith(_comparison_words())


def since_inception(doc: Doc, draft: Draft, anchor: dt.date | None) -> tuple[Period, str]:
    born = doc.anchors.inception_before(draft.hit.start, doc.structure.item_start(draft.hit.start))
    if born is None and draft.subject_named is not None and draft.subject_named.id:
        inst = default_registry().get(draft.subject_named.id)
        born = inst.launch if inst is not None else None
    end = anchor or doc.as_of
    if born is None:
        return (
            Period(start=None, end=end, text="成立以来", derived_from="since_inception"),
            "since inception (成立以来): start unknown, no inception date stated",
        )
    return (
        Period(start=born, end=end, text="成立以来", derived_from="since_inception"),
        f"since inception (成立以来), from the inception date {born.isoformat()}",
    )
