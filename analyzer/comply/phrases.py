"""Phrase matching in both scripts, tolerant of punctuation, spacing and small wording variants.

Phrases and documents are folded the same way: Traditional → Simplified (OpenCC), width
normalization, a few variant characters unified (須/须→需, 做→作), ASCII lower-cased, and all
punctuation and whitespace dropped (``%`` and a decimal point between digits are kept). A folded
document keeps, per folded character, its index in the Simplified text, so every hit maps back.

Phrase syntax (used by every phrase list in a rulebook):

- plain text in either script: 基金管理人不保證上述基金一定盈利
- ``…`` (or ``...``): a gap of up to ``gap`` folded characters (12 by default)
- ``(a|b|c)``: alternatives, may nest; ``(a|b)?``: optional
- ``#``: a number (digits with an optional decimal part)
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass
from functools import cache

import regex

from analyzer.comply.guard import PatternTimeout, match_timeout
from analyzer.normalize.charmap import replace_chars
from analyzer.normalize.convert import convert_script
from analyzer.normalize.width import normalize_width

DEFAULT_GAP = 12

# one-for-one variant characters, applied after script conversion on both sides; ASCII lower-cased
_FOLD = {"須": "需", "须": "需", "做": "作", "並": "并", "於": "于", "裏": "里"}
_FOLD.update({chr(c): chr(c + 32) for c in range(ord("A"), ord("Z") + 1)})

# punctuation and whitespace are dropped, except % and a decimal point between digits
_DROP = regex.compile(r"(?!(?<=\d)\.(?=\d))[[\p{P}\p{Z}\s]--[%]]", regex.V1)
_KEEP = regex.compile(r"[^\p{P}\p{Z}\s]+|%|(?<=\d)\.(?=\d)")
_SYNTAX = regex.compile(r"(…|\.\.\.|\(|\)\?|\)|\||#)")
_NUMBER = r"\d+(?:\.\d+)?"


def fold_chars(text: str) -> str:
    """Fold ``text`` character for character (no dropping): variants unified, ASCII lower-cased."""
    return replace_chars(text, _FOLD)


@cache
def fold_phrase_text(text: str) -> str:
    """Fold a literal phrase piece the way documents are folded (script, width, variants, punctuation)."""
    simplified = convert_script(normalize_width(text), "t2s")
    return _DROP.sub("", fold_chars(simplified))


@dataclass(frozen=True, slots=True)
class FoldedText:
    """A folded document: ``text``, and the runs that map it back to the Simplified text."""

    text: str
    run_starts: tuple[int, ...]  # folded offset where each kept run starts
    run_sources: tuple[int, ...]  # Simplified offset of the same run

    @classmethod
    def build(cls, simplified: str) -> FoldedText:
        """Fold ``simplified`` (already script-converted) and keep the way back."""
        pieces: list[str] = []
        starts: list[int] = []
        sources: list[int] = []
        length = 0
        for match in _KEEP.finditer(simplified):
            piece = match.group()
            starts.append(length)
            sources.append(match.start())
            pieces.append(piece)
            length += len(piece)
        return cls(fold_chars("".join(pieces)), tuple(starts), tuple(sources))

    def source(self, pos: int) -> int:
        """Simplified offset of the folded character at ``pos``."""
        run = bisect.bisect_right(self.run_starts, pos) - 1
        return self.run_sources[run] + pos - self.run_starts[run]

    def to_simplified(self, start: int, end: int) -> tuple[int, int]:
        """The Simplified-text range covered by folded ``[start, end)`` (``end > start``)."""
        return self.source(start), self.source(end - 1) + 1


class PhraseSyntaxError(ValueError):
    """A phrase that does not follow the phrase syntax."""


def phrase_to_regex(phrase: str, gap: int = DEFAULT_GAP) -> str:
    """Translate one phrase into a regular expression over folded text."""
    if not phrase.strip():
        raise PhraseSyntaxError("empty phrase")
    out: list[str] = []
    depth = 0
    for token in _SYNTAX.split(phrase):
        if token in ("…", "..."):
            out.append(f".{{0,{gap}}}?")
        elif token == "(":
            depth += 1
            out.append("(?:")
        elif token in (")", ")?"):
            depth -= 1
            if depth < 0:
                raise PhraseSyntaxError(f"unbalanced ')' in phrase {phrase!r}")
            out.append(token)
        elif token == "|":
            out.append("|")
        elif token == "#":
            out.append(_NUMBER)
        elif token:
            out.append(regex.escape(fold_phrase_text(token)))
    if depth:
        raise PhraseSyntaxError(f"unbalanced '(' in phrase {phrase!r}")
    body = "".join(out)
    if not body.replace("(?:", "").replace(")", "").replace("|", ""):
        raise PhraseSyntaxError(f"phrase {phrase!r} is only punctuation")
    return body


class PhraseSet:
    """Several phrases compiled into one pattern over folded text (longest phrase preferred)."""

    __slots__ = ("_loose", "_pattern", "gapless", "phrases", "solid")

    def __init__(self, phrases: list[str], gap: int = DEFAULT_GAP) -> None:
        self.phrases = tuple(phrases)
        # a phrase without gaps is words written together: it never runs across a sentence end
        self.gapless = not any(_has_gap(p) for p in phrases)
        # no gaps and no punctuation or spaces of their own: a hit may not span any dropped character
        # (「保险，资金」 is not 「保险资金」)
        self.solid = not any(_is_loose(p) for p in phrases)
        self._pattern = _alternation([phrase_to_regex(p, gap) for p in phrases])
        # the phrases that may span a clause end (gaps, punctuation of their own), to tell a hit of one
        # of them from a hit of a solid phrase of the same set (「费率较高，收益波动」 is no 「高收益」)
        self._loose = _alternation([phrase_to_regex(p, gap) for p in phrases if _is_loose(p)])

    def loose_fits(self, folded_hit: str) -> bool:
        """Whether a phrase of the set that may span a clause end matches the whole folded hit."""
        return self._loose is not None and self._loose.fullmatch(folded_hit) is not None

    def finditer(self, folded: FoldedText) -> list[tuple[int, int]]:
        """Non-overlapping hits as folded ``(start, end)`` ranges, left to right.

        Raises PatternTimeout when the phrases run past their time budget (gaps can backtrack).
        """
        if self._pattern is None:
            return []
        try:
            return [
                m.span() for m in self._pattern.finditer(folded.text, timeout=match_timeout(len(folded.text)))
                if m.end() > m.start()
            ]
        except TimeoutError:
            raise PatternTimeout(self.phrases) from None


def _has_gap(phrase: str) -> bool:
    return "…" in phrase or "..." in phrase


def _is_loose(phrase: str) -> bool:
    """A phrase with a gap or punctuation or spaces of its own: its hits may span a clause end."""
    return _has_gap(phrase) or bool(_DROP.search(_SYNTAX.sub("", phrase)))


def _alternation(parts: list[str]) -> regex.Pattern[str] | None:
    """One pattern of the phrase regexes, longest first (None for none)."""
    parts = sorted(parts, key=len, reverse=True)
    try:
        return regex.compile("|".join(f"(?:{p})" for p in parts)) if parts else None
    except regex.error as exc:
        raise PhraseSyntaxError(f"phrases do not compile: {exc}") from exc


def display_phrase(phrase: str) -> str:
    """A phrase as a reviewer reads it: the first alternative of each group, gaps as …."""
    text = phrase.replace("...", "…")
    while "(" in text:
        start = text.rfind("(")
        end = text.find(")", start)
        if end < 0:
            break
        optional = text[end + 1 : end + 2] == "?"
        keep = "" if optional else text[start + 1 : end].split("|")[0]
        text = text[:start] + keep + text[end + 1 + optional :]
    return text.split("|")[0].replace("#", "N")
