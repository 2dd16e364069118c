"""The quantity vocabulary and patterns (``corpora/patterns/quantities.yaml``), validated by pydantic
at load time: every pattern has an explicit score, every listed word is in its table, and every
regex compiles once its fragments are substituted."""

from __future__ import annotations

import re
from decimal import Decimal
from functools import cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from analyzer.datafiles import load_model
from analyzer.errors import ExtractError
from analyzer.resources import corpora_path


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class PatternSpec(_Strict):
    """One regex of a recognizer, with its score and what its match means."""

    name: str = Field(min_length=1)
    regex: str = Field(min_length=1)
    score: float = Field(ge=0.0, le=1.0, description="stated here, never derived from the name")
    unit: str | None = Field(default=None, description="the mention's unit when the recognizer's default does not fit")
    currency: str | None = Field(default=None, pattern=r"^[A-Z]{3}$", description="ISO code of a sub-unit (港仙)")
    factor: Decimal = Field(default=Decimal(1), gt=0, description="stated unit → mention unit (bp → pp: 0.01)")
    context: tuple[str, ...] = Field(default=(), description="one of these words must stand just before the match")
    window: int = Field(default=0, ge=0, le=64, description="how many characters before the match to look for context")
    requires: tuple[str, ...] = Field(
        default=(), description="the pattern runs only on a text holding one of these strings (a cheap prefilter)"
    )
    max_stated: Decimal | None = Field(
        default=None, description="a larger stated figure is read differently by different writers: no mention"
    )
    not_after: str | None = Field(
        default=None, description="a word list of the vocabulary; a match right after one of its words is vetoed"
    )
    pivot: str | None = Field(
        default=None,
        min_length=1,
        description="a literal every match holds at most `pivot_reach` characters after its start: the pattern "
        "is tried only just before each place the literal stands (found at C speed), not along the whole text",
    )
    pivot_reach: int = Field(default=0, ge=0, le=16, description="how far after a match's start its pivot may stand")

    @model_validator(mode="after")
    def _context_needs_window(self) -> PatternSpec:
        if bool(self.context) != bool(self.window):
            raise ValueError(f"pattern {self.name!r}: context and window go together")
        if self.pivot is not None and self.pivot not in self.regex:
            raise ValueError(f"pattern {self.name!r}: its pivot {self.pivot!r} is not a literal of its regex")
        return self


#: the vocabulary's word lists a pattern may name in ``not_after``
WORD_LISTS = ("change_words", "ratio_moves")


class QuantityVocabulary(_Strict):
    fragments: dict[str, str]
    magnitudes: dict[str, int]
    magnitude_not_before: dict[str, tuple[str, ...]] = {}
    currencies: dict[str, str]
    currency_after: tuple[str, ...]
    currency_before: tuple[str, ...]
    per_parts: dict[str, Decimal]
    count_nouns: tuple[str, ...]
    measure_units: tuple[str, ...] = ()
    count_not_before: tuple[str, ...] = ()
    small_count_nouns: tuple[str, ...] = ()
    small_count_not_before: tuple[str, ...] = ()
    change_words: tuple[str, ...] = ()
    ratio_moves: tuple[str, ...] = ()
    recognizers: dict[str, tuple[PatternSpec, ...]]

    @model_validator(mode="after")
    def _consistent(self) -> QuantityVocabulary:
        for word in self.magnitude_not_before:
            if word not in self.magnitudes:
                raise ValueError(f"magnitude_not_before: {word!r} is not a magnitude")
        for word in (*self.currency_after, *self.currency_before):
            if word not in self.currencies:
                raise ValueError(f"currency word {word!r} is not in currencies")
        for word, code in self.currencies.items():
            if not re.fullmatch(r"[A-Z]{3}", code):
                raise ValueError(f"currencies.{word}: {code!r} is not an ISO 4217 code")
        for word in self.small_count_nouns:
            if word not in self.count_nouns:
                raise ValueError(f"small_count_nouns: {word!r} is not in count_nouns")
        for recognizer, specs in self.recognizers.items():
            if not specs:
                raise ValueError(f"recognizers.{recognizer}: no patterns")
            for spec in specs:
                if spec.not_after is not None and spec.not_after not in WORD_LISTS:
                    raise ValueError(f"recognizers.{recognizer}: {spec.name!r}: no word list {spec.not_after!r}")
                try:
                    re.compile(self.expand(spec.regex))
                except re.error as exc:
                    raise ValueError(f"recognizers.{recognizer}: pattern {spec.name!r}: {exc}") from None
        return self

    def all_fragments(self) -> dict[str, str]:
        """The literal fragments plus those built from the tables (each word listed once)."""

        def alternation(words: object) -> str:
            return "(?:" + "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True)) + ")"

        out = dict(self.fragments)
        words = sorted(self.magnitudes, key=len, reverse=True)
        guards = self.magnitude_not_before
        guarded = [re.escape(w) + (f"(?!{alternation(guards[w])})" if w in guards else "") for w in words]
        out["magnitude"] = "(?:" + "|".join(guarded) + ")"
        out["currency_after"] = alternation(self.currency_after)
        out["currency_before"] = alternation(self.currency_before)
        # the first characters of those words, for a fail-fast lookahead
        out["currency_before_start"] = "[" + "".join(sorted({re.escape(w[0]) for w in self.currency_before})) + "]"
        out["count_noun"] = alternation((*self.count_nouns, *self.measure_units))
        out["count_not_before"] = alternation(self.count_not_before) if self.count_not_before else "(?!)"
        out["small_count_noun"] = alternation(self.small_count_nouns) if self.small_count_nouns else "(?!)"
        out["small_count_not_before"] = (
            alternation(self.small_count_not_before) if self.small_count_not_before else "(?!)"
        )
        return out

    def words(self, name: str) -> tuple[str, ...]:
        """A word list by name (``change_words``)."""
        return tuple(getattr(self, name))

    def expand(self, regex: str) -> str:
        """``regex`` with every ``{fragment}`` substituted."""
        for key, frag in self.all_fragments().items():
            regex = regex.replace("{" + key + "}", frag)
        return regex


def load_quantity_vocabulary(path: Path) -> QuantityVocabulary:
    """Read and validate a quantity vocabulary file; any defect is one coded line (E403)."""
    return load_model(path, QuantityVocabulary, ExtractError, "E403", "quantity vocabulary")


@cache
def quantity_vocabulary() -> QuantityVocabulary:
    """The shipped ``corpora/patterns/quantities.yaml``, loaded once per process."""
    return load_quantity_vocabulary(corpora_path("patterns", "quantities.yaml"))
