"""Faster compilation of regexes with large character classes, for the processes the analyzer owns.

CPython's ``re`` builds a character class's bitmap one character at a time in Python
(``re._compiler._optimize_charset``: ``for i in r: charmap[i] = 1``): every class holding the Han
ranges (``analyzer.han.HAN``, 28k characters of the basic plane) costs ≈1 ms to compile, and the
pipeline compiles a few hundred of them. That was ≈17 % of a batch fork server's load, which every
batch run waits for before its first document.

``install`` replaces that one loop with a slice assignment of the same bytes (the same bitmap, the
same ``IndexError`` where the range leaves the map, so the compiled program is identical) by
rewriting the function's own source; where the source is not the one expected (another Python
version, no source shipped) it changes nothing. Called only where the process is the analyzer's own
(the command line, the batch fork server), never on ``import analyzer`` inside a user's program.
"""

from __future__ import annotations

import contextlib
import inspect
from collections.abc import Callable
from typing import Any

__all__ = ["fast_optimize_charset", "install", "original_optimize_charset"]

#: the loop as CPython 3.11–3.13 write it, for a range without case folding
_LOOP = """                    else:
                        for i in r:
                            charmap[i] = 1
"""
#: the same bytes set by one slice; raising where the loop's ``charmap[i]`` would have raised
_SLICE = """                    else:
                        _end = min(av[1] + 1, len(charmap))
                        if av[0] < _end:
                            charmap[av[0]:_end] = b"\\x01" * (_end - av[0])
                        if av[1] >= len(charmap):
                            raise IndexError
"""

#: CPython's own function, kept when ``install`` replaces it
_original: Callable[..., Any] | None = None


def original_optimize_charset() -> Callable[..., Any] | None:
    """CPython's ``re._compiler._optimize_charset``, installed or not."""
    import re._compiler as compiler

    return _original or getattr(compiler, "_optimize_charset", None)


def fast_optimize_charset() -> Callable[..., Any] | None:
    """``re._compiler._optimize_charset`` with the range loop as a slice, or None when its source is not
    the expected one."""
    import re._compiler as compiler

    original = original_optimize_charset()
    if original is None:
        return None
    try:
        source = inspect.getsource(original)
    except (OSError, TypeError):
        return None
    if source.count(_LOOP) != 1:
        return None
    namespace: dict[str, Any] = {}
    exec(compile(source.replace(_LOOP, _SLICE), compiler.__file__, "exec"), compiler.__dict__, namespace)
    return namespace.get("_optimize_charset")


def install() -> None:
    """Use :func:`fast_optimize_charset` for this process's regex compilation (once; never raises)."""
    global _original
    if _original is not None:
        return
    with contextlib.suppress(Exception):
        faster = fast_optimize_charset()
        if faster is not None:
            import re._compiler as compiler

            _original = compiler._optimize_charset
            compiler._optimize_charset = faster
