"""Dividends stated per lot of shares: 「每10股派发现金红利5.00元」 is 0.50元 a share.

A-share dividend plans are written per ten shares (每10股派5元, 每十股派发现金红利3元); the claim's
value is the dividend per share, the stated amount divided by the lot.
"""

from __future__ import annotations

import re
from decimal import Decimal

#: 每10股 / 每十股 / 每100股: the lot, in digits or Chinese numerals
_LOT = re.compile(r"每(?P<n>\d{1,3}|十|百)股")
_CN = {"十": 10, "百": 100}


def shares_per_lot(text: str, clause_start: int, value_start: int) -> int | None:
    """The lot size (10 in 每10股) stated last in ``[clause_start, value_start)``, when more than one share."""
    found = list(_LOT.finditer(text, clause_start, value_start))
    if not found:
        return None
    n = found[-1].group("n")
    lot = _CN[n] if n in _CN else int(n)
    return lot if lot > 1 else None


def per_share(value: Decimal, lot: int) -> Decimal:
    """The dividend per share of ``value`` paid per ``lot`` shares."""
    return value / Decimal(lot)
