"""Atomic file writes: a temporary file beside the target, renamed onto it when complete, so a
reader (or a resumed run) never sees half a file.

``durable=True`` also survives a power loss: the file's data is flushed to the disk (fsync) before the
rename and the folder's entry after it, so after a crash the target holds either the old or the new
content, complete. Without it a crash of the machine (not of the process) can leave an empty or
partial file under the new name, because the file system may commit the rename before the data.
"""

from __future__ import annotations

import contextlib
import os
import uuid
from collections.abc import Iterator
from pathlib import Path


def temp_name(target: Path) -> Path:
    """A temporary name beside ``target``, unique per process and call (``.NAME.PID.RAND.tmp``)."""
    return target.with_name(f".{target.name}.{os.getpid()}.{uuid.uuid4().hex[:8]}.tmp")


def fsync_file(path: Path) -> None:
    """Flush ``path``'s data to the disk."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def fsync_dir(folder: Path) -> None:
    """Flush ``folder``'s entries (new names, renames) to the disk; a no-op where folders cannot be opened."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:  # pragma: no cover - e.g. Windows
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover - some file systems refuse fsync on folders
        pass
    finally:
        os.close(fd)


@contextlib.contextmanager
def atomic_write(target: Path, *, durable: bool = False) -> Iterator[Path]:
    """Yield a temporary path beside ``target``; on success rename it onto ``target``, else remove it.

    The temporary name is unique per process and call, so concurrent writers never share one.
    ``durable``: fsync the data before the rename and the folder after it (see the module docstring)."""
    tmp = temp_name(target)
    try:
        yield tmp
        if durable:
            fsync_file(tmp)
        os.replace(tmp, target)
        if durable:
            fsync_dir(target.parent)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()


def write_text_atomic(target: Path, text: str) -> None:
    """Write ``text`` (UTF-8) to ``target`` atomically."""
    with atomic_write(target) as tmp:
        tmp.write_text(text, encoding="utf-8")
