"""The checker registry and what a checker receives (after the recognizer registry in extract/base.py).

A checker is a function ``CheckContext -> Verdict`` registered for a metric with ``@register_checker``
in its own module; ``analyzer.verify`` imports the modules and dispatches by ``claim.metric``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import Decimal, localcontext

from analyzer.extract.numbers import plain_decimal
from analyzer.registry import Registry
from analyzer.types import Claim, DocumentResult, Mention, Verdict, VerdictStatus
from analyzer.verify.series import Series
from analyzer.verify.store import MarketStore
from analyzer.verify.tolerance import VerifyOptions, display_quantum, tolerance_for, within

Checker = Callable[["CheckContext"], Verdict]
CHECKERS: Registry[Checker] = Registry("checker")


def register_checker(metric: str) -> Callable[[Checker], Checker]:
    """Decorator: check claims whose metric is ``metric`` with the decorated function."""
    return CHECKERS.register(metric)


class Unverifiable(Exception):
    """Raised inside a checker to end with an unverifiable verdict and this reason."""

    def __init__(self, reason: str, method: str = "", data: Sequence[str] = ()) -> None:
        super().__init__(reason)
        self.reason = reason
        self.method = method
        self.data = tuple(data)


_LAST_INDEX: tuple[DocumentResult, int, int, dict[str, Mention], dict[str, Claim]] | None = None


def _records(result: DocumentResult) -> tuple[dict[str, Mention], dict[str, Claim]]:
    """Mentions and claims of ``result`` by id, built once per document (a scan per claim made verifying
    a document quadratic: 40k claims took 20 minutes). One entry, replaced when another document comes."""
    global _LAST_INDEX
    last = _LAST_INDEX
    if last is None or last[0] is not result or last[1] != len(result.mentions) or last[2] != len(result.claims):
        mentions: dict[str, Mention] = {}
        for m in result.mentions:
            mentions.setdefault(m.id, m)
        claims: dict[str, Claim] = {}
        for c in result.claims:
            claims.setdefault(c.id, c)
        last = _LAST_INDEX = (result, len(result.mentions), len(result.claims), mentions, claims)
    return last[3], last[4]


@dataclass
class CheckContext:
    """One claim with everything a checker may consult."""

    claim: Claim
    result: DocumentResult
    store: MarketStore | None
    options: VerifyOptions = field(default_factory=VerifyOptions)

    @property
    def mention(self) -> Mention | None:
        return _records(self.result)[0].get(self.claim.mention_id)

    @property
    def as_of(self) -> dt.date | None:
        return self.result.meta.as_of

    def claim_by_id(self, claim_id: str) -> Claim | None:
        return _records(self.result)[1].get(claim_id)

    def sentence(self) -> str:
        return self.claim.sentence.slice(self.result.text)

    def value(self) -> Decimal:
        if self.claim.value is None:
            raise Unverifiable("the claim has no numeric value")
        return self.claim.value

    def require_store(self) -> MarketStore:
        if self.store is None:
            raise Unverifiable("no market data store was given")
        return self.store

    def subject_series(self, field_name: str) -> tuple[Series, str]:
        """The subject's series for ``field_name`` (or the linked subject's, said so), else Unverifiable."""
        store = self.require_store()
        subjects = [s for s in (self.claim.subject, self.claim.linked) if s is not None]
        if not subjects:
            raise Unverifiable("the claim has no subject")
        for i, subject in enumerate(subjects):
            series = store.series(subject.id, field_name)
            if series is not None:
                note = (
                    "" if i == 0 else f"no {field_name} series for {subjects[0].id}; used linked subject {subject.id}"
                )
                return series, note
        first = subjects[0].id
        have = store.fields(first)
        listed = f"; the store has {', '.join(have)} for it" if have else "; the store has no series for it"
        raise Unverifiable(f"no {field_name} series for {first} in the market store{listed}")

    def judge(
        self,
        checker: str,
        computed: Decimal,
        method: str,
        *,
        data: Sequence[str] = (),
        reason: str | None = None,
    ) -> Verdict:
        """Supported when ``computed`` is within tolerance of the stated value, else contradicted."""
        stated = self.value()
        tol = tolerance_for(self.claim, self.mention, self.options)
        shown = quantize(computed, display_quantum(self.claim, self.mention))
        ok = within(stated, computed, tol)
        return Verdict(
            claim_id=self.claim.id,
            status=VerdictStatus.SUPPORTED if ok else VerdictStatus.CONTRADICTED,
            checker=checker,
            expected=stated,
            computed=shown,
            difference=shown - stated,
            tolerance=tol,
            method=method,
            reason=reason,
            data=tuple(data),
        )

    def matches(self, computed: Decimal) -> bool:
        return within(self.value(), computed, tolerance_for(self.claim, self.mention, self.options))


def quantize(value: Decimal, quantum: Decimal) -> Decimal:
    """``value`` rounded to ``quantum``, trailing zeros dropped, never in exponent form (-3.30000 → -3.3)."""
    with localcontext() as ctx:
        ctx.prec = 60
        rounded = value.quantize(quantum).normalize()
        exponent = rounded.as_tuple().exponent
        return rounded.quantize(Decimal(1)) if isinstance(exponent, int) and exponent > 0 else rounded


def obs(series: Series, day: dt.date, value: Decimal) -> str:
    """An observation as verdict data: 'hstech close 2024-03-06 3412.57'."""
    return f"{series.label} {day} {plain_decimal(value)}"


def unverifiable(ctx: CheckContext, checker: str, exc: Unverifiable) -> Verdict:
    return Verdict(
        claim_id=ctx.claim.id,
        status=VerdictStatus.UNVERIFIABLE,
        checker=checker,
        expected=ctx.claim.value,
        tolerance=tolerance_for(ctx.claim, ctx.mention, ctx.options) if ctx.claim.value is not None else None,
        method=exc.method or checker,
        reason=exc.reason,
        data=exc.data,
    )
