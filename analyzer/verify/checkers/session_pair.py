"""A level read during the session and its change (or % change) stated beside it, checked through the store's
previous close (no midday or opening data needed).

Reports give an index's midday or opening level with its move so far (半日報3539點，升幅逾2.6%; 至9時8分，加權指數上漲
216點，至21201點). The store holds no level read during the session, but it holds the previous session's close,
and the move so far is measured from it by definition: change = level − previous close, % = change / previous
close. So the stated level and the stated move bind each other through that one stored close: each figure is
read as the interval its written digits allow (session_text.half_width), and the pair agrees when the move the
level implies overlaps the stated move (a bound such as 逾 is one-sided). Agreement supports the figure, saying
it rests on the text's other figure and the stored close; a disagreement is never a contradiction (which of
the two figures is off, or whether the report's provider closed the day before differently, the text does not
say). A forward-adjusted close is no previous close of a traded level, so only plain closes are used.
"""

from __future__ import annotations

from decimal import Decimal

from analyzer.extract.numbers import plain_decimal
from analyzer.types import Claim, Verdict, VerdictStatus
from analyzer.verify.checkers.session import Bars, _closes, _session_day
from analyzer.verify.checkers.session_text import (
    CHANGE_METRICS,
    CLOSE_METRICS,
    PCT_METRICS,
    SESSION_LEVELS,
    half_width,
    moment_figures,
    session_triple,
)
from analyzer.verify.registry import CheckContext, Unverifiable, across_providers
from analyzer.verify.series import Series

HUNDRED = Decimal(100)
LEVEL_METRICS = CLOSE_METRICS | SESSION_LEVELS
MOVE_METRICS = CHANGE_METRICS | PCT_METRICS


def session_pair(ctx: CheckContext) -> tuple[Claim, Claim] | None:
    """(level, move) read during the session for the claim's subject in its sentence, the claim one of the two:
    one level and, for a level claim, one move written as a number (not a bound) or, for a move claim, the one
    level; the level and a change in one unit and currency. None otherwise (and when the sentence states all
    three, which bind one another without the store: session_text)."""
    claim = ctx.claim
    if not (claim.intraday or claim.metric in SESSION_LEVELS) or claim.forecast:
        return None
    same = moment_figures(ctx)
    if same is None or session_triple(ctx) is not None:
        return None
    levels = [c for c in same if c.metric in LEVEL_METRICS]
    if len(levels) != 1:
        return None
    level = levels[0]
    if claim.id == level.id:
        moves = [c for c in same if c.metric in MOVE_METRICS and half_width(ctx, c) is not None]
        if len(moves) != 1:
            return None
        move = moves[0]
    else:
        kind = PCT_METRICS if claim.metric in PCT_METRICS else CHANGE_METRICS
        if sum(c.metric in kind for c in same) != 1 or half_width(ctx, level) is None:
            return None
        move = claim
    if move.metric in CHANGE_METRICS and (move.unit, move.currency) != (level.unit, level.currency):
        return None
    if move.metric in PCT_METRICS and move.unit != "%":
        return None
    return level, move


def _interval(ctx: CheckContext, claim: Claim) -> tuple[Decimal, Decimal]:
    width = half_width(ctx, claim)
    assert claim.value is not None and width is not None
    return claim.value - width, claim.value + width


def check_session_pair(ctx: CheckContext) -> Verdict:
    """Supported when the level and the move read at one moment of the session agree through the store's
    previous close (move = level − previous close, or that over the previous close × 100); never contradicted."""
    found = session_pair(ctx)
    if found is None:
        raise Unverifiable("the sentence does not state a level and its move read at one moment of the session")
    level, move = found
    day = _session_day(ctx)
    pct = move.metric in PCT_METRICS
    is_level = ctx.claim.id == level.id
    method = f"the previous close from the store and the {'move' if is_level else 'level'} stated beside it: " + (
        "% = (level / previous close − 1) × 100" if pct else "change = level − previous close"
    )

    def implied(prev: Decimal) -> tuple[Decimal, Decimal]:
        """What the other figure implies for the claim, as an interval over its written digits."""
        if is_level:
            lo, hi = _interval(ctx, move)
            return (prev * (1 + lo / HUNDRED), prev * (1 + hi / HUNDRED)) if pct else (prev + lo, prev + hi)
        lo, hi = _interval(ctx, level)
        return ((lo / prev - 1) * HUNDRED, (hi / prev - 1) * HUNDRED) if pct else (lo - prev, hi - prev)

    def on(series: Series) -> Verdict:
        if series.field != "close":
            raise Unverifiable(f"{series.title} holds adjusted closes, which are no previous close of a traded level")
        bars = Bars(ctx, series, day)
        prev_day, prev = bars.previous_close()
        if prev <= 0:
            raise Unverifiable(f"{series.title}: the previous close {plain_decimal(prev)} is not positive")
        low, high = implied(prev)
        if ctx.claim.id == level.id:
            stated_low, stated_high = _interval(ctx, level)
        else:
            s_low, s_high = ctx.stated_range()
            width = half_width(ctx, move) or Decimal(0)
            stated_low, stated_high = s_low - width, s_high + width
        agree = low <= stated_high and stated_low <= high
        middle = (low + high) / 2
        assert level.value is not None and move.value is not None
        moved = (level.value / prev - 1) * HUNDRED if pct else level.value - prev
        how = (
            f"{series.title}: previous close {prev_day} {plain_decimal(prev)}; level {level.text} gives a move of "
            f"{plain_decimal(round(moved, 4))}{'%' if pct else ''} against the stated {move.text}"
        )
        return Verdict(
            claim_id=ctx.claim.id,
            status=VerdictStatus.SUPPORTED if agree else VerdictStatus.UNVERIFIABLE,
            cause=None if agree else "intraday",
            checker="session_pair",
            expected=ctx.claim.value,
            computed=round(middle, 4),
            tolerance=ctx.tolerance(),
            method=how,
            reason=(
                "no data read during the session; the level and the move stated together agree through the "
                "previous close"
                if agree
                else "the level and the move stated together do not agree through the store's previous close; a "
                "figure read during the session is not called wrong (which figure is off, or whether the report's "
                "provider closed the day before differently, the text does not say)"
            ),
            data=[*bars.data, *(f"{c.id} {c.text} = {plain_decimal(c.value)}" for c in (level, move))],
        )

    return across_providers(ctx, _closes(ctx, method), on, method)
