"""Invisible characters inside numbers (issue 23): text copied from web pages carries zero-width
spaces, joiners, word joiners, byte-order marks and soft hyphens between digits (6⟨U+200B⟩068.77).

Those six are ignored for reading a number: :func:`drop_in_numbers` removes them where they sit inside
one (between a digit and a digit, decimal point, comma or percent sign) and returns the offset map back
to the text, so every record's text is still the original slice (it includes the invisible character).
Any other format character (Unicode category Cf: direction marks, invisible operators …) between two
digits breaks the number: :func:`mark_broken_numbers` replaces it, one for one, by ``_``, which the
recognizers' guards never read across, so neither side becomes a figure of its own (never "068.77").
"""

from __future__ import annotations

import re
import unicodedata
from array import array

from analyzer.normalize.offsets import OffsetMap
from analyzer.regexguard import compile_guarded

__all__ = ["IGNORED_IN_NUMBERS", "drop_in_numbers", "mark_broken_numbers"]

#: zero-width space, non-joiner, joiner, word joiner, BOM (zero-width no-break space), soft hyphen
IGNORED_IN_NUMBERS = "\u200b\u200c\u200d\u2060\ufeff\u00ad"
_IGNORED = f"[{IGNORED_IN_NUMBERS}]+"
_POINT = ".,，．"  # the full-width ones are made ASCII later, by width normalization
# behind a look-ahead of its first characters (rare): 17 -> 5 ms per 0.5M characters
_INSIDE = compile_guarded(rf"(?<=\d){_IGNORED}(?=[\d{_POINT}%％])|(?<=\d[{_POINT}]){_IGNORED}(?=\d)")
# candidates: runs of non-ASCII characters that are neither word characters nor spaces between two digits
# (format characters are among them; which are is decided by their Unicode category, not by a list)
# (the digit before is matched, not looked behind for: a pattern that starts with a class is scanned fast)
_BETWEEN_DIGITS = re.compile(r"(\d)([^\x00-\x7f\w\s]+)(?=\d)")


def drop_in_numbers(text: str) -> tuple[str, OffsetMap]:
    """``text`` without the ignorable characters inside numbers, and the map from it back to ``text``."""
    if not any(ch in text for ch in IGNORED_IN_NUMBERS):  # the usual case: one fast scan each, no copy
        return text, OffsetMap.identity(len(text))
    pieces: list[str] = []
    starts = array("l")
    ends = array("l")
    kept = 0
    for m in _INSIDE.finditer(text):
        pieces.append(text[kept : m.start()])
        starts.extend(range(kept, m.start()))
        ends.extend(range(kept + 1, m.start() + 1))
        kept = m.end()
    if not pieces:
        return text, OffsetMap.identity(len(text))
    pieces.append(text[kept:])
    starts.extend(range(kept, len(text)))
    ends.extend(range(kept + 1, len(text) + 1))
    stripped = "".join(pieces)
    return stripped, OffsetMap(len(text), len(stripped), starts, ends)


def mark_broken_numbers(text: str) -> str:
    """``text`` with each other format character between two digits replaced by ``_`` (same length)."""
    if text.isascii():
        return text
    return _BETWEEN_DIGITS.sub(_mark_format, text)


def _mark_format(m: re.Match[str]) -> str:
    digit, run = m.groups()
    return digit + ("_" * len(run) if all(unicodedata.category(ch) == "Cf" for ch in run) else run)
