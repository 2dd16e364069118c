"""Run the per-document function in a local process pool that survives dying workers.

Workers are started with ``spawn`` (no inherited threads or locks), ignore Ctrl-C (the parent decides
when to stop) and load the pipeline once, in the pool initializer. When a worker process dies
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

__all__ = ["WorkerDied", "execute_inline", "execute_pool"]


class WorkerDied(RuntimeError):
    """The worker process analyzing this document died (segfault, out of memory, killed)."""


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


def execute_pool(
    tasks: Iterable[Task],
    fn: Callable[[Task, BatchOptions], Any],
    options: BatchOptions,
    workers: int,
    window: int | None = None,
) -> Iterator[tuple[Task, Any]]:
    """Yield ``(task, fn(task, options))`` in completion order; an exception (or :class:`WorkerDied`) takes
    the place of the result. At most ``window`` tasks (default ``4 * workers``) are in flight at once."""
    ctx = mp.get_context("spawn")
    window = window or 4 * workers
    pending: deque[Task] = deque(tasks)
    suspects: deque[Task] = deque()
    inflight: dict[Future[Any], Task] = {}
    alone: Task | None = None  # the suspect now running by itself

    def new_pool() -> ProcessPoolExecutor:
        return ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_init_worker, initargs=(options,))

    pool = new_pool()
    try:
        while pending or suspects or inflight:
            broken = False
            try:
                if suspects:
                    if not inflight:
                        alone = suspects.popleft()
                        inflight[pool.submit(fn, alone, options)] = alone
                else:
                    while pending and len(inflight) < window:
                        task = pending.popleft()
                        try:
                            inflight[pool.submit(fn, task, options)] = task
                        except BrokenProcessPool:
                            pending.appendleft(task)
                            raise
            except BrokenProcessPool:
                broken = True
            if not broken:
                done, _ = wait(inflight, return_when=FIRST_COMPLETED)
                for fut in done:
                    task = inflight.pop(fut)
                    exc = fut.exception()
                    if isinstance(exc, BrokenProcessPool):
                        broken = True
                        if task is alone:
                            yield (
                                task,
                                WorkerDied(
                                    f"{task.path}: the worker process died while analyzing it (a crash, no memory "
                                    "left, or stuck past --time-limit in a call that cannot be interrupted)"
                                ),
                            )
                        else:
                            suspects.append(task)
                    else:
                        yield task, exc if exc is not None else fut.result()
                    if task is alone:
                        alone = None
            if broken:
                for fut, task in list(inflight.items()):
                    exc = fut.exception() if fut.done() else BrokenProcessPool()
                    if fut.done() and not isinstance(exc, BrokenProcessPool):
                        yield task, exc if exc is not None else fut.result()
                    else:
                        suspects.append(task)
                inflight.clear()
                alone = None
                pool.shutdown(wait=True, cancel_futures=True)
                pool = new_pool()
    finally:
        # never wait here: on Ctrl-C not for running documents, and after the last result the workers only
        # have to exit (tearing down their interpreter, ~0.2 s), which they do while the main process
        # consolidates; the executor still joins them before this process ends
        pool.shutdown(wait=False, cancel_futures=True)
