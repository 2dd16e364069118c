"""Expand batch inputs (files, folders searched recursively, glob patterns) into a stable, deduplicated list."""

from __future__ import annotations

import glob
import os
from collections.abc import Iterable
from pathlib import Path

from analyzer.errors import BatchError

__all__ = ["expand_inputs"]

_GLOB_CHARS = frozenset("*?[")


def _walk(folder: Path) -> list[Path]:
    """Every regular file under ``folder`` (hidden files and folders skipped), sorted by path."""
    found: list[Path] = []
    for root, dirs, files in os.walk(folder):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        found.extend(Path(root) / f for f in files if not f.startswith("."))
    return sorted(found)


def _resolve(path: Path) -> Path:
    """``path`` resolved; a symlink loop (which ``resolve`` refuses) is kept as its absolute path, so the
    input is recorded as failed (E106, "a symlink loop") when it is read instead of aborting the run."""
    try:
        return path.resolve()
    except (RuntimeError, OSError):
        return Path(os.path.abspath(path))


def expand_inputs(inputs: Iterable[str | os.PathLike[str]], *, exclude: Iterable[Path] = ()) -> list[Path]:
    """Files named by ``inputs`` in the order given; folders expand recursively (sorted), globs likewise.

    A file reached twice (also through a different spelling of its path) is kept once, at its first place.
    A missing file or a symlink loop is kept (recorded as failed with E106, so it still appears in the
    manifest), and so is a FIFO, socket or device found in a folder (recorded as E107, never opened for
    reading);
    a glob or folder that matches nothing raises :class:`BatchError` E801. Anything under a folder in
    ``exclude`` (the output directory) is left out.
    """
    excluded = [_resolve(p) for p in exclude]
    seen: set[str] = set()
    out: list[Path] = []

    def add(path: Path) -> None:
        resolved = _resolve(path)
        if any(resolved == ex or ex in resolved.parents for ex in excluded):
            return
        key = os.path.normcase(str(resolved))
        if key not in seen:
            seen.add(key)
            out.append(path)

    for item in inputs:
        text = os.fspath(item)
        path = Path(text)
        if path.is_dir():
            files = _walk(path)
            if not files:
                raise BatchError(f"{text}: folder has no files", code="E801")
            for f in files:
                add(f)
        elif not path.exists() and _GLOB_CHARS & set(text):
            matches = sorted(glob.glob(text, recursive=True))
            if not matches:
                raise BatchError(f"{text}: pattern matches no files", code="E801")
            for m in matches:
                mp = Path(m)
                for f in _walk(mp) if mp.is_dir() else [mp]:
                    add(f)
        else:
            add(path)
    return out
