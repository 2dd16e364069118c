"""issue 23 #9: ``as_of`` outside the calendar in the Python API and the configuration file.

``as_of=date(9999, 12, 31)`` raised a raw OverflowError for texts with 下周 or 未来6个月 and
``date(1, 1, 1)`` "year 0 is out of range"; ``as_of = 9999-12-31`` in analyzer.toml was reported as
"Invalid value for --as-of" with no code or file. Both now apply the CLI's bounds (1900–2199) with a coded
error naming where the value came from."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest

import analyzer
from analyzer.errors import AnalyzerError, AsOfError

ROOT = Path(__file__).resolve().parents[2]
# relative periods that are computed from the as-of date (the forms that fell off the calendar)
TEXT = "预计下周沪深300指数反弹，未来6个月上涨8%；近1年下跌3.5%，过去三个月回升2.1%。"


@pytest.mark.issue(23)
@pytest.mark.parametrize(
    "as_of", [dt.date(9999, 12, 31), dt.date(1, 1, 1), dt.date(2200, 1, 1), dt.date(1899, 12, 31), "9999-12-31",
              dt.datetime(9999, 12, 31, 23, 59)],
)
def test_the_api_refuses_as_of_outside_the_supported_dates(as_of: object) -> None:
    with pytest.raises(AsOfError) as info:
        analyzer.analyze(TEXT.encode(), name="t.txt", as_of=as_of)  # type: ignore[arg-type]
    assert info.value.code == "E911" and "analyze(as_of=" in info.value.message
    assert "1900-01-01 to 2199-12-31" in info.value.message
    assert isinstance(info.value, AnalyzerError) and isinstance(info.value, ValueError)


@pytest.mark.issue(23)
@pytest.mark.parametrize("as_of", [dt.date(1900, 1, 1), dt.date(2199, 12, 31)])
def test_the_api_works_at_the_ends_of_the_supported_dates(as_of: dt.date) -> None:
    result = analyzer.analyze(TEXT.encode(), name="t.txt", as_of=as_of)
    assert result.meta.as_of == as_of and result.claims


@pytest.mark.issue(23)
def test_analyze_many_refuses_it_before_any_document(tmp_path: Path) -> None:
    doc = tmp_path / "a.txt"
    doc.write_text(TEXT, encoding="utf-8")
    with pytest.raises(AsOfError, match="as_of of the batch run: as_of 9999-12-31"):
        list(analyzer.analyze_many([doc], workers=0, as_of=dt.date(9999, 12, 31)))


@pytest.mark.issue(23)
@pytest.mark.parametrize("value", ["9999-12-31", "0001-01-01", "1899-12-31"])
def test_the_configuration_file_names_itself_and_the_key(tmp_path: Path, value: str) -> None:
    (tmp_path / "analyzer.toml").write_text(f"as_of = {value}\n", encoding="utf-8")
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", "from analyzer.cli import main; main()", "extract", "a.txt"],
        cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True, timeout=120,
        check=False,
    )
    assert done.returncode == 2 and "Traceback" not in done.stderr
    lines = [line for line in done.stderr.splitlines() if line.startswith("error ")]
    assert len(lines) == 1, done.stderr
    assert lines[0].startswith(f"error E902 {tmp_path / 'analyzer.toml'}: as_of: {value} is outside"), lines[0]
    assert "--as-of" not in done.stderr
