"""Segment stage: word boundaries from a private jieba (rjieba by default) holding the financial dictionary.

Mentions (77.84%, 3,018.1亿港元, 2024-03-07, 39.72x) are kept whole: jieba only sees the text between
them. The pipeline asks only whether a short alias (南向, 美团) is a whole word, so it segments only
the blocks of text around those aliases (:func:`word_boundaries`); :func:`segment` and :func:`load`
give the whole text as a spaCy Doc (spaCy is imported only then)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from analyzer.errors import SegmentError
from analyzer.segment.boundaries import TokenBoundaries
from analyzer.segment.cutter import MAX_RUN, cut, split_long_runs
from analyzer.segment.lazy import WordBoundaries

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def word_boundaries(text: str, protect: Sequence[tuple[int, int]]) -> WordBoundaries:
    """Token boundaries of normalized ``text`` with every ``protect`` span whole, segmented on demand
    (the dictionary is loaded only if a question needs it)."""
    return WordBoundaries(text, protect, cut)


def warm_up() -> None:
    """Build the private segmenter now (a worker does this once before its first document)."""
    from analyzer.segment.cutter import private_segmenter

    private_segmenter()


def load(user_dict: str | None = None) -> Language:
    """The analyzer's spaCy pipeline: blank "zh" + private jieba with the financial dictionary."""
    from analyzer.segment.nlp import load as _load

    return _load(user_dict)


def segment(text: str, protect: Sequence[tuple[int, int]] | None = None, nlp: Language | None = None) -> Doc:
    """Tokenize normalized text into a spaCy Doc, each ``protect`` span one token."""
    from analyzer.segment.nlp import JiebaTokenizer

    tokenizer = (nlp or load()).tokenizer
    if not isinstance(tokenizer, JiebaTokenizer):
        raise SegmentError("the pipeline's tokenizer is not the analyzer's jieba tokenizer", code="E303")
    return tokenizer.make_doc(text, protect)


__all__ = [
    "MAX_RUN",
    "TokenBoundaries",
    "WordBoundaries",
    "load",
    "segment",
    "split_long_runs",
    "warm_up",
    "word_boundaries",
]
