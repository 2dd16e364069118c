"""The ``analyzer`` command line (typer)."""

from __future__ import annotations

import json
import sys
from contextlib import nullcontext
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from analyzer import __version__
from analyzer.cli.common import (
    AS_OF_HELP,
    CONVERT_HELP,
    ENCODING_HELP,
    analyze_inputs,
    parse_as_of,
    results_only,
    write_text,
)
from analyzer.normalize import Conversion

app = typer.Typer(
    name="analyzer",
    help="Numeric claims, cross-checks and compliance review for Chinese financial text "
    "(Traditional or Simplified): research articles and fund marketing pieces.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


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


def _version(value: bool) -> None:
    if value:
        typer.echo(f"analyzer {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """Numeric claims, cross-checks and compliance review for Chinese financial text."""


@app.command()
def extract(
    files: FilesArg,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="table (default), json, jsonl or csv.")] = (
        OutputFormat.table
    ),
    out: OutOpt = None,
    convert: ConvertOpt = ConvertOption.t2s,
    as_of: AsOfOpt = None,
    encoding: EncodingOpt = None,
    include_text: Annotated[
        bool, typer.Option("--include-text", help="JSON: include the original and simplified text.")
    ] = False,
) -> None:
    """Extract every numeric claim (subject, metric, value, period, cited source) with original-text offsets."""
    from analyzer.pipeline import analyze
    from analyzer.report import serialize
    from analyzer.report.table import claims_table

    as_of_date = parse_as_of(as_of)
    conversion: Conversion = convert.value  # type: ignore[assignment]
    pairs = list(
        analyze_inputs(
            files, lambda src, name: analyze(src, convert=conversion, as_of=as_of_date, encoding=encoding, name=name)
        )
    )
    results = results_only(pairs)
    if fmt is OutputFormat.table:
        with open(out, "w", encoding="utf-8") if out else nullcontext(sys.stdout) as stream:
            console = Console(file=stream, soft_wrap=False)
            if not console.is_terminal:  # files and pipes get room for the whole table
                console = Console(file=stream, soft_wrap=False, width=180)
            for r in results:
                console.print(claims_table(r))
    elif fmt is OutputFormat.json:
        write_text(serialize.to_json(results, include_text), out)
    elif fmt is OutputFormat.jsonl:
        write_text(serialize.to_jsonl(results), out)
    else:
        write_text(serialize.to_csv(results), out)
    if len(results) < len(pairs):
        raise typer.Exit(1)


@app.command()
def schema(
    out: OutOpt = None,
) -> None:
    """Print the JSON Schema of the output records (DocumentResult with its claims, mentions, verdicts, findings)."""
    from analyzer.types import DocumentResult

    write_text(json.dumps(DocumentResult.model_json_schema(), ensure_ascii=False, indent=2) + "\n", out)


from analyzer.cli import report as _report  # noqa: E402

_report.register(app)


from analyzer.cli import batch as _batch  # noqa: E402

_batch.register(app)


def main() -> None:
    """Console-script entry point."""
    app()
