"""A reviewed document: its findings plus what the renderers need (path, line and column)."""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass, field

from analyzer.i18n import Lang, message, resolve_lang
from analyzer.ingest.layout import Layout
from analyzer.types import DocumentResult, Finding, Severity, Span


@dataclass(frozen=True, slots=True)
class Location:
    """1-based line and column (in characters) of a span's start and end in the original text."""

    line: int
    column: int
    end_line: int
    end_column: int


@dataclass(frozen=True)
class Review:
    """One document's compliance review."""

    path: str
    doc_id: str
    text: str
    findings: tuple[Finding, ...]
    layout: Layout | None = None  # a PDF's or Word document's layout: the page (or part) of each span
    lang: Lang = "en"  # the language its findings are worded in (labels follow it)
    _line_starts: list[int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        starts = [0] + [i + 1 for i, ch in enumerate(self.text) if ch == "\n"]
        object.__setattr__(self, "_line_starts", starts)

    @classmethod
    def of(cls, result: DocumentResult, findings: list[Finding], lang: str | None = None) -> Review:
        """The review of ``result``; ``lang`` None: the document's own script (as comply chose)."""
        chosen = resolve_lang(lang, document_text=result.text)
        layout = result._layout
        return cls(
            result.meta.path, result.meta.doc_id, result.text, tuple(findings),
            layout if isinstance(layout, Layout) else None, chosen,
        )

    def position(self, offset: int) -> tuple[int, int]:
        line = bisect.bisect_right(self._line_starts, offset) - 1
        return line + 1, offset - self._line_starts[line] + 1

    def location(self, span: Span) -> Location:
        line, column = self.position(span.start)
        end_line, end_column = self.position(span.end)
        return Location(line, column, end_line, end_column)

    def counts(self) -> Counter[Severity]:
        return Counter(f.severity for f in self.findings)

    @property
    def has_errors(self) -> bool:
        return any(f.severity is Severity.ERROR for f in self.findings)


def summary_line(counts: Counter[Severity], lang: Lang = "en") -> str:
    """「2 errors, 5 warnings, 1 info」 (「2 项错误，5 项警告，1 项提示」)."""
    errors, warnings, infos = counts[Severity.ERROR], counts[Severity.WARNING], counts[Severity.INFO]
    if lang != "en":
        return message("totals.findings", lang, errors=errors, warnings=warnings, infos=infos)
    return (
        f"{errors} error{'s' * (errors != 1)}, {warnings} warning{'s' * (warnings != 1)}, {infos} info"
    )
