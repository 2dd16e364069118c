"""``analyzer check``: extract claims and give each a verdict against market data and arithmetic."""

from __future__ import annotations

from typing import Annotated

import typer

from analyzer.cli.common import (
    AsOfOpt,
    ConvertOpt,
    ConvertOption,
    EncodingOpt,
    FilesArg,
    OutOpt,
    OutputFormat,
    analyze_files,
    fail_line,
    print_tables,
    write_text,
)
from analyzer.cli.market import MarketOpt
from analyzer.errors import AnalyzerError


def check_command(
    files: FilesArg,
    market: MarketOpt = None,
    fmt: Annotated[OutputFormat, typer.Option("--format", "-f", help="table (default), json, jsonl or csv.")] = (
        OutputFormat.table
    ),
    out: OutOpt = None,
    as_of: AsOfOpt = None,
    convert: ConvertOpt = ConvertOption.t2s,
    encoding: EncodingOpt = None,
) -> None:
    """Extract claims and check each against market data and the document's own arithmetic."""
    from analyzer.pipeline import review
    from analyzer.report.serialize import to_json
    from analyzer.report.verdicts import checks_csv, checks_jsonl, verdicts_table
    from analyzer.verify import open_store

    results, n_failed = analyze_files(files, convert, as_of, encoding)
    try:
        store = open_store(market, read_only=True)
    except AnalyzerError as exc:
        fail_line(exc.one_line())
        raise typer.Exit(2) from None
    with store:
        for r in results:
            review(r, store=store)
    if fmt is OutputFormat.table:
        print_tables([verdicts_table(r) for r in results], out)
    elif fmt is OutputFormat.json:
        write_text(to_json(results), out)
    elif fmt is OutputFormat.jsonl:
        write_text(checks_jsonl(results), out)
    else:
        write_text(checks_csv(results), out)
    if n_failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the ``check`` command to the main CLI."""
    app.command("check")(check_command)
