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
from collections.abc import Iterable, Mapping
from typing import Literal, get_args

from analyzer.i18n import Lang, message
from analyzer.types import Claim, SubjectRef, Verdict, VerdictStatus

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
    "text_inconsistent",  # figures stated together that do not agree (close, change, %): none is called wrong
    "not_crossed",  # a level neared, denied or feared (逼近, 未突破, 若跌破): the text states no crossing to check
    "other",
]
CAUSES: tuple[Cause, ...] = get_args(Cause)

#: causes a fetch (``check --fetch``) may cure: the series is missing or ends too early
FETCH_CURES: frozenset[Cause] = frozenset({"no_series", "past_store"})


def fetchable(missing_series: str | None, subject: SubjectRef | None = None) -> bool:
    """Whether ``check --fetch`` knows an AKShare call for a missing ``'instrument field'``: the fetch
    planner's own answer (:func:`analyzer.verify.autofetch.spec_for`: a registry id mapped in
    ``fetch.yaml``, or the subject's security code by its kind)."""
    if not missing_series:
        return False
    from analyzer.verify.autofetch import spec_for

    instrument, _, field_name = missing_series.partition(" ")
    stand_in = SubjectRef(id=None, alias=instrument, kind="")  # no code: only registry targets can match
    return spec_for(subject or stand_in, instrument, field_name) is not None


def cause_line(verdicts: Iterable[Verdict], lang: Lang = "en") -> str | None:
    """'unverifiable by cause: no series in the store 3, forecast 2' (most first), or None when none is."""
    return counts_line(by_cause(verdicts), lang)


def counts_line(counts: Mapping[str, int], lang: Lang = "en") -> str | None:
    """:func:`cause_line` from counts already made (a batch totals its documents' counts)."""
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
        if not fetchable(v.missing_series, claim.subject if claim is not None else None):
            continue
        seen.setdefault(claim.subject.alias if claim is not None and claim.subject else str(v.missing_series), None)
    return list(seen)
