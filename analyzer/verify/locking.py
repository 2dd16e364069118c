"""A bounded wait for an exclusive lock file beside the market store (seeding happens under it).

DuckDB lets one process write a file or many read it, never both; two processes that find a new store
and both try to seed it would collide. They take ``<store>.lock`` first (an OS advisory lock, released
when the process dies, so a killed seeder never leaves it stuck), and give up with a coded error after
the bound.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from analyzer.errors import MarketDataError

POLL_SECONDS = 0.1


def _try_lock(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        try:
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
            return True
        except OSError:
            return False
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        return True
    except OSError:
        return False


def _unlock(fd: int) -> None:
    try:
        import fcntl
    except ImportError:  # Windows
        import msvcrt

        msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        return
    fcntl.flock(fd, fcntl.LOCK_UN)


@contextmanager
def exclusive(path: Path, deadline: float, what: str) -> Iterator[None]:
    """Hold an exclusive lock on ``path`` (created if missing); wait until ``deadline`` (time.monotonic)."""
    fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o644)
    try:
        while not _try_lock(fd):
            if time.monotonic() >= deadline:
                raise MarketDataError(
                    f"{path}: another process has held the lock for {what} too long; gave up waiting", code="E521"
                )
            time.sleep(POLL_SECONDS)
        try:
            yield
        finally:
            _unlock(fd)
    finally:
        os.close(fd)
