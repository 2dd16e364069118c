"""Recognizer base: patterns from data, one engine loop, a ``build`` hook per recognizer.

A recognizer reads the normalized text and yields ``Hit``s in normalized offsets; the extract
stage maps them to the original text and turns them into ``Mention``s.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import date
from functools import cache
from typing import Any, ClassVar

import yaml

from analyzer.datafiles import parse_yaml
from analyzer.errors import ExtractError
from analyzer.registry import Registry
from analyzer.resources import corpora_path
from analyzer.types import MentionKind

RECOGNIZERS: Registry[type[Recognizer]] = Registry("recognizer")


def register_recognizer(name: str) -> Callable[[type[Recognizer]], type[Recognizer]]:
    """Class decorator: add a recognizer to the registry under ``name``."""
    return RECOGNIZERS.register(name)


@dataclass(frozen=True, slots=True)
class Hit:
    """A recognizer's match in normalized-text offsets, with the Mention fields it determined."""

    start: int
    end: int
    kind: MentionKind
    recognizer: str
    pattern: str
    score: float
    fields: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class ExtractContext:
    """What a recognizer may look at: the normalized text and the document's as-of date."""

    text: str
    as_of: date | None


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
    name: str
    regex: re.Pattern[str]
    score: float


@cache
def quantity_vocabulary() -> dict[str, Any]:
    """The parsed ``corpora/patterns/quantities.yaml``."""
    path = corpora_path("patterns", "quantities.yaml")
    try:
        data = parse_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ExtractError(f"{path}: {exc}".replace("\n", " "), code="E403") from exc
    for key in ("fragments", "magnitudes", "currencies", "count_nouns", "recognizers"):
        if key not in data:
            raise ExtractError(f"{path}: missing section {key!r}", code="E403")
    return data


_STRENGTH = {"strong": 0.95, "medium": 0.75, "weak": 0.5}


@cache
def compiled_patterns(recognizer: str) -> tuple[CompiledPattern, ...]:
    """The recognizer's patterns with fragments substituted, compiled once."""
    vocab = quantity_vocabulary()
    fragments = dict(vocab["fragments"])
    nouns = sorted(vocab["count_nouns"], key=len, reverse=True)
    fragments["count_noun"] = "(?:" + "|".join(re.escape(n) for n in nouns) + ")"
    out = []
    for spec in vocab["recognizers"].get(recognizer, []):
        source = spec["regex"]
        for key, frag in fragments.items():
            source = source.replace("{" + key + "}", frag)
        try:
            regex = re.compile(source)
        except re.error as exc:
            raise ExtractError(f"pattern {spec['name']!r} of {recognizer}: {exc}", code="E404") from exc
        strength = spec["name"].rsplit("(", 1)[-1].rstrip(")")
        out.append(CompiledPattern(spec["name"], regex, _STRENGTH.get(strength, 0.6)))
    if not out:
        raise ExtractError(f"no patterns for recognizer {recognizer!r}", code="E404")
    return tuple(out)


class PatternRecognizer(Recognizer):
    """Runs the recognizer's data patterns; ``build`` turns a match into Hit fields or vetoes it."""

    def find(self, ctx: ExtractContext) -> Iterator[Hit]:
        for pattern in compiled_patterns(self.name):
            for match in pattern.regex.finditer(ctx.text):
                try:
                    fields = self.build(match, ctx)
                except ExtractError:
                    fields = None  # a match the parser cannot read is no mention (一亿一 …); never fatal
                if fields is None:
                    continue
                yield Hit(match.start(), match.end(), self.kind, self.name, pattern.name, pattern.score, fields)

    def build(self, match: re.Match[str], ctx: ExtractContext) -> dict[str, Any] | None:
        """Mention fields for ``match``, or None to reject it (a validate hook, as in Presidio)."""
        raise NotImplementedError


class LabelRecognizer(PatternRecognizer):
    """A pattern recognizer whose mention is only the ``label`` group (R4 of 中高风险(R4))."""

    def find(self, ctx: ExtractContext) -> Iterator[Hit]:
        for pattern in compiled_patterns(self.name):
            for match in pattern.regex.finditer(ctx.text):
                start, end = match.span("label")
                yield Hit(start, end, self.kind, self.name, pattern.name, pattern.score, {"label": match["label"]})
