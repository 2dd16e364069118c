"""Two figures read at one moment of the session (a level, its change, its % change) checked against each other
through the store's previous close (no midday or opening data needed).

Reports give an index's midday or opening level with its move so far (半日報3539點，升幅逾2.6%; 至9時8分，加權指數上漲
216點，至21201點), or the move twice, in points and in % (至此沪指大涨了42点，涨幅为1.33%). The store holds no figure
read during the session, but it holds the previous session's close, and the move so far is measured from it by
definition: change = level − previous close, % = change / previous close × 100. So two such figures bind each
other through that one stored close: each is read as the interval its written digits allow
(session_text.half_width), and the pair agrees when what the other figure implies overlaps the stated one (a
bound such as 逾 is one-sided). Agreement supports the figure, saying it rests on the text's other figure and the
stored close; a disagreement is never a contradiction (which of the two figures is off, or whether the report's
provider closed the day before differently, the text does not say). A forward-adjusted close is no previous close
of a traded level, so only plain closes are used.
"""

from __future__ import annotations

from decimal import Decimal

from analyzer.extract.numbers import plain_decimal
from analyzer.types import Claim, Verdict, VerdictStatus
from analyzer.verify.checkers.session import Bars, closes, session_day
from analyzer.verify.checkers.session_text import (
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


def _kind(claim: Claim) -> str:
    return "level" if claim.metric in LEVEL_METRICS else "pct" if claim.metric in PCT_METRICS else "change"


def session_pair(ctx: CheckContext) -> tuple[Claim, Claim] | None:
    """(the other figure, the claim) read at one moment during the session for the claim's subject in its
    sentence: a level, a change or a % change, the claim the only one of its kind and the other the only one of
    its kind written as a number (not a bound), a level preferred; a level and a change in one unit and
    currency. None otherwise (and when the sentence states all three, which bind one another without the store:
    session_text)."""
    claim = ctx.claim
    if not (claim.intraday or claim.metric in SESSION_LEVELS) or claim.forecast:
        return None
    same = moment_figures(ctx)
    if same is None or session_triple(ctx) is not None:
        return None
    by_kind: dict[str, list[Claim]] = {"level": [], "change": [], "pct": []}
    for c in same:
        by_kind[_kind(c)].append(c)
    own = _kind(claim)
    if len(by_kind[own]) != 1:
        return None
    for kind in ("level", "change", "pct"):
        found = by_kind[kind]
        if kind == own or not found:
            continue
        if len(found) != 1 or half_width(ctx, found[0]) is None:
            return None
        other = found[0]
        pair = {own: claim, kind: other}
        level, change = pair.get("level"), pair.get("change")
        if level is not None and change is not None and (level.unit, level.currency) != (change.unit, change.currency):
            return None
        if "pct" in pair and pair["pct"].unit != "%":
            return None
        return other, claim
    return None


def _interval(ctx: CheckContext, claim: Claim) -> tuple[Decimal, Decimal]:
    width = half_width(ctx, claim)
    assert claim.value is not None and width is not None
    return claim.value - width, claim.value + width


def _to_level(kind: str, value: Decimal, prev: Decimal) -> Decimal:
    """The level a figure of ``kind`` implies given the previous close (each map is increasing)."""
    return value if kind == "level" else prev + value if kind == "change" else prev * (1 + value / HUNDRED)


def _from_level(kind: str, level: Decimal, prev: Decimal) -> Decimal:
    """The figure of ``kind`` a level implies given the previous close (each map is increasing)."""
    return level if kind == "level" else level - prev if kind == "change" else (level / prev - 1) * HUNDRED


#: how each pair is bound through the previous close, in words
_FORMULAS = {
    frozenset({"level", "change"}): "change = level − previous close",
    frozenset({"level", "pct"}): "% = (level / previous close − 1) × 100",
    frozenset({"change", "pct"}): "% = change / previous close × 100",
}


def check_session_pair(ctx: CheckContext) -> Verdict:
    """Supported when two figures read at one moment of the session (a level, its change, its % change) agree
    through the store's previous close; never contradicted."""
    found = session_pair(ctx)
    if found is None:
        raise Unverifiable("the sentence does not state two figures of one moment of the session to bind")
    other, claim = found
    day = session_day(ctx)
    mine, theirs = _kind(claim), _kind(other)
    formula = _FORMULAS[frozenset({mine, theirs})]
    method = f"the previous close from the store and the figure stated beside it: {formula}"

    def on(series: Series) -> Verdict:
        if series.field != "close":
            raise Unverifiable(f"{series.title} holds adjusted closes, which are no previous close of a traded level")
        bars = Bars(ctx, series, day)
        prev_day, prev = bars.previous_close()
        if prev <= 0:
            raise Unverifiable(f"{series.title}: the previous close {plain_decimal(prev)} is not positive")
        assert other.value is not None
        low, high = (_from_level(mine, _to_level(theirs, v, prev), prev) for v in _interval(ctx, other))
        if mine == "level":
            stated_low, stated_high = _interval(ctx, claim)
        else:
            s_low, s_high = ctx.stated_range()
            width = half_width(ctx, claim) or Decimal(0)
            stated_low, stated_high = s_low - width, s_high + width
        agree = low <= stated_high and stated_low <= high
        implied = _from_level(mine, _to_level(theirs, other.value, prev), prev)
        how = (
            f"{series.title}: previous close {prev_day} {plain_decimal(prev)}; {formula}: {other.text} gives "
            f"{plain_decimal(round(implied, 4))}{'%' if mine == 'pct' else ''} against the stated {claim.text}"
        )
        return Verdict(
            claim_id=ctx.claim.id,
            status=VerdictStatus.SUPPORTED if agree else VerdictStatus.UNVERIFIABLE,
            cause=None if agree else "intraday",
            checker="session_pair",
            expected=ctx.claim.value,
            computed=round(implied, 4),
            tolerance=ctx.tolerance(),
            method=how,
            reason=(
                "no data read during the session; the two figures stated together agree through the previous close"
                if agree
                else "the two figures stated together do not agree through the store's previous close; a figure "
                "read during the session is not called wrong (which figure is off, or whether the report's provider "
                "closed the day before differently, the text does not say)"
            ),
            data=[*bars.data, *(f"{c.id} {c.text} = {plain_decimal(c.value)}" for c in (other, claim))],
        )

    return across_providers(ctx, closes(ctx, method), on, method)
