"""issue 23 #8: crafted market exports.

A 5 KB workbook whose used range claims XFD1048576 exhausted memory (E999); a CSV with a 200 KB field
stopped with "field larger than field limit" (E999); 199,999 skipped rows printed 199,999 lines. Importers
now read only the cells that exist, bound field sizes with a coded error, and print the first few skipped
rows and a count. Every import runs in a subprocess bounded in memory and time."""

from __future__ import annotations

import io
import re
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS bounds memory on Linux")
MEMORY = 1536 * 1024 * 1024  # far below 17 billion padded cells, far above what the real rows need


def _import(file: Path, store: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    code = (
        "import resource, sys; "
        f"resource.setrlimit(resource.RLIMIT_AS, ({MEMORY}, {MEMORY})); "
        "from analyzer.cli import main; sys.argv = ['analyzer', *sys.argv[1:]]; main()"
    )
    return subprocess.run(
        [sys.executable, "-c", code, "market", "import", str(file), "--instrument", "hstech", "--field", "close",
         "--market", str(store), "--provider", "probe", *extra],
        cwd=ROOT, capture_output=True, text=True, timeout=300, check=False,
    )


def _workbook(path: Path, *, claimed_range: str | None = None, far_cell: bool = False) -> None:
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["交易日期", "收盘价"])
    sheet.append(["2023-05-04", 3301.12])
    sheet.append(["2023-05-05", 3299.87])
    if far_cell:
        sheet["XFD1048576"] = "x"
    book.save(path)
    if claimed_range:  # rewrite the stated used range; the cells stay the three rows above
        src = zipfile.ZipFile(path)
        out = io.BytesIO()
        with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
            for item in src.infolist():
                data = src.read(item.filename)
                if item.filename == "xl/worksheets/sheet1.xml":
                    data = re.sub(rb'<dimension ref="[^"]+"/>', f'<dimension ref="{claimed_range}"/>'.encode(), data)
                dst.writestr(item, data)
        src.close()
        path.write_bytes(out.getvalue())


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from analyzer.verify import open_store

    path = tmp_path_factory.mktemp("store") / "m.duckdb"
    open_store(path).close()
    return path


@pytest.mark.issue(23)
def test_a_workbook_claiming_the_whole_sheet_reads_only_its_cells(tmp_path: Path, store: Path) -> None:
    book = tmp_path / "export.xlsx"
    _workbook(book, claimed_range="A1:XFD1048576")
    assert book.stat().st_size < 10_000
    done = _import(book, store)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "2 taken" in done.stdout and "0 skipped" in done.stdout


@pytest.mark.issue(23)
def test_a_workbook_with_one_cell_at_the_far_corner_imports_in_bounded_memory(tmp_path: Path, store: Path) -> None:
    book = tmp_path / "corner.xlsx"
    _workbook(book, far_cell=True)
    done = _import(book, store)
    assert done.returncode == 0, done.stderr[-2000:]
    assert "2 taken" in done.stdout and "1048573 skipped" in done.stdout
    assert len(done.stdout.splitlines()) < 20  # the blank rows are one run, not a million lines


@pytest.mark.issue(23)
def test_a_csv_with_a_huge_field_is_a_coded_error(tmp_path: Path, store: Path) -> None:
    export = tmp_path / "big_field.csv"
    export.write_text("日期,收盘价\n2023-05-04,3301.12\n2023-05-05,\"" + "9" * 200_000 + "\"\n", encoding="utf-8")
    done = _import(export, store)
    assert done.returncode == 2, done.stderr[-2000:]
    assert "E999" not in done.stderr and "Traceback" not in done.stderr
    assert re.search(r"error E505 big_field\.csv: row 3: cannot read as CSV", done.stderr), done.stderr


@pytest.mark.issue(23)
def test_many_skipped_rows_are_a_count_and_the_first_few(tmp_path: Path, store: Path) -> None:
    export = tmp_path / "noisy.csv"
    lines = ["日期,收盘价", "2023-05-04,3301.12"] + [f"备注{i},n/a" for i in range(199_999)]
    export.write_text("\n".join(lines) + "\n", encoding="utf-8")
    done = _import(export, store)
    assert done.returncode == 0, done.stderr[-2000:]
    out = done.stdout.splitlines()
    assert len(out) < 20, len(out)
    assert "199999 skipped" in done.stdout and "skipped row 3: " in done.stdout
    assert "… and 199989 more skipped rows" in done.stdout
