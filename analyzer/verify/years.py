"""Whether a contradiction rests on a year the text never wrote beside the figure.

A period written without its year (上半年, 3月, 一季度) gets one from the sentence or the document; when that
year puts the period more than a year before the document's date, it was carried from another clause (「延续
2023年的局面……整个上半年上证指数下跌0.25%」 in a 2024 report) rather than read, so a figure off the data
there is not called wrong: the same words a year later may be the period meant.
"""

from __future__ import annotations

import datetime as dt
import re

from analyzer.types import Claim

#: a year stated in the period's own words: digits (2024年, 24年, 近1年) or a year relative to the document's
#: date; 同年 and 当年 point at a year written elsewhere, so they do not count
_YEAR_WRITTEN = re.compile(r"[0-9０-９]|[今去前明本上][年]")
#: how far before the document's date a year-less period may end and still be the natural reading
_NATURAL = dt.timedelta(days=366)


def carried_year(claim: Claim, as_of: dt.date | None) -> str | None:
    """Why the period's year is not certain (its words name none and it ends over a year before ``as_of``)."""
    p = claim.period
    if p is None or p.end is None or p.span is None or as_of is None or _YEAR_WRITTEN.search(p.text or ""):
        return None  # no words read from the text, or words that write the year
    if as_of - p.end <= _NATURAL:
        return None
    return (
        f"the period's words 「{p.text}」 name no year, and the year read for them ({p.end.year}) puts it more than a "
        f"year before the document's date {as_of}: the year was carried from elsewhere, so a figure off the data is "
        "not called wrong"
    )
