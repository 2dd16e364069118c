"""The ``analyzer`` command line (typer)."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from analyzer import __version__
from analyzer.cli.common import (
    AsOfOpt,
    ConvertOpt,
    ConvertOption,
    EncodingOpt,
    FilesArg,
    OutOpt,
    OutputFormat,
    analyze_files,
    print_tables,
    write_text,
)

app = typer.Typer(
    name="analyzer",
    help="Numeric claims, cross-checks and compliance review for Chinese financial text "
    "(Traditional or Simplified): research articles and fund marketing pieces.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)


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
    from analyzer.report import serialize
    from analyzer.report.table import claims_table

    results, n_failed = analyze_files(files, convert, as_of, encoding)
    if fmt is OutputFormat.table:
        print_tables([claims_table(r) for r in results], out)
    elif fmt is OutputFormat.json:
        write_text(serialize.to_json(results, include_text), out)
    elif fmt is OutputFormat.jsonl:
        write_text(serialize.to_jsonl(results), out)
    else:
        write_text(serialize.to_csv(results), out)
    if n_failed:
        raise typer.Exit(1)


@app.command()
def schema(
    out: OutOpt = None,
) -> None:
    """Print the JSON Schema of the output records (DocumentResult with its claims, mentions, verdicts, findings)."""
    from analyzer.types import DocumentResult

    write_text(json.dumps(DocumentResult.model_json_schema(), ensure_ascii=False, indent=2) + "\n", out)


# Each command module adds its commands to the app; the order here is the order in --help.
from analyzer.cli import batch, check, comply, market, report  # noqa: E402

for _commands in (check, comply, market, report, batch):
    _commands.register(app)


def main() -> None:
    """Console-script entry point (errors that escape a command become one coded line; see run_app)."""
    from analyzer.cli.common import run_app

    run_app(app)
