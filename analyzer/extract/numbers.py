"""Exact number parsing: Arabic digits into Decimal ourselves, Chinese numerals through cn2an.

cn2an is used only for pure Chinese numerals: on mixed input such as 16.4亿 it goes through
float and loses digits, so Arabic digits never reach it.
"""

from __future__ import annotations

from decimal import Decimal, InvalidOperation

from analyzer.errors import ExtractError


def parse_decimal(digits: str) -> Decimal:
    """``'3,018.1'`` → ``Decimal('3018.1')``; exact, keeps the stated precision."""
    try:
        return Decimal(digits.replace(",", ""))
    except InvalidOperation as exc:
        raise ExtractError(f"not a number: {digits!r}", code="E401") from exc


def parse_chinese_numeral(numeral: str) -> Decimal:
    """``'三千二百亿'`` → ``Decimal('320000000000')``, ``'五'`` → 5, ``'三点五'`` → 3.5."""
    import cn2an  # imported on first use: it costs ~0.15 s and most documents have no Chinese numerals

    try:
        value = cn2an.cn2an(numeral, "normal")
    except (ValueError, KeyError) as exc:
        raise ExtractError(f"not a Chinese numeral: {numeral!r}", code="E402") from exc
    # cn2an returns int or float; a float here came from 点 and has few digits, so str() is exact
    return Decimal(str(value)) if isinstance(value, float) else Decimal(int(value))


def apply_sign(value: Decimal, sign: str | None) -> Decimal:
    """Apply a written sign (+, -, 正, 负)."""
    return -value if sign in ("-", "负") else value


def scaled(stated: Decimal, scale: int) -> Decimal:
    """``stated × scale`` written without a spurious fraction: 8078.7 × 1e8 → 807870000000."""
    value = stated * Decimal(scale)
    if scale != 1 and value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value


def plain_decimal(value: Decimal) -> str:
    """A Decimal as people write it: no exponent, no trailing zeros (3412.5700000000 → 3412.57; -0 → 0)."""
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text
