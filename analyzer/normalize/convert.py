"""Traditional → Simplified conversion with OpenCC (the official binding, module ``opencc``)."""

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
