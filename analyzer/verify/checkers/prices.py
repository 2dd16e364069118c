"""A listed stock's price stated in money: which figures are its price, and the session's change in money.

A stock trades in one currency (``currency`` in corpora/instruments.yaml). A level or change written in that
currency (台积电收804元，上涨16元; 失守800元) is its price, read against the stock's bars as traded (field
``close``, never the forward-adjusted ``close_qfq``: an adjusted price is not the price the text states). A
level in points next to a stock's name is an index's (台积电领涨，台股收复20600点), never the stock's.
"""

from __future__ import annotations

from analyzer.instruments import default_registry
from analyzer.types import Verdict
from analyzer.verify.registry import CheckContext, Unverifiable

#: an index level's unit (a stock's price is never in it)
INDEX_POINT_UNITS = frozenset({"点", "points"})


def traded_currency(ctx: CheckContext) -> str | None:
    """The currency the claim's subject trades in, when it is a registry stock; else None."""
    subject = ctx.claim.subject
    if subject is None or subject.id is None:
        return None
    instrument = default_registry().get(subject.id)
    if instrument is None or instrument.kind != "stock":
        return None
    return instrument.currency


def is_price(ctx: CheckContext) -> bool:
    """Whether the claim is a registry stock's price or price change in its own trading currency."""
    currency = traded_currency(ctx)
    return currency is not None and ctx.claim.currency == currency and ctx.claim.unit not in INDEX_POINT_UNITS


def refuse_points_on_stock(ctx: CheckContext, method: str) -> None:
    """A figure in points about a stock is an index's read onto the stock's name: never checked on its bars."""
    if ctx.claim.unit in INDEX_POINT_UNITS and traded_currency(ctx) is not None:
        raise Unverifiable(
            "a figure in points is an index's, not a stock's price, so it is not read against the stock's bars",
            method=method,
            cause="no_subject",
        )


def check_price_change(ctx: CheckContext) -> Verdict:
    """A stock's change in money over one session (收804元，上涨16元): its close minus the previous session's
    close, on each provider's closes as traded."""
    from analyzer.verify.checkers.levels import session_change

    return session_change(ctx, "change_amount", "change in price", lambda _s, close, prev, _d, _m: close - prev, "−")
