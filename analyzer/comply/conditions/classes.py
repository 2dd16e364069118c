"""Rules by meaning: words of given classes, in order, within a clause or a sentence, not negated.

A rule lists one or more wordings, each an ordered list of slots; a slot is a class name
(corpora/patterns/word_classes.yaml, or the rulebook's ``settings.classes``), ``a|b`` for either
class, ``name?`` for an optional slot, or the built-in ``figure`` (20%, 3个百分点). Each slot's word
must start within ``gap`` characters (punctuation and spaces not counted) after the previous one
ends, in the same clause (``within: clause``) or sentence. A match is negated when a word of the
``negator`` class stands in the clause up to ``negation_window`` characters before it or between
its slots (「不保证一定盈利」, 「亏损不由公司承担」), or a ``denier`` right after it (the same words deny a
forbidden phrase). ``unless_clause`` classes veto a match when one
of their words is anywhere in its clause or sentence (a forecast about 指数 is no fund forecast).
"""

from __future__ import annotations

import bisect
from itertools import product
from typing import Literal

from pydantic import Field, PrivateAttr

from analyzer.comply.conditions.base import (
    COMPARED,
    FUND_SIDE,
    OTHER_PICKED,
    ConditionBase,
    UnknownClass,
    When,
    book_classes,
    in_scope,
    said_of_other,
)
from analyzer.comply.context import Context, Hit
from analyzer.comply.phrases import PhraseSet
from analyzer.comply.say import Say
from analyzer.comply.settings import BookSettings, Negation
from analyzer.comply.wordclasses import (
    BUILTIN,
    DENIER,
    NEGATOR,
    NegationWords,
    WordClass,
    negation_words,
)

Slot = tuple[str, ...]  # the classes a slot accepts
QUESTION_REACH = 8  # a yes-no question word is at most this long
ADJACENT = 2  # characters between a negator and the slot word it negates when negation_between is off


def _slots(wording: list[str], known: set[str]) -> list[list[Slot]]:
    """The wording's variants with every optional slot present or absent (present tried first)."""
    choices: list[list[Slot | None]] = []
    for slot in wording:
        optional = slot.endswith("?")
        names = tuple(n.strip() for n in slot.rstrip("?").split("|"))
        for name in names:
            if name not in known:
                raise UnknownClass(f"unknown word class {name!r} (known: {', '.join(sorted(known))})")
        choices.append([names, None] if optional else [names])
    variants = [[s for s in combo if s is not None] for combo in product(*choices)]
    return [v for v in variants if v]


class ClassRule(ConditionBase):
    """Words of the given classes in order, close together, in one clause or sentence, not negated."""

    kind: Literal["classes"]
    any_of: list[list[str]] = Field(min_length=1, description="wordings: each an ordered list of slots")
    within: Literal["clause", "sentence"] = "clause"
    gap: int = Field(default=8, ge=0, le=60, description="characters allowed between one slot and the next")
    negation: bool = True
    negation_window: int = Field(default=12, ge=0, le=60)
    negation_between: bool = Field(default=True, description="a negator between the slots negates too")
    unless_clause: list[str] = Field(default_factory=list, description="classes that veto a match in its clause")
    unless_sentence: list[str] = Field(default_factory=list, description="classes that veto a match in its sentence")
    unless_end_clause: list[str] = Field(
        default_factory=list,
        description="classes that veto a match in the clause of its last slot (a sentence-wide match whose figure's "
        "own clause forecasts it), not elsewhere in its sentence",
    )
    only_clause: list[str] = Field(default_factory=list, description="classes one of which must be in its clause")
    unless_said_of: list[str] = Field(
        default_factory=list,
        description="classes naming another subject (a stock, a company, a market): a match its clause, or the subject "
        "its sentence carries, says of one of them and of no fund is theirs (conditions.base.said_of_other)",
    )
    unless_within: list[str] = Field(default_factory=list, description="phrases: a hit inside one is no hit")
    skip_titles: bool = True
    unless_sourced: bool = Field(default=False, description="a match whose sentence cites its source is no hit")
    unless_claimed: bool = Field(
        default=False, description="a match holding a figure read as a claim is no hit (the claim rules judge it)"
    )
    unless_record: bool = Field(
        default=False, description="a match whose sentence holds figures and cites their source is the record itself"
    )
    when: When | None = None
    _variants: list[list[Slot]] = PrivateAttr(default_factory=list)
    _classes: dict[str, WordClass] = PrivateAttr(default_factory=dict)
    _unless: PhraseSet | None = PrivateAttr(default=None)
    _negation: Negation = PrivateAttr(default_factory=Negation)
    _negation_words: NegationWords | None = PrivateAttr(default=None)

    def prepare(self, settings: BookSettings) -> None:
        said_of = (*self.unless_said_of, *FUND_SIDE, COMPARED, OTHER_PICKED) if self.unless_said_of else ()
        named = (*self.unless_clause, *self.only_clause, *self.unless_sentence, *self.unless_end_clause, *said_of)
        self._classes = book_classes(
            settings, named, where="unless_clause/unless_sentence/unless_end_clause/only_clause/unless_said_of"
        )
        self._negation = settings.negation
        known = set(self._classes) | BUILTIN
        self._variants = [v for wording in self.any_of for v in _slots(wording, known)]
        if self.negation:
            if NEGATOR not in self._classes or DENIER not in self._classes:
                raise UnknownClass(f"negation needs the word classes {NEGATOR!r} and {DENIER!r}")
            self._negation_words = negation_words(self._classes)
        self._unless = PhraseSet(self.unless_within, settings.gap) if self.unless_within else None
        for word_class in self._classes.values():
            word_class.folded()  # register the words before the first document is scanned
        if self.when is not None:
            self.when.prepare(settings)

    def _hits(self, ctx: Context, slot: Slot) -> list[tuple[int, int]]:
        if len(slot) == 1:
            return ctx.slot_hits(slot[0], self._classes.get(slot[0]))
        return sorted({h for name in slot for h in self._hits(ctx, (name,))}, key=lambda h: (h[0], -h[1]))

    def evaluate(self, ctx: Context) -> list[Hit]:
        if self.when is not None and self.when.evidence(ctx) is None:
            return []
        sentence = self.within == "sentence"
        found: list[list[tuple[int, int]]] = []
        for variant in self._variants:
            slot_hits = [self._hits(ctx, slot) for slot in variant]
            if any(not h for h in slot_hits):
                continue
            for first in slot_hits[0]:
                parts = self._extend(ctx, slot_hits, 1, [first], sentence)
                if parts is not None:
                    found.append(parts)
        found.sort(key=lambda p: (p[0][0], -p[-1][1]))
        kept: list[list[tuple[int, int]]] = []
        last_end = -1
        exempt = ctx.find(self._unless) if self._unless is not None else []
        for parts in found:
            start, end = parts[0][0], parts[-1][1]
            if start < last_end or self._vetoed(ctx, parts, sentence):
                continue
            if any(a < end and start < b for a, b in exempt):  # another rule's words already say it
                continue
            if self.skip_titles and ctx.in_title(start):
                continue
            last_end = end
            kept.append(parts)
        # one finding per sentence, quoting each match in it
        by_sentence: dict[int, list[tuple[int, int]]] = {}
        for parts in kept:
            by_sentence.setdefault(ctx.clause_index(parts[0][0], True), []).append((parts[0][0], parts[-1][1]))
        out = []
        for matches in by_sentence.values():
            spans = tuple(ctx.span_of_folded(a, b) for a, b in matches)
            quotes = "」「".join(ctx.quote(s) for s in spans)
            out.append(Hit(spans=spans, detail=Say("comply.found", quote=quotes)))
        return out

    def _extend(
        self, ctx: Context, slot_hits: list[list[tuple[int, int]]], i: int, parts: list[tuple[int, int]],
        sentence: bool,
    ) -> list[tuple[int, int]] | None:
        """The first way slots ``i…`` follow ``parts`` (nearest first), or None."""
        if i == len(slot_hits):
            return parts
        hits = slot_hits[i]
        prev_end = parts[-1][1]
        scope = ctx.clause_index(parts[0][0], sentence)
        j = bisect.bisect_left(hits, prev_end, key=lambda h: h[0])
        while j < len(hits) and hits[j][0] <= prev_end + self.gap:
            hit = hits[j]
            j += 1
            if ctx.clause_index(hit[1] - 1, sentence) != scope:
                break
            done = self._extend(ctx, slot_hits, i + 1, [*parts, hit], sentence)
            if done is not None:
                return done
        return None

    def _vetoed(self, ctx: Context, parts: list[tuple[int, int]], sentence: bool) -> bool:
        start, end = parts[0][0], parts[-1][1]
        if "question_pair" in self._classes and self._asked(ctx, parts):
            return True
        if ctx.asked(start):  # a question put by someone else, or answered with a denial
            return True
        if self.negation:
            if ctx.denied_after(end, self._negation, self._negation_words):
                return True  # a denying word right after the match (保本不等于…)
            negators = ctx.class_hits(NEGATOR, self._classes[NEGATOR])
            clause = ctx.clause_index(start)
            if self._listed_after_negator(ctx, negators, start, clause):
                return True
            i = bisect.bisect_left(negators, start - self.negation_window, key=lambda h: h[0])
            while i < len(negators) and negators[i][0] < end:
                a, b = negators[i]
                i += 1
                if b <= start:
                    if ctx.clause_index(a) == clause:
                        return True
                elif any(a < pe and ps < b for ps, pe in parts):
                    continue  # a negator inside a slot's word (不会超过) is that word's
                elif self.negation_between:
                    return True
                elif any(p - ADJACENT <= b <= p and ctx.clause_index(a) == ctx.clause_index(p) for p, _ in parts[1:]):
                    return True  # a negator right before a later slot: 测评匹配后再买，不要重新测评
            if not self.negation_between and "prohibitor" in self._classes and self._prohibited(ctx, parts):
                return True
        judged = self.unless_sourced or self.unless_claimed or self.unless_record
        if judged and self._judged_elsewhere(ctx, start, end):
            return True
        if in_scope(ctx, self._classes, self.unless_clause, start, sentence):
            return True
        if in_scope(ctx, self._classes, self.unless_sentence, start, True):
            return True
        if in_scope(ctx, self._classes, self.unless_end_clause, end - 1):
            return True
        if self.unless_said_of and said_of_other(ctx, self._classes, self.unless_said_of, start):
            return True
        return bool(self.only_clause) and not in_scope(ctx, self._classes, self.only_clause, start, sentence)

    def _listed_after_negator(self, ctx: Context, negators: list[tuple[int, int]], start: int, clause: int) -> bool:
        """Whether the match is a later item of a list a negator heads in its clause (不承诺收益或保证赚钱)."""
        negation = self._negation
        i = bisect.bisect_left(negators, start - negation.list_window, key=lambda h: h[0])
        last = None
        while i < len(negators) and negators[i][1] <= start:
            if ctx.clause_index(negators[i][0]) == clause:
                last = negators[i]
            i += 1
        if last is None:
            return False
        a, b = ctx.folded.to_simplified(last[1], start) if start > last[1] else (0, 0)
        between = ctx.result.simplified[a:b]
        return any(word in between for word in negation.coordinators)

    def _asked(self, ctx: Context, parts: list[tuple[int, int]]) -> bool:
        """A match inside a yes-no question (会不会亏钱, 是不是稳赚): asked, not said; its 不 negates nothing."""
        questions = ctx.class_hits("question_pair", self._classes["question_pair"])
        i = bisect.bisect_left(questions, parts[0][0] - QUESTION_REACH, key=lambda h: h[0])
        return any(a < pe and ps < b for a, b in questions[i : i + 4] for ps, pe in parts)

    def _prohibited(self, ctx: Context, parts: list[tuple[int, int]]) -> bool:
        """A forbidding word (不要, 请勿) before a later slot in that slot's clause, within the window."""
        words = ctx.class_hits("prohibitor", self._classes["prohibitor"])
        for p, _ in parts[1:]:
            i = bisect.bisect_left(words, p - self.negation_window, key=lambda h: h[0])
            while i < len(words) and words[i][1] <= p:
                if ctx.clause_index(words[i][0]) == ctx.clause_index(p) and words[i][0] >= parts[0][1]:
                    return True
                i += 1
        return False

    def _judged_elsewhere(self, ctx: Context, start: int, end: int) -> bool:
        """Whether the match cites its source (``unless_sourced``), holds a claim (``unless_claimed``), or stands in
        a sentence of sourced figures (``unless_record``)."""
        span = ctx.span_of_folded(start, end)
        if self.unless_claimed and ctx.claim_within(span):
            return True
        if not (self.unless_sourced or self.unless_record):
            return False
        a, b = ctx.sentences.span_at(ctx.folded.source(start))
        sentence = ctx.result.span_from_simplified(a, b)
        if self.unless_record and not ctx.claim_within(sentence):
            return False
        return ctx.performance.sourced(sentence, span.end)
