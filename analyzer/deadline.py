"""The per-document time limit (E810), shared by ``batch`` and the one-shot commands (extract, check, comply).

A real-time timer (SIGALRM) raises :class:`DocumentTimeout` inside the block, so a Python loop that never
returns is interrupted; it works in a process's main thread (the CLI, pool workers and inline runs).
Elsewhere (Dask's worker threads, platforms without ``setitimer``) no limit is set here: batch hands
those documents to a child process it can kill (:mod:`analyzer.batch.isolate`).
"""

from __future__ import annotations

import signal
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from analyzer.errors import DocumentTimeout

__all__ = ["DocumentBudget", "time_limit"]


@contextmanager
def time_limit(seconds: float | None, path: str, limit: float | None = None) -> Iterator[None]:
    """Raise DocumentTimeout inside the block after ``seconds``; the message names ``limit`` (default
    ``seconds``), the whole budget when only what is left of it is given."""
    if not seconds or threading.current_thread() is not threading.main_thread() or not hasattr(signal, "setitimer"):
        yield
        return

    def expire(signum: int, frame: FrameType | None) -> None:
        raise DocumentTimeout(f"{path}: took longer than the {limit or seconds:g}s limit per document")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


class DocumentBudget:
    """One time limit per document across the stages a command runs on it one after the other (read and
    extract, then check or review): each stage gets what the earlier ones left."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds or None
        self._spent: dict[int, float] = {}

    @contextmanager
    def stage(self, key: object, path: str) -> Iterator[None]:
        """Time one stage of the document ``key`` (the same object for all its stages)."""
        spent = self._spent.get(id(key), 0.0)
        left = None if self.seconds is None else max(self.seconds - spent, 1e-3)
        start = time.perf_counter()
        try:
            with time_limit(left, path, self.seconds):
                yield
        finally:
            self._spent[id(key)] = spent + time.perf_counter() - start

    def moved(self, old: object, new: object) -> None:
        """The document ``old`` continues as ``new`` (the ingested input became its result)."""
        self._spent[id(new)] = self._spent.pop(id(old), 0.0)
