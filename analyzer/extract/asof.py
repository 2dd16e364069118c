"""The document's as-of date: its publication date when the text shows one.

In order: a dated heading or byline among the first lines (a line that is only a date, 「发布时间：
2025年3月2日」, 「2025-03-02 08:30 来源：…」, 「（2025年3月2日）」); else an explicit 截至 date; else the
latest full date of the text. A date in a future-looking context (将于, 认购期, 预计 …) is never taken:
a subscription period ending later in the year must not re-date every relative period.
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from analyzer.extract.timeexpr import _alt, _engine, full_dates, vocab

__all__ = ["as_of_with_source"]

_HEADING_MAX = 80  # characters: a heading or byline line is short


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    a = vocab().as_of
    until = _alt(vocab().until.prefixes)
    prefix = re.compile(rf"\s*[(\[（【]?\s*(?:(?:{_alt(a.heading_labels)})\s*[:：]?\s*)?")
    suffix = re.compile(
        r"\s*(?:\d{1,2}[:：]\d{2}(?:[:：]\d{2})?)?\s*"
        rf"(?:(?:{_alt(a.weekday_words)})[一二三四五六日天])?\s*[)\]）】]?\s*"
        rf"(?:(?:{_alt(a.heading_trailers)})\s*[:：]?.{{0,40}})?\s*"
    )
    return prefix, suffix, re.compile(rf"(?:{until})[ \t]{{0,2}}$"), re.compile(_alt(a.future_cues))


def _heading_date(text: str) -> date | None:
    prefix, suffix, _, _ = _patterns()
    wanted, pos, seen = vocab().as_of.heading_lines, 0, 0
    while seen < wanted and pos < len(text):
        nl = text.find("\n", pos)
        line = text[pos : nl if nl != -1 else len(text)]
        pos = len(text) if nl == -1 else nl + 1
        if not line.strip():
            continue
        seen += 1
        if len(line) > _HEADING_MAX:
            continue
        dates = full_dates(line)
        if len(dates) == 1:
            start, end, day = dates[0]
            if prefix.fullmatch(line, 0, start) and suffix.fullmatch(line, end):
                return day
    return None


def _future_context(text: str, start: int) -> bool:
    _, _, _, future = _patterns()
    before = text[max(0, start - 20) : start]
    if cut := _engine().last_clause.match(before):
        before = before[cut.end() :]
    return future.search(before) is not None


def as_of_with_source(text: str) -> tuple[date | None, str]:
    """(as-of date, source): source is "heading", "text" or "none"."""
    heading = _heading_date(text)
    if heading is not None:
        return heading, "heading"
    _, _, until, _ = _patterns()
    ended = _engine().ended_tail
    best: date | None = None
    # latest first, so the (costlier) context checks stop at the first date that qualifies
    for start, end, day in sorted(full_dates(text), key=lambda d: d[2], reverse=True):
        # 截至X (but not 截至X止六个月, which names a reporting period, not the writing date)
        is_until = until.search(text, max(0, start - 6), start) is not None and not ended.match(text, end)
        if (is_until or best is None) and not _future_context(text, start):
            if is_until:
                return day, "text"
            best = day
    return (best, "text") if best is not None else (None, "none")
