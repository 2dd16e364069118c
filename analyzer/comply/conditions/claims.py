"""Claim conditions: every figure of the chosen metrics cites a source and a period, the period is
covered by the cited data, a disclaimer stands nearby, periods are long enough, fiscal years are complete."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Literal

from pydantic import Field, PrivateAttr, model_validator

from analyzer.comply.conditions.base import ConditionBase, When
from analyzer.comply.context import Context, Hit
from analyzer.comply.phrases import PhraseSet
from analyzer.comply.settings import BookSettings
from analyzer.instruments import default_registry
from analyzer.types import Claim, Period

Requirement = Literal["source", "period", "period_covered", "disclaimer", "min_period", "fiscal_years"]

_PROBLEMS = {
    "source": "cites no data source",
    "period": "states no period (neither next to the figure nor in a source note)",
    "disclaimer": "has no past-performance disclaimer in its sentence, its source note or just after",
}


def describe(claim: Claim) -> str:
    """「77.84%」 (return of 恒生科技指数, 近1年 = 2024-03-07–2025-03-06)."""
    parts = [claim.metric]
    if claim.subject is not None:
        parts[0] += f" of {claim.subject.alias}"
    if claim.period is not None:
        parts.append(f"{claim.period.text} = {_dates(claim.period)}")
    return f"「{claim.text}」 ({', '.join(parts)})"


def _dates(period: Period) -> str:
    return f"{period.start or '?'}–{period.end or '?'}"


def _covered(period: Period, notes: tuple[Period, ...]) -> bool:
    assert period.start is not None and period.end is not None
    return any(
        n.start is not None and n.end is not None and n.start <= period.start and period.end <= n.end for n in notes
    )


class ClaimRule(ConditionBase):
    """Checks over the document's claims of the given metrics and subject kinds."""

    kind: Literal["claim_rule"]
    metrics: list[str] = Field(min_length=1)
    subject_kinds: list[str] | None = Field(
        default=None, description="fund, index, flow, macro, …; 'none' = no subject; unset = any"
    )
    requires: list[Requirement] = Field(min_length=1)
    accept_attribution: bool = Field(default=True, description="a named attribution (长江证券指出) counts as a source")
    disclaimer: list[str] = Field(default_factory=list)
    disclaimer_within: int = Field(default=300, ge=0, description="characters after the claim's sentence searched")
    min_period_days: int = Field(default=183, ge=1)
    fiscal_years: int = Field(default=5, ge=1)
    when: When | None = None
    _disclaimer: PhraseSet | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _disclaimer_given(self) -> ClaimRule:
        if "disclaimer" in self.requires and not self.disclaimer:
            raise ValueError("requires 'disclaimer' needs a 'disclaimer' list of phrases")
        return self

    def prepare(self, settings: BookSettings) -> None:
        self._disclaimer = PhraseSet(self.disclaimer, settings.gap) if self.disclaimer else None
        if self.when is not None:
            self.when.prepare(settings)

    def _selected(self, ctx: Context) -> list[Claim]:
        kinds = set(self.subject_kinds) if self.subject_kinds is not None else None
        out = []
        for claim in ctx.result.claims:
            if claim.metric not in self.metrics:
                continue
            kind = claim.subject.kind if claim.subject is not None else "none"
            if kinds is None or kind in kinds:
                out.append(claim)
        return out

    def evaluate(self, ctx: Context) -> list[Hit]:
        claims = self._selected(ctx)
        if not claims or (self.when is not None and self.when.evidence(ctx) is None):
            return []
        problems: dict[tuple[int, str], list[tuple[Claim, str]]] = defaultdict(list)
        for claim in claims:
            for requirement in self.requires:
                if requirement == "fiscal_years":
                    continue
                problem = self._check(ctx, claim, requirement)
                if problem is not None:
                    problems[(claim.sentence.start, requirement)].append((claim, problem))
        hits = [self._hit(items) for _, items in sorted(problems.items())]
        if "fiscal_years" in self.requires:
            hits += self._fiscal_years(ctx, claims)
        return hits

    @staticmethod
    def _hit(items: list[tuple[Claim, str]]) -> Hit:
        detail = "; ".join(f"{describe(c)} {p}" for c, p in items)
        source = items[0][0].source
        if source is not None and any(p.startswith("covers") for _, p in items):
            cited = ", ".join(_dates(p) for p in source.periods)
            detail += f". The note 「{source.text}」 cites {cited} only"
        return Hit(spans=tuple(c.span for c, _ in items), detail=detail + ".", claim_ids=tuple(c.id for c, _ in items))

    def _check(self, ctx: Context, claim: Claim, requirement: Requirement) -> str | None:
        source = claim.source
        if requirement == "source":
            ok = source is not None or (self.accept_attribution and bool(claim.attribution))
            return None if ok else _PROBLEMS["source"]
        if requirement == "period":
            has_own = claim.period is not None and (claim.period.start is not None or claim.period.end is not None)
            return None if has_own or (source is not None and source.periods) else _PROBLEMS["period"]
        if requirement == "period_covered":
            period = claim.period
            if (
                source is None or not source.periods or period is None or period.start is None
                or period.end is None or period.derived_from == "source_note" or _covered(period, source.periods)
            ):
                return None
            return f"covers {_dates(period)}, outside the periods its source note cites"
        if requirement == "disclaimer":
            return None if self._has_disclaimer(ctx, claim) else _PROBLEMS["disclaimer"]
        if requirement == "min_period":
            period = claim.period
            if period is None or period.start is None or period.end is None:
                return None
            days = (period.end - period.start).days + 1
            if days >= self.min_period_days:
                return None
            return f"shows a period of {days} days; displayed performance periods must exceed 6 months"
        return None

    def _has_disclaimer(self, ctx: Context, claim: Claim) -> bool:
        assert self._disclaimer is not None
        lo, hi = claim.sentence.start, claim.sentence.end + self.disclaimer_within
        for span in ctx.find_spans(self._disclaimer):
            if lo <= span.start <= hi:
                return True
            if claim.source is not None and claim.source.span.contains(span):
                return True
        return False

    def _fiscal_years(self, ctx: Context, claims: list[Claim]) -> list[Hit]:
        as_of = ctx.result.meta.as_of
        if as_of is None:
            return []
        groups: dict[str, list[Claim]] = defaultdict(list)
        for claim in claims:
            period = claim.period
            if claim.subject is None or period is None or period.start is None or period.end is None:
                continue
            if (period.start.month, period.start.day, period.end.month, period.end.day) == (1, 1, 12, 31):
                groups[claim.subject.id].append(claim)
        hits = []
        for subject_id, group in groups.items():
            shown = {y for c in group if c.period and c.period.start and c.period.end
                     for y in range(c.period.start.year, c.period.end.year + 1)}
            first = as_of.year - self.fiscal_years
            launch = _launch(subject_id)
            if launch is not None:
                first = max(first, launch.year if (launch.month, launch.day) == (1, 1) else launch.year + 1)
            expected = set(range(first, as_of.year))
            missing = sorted(expected - shown)
            if missing:
                detail = (
                    f"{group[0].subject.alias if group[0].subject else subject_id} shows fiscal years "
                    f"{', '.join(map(str, sorted(shown)))} but not {', '.join(map(str, missing))}; "
                    f"expected every complete fiscal year {first}–{as_of.year - 1} "
                    f"(the last {self.fiscal_years}, or all since inception)."
                )
                spans, ids = tuple(c.span for c in group), tuple(c.id for c in group)
                hits.append(Hit(spans=spans, detail=detail, claim_ids=ids))
        return hits


def _launch(subject_id: str) -> date | None:
    try:
        inst = default_registry().get(subject_id)
    except Exception:
        return None
    return inst.launch if inst is not None else None
