"""Output plumbing of the document commands: fitted tables, totals lines, CSV with a BOM, xlsx, and the
shared options' defaults from the configuration file (the options themselves are in options.py)."""

from __future__ import annotations

import io
import sys
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

import typer

from analyzer.atomic import atomic_write
from analyzer.cli.common import check_out, fail_line, write_text
from analyzer.cli.options import (  # noqa: F401 (re-exported: the shared options live in options.py)
    FORMAT_HELP,
    ConvertFlag,
    ConvertOption,
    DocFormat,
    ExplainOpt,
    FormatOpt,
    LangOpt,
    NoBomOpt,
    QuietOpt,
    WideOpt,
)
from analyzer.errors import ConfigError
from analyzer.ingest.decode import display_name

if TYPE_CHECKING:
    import pandas as pd
    from rich.table import Table

    from analyzer.config import AnalyzerConfig
    from analyzer.deadline import DocumentBudget
    from analyzer.errors import AnalyzerError
    from analyzer.i18n import Lang
    from analyzer.types import DocumentResult

BOM = "\ufeff"


def settings() -> AnalyzerConfig:
    """The configuration file's settings (analyzer.toml / [tool.analyzer]); a bad one is a usage error (exit 2)."""
    from analyzer.config import load_config
    from analyzer.errors import AnalyzerError

    try:
        return load_config()
    except AnalyzerError as exc:
        fail_line(exc.one_line())
        raise typer.Exit(2) from None


def output_lang(flag: str | None, config: AnalyzerConfig, document_text: str | None = None) -> Lang:
    """The language to print in: --lang, else the configuration's ``lang``, else the document's script
    (``document_text``, for outputs about one document) or the locale (the CLI's own words); a bad one is a
    usage error (exit 2, E921)."""
    from analyzer.errors import AnalyzerError
    from analyzer.i18n import resolve_lang

    try:
        return resolve_lang(flag, config.lang, document_text=document_text)
    except AnalyzerError as exc:
        fail_line(exc.one_line())
        raise typer.Exit(2) from None


def conversion(flag: ConvertOption | None, config: AnalyzerConfig) -> ConvertOption:
    """The --convert flag, else the configuration's."""
    return flag if flag is not None else ConvertOption(config.convert)


def comply_lang(flag: str | None, config: AnalyzerConfig) -> str | None:
    """--lang, else the configuration's ``lang`` (None: each document's script); a bad tag exits 2 (E921)."""
    from analyzer.errors import AnalyzerError
    from analyzer.i18n.lang import parse_lang

    if flag is None:
        return config.lang
    try:
        return parse_lang(flag, "--lang")
    except AnalyzerError as exc:
        fail_line(exc.one_line())
        raise typer.Exit(2) from None


def read_inputs(
    config: AnalyzerConfig,
    files: list[Path],
    convert: ConvertOption | None,
    as_of: str | None,
    encoding: str | None,
    time_limit: float,
    failures: list[tuple[str, AnalyzerError]] | None = None,
) -> tuple[list[DocumentResult], int, DocumentBudget]:
    """Every input analyzed with the shared options resolved against ``config`` (see
    :func:`analyze_files`): the results, how many inputs failed, and the per-document time budget (the
    check or review that follows counts against it too)."""
    from analyzer.cli.common import analyze_files
    from analyzer.deadline import DocumentBudget

    budget = DocumentBudget(time_limit)
    results, n_failed = analyze_files(
        files, conversion(convert, config), as_of_option(as_of, config), encoding, failures, budget=budget
    )
    return results, n_failed, budget


def as_of_option(flag: str | None, config: AnalyzerConfig) -> str | None:
    """The --as-of flag, else the configuration's as-of policy, as the ISO text the CLI parses."""
    value = config.as_of_date(flag)
    return value if value is None or isinstance(value, str) else value.isoformat()


def print_fitted(
    tables: Iterable[tuple[Table, int]],
    out: Path | None,
    footer: Iterable[str] = (),
    explained: Iterable[str] = (),
    header: Iterable[str] = (),
) -> None:
    """Print the ``header`` lines, the fitted tables (each at the width it was fitted to), the ``explained``
    lines as they are (already wrapped, --explain), then the ``footer`` lines, wrapped; to ``out``
    atomically (E904 when it names a folder or cannot be written) or to stdout."""
    if out is None:
        _print_fitted(sys.stdout, tables, footer, explained, header)
        return
    try:
        with atomic_write(check_out(out)) as tmp, open(tmp, "w", encoding="utf-8") as stream:
            _print_fitted(stream, tables, footer, explained, header)
    except OSError as exc:
        raise ConfigError(f"{display_name(str(out))}: cannot write ({exc.strerror})", code="E904") from None


def _print_fitted(
    stream: TextIO,
    tables: Iterable[tuple[Table, int]],
    footer: Iterable[str],
    explained: Iterable[str] = (),
    header: Iterable[str] = (),
) -> None:
    from analyzer.report.table import make_console, terminal_width, wrap_cells

    for line in header:
        stream.write(line + "\n")
    for table, width in tables:
        make_console(stream, width).print(table)
    for line in explained:
        stream.write(line + "\n")
    width = terminal_width(stream)
    for line in footer:
        stream.write("\n".join(wrap_cells(line, width, "", "  ")) + "\n")


def print_totals(lines: Iterable[str], out: Path | None) -> None:
    """Totals lines after a machine-readable output: on stdout when the data went to a file (``-o``);
    when stdout carries the JSON or CSV itself, none (stderr is kept for errors)."""
    if out is None:
        return
    for line in lines:
        sys.stdout.write(line + "\n")
    sys.stdout.flush()


def write_csv(text: str, out: Path | None, bom: bool) -> None:
    """CSV text, with a UTF-8 byte-order mark unless ``bom`` is False (Excel needs it to read Chinese)."""
    write_text((BOM + text) if bom else text, out)


def write_xlsx(sheets: Mapping[str, pd.DataFrame], out: Path | None) -> None:
    """An Excel workbook, one sheet per table (openpyxl through pandas), written atomically to ``out``."""
    import pandas as pd

    from analyzer.report.cells import xlsx_cells_as_text

    if out is None:
        raise typer.BadParameter("xlsx is a binary format: give a file with --out", param_hint="--format")
    buffer = io.BytesIO()
    with pd.ExcelWriter(buffer, engine="openpyxl") as writer:
        for name, frame in sheets.items():
            frame.to_excel(writer, sheet_name=name[:31], index=False)
        xlsx_cells_as_text(writer.book)  # text such as "=1+1" (a file name) stays text, never a formula
    try:
        with atomic_write(check_out(out)) as tmp:
            tmp.write_bytes(buffer.getvalue())
    except OSError as exc:
        raise ConfigError(f"{display_name(str(out))}: cannot write ({exc.strerror})", code="E904") from None
