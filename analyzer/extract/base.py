"""Recognizer base: patterns from data, one engine loop, a ``build`` hook per recognizer.

A recognizer reads the normalized text and yields ``Hit``s in normalized offsets; the extract
stage maps them to the original text and turns them into ``Mention``s.
"""

from __future__ import annotations

import itertools
import operator
import re
from bisect import bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any, ClassVar

import ahocorasick_rs

from analyzer.boundaries import SENTENCE_END
from analyzer.cached import cached_property
from analyzer.errors import ExtractError
from analyzer.extract.vocabulary import PatternSpec, quantity_vocabulary
from analyzer.regexguard import (
    NEAR_DENSITY,
    compile_guarded,
    consumed_class,
    first_char_class,
    guard_positions,
    is_zero_width,
    matches_at,
    max_width,
    near_matches_at,
    opens_with_lookbehind,
    required_words,
    word_places,
)
from analyzer.registry import Registry
from analyzer.types import MentionKind

RECOGNIZERS: Registry[type[Recognizer]] = Registry("recognizer")

_END = operator.methodcaller("end")
_NEXT = (1).__add__
_FIRST, _SECOND = operator.itemgetter(0), operator.itemgetter(1)


def register_recognizer(name: str) -> Callable[[type[Recognizer]], type[Recognizer]]:
    """Class decorator: add a recognizer to the registry under ``name``."""
    return RECOGNIZERS.register(name)


@dataclass(slots=True, unsafe_hash=True)  # frozen's __init__ is 3-5x slower; never changed once built
class Hit:
    """A recognizer's match in normalized-text offsets, with the Mention fields it determined."""

    start: int
    end: int
    kind: MentionKind
    recognizer: str
    pattern: str
    score: float
    fields: dict[str, Any] = field(default_factory=dict)


# both start with a literal, so re skips to candidates at C speed; a bare domain's start is found by
# walking back over its characters
_URL = re.compile(r"(?:https?://|www\.)[!-~]+")
_BARE_DOMAIN_PATH = re.compile(r"\.(?:com|cn|hk|tw|net|org|io)/[!-~]*")
_DOMAIN_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.-")
_NOT_AFTER_WINDOW = 6


@cache
def _required_finder() -> tuple[ahocorasick_rs.AhoCorasick | None, frozenset[str]]:
    """An automaton of every word a shipped pattern requires (``PatternSpec.requires``), and those words."""
    words = frozenset(w for specs in quantity_vocabulary().recognizers.values() for s in specs for w in s.requires if w)
    return (ahocorasick_rs.AhoCorasick(sorted(words)) if words else None), words


@dataclass(frozen=True)
class ExtractContext:
    """What a recognizer may look at: the normalized text, the document's as-of date and the time
    settings (``analyzer.extract.timevocab.TimeSettings``; None = those of corpora/patterns/time.yaml)."""

    text: str
    as_of: date | None
    time_settings: Any = None
    _guards: dict[str, list[int]] = field(default_factory=dict, compare=False, repr=False)
    _places: dict[str, list[int]] = field(default_factory=dict, compare=False, repr=False)
    _tails: dict[str, tuple[dict[str, list[int]], frozenset[str]]] = field(
        default_factory=dict, compare=False, repr=False
    )

    def guard_positions(self, guard: str) -> list[int]:
        """Every position of the text where the zero-width ``guard`` holds, found once per document."""
        positions = self._guards.get(guard)
        if positions is None:
            positions = self._guards[guard] = guard_positions(guard, self.text)
        return positions

    def holds_any(self, words: tuple[str, ...]) -> bool:
        """Whether the text holds one of ``words`` (``word in text`` for each): every word a shipped
        pattern requires is looked for in one pass per document, not one full search per pattern."""
        present, known = self._required_present
        if known.issuperset(words):  # every shipped pattern's words: two set operations in C
            return not present.isdisjoint(words)
        return any(word in present if word in known else word in self.text for word in words)

    @cached_property
    def _required_present(self) -> tuple[frozenset[str], frozenset[str]]:
        finder, known = _required_finder()
        if finder is None:
            return frozenset(), known
        return frozenset(finder.find_matches_as_strings(self.text, overlapping=True)), known

    def starts_before(self, guard: str, after: re.Pattern[str]) -> list[int]:
        """The positions of ``guard`` where a signed number may be followed by what starts with a
        character of ``after``: the run of number characters from there ends right before such a
        character. A number ends inside its run or at its end, and the rest of the pattern starts right
        after it, so where ``after`` takes no character that runs hold, only these starts can match
        (figures followed by a range joiner, a currency, 倍 …: ≈ 1 in 8 of the figure starts)."""
        by_char, held = self._number_tails(guard)
        if any(after.match(c) for c in held):
            return self.guard_positions(guard)  # the number may end inside its run: every start
        chosen = [starts for c, starts in by_char.items() if after.match(c)]
        return sorted(itertools.chain.from_iterable(chosen)) if len(chosen) > 1 else (chosen[0] if chosen else [])

    def _number_tails(self, guard: str) -> tuple[dict[str, list[int]], frozenset[str]]:
        """The positions of ``guard`` by the character right after the run of number characters starting
        there (none at the end of the text), and every character a number starting there may end before
        (those of its run past its first); once per guard."""
        found = self._tails.get(guard)
        if found is None:
            text = self.text
            run = _number_run()
            assert run is not None  # a pattern has ``after_number`` only when there is a run
            # each run read in C (``map``), one Python step per character that follows a run, not per start
            starts = self.guard_positions(guard)
            ends = list(map(_END, map(run.match, itertools.repeat(text), starts)))  # a run may be empty
            # a number ends one character after its start at the least: the run's characters past its first
            held = frozenset("".join(map(text.__getitem__, map(slice, map(_NEXT, starts), ends))))
            after = map(text.__getitem__, map(slice, ends, map(_NEXT, ends)))  # "" after a run at the end
            pairs = sorted(zip(after, starts, strict=True), key=_FIRST)  # stable: starts stay in text order
            by_char = {c: list(map(_SECOND, group)) for c, group in itertools.groupby(pairs, key=_FIRST) if c}
            found = self._tails[guard] = (by_char, held)
        return found

    def places(self, word: str) -> list[int]:
        """Where ``word`` starts in the text, every place, found once per document."""
        found = self._places.get(word)
        if found is None:
            found = self._places[word] = word_places(self.text, word)
        return found

    @cached_property
    def _urls(self) -> tuple[list[int], list[int]]:
        text = self.text
        spans = [m.span() for m in _URL.finditer(text)]
        for m in _BARE_DOMAIN_PATH.finditer(text):
            start = m.start()
            while start > 0 and text[start - 1] in _DOMAIN_CHARS:
                start -= 1
            if start < m.start():
                spans.append((start, m.end()))
        merged: list[list[int]] = []
        for start, end in sorted(spans):
            if merged and start <= merged[-1][1]:
                merged[-1][1] = max(merged[-1][1], end)
            else:
                merged.append([start, end])
        return [s for s, _ in merged], [e for _, e in merged]

    def in_url(self, start: int, end: int) -> bool:
        """Whether ``[start, end)`` overlaps a URL (a percent-encoded %2F holds no percent)."""
        starts, ends = self._urls
        if not starts:
            return False
        i = bisect_right(starts, end - 1) - 1  # the last URL starting before ``end``
        return i >= 0 and ends[i] > start

    def before(self, start: int, window: int) -> str:
        """Up to ``window`` characters before ``start`` within the same sentence."""
        left = self.text[max(0, start - window) : start]
        ends = [m.end() for m in SENTENCE_END.finditer(left)]
        return left[ends[-1] :] if ends else left


class Recognizer:
    """Base class. Subclasses set ``name`` and ``kind`` and implement ``find``."""

    name: ClassVar[str]
    kind: ClassVar[MentionKind]
    #: higher wins when two recognizers claim overlapping text of the same length
    priority: ClassVar[int] = 0

    def find(self, ctx: ExtractContext) -> Iterator[Hit]:
        raise NotImplementedError


@dataclass(frozen=True, slots=True)
class CompiledPattern:
    """A pattern from the data file, compiled once, with what its match means."""

    name: str
    regex: re.Pattern[str]
    score: float
    spec: PatternSpec
    context: re.Pattern[str] | None
    not_after: re.Pattern[str] | None
    #: the zero-width guard the pattern begins with ({left_guard}): its positions are the only starts
    anchor: str | None = None
    #: (words one of which every match holds, the widest match) of a pattern neither anchored nor
    #: pivoted whose matches are bounded: it need only be tried near those words where they are rare
    near: tuple[tuple[str, ...], int] | None = None
    #: for a pattern whose guard is followed by a number ({sign}? {number}): the characters what follows
    #: the number can start with (see ``ExtractContext.starts_before``)
    after_number: re.Pattern[str] | None = None

    def span(self, match: re.Match[str]) -> tuple[int, int]:
        """The mention's span: the ``q`` or ``label`` group when the regex also matches context words."""
        for group in ("q", "label"):
            if group in self.regex.groupindex and match.start(group) >= 0:
                return match.span(group)
        return match.span()


@cache
def compiled_patterns(recognizer: str) -> tuple[CompiledPattern, ...]:
    """The recognizer's patterns with fragments substituted, compiled once."""
    vocab = quantity_vocabulary()
    specs = vocab.recognizers.get(recognizer, ())
    if not specs:
        raise ExtractError(f"no patterns for recognizer {recognizer!r}", code="E404")
    out = []
    for spec in specs:
        context = None
        if spec.context:
            context = re.compile("|".join(re.escape(w) for w in sorted(spec.context, key=len, reverse=True)))
        not_after = None
        if spec.not_after:
            words = sorted(vocab.words(spec.not_after), key=len, reverse=True)
            # the word may be followed by a qualifier: 增加约64亿 / 升逾1倍
            not_after = re.compile("(?:" + "|".join(map(re.escape, words)) + ")[了约逾近超达为]{0,2}$")
        expanded = vocab.expand(spec.regex)
        anchor = _leading_guard(spec.regex)
        # a pattern opening with a look-behind is tried at every character: a look-ahead of its first
        # characters skips most (fund codes in brackets 22.7 → 5.5 ms per 0.5M characters)
        regex = (
            compile_guarded(expanded)
            if anchor is None and spec.pivot is None and opens_with_lookbehind(expanded)
            else re.compile(expanded)
        )
        near = None
        if anchor is None and spec.pivot is None:
            words, width = required_words(expanded), max_width(expanded)
            near = (words, width) if words and width else None
        after = _after_number(spec.regex) if anchor is not None and spec.pivot is None else None
        out.append(CompiledPattern(spec.name, regex, spec.score, spec, context, not_after, anchor, near, after))
    return tuple(out)


#: a pattern that opens with its guard, maybe look-behinds, then a signed number: what follows is the rest
_NUMBER_HEAD = re.compile(
    r"\{\w+\}(?:\(\?<!?[^()]*\))*(?:\(\?P<\w+>\{sign\}\)\?)?\(\?P<\w+>\{number\}\)(?P<rest>.+)", re.S
)


def _after_number(spec_regex: str) -> re.Pattern[str] | None:
    """The class of characters that what follows the number of a ``{guard}{sign}?{number}…`` pattern
    can start with; None for another shape, or when what follows may be empty or starts with anything."""
    head = _NUMBER_HEAD.fullmatch(spec_regex)
    if head is None or _number_run() is None:
        return None
    first = first_char_class(quantity_vocabulary().expand(head["rest"]))
    return re.compile(first) if first is not None else None


@cache
def _number_run() -> re.Pattern[str] | None:
    """A run of the characters a signed number may hold (``{sign}?`` then what ``{number}`` consumes):
    a number starting where the run does ends inside it or at its end."""
    fragments = quantity_vocabulary().all_fragments()
    chars = consumed_class(fragments["number"]) if "number" in fragments and "sign" in fragments else None
    return re.compile(f"(?:{fragments['sign']})?{chars}*") if chars is not None else None


def _leading_guard(spec_regex: str) -> str | None:
    """The expanded fragment a pattern starts with when that fragment consumes nothing (a guard of
    look-arounds such as {left_guard}); None otherwise."""
    fragments = quantity_vocabulary().all_fragments()
    for name, fragment in fragments.items():
        if spec_regex.startswith("{" + name + "}") and is_zero_width(fragment):
            return fragment
    return None


# Anchored scanning pays a Python call per anchor where ``finditer`` pays a few C steps per character:
# it wins while anchors are sparse (figures: ~2.4 per 100 characters of a dense research note).
_MAX_ANCHOR_DENSITY = 0.05
#: where a bounded pattern is tried near its words (``regexguard.near_matches``) rather than by ``finditer``
_MAX_NEAR_DENSITY = NEAR_DENSITY


def _matches(pattern: CompiledPattern, ctx: ExtractContext) -> Iterator[re.Match[str]]:
    """What ``pattern.regex.finditer(ctx.text)`` yields. A pattern that begins with a zero-width guard
    can only match where the guard holds; those positions are found once per document for all the
    patterns sharing the guard, and the pattern is tried there alone (same leftmost, non-overlapping
    matches): 17 full scans of the text become one (issue 14)."""
    text = ctx.text
    if pattern.spec.pivot is not None:
        yield from _pivot_matches(pattern, text)
        return
    if pattern.near is not None:
        words, width = pattern.near
        places = [ctx.places(word) for word in words]
        if sum(map(len, places)) * width <= _MAX_NEAR_DENSITY * len(text):
            yield from near_matches_at(pattern.regex, text, words, width, places)
            return
    starts = ctx.guard_positions(pattern.anchor) if pattern.anchor is not None else None
    if starts is None or len(starts) > _MAX_ANCHOR_DENSITY * len(text):
        yield from pattern.regex.finditer(text)
        return
    if pattern.after_number is not None:
        starts = ctx.starts_before(pattern.anchor, pattern.after_number)  # type: ignore[arg-type]
    yield from matches_at(pattern.regex, text, starts)  # tried in C; never empty: every pattern consumes its figure


def _pivot_matches(pattern: CompiledPattern, text: str) -> Iterator[re.Match[str]]:
    """The same matches for a pattern whose every match holds its pivot literal (折 of 8.5折) at most
    ``pivot_reach`` characters after its start: the literal's places are found by ``str.find`` and the
    pattern is tried only at the few starts before each, leftmost first."""
    pivot, reach, match = pattern.spec.pivot, pattern.spec.pivot_reach, pattern.regex.match
    assert pivot is not None
    resume = 0
    at = text.find(pivot)
    while at != -1:
        for start in range(max(resume, at - reach), at + 1):
            found = match(text, start)
            if found is not None:
                yield found
                resume = found.end()  # never empty: every pattern consumes its figure
                break
        at = text.find(pivot, max(at + 1, resume))


class PatternRecognizer(Recognizer):
    """Runs the recognizer's data patterns; ``build`` turns a match into Hit fields or vetoes it."""

    def find(self, ctx: ExtractContext) -> Iterator[Hit]:
        for pattern in compiled_patterns(self.name):
            if pattern.spec.requires and not ctx.holds_any(pattern.spec.requires):
                continue  # e.g. no 基点/bp anywhere: the basis-point patterns cannot match
            window = pattern.spec.window
            for match in _matches(pattern, ctx):
                start, end = pattern.span(match)
                if ctx.in_url(start, end):
                    continue
                if pattern.context is not None and not pattern.context.search(ctx.before(start, window)):
                    continue
                if pattern.not_after is not None and pattern.not_after.search(ctx.before(start, _NOT_AFTER_WINDOW)):
                    continue
                try:
                    fields = self.build(match, ctx, pattern.spec)
                except ExtractError:
                    fields = None  # a match the parser cannot read is no mention (一亿一 …); never fatal
                if fields is None:
                    continue
                yield Hit(start, end, self.kind, self.name, pattern.name, pattern.score, fields)

    def build(self, match: re.Match[str], ctx: ExtractContext, spec: PatternSpec) -> dict[str, Any] | None:
        """Mention fields for ``match``, or None to reject it (a validate hook, as in Presidio)."""
        raise NotImplementedError


class LabelRecognizer(PatternRecognizer):
    """A pattern recognizer whose mention is only the ``label`` group (R4 of 中高风险(R4))."""

    def build(self, match: re.Match[str], ctx: ExtractContext, spec: PatternSpec) -> dict[str, Any] | None:
        return {"label": match["label"]}
