"""The spaCy view of segmentation: a blank "zh" Language whose tokenizer is the private jieba.

The pipeline itself needs no spaCy Doc (``analyzer.segment.word_boundaries`` answers its questions);
this is for users who want tokens, and for the segment table tests. spaCy is imported only here."""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import cache
from typing import TYPE_CHECKING

from analyzer.errors import SegmentError
from analyzer.extract.base import compiled_patterns
from analyzer.segment.cutter import cut, private_segmenter, user_dict_path

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc
    from spacy.vocab import Vocab

# a cheap union of the quantity patterns plus ISO-like dates and year ranges, for protection only
_DATE_LIKE = r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{4}年"
_UNNAME = re.compile(r"\(\?P<\w+>")


@cache
def _protect_regex() -> re.Pattern[str]:
    parts = [_DATE_LIKE]
    for recognizer in ("percent", "money", "multiple", "points", "count"):
        parts.extend(_UNNAME.sub("(?:", p.regex.pattern) for p in compiled_patterns(recognizer))
    return re.compile("|".join(f"(?:{p})" for p in parts))


def words(text: str, protect: Sequence[tuple[int, int]] | None, cut: object) -> list[str]:
    """Words of ``text``: the ``protect`` spans (sorted, non-overlapping; default: the quantities the
    recognizers' patterns find) whole, ``cut`` for the rest."""
    if protect is None:
        protect = [m.span() for m in _protect_regex().finditer(text)]
    out: list[str] = []
    pos = 0
    for start, end in protect:
        if start < pos or end <= start:
            continue
        if start > pos:
            out.extend(cut(text[pos:start]))  # type: ignore[operator]
        out.append(text[start:end])
        pos = end
    if pos < len(text):
        out.extend(cut(text[pos:]))  # type: ignore[operator]
    return out


class JiebaTokenizer:
    """spaCy tokenizer over the private segmenter (never jieba's process-global one)."""

    def __init__(self, vocab: Vocab, user_dict: str | None = None) -> None:
        self.vocab = vocab
        self.user_dict = user_dict_path(user_dict)
        self._jieba = private_segmenter(user_dict)
        self._cut = cut(user_dict)

    def words(self, text: str, protect: Sequence[tuple[int, int]] | None = None) -> list[str]:
        return words(text, protect, self._cut)

    def __call__(self, text: str) -> Doc:
        return self.make_doc(text)

    def make_doc(self, text: str, protect: Sequence[tuple[int, int]] | None = None) -> Doc:
        """A Doc of ``text`` with every ``protect`` span as one token."""
        from spacy.tokens import Doc

        tokens = self.words(text, protect)
        if sum(map(len, tokens)) != len(text):
            raise SegmentError("segmentation does not reproduce the text", code="E301")
        # jieba keeps whitespace as tokens, so no token has trailing space
        return Doc(self.vocab, words=tokens, spaces=[False] * len(tokens))


@cache
def load(user_dict: str | None = None) -> Language:
    """The analyzer's spaCy pipeline: blank "zh" + private jieba with the financial dictionary."""
    import spacy

    user_dict_path(user_dict)  # E302 before spaCy builds anything
    # blank "zh" with its default character segmenter (which never imports the global jieba),
    # then the private jieba tokenizer in its place
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    nlp.tokenizer = JiebaTokenizer(nlp.vocab, user_dict)
    return nlp
