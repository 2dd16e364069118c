"""``analyzer check``: extract claims and give each a verdict against market data and arithmetic.

Prints a summary per document and in total (supported / contradicted / unverifiable / not checked);
``--fail-on`` sets the exit code: 1 when any verdict of that status (or worse) is found, 2 on bad input.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from analyzer.cli.common import AnnotateOpt, annotate_word, fail_line, write_text
from analyzer.cli.fetching import FetchOpt, OfflineOpt, fetch_before_verify, wants_fetch
from analyzer.cli.market import MarketOpt
from analyzer.cli.options import (
    DEFAULT_TIME_LIMIT,
    AsOfOpt,
    ConvertFlag,
    DocFormat,
    EncodingOpt,
    ExplainOpt,
    FilesArg,
    FormatOpt,
    LangOpt,
    NoBomOpt,
    OutOpt,
    QuietOpt,
    TimeLimitOpt,
    WideOpt,
)
from analyzer.cli.output import (
    output_lang,
    print_fitted,
    print_totals,
    read_inputs,
    settings,
    write_csv,
    write_xlsx,
)
from analyzer.errors import AnalyzerError, DocumentTimeout
from analyzer.i18n import Lang
from analyzer.types import DocumentResult

EXIT_OK, EXIT_FAILED_CHECK, EXIT_BAD_INPUT = 0, 1, 2


class FailOn(StrEnum):
    contradicted = "contradicted"
    unverifiable = "unverifiable"
    never = "never"


def check_command(
    files: FilesArg,
    market: MarketOpt = None,
    fmt: FormatOpt = DocFormat.table,
    out: OutOpt = None,
    as_of: AsOfOpt = None,
    convert: ConvertFlag = None,
    encoding: EncodingOpt = None,
    fail_on: Annotated[
        FailOn | None,
        typer.Option(
            "--fail-on",
            help="Exit 1 when a claim is contradicted (default), also when one is unverifiable, or never.",
        ),
    ] = None,
    wide: WideOpt = False,
    quiet: QuietOpt = False,
    no_bom: NoBomOpt = False,
    fetch: FetchOpt = None,
    offline: OfflineOpt = False,
    annotate: AnnotateOpt = None,
    lang: LangOpt = None,
    explain: ExplainOpt = False,
    time_limit: TimeLimitOpt = DEFAULT_TIME_LIMIT,
) -> None:
    """Extract claims and check each against market data and the document's own arithmetic."""
    from analyzer.i18n import message
    from analyzer.pipeline import review
    from analyzer.report.verdicts import summary_line, total_label, verdict_counts
    from analyzer.verify import VerdictCounts, open_store, summarize
    from analyzer.verify.causes import cause_line, fetchable_subjects

    config = settings()
    words = output_lang(lang, config)  # the terminal's words: --lang, the configuration, else the locale
    failing = (fail_on or FailOn(config.fail_on)).value
    results, n_failed, budget = read_inputs(config, files, convert, as_of, encoding, time_limit)
    try:
        if results and wants_fetch(fetch, offline, config.fetch):
            fetch_before_verify(results, market or config.market, quiet=quiet)
        store = open_store(market or config.market, read_only=True)
    except AnalyzerError as exc:
        fail_line(exc.one_line())
        raise typer.Exit(EXIT_BAD_INPUT) from None
    with store:
        checked = []
        for r in results:
            try:
                with budget.stage(r, r.meta.path):
                    review(r, store=store)
            except DocumentTimeout as exc:  # one line, as for an input that cannot be read
                fail_line(exc.one_line())
                n_failed += 1
                continue
            checked.append(r)
        results = checked

    per_doc = [(r.meta.path, verdict_counts(r)) for r in results]
    total = {status: sum(c[status] for _, c in per_doc) for status in per_doc[0][1]} if per_doc else {}
    totals = [summary_line(c, path, words) for path, c in per_doc] if len(per_doc) > 1 else []
    if total:
        totals.append(summary_line(total, total_label(len(per_doc), words), words))
    all_verdicts = [v for r in results for v in r.verdicts]
    if (why := cause_line(all_verdicts, words)) is not None:
        totals.append(why)  # what to fetch or import, and what no data would cure
        claims = {c.id: c for r in results for c in r.claims}
        if fetchable := fetchable_subjects(all_verdicts, claims):
            totals.append(message("totals.fetchable", words, subjects=", ".join(fetchable)))
    if n_failed:
        unreadable = message("cli.unreadable", words, n=n_failed) if n_failed != 1 else None
        totals.append(unreadable or message("cli.unreadable_one", words))
    _write(results, fmt, out, wide=wide, quiet=quiet, bom=not no_bom, totals=totals, lang=words, explain=explain)
    if annotate is not None:  # a comment at each contradicted or unverifiable claim
        from analyzer.report.annotate import check_notes

        try:
            annotate_word(files, results, annotate, check_notes)
        except AnalyzerError as exc:
            fail_line(exc.one_line())
            raise typer.Exit(EXIT_BAD_INPUT) from None
    if n_failed:
        raise typer.Exit(EXIT_BAD_INPUT)
    # one rule for --fail-on (verify.summary): "unverifiable" fails on contradicted claims too
    fails = sum((summarize(r.verdicts) for r in results), VerdictCounts()).fails(failing)
    raise typer.Exit(EXIT_FAILED_CHECK if fails else EXIT_OK)


def _write(
    results: list[DocumentResult],
    fmt: DocFormat,
    out: Path | None,
    *,
    wide: bool,
    quiet: bool,
    bom: bool,
    totals: list[str],
    lang: Lang = "en",
    explain: bool = False,
) -> None:
    from analyzer.report.serialize import to_json
    from analyzer.report.table import terminal_width
    from analyzer.report.verdicts import checks_csv, checks_frames, checks_jsonl, explain_lines, verdicts_table

    if fmt is DocFormat.table:
        if not quiet or out:
            width = terminal_width()
            tables = [verdicts_table(r, width, wide=wide, lang=lang) for r in results]
            explained = [line for r in results for line in explain_lines(r, width, lang)] if explain else []
            print_fitted(tables, out, [] if quiet else totals, explained)
        return
    if fmt is DocFormat.json:
        write_text(to_json(results), out)
    elif fmt is DocFormat.jsonl:
        write_text(checks_jsonl(results), out)
    elif fmt is DocFormat.csv:
        write_csv(checks_csv(results), out, bom)
    else:
        write_xlsx(checks_frames(results), out)
    if not quiet:
        print_totals(totals, out)


def register(app: typer.Typer) -> None:
    """Add the ``check`` command to the main CLI."""
    app.command("check")(check_command)
