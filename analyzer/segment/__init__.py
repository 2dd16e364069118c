"""Segment stage: a blank spaCy "zh" Language whose tokenizer is a private jieba instance
holding the financial dictionary. Mentions (77.84%, 3,018.1亿港元, 2024-03-07, 39.72x) are kept
whole: jieba only sees the text between them. In the pipeline the recognizers have already
found them (``segment(text, protect=spans)``); called on its own, the tokenizer finds the
quantities with the recognizers' own patterns."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import jieba
import numpy
import spacy
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

from analyzer.errors import SegmentError
from analyzer.extract.base import compiled_patterns
from analyzer.resources import corpora_path

jieba.setLogLevel(logging.WARNING)

# a cheap union of the quantity patterns plus ISO-like dates and year ranges, for protection only
_DATE_LIKE = r"\d{4}[-/.]\d{1,2}[-/.]\d{1,2}|\d{4}年\d{1,2}月\d{1,2}日|\d{4}-\d{4}年"


_UNNAME = re.compile(r"\(\?P<\w+>")


@cache
def _protect_regex() -> re.Pattern[str]:
    parts = [_DATE_LIKE]
    for recognizer in ("percent", "money", "multiple", "points", "count"):
        parts.extend(_UNNAME.sub("(?:", p.regex.pattern) for p in compiled_patterns(recognizer))
    return re.compile("|".join(f"(?:{p})" for p in parts))


#: the longest run jieba is handed in one piece (see split_long_runs)
MAX_RUN = 200
# jieba's own block pattern (jieba.re_han_default): it cuts text at every other character itself
_LONG_RUN = re.compile(rf"[\u4E00-\u9FD5a-zA-Z0-9+#&\._%\-]{{{MAX_RUN + 1},}}")


def split_long_runs(text: str, limit: int = MAX_RUN) -> list[str]:
    """``text`` in pieces for jieba, none holding a run of more than ``limit`` word characters.

    jieba cuts its input at every character outside its block pattern (punctuation, spaces) and runs
    its HMM over each block; the HMM copies its best path at every character, so one block of n
    characters costs n² (a 4.5 MB page of one repeated character never finished). Cutting only the
    blocks longer than ``limit`` into ``limit``-long pieces keeps every ordinary text's segmentation
    exactly as it was (its blocks are far shorter) and bounds the cost of any block. Concatenating the
    pieces gives ``text`` back."""
    pattern = _LONG_RUN if limit == MAX_RUN else re.compile(_LONG_RUN.pattern.replace(str(MAX_RUN + 1), str(limit + 1)))
    pieces: list[str] = []
    pos = 0
    for m in pattern.finditer(text):
        if m.start() > pos:
            pieces.append(text[pos : m.start()])
        pieces.extend(text[i : min(i + limit, m.end())] for i in range(m.start(), m.end(), limit))
        pos = m.end()
    if pos < len(text) or not pieces:
        pieces.append(text[pos:])
    return pieces


class JiebaTokenizer:
    """spaCy tokenizer over a private ``jieba.Tokenizer`` (not the process-global one)."""

    def __init__(self, vocab: Vocab, user_dict: Path) -> None:
        self.vocab = vocab
        self.user_dict = user_dict
        self._jieba = jieba.Tokenizer()
        self._jieba.load_userdict(str(user_dict))

    def words(self, text: str, protect: Sequence[tuple[int, int]] | None = None) -> list[str]:
        """Words of ``text``: the ``protect`` spans (sorted, non-overlapping; default: the quantities the
        recognizers' patterns find) whole, jieba for the rest."""
        if protect is None:
            protect = [m.span() for m in _protect_regex().finditer(text)]
        words: list[str] = []
        pos = 0

        def cut(piece: str) -> list[str]:
            return [w for part in split_long_runs(piece) for w in self._jieba.lcut(part)]

        for start, end in protect:
            if start < pos or end <= start:
                continue
            if start > pos:
                words.extend(cut(text[pos:start]))
            words.append(text[start:end])
            pos = end
        if pos < len(text):
            words.extend(cut(text[pos:]))
        return words

    def __call__(self, text: str) -> Doc:
        return self.make_doc(text)

    def make_doc(self, text: str, protect: Sequence[tuple[int, int]] | None = None) -> Doc:
        """A Doc of ``text`` with every ``protect`` span as one token."""
        words = self.words(text, protect)
        if sum(map(len, words)) != len(text):
            raise SegmentError("segmentation does not reproduce the text", code="E301")
        # jieba keeps whitespace as tokens, so no token has trailing space
        return Doc(self.vocab, words=words, spaces=[False] * len(words))


@cache
def load(user_dict: str | None = None) -> Language:
    """The analyzer's spaCy pipeline: blank "zh" + private jieba with the financial dictionary."""
    path = Path(user_dict) if user_dict else corpora_path("dict", "jieba_fin.txt")
    if not path.is_file():
        raise SegmentError(f"user dictionary not found: {path}", code="E302")
    # blank "zh" with its default character segmenter (which never imports the global jieba),
    # then the private jieba tokenizer in its place
    nlp = spacy.blank("zh", config={"nlp": {"tokenizer": {"segmenter": "char"}}})
    nlp.tokenizer = JiebaTokenizer(nlp.vocab, path)
    return nlp


def segment(text: str, protect: Sequence[tuple[int, int]] | None = None, nlp: Language | None = None) -> Doc:
    """Tokenize normalized text into a spaCy Doc, each ``protect`` span one token."""
    tokenizer = (nlp or load()).tokenizer
    if not isinstance(tokenizer, JiebaTokenizer):
        raise SegmentError("the pipeline's tokenizer is not the analyzer's jieba tokenizer", code="E303")
    return tokenizer.make_doc(text, protect)


class TokenBoundaries:
    """The offsets where tokens start or end, for asking whether a character span aligns with tokens."""

    def __init__(self, doc: Doc) -> None:
        # to_array reads the offsets in C; a Python loop over a 1 MB document's tokens costs ~0.1 s
        self._offsets = numpy.append(doc.to_array("IDX"), len(doc.text))

    def aligned(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` begins and ends on token boundaries."""
        found = numpy.searchsorted(self._offsets, (start, end))
        n = len(self._offsets)
        return all(i < n and self._offsets[i] == pos for i, pos in zip(found, (start, end), strict=True))
