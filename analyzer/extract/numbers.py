"""Exact number parsing: one ``parse_quantity`` for sign, numerals, magnitude and unit factor.

Arabic digits go into ``Decimal`` ourselves; Chinese numerals go through cn2an for their integer
part only (on mixed input such as 16.4亿 cn2an goes through float and loses digits, so Arabic
digits never reach it, and the digits after 点 are read one by one). Every figure is computed in
a local decimal context wide enough that no real figure rounds, and a figure beyond
``MAX_DIGITS`` integer digits is returned as *invalid* (with the reason) instead of raising.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Context, Decimal, InvalidOperation, localcontext

from analyzer.errors import ExtractError

#: more integer digits than this (after the magnitude) is no real amount: the world's yearly
#: output is about 10^14 US dollars, 10^17 in the smallest units anyone quotes (KRW, IDR)
MAX_DIGITS = 20
#: working precision: MAX_DIGITS integer digits plus any stated decimals fit without rounding
_CONTEXT = Context(prec=80, Emax=999, Emin=-999)
_ONE = Decimal(1)
_CN_DIGITS = dict(zip("零〇一二两三四五六七八九", (0, 0, 1, 2, 2, 3, 4, 5, 6, 7, 8, 9), strict=True))
_NEGATIVE = frozenset({"-", "负"})


@dataclass(slots=True, unsafe_hash=True)  # frozen's __init__ is 3-5x slower; never changed once built
class Quantity:
    """A parsed figure: ``value`` = signed ``stated`` × ``scale`` × the unit factor.

    ``invalid`` says why the figure cannot be a real one (then ``value`` is None).
    """

    value: Decimal | None
    stated: Decimal | None
    magnitude: str | None = None
    scale: int | None = None
    invalid: str | None = None


def parse_decimal(digits: str) -> Decimal:
    """``'3,018.1'`` → ``Decimal('3018.1')``; exact, keeps the stated precision."""
    try:
        return Decimal(digits.replace(",", ""))
    except InvalidOperation as exc:
        raise ExtractError(f"not a number: {digits!r}", code="E406") from exc


def parse_chinese_numeral(numeral: str) -> Decimal:
    """``'三千二百亿'`` → ``Decimal('320000000000')``, ``'五'`` → 5, ``'三十五点五'`` → 35.5 (exact)."""
    whole, point, fraction = numeral.partition("点")
    if whole[:1] in ("十", "百", "千"):
        whole = "一" + whole  # 千亿 = 一千亿, 十五 = 一十五
    if point and (not fraction or any(ch not in _CN_DIGITS for ch in fraction)):
        raise ExtractError(f"not a Chinese numeral: {numeral!r}", code="E402")
    import cn2an  # imported on first use: it costs ~0.15 s at start-up and most texts write digits

    try:
        value = cn2an.cn2an(whole, "normal") if whole else 0
    except (ValueError, KeyError, IndexError, TypeError) as exc:
        raise ExtractError(f"not a Chinese numeral: {numeral!r}", code="E402") from exc
    if not isinstance(value, int) and not (isinstance(value, float) and value.is_integer()):
        raise ExtractError(f"not a Chinese numeral: {numeral!r}", code="E402")
    integer = Decimal(int(value))
    if not point:
        return integer
    return integer + Decimal("0." + "".join(str(_CN_DIGITS[ch]) for ch in fraction))


def apply_sign(value: Decimal, sign: str | None) -> Decimal:
    """Apply a written sign (+, -, 正, 负)."""
    return -value if sign in _NEGATIVE else value


def scaled(stated: Decimal, scale: int | Decimal) -> Decimal:
    """``stated × scale`` written without a spurious fraction: 8078.7 × 1e8 → 807870000000, and 2.127838 × 1e4
    (2万1278.38) → 21278.38: the zeros the scale leaves after the point are no precision written."""
    with localcontext(_CONTEXT):
        value = stated * Decimal(scale)
        if scale != 1 and value == value.to_integral_value():
            return value.quantize(_ONE)
        if scale > 1 and value.is_finite():
            return value.quantize(Decimal(1).scaleb(value.normalize().as_tuple().exponent))
        return value


def _too_large(value: Decimal) -> bool:
    return value.is_finite() and value != 0 and value.adjusted() >= MAX_DIGITS


def parse_quantity(
    num: str | None = None,
    cn: str | None = None,
    *,
    sign: str | None = None,
    magnitude: str | None = None,
    scale: int = 1,
    factor: Decimal = _ONE,
) -> Quantity:
    """The one parser behind every numeric recognizer.

    ``num`` is Arabic digits (``3,018.1``), ``cn`` a Chinese numeral (``三十五点五``, which may carry
    its own magnitude: ``三千二百亿``); ``magnitude``/``scale`` the magnitude word and its factor
    (亿, 10^8); ``factor`` converts the stated unit into the mention's unit (bp → pp is 0.01, 成 → %
    is 10). A malformed numeral raises ``ExtractError`` (the caller drops the match); a figure too
    large to be real comes back with ``invalid`` set and no value — never an exception.
    """
    if num is not None:
        stated = parse_decimal(num)
    elif cn is not None:
        stated = parse_chinese_numeral(cn)
    else:
        raise ExtractError("no digits to parse", code="E406")
    stated = apply_sign(stated, sign)
    if _too_large(stated):
        digits = len(str(abs(stated).to_integral_value()))
        return Quantity(None, None, magnitude, scale, f"a number of {digits} digits is beyond any real figure")
    value = scaled(stated, Decimal(scale) * factor)
    if _too_large(value):
        return Quantity(
            None, stated, magnitude, scale, f"{plain_decimal(stated)}×{magnitude or scale} is beyond any real figure"
        )
    return Quantity(value, stated, magnitude, scale)


def plain_decimal(value: Decimal) -> str:
    """A Decimal as people write it: no exponent, no trailing zeros (3412.5700000000 → 3412.57; -0 → 0)."""
    with localcontext(_CONTEXT):
        text = format(value.normalize(), "f")
    return "0" if text in ("-0", "") else text
