"""Slash pairs of results notes: 「收入28.73亿元/-4.46%」, 「归母净利1.37亿元/+134%」, and brackets of
statistics notes: 「批签发261.5万瓶(-14.9%)」.

A percent written right after an amount and a slash (or in a bracket opened right after it) is that
amount's change: the same subject,
metric family and period, year on year by the convention of results notes (the basis is not written,
so the reading is never certain on its own).
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Protocol

#: the slash that joins an amount and its change (ASCII, and the full-width form folded or not), and the
#: bracket that opens a change written right after its amount (批签发261.5万瓶(-14.9%))
_SLASHES = frozenset("/／(（")
#: the kinds of mention that are an amount a slash may pair with a change
AMOUNT_KINDS = frozenset({"money", "count", "quantity"})


class _Drafted(Protocol):
    """What is read of a figure already drafted in the sentence."""

    @property
    def hit(self) -> object: ...


def amount_before_slash(text: str, start: int, drafted: Sequence[_Drafted]) -> _Drafted | None:
    """The amount drafted in ``drafted`` (this sentence, in order) that ends right before the slash that
    ends right before ``start`` (the percent's start), if any."""
    if start < 2 or text[start - 1] not in _SLASHES or not drafted:
        return None
    last = drafted[-1]
    hit = last.hit
    kind = getattr(getattr(hit, "kind", None), "value", None)
    if kind in AMOUNT_KINDS and getattr(hit, "end", None) == start - 1:
        return last
    return None


def amount_restated(text: str, start: int, drafted: Sequence[_Drafted], words: Sequence[str]) -> _Drafted | None:
    """claims12b: the money amount drafted last in ``drafted`` that a bracket opened right after it and one
    of ``words`` (等值, 折合) restate at ``start`` in another currency (成交25亿元人民币(等值3.5亿美元)), if any."""
    if not drafted:
        return None
    last = drafted[-1]
    hit = last.hit
    end = getattr(hit, "end", None)
    if getattr(getattr(hit, "kind", None), "value", None) != "money" or end is None or end >= start:
        return None
    if text[end : end + 1] not in ("(", "（") or text[end + 1 : start] not in words:
        return None
    return last
