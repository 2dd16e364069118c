"""``analyzer batch``: analyze many documents into a resumable dataset (process pool or Dask cluster)."""

from __future__ import annotations

import contextlib
import signal
from collections.abc import Iterator
from enum import StrEnum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated

import typer

from analyzer.cli.common import (
    AsOfOpt,
    EncodingOpt,
    err_console,
    fail_line,
    parse_date,
)
from analyzer.cli.fetching import FetchOpt, OfflineOpt, fetch_before_batch, wants_fetch
from analyzer.cli.market import MarketOpt
from analyzer.cli.output import (
    ConvertFlag,
    LangOpt,
    as_of_option,
    comply_lang,
    conversion,
    output_lang,
    settings,
)
from analyzer.i18n import Lang, message

if TYPE_CHECKING:
    from analyzer.batch import BatchSummary

__all__ = ["register"]


class BatchFailOn(StrEnum):
    review = "review"
    never = "never"


class BatchFormat(StrEnum):
    parquet = "parquet"
    csv = "csv"
    jsonl = "jsonl"


def batch(
    inputs: Annotated[list[str], typer.Argument(help="Files, folders (searched recursively) or glob patterns.")],
    out: Annotated[Path, typer.Option("--out", "-o", help="Output folder (created; reuse it to resume a run).")],
    workers: Annotated[
        int | None,
        typer.Option("--workers", "-w", help="Worker processes (default: the cores; 0 = no pool).", min=0),
    ] = None,
    scheduler: Annotated[
        str | None,
        typer.Option("--scheduler", help="Run on a Dask cluster instead of the pool: tcp://HOST:8786."),
    ] = None,
    fmt: Annotated[
        BatchFormat, typer.Option("--format", "-f", help="parquet (default), or csv / jsonl for small runs.")
    ] = BatchFormat.parquet,
    convert: ConvertFlag = None,
    as_of: AsOfOpt = None,
    encoding: EncodingOpt = None,
    max_mb: Annotated[
        float, typer.Option("--max-mb", help="Documents larger than this fail with E103 unread.", min=0.001)
    ] = 20.0,
    verify: Annotated[bool, typer.Option("--verify", help="Also check claims against market data.")] = False,
    market: MarketOpt = None,
    comply: Annotated[bool, typer.Option("--comply", help="Also run the compliance rulebooks.")] = False,
    fail_on: Annotated[
        BatchFailOn,
        typer.Option(
            "--fail-on",
            help="Exit 1 also when a document has a contradicted claim (with --verify) or an error finding "
            "(with --comply): 'review' (default); 'never': only failed inputs set the exit code.",
        ),
    ] = BatchFailOn.review,
    time_limit: Annotated[
        float,
        typer.Option("--time-limit", help="Seconds one document may take before it fails (E810); 0 = no limit.", min=0),
    ] = 300.0,
    report: Annotated[
        bool, typer.Option("--report", help="Also write an HTML review page per document and an index to OUT/report.")
    ] = False,
    rules: Annotated[
        list[Path] | None, typer.Option("--rules", help="Extra rulebook YAML for --comply (repeatable).")
    ] = None,
    lang: LangOpt = None,
    chunk_size: Annotated[
        int, typer.Option("--chunk-size", help="Documents per part file (smaller: less redone after a kill).", min=1)
    ] = 100,
    progress: Annotated[
        bool | None,
        typer.Option("--progress/--no-progress", help="Progress bar (default: on a terminal; log lines otherwise)."),
    ] = None,
    meta: Annotated[
        Path | None,
        typer.Option(
            "--meta",
            help="Per-document metadata: CSV, JSONL or Parquet with a path or doc_id column and as_of, title, "
            "source, language. A document's as_of there (or in its front matter) replaces --as-of for it.",
        ),
    ] = None,
    fetch: FetchOpt = None,
    offline: OfflineOpt = False,
) -> None:
    """Analyze many documents into Parquet tables (claims, mentions, …) plus a manifest of every input.

    Failed documents are recorded in the manifest and the run goes on; exit code 1 if any failed, or
    (unless --fail-on never) a document has a contradicted claim or an error finding; those are named.
    Rerun with the same --out to resume: unchanged documents already done are skipped.
    """
    from analyzer.batch import BatchOptions, run_batch
    from analyzer.errors import AnalyzerError

    if scheduler is not None:
        from analyzer.batch.dask_runner import check_address

        try:
            check_address(scheduler)
        except AnalyzerError as exc:
            fail_line(exc.one_line())
            raise typer.Exit(2) from None
    config = settings()  # analyzer.toml / [tool.analyzer]; flags override it
    words = output_lang(lang, config)  # the CLI's own lines: --lang, the configuration, else the locale
    options = BatchOptions(
        convert=conversion(convert, config).value,
        as_of=parse_date(as_of_option(as_of, config)),
        encoding=encoding,
        max_bytes=int(max_mb * 1024 * 1024),
        verify=verify,
        store_path=str(market or config.market) if (market or config.market) else None,
        comply=comply,
        rulebooks=tuple(str(p) for p in (*config.rules, *(rules or ()))),
        lang=comply_lang(lang, config),
        report_dir=str((out / "report").resolve()) if report else None,
        time_limit=time_limit or None,
    )
    try:
        if verify and wants_fetch(fetch, offline, config.fetch):
            fetch_before_batch(
                inputs,
                market or config.market,
                workers=workers,
                scheduler=scheduler,
                convert=options.convert,
                as_of=options.as_of,
                encoding=encoding,
                max_bytes=options.max_bytes,
            )
        with _sigterm_as_interrupt():
            summary = run_batch(
                inputs,
                out,
                workers=workers,
                scheduler=scheduler,
                fmt=fmt.value,  # type: ignore[arg-type]
                options=options,
                progress=False if progress is False else (True if progress else None),
                chunk_size=chunk_size,
                meta=meta,
            )
    except KeyboardInterrupt as exc:
        what = message("batch.terminated" if isinstance(exc, Terminated) else "batch.interrupt", words)
        fail_line(message("batch.interrupted", words, what=what, out=out))
        raise typer.Exit(EXIT_TERMINATED if isinstance(exc, Terminated) else 130) from None
    except AnalyzerError as exc:
        fail_line(exc.one_line())
        raise typer.Exit(2) from None
    err_console.print(
        message("batch.summary", words, inputs=summary.n_inputs, ok=summary.n_ok, failed=summary.n_failed,
                skipped=summary.n_skipped, seconds=f"{summary.seconds:.1f}", out=out),
        highlight=False,
        markup=False,
    )
    _warn_lines([*summary.notes, *(f"{path}: {note}" for path, note in summary.doc_notes)], words)
    flagged = _review_lines(summary, words, verify=verify, comply=comply)
    if summary.n_failed or (fail_on is BatchFailOn.review and flagged):
        raise typer.Exit(1)


#: the exit status of a run stopped by SIGTERM (128 + 15, as if the signal had ended it)
EXIT_TERMINATED = 143


class Terminated(KeyboardInterrupt):
    """SIGTERM, raised in the main thread so the run stops as on Ctrl-C: finished documents are written,
    the pool is shut down (no leaked semaphores) and the user is told how to resume."""


@contextlib.contextmanager
def _sigterm_as_interrupt() -> Iterator[None]:
    def stop(signum: int, frame: object) -> None:
        raise Terminated

    try:
        previous = signal.signal(signal.SIGTERM, stop)
    except ValueError:  # not the main thread (a test runner's worker): leave SIGTERM as it is
        yield
        return
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)


def _review_lines(summary: BatchSummary, words: Lang, *, verify: bool, comply: bool) -> bool:
    """Print the run's verdict and finding totals and name the documents that need a reviewer;
    True when any document has a contradicted claim (with --verify) or an error finding (with --comply)."""
    counts = summary.review
    flagged = False
    if verify:
        err_console.print(
            message("batch.verify", words, supported=counts.get("n_supported", 0),
                    contradicted=counts.get("n_contradicted", 0), unverifiable=counts.get("n_unverifiable", 0)),
            highlight=False,
            markup=False,
        )
        if summary.causes:
            from analyzer.verify.causes import counts_line

            err_console.print(counts_line(summary.causes, words), highlight=False, markup=False)
        flagged |= _name_documents("batch.contradicted_in", summary.contradicted_docs, words)
    if comply:
        err_console.print(
            message("batch.comply", words, errors=counts.get("n_errors", 0), warnings=counts.get("n_warnings", 0)),
            highlight=False,
            markup=False,
        )
        flagged |= _name_documents("batch.errors_in", summary.error_docs, words)
    return flagged


def _warn_lines(lines: list[str], words: Lang = "en", most: int = 20) -> None:
    """One ``warning:`` line per note, up to ``most``, then a count (all of them are in DIR/notes.txt and
    the manifest's notes column, as written); each in ``words`` through the phrasebook."""
    from analyzer.i18n.phrases import explained

    for line in lines[:most]:
        err_console.print(message("batch.warning", words, line=explained(line, words)), highlight=False,
                          markup=False)
    if len(lines) > most:
        err_console.print(message("batch.more_warnings", words, n=len(lines) - most), highlight=False, markup=False)


def _name_documents(key: str, paths: list[str], words: Lang = "en", most: int = 10) -> bool:
    if paths:
        shown = ", ".join(paths[:most])
        if len(paths) > most:
            shown = message("batch.and_more", words, shown=shown, n=len(paths) - most)
        err_console.print(message(key, words, n=len(paths), paths=shown), highlight=False, markup=False)
    return bool(paths)


def register(app: typer.Typer) -> None:
    """Add the ``batch`` command to ``app``."""
    app.command(name="batch")(batch)
