"""Verification verdicts as findings: a contradicted figure is a misleading statement."""

from __future__ import annotations

from typing import Literal

from pydantic import Field

from analyzer.comply.conditions.base import ConditionBase
from analyzer.comply.conditions.claims import describe
from analyzer.comply.context import Context, Hit
from analyzer.comply.say import Phrase, Say
from analyzer.types import Claim, Severity, Verdict, VerdictStatus


def _explain(verdict: Verdict) -> list[Say]:
    """The verdict's figures, method and reason, each put into the reader's language when rendered."""
    parts: list[Say] = []
    if verdict.expected is not None or verdict.computed is not None:
        parts.append(Say("comply.verdict.stated_computed", stated=str(verdict.expected),
                         computed=str(verdict.computed)))
    if verdict.tolerance is not None:
        parts.append(Say("comply.verdict.tolerance", tolerance=str(verdict.tolerance)))
    if verdict.method and verdict.method != "none":
        parts.append(Phrase(verdict.method))
    if verdict.reason:
        parts.append(Phrase(verdict.reason))  # verification writes its reasons for a reader (phrasebook)
    return parts




class VerdictCondition(ConditionBase):
    """Claims whose verdict has one of ``status``; ``group`` folds them into one finding. Figures
    that no data could ever check (``exclude_metrics``: a benchmark's weights, an asset allocation)
    and forecasts (``exclude_forecasts``: their own rules judge them) can be left out."""

    kind: Literal["verdict"]
    status: list[VerdictStatus] = Field(min_length=1)
    group: bool = False
    exclude_metrics: list[str] = Field(default_factory=list)
    exclude_forecasts: bool = False
    sourced_severity: Severity | None = Field(
        default=None, description="the severity for figures that cite their source (a note, 数据来源, a named source)"
    )

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
        if self.sourced_severity is None:
            return self._hits(pairs, None)
        # a figure that cites its source is checked by a reviewer against that source: a lighter finding
        sourced = [(v, c) for v, c in pairs if ctx.performance.has_source(c)]
        unsourced = [(v, c) for v, c in pairs if not ctx.performance.has_source(c)]
        return self._hits(unsourced, None) + self._hits(sourced, self.sourced_severity)

    def _hits(self, pairs: list[tuple[Verdict, Claim]], severity: Severity | None) -> list[Hit]:
        hits = [
            Hit(spans=(c.span,), detail=Say("comply.verdict.figure", figure=describe(c),
                                            status=Say(f"comply.verdict.{v.status.value}"), why=_explain(v)),
                claim_ids=(c.id,), severity=severity)
            for v, c in pairs
        ]
        if self.group and hits:
            return [Hit(
                spans=tuple(s for h in hits for s in h.spans),
                detail=Say("comply.verdict.group", "concat", count=len(hits), details=[h.detail for h in hits]),
                claim_ids=tuple(i for h in hits for i in h.claim_ids),
                severity=severity,
            )]
        return hits
