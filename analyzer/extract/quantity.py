"""A match's figure (or range) as Mention fields, through the one ``parse_quantity``.

Group names every quantity pattern shares: ``sign``/``num``/``cn``/``mag`` for the figure and
``lo_sign``/``lo``/``lo_cn``/``lo_mag`` for a range's left end. A range is one mention with
``low``/``high`` (value None); a left end without a magnitude takes the right end's (5至10亿).
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from analyzer.extract.numbers import Quantity, parse_quantity
from analyzer.extract.vocabulary import PatternSpec, quantity_vocabulary


def magnitude_scale(word: str | None) -> int:
    """The factor of a magnitude word (亿 → 100000000); 1 when there is none."""
    return quantity_vocabulary().magnitudes[word] if word else 1


def read_figure(
    match: re.Match[str], prefix: str = "", *, factor: Decimal = Decimal(1), magnitude: str | None = None
) -> Quantity | None:
    """The figure in the groups named ``prefix``+sign/num/cn/mag; None when the match has no such figure.

    ``magnitude`` is used when the match states none for this figure (the left end of 5至10亿).
    """
    groups = match.groupdict()
    num = groups.get(prefix.rstrip("_") if prefix else "num")
    cn = groups.get(prefix + "cn")
    if num is None and cn is None:
        return None
    mag = groups.get(prefix + "mag") or (magnitude if cn is None else None)
    return parse_quantity(
        num, cn, sign=groups.get(prefix + "sign"), magnitude=mag, scale=magnitude_scale(mag), factor=factor
    )


def figure_fields(
    match: re.Match[str], spec: PatternSpec, *, unit: str | None, factor: Decimal | None = None, **extra: Any
) -> dict[str, Any] | None:
    """Mention fields for the match's figure or range, in ``unit``; None when it is no quantity.

    A figure too large to be real becomes a mention with ``invalid`` set and no value.
    """
    factor = spec.factor if factor is None else factor
    high = read_figure(match, factor=factor)
    if high is None:
        return None
    fields: dict[str, Any] = {"unit": unit, **extra}
    if high.magnitude is not None:
        fields.update(magnitude=high.magnitude, scale=high.scale)
    if factor > 1 and factor == factor.to_integral_value():
        # a whole factor (成 = 10 %, 增长1倍 = 100 %) scales the stated precision like a magnitude does
        fields["scale"] = (high.scale or 1) * int(factor)
    low = read_figure(match, "lo_", factor=factor, magnitude=high.magnitude)
    if high.invalid or (low is not None and low.invalid):
        fields.update(invalid=high.invalid or (low.invalid if low else None), stated=high.stated)
        return fields
    if spec.max_stated is not None and high.stated is not None and high.stated > spec.max_stated:
        return None  # 增长3倍: +300 % to some writers, ×3 to others; never a guess
    if low is None:
        fields.update(value=high.value, stated=high.stated)
        return fields
    if low.value is None or high.value is None or low.value >= high.value:
        return None  # 10%-5% is no range (a subtraction, or a typo): no guess
    fields.update(low=low.value, high=high.value)
    return fields
