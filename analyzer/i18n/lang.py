"""Which language to speak: the explicit choice, the configuration, the document's script, the locale."""

from __future__ import annotations

import os
from collections.abc import Mapping
from functools import cache
from typing import Literal, get_args

import opencc

from analyzer.errors import ConfigError

Lang = Literal["zh-Hans", "zh-Hant", "en"]
LANGS: tuple[Lang, ...] = get_args(Lang)

# Spellings a user may type for each language (compared lower-case, '_' read as '-').
_ALIASES: dict[str, Lang] = {
    "zh-hans": "zh-Hans", "zh-cn": "zh-Hans", "zh-sg": "zh-Hans", "zh": "zh-Hans", "cn": "zh-Hans",
    "simplified": "zh-Hans", "sc": "zh-Hans",
    "zh-hant": "zh-Hant", "zh-tw": "zh-Hant", "zh-hk": "zh-Hant", "zh-mo": "zh-Hant", "tw": "zh-Hant",
    "hk": "zh-Hant", "traditional": "zh-Hant", "tc": "zh-Hant",
    "en": "en", "en-us": "en", "en-gb": "en", "english": "en",
}  # fmt: skip


def parse_lang(value: str, where: str = "--lang") -> Lang:
    """A language tag as one of :data:`LANGS`; anything else is E921 naming where it came from."""
    key = value.strip().lower().replace("_", "-")
    if key in _ALIASES:
        return _ALIASES[key]
    raise ConfigError(f"{where}: unknown language {value!r}; use one of {', '.join(LANGS)}", code="E921")


def locale_lang(environ: Mapping[str, str] | None = None) -> Lang:
    """The language of the user's locale (LC_ALL, LC_MESSAGES, LANG, as POSIX orders them): zh_TW/zh_HK/
    zh_MO and ``*Hant*`` → zh-Hant, other zh → zh-Hans, anything else (or C/POSIX/unset) → en."""
    env = os.environ if environ is None else environ
    for name in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = env.get(name, "")
        if value:
            tag = value.split(".")[0].split("@")[0].lower().replace("_", "-")
            if not tag.startswith("zh"):
                return "en"
            return "zh-Hant" if any(mark in tag for mark in ("tw", "hk", "mo", "hant")) else "zh-Hans"
    return "en"


@cache
def _t2s() -> opencc.OpenCC:
    return opencc.OpenCC("t2s")


def script_of(text: str, sample: int = 20_000) -> Lang:
    """``zh-Hant`` when the text is written in Traditional characters (more than a few characters of its
    first ``sample`` change under OpenCC t2s), else ``zh-Hans``; text without Han characters is ``zh-Hans``
    too, as the analyzer's documents are Chinese."""
    head = text[:sample]
    converted = _t2s().convert(head)
    changed = sum(1 for a, b in zip(head, converted, strict=False) if a != b) if len(converted) == len(head) else 0
    han = sum(1 for ch in head if "\u4e00" <= ch <= "\u9fff")
    # A Simplified text may hold a stray Traditional name; a Traditional text changes in ~1 of 5 Han
    # characters, so 1 in 20 tells them apart with room on both sides.
    return "zh-Hant" if han and changed >= max(2, han // 20) else "zh-Hans"


def resolve_lang(
    explicit: str | None = None,
    configured: str | None = None,
    *,
    document_text: str | None = None,
    environ: Mapping[str, str] | None = None,
) -> Lang:
    """The language to speak, first that applies: ``--lang``, the configuration's ``lang``, the
    document's script (for outputs about one document), the locale (for the CLI's own words)."""
    if explicit:
        return parse_lang(explicit, "--lang")
    if configured:
        return parse_lang(configured, "configuration 'lang'")
    if document_text is not None:
        return script_of(document_text)
    return locale_lang(environ)
