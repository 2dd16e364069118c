"""How close a computed figure must be to the stated one: half a unit of the last stated digit, plus slack.

77.84% → ±0.005 percentage points; 393% → ±0.5; 8078.7亿 → ±0.05亿 = ±5,000,000 currency units.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from analyzer.types import Claim, Mention

HALF = Decimal("0.5")


@dataclass(frozen=True)
class VerifyOptions:
    """Settings of a verification run.

    ``slack`` is added to every tolerance in the claim's own unit (percentage points for %);
    ``relative_slack`` adds that fraction of the stated value (0.001 = 0.1 %).
    """

    slack: Decimal = Decimal(0)
    relative_slack: Decimal = Decimal(0)
    max_gap_days: int = 7


def stated_unit(claim: Claim, mention: Mention | None) -> Decimal:
    """The value of one unit in the last digit as written, in the claim's units (0.01 for 77.84)."""
    if mention is not None and mention.stated is not None:
        exponent = mention.stated.as_tuple().exponent
        scale = Decimal(mention.scale) if mention.scale else Decimal(1)
        if isinstance(exponent, int):
            return Decimal(1).scaleb(exponent) * scale
    if claim.value is not None and isinstance(exponent := claim.value.as_tuple().exponent, int):
        return Decimal(1).scaleb(exponent)
    return Decimal(1)


def tolerance_for(claim: Claim, mention: Mention | None, options: VerifyOptions) -> Decimal:
    """Half the stated unit, plus the configured absolute and relative slack."""
    tol = stated_unit(claim, mention) * HALF + options.slack
    if claim.value is not None and options.relative_slack:
        tol += abs(claim.value) * options.relative_slack
    tol = tol.normalize()
    exponent = tol.as_tuple().exponent
    return tol.quantize(Decimal(1)) if isinstance(exponent, int) and exponent > 0 else tol


def display_quantum(claim: Claim, mention: Mention | None) -> Decimal:
    """Precision to show a computed figure at: four digits finer than stated, at most 1e-10."""
    return max(stated_unit(claim, mention).scaleb(-4), Decimal(1).scaleb(-10))


def within(stated: Decimal, computed: Decimal, tol: Decimal) -> bool:
    return abs(computed - stated) <= tol
