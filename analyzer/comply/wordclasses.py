"""Word classes as data: the shipped classes (corpora/patterns/word_classes.yaml) and a rulebook's own.

A class is a list of words (either script) and the longer words that contain one of them but do not
mean it (``except``). Words are folded as documents are and registered in the shared automaton, so
finding every class in a document costs the one automaton pass. A hit counts where a word of the
segmented text starts (能 in 能源 is none) and not inside one of the class's ``except`` words.

Error code: E607 a word-class file or a rulebook's ``classes`` is invalid (unknown class, empty word).
"""

from __future__ import annotations

import bisect
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from analyzer.comply.lexicon import LEXICON
from analyzer.comply.phrases import fold_phrase_text
from analyzer.datafiles import read_yaml, validation_message
from analyzer.errors import RulebookError
from analyzer.normalize.convert import convert_script
from analyzer.resources import corpora_path

CLASS_NAME = r"^[a-z][a-z0-9_]*$"
#: built-in slots every rule may use besides the classes: a figure (20%, 3个百分点, 三四成, 四厘), a
#: multiple (2倍, 两三倍: a figure in 倍), a price (1.5元) and an index level (3800点, 两万点)
BUILTIN = frozenset({"figure", "multiple", "price", "level"})
FIGURE_UNITS = ("%", "个百分点", "个点", "成", "倍", "‰", "厘")
PRICE_UNITS = ("元", "块", "蚊", "港元", "万")  # 3000蚊 (Cantonese), 18万 (a sum reached)
#: a figure in Chinese numerals: 三四成, 四个点, 两倍 (after folding: Simplified)
#: and a spoken rate with its tenths (一年拿个三点几, 四点五左右), not a clock time (三点半, 三点十分)
CHINESE_FIGURE = (r"[一二两三四五六七八九十百半几]{1,4}(?:个百分点|个点|成|倍|厘)"
                  r"|(?<![一二两三四五六七八九十])[一二两三四五六七八九]点[几一二三四五六七八九](?![分钟刻个点])")


#: an index level: three digits or more, or a sum of thousands in Chinese numerals, before 点 (3800点, 两万点,
#: 二万五千点); not a clock time (3点) or a percentage point (3个点)
LEVEL = (r"(?<![\d.])\d{3,6}(?:\.\d+)?点(?!钟|半|前|后|开)"
         r"|[一二两三四五六七八九十][万千](?:[零一二两三四五六七八九][千百十]?){0,3}点(?!钟|半)")


#: a sum in Chinese numerals (两千多块, 八十多万)
CHINESE_PRICE = r"[一二两三四五六七八九十][千百万十][一二两三四五六七八九十千百万]{0,3}多?(?:块|元|万|蚊)"


class WordClass(BaseModel):
    """One class: its words and the longer words that are not it."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    words: list[str] = Field(min_length=1)
    except_: list[str] = Field(default_factory=list, alias="except")

    @field_validator("words", "except_")
    @classmethod
    def _foldable(cls, words: list[str]) -> list[str]:
        for word in words:
            if not fold_phrase_text(str(word)):
                raise ValueError(f"{word!r} is empty once punctuation and spaces are dropped")
        return [str(w) for w in words]

    def folded(self) -> tuple[tuple[str, ...], tuple[str, ...]]:
        """The folded words and except words (registered in the shared automaton)."""
        words = tuple(dict.fromkeys(fold_phrase_text(w) for w in self.words))
        excepts = tuple(dict.fromkeys(fold_phrase_text(w) for w in self.except_))
        for word in (*words, *excepts):
            LEXICON.add(word)
        return words, excepts


class WordClasses(BaseModel):
    """A file of classes by name."""

    model_config = ConfigDict(extra="forbid")

    classes: dict[str, WordClass]

    @field_validator("classes")
    @classmethod
    def _names(cls, classes: dict[str, WordClass]) -> dict[str, WordClass]:
        import re

        for name in classes:
            if not re.match(CLASS_NAME, name) or name in BUILTIN:
                raise ValueError(f"{name!r} is not a class name (lower-case words joined by _, not 'figure')")
        return classes


@cache
def shipped_classes() -> dict[str, WordClass]:
    """The shipped word classes, validated once per process (E607 when the file is broken)."""
    path = corpora_path("patterns") / "word_classes.yaml"
    raw = read_yaml(path, RulebookError, "E607", "word classes")
    try:
        return dict(WordClasses.model_validate(raw or {}).classes)
    except ValidationError as exc:
        raise RulebookError(f"{path}: {validation_message(exc)}", code="E607") from exc


def covered(starts: list[int], length: int, start: int, end: int) -> bool:
    """Whether an occurrence (sorted ``starts`` of a word of ``length``) covers ``[start, end)``."""
    i = bisect.bisect_left(starts, end - length)
    return i < len(starts) and starts[i] <= start


#: the classes whose words negate, for every rule kind: before a hit, and right after it
NEGATOR, DENIER = "negator", "denier"


@dataclass(frozen=True, slots=True)
class NegationWords:
    """The negating words as a window of Simplified text is searched for them (a forbidden phrase's negation)."""

    cues: tuple[str, ...]  # words before a hit that negate it (``negator``)
    ignore: tuple[str, ...]  # longer words that hold a cue but deny nothing (``negator``'s ``except``)
    after: tuple[str, ...]  # words right after a hit that deny it (``denier``)


_NEGATION_WORDS: dict[tuple[tuple[str, ...], ...], NegationWords] = {}


def negation_words(classes: Mapping[str, WordClass]) -> NegationWords:
    """The ``negator`` and ``denier`` words of ``classes`` in Simplified script (built once per set of words; keyed
    by the words, not the objects, whose ids a later rulebook's classes may reuse)."""
    negator, denier = classes[NEGATOR], classes[DENIER]
    key = (tuple(negator.words), tuple(negator.except_), tuple(denier.words))
    words = _NEGATION_WORDS.get(key)
    if words is None:

        def simplified(ws: list[str]) -> tuple[str, ...]:
            return tuple(dict.fromkeys(convert_script(w, "t2s") for w in ws))

        words = _NEGATION_WORDS[key] = NegationWords(
            simplified(negator.words), simplified(negator.except_), simplified(denier.words)
        )
    return words
