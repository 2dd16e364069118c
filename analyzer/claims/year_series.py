"""A list of multiples that parallels a per-year series before it in the sentence.

「预计2019年每股收益为0.12元,2020年0.19元、2021年0.37元,对应…市盈率为65.92倍,41.63倍和21.38倍」: the k-th
multiple is the valuation on the k-th year's figure, so it takes that year; on a forecast figure it
is a forward multiple. The pairing is by position, not read in the multiple's own clause: never
certain.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any


def year_run(drafts: Sequence[Any], before: int) -> list[Any]:
    """The last run of figures of one metric before ``before`` (drafts of the sentence, in order), each
    dated by a whole calendar year, the years increasing one by one (2019, 2020, 2021)."""
    run: list[Any] = []
    for d in reversed(drafts):
        if d.hit.start >= before:
            continue
        p = d.period
        whole_year = (
            p is not None
            and p.start is not None
            and p.end is not None
            and (p.start.month, p.start.day, p.end.month, p.end.day) == (1, 1, 12, 31)
            and p.start.year == p.end.year
        )
        if not whole_year:
            if run:
                break
            continue
        if run and (d.metric != run[0].metric or p.start.year != run[0].period.start.year - 1):
            break
        run.insert(0, d)
    return run if len(run) >= 2 else []


def paired_year(drafts: Sequence[Any], list_starts: Sequence[int], start: int) -> Any | None:
    """The figure of the year series that the multiple at ``start`` pairs with: ``list_starts`` are the
    starts of the multiples of its list (in the sentence, in order); only when the list and the series
    have as many items."""
    if start not in list_starts:
        return None
    run = year_run(drafts, list_starts[0])
    if len(run) != len(list_starts):
        return None
    return run[list_starts.index(start)]
