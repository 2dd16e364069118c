"""``analyzer batch`` starts its pool's fork server before the command line's own imports.

The fork server loads the pipeline once for every worker (≈1.1–1.4 s of one core) before the first
document can start; the command line's imports (typer, the commands, the output side: ≈0.7 s) came
first and ran alone. Started from the top of :mod:`analyzer.cli`, the fork server loads on one core
while this process imports on the other. Nothing else changes: ``run_batch`` starts the fork server
itself when it is not running (``start_workers_early`` is a no-op the second time), and a wrong guess
here costs only the fork server's load.
"""

from __future__ import annotations

import contextlib
from collections.abc import Sequence
from pathlib import PurePath

__all__ = ["start_batch_pool", "wants_pool"]

#: options of ``analyzer batch`` that mean no process pool is used (help, a Dask cluster)
_NO_POOL = frozenset({"--help", "--scheduler"})
_WORKERS = ("--workers", "-w")


def _is_command_line(program: str) -> bool:
    """Whether ``sys.argv[0]`` is this package's command line (the console script or ``python -m analyzer``),
    not a program that imports :mod:`analyzer.cli` (a test runner, a notebook)."""
    path = PurePath(program)
    return path.name == "analyzer" or (path.name == "__main__.py" and path.parent.name == "analyzer")


def _workers_value(args: Sequence[str], i: int) -> str | None:
    """The value of a workers option at ``args[i]`` (``-w 2``, ``-w2``, ``--workers=2``), else None."""
    arg = args[i]
    for name in _WORKERS:
        if arg == name:
            return args[i + 1] if i + 1 < len(args) else None
        if arg.startswith(name + "=") or (name == "-w" and arg.startswith("-w") and arg[2:].isdigit()):
            return arg[len(name) :].removeprefix("=")
    return None


def wants_pool(argv: Sequence[str]) -> bool:
    """Whether ``argv`` runs ``analyzer batch`` on the local process pool: the command is ``batch`` and
    no option asks for help, a Dask scheduler or ``--workers 0`` (options end at ``--``)."""
    if len(argv) < 2 or argv[1] != "batch" or not _is_command_line(argv[0]):
        return False
    args = list(argv[2:])
    for i, arg in enumerate(args):
        if arg == "--":
            break
        if arg in _NO_POOL or arg.startswith("--scheduler="):
            return False
        value = _workers_value(args, i)
        if value is not None and value.strip().isdigit() and int(value) == 0:
            return False
    return True


def start_batch_pool(argv: Sequence[str]) -> None:
    """Start the batch pool's fork server now when ``argv`` is a pool run of ``analyzer batch``; never raises
    (``run_batch`` starts it again if this failed)."""
    if wants_pool(argv):
        with contextlib.suppress(Exception):
            from analyzer.forkserver import start_workers_early

            start_workers_early()
