"""An in-memory observation series with the date lookups the checkers need."""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal


@dataclass(frozen=True)
class Series:
    """One provider's observations of one (instrument, field), sorted by date, with their provenance."""

    instrument: str
    field: str
    points: tuple[tuple[dt.date, Decimal], ...]
    sources: tuple[str, ...] = ()
    provider: str = "user"
    licences: tuple[str, ...] = ()
    attributions: tuple[str, ...] = ()
    note: str | None = None
    _dates: list[dt.date] = field(default_factory=list, repr=False, compare=False)

    def __post_init__(self) -> None:
        self._dates.extend(d for d, _ in self.points)

    @property
    def label(self) -> str:
        return f"{self.instrument} {self.field}"

    @property
    def title(self) -> str:
        """The label with the provider, for methods and reasons: 'hstech close (eastmoney)'."""
        return f"{self.label} ({self.provider})"

    def provenance(self) -> str:
        """Source, licence and attribution as one line of verdict data."""
        parts = [f"provider {self.provider}: " + "; ".join(self.sources)]
        if self.licences:
            parts.append("licence " + "; ".join(self.licences))
        if self.attributions:
            parts.append("attribution " + "; ".join(self.attributions))
        return " — ".join(parts)

    @property
    def first(self) -> dt.date | None:
        return self._dates[0] if self._dates else None

    @property
    def last(self) -> dt.date | None:
        return self._dates[-1] if self._dates else None

    def __len__(self) -> int:
        return len(self.points)

    def on(self, day: dt.date) -> Decimal | None:
        """The value dated exactly ``day``."""
        i = bisect.bisect_left(self._dates, day)
        if i < len(self._dates) and self._dates[i] == day:
            return self.points[i][1]
        return None

    def on_or_before(self, day: dt.date) -> tuple[dt.date, Decimal] | None:
        """The latest observation dated ``day`` or earlier."""
        i = bisect.bisect_right(self._dates, day)
        return self.points[i - 1] if i else None

    def between(self, start: dt.date, end: dt.date) -> list[tuple[dt.date, Decimal]]:
        """Observations with ``start <= date <= end``."""
        lo = bisect.bisect_left(self._dates, start)
        hi = bisect.bisect_right(self._dates, end)
        return list(self.points[lo:hi])

    def describe_range(self) -> str:
        if not self.points:
            return "no observations"
        return f"{len(self)} observations {self.first} .. {self.last}"
