"""Subject linking: find registry aliases (Simplified and Traditional) in the normalized text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from analyzer.instruments import Instrument, InstrumentRegistry, default_registry
from analyzer.normalize.convert import convert_script


@dataclass(frozen=True, slots=True)
class AliasHit:
    """An alias found at ``[start, end)`` of the normalized text."""

    start: int
    end: int
    alias: str
    instrument: Instrument


class AliasMatcher:
    """One alternation of every alias, longest first, so the longest alias at a position wins."""

    def __init__(self, registry: InstrumentRegistry) -> None:
        table: dict[str, Instrument] = {}
        for alias, inst in registry.alias_table():
            for form in (alias, convert_script(alias, "t2s")):
                table.setdefault(form, inst)
        self._table = table
        ordered = sorted(table, key=len, reverse=True)
        # ASCII aliases must not sit inside a longer Latin word or code (M1 of DeepSeek-M1X)
        parts = [
            (r"(?<![A-Za-z0-9])" + re.escape(a) + r"(?![A-Za-z0-9])") if a.isascii() else re.escape(a) for a in ordered
        ]
        self._regex = re.compile("|".join(parts))

    def find(self, text: str) -> list[AliasHit]:
        return [AliasHit(m.start(), m.end(), m.group(), self._table[m.group()]) for m in self._regex.finditer(text)]


@cache
def default_matcher() -> AliasMatcher:
    return AliasMatcher(default_registry())
