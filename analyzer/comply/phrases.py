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

Matching needs no regex and no time limit: a phrase is spelled out into its wordings (sequences of
literals, gaps and numbers; at most MAX_EXPANSIONS each), every literal is found by the shared
Aho-Corasick automaton, and a hit is grown from its first literal, gaps tried shortest first.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

import regex

from analyzer.comply.lexicon import LEXICON, Occurrences
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

    def at_or_after(self, simplified_pos: int) -> int:
        """The first folded offset whose Simplified offset is ``simplified_pos`` or later."""
        run = bisect.bisect_right(self.run_sources, simplified_pos) - 1
        if run < 0:
            return 0
        run_end = self.run_starts[run + 1] if run + 1 < len(self.run_starts) else len(self.text)
        return min(self.run_starts[run] + simplified_pos - self.run_sources[run], run_end)

    def to_simplified(self, start: int, end: int) -> tuple[int, int]:
        """The Simplified-text range covered by folded ``[start, end)`` (``end > start``)."""
        return self.source(start), self.source(end - 1) + 1


class PhraseSyntaxError(ValueError):
    """A phrase that does not follow the phrase syntax."""


MAX_EXPANSIONS = 4000  # sequences one phrase may stand for once its alternatives are spelled out

# A phrase is matched as sequences of atoms: a literal (a folded word looked up in the shared
# automaton), a gap of up to n characters, or a number.
Atom = tuple[str, str | int]  # ("lit", word) | ("gap", n) | ("num", "")


def _parse(phrase: str) -> list[object]:
    """The phrase as a list of tokens, an alternation being ``("alt", [branch, …], optional)``; a
    ``|`` outside any group separates whole wordings."""
    levels: list[list[list[object]]] = [[[]]]  # per open group: its branches, each a token list
    for token in _SYNTAX.split(phrase):
        if token == "(":
            levels.append([[]])
        elif token in (")", ")?"):
            if len(levels) == 1:
                raise PhraseSyntaxError(f"unbalanced ')' in phrase {phrase!r}")
            branches = levels.pop()
            levels[-1][-1].append(("alt", branches, token == ")?"))
        elif token == "|":
            levels[-1].append([])
        elif token:
            levels[-1][-1].append(token)
    if len(levels) != 1:
        raise PhraseSyntaxError(f"unbalanced '(' in phrase {phrase!r}")
    top = levels[0]
    return top[0] if len(top) == 1 else [("alt", top, False)]


def _expand(tokens: list[object], gap: int, phrase: str) -> list[list[Atom]]:
    """Every sequence of atoms the tokens stand for, in the order a regex would try them."""
    out: list[list[Atom]] = [[]]
    for token in tokens:
        if isinstance(token, tuple):
            _, branches, optional = token
            options: list[list[Atom]] = [seq for branch in branches for seq in _expand(branch, gap, phrase)]
            if optional:
                options.append([])
        elif token in ("…", "..."):
            options = [[("gap", gap)]]
        elif token == "#":
            options = [[("num", "")]]
        else:
            word = fold_phrase_text(str(token))
            options = [[("lit", word)] if word else []]
        out = [a + b for a in out for b in options]
        if len(out) > MAX_EXPANSIONS:
            raise PhraseSyntaxError(
                f"phrase {phrase!r} stands for more than {MAX_EXPANSIONS} wordings; split it into several phrases"
            )
    return out


def _simplify(seq: list[Atom]) -> tuple[Atom, ...]:
    """Adjacent literals joined, adjacent gaps added up, gaps at either end dropped."""
    atoms: list[Atom] = []
    for kind, value in seq:
        if atoms and kind == atoms[-1][0] == "lit":
            atoms[-1] = ("lit", str(atoms[-1][1]) + str(value))
        elif atoms and kind == atoms[-1][0] == "gap":
            atoms[-1] = ("gap", int(atoms[-1][1]) + int(value))
        else:
            atoms.append((kind, value))
    while atoms and atoms[0][0] == "gap":
        atoms.pop(0)
    while atoms and atoms[-1][0] == "gap":
        atoms.pop()
    return tuple(atoms)


def compile_phrase(phrase: str, gap: int = DEFAULT_GAP) -> list[tuple[Atom, ...]]:
    """A phrase as the sequences of atoms it stands for (PhraseSyntaxError when it is malformed)."""
    if not phrase.strip():
        raise PhraseSyntaxError("empty phrase")
    seqs = [_simplify(s) for s in _expand(_parse(phrase), gap, phrase)]
    seqs = [s for s in seqs if s]
    if not seqs:
        raise PhraseSyntaxError(f"phrase {phrase!r} is only punctuation")
    return list(dict.fromkeys(seqs))


@dataclass(frozen=True, slots=True)
class _Seq:
    atoms: tuple[Atom, ...]
    loose: bool  # its phrase has a gap or punctuation of its own: a hit may span a clause end
    rank: int  # lower is tried first at a position (the regex alternation's order)
    suffixes: tuple[int, ...]  # an id per atoms[i:], shared by wordings that end alike (one memo for them)
    words: frozenset[str]  # its literals: a wording one of whose words the document lacks is never tried


class PhraseSet:
    """Several phrases matched as one set over folded text (longest phrase preferred at a position).

    Every literal goes into the shared automaton (analyzer/comply/lexicon.py); a hit is grown from
    the occurrences of its first literal, gaps tried shortest first, exactly as the regex
    ``.{0,gap}?`` would, but with no backtracking beyond the atoms of one wording.
    """

    __slots__ = ("_seqs", "gapless", "phrases", "solid")

    def __init__(self, phrases: list[str], gap: int = DEFAULT_GAP) -> None:
        self.phrases = tuple(phrases)
        # a phrase without gaps is words written together: it never runs across a sentence end
        self.gapless = not any(_has_gap(p) for p in phrases)
        # no gaps and no punctuation or spaces of their own: a hit may not span any dropped character
        # (「保险，资金」 is not 「保险资金」)
        self.solid = not any(_is_loose(p) for p in phrases)
        # phrases tried longest first (as the old single regex ordered its alternatives)
        order = sorted(range(len(phrases)), key=lambda i: -len(phrase_to_regex(phrases[i], gap)))
        seqs: list[_Seq] = []
        suffix_ids: dict[tuple[Atom, ...], int] = {}
        for i in order:
            loose = _is_loose(phrases[i])
            for atoms in compile_phrase(phrases[i], gap):
                suffixes = tuple(suffix_ids.setdefault(atoms[k:], len(suffix_ids)) for k in range(len(atoms) + 1))
                words = frozenset(str(v) for kind, v in atoms if kind == "lit")
                seqs.append(_Seq(atoms, loose, len(seqs), suffixes, words))
                for word in words:
                    LEXICON.add(word)
        self._seqs = tuple(seqs)

    def matches(
        self, folded: FoldedText, occ: Occurrences, numbers: dict[int, int],
        accept: Callable[[int, int, bool], bool] | None = None,
    ) -> list[tuple[int, int, bool]]:
        """Non-overlapping hits ``(start, end, loose)`` in folded coordinates, left to right. A hit
        ``accept`` refuses (one that runs over a sentence end) leaves the place free for the next
        wording or start (「聊聊养老钱怎么放。嘉穗颐年养老2040」: the second 养老 is the one)."""
        candidates: dict[int, list[_Seq]] = defaultdict(list)
        present = occ.starts.keys()  # a word is a key only where it occurs (its list is never empty)
        for seq in self._seqs:
            if not seq.words <= present:  # one set test in C, not a call per word: this loop runs per wording
                continue
            kind, value = seq.atoms[0]
            starts = occ.of(str(value)) if kind == "lit" else numbers.keys()
            for pos in starts:
                candidates[pos].append(seq)
        hits: list[tuple[int, int, bool]] = []
        memo: dict[tuple[int, int], int | None] = {}
        last_end = -1
        for pos in sorted(candidates):
            if pos < last_end:
                continue
            for seq in sorted(candidates[pos], key=lambda s: s.rank):
                end = _match(seq, 0, pos, folded.text, occ, numbers, memo)
                if end is not None and end > pos and (accept is None or accept(pos, end, seq.loose)):
                    hits.append((pos, end, seq.loose))
                    last_end = end
                    break
        return hits

    def finditer(self, folded: FoldedText) -> list[tuple[int, int]]:
        """Hits in a folded text of its own (the document context caches the scan; this is for tests)."""
        occ = LEXICON.scan(folded.text)
        return [(a, b) for a, b, _ in self.matches(folded, occ, number_runs(folded.text))]


_DIGITS = regex.compile(_NUMBER)


def number_runs(text: str) -> dict[int, int]:
    """Each position a number may start at → where the number read from there ends (greedy, as
    ``\\d+(\\.\\d+)?`` reads it: the same end from any digit of one number)."""
    out: dict[int, int] = {}
    for m in _DIGITS.finditer(text):
        for pos in range(m.start(), m.end()):
            if text[pos].isdigit():
                out[pos] = m.end()
    return out


def _match(
    seq: _Seq, i: int, pos: int, text: str, occ: Occurrences, numbers: dict[int, int],
    memo: dict[tuple[int, int], int | None],
) -> int | None:
    """End of the first way atoms ``i…`` of ``seq`` match from ``pos`` (None: no way)."""
    if i == len(seq.atoms):
        return pos
    key = (seq.suffixes[i], pos)
    if key in memo:
        return memo[key]
    kind, value = seq.atoms[i]
    result: int | None = None
    if kind == "lit":
        word = str(value)
        if text.startswith(word, pos):
            result = _match(seq, i + 1, pos + len(word), text, occ, numbers, memo)
    elif kind == "num":
        end = numbers.get(pos)
        if end is not None:
            result = _match(seq, i + 1, end, text, occ, numbers, memo)
    else:  # a gap, then the next atom as close as it can be
        n = int(value)
        nxt_kind, nxt_value = seq.atoms[i + 1]
        if nxt_kind == "lit":
            starts = occ.of(str(nxt_value))
            j = bisect.bisect_left(starts, pos)
            while j < len(starts) and starts[j] <= pos + n and result is None:
                result = _match(seq, i + 1, starts[j], text, occ, numbers, memo)
                j += 1
        else:
            for start in range(pos, min(pos + n, len(text)) + 1):
                if start in numbers:
                    result = _match(seq, i + 1, start, text, occ, numbers, memo)
                    if result is not None:
                        break
    memo[key] = result
    return result


def phrase_to_regex(phrase: str, gap: int = DEFAULT_GAP) -> str:
    """The phrase as a regular expression over folded text (its length orders a set's phrases)."""
    if not phrase.strip():
        raise PhraseSyntaxError("empty phrase")
    out: list[str] = []
    for token in _SYNTAX.split(phrase):
        if token in ("…", "..."):
            out.append(f".{{0,{gap}}}?")
        elif token == "(":
            out.append("(?:")
        elif token in (")", ")?", "|"):
            out.append(token)
        elif token == "#":
            out.append(_NUMBER)
        elif token:
            out.append(regex.escape(fold_phrase_text(token)))
    return "".join(out)


def _has_gap(phrase: str) -> bool:
    return "…" in phrase or "..." in phrase


def _is_loose(phrase: str) -> bool:
    """A phrase with a gap or punctuation or spaces of its own: its hits may span a clause end."""
    return _has_gap(phrase) or bool(_DROP.search(_SYNTAX.sub("", phrase)))


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
