"""A session's close (or a level read during it), its change and its % change stated together, checked against
one another (no data).

Reports write a stock's or an index's day as three figures (台積電收795元，漲13元，漲幅1.66%; 鴻海大漲12元或
8.33%，以156元作收). They are bound by one identity: the previous close is the close minus the change, and
the % change is the change over it. When the store has no series for the subject (or not for that day),
the three figures are checked against each other instead: each is read as the interval its written digits
allow (half a unit of its last digit; a whole unit for figures written with their decimals cut, checks.yaml
``truncated_units``; 约 widens it as everywhere), and they agree when the % the close and change allow
overlaps the stated %. Agreement supports each of the three, saying it is the text's own arithmetic; a
disagreement is never a contradiction (which of the three is off the text does not say).
"""

from __future__ import annotations

from collections.abc import Sequence
from decimal import Decimal
from typing import NamedTuple

from analyzer.extract.numbers import plain_decimal
from analyzer.types import Claim, Verdict, VerdictStatus
from analyzer.verify.certainty import UNCERTAIN
from analyzer.verify.readings import readings
from analyzer.verify.registry import CheckContext, Unverifiable
from analyzer.verify.tolerance import stated_unit
from analyzer.verify.words import qualifier_before, reasons

HUNDRED = Decimal(100)
CLOSE_METRICS = frozenset({"close"})
#: a level read during the session (中午收市報17110點, 競價時段報16246點): with the change and % since the previous
#: close written beside it, the same identity binds the three
SESSION_LEVELS = frozenset({"midday", "open", "intraday_level"})
#: a level the index passed on its way (升至18606點), not one read at a named moment (midday, the open)
PASSING_LEVELS = frozenset({"intraday_level"})
CHANGE_METRICS = frozenset({"change_amount", "change_points"})
PCT_METRICS = frozenset({"change_pct"})
SESSION_METRICS = CLOSE_METRICS | SESSION_LEVELS | CHANGE_METRICS | PCT_METRICS
#: causes after which the text's own three figures are tried: the store could not speak to the figure (a figure
#: read during the session is never compared with a close, but its own three figures still bind one another)
NO_DATA = frozenset({"no_series", "past_store", "no_observation", "no_checker", "intraday"})


def half_width(ctx: CheckContext, claim: Claim) -> Decimal | None:
    """Half the interval the written figure allows, or None when it is a bound (逾, 不足) or no number."""
    assert ctx.index is not None and claim.value is not None
    q = qualifier_before(ctx.result.text, claim.span.start, claim.sentence.start)
    if q is not None and q[0] in ("at_least", "at_most"):
        return None
    unit = stated_unit(claim, ctx.index.mentions.get(claim.mention_id))
    cut = claim.unit in readings().truncated_units
    half = unit if cut else unit / 2  # 16224點 for 16224.71: the decimals dropped, not rounded
    if q is not None and q[0] == "approximate":
        half += abs(claim.value) * reasons().approximate_relative
    return half


def _during(claim: Claim) -> bool:
    """Whether the figure was read during the session (a midday or opening level, a change so far), not at the close."""
    return claim.intraday or claim.metric in SESSION_LEVELS


def period_span(claim: Claim) -> tuple[object, object] | None:
    """(start, end) of the claim's period, to tell figures of one period (None when it has none)."""
    return (claim.period.start, claim.period.end) if claim.period is not None else None


def moment_figures(ctx: CheckContext) -> list[Claim] | None:
    """The level, change and % figures of the claim's subject in its sentence read at the claim's own moment (the
    close, or the moment a midday or opening level was read), the claim among them; None when the claim is no
    such figure."""
    assert ctx.index is not None
    claim = ctx.claim
    if claim.subject is None or claim.metric not in SESSION_METRICS or claim.value is None:
        return None
    key = claim.subject.id or claim.subject.alias
    during = _during(claim)
    # only the figures of the claim's own moment: a stock's opening level and change (開盤漲13元以852元開出) are
    # not the close's (收在841元，上漲2元，漲幅0.24%) stated later in the sentence
    same = [
        c
        for c in ctx.index.by_sentence.get(claim.sentence.start, ())
        if c.subject is not None
        and (c.subject.id or c.subject.alias) == key
        and c.metric in SESSION_METRICS
        and c.value is not None
        and period_span(c) == period_span(claim)
        and _during(c) == during
    ]
    levels = [c for c in same if c.metric in CLOSE_METRICS | SESSION_LEVELS]
    fixed = [c for c in levels if c.metric not in PASSING_LEVELS]
    if len(levels) > 1 and len(fixed) == 1:
        # a level passed on the way (升至18606點) beside the one read at a named moment (中午收市報18410點): the
        # change and % beside them are the named moment's
        same = [c for c in same if c.metric not in PASSING_LEVELS]
        levels = fixed
    cued = [c for c in levels if not c.decided_by.get("metric", "").startswith(UNCERTAIN)]
    if len(levels) > 1 and len(cued) == 1:
        # one level read by its own cue (收在783元) and another only carried as a level from the list before it
        # (站回5日均線766.6元之上): the change and % beside them are the cued level's
        same = [c for c in same if c not in levels or c is cued[0]]
    return same if any(c.id == claim.id for c in same) else None


def session_triple(ctx: CheckContext) -> tuple[Claim, Claim, Claim] | None:
    """(level, change, % change) of the claim's subject in its sentence, the claim one of them: exactly one of
    each read at the claim's own moment (:func:`moment_figures`), none a forecast, the level and the change in
    one unit and currency; None otherwise."""
    same = moment_figures(ctx)
    if same is None:
        return None
    picked: list[Claim] = []
    for metrics in (CLOSE_METRICS | SESSION_LEVELS, CHANGE_METRICS, PCT_METRICS):
        found = [c for c in same if c.metric in metrics]
        if len(found) != 1 or found[0].forecast:
            return None
        picked.append(found[0])
    close, change, pct = picked
    if (close.unit, close.currency) != (change.unit, change.currency) or pct.unit != "%":
        return None
    return close, change, pct


def implied_pct(close: tuple[Decimal, Decimal], change: tuple[Decimal, Decimal]) -> tuple[Decimal, Decimal] | None:
    """The range of change / (level − change) × 100 over the level's and the change's intervals (monotone in
    each, so its corners bound it); None when a base (the level before the change) at or below zero is possible."""
    values = []
    for c in close:
        for d in change:
            prev = c - d
            if prev <= 0:
                return None
            values.append(d / prev * HUNDRED)
    return min(values), max(values)


class PctIdentity(NamedTuple):
    """What a level, its change and its % change stated together say of one another."""

    #: the level before the change: level − change
    base: Decimal
    #: the % the level and the change give: change / base × 100
    pct: Decimal
    #: (low, high) of that % over the intervals the written digits allow
    pct_range: tuple[Decimal, Decimal]
    #: the claim's value as the other two imply it
    shown: Decimal
    #: whether the stated % falls in the range (each figure within its half width)
    agree: bool


def pct_identity(
    claim: Claim, level: Claim, change: Claim, pct: Claim, widths: Sequence[Decimal]
) -> PctIdentity | None:
    """The identity % = change / (level − change) × 100 among three figures stated together, ``claim`` one of
    them, each read as its value ± its half width (``widths``, in the order level, change, %); None when a base at
    or below zero is possible."""
    assert level.value is not None and change.value is not None and pct.value is not None
    hl, hd, hp = widths
    implied = implied_pct((level.value - hl, level.value + hl), (change.value - hd, change.value + hd))
    if implied is None:
        return None
    base = level.value - change.value
    at = change.value / base * HUNDRED
    if claim.id == pct.id:
        shown = at
    elif claim.id == change.id and pct.value != -HUNDRED:
        shown = level.value - level.value / (1 + pct.value / HUNDRED)  # the change the level and the % imply
    elif claim.id == level.id and pct.value != 0:
        shown = change.value * (1 + HUNDRED / pct.value)  # the level the change and the % imply
    else:
        shown = claim.value or Decimal(0)
    agree = implied[0] <= pct.value + hp and pct.value - hp <= implied[1]
    return PctIdentity(base, at, implied, shown, agree)


def check_session_text(ctx: CheckContext) -> Verdict:
    """Supported when the sentence's close, change and % change of the subject agree (previous close =
    close − change; % = change / previous close); a disagreement is unverifiable, never contradicted."""
    found = session_triple(ctx)
    if found is None:
        raise Unverifiable("the sentence does not state the close, the change and the % change together")
    close, change, pct = found
    widths = [half_width(ctx, c) for c in found]
    if any(w is None for w in widths):
        raise Unverifiable("one of the close, change and % change is a bound (逾, 不足), so they bind nothing")
    identity = pct_identity(ctx.claim, close, change, pct, [w for w in widths if w is not None])
    if identity is None:
        raise Unverifiable("the stated change is not below the close, so there is no previous close")
    low, high, at = (plain_decimal(round(v, 4)) for v in (*identity.pct_range, identity.pct))
    method = (
        f"the text's own figures: previous close = close − change = {close.text} − {change.text} = "
        f"{plain_decimal(identity.base)}; % change = change / previous close = {at}% (between {low}% and {high}% as "
        f"written) against the stated {pct.text}"
    )
    data = [f"{c.id} {c.text} = {plain_decimal(c.value)}" for c in found if c.value is not None]
    agree = identity.agree
    return Verdict(
        claim_id=ctx.claim.id,
        status=VerdictStatus.SUPPORTED if agree else VerdictStatus.UNVERIFIABLE,
        cause=None if agree else "text_inconsistent",
        checker="session_text",
        expected=ctx.claim.value,
        computed=round(identity.shown, 4),
        tolerance=ctx.tolerance(),
        method=method,
        reason=(
            "no market data for it; the level, change and % change stated together agree with each other"
            if agree
            else "the level, change and % change stated together do not agree, and the text does not say which "
            "is off, so none is called wrong"
        ),
        data=data,
    )
