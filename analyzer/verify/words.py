"""Reasons in a reader's words: what a stored field is, and why a metric gets no check
(``corpora/market/reasons.yaml``)."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from pydantic import BaseModel, ConfigDict

from analyzer.datafiles import load_model
from analyzer.errors import MarketDataError
from analyzer.resources import corpora_path


class Reasons(BaseModel):
    """The parsed reasons file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    fields: dict[str, str] = {}
    unchecked: dict[str, str] = {}
    default_unchecked: str
    qualifiers: dict[str, tuple[str, ...]] = {}
    not_qualifiers: tuple[str, ...] = ()
    approximate_relative: Decimal = Decimal("0.05")


@cache
def reasons() -> Reasons:
    """The shipped reasons file, loaded once per process."""
    return load_model(corpora_path("market", "reasons.yaml"), Reasons, MarketDataError, "E510", "reasons file")


def field_words(field_name: str) -> str:
    """A stored field in words: net_inflow → 'daily net buying'."""
    return reasons().fields.get(field_name, field_name.replace("_", " ") + " figures")


def series_words(instrument: str, field_name: str, provider: str | None = None) -> str:
    """'southbound daily net buying' (with ' from eastmoney' when a provider is named)."""
    return f"{instrument} {field_words(field_name)}" + (f" from {provider}" if provider else "")


def unchecked_reason(metric: str) -> str:
    """Why a metric is not checked, for a reader."""
    found = reasons().unchecked.get(metric)
    return found if found is not None else reasons().default_unchecked.format(metric=metric.replace("_", " "))


def intraday_reason(metric: str) -> str:
    """Why a figure read during the session is not checked: its metric's own reason (open, midday, a
    high or low), else the one for any figure of the session (a move by midday is never the day's)."""
    found = reasons().unchecked.get(metric)
    return found if found is not None else reasons().unchecked["intraday"]


QUALIFIER_WINDOW = 4


def qualifier_before(text: str, start: int, floor: int) -> tuple[str, str] | None:
    """(kind, word) of a qualifier written just before ``start`` (approximate, at_least, at_most), longest first."""
    before = text[max(floor, start - QUALIFIER_WINDOW) : start]
    if any(before.endswith(word) for word in reasons().not_qualifiers):
        return None  # 买超182亿元: a flow word that ends in 超, not 超过
    found = [(kind, word) for kind, words in reasons().qualifiers.items() for word in words if before.endswith(word)]
    return max(found, key=lambda kw: len(kw[1])) if found else None
