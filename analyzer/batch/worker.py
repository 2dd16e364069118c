"""The per-document function of a batch run: a path in, an :class:`Outcome` (status, counts, rows) out.

The same function runs in the process pool and on Dask workers. It never raises: every exception inside
the pipeline becomes a ``failed`` outcome with the exception's class and a one-line message. What a
worker loads (the spaCy/jieba pipeline, the market store, the rulebooks) is cached per process, so it
is loaded once per worker, not once per document.

A worker imports neither pandas nor pyarrow: rows travel to the main process as plain column lists,
which pickle in a seventh of the time of Arrow tables, and the main process builds one Arrow table
per part file instead of one per document (issue 14: a worker starts in less time, and the main
process, which shares the cores with the workers, has less to do per document).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
import math
import os
import socket
import stat
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from functools import cache
from itertools import repeat
from pathlib import Path
from typing import Any

from analyzer.atomic import write_text_atomic
from analyzer.batch.meta import DocMeta, convert_for_language, disagreements
from analyzer.deadline import time_limit
from analyzer.errors import AnalyzerError
from analyzer.ingest import DEFAULT_MAX_BYTES, IngestedText, ingest
from analyzer.ingest.decode import display_name
from analyzer.report import frame
from analyzer.types import DocumentResult

__all__ = [
    "BASE_TABLES",
    "MANIFEST_COLUMNS",
    "BatchOptions",
    "Outcome",
    "Task",
    "analyze_task",
    "content_hash",
    "prepare",
    "process",
    "result_columns",
]

#: tables every run writes; ``verdicts`` and ``findings`` are added by --verify / --comply
BASE_TABLES = ("claims", "mentions")

#: Decimal columns are stored as exact strings; every column's type is documented in analyzer.report.frame
DECIMAL_COLUMNS = frame.DECIMAL_COLUMNS

#: the manifest's columns and their Arrow types (by name: the workers never import pyarrow)
MANIFEST_COLUMNS: tuple[tuple[str, str], ...] = (
    ("doc_id", "string"),
    ("path", "string"),
    ("status", "string"),
    ("error_class", "string"),
    ("error_code", "string"),
    ("error_message", "string"),
    ("n_claims", "int64"),
    ("n_mentions", "int64"),
    ("n_verdicts", "int64"),
    ("n_findings", "int64"),
    ("n_supported", "int64"),
    ("n_contradicted", "int64"),
    ("n_unverifiable", "int64"),
    ("n_errors", "int64"),
    ("n_warnings", "int64"),
    ("n_chars", "int64"),
    ("seconds", "float64"),
    ("finished_at", "timestamp"),
    ("sha256", "string"),
    ("as_of", "date32"),
    ("as_of_source", "string"),
    ("title", "string"),
    ("source", "string"),
    ("language", "string"),
    ("notes", "string"),  # newline-separated: metadata matched by file name, front matter vs sidecar
    ("unverifiable_causes", "string"),  # JSON {cause: count} (analyzer/verify/causes.py), '' without verdicts
)

#: one table's rows as columns: column name → values as Arrow stores them (see ``frame.arrow_cell``)
Columns = dict[str, list[Any]]


def result_columns(result: DocumentResult, tables: Sequence[str]) -> dict[str, Columns]:
    """The rows of :func:`analyzer.report.frame.results_to_frames` for one result (same row functions,
    same columns, ``doc_id`` and ``path`` on every row), as column lists ready for Arrow."""
    sources: dict[str, tuple[Sequence[Any], Callable[[Any], dict[str, Any]]]] = {
        "claims": (result.claims, frame.claim_row),
        "mentions": (result.mentions, frame.mention_row),
        "verdicts": (result.verdicts, frame.verdict_row),
        "findings": (result.findings, frame.finding_row),
    }
    out: dict[str, Columns] = {}
    for name in tables:
        records, to_row = sources[name]
        rows = [to_row(r) for r in records]
        columns: Columns = {"doc_id": [result.meta.doc_id] * len(rows), "path": [result.meta.path] * len(rows)}
        for column, cast in _column_casts(name):
            values = list(map(dict.get, rows, repeat(column)))  # row.get(column) of each row, in C
            columns[column] = values if cast is None else cast(values)
        out[name] = columns
    return out


def _decimal_cells(values: list[Any]) -> list[Any]:
    return [None if v is None else str(v) for v in values]


def _int_cells(values: list[Any]) -> list[Any]:
    return [None if v is None else int(v) for v in values]


def _float_cells(values: list[Any]) -> list[Any]:
    return [None if v is None or (isinstance(v, float) and math.isnan(v)) else v for v in values]


_Cast = Callable[[list[Any]], list[Any]] | None


@cache
def _column_casts(table: str) -> tuple[tuple[str, _Cast], ...]:
    """Each column of ``table`` (but doc_id and path) and what turns its row values into Arrow cells, the
    whole column at once: what :func:`analyzer.report.frame.arrow_cell` does per cell (a value stays
    as it is, None for a missing one, but NaN floats become None, Decimals exact strings, integers int)."""
    casts: list[tuple[str, _Cast]] = []
    for column in frame.TABLE_COLUMNS[table]:
        if column in ("doc_id", "path"):
            continue
        if column in frame.DECIMAL_COLUMNS:
            casts.append((column, _decimal_cells))
        elif column in frame.INT_COLUMNS:
            casts.append((column, _int_cells))
        elif column in frame.FLOAT_COLUMNS:
            casts.append((column, _float_cells))
        else:  # strings, dates and booleans: never a float, so never NaN
            casts.append((column, None))
    return tuple(casts)


@dataclass(frozen=True, slots=True)
class BatchOptions:
    """What every document of a run is analyzed with (picklable; sent to every worker)."""

    convert: str = "t2s"
    as_of: dt.date | None = None
    encoding: str | None = None
    max_bytes: int = DEFAULT_MAX_BYTES
    verify: bool = False
    store_path: str | None = None
    comply: bool = False
    rulebooks: tuple[str, ...] = ()
    #: language of the findings (zh-Hans, zh-Hant, en); None: each document's own script
    lang: str | None = None
    #: write each document's HTML review page (and its index row) into this folder
    report_dir: str | None = None
    #: seconds one document may take before it fails with DocumentTimeout (None: no limit)
    time_limit: float | None = 300.0
    #: replaces the pipeline (ingested text → result); for tests and experiments. Must be picklable.
    analyze_fn: Callable[[IngestedText, BatchOptions], DocumentResult] | None = None

    @property
    def tables(self) -> tuple[str, ...]:
        """The record tables this run writes."""
        return BASE_TABLES + (("verdicts",) if self.verify else ()) + (("findings",) if self.comply else ())


@dataclass(frozen=True, slots=True)
class Task:
    """One input: its place in the input list, path as given, content hash (None when not hashed yet),
    and what the metadata sidecar says about it."""

    index: int
    path: str
    sha256: str | None
    meta: DocMeta | None = None

    @property
    def name(self) -> str:
        """The path as stored in every table: characters that cannot be written as UTF-8 (bytes of a
        non-UTF-8 file name) and control characters escaped, as the CLI prints them."""
        return stored_path(self.path)


def stored_path(path: str) -> str:
    """``path`` with undecodable bytes and control characters escaped (``\\udcff``, ``\\x1b``);
    other paths unchanged."""
    return display_name(path)


#: the manifest's per-document review counts (verdicts by status, findings by severity)
REVIEW_COUNTS = ("n_supported", "n_contradicted", "n_unverifiable", "n_errors", "n_warnings")


def review_counts(result: DocumentResult) -> dict[str, int]:
    """Verdicts by status and findings by severity, as manifest columns (what ``check``/``comply`` total)."""
    counts = {"n_supported": 0, "n_contradicted": 0, "n_unverifiable": 0}
    if result.verdicts:  # the verify package is imported only where there are verdicts to count
        from analyzer.verify.summary import summarize

        verdicts = summarize(result.verdicts)
        counts = {
            "n_supported": verdicts.supported,
            "n_contradicted": verdicts.contradicted,
            "n_unverifiable": verdicts.unverifiable,
        }
    severities = Counter(f.severity.value for f in result.findings)
    return counts | {"n_errors": severities["error"], "n_warnings": severities["warning"]}


@dataclass(slots=True)
class Outcome:
    """What happened to one input; ``tables`` holds its rows by table (empty unless ``status == "ok"``)."""

    index: int
    path: str
    status: str  # ok | failed | skipped
    doc_id: str = ""
    sha256: str = ""
    error_class: str | None = None
    error_code: str | None = None
    error_message: str | None = None
    n_claims: int = 0
    n_mentions: int = 0
    n_verdicts: int = 0
    n_findings: int = 0
    n_supported: int = 0
    n_contradicted: int = 0
    n_unverifiable: int = 0
    n_errors: int = 0  # findings of severity error
    n_warnings: int = 0
    n_chars: int = 0
    seconds: float = 0.0
    finished_at: dt.datetime = field(default_factory=lambda: dt.datetime.now(dt.UTC))
    tables: dict[str, Columns] = field(default_factory=dict)
    worker: str = ""  # which process ran it (host:pid), for memory statistics
    peak_rss: int = 0  # that process's peak resident memory so far, bytes
    as_of: dt.date | None = None  # the as-of date the document was analyzed with
    as_of_source: str = ""  # given (--as-of) | meta (sidecar or front matter) | heading | text | none
    title: str | None = None
    source: str | None = None
    language: str | None = None
    notes: str = ""  # newline-separated notes on this document's metadata
    unverifiable_causes: str = ""  # JSON {cause: count} of its unverifiable verdicts
    meta_key: str = ""  # fingerprint of the sidecar row it was analyzed with (parts only; see DocMeta.key)

    def manifest_row(self) -> dict[str, Any]:
        """This outcome as one manifest row (columns of :data:`MANIFEST_COLUMNS`)."""
        return {name: getattr(self, name) for name, _ in MANIFEST_COLUMNS}


def content_hash(path: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str | None:
    """sha256 hex of a regular file's bytes; None if it cannot be read, is not a regular file (a FIFO is
    never opened for reading) or is larger than ``max_bytes`` (not read then)."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
        with os.fdopen(fd, "rb") as fh:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode) or info.st_size > max_bytes:
                return None
            h = hashlib.sha256()
            for block in iter(lambda: fh.read(1 << 20), b""):
                h.update(block)
            return h.hexdigest()
    except (OSError, ValueError):
        return None


_STATE: dict[tuple[Any, ...], dict[str, Any]] = {}
_STATE_LOCK = threading.Lock()


def prepare(options: BatchOptions) -> dict[str, Any]:
    """Load, once per process, what ``options`` needs: the pipeline, and the market store / rulebooks if asked."""
    key = (options.verify, options.store_path, options.comply, options.rulebooks)
    state = _STATE.get(key)
    if state is not None:
        return state
    with _STATE_LOCK:
        state = _STATE.get(key)
        if state is not None:
            return state
        from analyzer.pipeline import warm_up as load_pipeline
        from analyzer.segment import warm_up

        warm_up()  # the pipeline needs no spaCy: only the segmenter, built once per process
        load_pipeline()
        _load_numerals()
        state = {}
        if options.verify:
            from analyzer.verify import open_store

            state["store"] = open_store(Path(options.store_path) if options.store_path else None, read_only=True)
        if options.comply:
            from analyzer.comply import load_rulebooks

            state["rulebooks"] = load_rulebooks([Path(p) for p in options.rulebooks]) if options.rulebooks else None
        _STATE[key] = state
    return state


def _load_numerals() -> None:
    """Load the Chinese-numeral reader (二〇二四年, 三千二百亿), which the warm-up sentence does not reach:
    cn2an's import compiles its patterns (≈0.3 s of processor time). Here, once in the fork server, rather
    than by every worker on its first such text, inside that document's time limit; not in
    ``pipeline.warm_up``, which a one-line ``extract`` also runs."""
    from analyzer.extract.numbers import parse_chinese_numeral

    with suppress(Exception):  # a real failure is reported by the document that needs it
        parse_chinese_numeral("二十")


def _pipeline(doc: IngestedText, options: BatchOptions) -> DocumentResult:
    from analyzer.pipeline import analyze

    return analyze(doc, convert=options.convert, as_of=options.as_of)  # type: ignore[arg-type]


def analyze_task(task: Task, options: BatchOptions) -> DocumentResult:
    """Run the pipeline (and verify/comply when asked) on one input; raises what the pipeline raises."""
    with time_limit(options.time_limit, task.path):
        return _analyze(task, options)[0]


def _analyze(
    task: Task, options: BatchOptions, seen: dict[str, str] | None = None
) -> tuple[DocumentResult, IngestedText]:
    """Ingest (recording the content hash in ``seen`` as soon as it is known), apply the document's
    metadata (sidecar over front matter over the run's options), analyze and review."""
    state = prepare(options)
    try:
        doc = ingest(task.path, encoding=options.encoding, max_bytes=options.max_bytes, name=task.name, special=False)
    except AnalyzerError as exc:
        if seen is not None and getattr(exc, "sha256", None):
            seen["sha256"] = exc.sha256  # type: ignore[attr-defined]
        raise
    if seen is not None:
        seen["sha256"] = doc.sha256
    front = DocMeta.of(doc.front_matter)
    meta = (task.meta or DocMeta()).merged_over(front)
    if seen is not None:
        notes = [task.meta.matched_by] if task.meta and task.meta.matched_by else []
        seen["notes"] = "\n".join([*notes, *disagreements(task.meta, front)])
    doc_options = dataclasses.replace(
        options,
        as_of=dt.date.fromisoformat(meta.as_of) if meta.as_of else options.as_of,
        convert=convert_for_language(meta.language, options.convert),
    )
    result = (options.analyze_fn or _pipeline)(doc, doc_options)
    if meta.as_of:
        source = "meta"
    elif options.as_of is not None:
        source = "given"
    else:
        source = result.meta.as_of_source or ("text" if result.meta.as_of_inferred else "none")
        source = "none" if result.meta.as_of is None else source
    result.meta = result.meta.model_copy(update={"as_of_source": source})
    if seen is not None:
        seen.update(
            {k: v for k, v in (("title", meta.title), ("source", meta.source), ("language", meta.language)) if v}
        )
    from analyzer.pipeline import review

    review(result, store=state.get("store"), comply=options.comply, rulebooks=state.get("rulebooks"),
           lang=options.lang)
    return result, doc


#: per-page index rows live here, so the index can be written at the end without the results
ROWS_DIR = ".rows"


def row_key(path: str, sha256: str) -> str:
    """The name of an input's index row and page suffix: its content hash AND its path, so two identical
    files at different paths keep two rows and two pages."""
    return f"{sha256[:16]}-{hashlib.sha256(path.encode('utf-8', 'surrogateescape')).hexdigest()[:8]}"


def write_report_page(
    result: DocumentResult, report_dir: Path, store: Any = None, *, key: str, title: str | None = None
) -> None:
    """Write the document's HTML page and its index row (both atomically) into ``report_dir``."""
    from analyzer.report.charts import store_lookup
    from analyzer.report.html import INDEX_NAME, write_page

    rows = report_dir / ROWS_DIR
    rows.mkdir(parents=True, exist_ok=True)
    lookup = store_lookup(store) if store is not None else None
    row = write_page(result, report_dir, set(), lookup, index_href=INDEX_NAME, unique=key[-8:], title=title)
    write_text_atomic(rows / f"{key}.json", row.to_json())


def one_line(exc: BaseException, limit: int = 500) -> str:
    """An exception as one line of at most ``limit`` characters."""
    text = exc.one_line() if isinstance(exc, AnalyzerError) else (str(exc) or type(exc).__name__)
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def failed(task: Task, exc: BaseException, seconds: float = 0.0, sha256: str | None = None) -> Outcome:
    """A failed outcome for ``task`` caused by ``exc``. The input is never read again here (it may be a
    FIFO, or the very thing that hung): the content hash is the one already known, or ''. An exception
    that is not an analyzer error gets E807 (E808 when the worker process died)."""
    sha = sha256 or task.sha256 or getattr(exc, "sha256", None) or ""
    if isinstance(exc, AnalyzerError):
        code = exc.code
    else:
        code = "E808" if type(exc).__name__ in ("WorkerDied", "KilledWorker") else "E807"
    return Outcome(
        index=task.index,
        path=task.name,
        status="failed",
        doc_id=sha[:16],
        sha256=sha,
        error_class=type(exc).__name__,
        error_code=code,
        error_message=one_line(exc),
        seconds=seconds,
        title=task.meta.title if task.meta else None,
        source=task.meta.source if task.meta else None,
        language=task.meta.language if task.meta else None,
    )


#: seconds past the time limit after which a pool worker stuck in a call no signal can interrupt ends itself
HARD_GRACE = 5.0


class _Watchdog:
    """One thread per worker process that ends the process when the armed deadline passes (a timer
    thread per document cost a thread start per document)."""

    def __init__(self) -> None:
        self.deadline: float | None = None
        self._thread: threading.Thread | None = None
        self._pid = 0

    def arm(self, seconds: float) -> None:
        self.deadline = time.monotonic() + seconds
        if self._thread is None or self._pid != os.getpid() or not self._thread.is_alive():
            self._pid = os.getpid()
            self._thread = threading.Thread(target=self._watch, name="document-watchdog", daemon=True)
            self._thread.start()

    def disarm(self) -> None:
        self.deadline = None

    def _watch(self) -> None:
        while True:
            deadline = self.deadline
            left = 1.0 if deadline is None else deadline - time.monotonic()
            if left <= 0:
                os._exit(70)
            # a deadline armed while sleeping is at least HARD_GRACE away: a second's nap never misses it
            time.sleep(min(left, 1.0))


_WATCHDOG = _Watchdog()


@contextmanager
def watchdog(seconds: float | None) -> Iterator[None]:
    """In a pool worker process, end the process (``os._exit``) when the block runs ``seconds`` +
    :data:`HARD_GRACE`: the timer of :func:`time_limit` cannot interrupt a C call that never returns, but
    the pool sees the worker die, reruns the other documents it held and records this one as E808.
    Does nothing outside a pool worker (an inline run must never kill the caller's process)."""
    import multiprocessing

    if not seconds or multiprocessing.parent_process() is None:
        yield
        return
    _WATCHDOG.arm(seconds + HARD_GRACE)
    try:
        yield
    finally:
        _WATCHDOG.disarm()


def process(task: Task, options: BatchOptions) -> Outcome:
    """The per-document function: analyze ``task`` and return its outcome with its rows. Never raises."""
    start = time.perf_counter()
    seen: dict[str, str] = {}
    try:
        with watchdog(options.time_limit), time_limit(options.time_limit, task.name):
            result, doc = _analyze(task, options, seen)
            tables = result_columns(result, options.tables)
            if options.report_dir:
                key = row_key(task.name, doc.sha256)
                store = prepare(options).get("store")
                write_report_page(result, Path(options.report_dir), store, key=key, title=seen.get("title"))
    except Exception as exc:  # every failure is recorded, the run goes on
        return failed(task, exc, time.perf_counter() - start, seen.get("sha256"))
    return Outcome(
        index=task.index,
        path=task.name,
        status="ok",
        doc_id=result.meta.doc_id,
        sha256=doc.sha256,
        n_claims=len(result.claims),
        n_mentions=len(result.mentions),
        n_verdicts=len(result.verdicts),
        n_findings=len(result.findings),
        **review_counts(result),
        n_chars=result.meta.n_chars,
        seconds=time.perf_counter() - start,
        tables=tables,
        worker=_worker_id(),
        peak_rss=_peak_rss(),
        as_of=result.meta.as_of,
        as_of_source=result.meta.as_of_source or "",
        title=seen.get("title"),
        source=seen.get("source"),
        language=seen.get("language"),
        meta_key=task.meta.key() if task.meta else "",
        notes=seen.get("notes", ""),
        unverifiable_causes=_causes_json(result),
    )


def _causes_json(result: DocumentResult) -> str:
    """The document's unverifiable verdicts counted by cause, as a JSON object ('' when it has none)."""
    if not result.verdicts:
        return ""
    from analyzer.verify.causes import by_cause

    counts = by_cause(result.verdicts)
    return json.dumps(dict(sorted(counts.items())), ensure_ascii=False) if counts else ""


def _worker_id() -> str:
    """This process as host:pid (computed per call: a worker forked from the fork server has its own pid)."""
    return f"{socket.gethostname()}:{os.getpid()}"


def _peak_rss() -> int:
    """Peak resident memory of this process in bytes (0 where unknown)."""
    try:
        import resource
    except ImportError:  # pragma: no cover - Windows
        return 0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak if sys.platform == "darwin" else peak * 1024
