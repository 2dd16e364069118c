"""``corpora/market/series.yaml``: which shipped file is which provider's series, licences, trading
calendars and the documented bands by which providers' valuation figures differ."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, model_validator

from analyzer.datafiles import load_model
from analyzer.errors import MarketDataError
from analyzer.resources import corpora_path


class SeriesSpec(BaseModel):
    """One shipped series file: one provider's observations of one (instrument, field)."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    file: str
    instrument: str
    field: str
    provider: str
    unit: str
    frequency: Literal["daily", "monthly", "quarterly"]
    source: str
    licence: str
    attribution: str | None = None
    scale: Decimal = Decimal(1)
    from_date: dt.date | None = Field(default=None, alias="from")
    until: dt.date | None = None
    note: str | None = None
    alternates: tuple[str, ...] = ()


class Band(BaseModel):
    """How far one quantity commonly differs between providers: a relative share or absolute units."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    relative: Decimal | None = None
    absolute: Decimal | None = None
    unit: str = ""

    @model_validator(mode="after")
    def _one(self) -> Band:
        if (self.relative is None) == (self.absolute is None):
            raise ValueError("give exactly one of relative, absolute")
        return self

    def width(self, level: Decimal) -> Decimal:
        return abs(level) * self.relative if self.relative is not None else self.absolute  # type: ignore[return-value]

    def describe(self) -> str:
        if self.relative is not None:
            return f"{(self.relative * 100).normalize():f}%"
        return f"{self.absolute.normalize():f} {self.unit}".strip() if self.absolute is not None else ""


class Catalog(BaseModel):
    """The parsed series catalog."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    calendars: dict[str, str] = {}
    licences: dict[str, str] = {}
    series: tuple[SeriesSpec, ...] = ()
    bands: dict[str, Band] = {}
    #: exchanges that have closed for weather (a typhoon, a rainstorm) on days their calendar lists as sessions
    unannounced_closures: tuple[str, ...] = ()
    _rank_cache: dict[tuple[str, str, str], int] = PrivateAttr(default_factory=dict)

    def model_post_init(self, __context: object) -> None:
        counters: dict[tuple[str, str], int] = {}
        for spec in self.series:
            key = (spec.instrument, spec.field, spec.provider)
            if key not in self._rank_cache:
                n = counters.get((spec.instrument, spec.field), 0)
                self._rank_cache[key] = n
                counters[(spec.instrument, spec.field)] = n + 1

    @model_validator(mode="after")
    def _licences_known(self) -> Catalog:
        for i, spec in enumerate(self.series):
            if spec.licence not in self.licences:
                raise ValueError(f"series.{i} ({spec.file}): licence {spec.licence!r} is not under licences")
        return self

    def calendar_name(self, instrument: str) -> str | None:
        return self.calendars.get(instrument)

    def alternates(self, instrument: str, field: str) -> tuple[str, ...]:
        """Fields stating the same quantity on another basis (M1 old definition), never mixed in."""
        for spec in self.series:
            if spec.instrument == instrument and spec.field == field and spec.alternates:
                return spec.alternates
        return ()

    def licence_text(self, licence: str) -> str:
        return self.licences.get(licence, licence)

    def provider_rank(self, instrument: str, field: str, provider: str) -> int:
        """Order of preference of a provider for (instrument, field): listed order, others after."""
        ranks = self._ranks()
        return ranks.get((instrument, field, provider), 1000)

    def note(self, instrument: str, field: str, provider: str) -> str | None:
        for spec in self.series:
            if (spec.instrument, spec.field, spec.provider) == (instrument, field, provider) and spec.note:
                return spec.note
        return None

    def _ranks(self) -> dict[tuple[str, str, str], int]:
        return self._rank_cache


def load_catalog(path: Path | None = None) -> Catalog:
    """Read and validate a series catalog; errors name the file and the entry."""
    path = path or corpora_path("market", "series.yaml")
    return load_model(path, Catalog, MarketDataError, "E510", "series catalog")


@cache
def default_catalog() -> Catalog:
    """The shipped catalog, loaded once per process."""
    return load_catalog()
