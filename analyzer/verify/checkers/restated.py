"""A figure stated again (a headline restating its body, a table repeating the prose) shares its other statement's
support.

恒指半日跌69點 in a headline and 中午收市報18410點，跌69點 in the body are one figure: when the body's is supported
(there by the stored previous close), the headline's is too, though its own reading (a headline names no moment of
the session) left it unverifiable. The two statements must be the same figure: the same subject, metric, period,
value, unit and currency, and the same qualifier (a bound, 逾6%, is not the exact 6%), and no event at a level
(跌破2万点 and 收复2万点 are two: ``text_figures.events``). Only support is shared: a
contradiction is never carried to another statement (that one's reading may differ), and a statement whose own
sentence's figures disagree with it (``text_inconsistent``) keeps that verdict.
"""

from __future__ import annotations

from collections.abc import Sequence

from analyzer.types import Claim, DocumentResult, Verdict, VerdictStatus
from analyzer.verify.checkers.session_text import period_span
from analyzer.verify.checkers.text_figures import figure_key
from analyzer.verify.readings import readings
from analyzer.verify.words import qualifier_before

CHECKER = "text_restated"


def _figure(result: DocumentResult, claim: Claim) -> tuple[object, ...] | None:
    """What makes two statements one figure, or None for a figure with no subject, period or single value, or an
    event at a level (a threshold crossed: the same level may be crossed both ways in a day)."""
    if claim.value is None or figure_key(claim) is None or claim.period is None:
        return None
    if claim.metric in readings().text_figures.events:
        return None
    q = qualifier_before(result.text, claim.span.start, claim.sentence.start)
    return (
        figure_key(claim),
        claim.metric,
        period_span(claim),
        claim.value,
        claim.unit,
        claim.currency,
        claim.intraday,  # a figure read during the session is not the close's
        q[0] if q else None,
    )


def share_restated(result: DocumentResult, verdicts: Sequence[Verdict]) -> list[Verdict]:
    """``verdicts`` (one per claim, in order) with each unverifiable statement of a figure another statement of which
    is supported given that support, naming the statement it came from (one pass over the claims)."""
    claims = {c.id: c for c in result.claims}
    figures = {v.claim_id: _figure(result, claims[v.claim_id]) for v in verdicts if v.claim_id in claims}
    supported: dict[tuple[object, ...], Verdict] = {}
    contradicted: set[tuple[object, ...]] = set()
    for v in verdicts:
        key = figures.get(v.claim_id)
        if key is None:
            continue
        if v.status is VerdictStatus.SUPPORTED:
            supported.setdefault(key, v)
        elif v.status is VerdictStatus.CONTRADICTED:
            contradicted.add(key)
    out = []
    for v in verdicts:
        key = figures.get(v.claim_id)
        source = supported.get(key) if key is not None and key not in contradicted else None
        if v.status is not VerdictStatus.UNVERIFIABLE or v.cause == "text_inconsistent" or source is None:
            out.append(v)
            continue
        twin = claims[source.claim_id]
        out.append(
            source.model_copy(
                update={
                    "claim_id": v.claim_id,
                    "checker": CHECKER,
                    "method": f"the same figure is stated again ({twin.text} at {twin.span.start}) and supported "
                    f"there: {source.method}",
                    "data": (f"{twin.id} {twin.text} ({source.checker})", *source.data),
                }
            )
        )
    return out
