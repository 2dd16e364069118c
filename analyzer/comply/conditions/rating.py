"""Risk rating consistency: the R-level fits the fund type, agrees with its level word, and is the
same everywhere in the document."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

import regex
from pydantic import Field, PrivateAttr

from analyzer.comply.conditions.base import ConditionBase
from analyzer.comply.context import Context, Hit
from analyzer.comply.facts import fund_types
from analyzer.comply.fundfacts import type_name
from analyzer.comply.guard import compile_user_pattern
from analyzer.comply.say import Say
from analyzer.comply.settings import BookSettings
from analyzer.types import Severity, Span

RLevel = Literal["R1", "R2", "R3", "R4", "R5"]

# fmt: off
DEFAULT_PATTERNS = [
    r"(?P<word>低|中低|中|中高|高)风险(?:等级)?\s*[(（]\s*(?P<r>R[1-5])\s*[)）]",
    r"(?P<r>R[1-5])\s*[(（]\s*(?P<word>低|中低|中|中高|高)风险\s*[)）]",
    r"风险(?:等级|评级)(?:为|是|:|：)?\s*(?P<r>R[1-5])(?![0-9])",
    r"(?:属于|为)(?P<word>低|中低|中|中高|高)风险(?:等级)?(?:的)?(?:品种|产品|基金)",
]
# fmt: on


@dataclass(frozen=True, slots=True)
class RatingMention:
    span: Span
    level: str | None  # R4
    word: str | None  # 中高


class RatingConsistency(ConditionBase):
    """Every stated rating agrees with its level word, with the other ratings and with the fund type."""

    kind: Literal["rating_consistency"]
    allowed: dict[str, list[RLevel]] = Field(description="fund type → the R-levels it may carry")
    levels: dict[str, RLevel] = Field(
        default_factory=lambda: {"低": "R1", "中低": "R2", "中": "R3", "中高": "R4", "高": "R5"}
    )
    patterns: list[str] = Field(default_factory=lambda: list(DEFAULT_PATTERNS), min_length=1)
    _compiled: list[regex.Pattern[str]] = PrivateAttr(default_factory=list)

    def prepare(self, settings: BookSettings) -> None:
        self._compiled = [compile_user_pattern(p) for p in self.patterns]
        for pattern in self._compiled:
            if not {"r", "word"} & set(pattern.groupindex):
                raise ValueError(f"pattern {pattern.pattern!r} needs a group named 'r' or 'word'")

    def mentions(self, ctx: Context) -> list[RatingMention]:
        """Rating statements, each once (the longest pattern match wins on overlap)."""
        found: list[tuple[int, int, str | None, str | None]] = []
        for pattern in self._compiled:
            # the shipped patterns are linear (no nested repeats) and run unbounded, so they decide the
            # same under any load; a rulebook's own patterns keep a time limit
            timeout = None if self.patterns == DEFAULT_PATTERNS else 0.5
            for m in pattern.finditer(ctx.result.simplified, timeout=timeout):
                groups = m.groupdict()
                found.append((m.start(), m.end(), groups.get("r"), groups.get("word")))
        found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
        out: list[RatingMention] = []
        last_end = -1
        for start, end, level, word in found:
            if start < last_end:
                continue
            out.append(RatingMention(ctx.result.span_from_simplified(start, end), level, word))
            last_end = end
        return out

    def evaluate(self, ctx: Context) -> list[Hit]:
        try:
            mentions = self.mentions(ctx)
        except TimeoutError:
            return [Hit(spans=(), severity=Severity.WARNING,
                        detail=Say("comply.rating.timeout"))]
        if not mentions:
            return []
        hits: list[Hit] = []
        for m in mentions:
            if m.level and m.word and self.levels.get(m.word) != m.level:
                hits.append(Hit(spans=(m.span,), detail=Say(
                    "comply.rating.word", quote=ctx.quote(m.span), word=m.word, expected=self.levels.get(m.word),
                    level=m.level,
                )))
        resolved = [(m, m.level or self.levels.get(m.word or "")) for m in mentions]
        distinct = sorted({level for _, level in resolved if level})
        if len(distinct) > 1:
            hits.append(Hit(spans=tuple(m.span for m, _ in resolved),
                            detail=Say("comply.rating.distinct", levels=", ".join(distinct))))
        hits += self._type_hits(ctx, resolved)
        return hits

    def _type_hits(self, ctx: Context, resolved: list[tuple[RatingMention, str | None]]) -> list[Hit]:
        """One hit: the first piece of type evidence that the stated levels do not fit."""
        for fund_type, why, evidence in fund_types(ctx):
            allowed = self.allowed.get(fund_type or "")
            if not allowed:
                continue
            bad = [(m, level) for m, level in resolved if level and level not in allowed]
            if bad:
                quotes = ", ".join(f"「{ctx.quote(m.span)}」" for m, _ in bad)
                return [Hit(spans=tuple(m.span for m, _ in bad) + evidence.spans[:1], detail=Say(
                    "comply.rating.type", quotes=quotes, why=why, name=type_name(fund_type), fund_type=fund_type,
                    allowed="/".join(allowed),
                ))]
        return []
