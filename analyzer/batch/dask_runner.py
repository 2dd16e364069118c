"""Run the per-document function on a dask.distributed cluster (``analyzer batch ... --scheduler ADDRESS``).

Start a cluster (every worker needs ``analyzer`` installed and must see the input paths, e.g. on a
shared filesystem; the client writes the output)::

    dask scheduler --port 8786                                    # on HOST
    dask worker tcp://HOST:8786 --nworkers 4 --nthreads 1         # on each worker machine
    analyzer batch corpus/ --out results/ --scheduler tcp://HOST:8786

Dask runs tasks in threads, where the per-document timer cannot be set and the market store would be
shared; so every task hands its document to a child process owned by its worker thread
(:mod:`analyzer.batch.isolate`), which applies ``--time-limit`` (killing the child when a call never
returns) and holds its own store connection. Any ``--nthreads`` is therefore safe; each thread costs one
child process with its own pipeline (≈270 MB), so ``--nthreads 1`` with more ``--nworkers`` is the same.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable, Iterable, Iterator
from typing import Any

from analyzer.batch.isolate import run_isolated, stop_all
from analyzer.batch.worker import BatchOptions, Task
from analyzer.errors import BatchError

__all__ = ["check_address", "execute_dask"]

# scheme://host[:port] (tcp, tls, ws, wss, inproc, ucx) or host:port; no spaces, no path
_ADDRESS = re.compile(r"^(?:(?:tcp|tls|ws|wss|ucx)://)?(?:[\w.\-]+|\[[0-9a-fA-F:.]+\])(?::\d{1,5})?/?$|^inproc://\S+$")


def check_address(address: str) -> str:
    """``address`` if it has the form of a scheduler address (tcp://HOST:8786, HOST:8786), else E806."""
    if not _ADDRESS.match(address):
        raise BatchError(f"--scheduler {address[:80]!r} is not a scheduler address (e.g. tcp://HOST:8786)", code="E806")
    return address


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
        client = Client(check_address(str(scheduler)), timeout="20s") if own else scheduler
    except (OSError, ValueError, TypeError) as exc:
        reason = " ".join(str(exc).split())[:200]
        raise BatchError(f"cannot connect to the Dask scheduler {scheduler}: {reason}", code="E806") from None
    try:
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
            fut = client.submit(
                run_isolated, fn, task, options, pure=False, key=f"analyzer-doc-{task.index}-{id(futures):x}"
            )
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
        # the workers' child processes each hold a pipeline (~270 MB): end them with the run
        with contextlib.suppress(Exception):
            client.run(stop_all)
        if own:
            client.close()
