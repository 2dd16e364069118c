"""Width and sign normalization: full-width digits and Latin letters to ASCII, ％ to %, the minus
signs － − – to '-', and the full-width comma and point inside numbers. Always one character for
one character, so the offsets stay identical. ``fold_punct`` puts prose punctuation in ASCII for the
rules that read a folded copy (claims, structure)."""

from __future__ import annotations

from analyzer.normalize.charmap import replace_chars
from analyzer.regexguard import compile_guarded

_TABLE: dict[str, str] = {chr(cp): chr(cp - 0xFEE0) for cp in range(0xFF10, 0xFF1A)}  # ０-９
_TABLE.update({chr(cp): chr(cp - 0xFEE0) for cp in range(0xFF21, 0xFF3B)})  # Ａ-Ｚ
_TABLE.update({chr(cp): chr(cp - 0xFEE0) for cp in range(0xFF41, 0xFF5B)})  # ａ-ｚ
_TABLE.update({"％": "%", "－": "-", "−": "-", "–": "-", "＋": "+", "\u3000": " "})

# ，and ．between digits are number punctuation (3，018．1), elsewhere they are prose punctuation
_NUMBER_PUNCT = compile_guarded(r"(?<=\d)[，．](?=\d)")  # opens with a look-behind: guarded


def normalize_width(text: str) -> str:
    """Return ``text`` with number-relevant characters in ASCII; same length as the input."""
    out = replace_chars(text, _TABLE)
    return _NUMBER_PUNCT.sub(lambda m: "," if m.group() == "，" else ".", out)


# one character for one character: offsets in the folded text are offsets in the normalized text
PUNCT_FOLD = {
    "，": ",",
    "：": ":",
    "；": ";",
    "（": "(",
    "）": ")",
    "！": "!",
    "？": "?",
    "「": "“",
    "」": "”",
    "『": "“",
    "』": "”",
    "﹐": ",",
    "﹕": ":",
    "﹔": ";",
    "【": "[",
    "】": "]",
    "\u3000": " ",
}


def fold_punct(text: str) -> str:
    """``text`` with full-width punctuation in ASCII; same length, so offsets are unchanged."""
    return replace_chars(text, PUNCT_FOLD)
