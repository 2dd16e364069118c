"""When a claim is sure enough to be contradicted: the claims stage's ``is_certain`` when it has one,
else the same rule here (confidence ≥ 0.9 and nothing decided with "uncertain")."""

from __future__ import annotations

from analyzer.types import Claim

MIN_CONFIDENCE = 0.9
UNCERTAIN = "uncertain"


def _local_is_certain(claim: Claim) -> bool:
    return claim.confidence >= MIN_CONFIDENCE and not any(
        v.strip().lower().startswith(UNCERTAIN) for v in claim.decided_by.values()
    )


try:  # the claims stage owns the rule once it provides it
    from analyzer.claims import is_certain as _claims_is_certain  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover - until analyzer.claims provides it
    _claims_is_certain = None


def is_certain(claim: Claim) -> bool:
    """True when subject, metric and period were all decided surely enough to contradict the figure."""
    return _claims_is_certain(claim) if _claims_is_certain is not None else _local_is_certain(claim)


def why_uncertain(claim: Claim) -> str:
    """The uncertainty in a reader's words, from ``decided_by`` (prefix stripped) or the confidence."""
    reasons = []
    for what, how in claim.decided_by.items():
        text = how.strip()
        if text.lower().startswith(UNCERTAIN):
            text = text[len(UNCERTAIN) :].lstrip(" :：-—")
            reasons.append(text or f"the {what} is uncertain")
    if not reasons and claim.confidence < MIN_CONFIDENCE:
        reasons.append(
            f"the analyzer is not sure which subject, figure or period this is (confidence {claim.confidence:.2f})"
        )
    return "; ".join(reasons) or "the claim is not certain"
