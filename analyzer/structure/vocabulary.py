"""The structure vocabulary (``corpora/patterns/structure.yaml``): item separators, part shapes and
document genres with their conventions, validated at load time."""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from analyzer.datafiles import load_model
from analyzer.errors import ExtractError
from analyzer.normalize.convert import both_scripts
from analyzer.regexguard import word_alternation
from analyzer.resources import corpora_path


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


def _regex(value: str) -> str:
    try:
        re.compile(value, re.MULTILINE)
    except re.error as exc:
        raise ValueError(f"not a regex: {exc}") from exc
    return value


class Genre(_Strict):
    """A kind of document and its conventions."""

    cues: tuple[str, ...] = Field(min_length=1)
    #: words the headline must hold as well (a fund report names a fund)
    requires: tuple[str, ...] = ()
    #: which session a session figure reports: the item's date, or the session before it
    session: Literal["same", "previous"] | None = None
    #: a figure with no period of its own covers the report period the title states
    report_period: bool = False
    #: a document of this genre is one article: its titles head sections, none starts an item
    one_article: bool = False
    #: words that make a headline holding a cue no such item (港股低开高收: a close, not an opening)
    unless: tuple[str, ...] = ()
    #: its session figures are read during the session (a midday or opening report), unless their
    #: sentence holds one of ``unless``; a bare level there is ``level`` (midday, open), not the close
    intraday: bool = False
    level: Literal["midday", "open"] | None = None
    #: headline words of a review written at the midday break (午评): the day has not closed, so a close
    #: word in its body with no day of its own (截至收盘) names the midday close, never the day's
    written_at_midday: tuple[str, ...] = ()

    def matches(self, headline: str) -> bool:
        """Whether ``headline`` (either script) holds a cue and every required word, and none of ``unless``."""
        # each list compiled once into one alternation (``word_alternation``): a search each, no Python
        # step per word (every line of a document is tried against every genre)
        return (
            _holds(headline, self.cues)
            and (not self.requires or _holds(headline, self.requires))
            and not _holds(headline, self.unless)
        )

    def written_before_close(self, headline: str) -> bool:
        """Whether ``headline`` (either script) names a review written at the midday break."""
        return bool(self.written_at_midday) and _holds(headline, self.written_at_midday)


def _holds(text: str, words: tuple[str, ...]) -> bool:
    """Whether ``text`` holds one of ``words`` in either script."""
    found = word_alternation(both_scripts(words))
    return found is not None and found.search(text) is not None


class Byline(_Strict):
    author_words: tuple[str, ...]
    institution_suffixes: tuple[str, ...]


class OvernightMarket(_Strict):
    """A market whose session ends before the Asian day begins (US and European stocks, metals and oil
    settled in London or New York), with the words naming it."""

    #: why its session is the one before the item's date, in the reader's words
    why: str = Field(min_length=1)
    words: tuple[str, ...] = Field(min_length=1)


class StructureVocabulary(_Strict):
    """The whole file."""

    separator: str
    heading: str
    blank_lines_between_items: int = Field(ge=2)
    headline_chars: int = Field(gt=0)
    dateline_extra: int = Field(ge=0)
    wire_dateline: str
    byline: Byline
    source_markers: tuple[str, ...]
    source_words: tuple[str, ...]
    caption: str
    table_row: str
    genres: dict[str, Genre]
    #: currencies of markets whose session ends before the Asian day begins (a figure dated only by the
    #: item's date is the session before it)
    overnight_currencies: tuple[str, ...] = ()
    #: markets no registry instrument stands for, named by their words
    overnight_markets: dict[str, OvernightMarket] = {}
    #: a close posted in the small hours Beijing time (北京时间03:00收报): the night session of the day before
    night_close: str | None = None
    #: words after a span's time words in a headline saying the span closes with the session (A股7月收官)
    span_closing: tuple[str, ...] = ()

    @field_validator("overnight_markets")
    @classmethod
    def _one_market_a_word(cls, value: dict[str, OvernightMarket]) -> dict[str, OvernightMarket]:
        seen: dict[str, str] = {}
        for name, market in value.items():
            for word in market.words:
                if seen.setdefault(word, name) != name:
                    raise ValueError(f"「{word}」 names two overnight markets ({seen[word]}, {name})")
        return value

    def overnight_market(self, text: str) -> tuple[str, OvernightMarket] | None:
        """(word, market) of the first overnight market's word (either script) found in ``text``."""
        for market in self.overnight_markets.values():
            word = next((w for w in both_scripts(market.words) if w in text), None)
            if word is not None:
                return word, market
        return None

    @field_validator("night_close")
    @classmethod
    def _night_close_compiles(cls, value: str | None) -> str | None:
        return None if value is None else _regex(value)

    @field_validator("separator", "heading", "caption", "table_row")
    @classmethod
    def _compiles(cls, value: str) -> str:
        return _regex(value)

    @field_validator("wire_dateline")
    @classmethod
    def _has_day(cls, value: str) -> str:
        if "day" not in re.compile(_regex(value)).groupindex:
            raise ValueError("wire_dateline needs a group named day")
        return value


@cache
def structure_vocabulary() -> StructureVocabulary:
    """Load and validate the shipped structure vocabulary once per process."""
    path = corpora_path("patterns", "structure.yaml")
    return load_model(path, StructureVocabulary, ExtractError, "E410", "structure vocabulary")
