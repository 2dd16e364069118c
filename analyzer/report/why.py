"""A verdict's short "why" for a table read at a glance, and the order a reader scans verdicts in.

The short why is built from the verdict's fields (status, cause, providers, missing series,
observations) and the claim's (subject, period, refs), never cut from the long reason: the method
and observations are for ``--explain``. Each kind of verdict offers forms from the richest to the
tersest (「hstech 2024-03-06→2025-03-06, 2 providers agree」 … 「2 providers agree」); the first that
fits the room wins, and only the tersest is ever clipped, at a word boundary (``clip_cells``).

Order: contradicted first (what is wrong), then supported, then unverifiable grouped by cause (in
the order of :data:`analyzer.verify.causes.CAUSES`), then claims not checked; the document's order
within each group.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from rich.cells import cell_len

from analyzer.i18n import Lang, message, shipped_catalogue
from analyzer.report.table import clip_cells, format_number, format_period
from analyzer.types import Claim, Verdict, VerdictStatus

#: the longest short why, in terminal cells (a Chinese character is two): about 40 characters of mixed
#: text; the issue's own example 「hstech 2024-03-06→2025-03-06, 2 providers agree」 is 47
WHY_MAX = 48
STATUS_RANK = {"contradicted": 0, "supported": 1, "unverifiable": 2, "not checked": 3}
_DATE = re.compile(r"\b\d{4}-\d{2}-\d{2}\b")


def status_key(status: str) -> str:
    """The catalogue key of a status word (``not checked`` → ``status.not_checked``)."""
    return "status." + status.replace(" ", "_")


def order_key(verdict: Verdict | None) -> tuple[int, int]:
    """Sort key of a claim by its verdict: status, then (unverifiable) cause."""
    if verdict is None:
        return STATUS_RANK["not checked"], 0
    # imported where a verdict is read, not with this module: ``analyzer.verify.causes`` runs the verify
    # package's ``__init__`` (every checker, pandas, exchange_calendars: ≈2 s of processor time), and the
    # command line imports this module for every command (``report`` → ``report.verdicts``); a verdict
    # exists only once verify has run, so here the import is a look-up
    from analyzer.verify.causes import CAUSES

    cause = verdict.cause if verdict.cause in CAUSES else "other"
    rank = CAUSES.index(cause) if verdict.status is VerdictStatus.UNVERIFIABLE else 0  # type: ignore[arg-type]
    return STATUS_RANK[verdict.status.value], rank


def ordered(claims: Sequence[Claim], verdicts: dict[str, Verdict]) -> list[Claim]:
    """``claims`` in reading order for the table (see the module docstring); stable within a group."""
    return sorted(claims, key=lambda c: order_key(verdicts.get(c.id)))


def short_why(claim: Claim, verdict: Verdict | None, lang: Lang = "en", limit: int = WHY_MAX) -> str:
    """The why of ``verdict`` on ``claim`` in at most ``limit`` cells (``limit`` is capped at WHY_MAX)."""
    limit = min(limit, WHY_MAX)
    for form in _forms(claim, verdict, lang):
        if cell_len(form) <= limit:
            return form
    return clip_cells(form, limit)


def _forms(claim: Claim, verdict: Verdict | None, lang: Lang) -> list[str]:
    if verdict is None:
        if claim.forecast:
            return [message("cause.forecast", lang)]
        if claim.value is None and claim.label is not None:
            return [message("why.label", lang), message("why.short.label", lang)]
        return [message("status.not_checked", lang)]
    if verdict.status is VerdictStatus.UNVERIFIABLE:
        return _unverifiable(claim, verdict, lang)
    providers = _providers(verdict)
    if claim.refs and not providers:  # arithmetic on figures the text states
        return [message("why.in_text", lang, refs=_join(claim.refs, lang)), _join(claim.refs, lang)]
    if verdict.status is VerdictStatus.CONTRADICTED and verdict.difference is not None:
        tail = message("why.off", lang, diff=format_number(verdict.difference, claim.unit, claim.currency, lang))
    elif len(providers) > 1:
        tail = message("why.agree", lang, n=len(providers))
    elif providers:
        tail = providers[0]
    else:
        tail = message(status_key(verdict.status.value), lang)
    return _headed(tail, _subject(claim), _dates(claim, verdict), lang)


def _headed(tail: str, subject: str, dates: str, lang: Lang) -> list[str]:
    """``tail`` after what it is about, from the fullest head to none: subject and dates, the dates alone
    (the table's subject column names the subject), the subject alone, nothing."""
    sep = ", " if lang == "en" else "，"
    heads = [f"{subject} {dates}".strip(), dates, subject]
    return [*dict.fromkeys(f"{head}{sep}{tail}" for head in heads if head), tail]


def _join(items: Sequence[str], lang: Lang) -> str:
    return (", " if lang == "en" else "、").join(items)


def _unverifiable(claim: Claim, verdict: Verdict, lang: Lang) -> list[str]:
    from analyzer.verify.causes import CAUSES, FETCH_CURES, fetchable  # see order_key

    cause = verdict.cause if verdict.cause in CAUSES else "other"
    subject = _subject(claim)
    written = claim.subject.alias if claim.subject else subject  # the subject as the text writes it
    shortest = [message(f"why.short.{cause}", lang)] if f"why.short.{cause}" in shipped_catalogue().entries else []
    if cause in FETCH_CURES:
        key = "why.no_series" if cause == "no_series" else "why.past_store"
        plain = [message(key, lang, subject=s) for s in dict.fromkeys((written, subject)) if s]
        plain += [message(f"cause.{cause}", lang), *shortest]
        if fetchable(verdict.missing_series, claim.subject):
            return [message("why.fetchable", lang, why=p) for p in plain] + plain
        return plain
    if cause == "uncertain":
        words = [message(f"why.word.{k}", lang) for k, v in claim.decided_by.items()
                 if k in ("subject", "metric", "period") and v.startswith("uncertain")]
        if words:
            return [message("why.uncertain", lang, what=_join(words, lang)), message("cause.uncertain", lang)]
    said = message(f"cause.{cause}", lang)
    if cause == "providers_differ":
        return [*_headed(said, subject, _dates(claim, verdict), lang), *shortest]
    return [said, *shortest]


def _subject(claim: Claim) -> str:
    if claim.subject is None:
        return ""
    return claim.subject.id or claim.subject.alias


def _dates(claim: Claim, verdict: Verdict) -> str:
    """The claim's period when it is one calendar unit (2024, 2024-09, a day), else the first and last
    dates of the observations used (a return's base close is the day before its period starts)."""
    period = format_period(claim)
    if period and "→" not in period:
        return period
    seen = sorted({d for entry in verdict.data if not entry.startswith("provider ") for d in _DATE.findall(entry)})
    if len(seen) >= 2:
        return f"{seen[0]}→{seen[-1]}"
    if seen:
        return seen[0]
    return period.replace(" → ", "→")


def _providers(verdict: Verdict) -> tuple[str, ...]:
    """The providers behind a verdict: the ones recorded as agreeing, else those whose data were used."""
    if verdict.providers:
        return verdict.providers
    named = (entry[len("provider ") :].split(":", 1)[0] for entry in verdict.data if entry.startswith("provider "))
    return tuple(dict.fromkeys(named))
