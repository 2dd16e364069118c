"""Shared CLI plumbing: reading inputs (files or stdin), one-line errors, writing outputs."""

from __future__ import annotations

import datetime as dt
import sys
from collections.abc import Iterable
from contextlib import nullcontext
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console, RenderableType

from analyzer.atomic import write_text_atomic
from analyzer.errors import AnalyzerError
from analyzer.normalize.convert import Conversion
from analyzer.types import DocumentResult

err_console = Console(stderr=True, highlight=False, soft_wrap=True)

CONVERT_HELP = "Script conversion before extraction: t2s (default), hk2s, tw2s or none."
AS_OF_HELP = (
    "Date that partial dates (3月6日) and relative periods (近1年) resolve against; "
    "default: the latest full date in the text."
)
ENCODING_HELP = "Force the input encoding (utf-8, gb18030, big5, utf-16 …); default: detected."


class OutputFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"


class ConvertOption(StrEnum):
    t2s = "t2s"
    hk2s = "hk2s"
    tw2s = "tw2s"
    none = "none"


FilesArg = Annotated[list[Path], typer.Argument(help="Text or HTML files; '-' reads standard input.")]
ConvertOpt = Annotated[ConvertOption, typer.Option("--convert", help=CONVERT_HELP)]
AsOfOpt = Annotated[str | None, typer.Option("--as-of", help=AS_OF_HELP, metavar="YYYY-MM-DD")]
EncodingOpt = Annotated[str | None, typer.Option("--encoding", help=ENCODING_HELP)]
OutOpt = Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file instead of standard output.")]


def parse_date(value: str | None, option: str = "--as-of") -> dt.date | None:
    """A YYYY-MM-DD option value as a date; a bad one is a usage error naming ``option``."""
    if value is None:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option) from None


def fail_line(message: str) -> None:
    """Print one error line to stderr (no traceback)."""
    err_console.print(f"[bold red]error[/] {message}", markup=True, highlight=False)


def analyze_files(
    files: list[Path], convert: ConvertOption, as_of: str | None, encoding: str | None = None,
    failures: list[tuple[str, AnalyzerError]] | None = None,
) -> tuple[list[DocumentResult], int]:
    """Analyze every input ('-' is stdin) with the shared options: the results, and how many inputs
    failed. A failing input is reported on one line (code and message, no traceback); the rest go on.
    ``failures``, when given, collects (input name, error) for each failed input (SARIF reports them)."""
    from analyzer.pipeline import analyze

    as_of_date = parse_date(as_of)
    conversion: Conversion = convert.value  # type: ignore[assignment]
    results: list[DocumentResult] = []
    n_failed = 0
    for path in files:
        stdin = str(path) == "-"
        try:
            source: Path | bytes = sys.stdin.buffer.read() if stdin else path
            name = "<stdin>" if stdin else None
            results.append(analyze(source, convert=conversion, as_of=as_of_date, encoding=encoding, name=name))
        except AnalyzerError as exc:
            fail_line(exc.one_line())
            n_failed += 1
            if failures is not None:
                failures.append(("<stdin>" if stdin else str(path), exc))
    return results, n_failed


def write_text(text: str, out: Path | None) -> None:
    """Write ``text`` to ``out`` atomically, or to stdout."""
    if out is None:
        sys.stdout.write(text)
        return
    out.parent.mkdir(parents=True, exist_ok=True)
    write_text_atomic(out, text)


def print_tables(renderables: Iterable[RenderableType], out: Path | None) -> None:
    """Print rich tables to ``out`` or stdout; files and pipes get room for the whole table."""
    with open(out, "w", encoding="utf-8") if out else nullcontext(sys.stdout) as stream:
        console = Console(file=stream, soft_wrap=False)
        if not console.is_terminal:
            console = Console(file=stream, soft_wrap=False, width=180)
        for renderable in renderables:
            console.print(renderable)
