"""The document's own arithmetic among figures stated in one sentence, for a figure the store cannot check.

Identities read from the sentence alone (``checks.yaml`` ``text_figures`` names the metrics and words):

- **a change with both figures it lies between** (失业率为3%，较上期的2.9%上升0.1个百分点; 沪深300涨幅17.66%，本基金
  涨幅12.86%，跑输4.8个百分点; 收入由2022年的8.00亿元增至2023年的10.00亿元，增长25.0%): the later figure against
  the earlier one of the same subject (the change's period ending where the later one's does: their difference,
  or the growth, compounded a year when the sentence says so, 年复合增长率), or for an excess over another
  subject's rate of the same period, the subject's rate minus the other's;
- **a growth in a list of one subject's levels by year** (营业收入分别为…，同比分别增长…): the level of its year
  over the year before's, of the metric listed just before it;
- **a level, its change and its % change** of one subject and period (个案199,205宗，按月减少457宗，跌幅0.2%):
  % = change / (level − change) × 100, a figure stated twice (a headline restating the body) counted once;
- **the shares of a whole's parts, each stated with its amount** (进口产品签发261.5万瓶，国产172.3万瓶，进口占比
  60.27%，国产占比39.73%): when the stated shares sum to 100 the parts are the whole, and each share is the part
  over the parts' sum;
- **a total named as the sum of the figures listed before it** (仓位占比分别为18.2%、17.1%、14.3%，累计仓位达49.6%):
  the total against the parts' sum, binding the total and each part (levels, amounts and shares of one metric and
  period; never growth rates, whose cumulative value is no sum);
- **a total and its parts listed after 其中** in the same unit, metric and period (研发投入14.44亿元，其中直接研发
  投入9.18亿元，外部引进产品支出5.25亿元): the total against the parts' sum.

Each figure is read as the interval its written digits allow (half a unit of its last digit, 约 widened, a
bound binds nothing), and the figures agree when the intervals overlap. Agreement supports the claim, naming
the figures used; a disagreement is ``text_inconsistent``, never a contradiction: the text does not say which
figure is off, and the parts after 其中 need not make up the whole.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from decimal import Decimal

from analyzer.boundaries import COMMA_CHARS, SENTENCE_END_CHARS
from analyzer.extract.numbers import plain_decimal
from analyzer.normalize.convert import both_scripts
from analyzer.types import Claim, Verdict, VerdictStatus
from analyzer.verify.checkers.arithmetic import POINT_UNITS
from analyzer.verify.checkers.session_text import SESSION_METRICS, half_width, pct_identity, period_span
from analyzer.verify.readings import readings
from analyzer.verify.registry import CheckContext, Unverifiable

HUNDRED = Decimal(100)


def figure_key(claim: Claim) -> str | None:
    return (claim.subject.id or claim.subject.alias) if claim.subject is not None else None


def _dated(claim: Claim) -> bool:
    return claim.period is not None and claim.period.start is not None and claim.period.end is not None


def sentence_neighbours(ctx: CheckContext) -> list[Claim]:
    """The other single-valued figures of the claim's sentence, in order (a forecast among them: the text's own
    arithmetic holds between forecasts as between reported figures, 营业收入分别为357.40亿元、395.47亿元，同比分别
    增长6.11%、10.65%)."""
    assert ctx.index is not None
    return [
        c
        for c in ctx.index.by_sentence.get(ctx.claim.sentence.start, ())
        if c.id != ctx.claim.id and c.value is not None and not c.intraday  # read during a session: no level of it
    ]


def _is_rate_change(claim: Claim) -> bool:
    words = readings().text_figures
    return claim.unit in POINT_UNITS or (claim.metric in words.rate_changes and claim.unit == "%")


def _pair_kind(claim: Claim) -> str | None:
    """What a change claim is of two stated figures: 'points' (a rate's change in pp), 'amount' (a level's change in
    its own unit), 'growth' (a level's % change); None for any other claim."""
    words = readings().text_figures
    if _is_rate_change(claim):
        return "points"
    if claim.metric in words.changes and claim.unit not in ("%", *POINT_UNITS):
        return "amount"
    if claim.metric in words.growths and claim.unit == "%":
        return "growth"
    return None


def _pairs_with(kind: str, claim: Claim, other: Claim) -> bool:
    """Whether ``other`` is a figure the change ``claim`` of ``kind`` can be between: a rate (in %) for a change in
    pp, a level in the change's unit and currency for an amount, a level in any one unit for a growth."""
    words = readings().text_figures
    if other.metric in words.rate_changes or other.metric in words.changes or other.metric in words.growths:
        return False
    if other.metric in SESSION_METRICS or other.unit in POINT_UNITS:
        return False
    if kind == "points":
        return other.unit == "%"
    if kind == "amount":
        return (other.unit, other.currency) == (claim.unit, claim.currency)
    return other.unit != "%"


def _year_earlier(claim: Claim) -> tuple[object, object] | None:
    p = claim.period
    if p is None or p.start is None or p.end is None:
        return None
    try:
        return p.start.replace(year=p.start.year - 1), p.end.replace(year=p.end.year - 1)
    except ValueError:  # 29 February
        return None


def _year_on_year(claim: Claim, levels: list[Claim]) -> tuple[Claim, Claim] | None:
    """(level of the claim's period, level of the same period a year before) among a list of one subject's levels
    (营业收入分别为357.40亿元、395.47亿元、443.76亿元，同比分别增长6.11%、10.65%、12.21%), of the metric of the last
    level before the claim: exactly one of each, of one unit and currency."""
    before = _year_earlier(claim)
    # the growth is of the levels stated just before it (归母净利润分别为…，增速分别为…，EPS分别为…): their metric
    preceding = [c for c in levels if c.span.end <= claim.span.start]
    if not preceding:
        return None
    levels = [c for c in levels if c.metric == preceding[-1].metric]
    current = [c for c in levels if period_span(c) == period_span(claim)]
    base = [c for c in levels if before is not None and period_span(c) == before]
    if len(current) != 1 or len(base) != 1:
        return None
    now, then = current[0], base[0]
    if (now.metric, now.unit, now.currency) != (then.metric, then.unit, then.currency):
        return None
    return now, then


def rate_pair(ctx: CheckContext) -> tuple[Claim, Claim, str, str] | None:
    """(later or own figure, earlier or other figure, how they were told apart, kind) for a change whose sentence
    states exactly two figures it can be between (:func:`_pairs_with`): the same subject's at two periods, the later
    ending where the change's period does; or, for an excess in pp (跑输/跑赢), the subject's rate and another
    subject's of the change's own period."""
    claim = ctx.claim
    kind = _pair_kind(claim)
    if claim.value is None or kind is None:
        return None
    figures = [c for c in sentence_neighbours(ctx) if _pairs_with(kind, claim, c)]
    own = figure_key(claim)
    if kind == "growth" and claim.metric in readings().text_figures.yoy and own is not None and len(figures) > 2:
        year = _year_on_year(claim, [c for c in figures if figure_key(c) == own])
        if year is not None:
            return (*year, "the same subject's level in the figure's period and the same period a year before", kind)
    if len(figures) != 2:
        return None
    a, b = figures
    if kind == "growth" and (a.unit, a.currency) != (b.unit, b.currency):
        return None
    if own is not None and figure_key(a) == figure_key(b) == own and _dated(a) and _dated(b) and _dated(claim):
        assert a.period is not None and b.period is not None and claim.period is not None
        later, earlier = (a, b) if a.period.end > b.period.end else (b, a)  # type: ignore[operator]
        assert later.period is not None and earlier.period is not None
        if earlier.period.start < later.period.start and claim.period.end == later.period.end:  # type: ignore[operator]
            return later, earlier, "the same subject's figure at two periods", kind
    if (
        kind == "points"
        and claim.metric in readings().text_figures.excess
        and own is not None
        and period_span(a) == period_span(b) == period_span(claim)
        and {figure_key(a), figure_key(b)} != {own}
        and own in (figure_key(a), figure_key(b))
    ):
        mine, other = (a, b) if figure_key(a) == own else (b, a)
        return mine, other, "the subject's rate against the other subject's of the same period", kind
    return None


def _restated(figures: list[Claim], claim: Claim) -> list[Claim]:
    """Each figure once: one stated again with the same metric, value, unit and currency (a telegraph's headline in
    brackets restating its body, 【…彩票540.73亿元 同比下降6.4%】…540.73亿元，同比减少36.72亿元，下降6.4%) is the
    same figure, the claim itself kept where it is one of them."""
    kept: dict[tuple[object, ...], Claim] = {}
    for c in figures:
        key = (c.metric, c.value, c.unit, c.currency)
        if key not in kept or c.id == claim.id:
            kept[key] = c
    return list(kept.values())


def level_change_pct(ctx: CheckContext) -> tuple[Claim, Claim, Claim] | None:
    """(level, change, % change) of the claim's subject and period in its sentence, the claim one of them: one
    of each (a session's figures are session_text's), the level and the change in one unit and currency."""
    claim = ctx.claim
    words = readings().text_figures
    if claim.value is None or claim.metric in SESSION_METRICS - set(words.changes):
        return None
    own = figure_key(claim)
    if own is None:
        return None
    period = period_span(claim)
    same = _restated(
        [c for c in [claim, *sentence_neighbours(ctx)] if figure_key(c) == own and period_span(c) == period], claim
    )
    changes = [c for c in same if c.metric in words.changes and c.unit != "%"]
    pcts = [c for c in same if c.metric in words.growths and c.unit == "%"]
    if len(changes) != 1 or len(pcts) != 1:
        return None
    change = changes[0]
    levels = [
        c
        for c in same
        if c.metric not in SESSION_METRICS
        and c not in (change, pcts[0])
        and c.unit not in ("%", *POINT_UNITS)
        and (c.unit, c.currency) == (change.unit, change.currency)
    ]
    if len(levels) != 1 or claim not in (levels[0], change, pcts[0]):
        return None
    return levels[0], change, pcts[0]


def total_parts(ctx: CheckContext) -> tuple[Claim, list[Claim]] | None:
    """(total, parts) when the claim is the last figure before 其中 in its sentence of a metric, unit, currency
    and period that two or more figures after 其中 share (the claim the total, they its parts)."""
    claim = ctx.claim
    if claim.value is None or claim.unit in ("%", *POINT_UNITS):
        return None
    text = ctx.result.text
    end = claim.sentence.end
    marks = [
        i for w in both_scripts(readings().text_figures.part_markers) if (i := text.find(w, claim.span.end, end)) >= 0
    ]
    if not marks:
        return None
    mark = min(marks)
    alike = [
        c
        for c in sentence_neighbours(ctx)
        if (c.metric, c.unit, c.currency) == (claim.metric, claim.unit, claim.currency)
        and period_span(c) == period_span(claim)
    ]
    # the total is the last figure of its kind before the marker: one between them would be the total instead
    between = [c for c in alike if claim.span.end <= c.span.start < mark]
    parts = [c for c in alike if c.span.start > mark]
    if between or len(parts) < 2:
        return None
    return claim, parts


#: a clause break: a total after it is not the sum its marker names (a sentence's end or a comma, as ``boundaries``
#: defines them; a line break never falls inside the sentence the figures share)
CLAUSE_BREAKS = frozenset(SENTENCE_END_CHARS + COMMA_CHARS)


def is_summed(claim: Claim) -> bool:
    """Whether a figure's kind adds up over parts of one period: a level, an amount or a share, never a change, a
    growth rate or a session's figure (cumulative growth is not the sum of the growths)."""
    words = readings().text_figures
    return (
        claim.value is not None
        and claim.unit not in POINT_UNITS
        and claim.metric not in SESSION_METRICS | words.changes | words.growths | words.rate_changes
    )


def total_after_parts(ctx: CheckContext) -> tuple[Claim, list[Claim]] | None:
    """(total, parts) when the claim is the total or one of the parts of a list in its sentence: two or more figures
    of one metric, unit, currency and period, then a word naming their sum (累计, 合计: checks.yaml
    ``text_figures.sum_markers``) and, within the same clause and a few words, the first figure after it, of the
    same kind (分别为18.2%、17.1%、14.3%，累计仓位达49.6%). The parts are the figures of that kind since the sentence's
    start or the previous such total."""
    claim = ctx.claim
    words = readings().text_figures
    if not is_summed(claim):
        return None
    kind = (claim.metric, claim.unit, claim.currency, period_span(claim))
    figures = sorted([claim, *sentence_neighbours(ctx)], key=lambda c: c.span.start)
    text, start, end = ctx.result.text, claim.sentence.start, claim.sentence.end
    marks = sorted(i for w in both_scripts(words.sum_markers) for i in _occurrences(text, w, start, end))
    since = start
    for mark in marks:
        total = next((c for c in figures if c.span.start > mark), None)
        if total is None:
            break
        gap = text[mark : total.span.start]
        if len(gap) > words.sum_gap + 2 or any(ch in CLAUSE_BREAKS for ch in gap):
            continue
        alike = (total.metric, total.unit, total.currency, period_span(total)) == kind
        parts = [
            c
            for c in figures
            if since <= c.span.start and c.span.end <= mark and (c.metric, c.unit, c.currency, period_span(c)) == kind
        ]
        if alike and len(parts) >= 2 and all(is_summed(c) for c in parts) and (claim is total or claim in parts):
            return total, parts
        since = total.span.end
    return None


def _occurrences(text: str, word: str, start: int, end: int) -> list[int]:
    found, i = [], text.find(word, start, end)
    while i >= 0:
        found.append(i)
        i = text.find(word, i + len(word), end)
    return found


def part_shares(ctx: CheckContext) -> tuple[list[Claim], list[Claim]] | None:
    """(shares, amounts) when the claim is a share (占比) and its sentence states, for two or more subjects, one
    share and one amount each (the amounts in one unit and currency, all of one period), in the same order of
    subjects: the parts of one whole whose stated shares sum to it."""
    claim = ctx.claim
    words = readings().text_figures
    if claim.value is None or claim.metric not in words.shares or claim.unit != "%":
        return None
    figures = [claim, *sentence_neighbours(ctx)]
    figures.sort(key=lambda c: c.span.start)
    shares = [c for c in figures if c.metric in words.shares and c.unit == "%"]
    amounts = [c for c in figures if c.unit not in ("%", *POINT_UNITS) and c.metric not in SESSION_METRICS]
    keys = [figure_key(c) for c in shares]
    if len(shares) < 2 or None in keys or len(set(keys)) != len(keys) or [figure_key(c) for c in amounts] != keys:
        return None
    if len({(c.unit, c.currency) for c in amounts}) != 1 or len({period_span(c) for c in (*shares, *amounts)}) != 1:
        return None
    return shares, amounts


def _widths(ctx: CheckContext, claims: Sequence[Claim]) -> list[Decimal]:
    widths = [half_width(ctx, c) for c in claims]
    if any(w is None for w in widths):
        raise Unverifiable("one of the figures stated together is a bound (逾, 不足), so they bind nothing")
    return [w for w in widths if w is not None]


def text_verdict(
    ctx: CheckContext,
    checker: str,
    agree: bool,
    computed: Decimal,
    method: str,
    used: Sequence[Claim],
    inconsistent: str,
) -> Verdict:
    return Verdict(
        claim_id=ctx.claim.id,
        status=VerdictStatus.SUPPORTED if agree else VerdictStatus.UNVERIFIABLE,
        cause=None if agree else "text_inconsistent",
        checker=checker,
        expected=ctx.claim.value,
        computed=round(computed, 4),
        tolerance=ctx.tolerance(),
        method=method,
        reason=("the store cannot check it, and the figures stated beside it agree with it" if agree else inconsistent),
        data=[f"{c.id} {c.text} = {plain_decimal(c.value)}" for c in used if c.value is not None],
    )


def compound_years(ctx: CheckContext, later: Claim, earlier: Claim) -> int | None:
    """The whole years between two year-end levels when the sentence calls the growth compound a year (年复合增长率,
    CAGR: checks.yaml ``text_figures.compound``), else None (a plain growth over the two)."""
    words = both_scripts(readings().text_figures.compound)
    if not any(w in ctx.sentence() for w in words):
        return None
    assert later.period is not None and earlier.period is not None
    a, b = later.period, earlier.period
    if a.end is None or b.end is None or (a.end.month, a.end.day) != (b.end.month, b.end.day):
        return None
    years = a.end.year - b.end.year
    return years if years > 1 else None


def check_rate_difference(ctx: CheckContext) -> Verdict:
    """A change against the two figures stated beside it: their difference (in pp for rates, in the unit for
    levels) or the later one's growth over the earlier one (later / earlier − 1) × 100."""
    found = rate_pair(ctx)
    if found is None:
        raise Unverifiable("the sentence does not state the two figures the change is between")
    first, second, how, kind = found
    claim = ctx.claim
    assert claim.value is not None and first.value is not None and second.value is not None
    hc, h1, h2 = _widths(ctx, (claim, first, second))
    if kind == "growth":
        if second.value - h2 <= 0:
            raise Unverifiable(f"the earlier figure ({second.text}) is not positive, so no growth rate is computed")
        years = compound_years(ctx, first, second)
        if years and first.value - h1 <= 0:
            raise Unverifiable(f"the later figure ({first.text}) is not positive, so no compound rate is computed")
        root = Decimal(1) / years if years else Decimal(1)

        def grown(f: Decimal, e: Decimal) -> Decimal:
            return ((f / e) ** root - 1) * HUNDRED  # a compound rate a year (年均复合) over ``years`` years

        corners = [
            grown(f, e) for f in (first.value - h1, first.value + h1) for e in (second.value - h2, second.value + h2)
        ]
        computed = grown(first.value, second.value)
        agree = min(corners) - hc <= claim.value <= max(corners) + hc
        formula = f"{first.text} / {second.text} − 1 = {plain_decimal(round(computed, 4))}%"
        if years:
            formula = f"({first.text} / {second.text}) ^ (1 / {years}) − 1 = {plain_decimal(round(computed, 4))}%"
    else:
        computed = first.value - second.value
        agree = abs(computed - claim.value) <= hc + h1 + h2
        formula = f"{first.text} − {second.text} = {plain_decimal(computed)}" + (
            " percentage points" if kind == "points" else ""
        )
    method = f"the text's own figures ({how}): {formula} against the stated {claim.text}"
    return text_verdict(
        ctx,
        "text_difference" if kind != "growth" else "text_growth",
        agree,
        computed,
        method,
        (first, second),
        "the two figures stated beside the change do not bear it out, and the text does not say which is off, so "
        "none is called wrong",
    )


def check_level_change_pct(ctx: CheckContext) -> Verdict:
    """A level, its change and its % change stated together: % = change / (level − change) × 100."""
    found = level_change_pct(ctx)
    if found is None:
        raise Unverifiable("the sentence does not state the level, its change and its % change together")
    level, change, pct = found
    identity = pct_identity(ctx.claim, level, change, pct, _widths(ctx, found))
    if identity is None:
        raise Unverifiable("the stated change is not below the level, so there is no base to compute a % on")
    low, high = (plain_decimal(round(v, 4)) for v in identity.pct_range)
    method = (
        f"the text's own figures: base = level − change = {level.text} − {change.text} = "
        f"{plain_decimal(identity.base)}, % change = change / base = {plain_decimal(round(identity.pct, 4))}% (between "
        f"{low}% and {high}% as written) against the stated {pct.text}"
    )
    return text_verdict(
        ctx,
        "text_level_change",
        identity.agree,
        identity.shown,
        method,
        found,
        "the level, change and % change stated together do not agree, and the text does not say which is off, so "
        "none is called wrong",
    )


def sum_verdict(
    ctx: CheckContext, total: Claim, parts: list[Claim], checker: str, where: str, inconsistent: str
) -> Verdict:
    """The parts' sum against the total, each figure as its digits allow; a part's computed value is what the total
    leaves for it once the other parts are taken out."""
    assert total.value is not None
    widths = _widths(ctx, (total, *parts))
    computed = sum((p.value for p in parts if p.value is not None), Decimal(0))
    agree = abs(computed - total.value) <= sum(widths, Decimal(0))
    method = (
        f"the text's own figures: the parts listed {where}, "
        + " + ".join(p.text for p in parts)
        + f" = {plain_decimal(computed)}, against the stated total {total.text}"
    )
    if ctx.claim is total:
        return text_verdict(ctx, checker, agree, computed, method, parts, inconsistent)
    shown = total.value - (computed - (ctx.claim.value or 0))
    return text_verdict(ctx, checker, agree, shown, method, [*parts, total], inconsistent)


def check_total_parts(ctx: CheckContext) -> Verdict:
    """A total against the sum of the parts listed after 其中."""
    found = total_parts(ctx)
    if found is None:
        raise Unverifiable("the sentence does not list the parts of this figure after 其中")
    return sum_verdict(
        ctx,
        *found,
        "text_parts",
        "after 其中",
        "the parts listed after 其中 do not add up to the total, and they need not be all of it, so nothing is "
        "called wrong",
    )


def check_total_after_parts(ctx: CheckContext) -> Verdict:
    """A total named as the sum of the figures listed before it (累计, 合计), or one of those parts: the parts' sum
    against the total."""
    found = total_after_parts(ctx)
    if found is None:
        raise Unverifiable("the sentence does not list this figure's parts before a total")
    return sum_verdict(
        ctx,
        *found,
        "text_sum",
        "before the total named as their sum",
        "the parts listed before the total do not add up to it, and the text does not say which is off, so nothing "
        "is called wrong",
    )


def check_part_shares(ctx: CheckContext) -> Verdict:
    """A share of a whole whose parts the sentence lists, each with its amount and share: when the stated shares
    sum to 100 (within their digits) the parts are the whole, and the share is the part over their sum."""
    found = part_shares(ctx)
    if found is None:
        raise Unverifiable("the sentence does not state each part's amount and share")
    shares, amounts = found
    share_widths = _widths(ctx, shares)
    amount_widths = _widths(ctx, amounts)
    stated_sum = sum((c.value for c in shares if c.value is not None), Decimal(0))
    if abs(stated_sum - HUNDRED) > sum(share_widths, Decimal(0)):
        raise Unverifiable(
            f"the stated shares sum to {plain_decimal(stated_sum)}%, so the parts are not all of the whole"
        )
    i = next(i for i, c in enumerate(shares) if c.id == ctx.claim.id)
    part, width = amounts[i], amount_widths[i]
    assert part.value is not None and ctx.claim.value is not None
    whole = sum((c.value for c in amounts if c.value is not None), Decimal(0))
    rest, rest_width = whole - part.value, sum(amount_widths, Decimal(0)) - width
    corners = [
        p / (p + r) * HUNDRED
        for p in (part.value - width, part.value + width)
        for r in (rest - rest_width, rest + rest_width)
        if p + r > 0
    ]
    if not corners:
        raise Unverifiable("the parts stated do not sum to a positive whole")
    computed = part.value / whole * HUNDRED
    agree = min(corners) - share_widths[i] <= ctx.claim.value <= max(corners) + share_widths[i]
    method = (
        f"the text's own figures: the parts' shares sum to {plain_decimal(stated_sum)}%, so the whole is the parts' "
        f"sum {' + '.join(c.text for c in amounts)}, {part.text} / whole = {plain_decimal(round(computed, 4))}% "
        f"against the stated {ctx.claim.text}"
    )
    return text_verdict(
        ctx,
        "text_shares",
        agree,
        computed,
        method,
        [*amounts, *shares],
        "the parts' amounts and shares stated together do not agree, and the text does not say which is off, so "
        "none is called wrong",
    )


#: (finder, checker), tried in turn for a claim the store cannot check
IN_SENTENCE: tuple[tuple[Callable[[CheckContext], object | None], Callable[[CheckContext], Verdict]], ...] = (
    (rate_pair, check_rate_difference),
    (level_change_pct, check_level_change_pct),
    (total_parts, check_total_parts),
    (total_after_parts, check_total_after_parts),
    (part_shares, check_part_shares),
)


def check_in_sentence(ctx: CheckContext) -> Verdict | None:
    """The first of the in-sentence identities that binds the claim, or None when none does (or its figures
    are bounds)."""
    for find, check in IN_SENTENCE:
        if find(ctx) is None:
            continue
        try:
            return check(ctx)
        except (Unverifiable, ArithmeticError):  # a figure the arithmetic cannot take (a zero base): no verdict
            continue
    return None
