"""analyzer: numeric claims, cross-checks and compliance review for Chinese financial text."""

from __future__ import annotations

__version__ = "0.1.0"

from analyzer.types import (
    Claim,
    DocumentMeta,
    DocumentResult,
    Finding,
    Mention,
    Period,
    SourceNote,
    Span,
    SubjectRef,
    Verdict,
)


def load():
    """The analyzer's spaCy pipeline (blank zh + private jieba + financial dictionary)."""
    from analyzer.segment import load as _load

    return _load()


def analyze(source, **kwargs):
    """Analyze one document; see :func:`analyzer.pipeline.analyze`."""
    from analyzer.pipeline import analyze as _analyze

    return _analyze(source, **kwargs)


__all__ = [
    "Claim",
    "DocumentMeta",
    "DocumentResult",
    "Finding",
    "Mention",
    "Period",
    "SourceNote",
    "Span",
    "SubjectRef",
    "Verdict",
    "__version__",
    "analyze",
    "load",
]
