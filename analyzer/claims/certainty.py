"""How sure a claim is, and the one rule verification relies on before it says ``contradicted``.

A claim records, in ``decided_by``, how its subject, metric and period were decided; a decision
that used a fallback (carried over from a previous sentence, the as-of date standing in for an
unstated date, the leading words of a clause read as a name …) starts with ``"uncertain: "``.
``confidence`` is 1.0 when nothing is uncertain and falls with each uncertain decision.
"""

from __future__ import annotations

from analyzer.types import Claim

UNCERTAIN = "uncertain: "
#: the confidence at or above which a claim with no uncertain decision counts as certain
CERTAIN_AT = 0.9


def uncertain(reason: str) -> str:
    """``reason`` marked as a fallback."""
    return UNCERTAIN + reason


def confidence(decided_by: dict[str, str]) -> float:
    """1.0 with nothing uncertain; 0.6 with one uncertain decision, 0.4 with two, 0.2 with three."""
    n = sum(1 for how in decided_by.values() if how.startswith(UNCERTAIN))
    return (1.0, 0.6, 0.4, 0.2)[min(n, 3)]


def is_certain(claim: Claim) -> bool:
    """True when subject, metric and period were all decided without a fallback: only such a claim
    may be called ``contradicted`` by verification (never a false alarm from an unsure guess).
    Forecasts are never verified, whatever their certainty."""
    return claim.confidence >= CERTAIN_AT and not any(v.startswith(UNCERTAIN) for v in claim.decided_by.values())
