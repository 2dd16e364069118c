"""Verify stage: check claims against market data and the document's own arithmetic.

``verify(result, store)`` gives one Verdict per checkable claim; ``open_store()`` opens (and on first
creation seeds) the market data store; ``summarize(verdicts)`` counts them by status.

Before any checker runs, a claim that cannot be checked says why: a forecast, a figure read during the
session (never the close or the session's change), a period that cannot be real, a figure the text
computes from figures it does not state, a period that is not the span the checker's method covers
(a one-session check never judges a figure over several days). After it runs, a contradiction stands
only when the claim is certain (subject, metric and period all decided surely); otherwise the verdict
is unverifiable and says what was unsure.
"""

from __future__ import annotations

from analyzer.errors import MarketDataError
from analyzer.extract.numbers import plain_decimal
from analyzer.gcpause import paused_gc
from analyzer.instruments import default_registry
from analyzer.normalize.convert import both_scripts
from analyzer.types import DocumentResult, Verdict, VerdictStatus
from analyzer.verify import checkers  # noqa: F401 - importing registers every checker
from analyzer.verify.certainty import is_certain, why_uncertain
from analyzer.verify.checkers.adjacent_total import check_adjacent_total
from analyzer.verify.checkers.arithmetic import BY_KIND, arithmetic_kind, upside_in_sentence
from analyzer.verify.checkers.day_bars import DAY_RANGE, check_day_range, is_day_range, read_on_day_bars
from analyzer.verify.checkers.flow_change import CHECKER as FLOW_CHANGE
from analyzer.verify.checkers.flow_change import check_flow_change, flow_beside
from analyzer.verify.checkers.pe_price import check_pe_price
from analyzer.verify.checkers.restated import share_restated
from analyzer.verify.checkers.session_pair import check_session_pair, session_pair
from analyzer.verify.checkers.session_text import NO_DATA, check_session_text, session_triple
from analyzer.verify.checkers.share_of_whole import check_stated_whole
from analyzer.verify.checkers.share_ratio import check_share_whole
from analyzer.verify.checkers.text_bound import check_bound_by_neighbour
from analyzer.verify.checkers.text_figures import check_in_sentence
from analyzer.verify.readings import readings
from analyzer.verify.registry import (
    CHECKERS,
    INTRADAY_CHECKERS,
    POINT_CHECKERS,
    CheckContext,
    DocIndex,
    Unverifiable,
    made_unverifiable,
    register_checker,
    span_mismatch,
    unverifiable,
)
from analyzer.verify.seed import default_store_path, open_store
from analyzer.verify.store import STORE_FAILURES, MarketStore
from analyzer.verify.summary import VerdictCounts, summarize
from analyzer.verify.tolerance import VerifyOptions
from analyzer.verify.words import intraday_reason, unchecked_reason
from analyzer.verify.years import carried_year

#: metrics that are labels, not figures: no verdict at all
NOT_CHECKED = frozenset({"risk_rating", "fund_code"})
FORECAST_REASON = "a forecast; not checked against history"

__all__ = [
    "CHECKERS",
    "NOT_CHECKED",
    "CheckContext",
    "MarketStore",
    "VerdictCounts",
    "VerifyOptions",
    "default_store_path",
    "is_certain",
    "open_store",
    "register_checker",
    "summarize",
    "verify",
]


#: units of a change of a rate (quantities.yaml): never compared with a computed percent change
POINT_UNITS = {"pp": "percentage points", "bp": "basis points"}


def _precheck(ctx: CheckContext) -> Unverifiable | None:
    """Why a claim is not checked at all, before any checker: forecast, impossible period."""
    claim = ctx.claim
    if claim.forecast:
        return Unverifiable(FORECAST_REASON, method="none", cause="forecast")
    if claim.intraday and claim.metric not in INTRADAY_CHECKERS and not read_on_day_bars(ctx):
        # read during the session (一度跌3%, 半日跌69点, 盘中报): never compared with a close or a session's change
        # (a change at the open and the day's range are read on the day's open, high and low: checkers/day_bars.py)
        return Unverifiable(intraday_reason(claim.metric), method="none", cause="intraday")
    if claim.unit in POINT_UNITS and claim.metric not in POINT_CHECKERS:
        # a change of a rate (0.8个百分点, 12bp) is not the percent change the checkers compute
        return Unverifiable(
            f"stated in {POINT_UNITS[claim.unit]} (a change of a rate); the store holds no rate series to check it",
            method="none",
            cause="rate_change",
        )
    if claim.period is not None and claim.period.invalid:
        return Unverifiable(
            f"the date «{claim.period.text}» cannot be real ({claim.period.invalid}), so there is no period to check",
            method="none",
            cause="invalid_period",
        )
    return None


def _gate(ctx: CheckContext, verdict: Verdict) -> Verdict:
    """A contradiction of an uncertain claim becomes unverifiable, saying what was unsure; so does one
    computed on a stand-in's data (a fund's figure on the index it tracks)."""
    if verdict.status is not VerdictStatus.CONTRADICTED:
        return verdict
    if ctx.substituted is not None:
        computed = plain_decimal(verdict.computed) if verdict.computed is not None else "another value"
        reason = f"{ctx.substituted} gives {computed}; " + (
            ctx.stand_in_why
            or f"the figure is about {ctx.claim.subject.alias if ctx.claim.subject else 'another subject'}, whose own "
            "data the store lacks, and a fund differs from its index (fees, tracking error), so this is not a "
            "contradiction"
        )
        return made_unverifiable(verdict, reason, "stand_in")
    elsewhere = _another_economy(ctx)
    if elsewhere is not None:
        computed = plain_decimal(verdict.computed) if verdict.computed is not None else "another value"
        return made_unverifiable(
            verdict,
            f"the data give {computed}, but 「{ctx.claim.subject.alias if ctx.claim.subject else ''}」 "
            f"names {ctx.claim.subject.id if ctx.claim.subject else ''} only by default and the document is "
            f"about another economy (「{elsewhere}」), so it is not called wrong",
        )
    # the text's own arithmetic uses no period; a check on data does
    carried = carried_year(ctx.claim, ctx.as_of) if verdict.checker not in BY_KIND else None
    if carried is not None:
        return made_unverifiable(verdict, carried)
    if is_certain(ctx.claim):
        return verdict
    computed = plain_decimal(verdict.computed) if verdict.computed is not None else "another value"
    reason = (
        f"the data give {computed}, not the stated figure, but the claim is not certain enough to call it "
        f"wrong: {why_uncertain(ctx.claim)}"
    )
    return made_unverifiable(verdict, reason)


def _another_economy(ctx: CheckContext) -> str | None:
    """The word showing the document is about another economy (主計總處, 本港) when the claim's subject is a
    series the registry names only by default (a bare CPI, GDP, PMI is China's): Taiwan's or Hong Kong's
    CPI read as China's must never be called wrong (checks.yaml: other_economies)."""
    subject = ctx.claim.subject
    if subject is None or subject.id is None:
        return None
    inst = default_registry().get(subject.id)
    if inst is None or not inst.assumed or subject.alias not in both_scripts(inst.assumed):
        return None
    return next((w for w in both_scripts(readings().other_economies) if w in ctx.result.text), None)


#: the cause of an unverifiable verdict a checker returned (rather than raised) without naming one
_CHECKER_CAUSES = {
    "threshold": "intraday",
    "intraday_high": "intraday",
    "intraday_low": "intraday",
    "intraday_move": "intraday",
    "turnover": "uncertain",
}


def _with_cause(verdict: Verdict) -> Verdict:
    if verdict.status is not VerdictStatus.UNVERIFIABLE or verdict.cause is not None:
        return verdict
    return verdict.model_copy(update={"cause": _CHECKER_CAUSES.get(verdict.checker, "other")})


#: causes after which the sentence's own figures are tried (text_figures): the store could not speak to the
#: figure, or no checker reads its kind or period, or it is a forecast (the arithmetic holds between forecasts as
#: between reported figures); never after an intraday reading or an unsure one
IN_TEXT_AFTER = frozenset(
    {
        "no_series",
        "past_store",
        "no_observation",
        "no_checker",
        "rate_change",
        "period_mismatch",
        "no_subject",
        "no_period",
        "text_incomplete",
        "forecast",
    }
)


#: the text's own arithmetic, each tried (the first that binds the claim speaks, when none that binds it fails): the
#: in-sentence identities, parts of one whole by amount and share, a share of a whole stated before it, EPS and
#: multiples at one price, a total and its parts in adjacent sentences, and a figure an identity of its sentence used
IN_TEXT_CHECKS = (
    check_in_sentence,
    check_share_whole,
    check_stated_whole,
    check_pe_price,
    check_adjacent_total,
    check_bound_by_neighbour,
)


def _check(ctx: CheckContext) -> Verdict:
    verdict = _check_on_data(ctx)
    if verdict.status is VerdictStatus.UNVERIFIABLE and verdict.cause in IN_TEXT_AFTER:
        in_text = [v for check in IN_TEXT_CHECKS if (v := check(ctx)) is not None]
        # supported when the identities binding the claim hold, every one: the first speaks; one that fails (the
        # text's own inconsistency) leaves the claim as the data left it
        if in_text and all(v.status is VerdictStatus.SUPPORTED for v in in_text):
            return in_text[0]
    if verdict.status is not VerdictStatus.UNVERIFIABLE or verdict.cause not in NO_DATA:
        return verdict
    if session_triple(ctx) is not None:
        # no data for a close, change or % change stated with the other two: the text's own arithmetic
        try:
            return check_session_text(ctx)
        except Unverifiable:
            pass
    if session_pair(ctx) is not None:
        # a level and its move read during the session: bound to each other through the stored previous close
        try:
            pair = check_session_pair(ctx)
        except Unverifiable:
            return verdict
        if pair.status is VerdictStatus.UNVERIFIABLE:  # the first reason stays; the pair's method and data are added
            return pair.model_copy(
                update={"reason": "; ".join(r for r in (verdict.reason, pair.reason) if r), "cause": verdict.cause}
            )
        return pair
    return verdict


def _check_on_data(ctx: CheckContext) -> Verdict:
    claim = ctx.claim
    # the text's own arithmetic (upside from a target it states) is checkable even for a forecast
    kind = arithmetic_kind(claim, [c for r in claim.refs if (c := ctx.claim_by_id(r)) is not None])
    if kind is None and claim.metric == "upside" and upside_in_sentence(ctx) is not None:
        kind = "upside_sentence"  # the target and the price stated beside it, linked to nothing
    early = _precheck(ctx)
    in_text = kind is not None and not (claim.period and claim.period.invalid)
    if early is not None and not in_text:
        return unverifiable(ctx, "none", early)
    if kind is not None:
        checker, fn = kind, BY_KIND[kind]
    elif is_day_range(ctx):
        checker, fn = DAY_RANGE, check_day_range  # 高低波幅210点: the day's high less its low, whatever the metric read
    elif flow_beside(ctx) is not None:
        # a month flow's change on a year earlier stated beside the flow (同比少增): computed from its monthly series
        checker, fn = FLOW_CHANGE, check_flow_change
    elif claim.metric in CHECKERS:
        checker, fn = claim.metric, CHECKERS.get(claim.metric)
    else:
        no_checker = Unverifiable(unchecked_reason(claim.metric), method="none", cause="no_checker")
        return unverifiable(ctx, "none", no_checker)
    mismatch = span_mismatch(checker, claim)
    if mismatch is not None:
        return unverifiable(ctx, checker, Unverifiable(mismatch, method="none", cause="period_mismatch"))
    try:
        return _with_cause(_gate(ctx, fn(ctx)))
    except Unverifiable as exc:
        return unverifiable(ctx, checker, exc)
    except MarketDataError as exc:
        if exc.code in STORE_FAILURES:  # a damaged or unusable store is no "no data": never a quiet verdict
            raise
        return unverifiable(ctx, checker, Unverifiable(exc.one_line()))


def verify(result: DocumentResult, store: MarketStore | None, options: VerifyOptions | None = None) -> list[Verdict]:
    """One Verdict per checkable claim, in claim order (labels such as risk_rating and fund_code get none)."""
    options = options or VerifyOptions()
    verdicts: list[Verdict] = []
    with paused_gc():
        index = DocIndex(result)
        for claim in result.claims:
            if claim.metric in NOT_CHECKED or (claim.value is None and claim.label is not None):
                continue
            verdicts.append(_check(CheckContext(claim, result, store, options, index)))
    # a figure stated twice (a headline restating its body) is one figure: a supported statement's support is shared
    return share_restated(result, verdicts)
