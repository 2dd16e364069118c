"""The faster character-class step of regex compilation (``analyzer.recharset``) builds the same program
as CPython's own: compiled patterns compare equal (same flags, pattern and code) on classes built to
cross every edge of its bitmap, and on every pattern the pipeline compiles."""

from __future__ import annotations

import random
import re
import re._compiler as compiler
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

import pytest

from analyzer.han import HAN
from analyzer.recharset import fast_optimize_charset, install, original_optimize_charset

ORIGINAL = original_optimize_charset()  # CPython's, even when a test before imported the command line
FAST = fast_optimize_charset()


@contextmanager
def _using(step: Callable[..., Any]) -> Iterator[None]:
    saved = compiler._optimize_charset
    compiler._optimize_charset = step
    try:
        yield
    finally:
        compiler._optimize_charset = saved


def _both(pattern: str, flags: int = 0) -> tuple[re.Pattern[str], re.Pattern[str]]:
    with _using(ORIGINAL):
        before = compiler.compile(pattern, flags)
    with _using(FAST):
        after = compiler.compile(pattern, flags)
    return before, after


pytestmark = pytest.mark.skipif(FAST is None, reason="this Python's re compiler is not the expected source")

CLASSES = [
    f"[{HAN}]",
    f"[{HAN}A-Za-z0-9]+",
    f"[^{HAN}]",
    "[a-z]",  # inside the first 256
    "[\u00f0-\u0110]",  # across 256
    "[\uff00-\U00010010]",  # across the basic plane's end
    "[\U00010000-\U00010fff]",  # beyond it only
    "[0-9\u4e00-\u4e10x-z\u3000-\u303f]",  # ranges out of order
    "[\u00ff]|[\u0100-\u0100]",  # one-character ranges at the edge
    "[A-Z\u0130-\u0140]",  # with case folding below
]


@pytest.mark.parametrize("pattern", CLASSES)
@pytest.mark.parametrize("flags", [0, re.IGNORECASE])
def test_classes_at_every_edge_compile_to_the_same_program(pattern: str, flags: int) -> None:
    before, after = _both(pattern, flags)
    assert before == after


def test_random_classes_compile_to_the_same_program() -> None:
    rng = random.Random(25)
    for _ in range(300):
        parts = []
        for _ in range(rng.randint(1, 5)):
            lo = rng.choice([rng.randrange(0x80), rng.randrange(0x400), rng.randrange(0x10000), rng.randrange(0x30000)])
            hi = min(lo + rng.choice([0, 1, 200, 5000, 70000]), 0x10FFFF)
            if 0xD800 <= lo <= 0xDFFF or 0xD800 <= hi <= 0xDFFF:
                continue
            parts.append(re.escape(chr(lo)) + ("-" + re.escape(chr(hi)) if hi > lo else ""))
        if parts:
            pattern = f"[{'^' if rng.random() < 0.3 else ''}{''.join(parts)}]"
            before, after = _both(pattern, rng.choice([0, re.IGNORECASE]))
            assert before == after, pattern


def test_installed_once_the_original_is_kept() -> None:
    install()
    install()
    assert compiler._optimize_charset.__code__.co_varnames != ORIGINAL.__code__.co_varnames  # type: ignore[union-attr]
    assert original_optimize_charset() is ORIGINAL
    assert fast_optimize_charset() is not None


def test_every_pattern_of_the_pipeline_compiles_to_the_same_program() -> None:
    from analyzer.pipeline import warm_up

    warm_up()
    patterns = [(key[1], key[2]) for key in list(re._cache) if isinstance(key[1], str)]  # type: ignore[attr-defined]
    assert len(patterns) > 100
    for pattern, flags in patterns:
        before, after = _both(pattern, flags)
        assert before == after, pattern
