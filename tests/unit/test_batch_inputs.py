"""Input expansion: files, folders (recursive), globs; stable order; duplicates once; output folder left out."""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.batch.inputs import expand_inputs
from analyzer.errors import BatchError


def _touch(path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("x", encoding="utf-8")
    return path


def test_folders_globs_files_dedupe_and_order(tmp_path: Path) -> None:
    a = _touch(tmp_path / "in" / "b.txt")
    b = _touch(tmp_path / "in" / "a.txt")
    c = _touch(tmp_path / "in" / "deep" / "c.html")
    _touch(tmp_path / "in" / ".hidden")
    out = _touch(tmp_path / "in" / "out" / "claims.csv").parent
    got = expand_inputs(
        [tmp_path / "in" / "b.txt", tmp_path / "in", str(tmp_path / "in" / "**" / "*.html")], exclude=[out]
    )
    assert got == [a, b, c]  # the file first as given, the rest of the folder sorted, glob adds nothing new
    assert expand_inputs([str(tmp_path / "in" / "*.txt")]) == [b, a]


def test_missing_file_is_kept_and_empty_glob_fails(tmp_path: Path) -> None:
    missing = tmp_path / "nope.txt"
    assert expand_inputs([missing]) == [missing]  # recorded as failed (E106) by the run, not dropped
    with pytest.raises(BatchError) as err:
        expand_inputs([str(tmp_path / "*.none")])
    assert err.value.code == "E801"
