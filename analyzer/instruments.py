"""The instrument registry (``corpora/instruments.yaml``), shared by subject linking and market data."""

from __future__ import annotations

from datetime import date
from functools import cache, cached_property
from pathlib import Path
from typing import Literal

import opencc
from pydantic import BaseModel, ConfigDict, field_validator

from analyzer.datafiles import load_model
from analyzer.errors import ConfigError
from analyzer.resources import corpora_path

InstrumentKind = Literal["index", "fund", "stock", "company", "flow", "macro", "aggregate", "sector", "rate"]
#: the kinds a subject can have, for validating data files and documenting outputs
INSTRUMENT_KINDS: tuple[str, ...] = InstrumentKind.__args__


class Instrument(BaseModel):
    """One thing a claim can be about: an index, fund, stock, flow, market aggregate or macro series."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    kind: InstrumentKind
    name: str
    name_en: str | None = None
    currency: str | None = None
    #: the currency a listed company reports its results in, when not its trading currency
    #: (腾讯控股 trades in HKD and reports in CNY)
    report_currency: str | None = None
    code: str | None = None
    tracks: str | None = None
    fund_type: str | None = None
    cross_border: bool = False
    launch: date | None = None
    aliases: tuple[str, ...]
    #: text that, right after an alias (spaces skipped), means another instrument (纳斯达克 100)
    not_before: tuple[str, ...] = ()
    #: bare aliases that name this instrument only by default (CPI is China's unless the sentence
    #: names another place or series: 美国…CPI, 核心CPI)
    assumed: tuple[str, ...] = ()

    def written_forms(self) -> tuple[str, ...]:
        """The name and aliases as listed, then their Traditional forms (Hong Kong and Taiwan usage):
        the data lists Simplified only, since matching runs on the Simplified text."""
        listed = (self.name, *self.aliases)
        return tuple(dict.fromkeys([*listed, *(form for alias in listed for form in traditional_forms(alias))]))

    @field_validator("aliases")
    @classmethod
    def _non_empty(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if not value or any(not a.strip() for a in value):
            raise ValueError("aliases must be a non-empty list of non-blank strings")
        return value


class InstrumentRegistry(BaseModel):
    """All instruments, by id, with their aliases."""

    model_config = ConfigDict(frozen=True)

    instruments: tuple[Instrument, ...]
    #: words that, earlier in the sentence, make a bare (``assumed``) alias another series
    qualifiers: tuple[str, ...] = ()

    def get(self, instrument_id: str) -> Instrument | None:
        return self._by_id.get(instrument_id)

    @cached_property
    def _by_id(self) -> dict[str, Instrument]:
        """Instruments by id, built on the first look-up (claim assembly looks one up per named figure)."""
        return {i.id: i for i in self.instruments}

    def alias_table(self) -> list[tuple[str, Instrument]]:
        """(alias, instrument) pairs, longest alias first."""
        pairs = [(alias, inst) for inst in self.instruments for alias in (inst.name, *inst.aliases)]
        return sorted(set(pairs), key=lambda p: (-len(p[0]), p[0], p[1].id))


@cache
def _opencc(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def traditional_forms(text: str) -> tuple[str, ...]:
    """``text`` in Hong Kong and Taiwan Traditional script (OpenCC s2hk, s2tw), when they differ from it."""
    forms = dict.fromkeys(_opencc(config).convert(text) for config in ("s2hk", "s2tw"))
    return tuple(f for f in forms if f != text)


def load_registry(path: Path | None = None) -> InstrumentRegistry:
    """Read and validate an instrument registry; errors name the file and the entry."""
    path = path or corpora_path("instruments.yaml")
    registry = load_model(path, InstrumentRegistry, ConfigError, "E903", "instrument registry")
    ids = [i.id for i in registry.instruments]
    dupes = sorted({i for i in ids if ids.count(i) > 1})
    if dupes:
        raise ConfigError(f"{path}: duplicate instrument ids: {', '.join(dupes)}", code="E903")
    return registry


@cache
def default_registry() -> InstrumentRegistry:
    """The shipped registry, loaded once per process."""
    return load_registry()
