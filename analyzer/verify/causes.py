"""Why a claim is unverifiable, as a small fixed set of causes a reader can act on.

Every unverifiable verdict carries one cause (``Verdict.cause``), set where the decision is made: a
precheck (forecast, intraday, a change of a rate, an impossible date), the dispatcher (no checker for
the kind of figure, a one-session method on a longer period), a checker (no series for the subject, the
period past the store's data, no observation that day, the text not stating what the figure is
computed from) or the certainty gate (the reading is unsure). ``check`` and ``batch`` total them so a
user sees what to fetch or import; the words for each cause are in ``corpora/messages/verify.yaml``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable
from typing import Literal, get_args

from analyzer.i18n import Lang, message
from analyzer.types import Claim, Verdict, VerdictStatus

Cause = Literal[
    "no_series",  # the store has no series for the subject (or not this field of it)
    "past_store",  # the store's series ends before (or starts after) the figure's period
    "no_observation",  # no value on the day or period asked (a holiday, a gap)
    "no_subject",  # the text does not say which index, fund or company
    "no_store",  # no market data at all for this run
    "no_checker",  # a kind of figure no checker covers
    "forecast",  # a forecast: never checked against history
    "intraday",  # read during the session: never a close or the session's change
    "rate_change",  # a change of a rate in pp or bp with no rate series
    "invalid_period",  # a date that cannot be real
    "no_period",  # the text gives no date or period for the figure
    "period_mismatch",  # the method's span is not the figure's period
    "uncertain",  # the data disagree but the reading (subject, metric, period) is not certain
    "stand_in",  # only a stand-in's data (a fund's index) were there
    "text_incomplete",  # in-text arithmetic whose inputs the text does not state
    "bound",  # a range or bound outside the computed value: never contradicted
    "providers_differ",  # off by no more than providers commonly differ by
    "other",
]
CAUSES: tuple[Cause, ...] = get_args(Cause)

#: causes a fetch (``check --fetch``) may cure: the series is missing or ends too early
FETCH_CURES: frozenset[Cause] = frozenset({"no_series", "past_store"})


def _code_kind(code: str, subject_kind: str | None) -> str | None:
    """The fetch kind of a bare security code, from the subject's kind and the code's shape (mainland
    ETFs are 51/56/58/15xxxx; stocks of 4–5 digits are Hong Kong's)."""
    if not code.isdigit():
        return None
    if subject_kind in ("stock", "company"):
        return "hk_stock" if len(code) <= 5 else "a_share"
    if subject_kind == "fund":
        return "etf" if code.startswith(("51", "56", "58", "15")) else "fund"
    return None


def fetchable(missing_series: str | None, subject_kind: str | None = None) -> bool:
    """Whether the fetcher knows an AKShare source for a missing ``'instrument field'``: a registry id
    mapped in ``fetch.yaml``, or a security code whose kind (``subject_kind``: stock, fund) maps the field."""
    if not missing_series:
        return False
    from analyzer.errors import MarketDataError
    from analyzer.verify.fetch import resolve

    instrument, _, field_name = missing_series.partition(" ")
    try:
        resolve(instrument, field_name, _code_kind(instrument, subject_kind))  # type: ignore[arg-type]
    except MarketDataError:
        return False
    return True


def cause_line(verdicts: Iterable[Verdict], lang: Lang = "en") -> str | None:
    """'unverifiable by cause: no series in the store 3, forecast 2' (most first), or None when none is."""
    counts = by_cause(verdicts)
    if not counts:
        return None
    sep = ", " if lang == "en" else "，"
    parts = sep.join(f"{message('cause.' + c, lang)} {n}" for c, n in sorted(counts.items(), key=lambda kv: -kv[1]))
    return message("totals.by_cause", lang, causes=parts)


def by_cause(verdicts: Iterable[Verdict]) -> Counter[str]:
    """How many unverifiable verdicts have each cause (verdicts made before causes existed count as other)."""
    return Counter(v.cause or "other" for v in verdicts if v.status is VerdictStatus.UNVERIFIABLE)


def fetchable_subjects(verdicts: Iterable[Verdict], claims: dict[str, Claim]) -> list[str]:
    """The subjects (as written) of claims unverifiable for want of a series that a fetch could bring,
    each once, in order."""
    seen: dict[str, None] = {}
    for v in verdicts:
        if v.status is not VerdictStatus.UNVERIFIABLE or v.cause not in FETCH_CURES:
            continue
        claim = claims.get(v.claim_id)
        if not fetchable(v.missing_series, claim.subject.kind if claim is not None and claim.subject else None):
            continue
        seen.setdefault(claim.subject.alias if claim is not None and claim.subject else str(v.missing_series), None)
    return list(seen)
