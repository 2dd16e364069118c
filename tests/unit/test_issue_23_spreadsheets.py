"""issue 23 #3: spreadsheet formula injection through file names, front matter and text.

Cells that begin with ``= + - @``, a tab or a CR are written as text: xlsx cells get the string type,
CSV fields the OWASP prefix ``'``; numbers stay numbers."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import openpyxl
import pytest
from typer.testing import CliRunner

from analyzer.batch import run_batch
from analyzer.batch.progress import NullProgress
from analyzer.cli import app
from analyzer.report.cells import csv_cell, is_formula_text

TEXT = "2024年5月8日，创业板指收报1,820.55点，较上日下跌1.37%。"
HOSTILE_NAMES = ["=2+3.txt", "@SUM(A1).txt", "+cmd.txt", "-9+1.txt"]


def _docs(folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for name in HOSTILE_NAMES:
        path = folder / name
        path.write_text(TEXT, encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.issue(23)
@pytest.mark.parametrize(
    ("value", "formula"),
    [("=HYPERLINK(\"http://x\")", True), ("@SUM(1)", True), ("+1+cmd", True), ("-2+3", True), ("\tx", True),
     ("\r=1", True), ("-5", False), ("-3.25%", False), ("+1e3", False), ("1,820.55", False), ("创业板", False),
     (-5, False), ("a=b", False)],
)
def test_what_counts_as_formula_text(value: object, formula: bool) -> None:
    assert is_formula_text(value) is formula
    assert csv_cell(value) == ("'" + value if formula else value)  # type: ignore[operator]


def _xlsx_cells(path: Path) -> list[tuple[object, str]]:
    book = openpyxl.load_workbook(path)
    return [(c.value, c.data_type) for sheet in book.worksheets for row in sheet.iter_rows() for c in row]


@pytest.mark.issue(23)
@pytest.mark.parametrize("command", ["extract", "check"])
def test_xlsx_never_holds_a_formula_and_numbers_stay_numbers(tmp_path: Path, command: str) -> None:
    paths = _docs(tmp_path / "in")
    out = tmp_path / "out.xlsx"
    extra = ["--fail-on", "never"] if command == "check" else []
    result = CliRunner().invoke(app, [command, *map(str, paths), "-f", "xlsx", "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    with zipfile.ZipFile(out) as book:
        sheets = [book.read(n) for n in book.namelist() if n.startswith("xl/worksheets/")]
    assert sheets and not any(b"<f>" in xml for xml in sheets)  # no formula element anywhere
    cells = _xlsx_cells(out)
    names = {v for v, _ in cells if isinstance(v, str) and v.endswith(HOSTILE_NAMES[0])}
    assert names and all(t == "s" for v, t in cells if v in names)
    assert any(t == "n" and isinstance(v, float) and v < 0 for v, t in cells)  # the fall, -1.37, is a number


@pytest.mark.issue(23)
@pytest.mark.parametrize("command", ["extract", "check"])
def test_csv_fields_get_the_owasp_prefix(tmp_path: Path, command: str, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "in"
    paths = _docs(folder)
    monkeypatch.chdir(folder)  # relative names: the field starts with the hostile character
    extra = ["--fail-on", "never"] if command == "check" else []
    result = CliRunner().invoke(app, [command, "-f", "csv", "--no-bom", *extra, "--", *(p.name for p in paths)])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert {r["path"] for r in rows} == {"'" + name for name in HOSTILE_NAMES}
    for row in rows:
        assert not any(is_formula_text(v) for v in row.values()), row
    assert any(r["value"] == "-1.37" for r in rows)  # a negative number is still written as a number


@pytest.mark.issue(23)
def test_batch_csv_and_manifest_csv_from_names_and_front_matter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    folder = tmp_path / "in"
    _docs(folder)
    (folder / "fm.md").write_text(
        "---\ntitle: '=HYPERLINK(\"http://evil.example\",\"点我\")'\nsource: '@SUM(1+1)*cmd|calc'\n---\n" + TEXT,
        encoding="utf-8",
    )
    out = tmp_path / "out"
    monkeypatch.chdir(folder)
    run_batch(["."], out, workers=0, progress=NullProgress(), fmt="csv")
    for table in ("manifest", "claims", "mentions"):
        with open(out / f"{table}.csv", encoding="utf-8", newline="") as fh:
            rows = list(csv.DictReader(fh))
        assert rows, table
        for row in rows:
            assert not any(is_formula_text(v) for v in row.values()), (table, row)
    with open(out / "manifest.csv", encoding="utf-8", newline="") as fh:
        titles = {r.get("title") for r in csv.DictReader(fh)}
    assert "'=HYPERLINK(\"http://evil.example\",\"点我\")" in titles


@pytest.mark.issue(23)
def test_comply_csv_quotes_text_from_the_document(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "=1+1.txt"
    path.write_text("本基金保证收益，无风险。\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(app, ["comply", path.name, "-f", "csv", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and all(r["path"] == "'=1+1.txt" for r in rows)
