"""Run the per-document function in a child process with a watchdog (used on Dask workers).

Dask runs tasks in threads, where the per-document timer (SIGALRM) cannot be set, and threads of one
worker would share one market-store connection. Here every worker thread owns one child process
(``python -m analyzer.batch.isolate``, started with :mod:`subprocess`, so it works inside Dask's
daemonic worker processes too). The child loads the pipeline once and analyzes one document at a
time under its own timer; the parent waits for the answer at most the time limit plus a grace
period and kills the child if it does not come (a C call that never returns, a stuck regex), then
starts a fresh one for the next document. A child that dies takes only its document with it.

Protocol on the child's stdin/stdout: 8-byte big-endian length, then a pickle; ``(fn, task, options)``
in; out, ``"ready"`` once loaded (the time limit starts then) and the result (or the exception).
"""

from __future__ import annotations

import atexit
import contextlib
import os
import pickle
import select
import struct
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from typing import IO, Any

from analyzer.batch.worker import BatchOptions, Task, failed
from analyzer.errors import DocumentTimeout, error

__all__ = ["ChildRunner", "run_isolated"]

#: seconds the parent waits past the time limit, so the child's own timer can fail the document cleanly
GRACE = 5.0
#: seconds a child may take to load the pipeline (and store, rulebooks) before it starts a document
STARTUP = 300.0
_HEADER = struct.Struct(">Q")
_READY = "ready"


def _write(stream: IO[bytes], obj: Any) -> None:
    data = pickle.dumps(obj, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_HEADER.pack(len(data)) + data)
    stream.flush()


def _read_exact(fd: int, n: int, deadline: float | None) -> bytes | None:
    """``n`` bytes from ``fd``, or None at end of file; TimeoutError once ``deadline`` passes."""
    chunks: list[bytes] = []
    while n:
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0 or not select.select([fd], [], [], left)[0]:
                raise TimeoutError
        block = os.read(fd, min(n, 1 << 20))
        if not block:
            return None
        chunks.append(block)
        n -= len(block)
    return b"".join(chunks)


class ChildRunner:
    """One child process, started on first use and restarted after a timeout or a death."""

    def __init__(self) -> None:
        self.proc: subprocess.Popen[bytes] | None = None

    def _start(self) -> subprocess.Popen[bytes]:
        env = dict(os.environ, PYTHONPATH=os.pathsep.join(p for p in sys.path if p))
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "analyzer.batch.isolate"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            env=env,
        )
        return self.proc

    def stop(self) -> None:
        """Kill the child (if any) and reap it."""
        if self.proc is not None:
            self.proc.kill()
            self.proc.wait()
            for stream in (self.proc.stdin, self.proc.stdout):
                if stream is not None:
                    stream.close()
            self.proc = None

    def _receive(self, deadline: float | None) -> Any:
        """The next message from the child; None if it died; TimeoutError after ``deadline``."""
        assert self.proc is not None and self.proc.stdout is not None
        fd = self.proc.stdout.fileno()
        header = _read_exact(fd, _HEADER.size, deadline)
        body = None if header is None else _read_exact(fd, _HEADER.unpack(header)[0], deadline)
        return None if body is None else pickle.loads(body)

    def run(self, fn: Callable[[Task, BatchOptions], Any], task: Task, options: BatchOptions) -> Any:
        """``fn(task, options)`` in the child: its result, or the exception it raised, or a failed
        outcome (E810 after the watchdog, E808 when the child died).

        The child says when it has loaded what ``options`` need and starts the document; the time
        limit counts from then (loading the pipeline is not the document's time)."""
        proc = self.proc if self.proc is not None and self.proc.poll() is None else self._start()
        assert proc.stdin is not None
        limit = options.time_limit
        try:
            _write(proc.stdin, (fn, task, options))
            ready = self._receive(time.monotonic() + STARTUP)
            if ready == _READY:
                deadline = None if not limit else time.monotonic() + limit + GRACE
                result = self._receive(deadline)
            else:
                result = None
        except TimeoutError:
            self.stop()
            exc = DocumentTimeout(f"{task.path}: took longer than the {limit:g}s limit per document (process killed)")
            return failed(task, exc, float(limit or 0))
        except OSError:  # broken pipe: the child is gone
            result = None
        if result is None:
            self.stop()
            return failed(task, error("E808", f"{task.path}: the worker process died while analyzing it"))
        return result


_LOCAL = threading.local()
_ALL: list[ChildRunner] = []
_ALL_LOCK = threading.Lock()


def stop_all() -> None:
    """Kill every child process this process started (at exit, and for tests)."""
    with _ALL_LOCK:
        runners = list(_ALL)
    for runner in runners:
        runner.stop()


atexit.register(stop_all)


def run_isolated(fn: Callable[[Task, BatchOptions], Any], task: Task, options: BatchOptions) -> Any:
    """Run ``fn`` on ``task`` in this thread's child process (see the module docstring)."""
    runner = getattr(_LOCAL, "runner", None)
    if runner is None:
        runner = _LOCAL.runner = ChildRunner()
        with _ALL_LOCK:
            _ALL.append(runner)
    return runner.run(fn, task, options)


def _child() -> None:
    """The child's loop: read a request, answer it, until stdin closes (the parent is gone)."""
    from analyzer.batch.worker import prepare

    inbox = sys.stdin.buffer
    outbox = os.fdopen(os.dup(sys.stdout.fileno()), "wb")
    os.dup2(sys.stderr.fileno(), sys.stdout.fileno())  # stray prints must not corrupt the protocol
    while True:
        header = inbox.read(_HEADER.size)
        if len(header) < _HEADER.size:
            return
        fn, task, options = pickle.loads(inbox.read(_HEADER.unpack(header)[0]))
        # outside the document's time limit (loading is not the document's fault); a failure here is
        # reported per document when fn calls prepare() again
        with contextlib.suppress(Exception):
            prepare(options)
        _write(outbox, _READY)
        try:
            result: Any = fn(task, options)
        except Exception as exc:
            result = exc
        try:
            _write(outbox, result)
        except (pickle.PicklingError, TypeError, AttributeError) as exc:
            _write(outbox, failed(task, exc))


if __name__ == "__main__":
    _child()
