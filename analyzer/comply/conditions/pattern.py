"""User-supplied regular expressions, compiled once and matched with a time bound."""

from __future__ import annotations

from typing import Literal

import regex
from pydantic import Field, PrivateAttr

from analyzer.comply.conditions.base import ConditionBase, When
from analyzer.comply.context import Context, Hit
from analyzer.comply.guard import compile_user_pattern
from analyzer.comply.say import Say
from analyzer.comply.settings import BookSettings
from analyzer.types import Severity, Span

_FLAGS = {"IGNORECASE": regex.IGNORECASE, "MULTILINE": regex.MULTILINE, "DOTALL": regex.DOTALL}
MAX_HITS = 50


class RegexCondition(ConditionBase):
    """``forbid``: every match is a hit. ``require``: a hit when nothing matches (and ``when`` holds).

    ``text: simplified`` (default) matches the script-converted text, so one pattern serves both
    scripts; ``original`` matches the text as written. A match that runs out of time becomes a
    warning saying the rule was not evaluated, so one bad pattern cannot hang a batch.
    """

    kind: Literal["regex"]
    pattern: str = Field(min_length=1)
    mode: Literal["forbid", "require"] = "forbid"
    text: Literal["simplified", "original"] = "simplified"
    flags: list[Literal["IGNORECASE", "MULTILINE", "DOTALL"]] = Field(default_factory=list)
    timeout: float = Field(default=0.05, gt=0, le=5.0, description="seconds per document")
    when: When | None = None
    _compiled: regex.Pattern[str] | None = PrivateAttr(default=None)

    def prepare(self, settings: BookSettings) -> None:
        flags = 0
        for name in self.flags:
            flags |= _FLAGS[name]
        self._compiled = compile_user_pattern(self.pattern, flags)
        if self.when is not None:
            self.when.prepare(settings)

    def evaluate(self, ctx: Context) -> list[Hit]:
        assert self._compiled is not None
        if self.when is not None and self.when.evidence(ctx) is None:
            return []
        subject = ctx.result.simplified if self.text == "simplified" else ctx.result.text
        try:
            matches = []
            for match in self._compiled.finditer(subject, timeout=self.timeout):
                if match.end() > match.start():
                    matches.append(match.span())
                if len(matches) >= MAX_HITS:
                    break
        except TimeoutError:
            return [Hit(spans=(), severity=Severity.WARNING, detail=Say("comply.regex.timeout", seconds=self.timeout))]
        if self.mode == "require":
            return [] if matches else [Hit(spans=(Span(start=0, end=0),), detail=Say("comply.regex.nothing"))]
        hits = []
        for start, end in matches:
            if self.text == "simplified":
                span = ctx.result.span_from_simplified(start, end)
            else:
                span = Span(start=start, end=end)
            hits.append(Hit(spans=(span,), detail=Say("comply.found", quote=ctx.quote(span))))
        return hits
