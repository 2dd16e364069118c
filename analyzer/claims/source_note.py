"""Data-source notes: 「(数据来源:Wind,2024-03-07至2025-03-06,指数历史业绩不预示未来表现。)」.

A note names its sources and the period(s) it covers; it applies to the claims before it, back to
the previous note or the start of the section. The text is the punctuation-folded one
(``sentences.fold_punct``), so full-width notes 「（数据来源：Wind，…）」 read the same. One pass over
the notes; the time expressions inside each are found by bisect.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from functools import cache

from analyzer.claims.vocabulary import both_scripts, metric_vocabulary
from analyzer.extract.base import Hit
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
    words = sorted(both_scripts(metric_vocabulary().source_note.markers), key=len, reverse=True)
    return "|".join(map(re.escape, words))


@cache
def _marker_regex() -> re.Pattern[str]:
    return re.compile(f"(?:{_markers()})[:]")


@cache
def _note_regex() -> re.Pattern[str]:
    markers = _markers()
    # a bracketed note holding a marker, or a line that starts with one
    return re.compile(
        rf"[(](?P<inner>[^()\n]*?(?:{markers})[:][^()\n]*)[)]"
        rf"|^(?P<line>[ \t]*(?:以上)?(?:{markers})[:][^\n]*)",
        re.MULTILINE,
    )


def find_notes(text: str, time_hits: list[Hit]) -> list[RawNote]:
    """Every data-source note in ``text`` (normalized, punctuation folded), in order."""
    words = metric_vocabulary().source_note
    not_a_source = both_scripts(words.not_a_source)
    time_starts = [h.start for h in time_hits]
    notes = []
    for match in _note_regex().finditer(text):
        group = "inner" if match.group("inner") is not None else "line"
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
