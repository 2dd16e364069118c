"""Progress of a batch run: a rich progress bar on a terminal, plain log lines otherwise."""

from __future__ import annotations

import sys
import time
from typing import Any, Protocol, TextIO

from analyzer.batch.worker import Outcome

__all__ = ["LogProgress", "NullProgress", "Progress", "RichProgress", "make_progress"]


class Progress(Protocol):
    """What the runners report to: start, one call per finished document, finish."""

    def start(self, total: int, skipped: int) -> None: ...

    def advance(self, outcome: Outcome) -> None: ...

    def finish(self) -> None: ...


class _Counts:
    def __init__(self) -> None:
        self.total = self.done = self.failed = self.skipped = self.chars = 0
        self.t0 = time.perf_counter()

    def add(self, outcome: Outcome) -> None:
        self.done += 1
        self.chars += outcome.n_chars
        self.failed += outcome.status == "failed"

    @property
    def rate(self) -> float:
        return self.chars / max(time.perf_counter() - self.t0, 1e-9)


class NullProgress(_Counts):
    """Reports nothing."""

    def start(self, total: int, skipped: int) -> None:
        self.total, self.skipped = total, skipped
        self.t0 = time.perf_counter()

    def advance(self, outcome: Outcome) -> None:
        self.add(outcome)

    def finish(self) -> None:
        pass


class LogProgress(NullProgress):
    """One plain line every ``every`` documents (and at most every ``seconds``), then a summary line."""

    def __init__(self, stream: TextIO | None = None, every: int = 0, seconds: float = 10.0) -> None:
        super().__init__()
        self.stream = stream or sys.stderr
        self.every, self.seconds = every, seconds
        self._last = time.perf_counter()

    def _line(self, text: str) -> None:
        print(f"batch: {text}", file=self.stream, flush=True)

    def start(self, total: int, skipped: int) -> None:
        super().start(total, skipped)
        self.every = self.every or max(1, total // 20)
        self._line(f"{total} documents to analyze, {skipped} skipped as unchanged")

    def advance(self, outcome: Outcome) -> None:
        super().advance(outcome)
        now = time.perf_counter()
        if self.done % self.every == 0 or now - self._last >= self.seconds or self.done == self.total:
            self._last = now
            elapsed = now - self.t0
            eta = elapsed / self.done * (self.total - self.done) if self.done else 0.0
            self._line(
                f"{self.done}/{self.total} documents, {self.rate:,.0f} chars/s, {self.failed} failed, ETA {eta:.0f}s"
            )

    def finish(self) -> None:
        self._line(
            f"finished {self.done} documents in {time.perf_counter() - self.t0:.1f}s "
            f"({self.failed} failed, {self.skipped} skipped)"
        )


class RichProgress(NullProgress):
    """A rich progress bar: documents, characters/s, failures so far, ETA."""

    def __init__(self) -> None:
        super().__init__()
        from rich.console import Console
        from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

        self._bar = Progress(
            TextColumn("[bold]batch"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn("docs"),
            TextColumn("{task.fields[rate]} chars/s"),
            TextColumn("[red]{task.fields[failed]} failed"),
            TimeRemainingColumn(),
            console=Console(stderr=True),
            transient=False,
        )
        self._task: Any = None

    def start(self, total: int, skipped: int) -> None:
        super().start(total, skipped)
        self._bar.start()
        self._task = self._bar.add_task("batch", total=total, rate="0", failed=0)

    def advance(self, outcome: Outcome) -> None:
        super().advance(outcome)
        self._bar.update(self._task, advance=1, rate=f"{self.rate:,.0f}", failed=self.failed)

    def finish(self) -> None:
        self._bar.stop()


def make_progress(show: bool | None = None) -> Progress:
    """A rich bar when stderr is a terminal (or ``show`` is True), log lines otherwise; ``show=False``: silent."""
    if show is False:
        return NullProgress()
    if show or sys.stderr.isatty():
        return RichProgress()
    return LogProgress()
