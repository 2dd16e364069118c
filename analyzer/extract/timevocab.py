"""The time vocabulary and settings (``corpora/patterns/time.yaml``) as validated pydantic models."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, StringConstraints, field_validator

from analyzer.datafiles import load_model
from analyzer.errors import ExtractError

__all__ = ["TimeSettings", "TimeVocab", "default_settings", "load_vocab"]

Word = Annotated[str, StringConstraints(min_length=1, pattern=r"^\S(?:.*\S)?$")]
Words = Annotated[tuple[Word, ...], Field(min_length=1)]
Chars = Annotated[str, StringConstraints(min_length=1, pattern=r"^\S+$")]
Unit = Literal["year", "month", "week", "day", "trading_day"]
PreferDatesFrom = Literal["current_year", "past", "future"]


class _Model(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class TimeSettings(_Model):
    """Ambiguity choices (after dateparser's settings): passable per call, defaults from the data file."""

    prefer_dates_from: PreferDatesFrom = Field(
        default="current_year",
        description="a month/day without a year: current_year (the as-of year unless the words point back), "
        "past (latest on or before as-of), future (earliest on or after as-of)",
    )
    fiscal_year_start_month: int = Field(
        default=4, ge=1, le=12, description="first month of a split fiscal year (2023/24) when the text states none"
    )


class Punctuation(_Model):
    clause: Chars
    sentence: Chars


class Trailing(_Model):
    prefixes: Words
    numeral_chars: Chars
    half: Words
    units: dict[Unit, Words] = Field(min_length=1)
    prefix_blockers: Chars
    suffixes: Words
    suffix_blockers: Chars
    bare_not_after: Chars
    short_prefixes: Words
    short_units: Annotated[tuple[Unit, ...], Field(min_length=1)]
    short_not_after: Chars

    @field_validator("units")
    @classmethod
    def _unique_words(cls, units: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        seen: set[str] = set()
        for words in units.values():
            for w in words:
                if w in seen:
                    raise ValueError(f"unit word '{w}' listed twice")
                seen.add(w)
        return units


class Ago(_Model):
    suffixes: Words
    not_before: Words


class Future(_Model):
    prefixes: Words
    range_connectors: Words


class Ytd(_Model):
    keywords: Words
    guarded_keywords: Words
    guard_chars: Chars
    guard_exceptions: Words
    after_year: Words


class Quarter(_Model):
    words: Words
    ordinal: Words
    first: Words
    end_suffixes: Words
    start_suffixes: Words
    cumulative_prefixes: Words
    bare_words: Words
    counters: Words
    current: Words
    previous: Words
    not_before: Words
    latest: Words


class Half(_Model):
    first: Words
    second: Words
    numbered: Words


class FirstMonths(_Model):
    prefixes: Words
    need_year: Words
    units: Words


class RemainingMonths(_Model):
    prefixes: Words
    units: Words


class Edges(_Model):
    month_end: Words
    month_start: Words
    year_end: Words
    year_start: Words
    ten_days: dict[Word, Annotated[int, Field(ge=1, le=3)]] = Field(min_length=1)
    not_after: Chars
    not_before: Words


class Weeks(_Model):
    current: Words
    previous: Words
    next: Words
    not_before: Words
    weekday_prefixes: Words
    weekday_not_after: Chars
    weekday_not_before: Words
    weekdays: dict[Word, Annotated[int, Field(ge=0, le=6)]] = Field(min_length=1)
    numbered: Words


class Days(_Model):
    today: Words
    yesterday: Words
    previous_trading: Words
    not_before: Words
    not_after: Words


class Months(_Model):
    current: Words
    previous: Words
    next: Words


class BareDay(_Model):
    not_after: Chars
    not_before: Words
    #: what may not follow the last day of a range of days (5月1日至5日期间 is the 5th: 期 is no guard there)
    range_end_not_before: Words = ("均",)


class BareCnMonth(_Model):
    """Guards for a month in Chinese numerals written alone (三月, 十二月份)."""

    not_after: Chars
    not_before: Words
    #: a month with neither 份 nor a character that is no Han after it stands only before or after these
    before: Words
    after: Words


class Fiscal(_Model):
    split_separators: Words
    split_words: Words
    year_words: Words
    fy_prefixes: Words
    forecast_suffixes: Words = ()
    current: Words
    previous: Words
    next: Words
    end_statement_subjects: Words
    end_statement_verbs: Words
    end_statement_tails: Words
    end_statement_every: Words
    ended_marker: Words
    ended_year_words: Words


class Cues(_Model):
    back: Words
    forward: Words
    forward_after: Words
    window: int = Field(ge=1, le=40)


class Range(_Model):
    connectors: Words
    to_now: Words
    #: what may not follow a to-now word (至今年2月 runs to this year's February, not to now)
    to_now_not_before: Words = ()


class Since(_Model):
    prefixes: Words
    suffixes: Words
    from_suffixes: Words
    from_not_before: Words
    events: Words


class TwoDigitYears(_Model):
    pivot: int = Field(ge=0, le=99)
    not_after: Chars
    not_before: Words


class Until(_Model):
    prefixes: Words


class YearSeries(_Model):
    """A series of years written short (23-25年, 2024/2025年, 2024-2026E): a row heading of forecasts."""

    list_separators: Words
    max_span: int = Field(ge=1, le=20)
    not_after: Chars
    not_before: Words


class AsOf(_Model):
    heading_lines: int = Field(ge=1, le=50)
    heading_labels: Words
    weekday_words: Words
    heading_trailers: Words
    future_cues: Words


class TimeVocab(_Model):
    """The whole of ``time.yaml``; every concept is defined once here."""

    version: Literal[2]
    settings: TimeSettings
    punctuation: Punctuation
    trailing: Trailing
    ago: Ago
    future: Future
    ytd: Ytd
    same_period_last_year: Words
    relative_years: dict[Word, int] = Field(min_length=1)
    relative_years_not_before: Chars
    relative_years_not_after: Chars
    year_list_separators: Chars
    year_prefixes: dict[Word, int] = Field(min_length=1)
    year_prefixes_in_context: Words
    year_prefixes_not_after: Chars
    quarter: Quarter
    half: Half
    first_months: FirstMonths
    remaining_months: RemainingMonths
    edges: Edges
    weeks: Weeks
    days: Days
    months: Months
    bare_day: BareDay
    fiscal: Fiscal
    cues: Cues
    range: Range
    since: Since
    until: Until
    two_digit_years: TwoDigitYears
    bare_year_range_not_before: Words
    before_suffixes: Words
    after_suffixes: Words
    full_year_suffixes: Words
    day_suffixes: Words
    month_suffixes: Words
    month_not_before: Words
    bare_cn_month: BareCnMonth
    as_of: AsOf
    year_series: YearSeries

    @property
    def units(self) -> dict[str, str]:
        """Unit word → unit name (个月 → month)."""
        return {w: unit for unit, words in self.trailing.units.items() for w in words}


def load_vocab(path: Path | None = None) -> TimeVocab:
    """Read and validate the time vocabulary; any problem is one ExtractError (E401) naming the entry."""
    if path is None:
        from analyzer.resources import corpora_path

        path = corpora_path("patterns", "time.yaml")
    return load_model(path, TimeVocab, ExtractError, "E401", "time vocabulary")


@cache
def shipped_vocab() -> TimeVocab:
    """The shipped vocabulary, read once per process."""
    return load_vocab()


def default_settings() -> TimeSettings:
    """The settings the shipped data file gives (used when a caller passes none)."""
    return shipped_vocab().settings
