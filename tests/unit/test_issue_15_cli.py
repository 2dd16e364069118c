"""issue 15: the command line gives one coded line (and the documented exit code) instead of a traceback,
keeps every other input whatever one of them raises, and reads standard input with a bound."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from analyzer.cli import app
from analyzer.cli.common import run_app
from analyzer.datafiles import MAX_DEPTH, read_yaml, yaml_depth
from analyzer.errors import ConfigError, IngestError
from analyzer.ingest import read_limited

ROOT = Path(__file__).resolve().parents[2]
SHORT = "2025年3月6日，恒生科技指数近1年涨幅达77.84%。"


def _cli(*args: str, stdin: bytes | None = None, timeout: float = 180) -> subprocess.CompletedProcess[bytes]:
    """The real console entry point in a subprocess (so errors that escape a command reach run_app)."""
    return subprocess.run(
        [sys.executable, "-c", "from analyzer.cli import main; main()", *args],
        cwd=ROOT,
        input=stdin,
        capture_output=True,
        timeout=timeout,
        check=False,
    )


def _one_coded_line(stderr: bytes, code: str) -> str:
    text = stderr.decode("utf-8", "replace")
    assert "Traceback" not in text, text
    lines = [line for line in text.splitlines() if line.startswith("error ")]
    assert len(lines) == 1 and f" {code} " in lines[0], text
    return lines[0]


@pytest.fixture
def doc(tmp_path: Path) -> Path:
    path = tmp_path / "a.txt"
    path.write_text(SHORT, encoding="utf-8")
    return path


@pytest.mark.issue(15)
@pytest.mark.parametrize("as_of", ["9999-12-31", "0001-01-01", "1899-12-31", "2200-01-01"])
def test_as_of_at_the_ends_of_the_calendar_is_a_usage_error(doc: Path, as_of: str) -> None:
    result = CliRunner().invoke(app, ["extract", str(doc), "--as-of", as_of])
    assert result.exit_code == 2 and "outside the supported dates" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)


@pytest.mark.issue(15)
@pytest.mark.parametrize("as_of", ["1900-01-01", "2199-12-31"])
def test_as_of_at_the_limits_still_works(doc: Path, as_of: str) -> None:
    result = CliRunner().invoke(app, ["extract", str(doc), "--as-of", as_of, "-f", "json"])
    assert result.exit_code == 0, result.output


@pytest.mark.issue(15)
def test_output_naming_a_folder_or_a_missing_folder(doc: Path, tmp_path: Path) -> None:
    into_folder = _cli("extract", str(doc), "-o", str(tmp_path))
    assert into_folder.returncode == 2
    assert "is a folder" in _one_coded_line(into_folder.stderr, "E904")
    table = CliRunner().invoke(app, ["extract", str(doc), "-o", str(tmp_path / "new" / "deeper" / "t.txt")])
    assert table.exit_code == 0 and "恒生科技指数" in (tmp_path / "new" / "deeper" / "t.txt").read_text("utf-8")


@pytest.mark.issue(15)
def test_report_into_an_existing_file(doc: Path) -> None:
    done = _cli("report", str(doc), "-o", str(doc), "--no-verify", "--no-comply")
    assert done.returncode == 2
    assert "is a file" in _one_coded_line(done.stderr, "E701")
    assert doc.read_text(encoding="utf-8") == SHORT


@pytest.mark.issue(15)
@pytest.mark.parametrize("address", ["not a url", "tcp://host:port", "http://x:1/a b"])
def test_a_scheduler_address_that_is_not_one(doc: Path, tmp_path: Path, address: str) -> None:
    result = CliRunner().invoke(app, ["batch", str(doc), "-o", str(tmp_path / "o"), "--scheduler", address])
    assert result.exit_code == 2 and "E806" in result.output
    assert not (tmp_path / "o").exists()  # refused before anything ran


@pytest.mark.issue(15)
@pytest.mark.parametrize("workers", ["-1", "-5"])
def test_negative_workers_are_refused(doc: Path, tmp_path: Path, workers: str) -> None:
    result = CliRunner().invoke(app, ["batch", str(doc), "-o", str(tmp_path / "o"), "--workers", workers])
    assert result.exit_code == 2 and not (tmp_path / "o").exists()


@pytest.mark.issue(15)
def test_one_input_raising_anything_keeps_the_others(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """#6: an exception that is not an analyzer error (decimal.InvalidOperation) discarded every output."""
    import decimal

    import analyzer.pipeline as pipeline

    bad, good = tmp_path / "bad.txt", tmp_path / "good.txt"
    bad.write_text(SHORT.replace("77.84", "66.6"), encoding="utf-8")
    good.write_text(SHORT, encoding="utf-8")
    real = pipeline.analyze

    def flaky(doc: object, **kwargs: object) -> object:
        if "66.6" in doc.text:  # type: ignore[attr-defined]
            raise decimal.InvalidOperation([decimal.InvalidOperation])
        return real(doc, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(pipeline, "analyze", flaky)
    result = CliRunner().invoke(app, ["extract", str(bad), str(good), "-f", "jsonl"])
    assert result.exit_code == 1
    assert "77.84" in result.stdout and "66.6" not in result.stdout
    assert "E999" in result.stderr and "bad.txt" in result.stderr and "InvalidOperation" in result.stderr


@pytest.mark.issue(15)
def test_run_app_turns_escaping_errors_into_one_line(capsys: pytest.CaptureFixture[str]) -> None:
    tiny = typer.Typer()

    @tiny.command()
    def boom(kind: str) -> None:
        if kind == "config":
            raise ConfigError("bad thing", code="E902")
        if kind == "disk":
            raise OSError(28, "No space left on device", "/full/x.parquet")
        raise ZeroDivisionError("division by zero")

    codes = {}
    for kind in ("config", "disk", "bug"):
        with pytest.raises(SystemExit) as info:
            sys.argv = ["analyzer", kind]
            run_app(tiny)
        codes[kind] = info.value.code
    err = capsys.readouterr().err
    assert codes == {"config": 2, "disk": 2, "bug": 3}
    assert "E902 bad thing" in err and "E904" in err and "No space left" in err
    assert "E999 internal error ZeroDivisionError: division by zero" in err and "Traceback" not in err


class _Endless(io.RawIOBase):
    """A stream that never ends (like `yes`), counting what was read from it."""

    def __init__(self) -> None:
        self.given = 0

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: bytearray) -> int:  # type: ignore[override]
        n = len(buffer)
        buffer[:n] = b"\0" * n
        self.given += n
        return n


@pytest.mark.issue(15)
def test_stdin_is_read_at_most_to_the_limit_plus_one_byte() -> None:
    """#13: 300 MB of zeros took 484 MB of memory, an endless input grew until killed."""
    stream = _Endless()
    with pytest.raises(IngestError) as info:
        read_limited(io.BufferedReader(stream, buffer_size=1), 5_000_000)
    assert info.value.code == "E103"
    assert stream.given <= 5_000_001
    assert read_limited(io.BytesIO(b"abc"), 3) == b"abc"


@pytest.mark.issue(15)
def test_endless_stdin_fails_in_bounded_memory(tmp_path: Path) -> None:
    """The real CLI on an endless pipe: E103, in a process limited to 1.5 GB of address space."""
    code = (
        "import resource, sys; resource.setrlimit(resource.RLIMIT_AS, (1536 << 20, 1536 << 20)); "
        "from analyzer.cli import main; sys.argv = ['analyzer', 'extract', '-']; main()"
    )
    with subprocess.Popen(
        [sys.executable, "-c", code], cwd=ROOT, stdin=subprocess.PIPE, stderr=subprocess.PIPE, stdout=subprocess.DEVNULL
    ) as proc:
        assert proc.stdin is not None
        block = b"0" * (1 << 20)
        try:
            for _ in range(400):  # up to 400 MB; the CLI stops reading after 20 MB + 1 byte
                proc.stdin.write(block)
        except BrokenPipeError:
            pass
        proc.stdin.close()
        err = proc.stderr.read() if proc.stderr else b""
        assert proc.wait(timeout=180) == 1
    assert b"E103" in err and b"Traceback" not in err


@pytest.mark.issue(15)
def test_a_file_name_that_is_not_utf8_in_extract_and_report(tmp_path: Path) -> None:
    """#3: `report` on such a file crashed; `extract` printed it escaped, so both now store it escaped."""
    raw = os.fsencode(tmp_path) + b"/r\xff\xfe.txt"
    with open(raw, "wb") as fh:
        fh.write(SHORT.encode("utf-8"))
    name = os.fsdecode(raw)
    extract = CliRunner().invoke(app, ["extract", name, "-f", "jsonl"])
    assert extract.exit_code == 0 and "r\\\\udcff\\\\udcfe.txt" in extract.stdout
    report = CliRunner().invoke(app, ["report", name, "-o", str(tmp_path / "rep"), "--no-verify", "--no-comply"])
    assert report.exit_code == 0, report.output
    page = next((tmp_path / "rep").glob("*.html")).read_text(encoding="utf-8")
    assert "r\\udcff\\udcfe.txt" in page


@pytest.mark.issue(15)
def test_yaml_nested_500_levels_is_a_coded_error(tmp_path: Path) -> None:
    """#12: a data file nested 500 levels deep ended in a RecursionError traceback."""
    deep = tmp_path / "deep.yaml"
    deep.write_text("a: " + "[" * 500 + "]" * 500 + "\n", encoding="utf-8")
    assert yaml_depth(deep.read_text(encoding="utf-8")) == MAX_DEPTH + 1  # stops counting past the limit
    with pytest.raises(ConfigError) as info:
        read_yaml(deep, ConfigError, "E903", "instrument registry")
    assert info.value.code == "E903" and "nested more than" in info.value.message
    shallow = tmp_path / "ok.yaml"
    shallow.write_text("a: {b: [1, {c: 2}]}\n", encoding="utf-8")
    assert read_yaml(shallow, ConfigError, "E903", "x") == {"a": {"b": [1, {"c": 2}]}}


@pytest.mark.issue(16)
def test_an_html_input_without_a_date_shows_no_none_and_no_empty_period(tmp_path: Path) -> None:
    page_in = tmp_path / "page.html"
    page_in.write_text(
        "<html><body><p>恒生科技指数近1年涨幅达77.84%，南向资金年内净流入3018.1亿港元。</p></body></html>",
        encoding="utf-8",
    )
    result = CliRunner().invoke(
        app, ["report", str(page_in), "-o", str(tmp_path / "rep"), "--no-verify", "--no-comply"]
    )
    assert result.exit_code == 0, result.output
    html = next((tmp_path / "rep").glob("*.html")).read_text(encoding="utf-8")
    assert "近1年" in html
    assert "None" not in html and "… → …" not in html
    # the page speaks the document's script (issue 24): a Simplified page says so in Simplified
    assert "未知（未给出日期，正文中也未找到）" in html


@pytest.mark.issue(15)
@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="POSIX FIFOs")
def test_a_named_fifo_is_read_on_the_command_line_and_refused_unread_in_folders(tmp_path: Path) -> None:
    """`analyzer extract <(cmd)` names a FIFO on purpose and is read; inside a batch folder a FIFO is
    refused without ever being opened for a blocking read (E107)."""
    import threading

    from analyzer.ingest import ingest

    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    with pytest.raises(IngestError) as info:
        ingest(fifo, special=False)  # no writer: a blocking open would hang here
    assert info.value.code == "E107" and "FIFO" in info.value.message

    def write() -> None:
        with open(fifo, "w", encoding="utf-8") as fh:
            fh.write(SHORT)

    writer = threading.Thread(target=write, daemon=True)
    writer.start()
    doc = ingest(fifo)
    writer.join(10)
    assert doc.text == SHORT


@pytest.mark.issue(15)
def test_a_rulebook_nested_500_levels_is_one_coded_line(doc: Path, tmp_path: Path) -> None:
    """#12: `comply --rules` on a rulebook nested 500 levels deep ended in a RecursionError traceback."""
    deep = tmp_path / "deep.yaml"
    deep.write_text("id: x\ntitle: t\nrules: " + "[" * 500 + "]" * 500 + "\n", encoding="utf-8")
    done = _cli("comply", str(doc), "--rules", str(deep))
    assert done.returncode == 2
    assert "nested more than" in _one_coded_line(done.stderr, "E601")
