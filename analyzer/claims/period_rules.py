"""When a claim holds: the period rules, each reading one way a figure's time may be stated (time words
beside it, a list's, a comparison's base, a report's period, a dateline, a carried period)."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass
from typing import TYPE_CHECKING

from analyzer.cached import cached_property
from analyzer.claims.certainty import (
    UNCERTAIN,
    own_clause,
    read_elsewhere,
    uncertain,
)
from analyzer.claims.clause_words import same_period_lead, span_anaphor, window_of_end
from analyzer.claims.cues import CueHit
from analyzer.claims.draft import any_uncertain, inherit
from analyzer.claims.period import REPORT_YEAR, calendar_start, quarter_published_by
from analyzer.claims.period_reading import (
    dateline_how,
    described_period,
    from_time,
    is_base,
    is_day,
    named_year,
    owns_value,
    prior_period,
    since_inception,
    unread_period_word,
    unread_time,
    year_pair,
    year_to_date,
    years_spread_on,
)
from analyzer.claims.reading import day_in_clean_chain, in_chain, restated_base, scopes_clause, slash_base
from analyzer.claims.records import note_for
from analyzer.claims.rules import Decision, rule
from analyzer.claims.vocabulary import MetricCues, metric_vocabulary
from analyzer.extract.base import Hit
from analyzer.extract.timeexpr import previous_session
from analyzer.instruments import default_registry
from analyzer.structure.vocabulary import structure_vocabulary
from analyzer.types import MentionKind, Period, SourceNote

if TYPE_CHECKING:
    from analyzer.claims.document import Doc
    from analyzer.claims.draft import Draft, State


@dataclass
class PeriodContext:
    """One figure whose period is being decided, and what its period rules share."""

    doc: Doc
    draft: Draft
    state: State
    notes: list[SourceNote]

    @cached_property
    def cues(self) -> MetricCues | None:
        """The metric's cues; a figure read during a session is dated by it (联电一度跌2元)."""
        cues = self.doc.metrics.vocab.metrics.get(self.draft.metric)
        if cues is not None and (self.draft.intraday or self.draft.on_session) and not cues.session:
            cues = cues.model_copy(update={"session": True})
        return cues

    @property
    def level(self) -> bool:
        return bool(self.cues and self.cues.level and not self.cues.over_period)

    @property
    def change(self) -> bool:
        return bool(self.cues and self.cues.change)

    @property
    def session(self) -> bool:
        return bool(self.cues and self.cues.session)

    @cached_property
    def s_start(self) -> int:
        return self.doc.sentences.span_at(self.draft.hit.start)[0]

    @cached_property
    def until(self) -> Hit | None:
        """The 截至 date before the value in its sentence."""
        return self.doc.anchors.until_before(self.draft.hit.start, self.s_start)

    @cached_property
    def anchor(self) -> dt.date | None:
        """The end a window counts back from: the 截至 date, else the report period's end."""
        return self.until.fields.get("end_date") if self.until is not None else self.doc.report_end

    @cached_property
    def lo(self) -> int:
        """Where the words beside the value begin: its sentence's start or the value before it."""
        return max(self.s_start, self.state.prev_value_end)

    @cached_property
    def in_sentence(self) -> list[Hit]:
        """Time words before the value in its sentence."""
        return self.doc.times_between(self.s_start, self.draft.hit.start)

    @cached_property
    def beside(self) -> list[Hit]:
        """Time words between the value before it (or the sentence's start) and the value."""
        return [t for t in self.in_sentence if t.start >= self.lo]

    @cached_property
    def own_times(self) -> list[Hit]:
        """The sentence's time words but those joined by 的 to another value (「由2022Q1的3.6%降至-0.8%」)."""
        start = self.draft.hit.start
        return [t for t in self.in_sentence if t in self.beside or not owns_value(self.doc, t, start)]

    def from_time(self, t: Hit, how: str) -> Decision[Period | None] | None:
        found = _as(from_time(self.doc, self.draft, self.state, t, self.level, self.change, self.anchor, how))
        period = found.value if found is not None else None
        # claims9: a share or weight dated only by an end (截止二季度末,…占比分别为18.2%…) is read on that
        # day, as a level is
        share = self.cues is not None and self.cues.ratio and not self.change
        if share and found is not None and period is not None and period.start is None and period.end is not None:
            day = period.model_copy(update={"start": period.end})
            return Decision(day, uncertain(f"{found.how.removeprefix(UNCERTAIN)}: a share on its end date"))
        return found


def _as(found: tuple[Period | None, str] | None) -> Decision[Period | None] | None:
    return Decision(found[0], found[1]) if found is not None else None


@rule("period.not_applicable_label")
def _not_applicable_label(ctx: PeriodContext) -> Decision[Period | None] | None:
    if ctx.draft.metric in ("fund_code", "risk_rating"):
        return Decision(None, "not applicable (a label, not a figure over time)")
    return None


@rule("period.not_applicable_weight")
def _not_applicable_weight(ctx: PeriodContext) -> Decision[Period | None] | None:
    if ctx.draft.basis == "weight":
        return Decision(None, "not applicable (a weight in a benchmark formula)")
    return None


@rule("period.year_of_paired_figure")
def _year_of_paired_figure(ctx: PeriodContext) -> Decision[Period | None] | None:
    """每股收益2019年0.12元,2020年0.19元…市盈率为65.92倍,41.63倍: the k-th multiple is on the k-th year
    (a forecast year's multiple is the forward one); nothing after the table changes it."""
    doc, draft = ctx.doc, ctx.draft
    paired = year_pair(doc, draft, ctx.state)
    if paired is None:
        return None
    cues = doc.metrics.vocab.metrics.get(draft.metric)
    if paired.forecast and cues is not None and cues.future:
        draft.decided["metric"] += f"; {cues.future}: on a forecast of the year"
        draft.metric, draft.forecast = cues.future, True
    how = uncertain(f"the year of the figure it pairs with in the list ({paired.period.text})")
    return Decision(paired.period, how, final=True)


@rule("period.since_inception")
def _since_inception(ctx: PeriodContext) -> Decision[Period | None] | None:
    if ctx.cues is None or not ctx.cues.since_inception:
        return None
    return _as(since_inception(ctx.doc, ctx.draft, ctx.anchor))


@rule("period.amount_before_slash")
def _amount_before_slash(ctx: PeriodContext) -> Decision[Period | None] | None:
    paired = slash_base(ctx.doc, ctx.draft, ctx.state)
    if paired is None or paired.period is None:
        return None
    return Decision(paired.period, inherit(paired, "period", "the period of the amount before the slash or bracket"))


@rule("period.restated_amount")
def _restated_amount(ctx: PeriodContext) -> Decision[Period | None] | None:
    base = restated_base(ctx.doc, ctx.draft.hit, ctx.state)
    if base is None or base.period is None:
        return None
    return Decision(base.period, inherit(base, "period", "the period of the amount it restates in another currency"))


@rule("period.amounts_compared")
def _amounts_compared(ctx: PeriodContext) -> Decision[Period | None] | None:
    if not ctx.draft.refs:
        return None
    base = ctx.state.by_id[ctx.draft.refs[0]]
    if base.period is None:
        return None
    how = inherit(base, "period", "the period of the amounts it compares")
    between = _between_levels(ctx, base.period)
    if between is not None:
        return Decision(between, how + ", from the day after the earlier level to the later one")
    return Decision(base.period.model_copy(update={"derived_from": "refs"}), how)


def _between_levels(ctx: PeriodContext, later: Period) -> Period | None:
    """claims9: the change between two levels each of one day (6月末…32320亿美元,较5月末的32010亿美元增加310
    亿美元): from the day after the earlier level to the later one, not the later level's day."""
    if len(ctx.draft.refs) < 2 or later.start is None or later.start != later.end:
        return None
    earlier = ctx.state.by_id[ctx.draft.refs[1]].period
    if earlier is None or earlier.start is None or earlier.start != earlier.end or not earlier.end < later.end:
        return None
    start = earlier.end + dt.timedelta(days=1)
    return Period(start=start, end=later.end, text=f"{earlier.text}→{later.text}", derived_from="refs")


@rule("period.previous_value")
def _previous_value(ctx: PeriodContext) -> Decision[Period | None] | None:
    """「前值为同比上涨0.5%」: the period before that of the figure it follows; not a figure read during the
    session (科创50跌超3%,此前一度涨超3%: earlier in the same session, dated by it)."""
    if ctx.draft.intraday:
        return None
    return _as(prior_period(ctx.doc, ctx.draft, ctx.state, ctx.level))


@rule("period.years_before_semicolon")
def _years_before_semicolon(ctx: PeriodContext) -> Decision[Period | None] | None:
    if ctx.in_sentence:
        return None
    return _as(years_spread_on(ctx.doc, ctx.draft, ctx.state, ctx.s_start))


@rule("period.chain_day")
def _chain_day(ctx: PeriodContext) -> Decision[Period | None] | None:
    """claims15b: the day written in the topic chain the figure's clause continues, the time words nearest
    before the value (台股今天(10日)开高走高,午后买盘转趋积极,终场收在20708点): the session of every figure
    of the chain, as the sentence's time words after its first figure are (``_frames_clause``), when nothing
    between the chain's head and the figure may have changed the topic (``reading.day_in_clean_chain``).
    Not when the figure's own clause holds a period word no time expression reads (…,最终一周下跌2.1%:
    another span), nor for a quarter or a half there, which dates an event (下半年推出新品,推动收入增长…) as
    often as the figure."""
    doc, hit = ctx.doc, ctx.draft.hit
    if not ctx.beside:
        return None
    t = ctx.beside[-1]
    if own_clause(t.start, doc.sentences.clause_at(hit.start)) or scopes_clause(doc, t, hit.start):
        return None  # read in the figure's own clause: period.time_words_beside's
    if not is_day(t) or is_base(doc, t) or not day_in_clean_chain(doc, t.start, hit.start):
        return None
    if unread_period_word(doc, doc.sentences.clause_at(hit.start)[0], hit.start) is not None:
        return None
    return ctx.from_time(t, "the day of the topic chain the figure's clause continues")


@rule("period.time_words_beside")
def _time_words_beside(ctx: PeriodContext) -> Decision[Period | None] | None:
    """Time words beside the value, the nearest first; a comparison's base there (较年初, 较上周) dates
    a change by the figure it describes or from the base to the figure's date."""
    doc, draft, hit, change, beside = ctx.doc, ctx.draft, ctx.draft.hit, ctx.change, ctx.beside
    bare = _bare_year(ctx, doc.sentences.clause_at(hit.start)[0])
    if bare is not None:
        # 下半年,…,全年沪深300指数下跌11.38%: 全年 in the figure's own clause, after them, is its time
        beside = [t for t in beside if t.start > bare.start]
    for t in reversed(beside):
        if change and t is ctx.until and len(beside) > 1:
            continue  # 年初至今(截至2月27日收盘): the 截至 date ends the period of the time before it
        found = ctx.from_time(t, "time words beside the value")
        if found is not None and found.value is not None and found.value.start is None and not ctx.level:
            found = _window_started(ctx, t, found)  # 今年以来,…,截至12月29日,北向净买入4194.54亿元
        if found is not None:
            if not own_clause(t.start, doc.sentences.clause_at(hit.start)) and not scopes_clause(doc, t, hit.start):
                return Decision(found.value, read_elsewhere(found.how))  # 3月起北向交易新增…,令…按年升37%
            return found
        if change and draft.basis == "year_start" and is_base(doc, t):
            dated = [u for u in ctx.in_sentence if u is not t and not is_base(doc, u)]
            to_date = _as(year_to_date(doc, t, dated[-1] if dated else None, ctx.anchor))
            if to_date is not None:
                return to_date
        if change and is_base(doc, t):
            # 较上周增加0.58万亿元, 涨幅较上月回落0.1个百分点: the change is over the period of the
            # figure it describes, the base's period is what it is compared with
            described = _as(described_period(doc, draft, ctx.state))
            if described is not None:
                return described
            if any(u.start < t.start and not is_base(doc, u) for u in beside):
                continue  # 2024年4月…较一年前下跌16.3%: the figure's own time stands before its base
            since = _since_base(ctx, t)
            if since is not None:
                return since
            return Decision(
                None, uncertain(f"a change from the base {doc.words(t.start, t.end)}: its span is not stated")
            )
    return None


def _window_started(ctx: PeriodContext, t: Hit, found: Decision[Period | None]) -> Decision[Period | None]:
    """A flow or change dated only by an end (截至12月29日): the start of a window opened earlier in the
    sentence (今年以来, 年初至今, 2021年以来), read in another clause; with none, the period has no start
    and is not certain."""
    period = found.value
    if period is None or period.end is None:
        return found
    in_question = _window_of_end(ctx, t, found)
    if in_question is not found:
        return in_question
    for u in reversed(ctx.in_sentence):
        if u.end > t.start:
            continue
        relation = u.fields.get("relation")
        since = ctx.doc.periods.since_end(u) is not None
        start = u.fields.get("start_date") if relation == "ytd" or since else None
        if start is not None and start <= period.end:
            if relation == "ytd":
                start = dt.date(period.end.year, 1, 1)
            opened = period.model_copy(update={"start": start})
            words = f"「{ctx.doc.words(u.start, u.end)}」 to 「{ctx.doc.words(t.start, t.end)}」"
            return Decision(opened, read_elsewhere(f"the window {words}, opened before the end date"))
    return Decision(period, uncertain(f"{found.how.removeprefix(UNCERTAIN)}: an end date with no start"))


def _window_of_end(ctx: PeriodContext, t: Hit, found: Decision[Period | None]) -> Decision[Period | None]:
    """截至5月31日,陆股通当月累计净流入…: a flow dated only by an end, with a word of the window in question
    between the end and the figure (当月, 当周: ``clause_words.window_of_end``), runs over the month (week,
    quarter) of its end date, to it; the window is the reader's inference from that word, so not certain.
    ``found`` unchanged when there is no such word or the period has a start."""
    period = found.value
    if period is None or period.end is None or period.start is not None:
        return found
    window = window_of_end(ctx.doc.text, t.end, ctx.draft.hit.start)
    if window is None:
        return found
    word, unit = window
    opened = period.model_copy(update={"start": calendar_start(period.end, unit)})
    how = f"{found.how.removeprefix(UNCERTAIN)}: the {unit} of the end date, by 「{word}」"
    return Decision(opened, uncertain(how))


@rule("period.this_report")
def _this_report(ctx: PeriodContext) -> Decision[Period | None] | None:
    """本报告期内…增长率为3.52%: the period of the report its title names; with no title, the period the
    document names that ends on its as-of date, else the one a report published on that date covers by
    the publishing lags (uncertain)."""
    doc = ctx.doc
    this = doc.metrics.this_period.last_before(ctx.draft.hit.start, ctx.s_start)
    if this is None or ctx.beside:
        return None
    words = doc.words(this.start, this.end)
    if doc.report is not None:
        period, _ = doc.periods.from_time(doc.report, ctx.level, None)
        how = f"「{words}」: the report's period ({period.text}, its title)"
        return Decision(period.model_copy(update={"derived_from": "context"}), how)
    stated = doc.stated_report
    if stated is None:
        published = doc.published_report
        if published is None:
            return _quarter_of_publishing(ctx, words)
        period, _ = doc.periods.from_time(published, ctx.level, None)
        covers = f"the period the document names ({period.text}) that a report of its as-of date covers"
        how = uncertain(f"「{words}」: {covers}")
        return Decision(period.model_copy(update={"derived_from": "context"}), how)
    period, _ = doc.periods.from_time(stated, ctx.level, None)
    how = uncertain(f"「{words}」: the period the document names ({period.text}) that ends on its as-of date")
    return Decision(period.model_copy(update={"derived_from": "context"}), how)


def _quarter_of_publishing(ctx: PeriodContext, words: str) -> Decision[Period | None] | None:
    """本报告期 in a text that names no report period, dated within a quarterly report's publishing lag
    after a quarter's end: that quarter (its last day for a level), uncertain (the convention says so)."""
    doc, lag = ctx.doc, metric_vocabulary().period_words.report_lag.get("quarter")
    quarter = quarter_published_by(doc.as_of, lag) if doc.as_of is not None and lag else None
    if quarter is None:
        return None
    start, end = quarter
    at_end = ctx.level or words.endswith("末")  # 报告期末: the day the period ends, for any figure
    period = Period(start=end if at_end else start, end=end, text=words, derived_from="context")
    how = f"「{words}」: the quarter ended {end.isoformat()}, which a report published on the as-of date covers"
    return Decision(period, uncertain(f"{how} (the text names no period)"))


@rule("period.unread_time_words")
def _unread_time_words(ctx: PeriodContext) -> Decision[Period | None] | None:
    unread = unread_time(ctx.doc, ctx.lo, ctx.draft.hit.start)
    if unread is None:
        return None
    return Decision(None, uncertain(f"time words beside the value were not read ({unread})"))


@rule("period.year_without_number")
def _year_without_number(ctx: PeriodContext) -> Decision[Period | None] | None:
    """全年 with no number: for a target this year, for a result the last year completed."""
    doc, draft = ctx.doc, ctx.draft
    plan = bool(ctx.cues and ctx.cues.forecast)
    if ctx.in_sentence:
        return _year_of_sentence(ctx)
    if not (plan or not draft.forecast) or doc.as_of is None:
        return None
    bare = doc.bare_years.last_before(draft.hit.start, ctx.s_start)
    if bare is None or doc.metrics.relations.span_at(bare.start) is not None:
        return None  # 较对上一个年度: the base a change is compared with, not the period
    if plan:
        period = named_year(doc, bare, doc.as_of.year)
        return Decision(period, uncertain(f"「{period.text}」 of a target with no year: the year of the as-of date"))
    period = named_year(doc, bare, doc.as_of.year - 1)
    how = uncertain(f"「{period.text}」 with no year: the last year completed before the as-of date")
    return Decision(period, how)


def _bare_year(ctx: PeriodContext, lo: int) -> CueHit | None:
    """The last year word with no number (全年) between ``lo`` and the value, not part of time words
    (2024年全年 is a year stated)."""
    bare = ctx.doc.bare_years.last_before(ctx.draft.hit.start, lo)
    if bare is None or any(t.start <= bare.start < t.end for t in ctx.in_sentence):
        return None
    return bare


def _year_of_sentence(ctx: PeriodContext) -> Decision[Period | None] | None:
    """回顾2023年,…下半年…,全年沪深300指数下跌11.38%: 全年 beside the value, with no number, is the year
    the sentence states before it (not the time words of the list before it); uncertain, its year read
    in another clause."""
    doc = ctx.doc
    bare = _bare_year(ctx, ctx.s_start)
    if bare is None or any(t.start >= bare.start for t in ctx.in_sentence):
        return None
    years = [(y, bool(t.fields.get("year_inferred"))) for t in ctx.in_sentence if (y := _year_of(t)) is not None]
    if not years:
        return None
    year, inferred = years[-1]
    period = named_year(doc, bare, year)
    if inferred:
        # 第1季经济成长率…,估全年上看3.57%: the year of the sentence's quarter, itself inferred (no year written)
        how = f"「{period.text}」 in the year of the sentence's time words ({year}), inferred"
        return Decision(period, uncertain(how))
    return Decision(period, read_elsewhere(f"「{period.text}」 in the year the sentence states ({year})"))


def _year_of(t: Hit) -> int | None:
    """The one year time words ``t`` lie in; claims13b: or the year an end with no start closes
    (截至2024年末,…全年净值增长率…: 2024)."""
    start, end = t.fields.get("start_date"), t.fields.get("end_date")
    if end is None:
        return None
    if start is None:
        return end.year if (end.month, end.day) == (12, 31) else None
    return end.year if start.year == end.year else None


@rule("period.list_time_words")
def _list_time_words(ctx: PeriodContext) -> Decision[Period | None] | None:
    """The time words a list of figures of one metric (or a year list) begins with."""
    state, draft = ctx.state, ctx.draft
    if not ctx.own_times or ctx.beside:
        return None
    t = ctx.own_times[-1]
    first = bisect_right(state.sentence, t.end, key=lambda d: d.hit.start)  # the figures after the time words
    if t.fields.get("relation") != "years" and not state.metrics_since(t.start, first) <= {draft.metric}:
        return None
    found = ctx.from_time(t, "the list's time words")
    if found is None:
        return None
    if not ctx.level:  # 截至5月31日,…,其中沪股通当月累计净流入…: the window in question of the end date
        in_question = _window_of_end(ctx, t, found)
        if in_question is not found:
            return in_question
    head = state.sentence[first] if first < len(state.sentence) else None
    sure = head is not None and head.time_hit is t and not any_uncertain(head) and not _paired_times(ctx, t)
    return found if sure else Decision(found.value, read_elsewhere(found.how))


def _paired_times(ctx: PeriodContext, t: Hit) -> bool:
    """Whether the sentence gave other time words, of another span, to a figure before ``t``
    (前三季度上证指数上涨15.84%，第三季度上涨12.73%，深证成指上涨29.88%): its time words go figure by figure,
    so a figure with none of its own may be of either span."""
    dates = (t.fields.get("start_date"), t.fields.get("end_date"))
    for x in ctx.own_times:
        if x.end > t.start or (x.fields.get("start_date"), x.fields.get("end_date")) == dates:
            continue
        i = bisect_right(ctx.state.sentence, x.end - 1, key=lambda d: d.hit.start)
        if i < len(ctx.state.sentence) and ctx.state.sentence[i].hit.start < t.start:
            return True
    return False


@rule("period.same_period_lead")
def _same_period_lead(ctx: PeriodContext) -> Decision[Period | None] | None:
    """claims13b: 「三季度净值增长率-15.2%,同期业绩比较基准收益率-13.1%」: a clause that opens with 同期 (and
    no time words of its own) is over the period of the figure before it in the sentence; read there, so
    uncertain."""
    doc, hit = ctx.doc, ctx.draft.hit
    c_start, _ = doc.sentences.clause_at(hit.start)
    if ctx.beside or c_start < ctx.s_start:
        return None
    word = same_period_lead(doc.text, c_start, hit.start)
    if word is None:
        return None
    before = next((d for d in reversed(ctx.state.sentence) if d.hit.end <= c_start and d.period is not None), None)
    if before is None or before.period is None:
        return None
    how = f"「{word}」: the period of the figure before it ({doc.words(before.hit.start, before.hit.end)})"
    period = before.period.model_copy(update={"derived_from": "context"})
    return Decision(period, read_elsewhere(how))


@rule("period.figure_described")
def _figure_described(ctx: PeriodContext) -> Decision[Period | None] | None:
    """A change (not a session's: dated by the session) is over the period of the figure it describes."""
    if not ctx.change or ctx.session:
        return None
    return _as(described_period(ctx.doc, ctx.draft, ctx.state))


@rule("period.sentence_time_words")
def _sentence_time_words(ctx: PeriodContext) -> Decision[Period | None] | None:
    """A day named after the first figure but before this one (…美股大跌600点,台北股市今天(24日)也走跌,
    …跌幅0.19%: the 24th, not 今年), the nearest first, then the times before the first figure (not a
    comparison's base: 较年初下降2个基点至1.34%)."""
    doc, state, hit = ctx.doc, ctx.state, ctx.draft.hit
    first = state.first_value_start
    later_days = [t for t in ctx.own_times if first < t.start and t.end <= hit.start and is_day(t)]
    earlier = [t for t in ctx.own_times if t.end <= first and not is_base(doc, t)]
    for t in [*reversed(later_days), *reversed(earlier)]:
        found = ctx.from_time(t, "the sentence's time words")
        if found is not None and not _dates_clause(ctx, t):
            return Decision(found.value, read_elsewhere(found.how))  # 滙控上月…,恒指跌1%: another's time
        if found is not None and not _frames_clause(ctx, t):
            # 甲今天跌2%,收50元,乙跌3%: the one day of the sentence, read in another subject's clause: most
            # often the same session, but the figure's own words do not say so
            return Decision(found.value, read_elsewhere(f"{found.how}, the one day the sentence names"))
        if found is not None:
            later = _period_between(ctx, t)
            if later is not None:
                # claims15b: 恒指今日跌100点,…,4月累计升1000点,升幅5%: a period named after the time words and
                # before the figure starts a new topic of time; the figure may be of either
                words = doc.words(later.start, later.end)
                return Decision(found.value, read_elsewhere(f"{found.how}, past 「{words}」, another period named"))
            return _span_after_day(ctx, t, found)
    return None


def _period_between(ctx: PeriodContext, t: Hit) -> Hit | None:
    """The last time words of the sentence after ``t`` and before the value that name another period (not a
    comparison's base or 去年同期, not the same span), if any."""
    doc, start = ctx.doc, ctx.draft.hit.start
    span = (t.fields.get("start_date"), t.fields.get("end_date"))
    later = [
        u
        for u in ctx.in_sentence
        if u.start >= t.end
        and u.end <= start
        and not is_base(doc, u)
        and u.fields.get("relation") != "same_period_last_year"  # 较去年同期: a basis, not another period
        and (u.fields.get("start_date"), u.fields.get("end_date")) != span
    ]
    return later[-1] if later else None


def _span_after_day(ctx: PeriodContext, t: Hit, found: Decision[Period | None]) -> Decision[Period | None]:
    """``found``, read from the day ``t``, made uncertain when a word referring back to a span stands between
    the day and the value (…至5月17日收在21258点,期间大涨13162点: the rise is over the span the day ends,
    whose start the sentence names in words the time rules may not read)."""
    if not is_day(t):
        return found
    doc = ctx.doc
    word = span_anaphor(doc.text, t.end, ctx.draft.hit.start)
    if word is None or doc.metrics.before.span_at(word[0]) is not None:  # 期间费用率: a metric's name
        return found
    return Decision(found.value, uncertain(f"「{word[1]}」 before the value: a span the day only ends ({found.how})"))


def _frames_clause(ctx: PeriodContext, t: Hit) -> bool:
    """Whether time words ``t`` date the figure's clause by where they stand (``_dates_clause`` without its
    last reason, the one day the sentence names): in the clause, scoping it, or in the chain it continues."""
    doc, hit = ctx.doc, ctx.draft.hit
    if own_clause(t.start, doc.sentences.clause_at(hit.start)) or scopes_clause(doc, t, hit.start):
        return True
    return in_chain(doc, t.start, hit.start)


def _dates_clause(ctx: PeriodContext, t: Hit) -> bool:
    """Whether time words ``t`` of the sentence date the figure's clause: they stand in it or scope it
    (``scopes_clause``), lie in the topic chain it continues, or are the one day the sentence names
    (台积电今天跌2.28%,台达电跌3.43%: one session, whoever moved in it; not read there, so not certain)."""
    if _frames_clause(ctx, t):
        return True
    days = {(u.fields.get("start_date"), u.fields.get("end_date")) for u in ctx.own_times if is_day(u)}
    return is_day(t) and len(days) == 1


@rule("period.source_note")
def _source_note(ctx: PeriodContext) -> Decision[Period | None] | None:
    """The one period of the data-source note after the value (a 截至 date alone dates a level, not a
    flow or a change)."""
    note = note_for(ctx.doc, ctx.draft.hit, ctx.notes)
    if note is None or len(note.periods) != 1 or not (ctx.level or note.periods[0].start is not None):
        return None
    p = note.periods[0]
    update: dict[str, object] = {"derived_from": "source_note"}
    if ctx.level:
        update["start"] = p.end
    return Decision(p.model_copy(update=update), "the data-source note's period")


@rule("period.carried_on_line")
def _carried_on_line(ctx: PeriodContext) -> Decision[Period | None] | None:
    """The period of the line so far, for a flow or a change: read across a semicolon, else carried
    over (uncertain)."""
    cues, state, doc = ctx.cues, ctx.state, ctx.doc
    if cues is None or ctx.level or cues.forecast or state.line_period is None:
        return None
    line = state.line_period
    # a session's figure (净流入) is the session's, unless a semicolon joins it to a window of days
    # (当周,陆股通净流入…;港股通净流入…): over that window too, though not read in its own clause
    window = state.after_semicolon and line.start is not None and line.end is not None and line.start < line.end
    if cues.session and not window:
        return None
    carried = line.model_copy(update={"derived_from": "context"})
    if cues.session:
        return Decision(carried, read_elsewhere(f"the window before the semicolon ({line.text})"))
    # 2020年Q4收入…。全年毛利率…;销售费用率…: a period set before the sentence the semicolon ends is not
    # read across the semicolon but carried from further back
    across = state.after_semicolon and state.line_period_sentence == state.sentence_index - 1
    if not across:
        return Decision(carried, uncertain(f"carried over from a previous sentence ({state.line_period.text})"))
    how = f"carried over from before the semicolon ({state.line_period.text})"
    unread = unread_period_word(doc, ctx.lo, ctx.draft.hit.start)
    if unread is not None:
        # 「上半年营收…;单季营收…」: 单季 narrows the period carried over in a way not read here
        how = uncertain(f"{how}, but 「{unread}」 beside the value was not read")
    elif state.line_period.derived_from == REPORT_YEAR:
        how = uncertain(f"{how}, its year the report's")  # the year was inferred: still unsure
    elif not state.line_period_read:
        # a period itself read elsewhere (the sentence's time words, a list's) is no surer for being carried on
        how = read_elsewhere(how)
    return Decision(carried, how)


@rule("period.item_headline")
def _item_headline(ctx: PeriodContext) -> Decision[Period | None] | None:
    """The time words of the item's headline, for a flow or change that is not a session's (uncertain)."""
    cues = ctx.cues
    if cues is None or ctx.level or cues.session:
        return None
    headline = ctx.doc.headline_before(ctx.draft.hit.start)
    when = headline[1] if headline is not None else None
    if when is None:
        when = _headline_span(ctx)
    if when is None:
        return None
    found = ctx.from_time(when, "the item headline's time words")
    return Decision(found.value, uncertain(found.how)) if found is not None else None


def _headline_span(ctx: PeriodContext) -> Hit | None:
    """The first time words of more than a day in the headline of the item above the figure, a headline
    that states figures itself (首季经济增长2.7% / …整体货物出口上升6.8%): none with a day's date, which
    dates a session or a story, not a flow or a change over a span."""
    doc, pos = ctx.doc, ctx.draft.hit.start
    part = doc.structure.item_at(pos).headline
    if part is None or part.end > pos:
        return None
    for t in doc.times_between(part.start, part.end):
        start, end = t.fields.get("start_date"), t.fields.get("end_date")
        if start is not None and end is not None and start < end and not is_base(doc, t):
            return t
    return None


@rule("period.item_window")
def _item_window(ctx: PeriodContext) -> Decision[Period | None] | None:
    """A figure with no time words in its sentence, on a line below the time words that dated a figure
    of its item (a monthly or weekly review states its window once: 2021年9月末,陆股通持股…; the
    paragraphs below report the same month): that window, read for this figure (a level on its last
    day, a change over it), a 目前 (now) there too: a review's now is its data's end; uncertain, carried.
    Not a session's figure (dated by the session), nor a forecast, nor a level of a report whose title
    states its period (``period.level_date``)."""
    cues, doc, draft, t = ctx.cues, ctx.doc, ctx.draft, ctx.state.item_time
    # the paragraph's own window first: a sentence before it on its line opened by time words alone
    # (2021年10月15日当周,合计发行…。股票ETF总份额为5561.2亿份), though it dated no figure
    head = ctx.doc.head_time_before(draft.hit.start)
    t = head or t
    if t is None and cues is not None and ctx.change and not cues.session:
        # claims9: no figure of the item dated yet: the window of a sentence before that names one alone
        # (3月份…有所提升。具体来看,甲行业占比提升0.45个百分点)
        t = doc.window_before(draft.hit.start)
    if t is None or cues is None or cues.forecast or draft.forecast or ctx.in_sentence:
        return None
    if cues.session and (head is None or not _window(head)):
        return None  # a session's figure, unless its paragraph opens with a window (年初以来,…。其中…净买入…)
    if ctx.level and doc.structure.item_at(draft.hit.start).report_period is not None:
        return None
    kept = draft.time_hit
    how = "the review window stated earlier in the item"
    # a window to now (年初以来, 近一个月) runs to the data's date the item states before it (截至12月29日,…。
    # 年初以来,…), not to the day the note is read
    until = doc.anchors.until_before(t.start, doc.structure.item_start(t.start))
    if until is not None and t.fields.get("relation") in _TO_NOW and ctx.until is None:
        anchor = until.fields.get("end_date")
        found = _as(from_time(doc, draft, ctx.state, t, ctx.level, ctx.change, anchor, how))
    else:
        found = ctx.from_time(t, how)
    draft.time_hit = kept  # the window dates the figure; its time words are not the figure's own
    if found is None or found.value is None:
        return None
    period = found.value.model_copy(update={"derived_from": "context"})
    return Decision(period, uncertain(f"carried from earlier in the item ({period.text}), a review's window"))


@rule("period.level_under_headline")
def _level_under_headline(ctx: PeriodContext) -> Decision[Period | None] | None:
    """A level with no time words in its sentence, under a headline that names a period over before the
    document's date (「2021年8月持仓分析」 read in September): the level at that period's end, as a
    review reports its window's closing state; uncertain, carried from the headline. A period not yet
    over (「2026年展望」) names what the piece looks at, not when its levels stand."""
    cues = ctx.cues
    if cues is None or not ctx.level or cues.session or cues.forecast or ctx.draft.forecast or ctx.in_sentence:
        return None
    when = _past_headline_period(ctx)
    found = ctx.from_time(when, "the end of the period the headline names") if when is not None else None
    if found is None or found.value is None:
        return None
    period = found.value.model_copy(update={"derived_from": "context"})
    # a guess, not a reading: a figure after it on the line takes no period from it
    return Decision(period, uncertain(f"carried from the headline: the end of {period.text}, the period it names"))


def _past_headline_period(ctx: PeriodContext) -> Hit | None:
    """The time words of more than a day in the headline above the figure, when that period is over by
    the document's date (a review's window); None otherwise."""
    doc = ctx.doc
    headline = doc.headline_before(ctx.draft.hit.start)
    when = headline[1] if headline is not None else None
    if when is None:
        when = _headline_span(ctx)
    first, last = (when.fields.get("start_date"), when.fields.get("end_date")) if when is not None else (None, None)
    if first is None or last is None or not first < last or doc.as_of is None or last > doc.as_of:
        return None
    return when


def _since_base(ctx: PeriodContext, base: Hit) -> Decision[Period | None] | None:
    """A change measured from a base (与2021年3月底相比) with no span of its own: from the day after the
    base to the end of the period the headline names, when that period is over and ends after the base
    (a review compares its window's end with the base); uncertain, the end carried from the headline."""
    review = _past_headline_period(ctx)
    base_end = base.fields.get("end_date")
    if review is None or base_end is None or base_end >= review.fields["end_date"]:
        return None
    doc = ctx.doc
    words, until = doc.words(base.start, base.end), doc.words(review.start, review.end)
    period = Period(
        start=base_end + dt.timedelta(days=1),
        end=review.fields["end_date"],
        text=f"{words}→{until}",
        derived_from="context",
    )
    how = f"from the base 「{words}」 to the end of 「{until}」, the period the headline names"
    return Decision(period, uncertain(how))


@rule("period.since_base_before")
def _since_base_before(ctx: PeriodContext) -> Decision[Period | None] | None:
    """A change with no time words in its sentence, after a sentence of its item whose only time words are
    a comparison's base (与2021年3月底相比,三个行业的占比提升最为明显。具体来看,…占比提升了1.3个百分点):
    from that base to the end of the review's window (``_since_base``); uncertain."""
    cues = ctx.cues
    if cues is None or not ctx.change or cues.session or cues.forecast or ctx.draft.forecast or ctx.in_sentence:
        return None
    base = ctx.doc.base_before(ctx.draft.hit.start)
    return _since_base(ctx, base) if base is not None else None


#: relations of time words whose window runs to now (年初以来, 近一个月): a 截至 date re-anchors them
_TO_NOW = frozenset({"ytd", "trailing"})


def _window(t: Hit) -> bool:
    """Whether time words ``t`` state a span of days (年初以来, 近一个月, 本周), not one day."""
    start, end = t.fields.get("start_date"), t.fields.get("end_date")
    return t.kind == MentionKind.PERIOD and start is not None and end is not None and start < end


@rule("period.span_closing")
def _span_closing(ctx: PeriodContext) -> Decision[Period | None] | None:
    """A session's move with no time words before it in its sentence, in an item whose headline says a span
    closes with the session (A股7月收官: ``Doc.closing_span``): the span's move, as a month-end review reports
    it (…陇神戎发涨超90%); uncertain, carried from the headline. Not a level (the close is the day's), nor a
    figure read during the session, nor one whose sentence holds a close word (截至收盘,沪指涨0.3%: the day's)."""
    draft, doc = ctx.draft, ctx.doc
    if not (ctx.session and ctx.change) or ctx.level or ctx.in_sentence or draft.intraday or draft.forecast:
        return None
    if doc.close_word_before(ctx.s_start, draft.hit.start) is not None:
        return None
    t = doc.closing_span(draft.hit.start)
    found = ctx.from_time(t, "the span the headline says closes") if t is not None else None
    if found is None or found.value is None:
        return None
    period = found.value.model_copy(update={"derived_from": "context"})
    how = f"carried from the headline: {period.text} closes with the session, a review of it"
    return Decision(period, uncertain(how))


@rule("period.session_date")
def _session_date(ctx: PeriodContext) -> Decision[Period | None] | None:
    """A session's figure: the item's dateline or a day written earlier in the item, else the as-of
    date; a morning briefing's, the session before (all uncertain)."""
    if not ctx.session:
        return None
    doc, hit = ctx.doc, ctx.draft.hit
    section = doc.scope_start(hit.start)
    dated = doc.last_dateline(hit.start, section) or doc.last_day_date(hit.start, section)
    genre = doc.item_genre(hit.start)
    previous = genre is not None and structure_vocabulary().genres[genre].session == "previous"
    overnight = _overnight(ctx)
    previous = previous or overnight is not None
    item_date = doc.structure.item_at(hit.start).date
    if dated is None and item_date is not None and item_date.start is not None and item_date.end is not None:
        # the item's own date stated after its headline (恒指跌300点 / 2025年3月12日 / …)
        dated = doc.day_date_at(item_date.start)
    if dated is not None:
        day = dated.fields["date"]
        how = dateline_how(doc, dated)
        if previous and day is not None:  # a morning briefing (or a market closed overnight): the session before
            why = f" ({overnight})" if overnight is not None else ""
            day, how = previous_session(day), uncertain(f"the session before {how.removeprefix(UNCERTAIN)}{why}")
        period = Period(
            start=day,
            end=day,
            text=doc.words(dated.start, dated.end),
            span=doc.span(dated.start, dated.end),
            year_inferred=bool(dated.fields.get("year_inferred")),
            derived_from="context",
        )
        return Decision(period, how)
    as_of = doc.periods.as_of_period("as_of")
    if previous and as_of is not None and as_of.end is not None:
        day = previous_session(as_of.end)
        as_of = as_of.model_copy(update={"start": day, "end": day})
        why = overnight or "a morning briefing"
        return Decision(as_of, uncertain(f"the session before the document's as-of date ({why})"))
    return Decision(as_of, uncertain("the document's as-of date for a session figure"))


def _overnight(ctx: PeriodContext) -> str | None:
    """Why a session figure is the session before the item's date: its subject trades in a market that
    closes before the Asian day begins (a US index or stock), by the registry or by a word naming that
    market in its name or before it in its clause; None otherwise."""
    vocab = structure_vocabulary()
    doc, start = ctx.doc, ctx.draft.hit.start
    # claims18b: a close posted in the small hours of the item's day, in the figure's sentence, whatever the
    # instrument (在岸人民币…北京时间03:00收报): the night session begun the day before
    night = doc.night_close_between(doc.sentences.span_at(start)[0], start)
    if night is not None:
        return f"「{night}」: a close posted after midnight, ending the session of the day before"
    subject = ctx.draft.subject
    instrument = default_registry().get(subject.id) if subject is not None and subject.id is not None else None
    if instrument is not None:
        if instrument.currency in vocab.overnight_currencies:
            return f"{instrument.name} trades in {instrument.currency}: its session ends before the Asian day"
        return None
    # claims16a: a figure with no subject (WTI原油期货结算价收报…,上涨…,涨幅…) is the sentence's, whose head
    # may stand in an earlier clause
    lo = doc.sentences.clause_at(start)[0] if subject is not None else doc.sentences.span_at(start)[0]
    found = vocab.overnight_market(doc.text[lo:start]) or vocab.overnight_market(subject.alias if subject else "")
    return f"「{found[0]}」: {found[1].why}" if found is not None else None


@rule("period.level_date")
def _level_date(ctx: PeriodContext) -> Decision[Period | None] | None:
    """A level (or a percentile) with no date of its own: the end of the report period the title states,
    else the item's date, else the as-of date (all uncertain)."""
    if not (ctx.level or ctx.draft.metric == "percentile"):
        return None
    doc, hit = ctx.doc, ctx.draft.hit
    item = doc.structure.item_at(hit.start)
    covered = item.report_period
    if ctx.level and covered is not None:
        words = doc.words(covered.start, covered.end)
        period = Period(
            start=covered.last,
            end=covered.last,
            text=words,
            span=doc.span(covered.start, covered.end),
            derived_from="context",
        )
        return Decision(period, uncertain(f"the end of the report period its title states ({words})"))
    own = item.date
    dated = doc.day_date_at(own.start) if own is not None and own.start is not None else None
    if dated is not None and own is not None:
        # a note's target or current price is read on the note's date (its byline's or dateline's)
        words = doc.words(dated.start, dated.end)
        period = Period(
            start=own.day, end=own.day, text=words, span=doc.span(dated.start, dated.end), derived_from="context"
        )
        return Decision(period, uncertain(f"the item's date in its {own.source} ({words}), no date stated"))
    return Decision(doc.periods.as_of_period("as_of"), uncertain("the document's as-of date (no date stated)"))


@rule("period.restated_in_body")
def _restated_in_body(ctx: PeriodContext) -> Decision[Period | None] | None:
    """A headline's figure its item's body states again takes the body's period; decided once the whole
    item is read (``claims/restated.py``), so never here."""
    return None


@rule("period.none_stated")
def _none_stated(ctx: PeriodContext) -> Decision[Period | None] | None:
    return Decision(None, uncertain("no period stated"))
