"""Batch runs that lose nothing: many documents, a process pool or a Dask cluster, a resumable dataset.

``run_batch(inputs, out)`` analyzes files, folders (recursive) and glob patterns and writes, under ``out``:

- ``claims.parquet`` and ``mentions.parquet`` (plus ``verdicts.parquet`` with ``verify=True`` and
  ``findings.parquet`` with ``comply=True``): one row per record, columns as documented in
  :mod:`analyzer.report.frame` (``doc_id`` and ``path`` on every row). Decimal columns (``value``,
  ``stated``, ``expected``, ``computed``, ``difference``, ``tolerance``) are **strings** holding the exact
  ``str(Decimal)``: ``Decimal(s)`` gives back the same value and exponent. Dates are ``date32``.
- ``manifest.parquet``: one row per input, always, in input order: ``doc_id`` (first 16 hex digits of the
  content sha256, '' if unreadable), ``path``, ``status`` (``ok`` | ``failed`` | ``skipped`` = done by an
  earlier run and unchanged), ``error_class``, ``error_code``, ``error_message``, ``n_claims``,
  ``n_mentions``, ``n_verdicts``, ``n_findings``, ``n_chars``, ``seconds``, ``finished_at`` (UTC),
  ``sha256`` (full content hash, '' if not read), ``as_of`` (the date the document was analyzed with)
  and ``as_of_source`` (``given`` = the run's ``--as-of``, ``meta`` = the sidecar or the document's front
  matter, ``heading`` / ``text`` = inferred from the document, ``none``), ``title``, ``source`` and
  ``language`` (from the metadata). ``path`` is the path as given, with bytes that are not UTF-8 and
  control characters escaped (``\\udcff``), as the CLI prints it.
- ``parts/``: the journal that makes runs resumable (see :mod:`analyzer.batch.store`).

``fmt="csv"`` or ``"jsonl"`` writes the consolidated files in that format instead (for small runs).
A failed document never stops the run; a rerun with the same ``out`` skips inputs already done
(same path, same content, same settings) and redoes failed ones.

``analyze_many(paths)`` yields :class:`~analyzer.types.DocumentResult` objects in input order, computed
in the same pool (or on the same cluster) without writing anything.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import os
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from analyzer.batch.inputs import expand_inputs
from analyzer.batch.meta import DocMeta, load_meta
from analyzer.batch.progress import Progress, make_progress
from analyzer.batch.worker import (
    REVIEW_COUNTS,
    ROWS_DIR,
    BatchOptions,
    Outcome,
    Task,
    analyze_task,
    content_hash,
    failed,
    process,
    row_key,
    stored_path,
)
from analyzer.errors import AnalyzerError, BatchError, error
from analyzer.ingest import DEFAULT_MAX_BYTES
from analyzer.types import DocumentResult

__all__ = ["FORMATS", "BatchOptions", "BatchSummary", "Outcome", "analyze_many", "expand_inputs", "run_batch"]


@dataclass(slots=True)
class BatchSummary:
    """What a batch run did: counts by outcome, time, and where the output is."""

    n_inputs: int = 0
    n_ok: int = 0
    n_failed: int = 0
    n_skipped: int = 0
    n_chars: int = 0
    seconds: float = 0.0
    files: dict[str, Path] = field(default_factory=dict)
    #: verdicts by status and findings by severity over every document done (this run's and earlier runs')
    review: dict[str, int] = field(default_factory=dict)
    #: documents with a contradicted verdict / an error finding (paths, in input order)
    contradicted_docs: list[str] = field(default_factory=list)
    error_docs: list[str] = field(default_factory=list)
    #: unverifiable verdicts by cause over every document done (analyzer/verify/causes.py)
    causes: dict[str, int] = field(default_factory=dict)
    #: run-level notes (sidecar rows that matched no input), one line each; also in DIR/notes.txt
    notes: list[str] = field(default_factory=list)
    #: per-document notes (metadata matched by file name, front matter that disagrees with the sidecar)
    doc_notes: list[tuple[str, str]] = field(default_factory=list)
    #: peak resident memory (bytes) of each worker process that ran documents, keyed by worker
    worker_peak_rss: dict[str, int] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        """True when no input failed."""
        return self.n_failed == 0


def __getattr__(name: str) -> Any:
    # the store (pyarrow) is imported when a run writes, not with the package: pool workers import
    # this package to reach their function and never write a table
    if name == "FORMATS":
        from analyzer.batch.store import FORMATS

        return FORMATS
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def default_workers() -> int:
    """The machine's cores available to this process."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


def _settings_key(options: BatchOptions) -> str:
    from analyzer import __version__

    fn = options.analyze_fn
    fields = [
        __version__,
        options.convert,
        options.as_of.isoformat() if options.as_of else "",
        options.encoding or "",
        str(options.max_bytes),
        ",".join(options.tables),
        options.store_path or "",
        ",".join(options.rulebooks),
        options.report_dir or "",
        options.lang or "",
        f"{fn.__module__}.{fn.__qualname__}" if fn else "",
    ]
    return hashlib.sha256("\x1f".join(fields).encode()).hexdigest()[:16]


def _check_stages(options: BatchOptions) -> BatchOptions:
    """Fail early (and seed the market store once) when verify/comply are asked for; an as-of date outside
    the supported dates is E911 before any document."""
    if options.as_of is not None:
        from analyzer.pipeline import as_of_date

        as_of_date(options.as_of, "as_of of the batch run")
    if options.verify:
        from analyzer.verify import default_store_path, open_store

        path = Path(options.store_path) if options.store_path else default_store_path()
        # a read-only open seeds a new or stale store in one short write session, before the workers
        # open it read-only; read-only also coexists with a store this process already holds open
        with open_store(path, read_only=True) as store:
            store.check_integrity()  # a damaged store stops the run (E522, exit 2), not each document
        options = dataclasses.replace(options, store_path=str(path))
    if options.comply:
        from analyzer.comply import load_rulebooks

        load_rulebooks([Path(p) for p in options.rulebooks] or None)  # a broken rulebook fails the run here
    return options


def _start_pool_early(workers: int | None, scheduler: Any) -> None:
    """When the run will use the process pool, start its fork server now: it loads the pipeline while this
    process checks the stages, lists the inputs and opens the output."""
    if scheduler is None and (workers is None or workers > 0):
        from analyzer.batch.pool import start_workers_early

        start_workers_early()


def _execute(
    tasks: Sequence[Task],
    fn: Callable[[Task, BatchOptions], Any],
    options: BatchOptions,
    workers: int | None,
    scheduler: Any,
) -> Iterator[tuple[Task, Any]]:
    if not tasks:
        return iter(())
    if scheduler is not None:
        from analyzer.batch.dask_runner import execute_dask

        return execute_dask(tasks, fn, options, scheduler)
    n = default_workers() if workers is None else workers
    if n <= 0:
        from analyzer.batch.pool import execute_inline

        return execute_inline(tasks, fn, options)
    from analyzer.batch.pool import execute_pool

    return execute_pool(tasks, fn, options, min(n, len(tasks)))


def run_batch(
    inputs: Iterable[str | os.PathLike[str]],
    out: str | os.PathLike[str],
    *,
    workers: int | None = None,
    scheduler: Any = None,
    fmt: Literal["parquet", "csv", "jsonl"] = "parquet",
    options: BatchOptions | None = None,
    progress: Progress | bool | None = None,
    chunk_size: int = 100,
    flush_seconds: float = 5.0,
    meta: str | os.PathLike[str] | None = None,
) -> BatchSummary:
    """Analyze every input into a dataset under ``out`` and return a summary (see the module docstring).

    ``workers``: process-pool size (default: the machine's cores; 0 runs in this process). ``scheduler``:
    a Dask scheduler address (``tcp://HOST:8786``) or ``distributed.Client``, instead of the pool.
    ``progress``: a :class:`~analyzer.batch.progress.Progress`, or True/False/None (auto: a bar on a
    terminal, log lines otherwise). Part files hold up to ``chunk_size`` documents and are written at
    least every ``flush_seconds``. ``meta``: a sidecar file of per-document metadata (see
    :mod:`analyzer.batch.meta`); a document's own date there (or in its front matter) takes the place
    of ``options.as_of`` for that document, and the manifest says which was used. Raises
    :class:`BatchError` (E8xx) only when the run cannot start or its bookkeeping fails; a document's
    failure is recorded in the manifest instead.
    """
    t0 = time.perf_counter()
    if workers is not None and workers < 0:
        raise error("E902", f"workers must be 0 (no pool) or more, not {workers}")
    _start_pool_early(workers, scheduler)
    # the output side (pyarrow, and the pandas its array builder imports on first use) loads while the
    # fork server loads the pipeline, not in the middle of the run, where it took a core from the workers
    from analyzer.batch.store import BatchStore
    from analyzer.batch.store import warm_up as warm_store

    warm_store()
    options = _check_stages(options or BatchOptions())
    out_dir = Path(out)
    paths = expand_inputs(inputs, exclude=[out_dir])
    if not paths:
        raise BatchError("no input files", code="E801")
    meta_index = load_meta(meta) if meta is not None else None
    if meta_index is not None:
        meta_index.bind([str(p) for p in paths])
    store = BatchStore(out_dir, options.tables, _settings_key(options), fmt)
    done = store.open()
    done_paths = {path for path, _ in done}
    reporter: Progress = progress if not isinstance(progress, bool | None) else make_progress(progress)
    summary = BatchSummary(n_inputs=len(paths))
    try:
        outcomes: list[Outcome] = []
        chunks: dict[int, str] = {}
        tasks: list[Task] = []
        need_hash = meta_index is not None and meta_index.needs_hash
        for i, path in enumerate(paths):
            name = stored_path(str(path))
            # only a path done before needs its content hashed now (to see whether it changed); the
            # workers hash everything else as they read it, so the main process leaves the cores to them
            sha = content_hash(str(path), options.max_bytes) if name in done_paths or need_hash else None
            doc_meta = meta_index.lookup(str(path), sha) if meta_index is not None else None
            record = done.get((name, sha)) if sha else None
            if record is None or not _same_meta(record.row, doc_meta):
                tasks.append(Task(i, str(path), sha, doc_meta))
                continue
            row = record.row
            outcomes.append(
                Outcome(
                    index=i,
                    path=name,
                    status="skipped",
                    doc_id=row["doc_id"],
                    sha256=row["sha256"],
                    **{k: row[k] for k in ("n_claims", "n_mentions", "n_verdicts", "n_findings", "n_chars")},
                    # manifests written before these columns existed count nothing there
                    **{k: row.get(k) or 0 for k in REVIEW_COUNTS},
                    finished_at=row["finished_at"],
                    **{k: row.get(k) for k in ("as_of", "title", "source", "language")},
                    as_of_source=row.get("as_of_source") or "",
                    meta_key=row.get("meta_key") or "",
                    notes=row.get("notes") or "",
                    unverifiable_causes=row.get("unverifiable_causes") or "",
                )
            )
            chunks[i] = record.chunk
        summary.n_skipped = len(outcomes)
        if meta_index is not None:
            summary.notes.extend(meta_index.unmatched())
        reporter.start(len(tasks), summary.n_skipped)
        buffer: list[Outcome] = []
        last_flush = time.perf_counter()

        def flush() -> None:
            nonlocal last_flush
            if buffer:
                chunk = store.write_chunk(buffer)
                for o in buffer:
                    if o.status == "ok":
                        chunks[o.index] = chunk
                    o.tables = {}
                outcomes.extend(buffer)
                buffer.clear()
            last_flush = time.perf_counter()

        try:
            for task, result in _execute(tasks, process, options, workers, scheduler):
                outcome = result if isinstance(result, Outcome) else failed(task, result)
                if outcome.worker:
                    rss = summary.worker_peak_rss
                    rss[outcome.worker] = max(rss.get(outcome.worker, 0), outcome.peak_rss)
                buffer.append(outcome)
                reporter.advance(outcome)
                if len(buffer) >= chunk_size or time.perf_counter() - last_flush >= flush_seconds:
                    flush()
        finally:
            flush()  # keep what finished, also on Ctrl-C
            reporter.finish()
        summary.files = store.consolidate(outcomes, chunks)
        summary.files["notes"] = _write_notes(out_dir, summary.notes)
        if options.report_dir:
            summary.files["report"] = _write_report_index(Path(options.report_dir), outcomes, options.lang)
    except OSError as exc:  # disk full, folder removed, ... while writing parts or tables
        reason = exc.strerror or type(exc).__name__
        raise error("E805", f"{out_dir}: cannot write the results ({reason}); the previous tables are kept") from None
    finally:
        store.close()
        from analyzer.batch.pool import join_released_pools

        join_released_pools()  # after the tables: the workers' exit overlaps the consolidation
    for o in outcomes:
        summary.doc_notes.extend((o.path, note) for note in o.notes.split("\n") if note)
        summary.n_ok += o.status == "ok"
        summary.n_failed += o.status == "failed"
        summary.n_chars += o.n_chars if o.status == "ok" else 0
        if o.status != "failed":
            for key in REVIEW_COUNTS:
                summary.review[key] = summary.review.get(key, 0) + getattr(o, key)
            for cause, n in (json.loads(o.unverifiable_causes) if o.unverifiable_causes else {}).items():
                summary.causes[cause] = summary.causes.get(cause, 0) + n
            if o.n_contradicted:
                summary.contradicted_docs.append(o.path)
            if o.n_errors:
                summary.error_docs.append(o.path)
    summary.seconds = time.perf_counter() - t0
    return summary


def _write_notes(out_dir: Path, notes: list[str]) -> Path:
    """DIR/notes.txt: the run's notes, one a line (empty when there are none), written whole or not at all."""
    from analyzer.atomic import write_text_atomic

    path = out_dir / "notes.txt"
    write_text_atomic(path, "".join(f"{line}\n" for line in notes))
    return path


def _same_meta(row: dict[str, Any], doc_meta: DocMeta | None) -> bool:
    """Whether a done record was analyzed with the sidecar metadata asked for now (a changed row redoes it;
    front matter is part of the content, so the content hash already covers it)."""
    return (row.get("meta_key") or "") == (doc_meta.key() if doc_meta else "")


def _write_report_index(report_dir: Path, outcomes: list[Outcome], lang: str | None = None) -> Path:
    """index.html over every input of the run: the page of each document that is done (this run's and
    earlier runs'), and a row with its error for each input that failed."""
    from analyzer.config import load_config
    from analyzer.i18n import message, resolve_lang
    from analyzer.report.html import IndexRow, write_index

    rows = []
    for o in sorted(outcomes, key=lambda o: o.index):
        row_file = report_dir / ROWS_DIR / f"{row_key(o.path, o.sha256)}.json"
        if o.status != "failed" and row_file.is_file():
            rows.append(IndexRow.from_json(row_file.read_text(encoding="utf-8")))
        else:
            why = o.error_message or message("index.no_page", resolve_lang(lang, load_config().lang))
            rows.append(IndexRow.failure(o.path, o.doc_id, o.error_code or "", why))
    report_dir.mkdir(parents=True, exist_ok=True)
    return write_index(rows, report_dir, lang=lang)


def _result_or_failure(task: Task, options: BatchOptions) -> DocumentResult | Outcome:
    try:
        return analyze_task(task, options)
    except Exception as exc:  # sent back as data: AnalyzerError codes do not survive pickling
        return failed(task, exc)


def _raise(outcome: Outcome) -> None:
    import analyzer.errors as errors

    cls = getattr(errors, outcome.error_class or "", None)
    message = outcome.error_message or ""
    if isinstance(cls, type) and issubclass(cls, AnalyzerError):
        code = outcome.error_code or cls.code
        raise cls(message.removeprefix(f"{code} "), code=code)
    raise BatchError(f"{outcome.path}: {outcome.error_class}: {message}", code="E807")


def analyze_many(
    paths: Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    scheduler: Any = None,
    convert: str = "t2s",
    as_of: dt.date | None = None,
    encoding: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    verify: bool = False,
    store_path: str | os.PathLike[str] | None = None,
    comply: bool = False,
    rulebooks: Sequence[str | os.PathLike[str]] = (),
    errors: Literal["raise", "skip"] = "raise",
) -> Iterator[DocumentResult]:
    """Analyze files (folders and globs expand as in :func:`run_batch`) and yield results in input order.

    Runs in a process pool of ``workers`` (default: the cores; 0 = in this process) or on the Dask
    cluster at ``scheduler``. A failed document raises its error (``errors="raise"``, the default;
    an :class:`AnalyzerError` keeps its class and code) or is left out (``errors="skip"``).
    """
    _start_pool_early(workers, scheduler)
    options = _check_stages(
        BatchOptions(
            convert=convert,
            as_of=as_of,
            encoding=encoding,
            max_bytes=max_bytes,
            verify=verify,
            store_path=os.fspath(store_path) if store_path else None,
            comply=comply,
            rulebooks=tuple(os.fspath(p) for p in rulebooks),
        )
    )
    tasks = [Task(i, str(p), None) for i, p in enumerate(expand_inputs(paths))]
    waiting: dict[int, Any] = {}
    next_index = 0
    for task, result in _execute(tasks, _result_or_failure, options, workers, scheduler):
        waiting[task.index] = result if not isinstance(result, BaseException) else failed(task, result)
        while next_index in waiting:
            item = waiting.pop(next_index)
            next_index += 1
            if isinstance(item, DocumentResult):
                yield item
            elif errors == "raise":
                _raise(item)
