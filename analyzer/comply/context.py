"""Per-document state shared by all rules: the folded text, phrase hits, facts, span helpers."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import regex

from analyzer.comply.phrases import FoldedText, PhraseSet
from analyzer.comply.settings import Negation
from analyzer.types import Claim, DocumentResult, Severity, Span

_TITLE = regex.compile(r"《[^》\n]{0,200}》")


@dataclass(frozen=True, slots=True)
class Hit:
    """One thing a condition found: where, the concrete detail, the claims involved."""

    spans: tuple[Span, ...]
    detail: str = ""
    claim_ids: tuple[str, ...] = ()
    severity: Severity | None = None  # overrides the rule's severity (e.g. a pattern that timed out)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a trigger holds: where in the text, and which claims."""

    spans: tuple[Span, ...] = ()
    claim_ids: tuple[str, ...] = ()


@dataclass
class Context:
    """A document prepared for rule evaluation; built once per ``comply`` call."""

    result: DocumentResult
    facts: dict[str, Evidence | None] = field(default_factory=dict)
    cache: dict[str, object] = field(default_factory=dict)
    _phrase_hits: dict[int, list[Span]] = field(default_factory=dict)

    @cached_property
    def folded(self) -> FoldedText:
        return FoldedText.build(self.result.simplified)

    @cached_property
    def _titles(self) -> list[tuple[int, int]]:
        return [m.span() for m in _TITLE.finditer(self.result.simplified)]

    @cached_property
    def claims_by_id(self) -> dict[str, Claim]:
        return {c.id: c for c in self.result.claims}

    def span_of_folded(self, start: int, end: int) -> Span:
        """Original-text span of a folded range."""
        s_start, s_end = self.folded.to_simplified(start, end)
        return self.result.span_from_simplified(s_start, s_end)

    def quote(self, span: Span) -> str:
        return span.slice(self.result.text)

    def find(self, phrases: PhraseSet) -> list[tuple[int, int]]:
        """Folded hits of a phrase set (cached per set, so shared anchors are searched once)."""
        key = id(phrases)
        if key not in self._phrase_hits:
            self._phrase_hits[key] = phrases.finditer(self.folded)  # type: ignore[assignment]
        return self._phrase_hits[key]  # type: ignore[return-value]

    def find_spans(self, phrases: PhraseSet) -> list[Span]:
        return [self.span_of_folded(a, b) for a, b in self.find(phrases)]

    def in_title(self, folded_start: int) -> bool:
        """Whether a folded position lies inside a cited title 《…》."""
        pos = self.folded.source(folded_start)
        return any(a < pos < b for a, b in self._titles)

    def is_negated(self, folded_start: int, negation: Negation) -> bool:
        """Whether a negation cue stands before a hit, within the window and the same clause."""
        text = self.result.simplified
        end = self.folded.source(folded_start)
        start = max(0, end - negation.window)
        window = text[start:end]
        for i in range(len(window) - 1, -1, -1):
            if window[i] in negation.boundaries:
                window = window[i + 1 :]
                break
        for word in negation.ignore:
            window = window.replace(word, "\x00")
        return any(cue in window for cue in negation.cues)
