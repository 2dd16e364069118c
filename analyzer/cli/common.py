"""Shared CLI plumbing: reading inputs (files or stdin), one-line errors, writing outputs."""

from __future__ import annotations

import datetime as dt
import os
import sys
from collections.abc import Callable, Iterable
from contextlib import nullcontext
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import typer
from rich.console import Console, RenderableType
from rich.text import Text

from analyzer.atomic import atomic_write, write_text_atomic
from analyzer.cli.options import (  # noqa: F401 (re-exported: the shared options live in options.py)
    DEFAULT_TIME_LIMIT,
    AnnotateOpt,
    AsOfOpt,
    ConvertOpt,
    ConvertOption,
    EncodingOpt,
    FilesArg,
    OutOpt,
    TimeLimitOpt,
)
from analyzer.deadline import DocumentBudget
from analyzer.errors import AnalyzerError, ConfigError, error, internal
from analyzer.ingest import DEFAULT_MAX_BYTES, ingest, read_limited
from analyzer.ingest.decode import display_name
from analyzer.ingest.frontmatter import MAX_AS_OF, MIN_AS_OF
from analyzer.normalize.convert import Conversion
from analyzer.types import DocumentResult

if TYPE_CHECKING:
    from analyzer.report.annotate import Note

err_console = Console(stderr=True, highlight=False, soft_wrap=True)

def annotate_word(
    files: list[Path], results: list[DocumentResult], out: Path, notes: Callable[[DocumentResult], list[Note]]
) -> None:
    """Write the one Word input back to ``out`` with a comment per note (``notes(result)`` gives them);
    E116 unless exactly one .docx input was read."""
    from analyzer.report.annotate import annotate_docx

    if len(files) != 1 or len(results) != 1 or results[0].meta.format != "docx":
        raise error("E116", "--annotate needs exactly one Word (.docx) input that could be read")
    n = annotate_docx(files[0], notes(results[0]), check_out(out))
    err_console.print(f"{display_name(str(out))}: {n} comment{'s' * (n != 1)} written", highlight=False)


def parse_date(value: str | None, option: str = "--as-of") -> dt.date | None:
    """A YYYY-MM-DD option value as a date; a bad one is a usage error naming ``option`` (exit 2).

    Dates outside 1900–2199 are refused too: relative periods (近1年, 未来6个月) are computed from the
    date, and at the ends of the calendar (0001-01-01, 9999-12-31) they would fall off it."""
    if value is None:
        return None
    try:
        day = dt.date.fromisoformat(value)
    except ValueError:
        raise typer.BadParameter(f"{value!r} is not a date (YYYY-MM-DD)", param_hint=option) from None
    if not MIN_AS_OF <= day <= MAX_AS_OF:
        raise typer.BadParameter(
            f"{value} is outside the supported dates {MIN_AS_OF.isoformat()} to {MAX_AS_OF.isoformat()}",
            param_hint=option,
        )
    return day


def fail_line(message: str) -> None:
    """Print one error line to stderr (no traceback); the message is plain text, never markup or emoji
    codes (a file named ``[red]:x:`` prints as written)."""
    err_console.print(Text.assemble(("error", "bold red"), " ", message), highlight=False, emoji=False)


def analyze_files(
    files: list[Path], convert: ConvertOption, as_of: str | None, encoding: str | None = None,
    failures: list[tuple[str, AnalyzerError]] | None = None,
    budget: DocumentBudget | None = None,
) -> tuple[list[DocumentResult], int]:
    """Analyze every input ('-' is stdin) with the shared options: the results, and how many inputs
    failed. A failing input is reported on one line (code and message, no traceback); the rest go on.
    ``failures``, when given, collects (input name, error) for each failed input (SARIF reports them).
    ``budget``: the per-document time limit (reading and extraction count against it; a document past
    it fails with E810)."""
    from analyzer.pipeline import analyze, warm_up

    as_of_date = parse_date(as_of)
    if budget is not None and budget.seconds:
        warm_up()  # loading the pipeline's data is no document's time
    conversion: Conversion = convert.value  # type: ignore[assignment]
    results: list[DocumentResult] = []
    n_failed = 0
    for path in files:
        stdin = str(path) == "-"
        # a name that is not valid UTF-8 (or holds control characters) is shown and stored escaped
        name = "<stdin>" if stdin else display_name(str(path))
        try:
            source = read_limited(sys.stdin.buffer, DEFAULT_MAX_BYTES) if stdin else path
            with budget.stage(path, name) if budget else nullcontext():
                doc = ingest(source, encoding=encoding, name=name)
                doc_as_of = as_of_date
                if doc_as_of is None and doc.front_matter.get("as_of"):
                    doc_as_of = dt.date.fromisoformat(doc.front_matter["as_of"])
                result = analyze(doc, convert=conversion, as_of=doc_as_of)
            if budget:
                budget.moved(path, result)
            if doc_as_of is not None:  # say where the date came from: the option or the front matter
                source = "given" if as_of_date is not None else "meta"
                result.meta = result.meta.model_copy(update={"as_of_source": source})
            results.append(result)
        except AnalyzerError as exc:
            fail_line(exc.one_line())
            n_failed += 1
            if failures is not None:
                failures.append(("<stdin>" if stdin else str(path), exc))
        except Exception as exc:  # a bug on one input must not discard the others' output
            fail_line(internal(exc, name).one_line())
            n_failed += 1
            if failures is not None:
                failures.append(("<stdin>" if stdin else str(path), internal(exc, name)))
    return results, n_failed


def check_out(out: Path) -> Path:
    """``out`` as an output file: E904 if it names a folder or its folder cannot be created (missing
    folders are created)."""
    shown = display_name(str(out))
    if out.is_dir():
        raise ConfigError(f"{shown}: is a folder; -o needs a file name", code="E904")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ConfigError(f"{shown}: cannot create its folder ({exc.strerror})", code="E904") from None
    return out


def write_text(text: str, out: Path | None) -> None:
    """Write ``text`` to ``out`` atomically (creating its folder), or to stdout."""
    if out is None:
        sys.stdout.write(text)
        return
    try:
        write_text_atomic(check_out(out), text)
    except OSError as exc:
        raise ConfigError(f"{display_name(str(out))}: cannot write ({exc.strerror})", code="E904") from None


def print_tables(renderables: Iterable[RenderableType], out: Path | None) -> None:
    """Print rich tables to ``out`` (atomically) or stdout; files and pipes get room for the whole table."""
    if out is None:
        _print_to(sys.stdout, renderables)
        return
    try:
        with atomic_write(check_out(out)) as tmp, open(tmp, "w", encoding="utf-8") as stream:
            _print_to(stream, renderables)
    except OSError as exc:
        raise ConfigError(f"{display_name(str(out))}: cannot write ({exc.strerror})", code="E904") from None


def _print_to(stream: TextIO, renderables: Iterable[RenderableType]) -> None:
    console = Console(file=stream, soft_wrap=False)
    if not console.is_terminal:
        console = Console(file=stream, soft_wrap=False, width=180)
    for renderable in renderables:
        console.print(renderable)


def run_app(app: typer.Typer) -> None:
    """Run the CLI so that nothing ends in a traceback: an analyzer error that escapes a command is one
    coded line and exit 2; a failed write (disk full) likewise; anything else is a bug, reported as one
    E999 line and exit 3 (``ANALYZER_DEBUG=1`` shows the traceback)."""
    try:
        app()
    except AnalyzerError as exc:
        fail_line(exc.one_line())
        sys.exit(2)
    except OSError as exc:
        fail_line(f"E904 cannot read or write {display_name(str(exc.filename or ''))}: {exc.strerror or exc}")
        sys.exit(2)
    except Exception as exc:
        if os.environ.get("ANALYZER_DEBUG"):
            raise
        fail_line(internal(exc).one_line() + " (ANALYZER_DEBUG=1 shows the traceback)")
        sys.exit(3)
