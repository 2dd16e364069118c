"""The ``analyzer`` command line (typer)."""

# ruff: noqa: E402 - ``analyzer batch`` starts its fork server before the imports below (cli/early.py)

from __future__ import annotations

import json
import sys
from typing import Annotated

from analyzer.cli.early import start_batch_pool

# before typer and the commands are imported: the pool's fork server loads the pipeline meanwhile
start_batch_pool(sys.argv)

import typer

from analyzer import __version__
from analyzer.cli.common import write_text
from analyzer.cli.options import (
    DEFAULT_TIME_LIMIT,
    AsOfOpt,
    ConvertFlag,
    DocFormat,
    EncodingOpt,
    FilesArg,
    FormatOpt,
    LangOpt,
    NoBomOpt,
    OutOpt,
    QuietOpt,
    TimeLimitOpt,
    WideOpt,
    explain_option,
)
from analyzer.cli.output import output_lang, print_fitted, print_totals, read_inputs, settings, write_csv, write_xlsx

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
    fmt: FormatOpt = DocFormat.table,
    out: OutOpt = None,
    convert: ConvertFlag = None,
    as_of: AsOfOpt = None,
    encoding: EncodingOpt = None,
    include_text: Annotated[
        bool, typer.Option("--include-text", help="JSON: include the original and simplified text.")
    ] = False,
    wide: WideOpt = False,
    quiet: QuietOpt = False,
    no_bom: NoBomOpt = False,
    lang: LangOpt = None,
    explain: Annotated[
        bool, explain_option("Also how each claim was read, and the figures that are no claim.")
    ] = False,
    time_limit: TimeLimitOpt = DEFAULT_TIME_LIMIT,
) -> None:
    """Extract every numeric claim (subject, metric, value, period, cited source) with original-text offsets;
    figures that are no claim are listed with the reason."""
    from analyzer.i18n import message
    from analyzer.report import serialize
    from analyzer.report.table import claims_table, decision_lines, terminal_width, unattributed_table

    config = settings()
    results, n_failed, _ = read_inputs(config, files, convert, as_of, encoding, time_limit)
    n_claims = sum(len(r.claims) for r in results)
    n_other = sum(len(r.unattributed) for r in results)
    words = output_lang(lang, config)
    totals = [
        message("table.extract_total_one", words, claims=n_claims, other=n_other)
        if len(results) == 1
        else message("table.extract_total", words, docs=len(results), claims=n_claims, other=n_other)
    ]
    if n_failed:
        totals[0] += message("cli.failed_suffix", words, n=n_failed)
    if fmt is DocFormat.table:
        if not quiet or out:
            width = terminal_width()
            tables, explained = [], []
            for r in results:
                tables.append(claims_table(r, width, wide=wide, lang=words))
                other = unattributed_table(r, width, wide=wide, lang=words)
                if other and explain:
                    tables.append(other)
                elif other:
                    explained.append(message("table.unattributed_hint", words, count=len(r.unattributed)))
                if explain:
                    explained.extend(decision_lines(r, width, words))
            print_fitted(tables, out, footer=[] if quiet else totals, explained=explained)
    else:
        if fmt is DocFormat.json:
            write_text(serialize.to_json(results, include_text), out)
        elif fmt is DocFormat.jsonl:
            write_text(serialize.to_jsonl(results), out)
        elif fmt is DocFormat.csv:
            write_csv(serialize.to_csv(results), out, bom=not no_bom)
        else:
            from analyzer.report.frame import results_to_frames

            frames = results_to_frames(results)
            write_xlsx({k: frames[k] for k in ("claims", "unattributed", "mentions")}, out)
        if not quiet:
            print_totals(totals, out)
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
from analyzer.cli import batch, check, comply, market, report

for _commands in (check, comply, market, report, batch):
    _commands.register(app)


def main() -> None:
    """Console-script entry point (errors that escape a command become one coded line; see run_app)."""
    from analyzer.cli.common import run_app

    run_app(app)
