"""``analyzer comply FILE... [--rules PATH]``: the compliance review as text, JSON, CSV or SARIF.

Exit codes: 0 no finding at or above ``--fail-on`` (error by default), 1 at least one such finding,
2 bad input (an unreadable document or a malformed rulebook; the other documents are still
reviewed). ``--fail-on never`` exits 0 whatever the findings (2 still reports bad input).
"""

from __future__ import annotations

from contextlib import ExitStack
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from analyzer.cli.common import AnnotateOpt, annotate_word, fail_line, write_text
from analyzer.cli.market import MarketOpt
from analyzer.cli.options import (
    DEFAULT_TIME_LIMIT,
    AsOfOpt,
    ConvertFlag,
    EncodingOpt,
    FilesArg,
    LangOpt,
    OutOpt,
    TimeLimitOpt,
    WideOpt,
    explain_option,
)
from analyzer.cli.output import comply_lang, output_lang, read_inputs, settings
from analyzer.errors import AnalyzerError, DocumentTimeout

if TYPE_CHECKING:
    from analyzer.comply.review import Review
    from analyzer.i18n import Lang
    from analyzer.types import Severity
    from analyzer.verify.store import MarketStore

EXIT_OK, EXIT_FINDINGS, EXIT_BAD_INPUT = 0, 1, 2


class FailOn(StrEnum):
    error = "error"
    warning = "warning"
    never = "never"


class MinSeverity(StrEnum):
    error = "error"
    warning = "warning"
    info = "info"


class ReviewFormat(StrEnum):
    text = "text"
    json = "json"
    csv = "csv"
    sarif = "sarif"


def comply_command(
    files: FilesArg,
    rules: Annotated[
        list[Path] | None,
        typer.Option(
            "--rules",
            help="Rulebook YAML file or folder; repeatable. Adds to (or overrides rules of) the shipped rulebook.",
        ),
    ] = None,
    replace_rules: Annotated[
        bool, typer.Option("--replace-rules", help="Use only the --rules rulebooks, not the shipped one.")
    ] = False,
    fmt: Annotated[ReviewFormat, typer.Option("--format", "-f", help="text (default), json, csv or sarif.")] = (
        ReviewFormat.text
    ),
    out: OutOpt = None,
    market: MarketOpt = None,
    no_verify: Annotated[
        bool, typer.Option("--no-verify", help="Skip verification (contradicted claims become findings otherwise).")
    ] = False,
    as_of: AsOfOpt = None,
    convert: ConvertFlag = None,
    encoding: EncodingOpt = None,
    fail_on: Annotated[
        FailOn, typer.Option("--fail-on", help="Exit 1 when a finding is at least this severe (error, warning, never).")
    ] = FailOn.error,
    min_severity: Annotated[
        MinSeverity,
        typer.Option("--min-severity", help="Text output: show only findings at least this severe (counts stay all)."),
    ] = MinSeverity.info,
    annotate: AnnotateOpt = None,
    lang: LangOpt = None,
    wide: WideOpt = False,
    explain: Annotated[
        bool, explain_option("Text output: under the table, each finding's reason, places and citation.")
    ] = False,
    time_limit: TimeLimitOpt = DEFAULT_TIME_LIMIT,
) -> None:
    """Review fund marketing text against the rulebook: each finding quotes the original words with line and
    column, says why, and cites the regulation."""
    from analyzer import __version__
    from analyzer.comply import load_rulebooks
    from analyzer.comply.review import Review
    from analyzer.pipeline import review
    from analyzer.report.findings import render_csv, render_json, render_text
    from analyzer.report.sarif import FailedInput, render_sarif
    from analyzer.types import Severity

    config = settings()  # analyzer.toml / [tool.analyzer]: its rulebooks come before --rules
    chosen = comply_lang(lang, config)  # None: each document in its own script
    try:
        rulebooks = load_rulebooks(
            [*config.rules, *(rules or [])] or None, replace=replace_rules or config.replace_rules
        )
    except AnalyzerError as exc:
        fail_line(exc.one_line())
        raise typer.Exit(EXIT_BAD_INPUT) from None
    failures: list[tuple[str, AnalyzerError]] = []
    results, n_failed, budget = read_inputs(config, files, convert, as_of, encoding, time_limit, failures)
    with ExitStack() as stack:
        store = None if no_verify or not results else _open_store(market or config.market, stack)
        reviews = []
        for r in results:
            try:
                with budget.stage(r, r.meta.path):
                    found = review(r, store=store, comply=True, rulebooks=rulebooks, lang=chosen).findings
                    reviews.append(Review.of(r, found, chosen))
            except DocumentTimeout as exc:  # one line, as for an input that cannot be read
                fail_line(exc.one_line())
                n_failed += 1
                failures.append((r.meta.path, exc))
    if fmt is ReviewFormat.json:
        text = render_json(reviews)
    elif fmt is ReviewFormat.csv:
        text = render_csv(reviews)
    elif fmt is ReviewFormat.sarif:
        failed = [FailedInput(path, exc.code, exc.message) for path, exc in failures]
        text = render_sarif(reviews, rulebooks, __version__, failed, lang=chosen)
    else:
        reminders = [b.reminder for b in rulebooks if b.reminder]
        from analyzer.report.table import terminal_width

        # wrapped for a terminal (or $COLUMNS); a file written with -o keeps one line per reason
        width = None if out is not None else terminal_width()
        text = render_text(reviews, reminders, min_severity=Severity(min_severity.value), width=width)
        if not explain:  # the short view: one line per finding; the full review (as before) with --explain
            _print_short(reviews, Severity(min_severity.value), output_lang(lang, config), text, out, wide=wide)
            text = ""
    if text:
        write_text(text, out)
    if annotate is not None:
        from analyzer.report.annotate import finding_notes

        try:
            annotate_word(files, results, annotate, lambda r: finding_notes(r.findings))
        except AnalyzerError as exc:
            fail_line(exc.one_line())
            raise typer.Exit(EXIT_BAD_INPUT) from None
    if n_failed:
        raise typer.Exit(EXIT_BAD_INPUT)
    if fail_on is FailOn.never:
        raise typer.Exit(EXIT_OK)
    failing = {Severity.ERROR} if fail_on is FailOn.error else {Severity.ERROR, Severity.WARNING}
    hit = any(f.severity in failing for r in reviews for f in r.findings)
    raise typer.Exit(EXIT_FINDINGS if hit else EXIT_OK)



def _print_short(
    reviews: list[Review], min_severity: Severity, lang: Lang, full: str, out: Path | None, *, wide: bool = False
) -> None:
    """The review's first line (the totals, worded as in the full review), the findings tables
    (report.findings_table), and a hint at --explain."""
    from analyzer.cli.output import print_fitted
    from analyzer.i18n import message
    from analyzer.report.findings_table import findings_tables
    from analyzer.report.table import terminal_width

    tables = findings_tables(reviews, terminal_width(), lang, min_severity, wide=wide)
    print_fitted(tables, out, [message("table.comply_hint", lang)], header=[full.split("\n", 1)[0], ""])


def _open_store(market: Path | None, stack: ExitStack) -> MarketStore | None:
    """The market store, so contradicted claims become findings; without one, say so and go on."""
    from analyzer.i18n import message
    from analyzer.verify import open_store

    try:
        return stack.enter_context(open_store(market, read_only=True))
    except AnalyzerError as exc:
        if exc.code == "E522":  # damaged, not absent: its figures cannot be trusted either way (exit 2)
            raise
        fail_line(message("cli.verification_skipped", output_lang(None, settings()), why=exc.one_line()))
        return None


def register(app: typer.Typer) -> None:
    """Add the ``comply`` command to the main CLI."""
    app.command("comply")(comply_command)
