"""Segment stage: a blank spaCy "zh" Language whose tokenizer is a private jieba instance
holding the financial dictionary. Quantities found by the recognizers' patterns (77.84%,
3,018.1亿港元, 2024-03-07, 39.72x) are kept whole: jieba only sees the text between them."""

from __future__ import annotations

import logging
import re
from collections.abc import Sequence
from functools import cache
from pathlib import Path

import jieba
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


class JiebaTokenizer:
    """spaCy tokenizer over a private ``jieba.Tokenizer`` (not the process-global one)."""

    def __init__(self, vocab: Vocab, user_dict: Path) -> None:
        self.vocab = vocab
        self.user_dict = user_dict
        self._jieba = jieba.Tokenizer()
        self._jieba.load_userdict(str(user_dict))

    def words(self, text: str) -> list[str]:
        """Words of ``text``: protected quantity spans whole, jieba for the rest."""
        words: list[str] = []
        pos = 0
        cut = self._jieba.lcut
        for match in _protect_regex().finditer(text):
            if match.start() > pos:
                words.extend(cut(text[pos : match.start()]))
            if match.end() > match.start():
                words.append(match.group())
            pos = match.end()
        if pos < len(text):
            words.extend(cut(text[pos:]))
        return words

    def __call__(self, text: str) -> Doc:
        words = self.words(text)
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


def segment(text: str, nlp: Language | None = None) -> Doc:
    """Tokenize normalized text into a spaCy Doc."""
    return (nlp or load())(text)


def token_texts(doc: Doc) -> Sequence[str]:
    return [t.text for t in doc]
