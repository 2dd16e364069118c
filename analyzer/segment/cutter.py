"""The word cutter: a private jieba-compatible tokenizer holding the financial dictionary, built once
per process and only when a decision needs word boundaries (see ``lazy.py``).

Two backends cut the same way (dictionary DAG + HMM for unknown words, in independent blocks):

- ``rjieba`` (default): the jieba-rs binding, with jieba's dictionary built in; it starts in ~0.15 s
  and cuts ~25x faster than jieba. It differs from jieba only inside runs of Latin letters, digits and
  ``-`` (QwQ-32B stays one token), which never decides anything here: the claims are identical on the
  sample and on ``tests/data/texts`` in both scripts (``benchmarks/compare_segmenters.py``).
- ``jieba``: the Python package (reference), loading its prefix dictionary from jieba's on-disk cache.

``ANALYZER_SEGMENTER=jieba`` selects the reference; without rjieba installed it is used too.
"""

from __future__ import annotations

import importlib.util
import logging
import os
import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from analyzer.errors import SegmentError
from analyzer.resources import corpora_path

Cut = Callable[[str], list[str]]

# the characters each backend keeps together in one block (its re_han_default; outside a block every
# character is a token, except \r\n); tests check them against the backends
JIEBA_BLOCK = "\u4e00-\u9fd5a-zA-Z0-9+#&\\._%\\-"
RJIEBA_BLOCK = (
    "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002a6df\U0002a700-\U0002b73f\U0002b740-\U0002b81f"
    "\U0002b820-\U0002ceaf\U0002ceb0-\U0002ebef\U0002f800-\U0002fa1fa-zA-Z0-9+#&\\._%\\-"
)


@dataclass(frozen=True)
class Backend:
    """A segmenter backend: its name and the character class of its blocks."""

    name: str
    block_chars: str


@cache
def backend() -> Backend:
    """The backend in use (decided without loading any dictionary)."""
    wanted = os.environ.get("ANALYZER_SEGMENTER", "rjieba")
    if wanted not in ("rjieba", "jieba"):
        raise SegmentError(f"ANALYZER_SEGMENTER must be rjieba or jieba, not {wanted!r}", code="E303")
    if wanted == "rjieba" and importlib.util.find_spec("rjieba") is not None:
        return Backend("rjieba", RJIEBA_BLOCK)
    return Backend("jieba", JIEBA_BLOCK)


def user_dict_path(user_dict: str | None = None) -> Path:
    """The financial user dictionary (``corpora/dict/jieba_fin.txt`` unless given); E302 when missing."""
    path = Path(user_dict) if user_dict else corpora_path("dict", "jieba_fin.txt")
    if not path.is_file():
        raise SegmentError(f"user dictionary not found: {path}", code="E302")
    return path


def _user_words(path: Path) -> list[tuple[str, int | None, str | None]]:
    """jieba's user-dictionary format: ``word [freq] [tag]`` per line."""
    words = []
    for line in path.read_text(encoding="utf-8").splitlines():
        parts = line.split()
        if not parts:
            continue
        freq = int(parts[1]) if len(parts) > 1 and parts[1].isdigit() else None
        tag = parts[-1] if len(parts) > 1 and not parts[-1].isdigit() else None
        words.append((parts[0], freq, tag))
    return words


def private_segmenter(user_dict: str | None = None) -> Any:
    """A private tokenizer of the backend in use (never jieba's process-global one), with the user
    dictionary added. It has ``lcut(text) -> list[str]``. Built once per process and dictionary."""
    # one cache key however the default is asked for: ``cache`` keys ``f()`` and ``f(None)`` apart, so the
    # worker's warm-up (``private_segmenter()``) built one tokenizer and its first short alias (``cut(None)``)
    # a second (≈0.3 s and a second dictionary in memory)
    return _private_segmenter(user_dict)


@cache
def _private_segmenter(user_dict: str | None) -> Any:
    path = user_dict_path(user_dict)
    if backend().name == "rjieba":
        return _RJieba(path)
    import jieba

    jieba.setLogLevel(logging.WARNING)
    tokenizer = jieba.Tokenizer()
    tokenizer.load_userdict(str(path))
    return tokenizer


class _RJieba:
    """rjieba's Jieba with the user dictionary, under jieba's method name."""

    def __init__(self, path: Path) -> None:
        import rjieba

        self._jieba = rjieba.Jieba()
        for word, freq, tag in _user_words(path):
            self._jieba.add_word(word, freq, tag)
        self.lcut: Cut = self._jieba.cut


#: the longest run of block characters handed to the segmenter in one piece (see split_long_runs)
MAX_RUN = 200


@cache
def _long_run(limit: int) -> re.Pattern[str]:
    return re.compile(f"[{backend().block_chars}]{{{limit + 1},}}")


def split_long_runs(text: str, limit: int = MAX_RUN) -> list[str]:
    """``text`` in pieces for the segmenter, none holding a run of more than ``limit`` block characters.

    jieba cuts its input at every character outside its block class (punctuation, spaces) and runs its
    HMM over each block; Python jieba's HMM copies its best path at every character, so one block of
    n characters costs n² (a 4.5 MB page of one repeated character never finished, issue 15 #8).
    Cutting only the blocks longer than ``limit`` into ``limit``-long pieces, counted from the start
    of the block, keeps ordinary text's segmentation exactly as it was (its blocks are far shorter),
    bounds the cost of any block, and makes every piece depend on its block alone (so cutting one
    block on demand gives the same words). Concatenating the pieces gives ``text`` back."""
    pieces: list[str] = []
    pos = 0
    for m in _long_run(limit).finditer(text):
        if m.start() > pos:
            pieces.append(text[pos : m.start()])
        pieces.extend(text[i : min(i + limit, m.end())] for i in range(m.start(), m.end(), limit))
        pos = m.end()
    if pos < len(text) or not pieces:
        pieces.append(text[pos:])
    return pieces


def cut(user_dict: str | None = None) -> Cut:
    """The private tokenizer's ``lcut`` (accurate mode with HMM, jieba's default), long runs split first."""
    lcut = private_segmenter(user_dict).lcut

    def cut_text(text: str) -> list[str]:
        pieces = split_long_runs(text)
        if len(pieces) == 1:  # a block of prose: the segmenter's own list, not a copy word by word
            return lcut(pieces[0])
        return [w for piece in pieces for w in lcut(piece)]

    return cut_text
