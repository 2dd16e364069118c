"""What a session's open and range bars confirm: an opening level (以761元開出) against the day's open, a change
at the open (低開139點, 開盤上漲19元) as the open against the previous close, and the day's range (高低波幅210點,
振幅3.2%) as the high less the low (in %, over the previous close, as the exchanges compute 振幅).

The words that mark a change at the open or a range (checks.yaml ``at_open``, ``day_range``) are read just before
the figure, in its clause. Providers print an index's open differently (the auction's or the first trade's), and a
range written during the session may be the range so far, so a figure off these bars is supported when it agrees
and otherwise unverifiable with the bars' value, never contradicted; a provider holding closes only leaves the
figure to the others (and, when none holds the bar, to the text's own figures: session_text, session_pair).
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal

from analyzer.extract.numbers import plain_decimal
from analyzer.normalize.convert import both_scripts
from analyzer.types import Verdict, VerdictStatus
from analyzer.verify.checkers.session import CLAUSE_MARKS, Bars, closes, session_day
from analyzer.verify.readings import readings
from analyzer.verify.registry import (
    CheckContext,
    Unverifiable,
    across_providers,
    made_unverifiable,
    obs,
    register_checker,
)
from analyzer.verify.series import Series
from analyzer.verify.words import intraday_reason

HUNDRED = Decimal(100)
#: how many characters (a qualifier such as 逾, a verb such as 上漲) may stand between the word and the figure
WORD_REACH = 4
#: words just before a change that make it the gap at the open (低开102点), not the session's change, and how far
#: before the figure they are read
OPEN_CUES = ("低开", "高开", "低開", "高開", "开盘", "開盤", "开报", "開報")
CUE_WINDOW = 6
#: the change at the open: its checker's name (levels.session_change hands such a change to it)
OPEN_CHANGE = "open_change"
#: the metrics a change at the open is read as
OPEN_CHANGE_METRICS = frozenset({"change_points", "change_pct", "change_amount"})
#: the day's range: its checker's name (the verify stage routes a range to it), and the metrics a range is read as
DAY_RANGE = "day_range"
RANGE_METRICS = frozenset({"intraday_move", "change_points", "change_pct"})


def word_just_before(ctx: CheckContext, words: Iterable[str]) -> str | None:
    """The word of ``words`` (either script) ending at most WORD_REACH characters before the figure, in its clause,
    with no digit between them (低開139點, 波幅逾210點); None when there is none."""
    text = ctx.result.text
    start = ctx.claim.span.start
    before = text[max(ctx.claim.sentence.start, start - WORD_REACH - 6) : start]
    before = before[max(before.rfind(m) for m in CLAUSE_MARKS) + 1 :]
    for word in sorted(both_scripts(tuple(words)), key=len, reverse=True):
        at = before.rfind(word)
        if at < 0:
            continue
        gap = before[at + len(word) :]
        if len(gap) <= WORD_REACH and not any(ch.isdigit() for ch in gap):
            return word
    return None


def open_cue(ctx: CheckContext) -> str | None:
    """The opening-gap cue written just before the figure (低开102点), if any: the figure is the change at the open."""
    before = ctx.result.text[max(ctx.claim.sentence.start, ctx.claim.span.start - CUE_WINDOW) : ctx.claim.span.start]
    later = both_scripts(readings().after_open)
    for cue in OPEN_CUES:
        at = before.find(cue)
        # 低开高走涨超3%: a move after the open between the cue and the figure makes it the session's change
        if at >= 0 and not any(w in before[at + len(cue) :] for w in later):
            return cue
    return None


def at_the_open(ctx: CheckContext) -> bool:
    """Whether the claim is a session's change read at the open (低開139點, 開盤上漲19元)."""
    return ctx.claim.metric in OPEN_CHANGE_METRICS and ctx.claim.value is not None and open_cue(ctx) is not None


def is_day_range(ctx: CheckContext) -> bool:
    """Whether the figure is the day's range (高低波幅210點, 振幅3.2%): a range word just before it."""
    claim = ctx.claim
    return (
        claim.metric in RANGE_METRICS
        and claim.value is not None
        and word_just_before(ctx, readings().day_range) is not None
    )


def read_on_day_bars(ctx: CheckContext) -> bool:
    """Whether a figure read during the session is one these bars speak to (a change at the open, the day's
    range), so the verify stage does not stop it as intraday."""
    return at_the_open(ctx) or is_day_range(ctx)


def _bar(ctx: CheckContext, bars: Bars, name: str) -> Decimal:
    """The provider's ``name`` bar (open, high, low) that day, added to the bars' data; Unverifiable without it."""
    series = bars.series
    other = ctx.require_store().series(series.instrument, name, series.provider)
    value = other.on(bars.day) if other is not None else None
    if value is None:
        raise Unverifiable(
            f"{series.title}: the store holds no daily {name}s of this provider on {bars.day}",
            cause="no_series",
            missing=(series.instrument, name),
        )
    bars.data.append(obs(other, bars.day, value))  # type: ignore[arg-type]  # not None: it gave the value
    return value


def _never_wrong(verdict: Verdict, why: str, cause: str) -> Verdict:
    """A disagreement with these bars is unverifiable, saying why (the verdict keeps the bars' value)."""
    if verdict.status is not VerdictStatus.CONTRADICTED:
        return verdict
    shown = plain_decimal(verdict.computed) if verdict.computed is not None else "another value"
    return made_unverifiable(verdict, f"the bars give {shown}; {why}", cause)


OPEN_WHY = (
    "providers print an index's or a stock's open differently (the auction's or the first trade's), so it is not "
    "called wrong"
)
RANGE_WHY = "a range written during the session may be the range so far, so it is not called wrong"


@register_checker("open", span="session", intraday=True)
def check_open(ctx: CheckContext) -> Verdict:
    """An opening level (以761元開出, 開盤報16246點) against the day's open."""
    day = session_day(ctx)
    method = f"the day's open on {day}"

    def on(series: Series) -> Verdict:
        bars = Bars(ctx, series, day)
        value = _bar(ctx, bars, "open")
        verdict = ctx.judge("open", value, f"{series.title}: the open on {day}", data=bars.data)
        return _never_wrong(verdict, OPEN_WHY, "providers_differ")

    return across_providers(ctx, closes(ctx, method), on, method)


def check_open_change(ctx: CheckContext) -> Verdict:
    """A change at the open (低開139點, 開盤上漲19元, 高開0.8%): the day's open against the previous close, in the
    claim's unit (points or money: the difference; %: the ratio less one)."""
    day = session_day(ctx)
    pct = ctx.claim.unit == "%"
    method = f"the day's open against the previous close on {day}"

    def on(series: Series) -> Verdict:
        bars = Bars(ctx, series, day)
        value = _bar(ctx, bars, "open")
        prev_day, prev = bars.previous_close()
        computed = (value / prev - 1) * HUNDRED if pct else value - prev
        how = (
            f"{series.title}: {day} open {plain_decimal(value)} {'/' if pct else '−'} {prev_day} close "
            f"{plain_decimal(prev)}" + (" − 1" if pct else "")
        )
        verdict = ctx.judge(OPEN_CHANGE, computed, how, data=bars.data, points=bars.points)
        return _never_wrong(verdict, OPEN_WHY, "providers_differ")

    try:
        return across_providers(ctx, closes(ctx, method), on, method)
    except Unverifiable as exc:
        # no provider holds that day's open: the gap stays a figure of the session the closes cannot speak to
        raise Unverifiable(
            f"{intraday_reason(ctx.claim.metric)} (the day's open: {exc.reason})", method=method, cause="intraday"
        ) from None


@register_checker(DAY_RANGE, span="session", intraday=True)
def check_day_range(ctx: CheckContext) -> Verdict:
    """The day's range: the high less the low, in points (or money); in %, over the previous close (振幅)."""
    day = session_day(ctx)
    pct = ctx.claim.unit == "%"
    method = f"the day's high less its low on {day}"

    def on(series: Series) -> Verdict:
        bars = Bars(ctx, series, day)
        high, low = _bar(ctx, bars, "high"), _bar(ctx, bars, "low")
        if pct:
            prev_day, prev = bars.previous_close()
            computed = (high - low) / prev * HUNDRED
            how = (
                f"{series.title}: ({day} high {plain_decimal(high)} − low {plain_decimal(low)}) / {prev_day} close "
                f"{plain_decimal(prev)}"
            )
        else:
            computed = high - low
            how = f"{series.title}: {day} high {plain_decimal(high)} − low {plain_decimal(low)}"
        verdict = ctx.judge(DAY_RANGE, abs(computed), how, data=bars.data, points=bars.points)
        return _never_wrong(verdict, RANGE_WHY, "intraday")

    return across_providers(ctx, closes(ctx, method), on, method)
