"""``corpora/market/series.yaml``: which shipped file is which series, and each subject's trading calendar."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict

from analyzer.datafiles import load_model
from analyzer.errors import MarketDataError
from analyzer.resources import corpora_path


class SeriesSpec(BaseModel):
    """One shipped series file and what it holds."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    file: str
    instrument: str
    field: str
    unit: str
    frequency: Literal["daily", "monthly"]
    source: str
    alternates: tuple[str, ...] = ()


class Catalog(BaseModel):
    """The parsed series catalog."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    calendars: dict[str, str] = {}
    series: tuple[SeriesSpec, ...] = ()

    def calendar_name(self, instrument: str) -> str | None:
        return self.calendars.get(instrument)

    def alternates(self, instrument: str, field: str) -> tuple[str, ...]:
        """Fields stating the same quantity on another basis (M1 old definition), never mixed in."""
        for spec in self.series:
            if spec.instrument == instrument and spec.field == field:
                return spec.alternates
        return ()


def load_catalog(path: Path | None = None) -> Catalog:
    """Read and validate a series catalog; errors name the file and the entry."""
    path = path or corpora_path("market", "series.yaml")
    return load_model(path, Catalog, MarketDataError, "E510", "series catalog")


@cache
def default_catalog() -> Catalog:
    """The shipped catalog, loaded once per process."""
    return load_catalog()
