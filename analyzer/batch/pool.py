"""Run the per-document function in a local process pool that survives dying workers.

Workers are forked from a fork server that loaded the pipeline once (``forkserver``, see
:mod:`analyzer.batch.preload`: a fresh single-threaded process, so no inherited threads or locks; a
worker starts in milliseconds), or started with ``spawn`` where there is no fork server or the
environment changed since it started (it would hand the workers its old one); they ignore Ctrl-C (the
parent decides when to stop) and load what they still need once, in the pool initializer. When a worker process dies
(segfault, OOM kill, ``os._exit``) every document then in flight is a suspect: the pool is recreated
and the suspects are rerun one at a time; a suspect that kills its worker again alone is reported
as :class:`WorkerDied` for that document, and the run goes on.
"""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import multiprocessing.connection
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import FIRST_COMPLETED, Future, ProcessPoolExecutor, wait
from concurrent.futures.process import BrokenProcessPool
from typing import Any

from analyzer.batch.worker import BatchOptions, Task, prepare
from analyzer.forkserver import start_workers_early, worker_context

__all__ = ["WorkerDied", "execute_inline", "execute_pool", "start_workers_early", "worker_context"]


class WorkerDied(RuntimeError):
    """The worker process analyzing this document died (segfault, out of memory, killed)."""


#: the manager threads of pools shut down without waiting, joined by ``join_released_pools`` once the
#: run's tables are written
_RELEASED: list[threading.Thread] = []


def join_released_pools(timeout: float = 5.0) -> None:
    """Join the pools a run let go of without waiting. Python 3.11's executor closes its wake-up pipe from
    its own thread when the workers are gone; if the interpreter exits at that moment, its exit hook writes
    to the closed pipe and prints a traceback after the run's last line (seen after an E805). Joining
    before returning orders the two; bounded, so an interrupted run never waits on a running document."""
    while _RELEASED:
        _RELEASED.pop().join(timeout)


def _exit_with_parent() -> None:
    """Exit this worker as soon as the parent process is gone (after ``kill -9`` it cannot tell us)."""
    parent = mp.parent_process()
    if parent is not None:
        mp.connection.wait([parent.sentinel])
        os._exit(1)


def _init_worker(options: BatchOptions) -> None:
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, name="exit-with-parent", daemon=True).start()
    with contextlib.suppress(Exception):  # reported per document when the task calls prepare() again
        prepare(options)


def execute_inline(
    tasks: Iterable[Task], fn: Callable[[Task, BatchOptions], Any], options: BatchOptions
) -> Iterator[tuple[Task, Any]]:
    """Run ``fn`` on each task in this process (no isolation); exceptions are yielded, not raised."""
    for task in tasks:
        try:
            yield task, fn(task, options)
        except Exception as exc:
            yield task, exc


#: a chunk of documents sent to a worker in one call holds at most this many documents …
CHUNK_DOCS = 16
#: … and stops growing once its files hold this many bytes (one large document goes alone)
CHUNK_BYTES = 64 * 1024


def _run_chunk(fn: Callable[[Task, BatchOptions], Any], chunk: list[Task], options: BatchOptions) -> list[Any]:
    """``fn`` on each task of ``chunk`` in this worker; an exception takes the place of its result."""
    out: list[Any] = []
    for task in chunk:
        try:
            out.append(fn(task, options))
        except Exception as exc:
            out.append(exc)
    return out


def _size(task: Task) -> int:
    try:
        return os.stat(task.path).st_size
    except (OSError, ValueError):
        return 0


def _next_chunk(pending: deque[Task], limit: int) -> list[Task]:
    """The next tasks to send together: up to ``limit`` documents and :data:`CHUNK_BYTES` of files."""
    chunk: list[Task] = []
    size = 0
    while pending and len(chunk) < limit and size < CHUNK_BYTES:
        chunk.append(pending.popleft())
        size += _size(chunk[-1])
    return chunk


def execute_pool(
    tasks: Iterable[Task],
    fn: Callable[[Task, BatchOptions], Any],
    options: BatchOptions,
    workers: int,
    window: int | None = None,
) -> Iterator[tuple[Task, Any]]:
    """Yield ``(task, fn(task, options))`` in completion order; an exception (or :class:`WorkerDied`) takes
    the place of the result. At most ``window`` chunks (default ``2 * workers``: one running and one
    waiting per worker) are in flight at once.

    Small documents travel in chunks (:data:`CHUNK_DOCS`, :data:`CHUNK_BYTES`): one call per document
    cost a round trip through this process's pool threads per document, and a worker waited for it
    between documents whenever this process was slow to answer (the cores are shared with the workers).
    Chunks shrink towards the end of the run so the workers finish together."""
    ctx = worker_context()
    window = window or 2 * workers
    pending: deque[Task] = deque(tasks)
    suspects: deque[Task] = deque()
    inflight: dict[Future[Any], list[Task]] = {}
    alone: Task | None = None  # the suspect now running by itself

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker, initargs=(options,))

    def limit() -> int:
        # a chunk holds at most an eighth of what each worker still has to do
        return max(1, min(CHUNK_DOCS, len(pending) // (8 * workers)))

    pool = new_pool()
    try:
        while pending or suspects or inflight:
            broken = False
            try:
                if suspects:
                    if not inflight:
                        alone = suspects.popleft()
                        inflight[pool.submit(_run_chunk, fn, [alone], options)] = [alone]
                else:
                    while pending and len(inflight) < window:
                        chunk = _next_chunk(pending, limit())
                        try:
                            inflight[pool.submit(_run_chunk, fn, chunk, options)] = chunk
                        except BrokenProcessPool:
                            pending.extendleft(reversed(chunk))
                            raise
            except BrokenProcessPool:
                broken = True
            if not broken:
                done, _ = wait(inflight, return_when=FIRST_COMPLETED)
                for fut in done:
                    chunk = inflight.pop(fut)
                    exc = fut.exception()
                    if isinstance(exc, BrokenProcessPool):
                        broken = True
                        if chunk == [alone]:
                            yield (
                                alone,
                                WorkerDied(
                                    f"{alone.path}: the worker process died while analyzing it (a crash, no memory "
                                    "left, or stuck past --time-limit in a call that cannot be interrupted)"
                                ),
                            )
                        else:
                            suspects.extend(chunk)
                    elif exc is not None:  # the chunk itself failed (its arguments did not pickle …)
                        yield from ((task, exc) for task in chunk)
                    else:
                        yield from zip(chunk, fut.result(), strict=True)
                    if alone is not None and chunk == [alone]:
                        alone = None
            if broken:
                for fut, chunk in list(inflight.items()):
                    exc = fut.exception() if fut.done() else BrokenProcessPool()
                    if fut.done() and not isinstance(exc, BrokenProcessPool):
                        if exc is not None:
                            yield from ((task, exc) for task in chunk)
                        else:
                            yield from zip(chunk, fut.result(), strict=True)
                    else:
                        suspects.extend(chunk)
                inflight.clear()
                alone = None
                pool.shutdown(wait=True, cancel_futures=True)
                pool = new_pool()
    finally:
        # never wait here: on Ctrl-C not for running documents, and after the last result the workers only
        # have to exit (tearing down their interpreter, ~0.2 s), which they do while the main process
        # consolidates; the executor still joins them before this process ends
        manager = pool._executor_manager_thread  # shutdown(wait=False) forgets it; joined after the tables
        pool.shutdown(wait=False, cancel_futures=True)
        if manager is not None:
            _RELEASED.append(manager)
