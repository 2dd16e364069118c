"""``analyzer report FILE... --out DIR``: one self-contained HTML review page per document (+ index.html)."""

from __future__ import annotations

from collections.abc import Callable
from contextlib import ExitStack
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.text import Text

from analyzer.cli.common import (
    AsOfOpt,
    ConvertOpt,
    ConvertOption,
    EncodingOpt,
    FilesArg,
    analyze_files,
    err_console,
)
from analyzer.cli.market import MarketOpt
from analyzer.cli.output import QuietOpt, as_of_option, output_lang, settings
from analyzer.errors import AnalyzerError
from analyzer.i18n import Lang, message
from analyzer.report.verdicts import STATUSES, summary_line, verdict_counts
from analyzer.types import DocumentResult


def _verify_stage(
    market: Path | None, stack: ExitStack, notes: list[str], words: Lang = "en"
) -> tuple[Callable[[DocumentResult], list[Any]] | None, Any]:
    """(verify one result, series lookup), or (None, None) with a note saying why."""
    from analyzer.report.charts import store_lookup
    from analyzer.verify import open_store, verify

    try:
        store = open_store(market, read_only=True)
    except AnalyzerError as exc:
        if exc.code == "E522":  # damaged, not absent: its figures cannot be trusted either way (exit 2)
            raise
        notes.append(message("cli.not_verified", words, why=exc.one_line()))
        return None, None
    stack.callback(store.close)
    return (lambda result: verify(result, store)), store_lookup(store)


def _comply_stage(
    rules: list[Path], notes: list[str], words: Lang = "en"
) -> Callable[[DocumentResult], list[Any]] | None:
    """A function giving one result's findings, or None with a note saying why."""
    from analyzer.comply import comply, load_rulebooks

    try:
        rulebooks = load_rulebooks(rules or None)
    except AnalyzerError as exc:
        notes.append(message("cli.no_rulebooks", words, why=exc.one_line()))
        return None
    return lambda result: comply(result, rulebooks)


def report(
    files: FilesArg,
    out: Annotated[Path, typer.Option("--out", "-o", help="Directory for the HTML pages (created if missing).")],
    market: MarketOpt = None,
    rules: Annotated[
        list[Path] | None, typer.Option("--rules", help="Extra rulebook file or folder (repeatable).")
    ] = None,
    convert: ConvertOpt = ConvertOption.t2s,
    as_of: AsOfOpt = None,
    encoding: EncodingOpt = None,
    no_verify: Annotated[bool, typer.Option("--no-verify", help="Do not check claims against market data.")] = False,
    no_comply: Annotated[bool, typer.Option("--no-comply", help="Do not run the compliance rulebooks.")] = False,
    quiet: QuietOpt = False,
    lang: Annotated[
        str | None,
        typer.Option("--lang", help="Language of the pages: zh-Hans, zh-Hant or en (default: each document's script)."),
    ] = None,
) -> None:
    """Write a self-contained HTML review page per document (claims, verdicts, findings on the original text)."""
    from analyzer.report.html import write_reports

    config = settings()
    words = output_lang(lang, config)  # the CLI's own lines: --lang, the configuration, else the locale
    if lang is not None:
        lang = words  # a bad one is exit 2 (E921) before any work
    results, n_failed = analyze_files(files, convert, as_of_option(as_of, config), encoding)
    market = market or config.market
    rules = list(rules or config.rules)
    notes: list[str] = []
    with ExitStack() as stack:
        check, lookup = (None, None) if no_verify else _verify_stage(market, stack, notes, words)
        if no_verify:
            notes.append(message("cli.no_verify", words))
        review = None if no_comply else _comply_stage(list(rules or []), notes, words)
        if no_comply:
            notes.append(message("cli.no_comply", words))
        for result in results:
            for stage, run, target in (("verification", check, "verdicts"), ("compliance", review, "findings")):
                if run is None:
                    continue
                try:
                    setattr(result, target, run(result))
                except AnalyzerError as exc:
                    what = message(f"cli.stage.{stage}", words)
                    notes.append(
                        message("cli.stage_failed", words, path=result.meta.path, stage=what, why=exc.one_line())
                    )
        written = write_reports(results, out, lookup, notes=notes, lang=lang)
    for note in notes:
        err_console.print(Text.assemble((message("cli.note", words), "yellow"), note))
    if not quiet:
        for path in written:
            typer.echo(str(path))
        counts = [verdict_counts(r) for r in results]
        totals = {s: sum(c[s] for c in counts) for s in STATUSES}
        n_findings = sum(len(r.findings) for r in results)
        label = message("cli.report_total", words, pages=len(written), docs=len(results))
        typer.echo(
            summary_line(totals, label, words)
            + message("cli.report_findings", words, n=n_findings)
            + (message("cli.report_unreadable", words, n=n_failed) if n_failed else "")
        )
    if n_failed:
        raise typer.Exit(1)


def register(app: typer.Typer) -> None:
    """Add the ``report`` command to the analyzer CLI."""
    app.command(name="report")(report)
