"""issue 23 #1: a reused or received ``--out`` folder is not trusted.

Its bookkeeping (the ``.publishing.json`` marker, the ``parts`` folders, ``report``) may name only paths
inside the folder, resolved (no symlink out of it); anything else is refused with E820 and nothing
outside the folder is touched."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from analyzer.batch import run_batch
from analyzer.batch.progress import NullProgress
from analyzer.batch.store import PUBLISHING
from analyzer.errors import BatchError

pytestmark = pytest.mark.skipif(not hasattr(os, "symlink"), reason="POSIX symlinks")

TEXT = "2024年6月3日，上证指数收报3,078.49点。"


def _inputs(tmp_path: Path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT, encoding="utf-8")
    return folder


def _run(folder: Path, out: Path) -> object:
    return run_batch([folder], out, workers=0, progress=NullProgress())


@pytest.mark.issue(23)
@pytest.mark.parametrize("where", ["absolute", "dotdot"])
def test_a_planted_marker_naming_a_path_outside_is_refused(tmp_path: Path, where: str) -> None:
    folder = _inputs(tmp_path)
    victim = tmp_path / "precious.cfg"
    victim.write_text("keep me", encoding="utf-8")
    out = tmp_path / "received"
    out.mkdir()
    (out / ".payload.tmp-staged").write_text("attacker's bytes", encoding="utf-8")
    target = str(victim) if where == "absolute" else "../precious.cfg"
    (out / PUBLISHING).write_text(json.dumps([[".payload.tmp-staged", target]]), encoding="utf-8")
    with pytest.raises(BatchError) as info:
        _run(folder, out)
    assert info.value.code == "E820" and "outside" in info.value.message
    assert victim.read_text(encoding="utf-8") == "keep me"


@pytest.mark.issue(23)
def test_a_marker_whose_staged_name_points_outside_is_refused(tmp_path: Path) -> None:
    folder = _inputs(tmp_path)
    secret = tmp_path / "secret.txt"
    secret.write_text("private", encoding="utf-8")
    out = tmp_path / "received"
    out.mkdir()
    (out / PUBLISHING).write_text(json.dumps([[str(secret), "claims.parquet"]]), encoding="utf-8")
    with pytest.raises(BatchError) as info:
        _run(folder, out)
    assert info.value.code == "E820"
    assert secret.read_text(encoding="utf-8") == "private"  # not moved into the output folder


@pytest.mark.issue(23)
@pytest.mark.parametrize("link", ["parts/claims", "parts", "report"])
def test_a_bookkeeping_folder_that_is_a_symlink_out_is_refused(tmp_path: Path, link: str) -> None:
    folder = _inputs(tmp_path)
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    keep = [elsewhere / "results.parquet", elsewhere / "claims" / "old.parquet", elsewhere / ".x.tmp"]
    for path in keep:
        path.parent.mkdir(exist_ok=True)
        path.write_bytes(b"PAR1 not ours")
    out = tmp_path / "out"
    (out / link).parent.mkdir(parents=True, exist_ok=True)
    os.symlink(elsewhere, out / link)
    with pytest.raises(BatchError) as info:
        _run(folder, out)
    assert info.value.code == "E820" and link.split("/")[0] in info.value.message
    assert all(path.read_bytes() == b"PAR1 not ours" for path in keep)
    assert sorted(p.name for p in elsewhere.rglob("*")) == [".x.tmp", "claims", "old.parquet", "results.parquet"]


@pytest.mark.issue(23)
def test_a_symlink_inside_the_folder_pointing_inside_is_fine_and_a_real_marker_still_finishes(tmp_path: Path) -> None:
    """The check refuses escapes only: an honest marker left by a killed run is still finished."""
    folder = _inputs(tmp_path)
    out = tmp_path / "out"
    _run(folder, out)
    staged = out / ".claims.parquet.123.abcd1234.tmp"
    staged.write_bytes((out / "claims.parquet").read_bytes())
    (out / PUBLISHING).write_text(json.dumps([[staged.name, "claims.parquet"]]), encoding="utf-8")
    summary = _run(folder, out)
    assert summary.n_inputs == 1 and not (out / PUBLISHING).exists() and not staged.exists()
