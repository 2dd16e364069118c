"""What cannot be read says so (issue 26): a scan without a text layer, an encrypted PDF, a damaged PDF or
Word document, the old binary .doc — each one coded line; the other inputs go on (CLI and batch)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pandas as pd
import pytest
from pdf_support import PdfMaker
from typer.testing import CliRunner

from analyzer.batch import run_batch
from analyzer.batch.progress import NullProgress
from analyzer.cli import app
from analyzer.errors import IngestError
from analyzer.ingest import ingest

pytestmark = pytest.mark.issue(26)

GOOD = "沪深300指数本周上涨2.1%，成交额合计3,018.1亿元。"


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("unreadable")
    scan = PdfMaker()
    scan.image()
    scan.new_page()
    scan.image()
    scan.save(root / "scan.pdf")
    locked = PdfMaker()
    locked.paragraph(56, 80, 400, GOOD)
    locked.save(root / "locked.pdf", password="secret")
    good = PdfMaker()
    good.paragraph(56, 80, 400, GOOD)
    whole = good.save(root / "good.pdf").read_bytes()
    (root / "truncated.pdf").write_bytes(whole[: len(whole) // 3])
    (root / "garbage.pdf").write_bytes(b"%PDF-1.7\n" + bytes(range(256)) * 8)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document>not closed")
    (root / "broken.docx").write_bytes(buffer.getvalue())
    (root / "cut.docx").write_bytes(b"PK\x03\x04" + b"\x00" * 64)
    (root / "old.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 2048)
    (root / "note.txt").write_text(GOOD, encoding="utf-8")
    codes = {
        "scan.pdf": "E110", "locked.pdf": "E111", "truncated.pdf": "E112", "garbage.pdf": "E112",
        "broken.docx": "E113", "cut.docx": "E113", "old.doc": "E114",
    }
    return root, codes


def test_each_unreadable_kind_is_one_coded_error(folder: tuple[Path, dict[str, str]]) -> None:
    root, codes = folder
    for name, code in codes.items():
        with pytest.raises(IngestError) as err:
            ingest(root / name)
        assert err.value.code == code, (name, err.value.one_line())
        assert "\n" not in err.value.one_line()
    assert "OCR" in _message(root / "scan.pdf")
    assert ingest(root / "good.pdf").text == GOOD + "\n"


def _message(path: Path) -> str:
    try:
        ingest(path)
    except IngestError as exc:
        return exc.message
    raise AssertionError(path)


def test_cli_goes_on_after_each(folder: tuple[Path, dict[str, str]]) -> None:
    root, codes = folder
    names = [*codes, "good.pdf", "note.txt"]
    res = CliRunner().invoke(app, ["extract", *(str(root / n) for n in names), "-f", "jsonl"])
    assert res.exit_code == 1  # extract's exit code when an input could not be read
    for code in codes.values():
        assert f"error {code} " in res.output
    assert res.output.count('"metric"') >= 4  # both readable inputs gave their claims


def test_batch_records_each_and_goes_on(folder: tuple[Path, dict[str, str]], tmp_path: Path) -> None:
    root, codes = folder
    summary = run_batch([root], tmp_path / "out", workers=1, progress=NullProgress())
    manifest = pd.read_parquet(tmp_path / "out" / "manifest.parquet")
    by_name = manifest.set_index(manifest["path"].map(lambda p: Path(p).name))
    for name, code in codes.items():
        assert by_name.loc[name, "status"] == "failed" and by_name.loc[name, "error_code"] == code, name
    assert by_name.loc["good.pdf", "status"] == by_name.loc["note.txt", "status"] == "ok"
    assert summary.n_inputs == len(codes) + 2
