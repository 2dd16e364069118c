"""Run the per-document function on a dask.distributed cluster (``analyzer batch ... --scheduler ADDRESS``).

Start a cluster (every worker needs ``analyzer`` installed and must see the input paths, e.g. on a
shared filesystem; the client writes the output)::

    dask scheduler --port 8786                                    # on HOST
    dask worker tcp://HOST:8786 --nworkers 4 --nthreads 1         # on each worker machine
    analyzer batch corpus/ --out results/ --scheduler tcp://HOST:8786

A worker plugin loads the pipeline once per worker process (and the market store / rulebooks when
asked); the per-document function is :func:`analyzer.batch.worker.process`, the same as in the pool.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from analyzer.batch.worker import BatchOptions, Task, prepare
from analyzer.errors import BatchError

__all__ = ["execute_dask"]

_PLUGIN_NAME = "analyzer-batch-pipeline"


def _plugin(options: BatchOptions) -> Any:
    from distributed.diagnostics.plugin import WorkerPlugin

    class PipelinePlugin(WorkerPlugin):
        """Load the analyzer pipeline once when a worker starts (or joins)."""

        name = _PLUGIN_NAME

        def __init__(self, opts: BatchOptions) -> None:
            self.options = opts

        def setup(self, worker: Any) -> None:
            with contextlib.suppress(Exception):  # reported per document by the task itself
                prepare(self.options)

    return PipelinePlugin(options)


def execute_dask(
    tasks: Iterable[Task],
    fn: Callable[[Task, BatchOptions], Any],
    options: BatchOptions,
    scheduler: Any,
    window: int | None = None,
) -> Iterator[tuple[Task, Any]]:
    """Yield ``(task, fn(task, options))`` in completion order from a Dask cluster; a task error (e.g.
    ``KilledWorker``) takes the place of the result. ``scheduler`` is an address or a ``Client``."""
    try:
        from distributed import Client, as_completed
    except ImportError as exc:  # pragma: no cover - dask[distributed] is a dependency
        raise BatchError(f"--scheduler needs dask.distributed ({exc})", code="E806") from None

    own = not isinstance(scheduler, Client)
    try:
        client = Client(scheduler, timeout="20s") if own else scheduler
    except OSError as exc:
        raise BatchError(f"cannot connect to the Dask scheduler {scheduler}: {exc}", code="E806") from None
    try:
        client.register_plugin(_plugin(options), name=_PLUGIN_NAME)
        if window is None:
            n_threads = sum(client.nthreads().values()) or 1
            window = 4 * n_threads
        todo = iter(tasks)
        futures: dict[str, Task] = {}
        ac = as_completed()

        def submit_one() -> bool:
            task = next(todo, None)
            if task is None:
                return False
            fut = client.submit(fn, task, options, pure=False, key=f"analyzer-doc-{task.index}-{id(futures):x}")
            futures[fut.key] = task
            ac.add(fut)
            return True

        for _ in range(window):
            if not submit_one():
                break
        for fut in ac:
            task = futures.pop(fut.key)
            if fut.status == "finished":
                yield task, fut.result()
            else:
                try:
                    exc = fut.exception()
                except Exception as err:  # cancelled futures raise here
                    exc = err
                yield task, exc
            fut.release()
            submit_one()
    finally:
        if own:
            client.close()
