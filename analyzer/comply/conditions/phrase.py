"""Phrase conditions: a statement that must appear, an expression that must not."""

from __future__ import annotations

from typing import Literal

from pydantic import Field, PrivateAttr, model_validator

from analyzer.comply.conditions.base import ConditionBase, When
from analyzer.comply.context import Context, Hit
from analyzer.comply.phrases import PhraseSet, display_phrase
from analyzer.comply.settings import BookSettings, Negation
from analyzer.types import Span

MAX_ANCHORS = 5


def _wanted(group: PhraseSet) -> str:
    others = len(group.phrases) - 1
    return f"「{display_phrase(group.phrases[0])}」" + (f" or {others} other wording(s)" if others else "")


class RequiredPhrase(ConditionBase):
    """A statement that must appear: any variant of ``any_of``, or one variant of every ``all_of`` group.

    A missing statement is pointed at what triggered the rule (the figures that need it, the
    words that describe the product), else at the rulebook's anchor (the risk-notice block), else
    at the start of the document with an empty quote.
    """

    kind: Literal["required_phrase"]
    any_of: list[str] = Field(default_factory=list)
    all_of: list[list[str]] = Field(default_factory=list)
    when: When | None = None
    _groups: list[PhraseSet] = PrivateAttr(default_factory=list)
    _anchor: PhraseSet | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _one_form(self) -> RequiredPhrase:
        if bool(self.any_of) == bool(self.all_of):
            raise ValueError("give either any_of (a list of variants) or all_of (a list of variant lists)")
        if any(not group for group in self.all_of):
            raise ValueError("all_of: every group needs at least one variant")
        return self

    def prepare(self, settings: BookSettings) -> None:
        groups = self.all_of or [self.any_of]
        self._groups = [PhraseSet(g, settings.gap) for g in groups]
        self._anchor = PhraseSet(settings.anchor, settings.gap) if settings.anchor else None
        if self.when is not None:
            self.when.prepare(settings)

    def evaluate(self, ctx: Context) -> list[Hit]:
        evidence = None
        if self.when is not None:
            evidence = self.when.evidence(ctx)
            if evidence is None:
                return []
        missing = [g for g in self._groups if not ctx.find(g)]
        if not missing:
            return []
        wanted = "; ".join(_wanted(g) for g in missing)
        if evidence is not None and evidence.spans:
            spans = evidence.spans[:MAX_ANCHORS]
            claim_ids = evidence.claim_ids[:MAX_ANCHORS]
            where = "needed by the words quoted"
        else:
            anchors = ctx.find_spans(self._anchor) if self._anchor is not None else []
            spans = (anchors[-1],) if anchors else (Span(start=0, end=0),)
            claim_ids = ()
            where = "pointed at the risk notice" if anchors else "no risk notice found; pointed at the document start"
        return [Hit(spans=tuple(spans), detail=f"Not found: {wanted} ({where}).", claim_ids=tuple(claim_ids))]


class ForbiddenPhrase(ConditionBase):
    """Expressions that must not appear; negated uses and listed compounds are skipped."""

    kind: Literal["forbidden_phrase"]
    phrases: list[str] = Field(min_length=1)
    unless_within: list[str] = Field(
        default_factory=list, description="a hit inside a match of one of these is not a hit (中低风险 for 低风险)"
    )
    negation: bool = True
    negation_window: int | None = Field(default=None, ge=0, le=200)
    skip_titles: bool = Field(default=True, description="ignore hits inside a cited title 《…》")
    when: When | None = None
    _phrases: PhraseSet | None = PrivateAttr(default=None)
    _unless: PhraseSet | None = PrivateAttr(default=None)
    _negation: Negation | None = PrivateAttr(default=None)

    def prepare(self, settings: BookSettings) -> None:
        self._phrases = PhraseSet(self.phrases, settings.gap)
        self._unless = PhraseSet(self.unless_within, settings.gap) if self.unless_within else None
        neg = settings.negation
        self._negation = neg.model_copy(update={"window": self.negation_window}) if self.negation_window else neg
        if self.when is not None:
            self.when.prepare(settings)

    def evaluate(self, ctx: Context) -> list[Hit]:
        assert self._phrases is not None and self._negation is not None
        if self.when is not None and self.when.evidence(ctx) is None:
            return []
        hits = ctx.find(self._phrases)
        if not hits:
            return []
        exempt = ctx.find(self._unless) if self._unless is not None else []
        out = []
        for start, end in hits:
            if any(a <= start and end <= b for a, b in exempt):
                continue
            if self.skip_titles and ctx.in_title(start):
                continue
            if self.negation and ctx.is_negated(start, self._negation):
                continue
            span = ctx.span_of_folded(start, end)
            out.append(Hit(spans=(span,), detail=f"Found 「{ctx.quote(span)}」."))
        return out
