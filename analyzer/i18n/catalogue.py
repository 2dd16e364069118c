"""The message catalogue: entries keyed by a dotted id, each in English, Simplified and Traditional."""

from __future__ import annotations

import string
from collections.abc import Iterable, Mapping
from functools import cache
from pathlib import Path
from typing import Any

import opencc
from pydantic import BaseModel, ConfigDict, Field, ValidationError, model_validator

from analyzer.datafiles import read_yaml, validation_message
from analyzer.errors import ConfigError
from analyzer.i18n.lang import Lang
from analyzer.resources import corpora_path

KEY = r"^[a-z0-9_]+(\.[A-Za-z0-9_-]+)+$"


def placeholders(text: str) -> frozenset[str]:
    """The ``{names}`` a message expects (format specs and conversions ignored)."""
    return frozenset(name.split(".")[0].split("[")[0] for _, name, _, _ in string.Formatter().parse(text) if name)


@cache
def _s2tw() -> opencc.OpenCC:
    return opencc.OpenCC("s2tw")


class Entry(BaseModel):
    """One message in three languages. ``zh_Hant`` may be left out: it is then the Simplified text in
    Traditional characters (OpenCC s2tw, characters only, no change of idiom); write it out where a
    Traditional reader would word it differently (報酬 for 收益率, 獲利 for 盈利)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True, frozen=True)

    en: str = Field(min_length=1)
    zh_Hans: str = Field(alias="zh-Hans", min_length=1)
    zh_Hant: str | None = Field(default=None, alias="zh-Hant", min_length=1)

    @model_validator(mode="after")
    def _same_placeholders(self) -> Entry:
        want = placeholders(self.en)
        for lang, text in (("zh-Hans", self.zh_Hans), ("zh-Hant", self.zh_Hant)):
            if text is not None and placeholders(text) != want:
                got = ", ".join(sorted(placeholders(text))) or "none"
                need = ", ".join(sorted(want)) or "none"
                raise ValueError(f"{lang} has placeholders {{{got}}} but en has {{{need}}}")
        return self

    def text(self, lang: Lang) -> str:
        """The message in ``lang``."""
        if lang == "en":
            return self.en
        if lang == "zh-Hans":
            return self.zh_Hans
        return self.zh_Hant if self.zh_Hant is not None else _s2tw().convert(self.zh_Hans)


class Catalogue(BaseModel):
    """Messages by id. Built from one or more files; an id defined twice is an error (E920)."""

    model_config = ConfigDict(extra="forbid")

    entries: dict[str, Entry] = Field(default_factory=dict)

    def get(self, key: str, lang: Lang, /, **params: Any) -> str:
        """The message ``key`` in ``lang`` with ``params`` filled in; an unknown key is a bug (KeyError)."""
        try:
            entry = self.entries[key]
        except KeyError:
            raise KeyError(f"no message {key!r} in the catalogue") from None
        text = entry.text(lang)
        return text.format(**params) if params or placeholders(text) else text

    def merged(self, other: Catalogue, where: str = "catalogue") -> Catalogue:
        """This catalogue with ``other``'s entries added; an id both define is E920."""
        clash = sorted(self.entries.keys() & other.entries.keys())
        if clash:
            raise ConfigError(f"{where}: message id {clash[0]!r} is defined twice", code="E920")
        return Catalogue(entries={**self.entries, **other.entries})


def catalogue_from_mapping(raw: Mapping[str, Any], where: str) -> Catalogue:
    """Validate ``{id: {en, zh-Hans, zh-Hant?}}`` as a catalogue; the first problem is E920 naming the id."""
    import re

    entries: dict[str, Entry] = {}
    for key, value in raw.items():
        if not isinstance(key, str) or not re.match(KEY, key):
            raise ConfigError(f"{where}: {key!r} is not a message id (dotted lower-case words, e.g. status.ok)",
                              code="E920")
        try:
            entries[key] = Entry.model_validate(value)
        except ValidationError as exc:
            raise ConfigError(f"{where}: message {key!r}: {validation_message(exc)}", code="E920") from exc
    return Catalogue(entries=entries)


def load_catalogue(paths: Iterable[Path]) -> Catalogue:
    """Read and merge catalogue files (each a YAML mapping of message id → entry)."""
    result = Catalogue()
    for path in paths:
        raw = read_yaml(path, ConfigError, "E920", "message catalogue")
        if raw is None:
            continue
        if not isinstance(raw, dict):
            raise ConfigError(f"{path}: a message catalogue is a mapping of message id → en/zh-Hans/zh-Hant",
                              code="E920")
        result = result.merged(catalogue_from_mapping(raw, str(path)), str(path))
    return result


@cache
def shipped_catalogue() -> Catalogue:
    """Every message the package ships (``corpora/messages/*.yaml``), loaded once per process."""
    return load_catalogue(sorted(corpora_path("messages").glob("*.yaml")))


def message(key: str, lang: Lang, /, **params: Any) -> str:
    """A shipped message in ``lang``: ``message("status.supported", "en")``."""
    return shipped_catalogue().get(key, lang, **params)
