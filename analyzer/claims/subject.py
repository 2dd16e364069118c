"""Subject linking: find registry aliases (Simplified and Traditional) in the normalized text."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from analyzer.claims.vocabulary import metric_vocabulary
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


#: the subject of 本基金 when the document names no fund before it
UNNAMED_FUND = Instrument(id="unnamed_fund", kind="fund", name="本基金", aliases=("本基金",))


@cache
def _reference_regex() -> re.Pattern[str] | None:
    words = sorted(metric_vocabulary().fund_references, key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words))) if words else None


def find_subjects(text: str) -> list[AliasHit]:
    """Registry aliases, plus fund references (本基金, 上述基金) resolved to the last fund named before
    them; in order of position."""
    hits = default_matcher().find(text)
    regex = _reference_regex()
    if regex is None:
        return hits
    merged: list[AliasHit] = []
    last_fund: Instrument | None = None
    i = 0
    for match in regex.finditer(text):
        # one walk over the alias hits (both lists are in text order), remembering the last fund
        while i < len(hits) and hits[i].start < match.end():
            hit = hits[i]
            merged.append(hit)
            if hit.instrument.kind == "fund" and hit.end <= match.start():
                last_fund = hit.instrument
            i += 1
        if merged and merged[-1].end > match.start():
            continue  # part of a registry alias
        merged.append(AliasHit(match.start(), match.end(), match.group(), last_fund or UNNAMED_FUND))
    merged.extend(hits[i:])
    return merged
