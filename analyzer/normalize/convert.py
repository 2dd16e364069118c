"""Traditional → Simplified conversion with OpenCC (the official binding, module ``opencc``), and
``both_scripts``: a word list with its Traditional forms, for vocabularies written once in Simplified."""

from __future__ import annotations

from functools import cache
from typing import Literal

import opencc

from analyzer.errors import NormalizeError

Conversion = Literal["t2s", "hk2s", "tw2s", "none"]
CONVERSIONS: tuple[Conversion, ...] = ("t2s", "hk2s", "tw2s", "none")


@cache
def _converter(config: str) -> opencc.OpenCC:
    return opencc.OpenCC(config)


def convert_script(text: str, conversion: Conversion = "t2s") -> str:
    """Convert ``text`` with the named OpenCC configuration (``none`` returns it unchanged)."""
    if conversion == "none":
        return text
    if conversion not in CONVERSIONS:
        raise NormalizeError(f"unknown conversion {conversion!r}; use one of {', '.join(CONVERSIONS)}", code="E204")
    return _converter(conversion).convert(text)


def both_scripts(words: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """``words`` plus their Traditional forms, without duplicates, in the given order."""
    return _both_scripts(tuple(words))


@cache
def _both_scripts(words: tuple[str, ...]) -> tuple[str, ...]:
    out = dict.fromkeys(words)
    for conv in (_converter("s2t"), _converter("s2hk")):
        out.update(dict.fromkeys(conv.convert(w) for w in words))
    return tuple(out)
