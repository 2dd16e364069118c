"""``corpora/market/checks.yaml``: which stored field states a metric's figure, how a monthly figure is
dated, whose turnover stands for a market's, and the documented bands of rates (see the file)."""

from __future__ import annotations

from decimal import Decimal
from functools import cache

from pydantic import BaseModel, ConfigDict

from analyzer.datafiles import load_model
from analyzer.errors import MarketDataError
from analyzer.resources import corpora_path


class ShortName(BaseModel):
    """An index's short name in one market's reports, and the words that show a document is that market's."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    index: str
    market: tuple[str, ...]


class TextFigures(BaseModel):
    """The metrics and words of the in-sentence identities (checkers/text_figures.py)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rate_changes: frozenset[str] = frozenset()
    excess: frozenset[str] = frozenset()
    changes: frozenset[str] = frozenset()
    growths: frozenset[str] = frozenset()
    shares: frozenset[str] = frozenset()
    yoy: frozenset[str] = frozenset()
    compound: tuple[str, ...] = ()
    part_markers: tuple[str, ...] = ()
    sum_markers: tuple[str, ...] = ()
    sum_gap: int = 0
    share_words: tuple[str, ...] = ()
    share_filler: tuple[str, ...] = ()
    cell_separators: tuple[str, ...] = ()
    implied_spread: Decimal = Decimal(0)
    per_share: frozenset[str] = frozenset()
    multiples: frozenset[str] = frozenset()
    whole_reach: int = 0
    events: frozenset[str] = frozenset()
    member_heads: tuple[str, ...] = ()
    summed_shares: frozenset[str] = frozenset()
    not_summed: frozenset[str] = frozenset()


class Readings(BaseModel):
    """The parsed checks file."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    levels: dict[str, tuple[str, ...]] = {}
    monthly: dict[str, str] = {}
    month_end: frozenset[str] = frozenset()
    month_flow: frozenset[str] = frozenset()
    year_to_date: dict[str, str] = {}
    flow_change_bases: dict[str, int] = {}
    in_force: frozenset[str] = frozenset()
    series_metrics: dict[str, str] = {}
    turnover_of: dict[str, str] = {}
    index_of: dict[str, str] = {}
    short_names: dict[str, ShortName] = {}
    after_open: tuple[str, ...] = ()
    day_range: tuple[str, ...] = ()
    other_economies: tuple[str, ...] = ()
    adjusted_fields: dict[str, str] = {}
    adjusted_metrics: frozenset[str] = frozenset()
    ex_dividend_metrics: frozenset[str] = frozenset()
    scope_unsure: frozenset[str] = frozenset()
    with_beijing: tuple[str, ...] = ()
    unsaid: tuple[str, ...] = ()
    day_total: tuple[str, ...] = ()
    previous_session: tuple[str, ...] = ()
    change_bases: dict[str, tuple[str, ...]] = {}
    bands: dict[str, Decimal] = {}
    precision: dict[str, Decimal] = {}
    truncated_units: frozenset[str] = frozenset()
    currency_basis: dict[str, str] = {}
    basis_words: dict[str, tuple[str, ...]] = {}
    growth_bands: dict[str, Decimal] = {}
    text_figures: TextFigures = TextFigures()

    def data_precision(self, provider: str) -> Decimal:
        """Half a unit of the provider's own last digit (0 when it publishes more digits than articles)."""
        return self.precision.get(provider, Decimal(0))


@cache
def readings() -> Readings:
    """The shipped checks file, loaded once per process."""
    return load_model(corpora_path("market", "checks.yaml"), Readings, MarketDataError, "E550", "checks file")
