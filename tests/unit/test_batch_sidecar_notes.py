"""issue 24 (4): batch says what it ignored — sidecar rows that match no input, bare file names,
duplicates, and front matter that disagrees with the sidecar — in warning lines, notes.txt and the
manifest's notes column."""

from __future__ import annotations

import csv
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from analyzer.cli import app

TEXT = "恒生科技指数近1年涨幅达{v}%，南向资金持续流入。"


def _sidecar(path: Path, rows: list[dict[str, str]]) -> Path:
    with open(path, "w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=["path", "as_of", "title"])
        writer.writeheader()
        writer.writerows(rows)
    return path


def _run(tmp_path: Path, docs: dict[str, str], rows: list[dict[str, str]], sidecar_dir: Path | None = None):
    folder = tmp_path / "docs"
    for name, body in docs.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(body, encoding="utf-8")
    side_dir = sidecar_dir or tmp_path
    side_dir.mkdir(parents=True, exist_ok=True)
    meta = _sidecar(side_dir / "meta.csv", rows)
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["batch", str(folder), "--out", str(out), "--workers", "0", "--meta", str(meta)])
    manifest = pd.read_parquet(out / "manifest.parquet")
    return result, manifest.set_index(manifest["path"].map(lambda p: Path(p).name)), out


def _as_of(manifest: pd.DataFrame, name: str) -> str | None:
    value = manifest.loc[name, "as_of"]
    return None if pd.isna(value) else str(value)[:10]


@pytest.mark.issue(24)
def test_rows_written_relative_to_the_documents_folder_are_each_named_once(tmp_path):
    docs = {"a.txt": TEXT.format(v=10), "b.txt": TEXT.format(v=11)}
    # written relative to the documents' folder instead of the sidecar's: neither matches
    rows = [{"path": "sub/a.txt", "as_of": "2025-03-06", "title": "A"}, {"path": "sub/b.txt", "as_of": "2024-06-28"}]
    result, manifest, out = _run(tmp_path, docs, rows)
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 2, result.stderr
    assert "row 1" in warnings[0] and "sub/a.txt" in warnings[0] and "matches no input" in warnings[0]
    assert "row 2" in warnings[1] and "sub/b.txt" in warnings[1]
    assert (out / "notes.txt").read_text(encoding="utf-8").count("matches no input") == 2
    assert _as_of(manifest, "a.txt") != "2025-03-06"  # nothing was applied, and the run said so


@pytest.mark.issue(24)
def test_a_bare_file_name_matches_the_one_input_of_that_name_and_says_so(tmp_path):
    docs = {"x/a.txt": TEXT.format(v=10), "y/b.txt": TEXT.format(v=11), "y/c.txt": TEXT.format(v=12),
            "z/c.txt": TEXT.format(v=13)}
    rows = [{"path": "a.txt", "as_of": "2025-03-06"}, {"path": "c.txt", "as_of": "2024-06-28"}]
    result, manifest, _ = _run(tmp_path, docs, rows, sidecar_dir=tmp_path / "elsewhere")
    assert _as_of(manifest, "a.txt") == "2025-03-06"
    assert "bare file name" in manifest.loc["a.txt", "notes"]
    # c.txt is the name of two inputs: never guessed, and the row is reported
    assert "c.txt" in result.stderr and "matches 2 inputs" in result.stderr
    c_rows = manifest.loc["c.txt"]
    assert all(str(v)[:10] != "2024-06-28" for v in c_rows["as_of"])


@pytest.mark.issue(24)
def test_a_second_row_for_the_same_document_is_reported_and_the_first_is_used(tmp_path):
    docs = {"a.txt": TEXT.format(v=10)}
    rows = [{"path": "docs/a.txt", "as_of": "2025-03-06"}, {"path": "docs/a.txt", "as_of": "2022-01-04"}]
    result, manifest, _ = _run(tmp_path, docs, rows)
    assert _as_of(manifest, "a.txt") == "2025-03-06"
    assert "row 2" in result.stderr and "same document as row 1" in result.stderr


@pytest.mark.issue(24)
def test_front_matter_that_disagrees_with_the_sidecar_is_a_warning(tmp_path):
    docs = {"a.md": "---\nas_of: 2023-12-29\n---\n" + TEXT.format(v=10), "b.md": "---\nas_of: 2025-03-06\n---\n"
            + TEXT.format(v=11)}
    rows = [{"path": "docs/a.md", "as_of": "2025-03-06"}, {"path": "docs/b.md", "as_of": "2025-03-06"}]
    result, manifest, _ = _run(tmp_path, docs, rows)
    assert _as_of(manifest, "a.md") == "2025-03-06"
    assert "differs from the sidecar" in manifest.loc["a.md", "notes"]
    assert "a.md" in result.stderr and "differs from the sidecar" in result.stderr
    assert not manifest.loc["b.md", "notes"]  # the same date twice is no disagreement
    assert "b.md:" not in result.stderr


@pytest.mark.issue(24)
def test_many_unmatched_rows_are_counted_after_the_first_twenty(tmp_path):
    docs = {"a.txt": TEXT.format(v=10)}
    rows = [{"path": f"missing/{i}.txt", "as_of": "2025-03-06"} for i in range(45)]
    result, _, out = _run(tmp_path, docs, rows)
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 21 and "25 more" in warnings[-1]
    assert len((out / "notes.txt").read_text(encoding="utf-8").splitlines()) == 45


@pytest.mark.issue(24)
def test_paths_are_read_relative_to_the_sidecar_not_the_current_folder(tmp_path, monkeypatch):
    docs = {"a.txt": TEXT.format(v=10), "b.txt": TEXT.format(v=11)}
    # the sidecar sits in a sibling folder and the run starts from a third one: ../docs/a.txt is read from
    # the sidecar's folder; b's row, written relative to the current folder that is not it, matches nothing
    elsewhere = tmp_path / "cwd"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    rows = [{"path": "../docs/a.txt", "as_of": "2025-03-06"}, {"path": "docs/b.txt", "as_of": "2024-06-28"}]
    result, manifest, _ = _run(tmp_path, docs, rows, sidecar_dir=tmp_path / "meta")
    assert _as_of(manifest, "a.txt") == "2025-03-06"
    assert not manifest.loc["a.txt", "notes"]  # found by its path: no bare-name note
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "row 2" in warnings[0] and "docs/b.txt" in warnings[0], result.stderr
    assert str(tmp_path / "meta") in warnings[0]  # it says which folder the path was read from
    assert _as_of(manifest, "b.txt") != "2024-06-28"


@pytest.mark.issue(24)
def test_a_bare_name_that_is_also_a_path_beside_the_sidecar_matches_by_path(tmp_path):
    docs = {"a.txt": TEXT.format(v=10)}
    rows = [{"path": "a.txt", "as_of": "2025-03-06"}]
    result, manifest, _ = _run(tmp_path, docs, rows, sidecar_dir=tmp_path / "docs")
    assert _as_of(manifest, "a.txt") == "2025-03-06"
    assert "bare file name" not in str(manifest.loc["a.txt", "notes"])
    assert "warning:" not in result.stderr


@pytest.mark.issue(24)
def test_two_rows_with_the_same_doc_id_are_a_duplicate(tmp_path):
    import hashlib

    body = TEXT.format(v=10)
    doc_id = hashlib.sha256(body.encode("utf-8")).hexdigest()
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(body, encoding="utf-8")
    meta = tmp_path / "meta.csv"
    # the full hash and its first 16 digits (both accepted) name one document
    meta.write_text(f"doc_id,as_of\n{doc_id},2025-03-06\n{doc_id[:16]},2022-01-04\n", encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["batch", str(folder), "--out", str(out), "--workers", "0", "--meta", str(meta)])
    manifest = pd.read_parquet(out / "manifest.parquet")
    assert str(manifest.loc[0, "as_of"])[:10] == "2025-03-06", result.stderr
    warnings = [line for line in result.stderr.splitlines() if line.startswith("warning:")]
    assert len(warnings) == 1 and "row 2" in warnings[0], result.stderr
    assert "same document as row 1" in warnings[0] and "matches no input" not in warnings[0]


@pytest.mark.issue(24)
def test_a_disagreeing_title_is_a_warning_too(tmp_path):
    docs = {"a.md": "---\ntitle: 港股周报\n---\n" + TEXT.format(v=10)}
    rows = [{"path": "docs/a.md", "as_of": "2025-03-06", "title": "恒指月报"}]
    result, manifest, _ = _run(tmp_path, docs, rows)
    assert "title" in manifest.loc["a.md", "notes"] and "恒指月报" in manifest.loc["a.md", "notes"]
    assert "a.md" in result.stderr and "differs from the sidecar" in result.stderr


@pytest.mark.issue(24)
@pytest.mark.parametrize(
    ("lang", "unmatched", "summary"),
    [
        ("zh-Hant", "未匹配任何輸入", "個輸入"),
        ("zh-Hans", "未匹配任何输入", "个输入"),
        ("en", "matches no input", "inputs:"),
    ],
)
def test_the_run_speaks_the_chosen_language_and_the_notes_stay_data(tmp_path, lang, unmatched, summary):
    folder = tmp_path / "docs"
    folder.mkdir()
    (folder / "a.txt").write_text(TEXT.format(v=10), encoding="utf-8")
    meta = _sidecar(tmp_path / "meta.csv", [{"path": "elsewhere/a.txt", "as_of": "2025-03-06"}])
    out = tmp_path / "out"
    result = CliRunner().invoke(
        app, ["batch", str(folder), "--out", str(out), "--workers", "0", "--meta", str(meta), "--lang", lang]
    )
    lines = result.stderr.splitlines()
    assert any(summary in line for line in lines), result.stderr
    warning = next(line for line in lines if "row 1" in line or "第 1 行" in line)
    assert unmatched in warning and "elsewhere/a.txt" in warning
    if lang != "en":
        assert warning.startswith("警告：") and "matches no input" not in warning
    # notes.txt is data for tools: as written, whatever the reader's language
    assert "matches no input" in (out / "notes.txt").read_text(encoding="utf-8")
