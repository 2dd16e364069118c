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
    tail = groups.get(prefix + "tail")
    if num is not None and tail is not None:
        num = _with_tail(num, mag, tail, groups.get(prefix + "tail_mag"))
        if num is None:
            return None
    return parse_quantity(
        num, cn, sign=groups.get(prefix + "sign"), magnitude=mag, scale=magnitude_scale(mag), factor=factor
    )


def _with_tail(num: str, mag: str | None, tail: str, tail_mag: str | None) -> str | None:
    """The number in the first magnitude of an amount written in two (5,926亿4,000万 → 5926.4000 亿): the
    tail counted in a smaller magnitude, kept to its written precision; None when the tail's magnitude is
    not below the first's or the tail fills it (5亿3亿, 3兆12000亿 are no amount)."""
    big, small = magnitude_scale(mag), magnitude_scale(tail_mag)
    places = len(str(big // small)) - 1 if small < big and big % small == 0 else 0
    rest = Decimal(tail.replace(",", ""))
    if places == 0 or rest >= Decimal(big // small):
        return None
    return str(Decimal(num.replace(",", "")) + rest.scaleb(-places))


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
