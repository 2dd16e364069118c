"""Data-source notes: 「(数据来源:Wind,2024-03-07至2025-03-06,指数历史业绩不预示未来表现。)」.

A note names its sources and the period(s) it covers; it applies to the claims before it, back to
the previous note or the start of the section. The text is the punctuation-folded one
(``normalize.width.fold_punct``), so full-width notes 「（数据来源：Wind，…）」 read the same. One pass over
the notes; the time expressions inside each are found by bisect.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from analyzer.claims.vocabulary import metric_vocabulary
from analyzer.extract.base import Hit
from analyzer.normalize.convert import both_scripts
from analyzer.structure.vocabulary import structure_vocabulary
from analyzer.types import MentionKind


@dataclass(frozen=True, slots=True)
class RawNote:
    """A note in normalized offsets: its whole extent, its sources and the time hits inside."""

    start: int
    end: int
    sources: tuple[str, ...]
    periods: tuple[Hit, ...]


@cache
def _markers() -> str:
    words = sorted(both_scripts(structure_vocabulary().source_markers), key=len, reverse=True)
    return "|".join(map(re.escape, words))


@cache
def _marker_regex() -> re.Pattern[str]:
    return re.compile(f"(?:{_markers()})[:]")


@cache
def _note_regexes() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """A bracketed note holding a marker, and a line that starts with one (tried at line starts)."""
    markers = _markers()
    return (
        re.compile(rf"[(](?P<inner>[^()\n]*?(?:{markers})[:][^()\n]*)[)]"),
        re.compile(rf"(?P<line>[ \t]*(?:以上)?(?:{markers})[:][^\n]*)"),
    )


def _note_matches(text: str) -> list[tuple[re.Match[str], str]]:
    """Each note's match and its group (``inner`` or ``line``), as one scan of both ways in turn finds
    them (``[(]…[)]|^…`` with re.MULTILINE): a match starting inside the one before it is none. Scanned
    apart, the bracket pattern skips to each bracket in C and the line pattern is tried at line starts
    only; as one pattern, opening with an anchor in one way, it was tried at every character (15 → 5
    ms per 0.5M characters)."""
    bracketed, line = _note_regexes()
    found = [(m, "inner") for m in bracketed.finditer(text)]
    pos = 0
    while pos >= 0:
        if m := line.match(text, pos):
            found.append((m, "line"))
        pos = text.find("\n", pos)
        pos = pos + 1 if pos >= 0 else -1
    found.sort(key=lambda f: (f[0].start(), f[1] != "inner"))  # at one place the bracket's way was first
    kept, reached = [], 0
    for m, group in found:
        if m.start() >= reached:
            kept.append((m, group))
            reached = m.end()
    return kept


def find_notes(text: str, time_hits: list[Hit]) -> list[RawNote]:
    """Every data-source note in ``text`` (normalized, punctuation folded), in order."""
    words = metric_vocabulary().source_note
    not_a_source = both_scripts(words.not_a_source)
    time_starts = [h.start for h in time_hits]
    notes = []
    for match, group in _note_matches(text):
        g_start, g_end = match.span(group)
        body = match.group(group)
        marker = _marker_regex().search(body)
        assert marker is not None  # the regex required one
        list_start = g_start + marker.end()
        list_end = g_end
        semicolon = re.search(r"[;。]", text[list_start:g_end])
        if semicolon:
            list_end = list_start + semicolon.start()
        lo, hi = bisect_left(time_starts, list_start), bisect_left(time_starts, list_end)
        inside = tuple(
            h for h in time_hits[lo:hi] if h.end <= list_end and h.kind in (MentionKind.PERIOD, MentionKind.DATE)
        )
        sources = []
        for piece_match in re.finditer(r"《[^》]*》|[^,、《]+", text[list_start:list_end]):
            piece = piece_match.group().strip()
            p_start = list_start + piece_match.start()
            if not piece or any(h.start < p_start + len(piece) and p_start < h.end for h in inside):
                continue
            if piece.startswith("《"):
                sources.append(piece.strip("《》"))
            elif len(piece) <= words.max_source_chars and not any(w in piece for w in not_a_source):
                sources.append(piece)
        notes.append(RawNote(match.start(), match.end(), tuple(sources), inside))
    return notes
