"""The steps of a draft between its slot decisions (``draft`` in ``corpora/patterns/claim_rules.yaml``):
each refines in place what was decided before it — the metric (a daily average, a change of an amount,
a move of a ratio, a session's change, a week's move), the value (per share, its sign), the basis, the
intraday reading, the forecast, the currency — and says how in the metric's words."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass

from analyzer.claims import pairing
from analyzer.claims.bullets import heading_end
from analyzer.claims.certainty import (
    UNCERTAIN,
    growth_by_multiple,
    no_basis,
    own_clause,
    read_elsewhere,
    uncertain,
)
from analyzer.claims.cues import CueHit
from analyzer.claims.currency import company_currency
from analyzer.claims.document import LABEL_KINDS, Doc
from analyzer.claims.draft import Draft, State
from analyzer.claims.metric_rules import basis_written
from analyzer.claims.metric_steps import (
    amount_compared,
    basis_before,
    cues_forecast,
    growth_moved,
    growth_refs,
    holdings_word,
    moves_to_level,
    ratio_moved,
    subject_currency,
)
from analyzer.claims.per_lot import per_share, shares_per_lot
from analyzer.claims.period_reading import week_word
from analyzer.claims.reading import own_ratio_word, traded_before
from analyzer.claims.rules import Decision, step
from analyzer.claims.vocabulary import MetricCues
from analyzer.extract.series import SERIES_PATTERN
from analyzer.normalize.convert import both_scripts
from analyzer.types import MentionKind, SourceNote


@dataclass
class DraftContext:
    """One figure being drafted: the draft, its metric decision, the metric's cues as the steps have
    them so far, and the words of how the metric was decided (joined into ``decided_by``)."""

    doc: Doc
    state: State
    notes: list[SourceNote]
    draft: Draft
    decision: Decision[str]
    cues: MetricCues | None
    how: list[str]
    s_start: int
    s_end: int
    c_start: int
    lo: int  # where the words beside the value begin: its clause's start or the value before it
    amount: bool  # an amount of money (or a bare amount read as money)
    #: what the figure is was read in another clause (早盘上涨18元,至843元): the metric is not certain
    elsewhere: bool = False

    def set_metric(self, metric: str, why: str) -> None:
        """The metric becomes ``metric`` (its cues with it), for the reason ``why``."""
        self.how.append(why)
        self.draft.metric = metric
        self.cues = self.doc.metrics.cues(metric)


@step("metric.daily_average")
def _daily_average(ctx: DraftContext) -> None:
    """日均成交额: the daily average of the metric."""
    doc, draft = ctx.doc, ctx.draft
    averaged = doc.metrics.vocab.daily_average.metrics.get(draft.metric)
    daily = doc.metrics.daily.last_before(draft.hit.start, ctx.lo) if averaged else None
    if averaged and daily is not None:
        ctx.set_metric(averaged, f"a daily average (「{daily.word}」)")


@step("metric.share_of_holdings")
def _share_of_holdings(ctx: DraftContext) -> None:
    """仓位占比分别为18.2%, 托管量…,占比近55%: a bare share in a sentence about what a portfolio holds is a
    weight of the holdings, never a share of revenue; read in another clause, the metric is not certain."""
    doc, draft = ctx.doc, ctx.draft
    found = holdings_word(doc, draft.metric, ctx.s_start, draft.hit.start)
    if found is None:
        return
    word, start = found
    target = doc.metrics.vocab.holdings_share.metrics[draft.metric]
    ctx.set_metric(target, f"a weight of holdings (「{word}」 before it in its sentence), not a share of revenue")
    if not own_clause(start, doc.sentences.clause_at(draft.hit.start)):
        ctx.elsewhere = True


@step("metric.amount_change")
def _amount_change(ctx: DraftContext) -> None:
    """较上周增加0.58万亿元: by how much the amount changed, not the amount."""
    doc, draft = ctx.doc, ctx.draft
    # claims12b: a count too (销量88万辆,同比减少3万辆): the change, never a second level of the count
    counted = draft.mention.kind == MentionKind.COUNT
    if not (ctx.amount or counted) or ctx.cues is None or ctx.cues.change:
        return
    moved = doc.metrics.amount_change(draft.hit.start, ctx.lo)
    if moved is None and ctx.lo > ctx.c_start:
        # claims9: 较4月末的32010亿美元增加310亿美元: the amount before the direction word is the base the
        # comparison names, so the one after it is the change, not a second level
        before, _ = doc.neighbour_values(draft.hit.start)
        base = before[0] if before is not None and before[0].end == ctx.lo else None
        if base is not None and doc.metrics.comparison_before(base.start, ctx.c_start):
            moved = doc.metrics.amount_change(draft.hit.start, ctx.c_start)
    if moved is not None:
        # a move that compares with the session before by itself (萎缩, 放量) keeps the amount's session
        draft.on_session = bool(ctx.cues.session) and doc.metrics.compares_by_itself(moved.word)
        ctx.set_metric("change_amount", f"a change of the {draft.metric} (「{moved.word}」 after a comparison)")
        return
    moved = doc.metrics.level_moved(draft.hit.start, ctx.c_start)
    if moved is not None:
        noun, verb = moved
        draft.level_of = draft.metric
        ctx.set_metric("change_amount", f"a change of the {draft.metric} (「{verb.word}」 after 「{noun}」)")
        return
    verb = doc.metrics.move_opens_clause(draft.hit.start, ctx.c_start)
    compared = _comparison_clause_before(ctx) if verb is not None else None
    if verb is not None and compared is not None:
        # claims16b: 和月初相比,减少约22亿元: the comparison has a clause of its own, the move the next
        ctx.set_metric("change_amount", f"a change of the {draft.metric} (「{verb.word}」 after 「{compared}」)")


def _comparison_clause_before(ctx: DraftContext) -> str | None:
    """The comparison word (较, 相比) of the clause right before this one when that clause holds no figure
    (和上月相比,): what the move opening this clause is measured against."""
    p_start = _figureless_clause_before(ctx.doc, ctx.c_start, ctx.s_start)
    return ctx.doc.metrics.comparison_before(ctx.c_start, p_start) if p_start is not None else None


@step("value.per_share")
def _per_share(ctx: DraftContext) -> None:
    """每10股派5元: 0.5元 a share."""
    draft = ctx.draft
    if draft.metric != "dps" or draft.value is None:
        return
    lot = shares_per_lot(ctx.doc.text, ctx.c_start, draft.hit.start)
    if lot is not None:
        draft.value = per_share(draft.value, lot)
        ctx.how.append(f"per share: the amount paid per {lot} shares divided by {lot}")


@step("value.sign")
def _sign(ctx: DraftContext) -> None:
    """A down direction word signs a change (跌5%: −5), a negating word an amount (净流出); a range of
    falls (跌1%至近4%) is the range −4 … −1."""
    doc, draft, cues, mention = ctx.doc, ctx.draft, ctx.cues, ctx.draft.mention
    if cues is None:
        return
    negative = doc.metrics.negative(
        draft.metric, draft.hit.start, ctx.c_start, ctx.state.prev_value_end, ctx.decision.cue
    )
    if negative is None and not cues.change:
        negative = _list_negated(ctx)
    if negative and draft.value is not None and draft.value > 0:
        draft.value = -draft.value
        ctx.how.append(f"negative after 「{negative}」")
    elif negative and cues.change and mention.low is not None and mention.low >= 0:
        draft.negated_range = True
        ctx.how.append(f"negative after 「{negative}」")


#: a growth of one multiple (升1倍 = +100 %): over it, writers differ on what the multiple means
_ONE_TIMES = 100
def _list_negated(ctx: DraftContext) -> str | None:
    """The negating word of the figure before it when this one continues its list (分别净流出6亿元和3亿元,
    分别低配6.26%和0.01%: one 净流出 for both): the same metric, only a joiner between the two."""
    draft, state = ctx.draft, ctx.state
    if ctx.decision.rule != "metric.continues_list" or not state.sentence:
        return None
    before = state.sentence[-1]
    if before.metric != draft.metric or before.value is None or before.value >= 0:
        return None
    if not _JOINED.fullmatch(ctx.doc.text, before.hit.end, draft.hit.start):
        return None
    found = _NEGATED.search(before.decided.get("metric", ""))
    return found.group(1) if found is not None else None


#: what joins two figures of one list (6.26%和0.01%, 6亿元、3亿元)
_JOINED = re.compile(r"\s*[、,和与及]\s*")
#: how the sign step words a negating word (see ``_sign``)
_NEGATED = re.compile(r"negative after 「([^」]+)」")


@step("value.series_unit")
def _series_unit(ctx: DraftContext) -> None:
    """A figure of a series that writes its unit once, on its last figure (0.79/1.63/2.23亿元): its unit
    and magnitude are the last figure's, not written beside it, so the reading is not certain."""
    if ctx.draft.hit.pattern.startswith(SERIES_PATTERN):
        ctx.how[0] = uncertain(ctx.how[0].removeprefix(UNCERTAIN))
        ctx.how.append("its unit written once, on the last figure of the series")


@step("basis.relation")
def _relation(ctx: DraftContext) -> None:
    """The basis of a change: a relation word in its clause (同比, 按年), or one that opens the sentence
    before any figure, else the basis of the figure before it that it carries on (其中甲市下降2.1%)."""
    doc, draft, cues, state = ctx.doc, ctx.draft, ctx.cues, ctx.state
    if cues is None:
        return
    draft.basis = cues.basis
    if not cues.change:
        return
    hit = draft.hit
    listed = _listed_relation(doc, hit.start, ctx.c_start)
    unpaired = listed if isinstance(listed, str) else None
    listed = listed if isinstance(listed, CueHit) else None
    relation = listed or doc.metrics.relation(hit.start, ctx.lo)
    if unpaired is not None:  # 按年、按季及按月分别升8%和15%: which basis is whose is unclear
        ctx.how[0] = uncertain(f"{ctx.how[0].removeprefix(UNCERTAIN)}; {unpaired}")
    if relation is None and ctx.lo == ctx.c_start and not state.sentence:
        # 与对上一季比较,商品出口货值上升5.7%: a comparison that opens the sentence, before any figure
        relation = doc.metrics.relation(ctx.c_start, ctx.s_start)
    elif relation is None and ctx.lo == ctx.c_start:
        # 较上个月减少10.4%,若和去年同期相较,则增加4.3%: a clause that only compares (no figure of its own)
        # right before the figure's, later in the sentence; read in another clause, so not certain
        relation = _comparison_clause(doc, ctx.c_start, ctx.s_start)
        if relation is not None:
            ctx.how[0] = read_elsewhere(ctx.how[0])
    if relation is None:
        relation = _relation_of_change_before(ctx)
    if relation is not None:
        draft.basis = doc.metrics.basis_of(relation)
        renamed = doc.metrics.vocab.relation_metrics.get(draft.basis)
        # a growth continuing a list of another basis takes its own listed one (按年和按季分别升6%和12%)
        relabel = listed is not None and draft.metric in doc.metrics.vocab.relation_metrics.values()
        if renamed and (draft.metric in ("growth", "return") or relabel):
            draft.metric = renamed
        draft.relation_word = relation.word
        ctx.how.append(f"basis {draft.basis} from 「{relation.word}」")
        value = draft.mention.value
        if doc.text.endswith("倍", hit.start, hit.end) and value is not None and value > _ONE_TIMES:
            ctx.how[0] = growth_by_multiple(ctx.how[0])  # 按年升1.52倍: +152 %, or ×1.52 to some
        return
    carried = basis_before(doc, draft, ctx.decision, state, ctx.c_start)
    if carried is not None:
        draft.basis, draft.metric, draft.basis_carried = carried.basis, carried.metric, True
        ctx.how.insert(0, uncertain(f"the basis of the {carried.metric} before it in the sentence"))


def _comparison_clause(doc: Doc, c_start: int, s_start: int) -> CueHit | None:
    """The relation word of the clause right before ``c_start`` in its sentence when that clause holds
    no figure (若与上季相较,…); None otherwise."""
    p_start = _figureless_clause_before(doc, c_start, s_start)
    return doc.metrics.relation(c_start, p_start) if p_start is not None else None


def _figureless_clause_before(doc: Doc, c_start: int, s_start: int) -> int | None:
    """Where the clause right before ``c_start`` starts, when it is in the sentence starting at ``s_start`` and
    holds no value (a clause that only compares: 和上月相比,); None otherwise."""
    if c_start <= s_start:
        return None
    p_start, _ = doc.sentences.clause_at(c_start - 1)
    if p_start < s_start or bisect_left(doc.value_starts, p_start) != bisect_left(doc.value_starts, c_start):
        return None
    return p_start


def _listed_relation(doc: Doc, start: int, c_start: int) -> CueHit | str | None:
    """「按年和按季分别升6%和12%」: relation words listed before 分别 pair with its values in order (6% is
    year on year, 12% quarter on quarter); why not, when the counts differ; None with no such list."""
    text = doc.text
    mark = pairing.mark_before(text, c_start, start)
    if mark < 0:
        return None
    listed = doc.metrics.relations.within(c_start, mark)
    run = listed[-1:]
    for cue in reversed(listed[:-1]):
        if text[cue.end : run[0].start] not in pairing.JOINERS:
            break
        run.insert(0, cue)
    if len(run) < 2 or text[run[-1].end : mark].strip():
        return None
    _, c_end = doc.sentences.clause_at(start)
    values = doc.value_starts[bisect_left(doc.value_starts, mark) : bisect_left(doc.value_starts, c_end)]
    if start not in values:
        return None
    if len(values) != len(run):
        return f"{len(run)} relation words before 分别 with {len(values)} values"
    return run[values.index(start)]


def _relation_of_change_before(ctx: DraftContext) -> CueHit | None:
    """claims12b: 同比减少36亿元,下降6.4%: a bare move right after the change amount of the same comparison
    shares its relation word; read in the amount's clause, never certain."""
    doc, state = ctx.doc, ctx.state
    last = state.sentence[-1] if state.sentence else None
    if last is None or last.metric != "change_amount" or doc.text[last.hit.end : ctx.lo].strip(" ,，"):
        return None
    if doc.text[ctx.lo : ctx.draft.hit.start].strip() not in doc.metrics.direction_words:
        return None  # 毛利率下降2%, 增幅0.5%: a noun of its own, not only the move of the same comparison
    l_start, _ = doc.sentences.clause_at(last.hit.start)
    relation = doc.metrics.relation(last.hit.start, l_start)
    if relation is not None:
        ctx.how[0] = read_elsewhere(ctx.how[0])
    return relation


@step("basis.amounts_compared")
def _amounts_compared(ctx: DraftContext) -> None:
    """「A较B增长x%」: a growth of the first of two amounts of one metric over the second."""
    if ctx.cues is None or not ctx.cues.change:
        return
    draft = ctx.draft
    draft.refs = growth_refs(ctx.doc, draft.hit, ctx.state.amounts)
    if draft.refs:
        draft.basis = "ref"
        ctx.how.append("compares the two amounts before it")


@step("forecast.metric")
def _metric_forecast(ctx: DraftContext) -> None:
    """A metric that is a forecast itself (目标价)."""
    if ctx.cues is not None:
        ctx.draft.forecast = ctx.cues.forecast


@step("metric.move_of_a_rate")
def _move_of_a_rate(ctx: DraftContext) -> None:
    """A change in pp or bp (or one that moves to a level) of a ratio (毛利率…提升1.2个百分点) or of a
    growth rate (增速回落2个百分点)."""
    doc, draft, cues = ctx.doc, ctx.draft, ctx.cues
    if cues is not None and cues.level and cues.ratio and draft.mention.unit in ("pp", "bp"):
        # cert9: a rate's level is a percent, never points of one (PMI较上月回升0.3个百分点, 失业率上升0.2个百分点):
        # a figure in pp or bp after a level's cue is the rate's move, read in place as a level before
        word = draft.metric
        ctx.set_metric("ratio_change", f"a move in points of a rate (「{word}」), not its level")
        draft.ratio = draft.ratio or word
        return
    if cues is None or not (cues.change and cues.family == "change"):
        return
    if draft.mention.unit not in ("pp", "bp") and not moves_to_level(doc, draft.hit):
        weight_how = _weight_moved(ctx)
        if weight_how is not None:
            draft.basis = draft.basis or cues.basis
            ctx.how[0] = uncertain(ctx.how[0].removeprefix(UNCERTAIN))  # points or relative: not written
            ctx.set_metric("ratio_change", weight_how)
        return
    ratio_how = ratio_moved(doc, draft, ctx.state, ctx.c_start)
    if ratio_how is not None:
        draft.basis = draft.basis or cues.basis
        ctx.set_metric("ratio_change", ratio_how)
        return
    growth_how = growth_moved(doc, draft, ctx.state, ctx.c_start)
    if growth_how is not None:
        ctx.set_metric("growth_change", growth_how)
        return
    noun = doc.metrics.growth_noun(draft.hit.start, ctx.c_start) if draft.metric == "growth_change" else None
    if noun is not None and draft.value is not None and doc.metrics.is_decline_noun(noun.word):
        # claims8: a later value of a list of growth changes (降幅分别收窄0.4个和0.2个百分点): the size of a
        # decline moves against the rate for it too, as for the first (growth_moved)
        draft.value = -draft.value
        ctx.how[0] += f"; the size of a decline (「{noun.word}」) moves against the rate, so the sign turns"
        return
    if draft.mention.unit not in ("pp", "bp"):
        return
    # hk (stop 30): 载客率按年下跌6.6个百分点: a rate no vocabulary names (…率, …差) moved in points; a
    # named rate (10年期国债收益率下行2bp) is a yield's move, decided by its subject's kind
    if any(n.kind == "rate" for n in doc.names.between(ctx.s_start, draft.hit.start)):
        return
    word = own_ratio_word(doc, ctx.c_start, draft.hit.start)
    earlier = word is None and doc.names_nothing(ctx.c_start, draft.hit.start)
    if earlier:  # 载客率为81.2%,按年下跌5.4个百分点: the rate of the clause before
        word = own_ratio_word(doc, ctx.s_start, ctx.c_start)
    if word is not None:
        draft.basis = draft.basis or cues.basis
        how = f"a change of the rate named before it (「{doc.words(*word)}」) in {draft.mention.unit}"
        ctx.set_metric("ratio_change", how)
        if earlier:
            ctx.how[0] = read_elsewhere(ctx.how[0])
        return
    # a move in points of no rate or growth read: never a growth of its own, so a change of some ratio the
    # clause does not name (外资对甲行业加仓,增加0.9个百分点; 个股CR5上升了1.1个百分点), not certain
    draft.basis = draft.basis or cues.basis
    ctx.how[0] = uncertain(f"{ctx.how[0].removeprefix(UNCERTAIN)}; a move in {draft.mention.unit} of no rate read")
    ctx.set_metric("ratio_change", "a change of a ratio the clause does not name")


#: the family of the ratios that are weights of a holding (配比, 持仓比例, 持股市值占比): shares of one
#: whole, whose moves in % are read as moves of the share (its points), never a growth of it
_WEIGHTS = "fund"


def _weight_moved(ctx: DraftContext) -> str | None:
    """主板持仓比例下降0.3%: a move in % right after a weight named in its clause, with only direction
    words between (no noun of its own: 增速, 涨幅), is the weight's change (sets ``draft.ratio``); whether
    it is in points or relative is not written, so uncertain."""
    doc, draft = ctx.doc, ctx.draft
    if draft.mention.unit != "%":
        return None
    named = doc.metrics.ratio_named(draft.hit.start, ctx.lo)
    if named is None:
        return _weight_before(ctx)
    if doc.metrics.names_other_noun(draft.hit.start, named.end):
        return None
    ratio = doc.metrics.ratio_of(named)
    # a bare share (占比) in a paragraph about holdings (主板持股市值占比下降0.77%;科创板占比上升0.05%: a
    # semicolon ends the sentence, not the topic) is the holdings' weight, as its level would be
    # (metric.share_of_holdings); a word of revenue nearer keeps it a share of revenue
    held = doc.metrics.vocab.holdings_share.metrics.get(ratio)
    line_start = doc.sentences.line_start(named.start)
    if held is not None and holdings_word(doc, ratio, line_start, draft.hit.start) is not None:
        ratio = held
    if doc.metrics.cues(ratio).family != _WEIGHTS:
        return None
    draft.ratio = ratio
    return f"a move in % of the {ratio} named before it (「{named.word}」): a change of the weight"


def _weight_before(ctx: DraftContext) -> str | None:
    """…持股占A股流通市值的比例为6.57%,较前期上升0.17%: a move in % whose clause names nothing (no name, no
    noun of its own, no relation word such as 同比), right after a weight of holdings in its sentence, is
    that weight's change (sets ``draft.ratio``), as when the clause names the weight (``_weight_moved``)."""
    doc, draft = ctx.doc, ctx.draft
    if draft.basis is not None:
        return None  # 同比增长0.21%: a relation word makes it a growth on that basis
    start, c_start = draft.hit.start, ctx.c_start
    # only direction words, or a clause a comparison opens (较前期上升): a predicate of the figure before
    lead = doc.text[c_start:start].lstrip(" ,，")
    compared = doc.metrics.comparison_before(start, c_start)
    bare = doc.names_nothing(c_start, start) or (compared is not None and lead.startswith(compared))
    if not bare or doc.metrics.names_other_noun(start, c_start):
        return None
    last = ctx.state.sentence[-1] if ctx.state.sentence else None
    if last is None or last.mention.unit != "%" or last.metric not in doc.metrics.vocab.metrics:
        return None
    if doc.metrics.cues(last.metric).family != _WEIGHTS or not doc.metrics.cues(last.metric).level:
        return None
    draft.ratio = last.metric
    return f"a move in % right after the {last.metric} stated before it: a change of the weight"


@step("metric.change_of_amount_in_percent")
def _change_of_amount_in_percent(ctx: DraftContext) -> None:
    """较9月末上升105亿美元,升幅0.3%: the same change of the amount, in %; no price's return (unless a
    close stands in the sentence: 收795元,涨13元,涨幅1.66%)."""
    draft, state = ctx.draft, ctx.state
    if ctx.cues is None:
        return
    last = state.sentence[-1] if state.sentence else None
    if (
        draft.metric == "return"
        and draft.mention.unit == "%"
        and last is not None
        and last.metric == "change_amount"
        and not state.closes
        # claims15b: 成交额萎缩超4400亿,创业板指跌1.2%: a name heading the clause after the amount moves that name
        and not _headed_after(ctx, last.hit.start)
    ):
        ctx.how.append("the change of the amount before it, in %")
        draft.metric = "growth"
        by_basis = ctx.doc.metrics.vocab.relation_metrics.get(last.basis or "")
        over_span = last.period is not None and last.period.start != last.period.end
        if by_basis is not None and draft.basis is None and over_span:
            # 按月减少457宗,跌幅0.2%: the same change of a month's count, on the basis the amount's was read
            # on (a level's change to a day, 较上月末增加…,增幅0.5%, stays a plain growth)
            draft.metric, draft.basis = by_basis, last.basis
            ctx.how[-1] += f" (on its basis, {last.basis})"
            ctx.how[0] = uncertain(ctx.how[0].removeprefix(UNCERTAIN))  # the basis is read off another figure


def _headed_after(ctx: DraftContext, pos: int) -> bool:
    """Whether the value's clause is headed by a name of its own that stands after ``pos``."""
    own = ctx.doc.chains.own(ctx.draft.hit.start)
    return own is not None and own.named is not None and own.start > pos


@step("metric.session_or_week")
def _session_or_week(ctx: DraftContext) -> None:
    """A move with no basis in a session report is the session's change (台积电收910元,涨15元,涨幅1.68%), as a
    close's move in money is (收涨208美元); after a week's word (周涨5.51%, 本周累计升1400点) the week's move."""
    doc, draft, state = ctx.doc, ctx.draft, ctx.state
    if ctx.cues is None:
        return
    hit, s_start, lo = draft.hit, ctx.s_start, ctx.lo
    cue = ctx.decision.cue
    if draft.metric == "change_amount" and cue is not None and doc.metrics.compares_by_itself(cue.word):
        # claims16a: 收涨208美元, 收跌0.8港元: the move from the close before, dated by the session
        draft.on_session = True
        ctx.how.append(f"the session's change (「{cue.word}」)")
        return
    if draft.metric == "change_points":
        week = week_word(doc, hit.start, lo, s_start) or _week_before_semicolon(ctx)
        if week is not None:
            draft.week = True
            ctx.how.append(f"a week's move (「{week}」)")
        return
    if draft.metric not in ("return", "growth") or draft.basis is not None:
        return
    beside = doc.times_between(lo, hit.start)
    session = doc.session_word(s_start, ctx.s_end)
    if (
        session is None
        and not doc.times_between(s_start, hit.start)
        and traded_before(doc, draft, (s_start, ctx.c_start), hit.start, bool(state.sentence))
    ):
        session = doc.item_session_word(hit.start)
    if session is None and state.closes:
        session = "a close earlier in the sentence"
    week = week_word(doc, hit.start, lo, s_start) or _week_before_semicolon(ctx)
    last = state.sentence[-1] if state.sentence else None
    if week is not None:
        draft.week = True  # dated by the week that ends at its anchor
        ctx.how.append(f"a week's move (「{week}」)")
    elif (
        session is not None
        and all(t.kind == MentionKind.DATE for t in beside)
        and not amount_compared(doc, hit.start, lo, last)
    ):
        draft.metric = "change_pct"
        ctx.how.append(f"the session's change ({session})")


def _week_before_semicolon(ctx: DraftContext) -> str | None:
    """总结全星期,恒指跌近3%;科指跌逾5.6%: a week's word before the semicolon holds for the parallel
    clause after it, unless time or session words stand between."""
    doc, hit = ctx.doc, ctx.draft.hit
    if not ctx.state.after_semicolon or ctx.s_start == 0 or doc.times_between(ctx.s_start, hit.start):
        return None
    before = doc.sentences.span_at(ctx.s_start - 1)[0]
    return week_word(doc, hit.start, ctx.s_start, before)


@step("intraday.qualifier")
def _qualifier(ctx: DraftContext) -> None:
    """一度跌7%, 半日跌0.5%: a move during the session, never its change; 涨停: a limit move. A name
    after the qualifier starts another subject's figures."""
    doc, draft = ctx.doc, ctx.draft
    if ctx.cues is None:
        return
    hit, s_start = draft.hit, ctx.s_start
    named = doc.names.last_between(s_start, hit.start)
    floor = max(s_start, named.start) if named is not None else s_start
    qualified = doc.metrics.qualified(draft.metric, hit.start, floor, ctx.state.prev_value_end, s_start)
    if qualified is None:
        _intraday_item(ctx)
        return
    target, cue, intraday = qualified
    word = cue.word
    if intraday:
        draft.intraday = True
        ctx.how.append(f"{target} read during the session (「{word}」 before it), not the close")
    else:
        ctx.how.append(f"{target} (「{word}」 before it)")
    if target != draft.metric and not own_clause(cue.start, doc.sentences.clause_at(hit.start)):
        # 早盘上涨18元,至843元: what the figure is (a level during the session, not the close) was read
        # in another clause, so the metric is not certain
        ctx.elsewhere = True
    draft.metric = target


def _intraday_item(ctx: DraftContext) -> None:
    """恒指半日升281点 / 港股低开139点 heading the item: its session figures are read during the session
    (a bare level is the midday's or the open's), unless their sentence holds a close word (收报)."""
    doc, draft = ctx.doc, ctx.draft
    cues = doc.metrics.vocab.metrics.get(draft.metric)  # the metric as decided so far (return → change_pct)
    if cues is None or not cues.session or cues.family != "market" or draft.intraday:
        return
    scoped = doc.intraday_item(draft.hit.start)
    if scoped is None:
        return
    closed = doc.close_word_before(ctx.s_start, draft.hit.start)
    # claims18b: in a 午评 the day has not closed: its 截至收盘 is the midday close
    midday = closed is not None and doc.closes_at_midday(ctx.s_start, draft.hit.start)
    if closed is not None and not midday:
        return
    genre, level = scoped
    draft.intraday = True
    if level is not None and draft.metric == "close":
        draft.metric = level
    why = f"the item is a {genre.replace('_', ' ')}"
    if midday:
        why = f"「{closed}」 in a review written at the midday break"
    ctx.how.append(f"{draft.metric} read during the session ({why})")


@step("forecast.cue")
def _forecast_cue(ctx: DraftContext) -> None:
    """A forecast cue covers the figures after it up to the next figure that is not one (预计营收…,
    净利润…), not from a bullet heading before the figure, nor as part of the metric's own name
    (预期信贷损失); a session's figure after an outlook word is a fact reported (下修…展望…台股终场大跌774点)."""
    doc, draft, state, decision = ctx.doc, ctx.draft, ctx.state, ctx.decision
    hit = draft.hit
    # from the last figure that became a claim: a figure left unread (营业收入分别为165.6亿、…, no
    # currency) does not end what the cue covers (…归母净利润分别为46.8亿元、…)
    forecast_floor = max(ctx.s_start, state.sentence[-1].hit.end if state.sentence else ctx.s_start)
    forecast_cue = doc.metrics.forecast_cue(hit.start, heading_end(doc.text, forecast_floor, hit.start))
    if (
        forecast_cue is not None
        and decision.cue is not None
        and decision.cue.start <= forecast_cue.start < decision.cue.end
    ):
        forecast_cue = None
    previous = state.sentence[-1] if state.sentence else None
    if hit.kind in LABEL_KINDS:
        pass  # a rating or a code is no forecast (预期风险和预期收益 describes the fund type)
    elif forecast_cue is not None:
        draft.forecast, draft.forecast_cue = True, forecast_cue.word
    elif previous is not None and previous.forecast_cue:
        draft.forecast, draft.forecast_cue = True, previous.forecast_cue
    if draft.forecast_cue and not cues_forecast(ctx.cues):
        said = doc.metrics.forecast_cue(hit.start, ctx.s_start)
        closed = doc.metrics.in_session(said.end, hit.start) if said is not None else None
        if closed is not None and said is not None:
            draft.forecast, draft.forecast_cue = False, None
            ctx.how.append(f"no forecast: a session's figure (「{closed.word}」 after 「{said.word}」)")
    if draft.forecast_cue:
        ctx.how.append(f"forecast (「{draft.forecast_cue}」)")


@step("metric.of_subject_kind")
def _of_subject_kind(ctx: DraftContext) -> None:
    """What a metric is for a kind of subject (growth of a macro series is growth_yoy; a bond's move is a
    yield change), unless a base is stated (较9月末下降553亿美元,降幅1.67%)."""
    doc, draft = ctx.doc, ctx.draft
    if draft.subject is None:
        return
    overrides = doc.metrics.vocab.subject_kind_overrides.get(draft.subject.kind, {})
    if draft.level_of in overrides:
        draft.level_of = overrides[draft.level_of]  # a fund's 规模 changed: the level it went to is its fund_size
    compared = (
        doc.metrics.comparison_before(draft.hit.start, ctx.s_start)
        if draft.basis is None and overrides.get(draft.metric) in doc.metrics.vocab.relation_metrics.values()
        else None
    )
    if compared is not None and _in_name_only(ctx, compared):
        compared = None  # claims14a: 贷款与垫款总额升0.8%: the 与 joins the statistic's nouns, compares nothing
    if compared is not None and draft.metric in overrides:
        default = overrides[draft.metric]
        ctx.how.append(f"a change against the base after 「{compared}」, not the {default} default")
    elif draft.metric in overrides:
        ctx.how.append(f"{draft.metric} of a {draft.subject.kind} is {overrides[draft.metric]}")
        if overrides[draft.metric] in doc.metrics.vocab.relation_metrics.values():
            # a statistic's bare move (楼价…累计下跌2%, 服务输入…升26.7%): the release's convention, not its
            # words, gives the basis, for a series a registry knows too (a quarter's move may be on the quarter)
            ctx.how[0] = no_basis(ctx.how[0])
        draft.metric = overrides[draft.metric]
        if draft.metric == "yield":
            draft.basis = None
            if draft.mention.unit in ("pp", "bp"):
                draft.metric = "yield_change"  # 下行2.3bp: a move of the rate, signed above
            else:
                draft.value = draft.mention.value  # the rate's level, as stated (至2.09%)


def _in_name_only(ctx: DraftContext, word: str) -> bool:
    """Whether the comparison ``word`` stands before the figure only inside its subject's name."""
    subject = ctx.draft.subject
    named = subject is not None and any(w in subject.alias for w in both_scripts((word,)))
    return named and ctx.doc.text.count(word, ctx.s_start, ctx.draft.hit.start) == 1


@step("basis.of_metric")
def _basis_of_metric(ctx: DraftContext) -> None:
    """The basis the metric itself has (growth_yoy is year on year)."""
    doc, draft = ctx.doc, ctx.draft
    if draft.basis is None and draft.metric in doc.metrics.vocab.metrics:
        draft.basis = doc.metrics.cues(draft.metric).basis


@step("currency.market_of_amount")
def _market_of_amount(ctx: DraftContext) -> None:
    """An amount naming no currency (成交额3.36万亿): the currency of the market named before it."""
    doc, draft, mention = ctx.doc, ctx.draft, ctx.draft.mention
    draft.currency = mention.currency
    if mention.currency is None and ctx.amount:
        market = doc.market_currency(draft.hit.start)
        if market is not None:
            draft.currency = market[0]
            ctx.how.append(f"an amount in 「{mention.magnitude}」 naming no currency: {market[0]} of 「{market[1]}」")
            if not doc.market_named_in(draft.hit.start, ctx.c_start):  # the market's, named in another clause
                ctx.how[0] = uncertain(ctx.how[0].removeprefix(UNCERTAIN))
                ctx.how[-1] += ", named in another clause of a text about several markets"


def _names_currency(doc: Doc, text: str) -> bool:
    return any(w in text for w in both_scripts(doc.metrics.vocab.explicit_currency))


@step("currency.trading")
def _trading(ctx: DraftContext) -> None:
    """A price in a market (股价) is in the subject's trading currency, else the market's, when the
    amount names none explicitly."""
    doc, draft, cues, mention = ctx.doc, ctx.draft, ctx.cues, ctx.draft.mention
    if cues is None or not cues.market_currency or not mention.currency:
        return
    by_subject = subject_currency(draft)
    market = by_subject or doc.market_currency(draft.hit.start)
    if market is not None and not _names_currency(doc, mention.text) and market[0] != mention.currency:
        draft.currency = market[0]
        ctx.how.append(f"currency {market[0]} from 「{market[1]}」 (the amount names none)")
        if by_subject is None and not doc.market_named_in(draft.hit.start, ctx.c_start):
            # 港股通净流入…。…产业资本净减持44.9亿元: a market named in another clause may be another
            # figure's; its currency is carried, not read
            ctx.how[0] = uncertain(ctx.how[0].removeprefix(UNCERTAIN))
            ctx.how[-1] += ", named in another clause of a text about several markets"


@step("currency.series")
def _series(ctx: DraftContext) -> None:
    """进口货值为4,295亿元 in a Hong Kong release: the series' own currency (the amount names none)."""
    doc, draft, mention = ctx.doc, ctx.draft, ctx.draft.mention
    series = subject_currency(draft) if draft.subject is not None and draft.subject.kind == "macro" else None
    named_only = draft.subject is not None and draft.subject.kind == "macro" and draft.subject.id is None
    if series is None and named_only and ctx.amount:
        series = doc.market_currency(draft.hit.start)  # a statistic named only in the text: its release's
        if series is None and mention.currency and not _names_currency(doc, mention.text):
            unstated = f"the currency of 「{mention.magnitude}」 is not stated"
            ctx.how[0] = uncertain(f"{ctx.how[0].removeprefix(UNCERTAIN)}; {unstated}")
            return
    if (
        series is not None
        and mention.currency
        and series[0] != mention.currency
        and not _names_currency(doc, mention.text)
    ):
        draft.currency = series[0]
        ctx.how.append(f"currency {series[0]} of the series {series[1]} (the amount names none)")


@step("currency.document_market")
def _document_market(ctx: DraftContext) -> None:
    """An amount in plain 元 still in the yuan after the steps before, in a text that comes from another
    market (all its market words name it, the first in its opening lines: a Hong Kong government release,
    地政总署公布,…地价收入约4.37亿元): that market's currency. Uncertain: read from the document, not the
    figure's clause."""
    doc, draft, mention = ctx.doc, ctx.draft, ctx.draft.mention
    market = doc.origin_market
    if market is None or draft.currency != "CNY" or mention.currency != "CNY" or market[0] == "CNY":
        return
    if _names_currency(doc, mention.text):
        return
    draft.currency = market[0]
    ctx.how.append(f"currency {market[0]}: plain 元 in a text from that market (「{market[1]}」)")
    ctx.how[0] = uncertain(ctx.how[0].removeprefix(UNCERTAIN))


@step("currency.company")
def _company(ctx: DraftContext) -> None:
    """A listed company's amounts in the currency it reports in (a Hong Kong company's in HKD), when the
    amount names none explicitly."""
    doc, draft, cues, mention = ctx.doc, ctx.draft, ctx.cues, ctx.draft.mention
    if cues is None or not cues.company_currency or not mention.currency:
        return
    named = draft.subject_named
    name_end = draft.subject.span.end if draft.subject and draft.subject.span else None
    if name_end is None and named is not None:
        name_end = doc.span(named.start, named.end).end
    listed = company_currency(draft.subject, doc.original, name_end, doc.market_currency(draft.hit.start))
    if listed is not None and not _names_currency(doc, mention.text) and listed[0] != mention.currency:
        draft.currency = listed[0]
        ctx.how.append(f"currency {listed[0]}: {listed[1]} (the amount names none)")


@step("certainty.basis_stated")
def _basis_stated(ctx: DraftContext) -> None:
    """A growth against what is not said (净利润增速为2.0%), or a cue of year-on-year growth that writes
    no basis (the convention of results), is not certain."""
    doc, draft, decision = ctx.doc, ctx.draft, ctx.decision
    if (draft.metric == "growth" and draft.basis is None and not draft.refs) or (
        decision.cue is not None
        and decision.value in doc.metrics.vocab.relation_metrics.values()
        and not draft.refs
        and not basis_written(doc, decision, draft.hit, ctx.lo)
    ):
        ctx.how[0] = no_basis(ctx.how[0])
