"""When a claim holds: the period slot decided by its rules (``period_rules``), then what the period
changes in the metric (a week's move, a forecast year, a session word over a longer span) and whether
later sentences on the line may carry it."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from typing import TYPE_CHECKING

from analyzer.claims.certainty import (
    UNCERTAIN,
    guessed,
    off_span,
    read_elsewhere,
    uncertain,
)
from analyzer.claims.clause_time import PREVIOUS_VALUE
from analyzer.claims.period import REPORT_YEAR
from analyzer.claims.period_reading import (
    is_base,
    joined_time,
    trading_week,
    week_of,
)
from analyzer.claims.period_rules import PeriodContext
from analyzer.claims.rules import Decision, decide
from analyzer.extract.timevocab import shipped_vocab
from analyzer.normalize.convert import both_scripts
from analyzer.types import Period, SourceNote

if TYPE_CHECKING:
    from analyzer.claims.document import Doc
    from analyzer.claims.draft import Draft, State
    from analyzer.claims.vocabulary import MetricCues


#: the rules that read a figure's own time words (or its list's or sentence's): the time they read
#: may be a review's window for later lines of the item
_WINDOW_RULES = frozenset({"period.time_words_beside", "period.list_time_words", "period.sentence_time_words"})
#: time words that date one figure only, never a window for others (a year list, a comparison's base,
#: a span from a start or to an end: 2018年以来, 截至9月30日)
_NOT_A_WINDOW = frozenset({"years", "same_period_last_year", "since", "until"})


#: rules that date a session's figure by a span on purpose (a review of the span): its move is the span's
#: return, though the span is carried (uncertain)
_SPAN_RULES = frozenset({"period.span_closing"})
#: the spans (in months) results and statistics are reported over: a quarter, a half, a year
_REPORTING_MONTHS = frozenset({3, 6, 12})


def _whole_months(period: Period | None) -> int | None:
    """How many months ``period`` spans when it runs from a month's first day to a month's last day; None
    otherwise."""
    if period is None or period.start is None or period.end is None or period.start.day != 1:
        return None
    after = period.end + dt.timedelta(days=1)
    if after.day != 1:
        return None
    return (after.year - period.start.year) * 12 + after.month - period.start.month


def _reporting_span(period: Period | None) -> bool:
    """True when ``period`` is one whole quarter, half or year (3, 6 or 12 whole months)."""
    return _whole_months(period) in _REPORTING_MONTHS


def _quarter_span(period: Period | None) -> bool:
    """True when ``period`` is one calendar quarter (its first day to its last)."""
    if _whole_months(period) != 3:
        return False
    assert period is not None and period.start is not None  # whole months have a first day
    return period.start.month % 3 == 1


#: a year written in time words: 2024年, 2024, 24年, 二〇二四年
_WRITTEN_YEAR = re.compile(r"\d{4}|\d\d\s*年|[〇零一二三四五六七八九]{4}\s*年")


@cache
def _year_words() -> tuple[str, ...]:
    vocab = shipped_vocab()
    return tuple({*vocab.year_prefixes, *vocab.relative_years})


def _year_from_sentence(doc: Doc, draft: Draft) -> bool:
    """The figure's time words name a part of a year (上半年, 3月) with no year of their own, yet their
    year was not inferred: the extract stage took it from a year its sentence wrote earlier; True when
    its sentence wrote a year before them but the figure's own clause writes none."""
    t = draft.time_hit
    if t is None or t.fields.get("year_inferred") or t.fields.get("relation") in ("years", "year"):
        return False
    words = doc.text[t.start : t.end]
    if _WRITTEN_YEAR.search(words) or any(w in words for w in _year_words()):
        return False
    c_start, c_end = doc.sentences.clause_at(draft.hit.start)
    clause = doc.text[c_start:c_end]
    if _WRITTEN_YEAR.search(clause) or any(w in clause for w in _year_words()):
        return False
    s_start, _ = doc.sentences.span_at(t.start)
    before = doc.text[s_start : t.start]  # 前10个月 alone is the as-of year's: no year written before it
    return bool(_WRITTEN_YEAR.search(before) or any(w in before for w in _year_words()))


def _forecast_year(draft: Draft, cues: MetricCues | None, period: Period | None) -> Period | None:
    """对应2025年PE 15倍: a forecast level of one whole year written beside it (``over_forecast_year``)
    covers that year; the level reading had made it the year's last day."""
    t = draft.time_hit
    if (
        cues is None
        or not cues.over_forecast_year
        or not draft.forecast
        or t is None
        or period is None
        or period.end is None
        or period.start != period.end
    ):
        return period
    start, end = t.fields.get("start_date"), t.fields.get("end_date")
    if end != period.end or start != dt.date(period.end.year, 1, 1) or end != dt.date(end.year, 12, 31):
        return period  # a day or a month written (2025年6月底预测市盈率): a level of that day
    return period.model_copy(update={"start": start})


#: the days a part of the year names (四季度末, 年末): placed in a year as the quarters are, not as a plain date
#: (4月22日 is the latest one on or before the as-of date already)
_YEAR_PART_DAYS = frozenset({"quarter_end", "quarter_start", "year_end", "year_start"})


def _year_part_day(draft: Draft) -> bool:
    t = draft.time_hit
    return t is not None and t.fields.get("relation") in _YEAR_PART_DAYS


def _year_before_if_ahead(
    doc: Doc, draft: Draft, cues: MetricCues | None, period: Period | None, how: str
) -> tuple[Period | None, str]:
    """A span whose year was inferred (四季度 with no year) that has not begun by the as-of date, for a figure
    stated as fact (no forecast): the same span a year before, the last one begun (四季度…增长6.3% read in
    January is last year's fourth quarter); uncertain, as the year is not read."""
    if (
        period is None
        or not period.year_inferred
        or period.start is None
        or period.end is None
        or doc.as_of is None
        or period.start <= doc.as_of
        or (period.start == period.end and not _year_part_day(draft))
        or draft.forecast
        or (cues is not None and cues.forecast)
    ):
        return period, how
    try:
        start, end = period.start.replace(year=period.start.year - 1), period.end.replace(year=period.end.year - 1)
    except ValueError:  # 2月29日 has no twin a year before
        return period, how
    if start > doc.as_of:
        return period, how
    moved = period.model_copy(update={"start": start, "end": end})
    why = f"its year inferred: the last {period.text} begun by the as-of date"
    return moved, uncertain(f"{how.removeprefix(UNCERTAIN)}; {why}")


def decide_period(doc: Doc, draft: Draft, state: State, notes: list[SourceNote]) -> None:
    """The period of ``draft``: the first rule of the ``period`` table that decides, then what the
    period changes in the metric (a week's move, a forecast year, a session word over a longer span)
    and whether later sentences on the line may carry it."""
    found = decide("period", PeriodContext(doc, draft, state, notes))
    if found is None:  # the table ends in a rule that always decides; a table without one
        found = Decision(None, uncertain("no period stated"), rule="period.none_stated")
    draft.rules["period"] = found.rule
    if found.final:
        draft.period, draft.decided["period"] = found.value, found.how
        return
    period, how = found.value, found.how
    trailing = draft.time_hit is not None and draft.time_hit.fields.get("relation") == "trailing"
    if draft.week and not trailing:  # 近一周/前1周 is a window counted back (extract's reading), no calendar week
        if period is None:  # 总结全星期,恒指跌近3%: the week up to the document's date
            period, how = doc.periods.as_of_period("as_of"), uncertain("the document's as-of date")
        period, how = week_of(period, how)
    period = trading_week(period)
    cues = doc.metrics.vocab.metrics.get(draft.metric)
    if (
        draft.time_hit is not None
        and draft.time_hit.pattern.startswith("estimate-")
        and period is not None
        and period.end is not None
        and doc.as_of is not None
        and period.end > doc.as_of
        and not draft.forecast
    ):
        # 2026E营收: a year written as an estimate that has not ended at the as-of date is a forecast
        draft.forecast = True
        draft.decided["metric"] += f"; forecast: {period.text} is an estimate year after the as-of date"
    if (
        draft.metric in doc.metrics.vocab.company_metrics
        and not draft.forecast
        and period is not None
        and period.start is not None
        and period.end is not None
        and period.start < period.end
        and doc.as_of is not None
        and period.end > doc.as_of
        and not period.year_inferred
        and not guessed(how)
    ):
        # 上调公司2026-2027年EPS至0.82/1.05元: a company's results for a span not ended at the as-of date
        # can only be a forecast (a year written, not one inferred: 下半年推出…,收入增长至4.35亿元)
        draft.forecast = True
        draft.decided["metric"] += f"; forecast: a company's result for {period.text}, not ended at the as-of date"
    if (
        cues is not None
        and cues.future
        and period is not None
        and period.end is not None
        and doc.as_of is not None
        and period.end > doc.as_of
        and not guessed(how)
    ):
        # 2025年PE 15倍 read before the end of 2025: a forecast of a year to come (pe_forward)
        draft.decided["metric"] += f"; {cues.future}: its period ({period.text}) ends after the as-of date"
        draft.metric, draft.forecast = cues.future, True
        cues = doc.metrics.vocab.metrics.get(draft.metric)
    period = _forecast_year(draft, cues, period)
    period, how = _year_before_if_ahead(doc, draft, cues, period, how)
    if (
        cues is not None
        and cues.level
        and not draft.forecast
        and period is not None
        and period.end is not None
        and doc.as_of is not None
        and period.start == period.end
        and period.end > doc.as_of
    ):
        # a level read in 本周 is read by the as-of day at the latest (not on the week's Sunday)
        period = period.model_copy(update={"start": doc.as_of, "end": doc.as_of})
        how = uncertain(f"{how.removeprefix('uncertain: ')}, at the as-of date at the latest")
    if (
        cues is not None
        and cues.over_span
        and period is not None
        and period.start is not None
        and period.end is not None
        and period.start < period.end
        and (not how.startswith(UNCERTAIN) or found.rule in _SPAN_RULES)
    ):
        # 一季度…上证指数收涨2.23%: the session word is the close of the span, the move is its return
        draft.decided["metric"] += f"; {cues.over_span}: its period ({period.text}) is longer than a session"
        draft.metric = cues.over_span
    elif (
        cues is not None
        and cues.over_day
        and draft.subject is not None
        and period is not None
        and period.start is not None
        and period.start == period.end
        and not draft.forecast
        and not how.startswith(UNCERTAIN)
    ):
        # claims18b: 波音周五反弹1%: a move over one day, its date read beside it, is that session's change
        draft.decided["metric"] += f"; {cues.over_day}: its period ({period.text}) is one day"
        draft.metric = cues.over_day
    elif (
        cues is not None
        and cues.session
        and cues.family == "market"
        and period is not None
        and period.start is not None
        and period.start != period.end
    ):
        how = off_span(how)  # 一季度…收涨2.23%: a session's figure read over a quarter
    if (
        draft.forecast
        and cues is not None
        and cues.session
        and cues.level
        and period is not None
        and period.start == period.end
        and period.end is not None
        and doc.as_of is not None
        and period.end <= doc.as_of
        and not how.startswith(UNCERTAIN)
    ):
        # 预计…EPS…,对应3月30日收盘价7.91元: a session's level on a stated past day is the price the
        # forecast is read against, not a forecast itself
        stated = draft.decided["metric"].replace(f"; forecast (「{draft.forecast_cue}」)", "")
        draft.decided["metric"] = f"{stated}; no forecast: a level on a stated day ({period.text}) before the as-of"
        draft.forecast, draft.forecast_cue = False, None
    if (
        draft.forecast
        and draft.forecast_cue in both_scripts(doc.metrics.vocab.estimate_cues)
        and period is not None
        and period.end is not None
        and doc.as_of is not None
        and period.end <= doc.as_of
        and not how.startswith(UNCERTAIN)
    ):
        # 第一季本地生产总值预估增长2.7%, read after the quarter: a first estimate of it, not a forecast
        draft.forecast, draft.forecast_cue = False, None
        draft.decided["metric"] += f"; an estimate of {period.text}, ended by the as-of date: no forecast"
    if draft.metric == "growth" and draft.basis is None and _reporting_span(period):
        # 2020年…增速分别为25.8%、…, 第一季经济增长2.7%: a growth over a year, a half or a quarter with
        # no basis written is year on year by the convention of results and statistics (never certain:
        # the basis is not read, which ``no_basis`` already says)
        draft.metric, draft.basis = "growth_yoy", "yoy"
        draft.decided["metric"] += f"; growth_yoy: a growth over {period.text} with no basis written"
    if (
        draft.basis == "mom"
        and draft.relation_word in both_scripts(doc.metrics.vocab.period_relations)
        and _quarter_span(period)
    ):
        # 二季度GDP环比增长0.7%: 环比 is over the period before of the figure's own length, here a quarter
        draft.basis = "qoq"
        if draft.metric == doc.metrics.vocab.relation_metrics.get("mom"):
            draft.metric = doc.metrics.vocab.relation_metrics.get("qoq", draft.metric)
        draft.decided["metric"] += f"; qoq: 「{draft.relation_word}」 of {period.text}, a quarter: over the one before"
    if not how.startswith((UNCERTAIN, "not applicable")) and (period is None or period.end is None):
        # 去年同期 of a figure whose own span was not resolved: the dates are not read, so not certain
        how = uncertain(f"{how}: its dates are not resolved")
    if period is not None and not how.startswith(UNCERTAIN) and _year_from_sentence(doc, draft):
        # 2024年上半年…。结构上延续2023年的局面,…上半年上证指数下跌0.25%: a 上半年 with no year of its own
        # takes the year its sentence wrote before, in another clause, which may be a year it only compares with
        how = read_elsewhere(f"{how} (its year is one written in another clause of the sentence)")
    draft.period = period
    draft.decided["period"] = how
    # 较2月的2.1%, 较1月和2月合计的1.9%: the base's own figure, whose time the next sentence never takes
    t = draft.time_hit
    joined = joined_time(doc, t) if t is not None else None
    compared = t is not None and (is_base(doc, t) or (joined is not None and is_base(doc, joined)))
    if (
        period is not None
        and period.derived_from not in ("since_inception", PREVIOUS_VALUE)
        and not compared
        and (not guessed(how) or period.derived_from == REPORT_YEAR)
    ):
        state.sentence_period = period  # carried to later sentences on the line, not within this one
        state.sentence_period_read = not how.startswith(UNCERTAIN)
        if t is not None and found.rule in _WINDOW_RULES and t.fields.get("relation") not in _NOT_A_WINDOW:
            state.item_time = t  # a review's window, for figures of later lines with no time words

