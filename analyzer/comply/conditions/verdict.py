"""Verification verdicts as findings: a contradicted figure is a misleading statement."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from analyzer.comply.conditions.base import ConditionBase
from analyzer.comply.conditions.claims import describe
from analyzer.comply.context import Context, Hit
from analyzer.types import Verdict, VerdictStatus


def _explain(verdict: Verdict) -> str:
    parts = []
    if verdict.expected is not None or verdict.computed is not None:
        parts.append(f"stated {verdict.expected}, computed {verdict.computed}")
    if verdict.tolerance is not None:
        parts.append(f"tolerance {verdict.tolerance}")
    if verdict.method and verdict.method != "none":
        parts.append(verdict.method)
    if verdict.reason:
        parts.append(verdict.reason)  # verification writes its reasons for a reader
    return "; ".join(parts)


_WORDS = {
    VerdictStatus.CONTRADICTED: "does not match the market data",
    VerdictStatus.UNVERIFIABLE: "could not be checked",
    VerdictStatus.SUPPORTED: "matches the market data",
}


class VerdictCondition(ConditionBase):
    """Claims whose verdict has one of ``status``; ``group`` folds them into one finding. Figures
    that no data could ever check (``exclude_metrics``: a benchmark's weights, an asset allocation)
    and forecasts (``exclude_forecasts``: their own rules judge them) can be left out."""

    kind: Literal["verdict"]
    status: list[VerdictStatus] = Field(min_length=1)
    group: bool = False
    exclude_metrics: list[str] = Field(default_factory=list)
    exclude_forecasts: bool = False

    def evaluate(self, ctx: Context) -> list[Hit]:
        wanted, skipped = set(self.status), set(self.exclude_metrics)
        pairs = [
            (v, claim)
            for v in ctx.result.verdicts
            if v.status in wanted
            and (claim := ctx.claims_by_id.get(v.claim_id)) is not None
            and claim.metric not in skipped
            and not (self.exclude_forecasts and claim.forecast)
        ]
        pairs.sort(key=lambda p: p[1].span.start)
        hits = [
            Hit(spans=(c.span,), detail=f"{describe(c)}: {_WORDS[v.status]} ({_explain(v)}).", claim_ids=(c.id,))
            for v, c in pairs
        ]
        if self.group and hits:
            return [Hit(
                spans=tuple(s for h in hits for s in h.spans),
                detail=f"{len(hits)} figure(s): " + " ".join(h.detail for h in hits),
                claim_ids=tuple(i for h in hits for i in h.claim_ids),
            )]
        return hits
