"""How batch pool workers start: forked from a fork server that loaded the pipeline once
(:mod:`analyzer.batch.preload`), or spawned. A module of its own, importing nothing of the analyzer, so
``analyzer batch`` can start the fork server before the command line's imports (``cli/early.py``)."""

from __future__ import annotations

import contextlib
import multiprocessing as mp
import os
from multiprocessing.context import BaseContext

__all__ = ["PRELOAD", "start_workers_early", "worker_context"]

#: the module the fork server imports before forking any worker
PRELOAD = "analyzer.batch.preload"
#: the environment the fork server was started with (None: not started by this module)
_server_env: dict[str, str] | None = None


def worker_context() -> BaseContext:
    """How pool workers start: forked from the preloaded fork server where the platform has one and this
    process's environment is still the one the server was started with, else ``spawn``."""
    global _server_env
    if "forkserver" not in mp.get_all_start_methods():
        return mp.get_context("spawn")
    env = dict(os.environ)
    if _server_env is None:
        ctx = mp.get_context("forkserver")
        ctx.set_forkserver_preload([PRELOAD])
        _server_env = env
        return ctx
    return mp.get_context("forkserver" if env == _server_env else "spawn")


def start_workers_early() -> None:
    """Start the fork server now (it loads the pipeline while this process prepares the run); returns at once."""
    if worker_context().get_start_method() == "forkserver":
        from multiprocessing import forkserver

        with contextlib.suppress(OSError):
            forkserver.ensure_running()
