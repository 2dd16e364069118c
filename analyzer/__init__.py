"""analyzer: numeric claims, cross-checks and compliance review for Chinese financial text."""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from typing import TYPE_CHECKING, Any

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

if TYPE_CHECKING:
    import pandas as pd
    from spacy.language import Language


def load() -> Language:
    """The analyzer's spaCy pipeline (blank zh + private jieba + financial dictionary)."""
    from analyzer.segment import load as _load

    return _load()


def analyze(source: str | os.PathLike[str] | bytes, **kwargs: Any) -> DocumentResult:
    """Analyze one document; see :func:`analyzer.pipeline.analyze` (imported lazily: jieba and spaCy are heavy)."""
    from analyzer.pipeline import analyze as _analyze

    return _analyze(source, **kwargs)


def analyze_many(paths: Iterable[str | os.PathLike[str]], **kwargs: Any) -> Iterator[DocumentResult]:
    """Analyze many documents in a pool or on Dask, yielding results; see :func:`analyzer.batch.analyze_many`."""
    from analyzer.batch import analyze_many as _analyze_many

    return _analyze_many(paths, **kwargs)


def results_to_frames(results: Iterable[DocumentResult]) -> dict[str, pd.DataFrame]:
    """pandas DataFrames (claims, mentions, verdicts, findings) over results; see :mod:`analyzer.report.frame`."""
    from analyzer.report.frame import results_to_frames as _results_to_frames

    return _results_to_frames(results)


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
    "analyze_many",
    "load",
    "results_to_frames",
]
