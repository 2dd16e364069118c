"""One figure several stated pairs imply (a whole from each part's amount and share, a price from each year's EPS and
multiple): when their intervals meet, and which pairs are precise enough to be bound by it."""

from __future__ import annotations

from collections.abc import Callable, Hashable, Mapping
from decimal import Decimal
from typing import TypeVar

from analyzer.extract.numbers import plain_decimal
from analyzer.verify.readings import readings

K = TypeVar("K", bound=Hashable)
#: (low, high, as written) of the figure one pair implies
Implied = tuple[Decimal, Decimal, Decimal]


def precise(implied: Implied) -> bool:
    """Whether the pair's rounding alone moves what it implies by no more than ``text_figures.implied_spread``
    (relative): a share of 4% or an EPS of 0.12 implies too wide a range to bind a figure."""
    low, high, middle = implied
    return (high - low) / 2 <= abs(middle) * readings().text_figures.implied_spread


def bound_together(ranges: Mapping[K, Implied], mine: K) -> bool | None:
    """Whether every pair's implied interval meets the others' (a coarse pair's too: one that cannot agree is a
    disagreement); None when ``mine`` is coarse or fewer than two pairs are precise (nothing binds the claim)."""
    if mine not in ranges or not precise(ranges[mine]) or sum(precise(r) for r in ranges.values()) < 2:
        return None
    return max(r[0] for r in ranges.values()) <= min(r[1] for r in ranges.values())


def others_value(ranges: Mapping[K, Implied], mine: K) -> Decimal:
    """What the other precise pairs imply, as written (their mean): the figure shown in a method."""
    values = [r[2] for k, r in ranges.items() if k != mine and precise(r)]
    return sum(values, Decimal(0)) / len(values)


def listed(ranges: Mapping[K, Implied], named: Callable[[K], str]) -> str:
    """'13.28亿元 / 46.21% = 2873836831.8546, …': each pair's figures and what they imply as written, for a method."""
    return ", ".join(f"{named(k)} = {plain_decimal(round(r[2], 4))}" for k, r in ranges.items())
