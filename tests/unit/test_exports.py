"""Exports people open in Excel or pandas (issue 16 #2): CSV with a BOM, xlsx, Parquet types as documented."""

from __future__ import annotations

import io
from decimal import Decimal
from pathlib import Path

import openpyxl
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.report import frame
from analyzer.types import DocumentResult

runner = CliRunner()


@pytest.fixture()
def market(tmp_path_factory: pytest.TempPathFactory) -> str:
    return str(tmp_path_factory.mktemp("store") / "m.duckdb")


@pytest.mark.parametrize("command", ["extract", "check"])
def test_csv_has_a_bom_and_pandas_keeps_chinese(command: str, sample_path: Path, tmp_path: Path, market: str) -> None:
    out = tmp_path / "claims.csv"
    extra = ["--market", market] if command == "check" else []
    result = runner.invoke(app, [command, str(sample_path), "-f", "csv", "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    table = pd.read_csv(out, encoding="utf-8-sig", dtype=str)
    assert table.columns[0] == "doc_id"
    assert "恒生科技指數" in set(table["subject_alias"]) and "3,018.1億港元" in set(table["text"])
    assert "value_float" in table.columns
    if command == "check":
        labels = table[table["metric"].isin(["fund_code", "risk_rating"])]
        assert labels["status"].isna().all()  # no verdict for a label: an empty cell, as in JSON's null
        assert {"supported", "unverifiable"} <= set(table["status"].dropna())


def test_no_bom_for_tools(sample_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(sample_path), "-f", "csv", "--no-bom"])
    assert result.exit_code == 0
    assert result.stdout.startswith("doc_id,")
    assert pd.read_csv(io.StringIO(result.stdout), dtype=str)["metric"].iloc[0] == "return"


def test_xlsx_one_sheet_per_table(sample_path: Path, tmp_path: Path, market: str) -> None:
    out = tmp_path / "claims.xlsx"
    result = runner.invoke(app, ["extract", str(sample_path), "-f", "xlsx", "-o", str(out)])
    assert result.exit_code == 0, result.output
    book = openpyxl.load_workbook(out)
    assert book.sheetnames == ["claims", "unattributed", "mentions"]
    sheet = book["claims"]
    header = [c.value for c in sheet[1]]
    assert header[: len(frame.CLAIM_COLUMNS)] == frame.CLAIM_COLUMNS
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    assert len(rows) >= 21
    texts = {r[header.index("text")] for r in rows}
    assert "3,018.1億港元" in texts
    checked = tmp_path / "checks.xlsx"
    result = runner.invoke(app, ["check", str(sample_path), "-f", "xlsx", "-o", str(checked), "--market", market])
    assert result.exit_code == 0, result.output
    assert openpyxl.load_workbook(checked).sheetnames == ["checks", "verdicts"]


def test_xlsx_needs_a_file(sample_path: Path) -> None:
    result = runner.invoke(app, ["extract", str(sample_path), "-f", "xlsx"])
    assert result.exit_code == 2 and "--out" in result.output


_EXPECTED_TYPES = [
    (frame.DECIMAL_COLUMNS, pa.string()),
    (frame.FLOAT_COLUMNS, pa.float64()),
    (frame.INT_COLUMNS, pa.int64()),
    (frame.BOOL_COLUMNS, pa.bool_()),
    (frame.DATE_COLUMNS, pa.date32()),
]


def test_parquet_column_types_as_documented(sample_result: DocumentResult, tmp_path: Path) -> None:
    import analyzer

    checked = analyzer.review(sample_result.model_copy(deep=True), market=tmp_path / "m.duckdb")
    paths = frame.to_parquet([checked], tmp_path / "out")
    for name, path in paths.items():
        schema = pq.read_schema(path)
        assert schema.names == frame.TABLE_COLUMNS[name]
        for column in schema.names:
            expected = next((t for cols, t in _EXPECTED_TYPES if column in cols), pa.string())
            assert schema.field(column).type == expected, (name, column)
    verdicts = pq.read_table(paths["verdicts"]).to_pylist()
    supported = next(v for v in verdicts if v["computed"] == "77.835766")
    # exact strings give back the Decimal; the float twins are numbers for arithmetic
    assert Decimal(supported["difference"]) == Decimal("-0.004234")
    assert supported["difference_float"] == pytest.approx(-0.004234)
    assert supported["tolerance_float"] == pytest.approx(0.005)
    claims = pq.read_table(paths["claims"]).to_pylist()
    inflow = next(c for c in claims if c["text"] == "3,018.1億港元")
    assert inflow["value"] == "301810000000" or Decimal(inflow["value"]) == Decimal("3.0181E+11")
    assert inflow["value_float"] == pytest.approx(3.0181e11)
