"""Counts of verdicts by status, for the ``check`` summary line, ``--fail-on`` and batch manifests."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from analyzer.types import Verdict, VerdictStatus


@dataclass(frozen=True)
class VerdictCounts:
    """How many verdicts have each status."""

    supported: int = 0
    contradicted: int = 0
    unverifiable: int = 0

    @property
    def total(self) -> int:
        return self.supported + self.contradicted + self.unverifiable

    def __add__(self, other: VerdictCounts) -> VerdictCounts:
        return VerdictCounts(
            self.supported + other.supported,
            self.contradicted + other.contradicted,
            self.unverifiable + other.unverifiable,
        )

    def fails(self, fail_on: str) -> bool:
        """Whether these counts fail a run with ``--fail-on contradicted|unverifiable|never``.

        ``unverifiable`` fails on any contradicted or unverifiable verdict (it is the stricter setting)."""
        if fail_on == "never":
            return False
        if fail_on == "contradicted":
            return self.contradicted > 0
        if fail_on == "unverifiable":
            return self.contradicted > 0 or self.unverifiable > 0
        raise ValueError(f"fail_on must be contradicted, unverifiable or never, not {fail_on!r}")

    def line(self) -> str:
        """'9 supported, 0 contradicted, 10 unverifiable (19 verdicts)'."""
        return (
            f"{self.supported} supported, {self.contradicted} contradicted, {self.unverifiable} unverifiable "
            f"({self.total} verdicts)"
        )


def summarize(verdicts: Iterable[Verdict]) -> VerdictCounts:
    """Count verdicts by status."""
    counts = {s: 0 for s in VerdictStatus}
    for v in verdicts:
        counts[v.status] += 1
    return VerdictCounts(
        counts[VerdictStatus.SUPPORTED], counts[VerdictStatus.CONTRADICTED], counts[VerdictStatus.UNVERIFIABLE]
    )
