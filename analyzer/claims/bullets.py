"""Bullet headings inside a research note's running text: 「■疫情影响减退,女装业务有望恢复:2020年度,…」.

A note's PDF text runs its section headings into the body: a bullet (■, ●, ◆ …), a short heading, a
colon, then the body. The heading's words (有望恢复) speak of the section, not of the figures after its
colon: a forecast word there makes none of them a forecast.
"""

from __future__ import annotations

import re

#: a bullet, a heading with no sentence end or colon, and the colon that closes it
_HEADING = re.compile(r"[■●◆▲★□◇]\s*[^。：:■●◆▲★□◇\n]{1,40}[：:]")


def heading_end(text: str, lo: int, pos: int) -> int:
    """Where the last bullet heading in ``[lo, pos)`` ends (after its colon), or ``lo`` when none does."""
    end = lo
    for match in _HEADING.finditer(text, lo, pos):
        end = match.end()
    return end
