"""The word cutter: a private jieba tokenizer holding the financial dictionary, built once per process.

jieba (the Python package) is the reference segmenter; its prefix dictionary is loaded from jieba's own
on-disk cache. The cutter is only built when a decision needs word boundaries (see ``lazy.py``).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cache
from pathlib import Path

from analyzer.errors import SegmentError
from analyzer.resources import corpora_path

Cut = Callable[[str], list[str]]


def user_dict_path(user_dict: str | None = None) -> Path:
    """The financial user dictionary (``corpora/dict/jieba_fin.txt`` unless given); E302 when missing."""
    path = Path(user_dict) if user_dict else corpora_path("dict", "jieba_fin.txt")
    if not path.is_file():
        raise SegmentError(f"user dictionary not found: {path}", code="E302")
    return path


@cache
def private_jieba(user_dict: str | None = None):  # noqa: ANN201 - jieba has no type stubs
    """A private ``jieba.Tokenizer`` (never the process-global one) with the user dictionary loaded."""
    import jieba

    jieba.setLogLevel(logging.WARNING)
    path = user_dict_path(user_dict)
    tokenizer = jieba.Tokenizer()
    tokenizer.load_userdict(str(path))
    return tokenizer


def jieba_cut(user_dict: str | None = None) -> Cut:
    """``lcut`` of the private jieba tokenizer (accurate mode with HMM, jieba's default)."""
    return private_jieba(user_dict).lcut
