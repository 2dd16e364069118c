"""Which metric a value states (a cue, the list it continues, the figure before it)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import TYPE_CHECKING

from analyzer.boundaries import COMMA_CHARS
from analyzer.cached import cached_property
from analyzer.claims.certainty import (
    UNCERTAIN,
    own_clause,
    read_elsewhere,
    uncertain,
)
from analyzer.claims.clause_time import prior_lead
from analyzer.claims.clause_words import (
    approximation_before,
    clause_words,
    counted_noun,
    headcount_before,
    share_of_whole,
)
from analyzer.claims.draft import inherit
from analyzer.claims.metric import MetricDecision
from analyzer.claims.period_reading import states_value
from analyzer.claims.reading import chain_continues, lead_topic, own_ratio_word, restated_base
from analyzer.claims.rules import Decision, decide, rule
from analyzer.claims.slash import amount_before_slash
from analyzer.extract.base import Hit
from analyzer.normalize.convert import both_scripts
from analyzer.types import Mention, MentionKind

if TYPE_CHECKING:
    from analyzer.claims.document import Doc
    from analyzer.claims.draft import State


def no_metric_reason(doc: Doc, hit: Hit) -> str:
    if hit.kind == MentionKind.PERCENT:
        c_start, _ = doc.sentences.clause_at(hit.start)
        ratio = own_ratio_word(doc, c_start, hit.start)
        if ratio is not None:
            return f"its words name a ratio (「{doc.words(*ratio)}」) the analyzer has no metric for"
    if hit.kind == MentionKind.COUNT:
        return "a count with no metric cue (not a financial figure)"
    if hit.kind == MentionKind.NUMBER:
        return "a bare number with no unit or metric cue"
    return "no metric cue near the value"


@dataclass
class MetricContext:
    """One value whose metric is being decided, and what its metric rules share."""

    doc: Doc
    hit: Hit
    mention: Mention
    state: State

    @cached_property
    def found(self) -> MetricDecision | None:
        """The cue the vocabulary reads for the value (after it, else the nearest before it), else the
        metric its unit names, else for a bare amount in one market's text a money cue."""
        doc, hit, mention, state = self.doc, self.hit, self.mention, self.state
        kind = hit.kind.value
        s_start, _ = doc.sentences.span_at(hit.start)
        floor = max(s_start, state.prev_kind_end.get(kind, s_start))
        found = doc.metrics.decide(kind, hit.start, hit.end, floor) or doc.metrics.by_unit(kind, mention.unit)
        if found is None and bare_amount(doc, hit, mention):
            money = doc.metrics.decide(MentionKind.MONEY.value, hit.start, hit.end, floor)
            # a cue that also counts things (销量1.2万) leaves the bare number a number
            if money is not None and "count" not in doc.metrics.cues(money.metric).kinds:
                found = money
        return found


#: the digit words of a count written in one word (两宗, 五份): above nine a count has a ten in it (十二宗)
_DIGIT_WORDS = frozenset("一二两三四五六七八九")


@cache
def _bare_heads() -> frozenset[str]:
    return frozenset(both_scripts(clause_words().counted_heads))


def story_count(doc: Doc, hit: Hit, mention: Mention) -> bool:
    """counts10: a count written in one digit word (三宗位于港岛, 两幅位于上水) that does not name what it counts
    right after it (``named_count``): in a story as often 'a few' of what was named before as a statistic."""
    if hit.kind != MentionKind.COUNT or mention.unit is None:
        return False
    words = doc.text[hit.start : hit.end]
    if len(words) != 1 + len(mention.unit) or words[0] not in _DIGIT_WORDS:
        return False
    return named_count(doc, hit) is None


def named_count(doc: Doc, hit: Hit) -> tuple[int, int] | None:
    """The words after a count that name what it counts (``counted_noun``: 三份临时许可同意书); None when there
    are none or only the head (三份同意书均…: the head alone points back to things counted before, a repeat)."""
    _, c_end = doc.sentences.clause_at(hit.start)
    span = counted_noun(doc.text, hit.end, c_end)
    if span is None or doc.text[span[0] : span[1]] in _bare_heads():
        return None
    return span


def _decided(found: MetricDecision) -> Decision[str]:
    return Decision(found.metric, found.how, cue=found.cue)


def decide_metric(doc: Doc, hit: Hit, mention: Mention, state: State) -> Decision[str] | None:
    """The metric of the value at ``hit``: the first rule of the ``metric`` table that decides; never a
    session's price for money as large as an amount (``_amount_as_price``: no claim then), nor a metric
    named by no cue for a count in one digit word that does not name what it counts (``story_count``)."""
    ctx = MetricContext(doc, hit, mention, state)
    found = decide("metric", ctx)
    if found is not None and found.value and _amount_as_price(ctx, found.value):
        return None
    if found is not None and found.cue is None and story_count(doc, hit, mention):
        return None  # 三宗位于港岛 (by its unit, or a list it continues): no statistic without what it counts
    return found


@rule("metric.risk_rating")
def _risk_rating(ctx: MetricContext) -> Decision[str] | None:
    return Decision("risk_rating", "a risk rating (R1-R5)") if ctx.hit.kind == MentionKind.RATING else None


@rule("metric.fund_code")
def _fund_code(ctx: MetricContext) -> Decision[str] | None:
    return Decision("fund_code", "a fund code") if ctx.hit.kind == MentionKind.CODE else None


@rule("metric.change_after_slash")
def _change_after_slash(ctx: MetricContext) -> Decision[str] | None:
    """收入28.73亿元/-4.46%: the change of the amount before the slash (yoy by convention, not stated)."""
    hit = ctx.hit
    if hit.kind == MentionKind.PERCENT and amount_before_slash(ctx.doc.text, hit.start, ctx.state.sentence) is not None:
        return Decision("growth_yoy", uncertain("a percent after an amount and a slash or bracket: its change"))
    return None


@rule("metric.restated_amount")
def _restated_amount(ctx: MetricContext) -> Decision[str] | None:
    """claims12b: 成交25亿元人民币(等值3.5亿美元): the metric of the amount the bracket restates."""
    base = restated_base(ctx.doc, ctx.hit, ctx.state)
    if base is None or base.metric is None:
        return None
    return Decision(base.metric, inherit(base, "metric", "the amount before it restated in another currency"))


@rule("metric.previous_value")
def _previous_value(ctx: MetricContext) -> Decision[str] | None:
    """A previous value named by a direction word only (上月为上涨0.5%): the metric of the figure it follows."""
    if ctx.found is None:
        return None
    prior = prior_metric(ctx.doc, ctx.hit, ctx.state, ctx.found)
    return _decided(prior) if prior is not None else None


@rule("metric.share_of_whole")
def _share_of_whole(ctx: MetricContext) -> Decision[str] | None:
    """「…,占零售业总销货价值的8.6%」「相当于本地生产总值约1.2%」: a percent right after a share verb and the
    whole it names is the part's share of that whole (revenue_share), never a growth the list continues."""
    doc, hit = ctx.doc, ctx.hit
    if hit.kind != MentionKind.PERCENT or ctx.mention.unit != "%":
        return None
    c_start, _ = doc.sentences.clause_at(hit.start)
    verb = share_of_whole(doc.text, c_start, hit.start)
    if verb is None:
        return None
    cue = ctx.found.cue if ctx.found is not None else None
    if cue is not None and cue.end >= verb[1]:
        return None  # a cue holding the verb or after it names the share itself (占基金资产净值比例)
    how = f"a share of the whole named after 「{doc.text[verb[0] : verb[1]]}」"
    # the part may be revenue, a market's or a portfolio's: which share it is, its words do not say
    return Decision("revenue_share", uncertain(f"{how} (of revenue, a market or a portfolio: not named)"))


@rule("metric.count_change")
def _count_change(ctx: MetricContext) -> Decision[str] | None:
    """「按月减少457宗」: a count whose unit alone names its metric (宗, 人次: the amount of a statistic), right
    after a direction word (a word of size between: 约, 逾) that a relation or comparison word before it in
    the clause makes a change, is by how much the count changed (change_amount, signed by the direction)."""
    doc, hit, found = ctx.doc, ctx.hit, ctx.found
    if hit.kind != MentionKind.COUNT or found is None or found.cue is not None:
        return None  # a count with a cue of its own, or none that makes it a claim at all
    c_start, _ = doc.sentences.clause_at(hit.start)
    start = hit.start - len(approximation_before(doc.text, c_start, hit.start))
    moved = doc.metrics.amount_change(start, c_start)
    if moved is None:
        return None
    how = f"a count after 「{moved.word}」 with what it is compared with: by how much it changed"
    return Decision("change_amount", how)


@rule("metric.cue")
def _cue(ctx: MetricContext) -> Decision[str] | None:
    """The cue read for the value; one of an earlier clause the figure's clause does not continue is
    read elsewhere (销售的快速增长,华熙生物实现营收9.47亿元/+17.05%)."""
    found, doc, hit = ctx.found, ctx.doc, ctx.hit
    if found is None or _amount_as_price(ctx, found.metric):
        return None
    cue = found.cue
    clause = doc.sentences.clause_at(hit.start)
    if cue is not None and not own_clause(cue.start, clause) and not chain_continues(doc, cue.start, hit.start):
        return Decision(found.metric, read_elsewhere(found.how), cue=cue)
    return _decided(found)


#: no share or unit is priced at this much: money at least this large is an amount, never a session's price
_PRICE_CEILING = 10_000_000
#: the prices a session sets (a threshold, 突破1万亿元, may be an amount's)
_PRICES = frozenset({"close", "open", "midday", "intraday_high", "intraday_low"})


def _amount_as_price(ctx: MetricContext, metric: str) -> bool:
    """claims9: 规模…四季度末升至334.06亿元, 交易金额人民币48.85亿元: money as large as an amount is never a
    price a session set (close, open), whatever cue or pattern names one; after a price's cue the rules
    after it read what the amount is (the list it continues)."""
    value = ctx.mention.value
    priced = metric in _PRICES and ctx.hit.kind == MentionKind.MONEY
    return priced and value is not None and abs(value) >= _PRICE_CEILING


@rule("metric.amount_not_price")
def _amount_not_price(ctx: MetricContext) -> Decision[str] | None:
    """The last reading of money its price cue (升至, 报) named as a session's price but is as large as an
    amount (a fund's 四季度末升至88.20亿元): an amount of the subject, whose kind may name it (a fund's is
    its size), uncertain since which amount is not named."""
    found = ctx.found
    if found is None or not _amount_as_price(ctx, found.metric):
        return None
    return Decision("amount", uncertain(f"「{ctx.mention.text}」 is too large for a price: an amount of the subject"))


@rule("metric.level_reached")
def _level_reached(ctx: MetricContext) -> Decision[str] | None:
    reached = level_reached(ctx.doc, ctx.hit, ctx.state)
    return _decided(reached) if reached is not None else None


#: the metric of the figure a move is a change of: where a move in points or money (升102点, 上涨2元) went
#: to (至18578点, 至169.5元), by how the move was read
_MOVES = frozenset({"change_points", "change_amount", "intraday_move"})


@rule("metric.level_moved_to")
def _level_moved_to(ctx: MetricContext) -> Decision[str] | None:
    """「恒指收市升102点至18578点」「一度跌300点至17800点」: points or money right after the 至 of a move in
    the same unit is the level the move went to, never a second move: the close after the session's
    change, the session's high or low after a move during it (up or down), a level during the session
    after a move by a time of it (早盘上涨18元至843元)."""
    doc, hit, state = ctx.doc, ctx.hit, ctx.state
    if hit.kind not in (MentionKind.POINTS, MentionKind.MONEY) or not state.sentence:
        return None
    moved = state.sentence[-1]
    if moved.metric not in _MOVES or moved.hit.kind != hit.kind or moved.mention.unit != ctx.mention.unit:
        return None
    if moved.level_of is not None and doc.metrics.reached_by_move(hit.start, doc.sentences.clause_at(hit.start)[0]):
        # 规模增长8.6亿元，季末升至215.3亿元: a level's change, then a move 至 an amount in a clause of its own
        return Decision(moved.level_of, f"the level the change of a {moved.level_of} went to (a move 「至」 it)")
    if not doc.metrics.is_level_after(moved.hit.end, hit.start):
        return None
    if moved.metric == "intraday_move":
        down = moved.value is not None and moved.value < 0
        metric = "intraday_low" if down else "intraday_high"
    else:
        metric = "close"  # a close by a time of the session (半日, 早盘) is made its level then by the qualifiers
    return Decision(metric, f"the level the move before 「至」 went to ({moved.metric})")


#: moves of a rate in percentage points or basis points (载客率下跌6.6个百分点), whose 至 leads to the rate's level
_RATE_MOVES = frozenset({"ratio_change"})


@rule("metric.rate_moved_to")
def _rate_moved_to(ctx: MetricContext) -> Decision[str] | None:
    """「载客率下跌6.6个百分点至83.8%」: a percent right after the 至 of a rate's move in points is the level the
    rate went to, when no cue names it (毛利率's does): a level, as a survey's is (index_level). Which rate it is
    was read only from the words before the move, so not certain."""
    doc, hit, state = ctx.doc, ctx.hit, ctx.state
    if hit.kind != MentionKind.PERCENT or ctx.mention.unit != "%" or not state.sentence:
        return None
    moved = state.sentence[-1]
    if moved.metric not in _RATE_MOVES or moved.mention.unit not in ("pp", "bp"):
        return None
    if not doc.metrics.is_level_after(moved.hit.end, hit.start):
        return None
    return Decision("index_level", uncertain(f"the level the rate's move before 「至」 went to ({moved.metric})"))


#: characters a count may stand after its direction word (減少約6,300人: 約)
_MOVE_GAP = 2


@rule("metric.count_moved_to")
def _count_moved_to(ctx: MetricContext) -> Decision[str] | None:
    """「總就業人數減少約6,300人至3,688,400人」: a count right after a direction word and followed by 至 and a
    count of the same unit is the change of the series (change_amount, signed by the direction); the count
    after 至 is the level it moved to (amount). A count with no cue of its own, read by this shape only."""
    doc, hit, mention = ctx.doc, ctx.hit, ctx.mention
    if hit.kind != MentionKind.COUNT or ctx.found is not None:
        return None
    c_start, c_end = doc.sentences.clause_at(hit.start)
    before, after = doc.neighbour_values(hit.start)
    if (
        before is not None
        and before[1].kind == MentionKind.COUNT
        and before[1].unit == mention.unit
        and before[0].start >= c_start
        and doc.metrics.is_level_after(before[0].end, hit.start)
        and _moved(doc, before[0].start, c_start)
    ):
        return Decision("amount", f"the count the one before 「至」 moved it to ({mention.unit})")
    if (
        after is not None
        and after[1].kind == MentionKind.COUNT
        and after[1].unit == mention.unit
        and after[0].start < c_end
        and doc.metrics.is_level_after(hit.end, after[0].start)
        and _moved(doc, hit.start, c_start)
    ):
        how = f"a count after a direction word, moved to the count after 「至」 ({mention.unit})"
        return Decision("change_amount", how)
    return None


def _moved(doc: Doc, start: int, c_start: int) -> bool:
    """A direction word (減少, 增加) ends right before ``start`` (but for 約, 逾)."""
    word = doc.metrics.directions.last_before(start, c_start)
    return word is not None and start - word.end <= _MOVE_GAP


@rule("metric.count_with_change")
def _count_with_change(ctx: MetricContext) -> Decision[str] | None:
    """「进口疫苗批签发120.5万支(-12.3%)」: a count with no cue, its change in a bracket right after it (or,
    claims15a, in the next clause on a written basis: 「批签发701.7万瓶,同比下滑7.2%」), is the amount of a
    series (a statistic states its level and its change); which series is not named by a cue, so uncertain."""
    doc, hit = ctx.doc, ctx.hit
    if hit.kind != MentionKind.COUNT or ctx.found is not None:
        return None
    _, after = doc.neighbour_values(hit.start)
    if after is None or after[0].kind != MentionKind.PERCENT:
        return None
    if doc.text[hit.end : after[0].start] == "(":
        return Decision("amount", uncertain("a count with its change in a bracket after it: the amount of its series"))
    moved = _moved(doc, hit.start, doc.sentences.clause_at(hit.start)[0])  # 增加超过24,000人: a change itself
    if not moved and _change_clause_after(doc, hit.end, after[0].start):
        how = "a count with its change on a stated basis in the clause after it: the amount of its series"
        return Decision("amount", uncertain(how))
    return None


def _change_clause_after(doc: Doc, end: int, change: int) -> bool:
    """Whether the clause right after a count (its comma at ``end``) holds the next figure at ``change`` after a
    relation word (「批签发701.7万瓶,同比下滑7.2%」「出货2175万部,按年增长1.2倍」): the count and its change,
    as a statistic states them. Not a change whose basis is unwritten (a bare 增长 may be anything's)."""
    if end >= len(doc.text) or doc.text[end] not in COMMA_CHARS:
        return False
    if doc.sentences.clause_at(change)[0] != doc.sentences.clause_at(end + 1)[0]:
        return False  # the change stands in a later clause: another figure's
    return doc.metrics.relation(change, end + 1) is not None


@rule("metric.counted_thing")
def _counted_thing(ctx: MetricContext) -> Decision[str] | None:
    """「批出四份预售楼花同意书」「两宗换地个案」: a count with no cue (nor a unit that names a metric) followed
    right away by the noun of what it counts (``clause_words.counted_heads``) is the amount of those things, a
    statistic's count; which statistic is not named by a cue, so uncertain."""
    doc, hit = ctx.doc, ctx.hit
    if hit.kind != MentionKind.COUNT or ctx.found is not None:
        return None
    span = named_count(doc, hit)
    if span is None:
        return None
    return Decision("amount", uncertain(f"a count of {doc.words(*span)} with no cue: the amount of those things"))


@rule("metric.headcount_named")
def _headcount_named(ctx: MetricContext) -> Decision[str] | None:
    """「整体求诊人数为3,208人」「被检控人数共845人」: a count in 人 with no cue, right after the noun of a
    number of people in its clause (``clause_words.headcount_before``), is the amount of that statistic;
    which statistic is read from the words before the noun, so uncertain."""
    doc, hit = ctx.doc, ctx.hit
    if hit.kind != MentionKind.COUNT or ctx.found is not None or ctx.mention.unit != "人":
        return None
    c_start, _ = doc.sentences.clause_at(hit.start)
    noun = headcount_before(doc.text, c_start, hit.start)
    if noun is None:
        return None
    how = f"a count of people after 「{doc.words(*noun)}」: the amount of that statistic"
    return Decision("amount", uncertain(how))


ASIDE_REACH = 40  # characters before a figure searched for the bracket of an aside it sits in
ASIDE_STEPS = 6  # figures looked back over for the one before an aside


def _in_aside(text: str, pos: int) -> bool:
    """Whether ``pos`` sits inside brackets opened shortly before it and not yet closed."""
    window = text[max(0, pos - ASIDE_REACH) : pos]
    opened = max(window.rfind("（"), window.rfind("("))
    return opened >= 0 and opened > max(window.rfind("）"), window.rfind(")"))


@rule("metric.continues_list")
def _continues_list(ctx: MetricContext) -> Decision[str] | None:
    """A figure of the same kind and unit before it in the sentence: the list it continues (a list
    continues only in one unit: 60个百分点 after 85.6% is no second return)."""
    hit, unit = ctx.hit, ctx.mention.unit
    same = ctx.state.last_of(hit.kind, unit)
    if same is None:
        return None
    text = ctx.doc.text
    if _in_aside(text, same.hit.start) and not _in_aside(text, hit.start):
        # the figure before sits in an aside that has closed (2022年-9.6%（基准-8.9%）、2023年-2.7%): the list is
        # the one outside it
        earlier = reversed(ctx.state.sentence[-ASIDE_STEPS:])
        outside = next((d for d in earlier if d.hit.kind == hit.kind and d.mention.unit == unit
                        and not _in_aside(text, d.hit.start)), None)
        same = outside or same
    how = f"continues the list of {same.metric} before it"
    first_sure = not same.decided.get("metric", UNCERTAIN).startswith(UNCERTAIN)
    if first_sure and own_clause(same.hit.start, ctx.doc.sentences.clause_at(hit.start)):
        # the figure before is in this clause and its metric was read there (新口径下,9月-3.3%,12月+1.2%)
        return Decision(same.metric, how + " in its clause")
    chained = chain_continues(ctx.doc, same.hit.start, hit.start)
    return Decision(same.metric, how if chained else read_elsewhere(how))


@rule("metric.rate_level")
def _rate_level(ctx: MetricContext) -> Decision[str] | None:
    """1年期LPR为3.1%; 11月LPR维持不变,1年期为3.0%: a percent after a rate series (the last subject
    named in the sentence) is its level, before any pattern carried from another sentence."""
    doc, hit = ctx.doc, ctx.hit
    if hit.kind != MentionKind.PERCENT:
        return None
    s_start, _ = doc.sentences.span_at(hit.start)
    named_before = doc.names.last_between(s_start, hit.start)
    if named_before is not None and named_before.kind == "rate":
        named = doc.words(named_before.start, named_before.end)
        return Decision("yield", f"a percent of the rate named before it ({named})")
    return None


@rule("metric.series_amount")
def _series_amount(ctx: MetricContext) -> Decision[str] | None:
    """商品整体出口货值为3,845亿元: money after a macro series named in its clause is its amount."""
    doc, hit = ctx.doc, ctx.hit
    if hit.kind != MentionKind.MONEY:
        return None
    c_start, _ = doc.sentences.clause_at(hit.start)
    named_here = doc.names.between(c_start, hit.start)
    if named_here and named_here[-1].kind == "macro":
        named = doc.words(named_here[-1].start, named_here[-1].end)
        return Decision("amount", f"an amount of the series named before it ({named})")
    return None


@rule("metric.previous_sentence_pattern")
def _previous_sentence_pattern(ctx: MetricContext) -> Decision[str] | None:
    """The pattern of the sentence before (a figure of the same kind and unit): uncertain; never for a
    bare number (1.2万, no unit: too little to go on) nor a figure whose own noun names a ratio."""
    doc, hit, unit = ctx.doc, ctx.hit, ctx.mention.unit
    earlier = [d for d in ctx.state.previous_sentence if d.hit.kind == hit.kind and d.mention.unit == unit]
    c_start, _ = doc.sentences.clause_at(hit.start)
    if earlier and hit.kind != MentionKind.NUMBER and own_ratio_word(doc, c_start, hit.start) is None:
        metric = earlier[0].metric
        s_start, _ = doc.sentences.span_at(hit.start)
        named_before = bool(ctx.state.sentence) or doc.names.last_between(s_start, c_start) is not None
        series = doc.metrics.cues(metric).names_series
        topic = lead_topic(doc, c_start, hit.start, named_before) if series else None
        if topic is not None:
            # claims10: 人民币贷款增加9万亿元;委托贷款减少1031亿元: the series the pattern names is not the one
            # this clause leads with, so the figure is that series' amount
            words = doc.words(*topic)
            return Decision("amount", uncertain(f"an amount of the series its clause names ({words}), not {metric}"))
        how = uncertain(f"continues the pattern of the previous sentence ({metric})")
        return Decision(metric, how)
    return None


def basis_written(doc: Doc, decision: Decision[str], hit: Hit, lo: int) -> bool:
    """Whether the basis of a change is written: a relation word in its clause (同比, 较上月) or in its cue."""
    if doc.metrics.relation(hit.start, lo) is not None:
        return True
    return decision.cue is not None and doc.metrics.states_basis(decision.cue.word)


def bare_amount(doc: Doc, hit: Hit, mention: Mention) -> bool:
    """A number with a magnitude word and no currency in a text about one market (成交额3.36万亿,
    放量1222亿): an amount, as telegraphs write them, in that market's currency."""
    return (
        hit.kind == MentionKind.NUMBER
        and mention.scale is not None
        and mention.scale >= 10_000
        and doc.market_currency(hit.start) is not None
    )


def prior_metric(doc: Doc, hit: Hit, state: State, found: MetricDecision) -> MetricDecision | None:
    """A previous value named by a direction word only (2月CPI同比下降0.7%,上月为上涨0.5%) states the
    metric of the figure it follows, not a price's return."""
    if hit.kind != MentionKind.PERCENT or found.cue is None or found.cue.word not in doc.metrics.direction_words:
        return None
    if not state.sentence:
        return None
    c_start, _ = doc.sentences.clause_at(hit.start)
    described = state.sentence[-1]
    lead = prior_lead(doc.text, c_start, hit.start)
    if lead is None or described.mention.unit != "%" or not states_value(doc, lead, hit.start):
        return None  # claims15c: 上周深证成指下跌0.4%: a time the figure's own name follows, no previous value
    how = f"the metric of the figure it follows, after 「{found.cue.word}」"
    return MetricDecision(described.metric, how, found.cue)


def level_reached(doc: Doc, hit: Hit, state: State) -> MetricDecision | None:
    """「净息差按季收窄5个基点至1.57%」: a percent right after the 至 of a ratio's or rate's move in
    pp or bp is the level the ratio or rate moved to, never a change."""
    if hit.kind != MentionKind.PERCENT or not state.sentence:
        return None
    moved = state.sentence[-1]
    in_points = moved.mention.unit in ("pp", "bp") or moved.metric == "ratio_change"
    if not in_points or not doc.metrics.is_level_after(moved.hit.end, hit.start):
        return None
    if moved.ratio is not None:
        return MetricDecision(moved.ratio, f"the level the {moved.ratio} moved to (its move before 「至」)")
    if moved.metric == "yield_change":
        return MetricDecision("yield", "the level the rate moved to (its move before 「至」)")
    return None
