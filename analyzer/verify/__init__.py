"""Verify stage: check claims against market data and the document's own arithmetic.

``verify(result, store)`` gives one Verdict per checkable claim; ``open_store()`` opens (and on first
creation seeds) the market data store.
"""

from __future__ import annotations

from analyzer.errors import MarketDataError
from analyzer.types import DocumentResult, Verdict
from analyzer.verify import checkers  # noqa: F401 - importing registers every checker
from analyzer.verify.registry import CHECKERS, CheckContext, Unverifiable, register_checker, unverifiable
from analyzer.verify.seed import default_store_path, open_store
from analyzer.verify.store import MarketStore
from analyzer.verify.tolerance import VerifyOptions

#: metrics that are labels, not figures: no verdict at all
NOT_CHECKED = frozenset({"risk_rating", "fund_code"})

__all__ = [
    "CHECKERS",
    "NOT_CHECKED",
    "CheckContext",
    "MarketStore",
    "VerifyOptions",
    "default_store_path",
    "open_store",
    "register_checker",
    "verify",
]


#: units of a change of a rate (quantities.yaml): never compared with a computed percent change
POINT_UNITS = {"pp": "percentage points", "bp": "basis points"}


def verify(result: DocumentResult, store: MarketStore | None, options: VerifyOptions | None = None) -> list[Verdict]:
    """One Verdict per checkable claim, in claim order (labels such as risk_rating and fund_code get none)."""
    options = options or VerifyOptions()
    verdicts: list[Verdict] = []
    for claim in result.claims:
        if claim.metric in NOT_CHECKED or (claim.value is None and claim.label is not None):
            continue
        ctx = CheckContext(claim, result, store, options)
        if claim.unit in POINT_UNITS:
            # a change of a rate (0.8个百分点, 12bp) is not the percent change the checkers compute
            exc = Unverifiable(f"stated in {POINT_UNITS[claim.unit]}, not in per cent; no checker computes that")
            verdicts.append(unverifiable(ctx, claim.metric, exc))
            continue
        if claim.period is not None and claim.period.invalid:  # never fall back to as_of (issue 15)
            exc = Unverifiable(f"the stated period cannot be real: {claim.period.invalid}", method="none")
            verdicts.append(unverifiable(ctx, claim.metric, exc))
            continue
        if claim.metric not in CHECKERS:
            exc = Unverifiable(f"no checker for metric {claim.metric}", method="none")
            verdicts.append(unverifiable(ctx, "none", exc))
            continue
        try:
            verdict = CHECKERS.get(claim.metric)(ctx)
        except Unverifiable as exc:
            verdict = unverifiable(ctx, claim.metric, exc)
        except MarketDataError as exc:
            verdict = unverifiable(ctx, claim.metric, Unverifiable(exc.one_line()))
        verdicts.append(verdict)
    return verdicts
