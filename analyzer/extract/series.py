"""Series of figures that write their unit once, on the last: 「0.79/1.63/2.23亿元」, 「3.85、4.62、5.47元/股」,
「上涨5/5/6美元」. Each figure of the series is a mention of its own, in the unit (magnitude, currency)
of the last, which the numeric recognizers read as usual; a series any other recognizer reads a part
of (a date 2024/3/15, a code) is left to it.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

from analyzer.extract.base import RECOGNIZERS, ExtractContext, Hit
from analyzer.extract.numbers import scaled
from analyzer.regexguard import compile_guarded
from analyzer.types import MentionKind

#: two to twelve plain figures joined by slashes or by 、 (one joiner throughout); nothing of a
#: number, path, fraction or list item right before it (behind a look-ahead of its first characters:
#: it opens with a look-behind, 16 -> 10 ms per 0.5M characters)
_SERIES = compile_guarded(
    r"(?<![A-Za-z0-9.\-_/／%、:])(?P<first>[+-]?\d+(?:\.\d+)?)(?P<rest>(?:(?P<j>[/／、])[+-]?\d+(?:\.\d+)?)"
    r"(?:(?P=j)[+-]?\d+(?:\.\d+)?){0,10})(?![\d.])"
)
_FIGURE = re.compile(r"[+-]?\d+(?:\.\d+)?")
#: the kinds a series' last figure may be: an amount or a rate in a unit (a bare number is no series)
_UNIT_KINDS = frozenset({MentionKind.MONEY, MentionKind.PERCENT, MentionKind.MULTIPLE, MentionKind.COUNT,
                         MentionKind.POINTS})
#: what the pattern of a figure read from its series starts with (claims read it as a unit not beside it)
SERIES_PATTERN = "series-"
#: how far past its digits the unit of the last figure is looked for (亿元/股, 个百分点)
_UNIT_REACH = 8


def spread_series(ctx: ExtractContext, hits: Sequence[Hit], names: Sequence[str]) -> list[Hit]:
    """``hits`` with a hit for every figure of each series whose last figure is in a unit; in order."""
    text = ctx.text
    if "/" not in text and "／" not in text and "、" not in text:
        return list(hits)
    starts = {h.start: h for h in hits}
    occupied = bytearray(len(text) + 1)
    for h in hits:
        occupied[h.start : h.end] = b"\x01" * (h.end - h.start)
    added: list[Hit] = []
    for match in _SERIES.finditer(text):
        figures = [(m.start(), m.end()) for m in _FIGURE.finditer(text, match.start(), match.end())]
        last_start, last_end = figures[-1]
        read = starts.get(last_start)
        tail = read or _read_last(ctx, last_start, names)
        if tail is None or tail.kind not in _UNIT_KINDS or tail.end <= last_end:
            continue
        if any(occupied.find(1, s, e) != -1 for s, e in figures[:-1]):
            continue  # a part read otherwise (a date, a code): no series
        if read is None and occupied.find(1, tail.start, tail.end) != -1:
            continue
        spread = _spread(text, figures[:-1], tail)
        if spread is None:
            continue
        added.extend(spread if read is not None else [*spread, tail])
    if not added:
        return list(hits)
    return sorted([*hits, *added], key=lambda h: (h.start, h.end))


def _read_last(ctx: ExtractContext, start: int, names: Sequence[str]) -> Hit | None:
    """The numeric hit the recognizers read at ``start`` on the words up to the unit (its left guard
    keeps them off a figure after a slash), in the document's offsets; the longest."""
    piece = ExtractContext(ctx.text[start : start + _UNIT_REACH + 24], ctx.as_of, ctx.time_settings)
    found = [
        h
        for name in names
        for h in RECOGNIZERS.get(name)().find(piece)
        if h.start == 0 and h.kind in _UNIT_KINDS and h.end <= _UNIT_REACH + 24
    ]
    if not found:
        return None
    best = max(found, key=lambda h: (h.end, RECOGNIZERS.get(h.recognizer).priority))
    return Hit(start + best.start, start + best.end, best.kind, best.recognizer, best.pattern, best.score, best.fields)


def _spread(text: str, figures: list[tuple[int, int]], tail: Hit) -> list[Hit] | None:
    """A hit for each figure before the last, in the last one's unit and scale."""
    fields = tail.fields
    value, stated = fields.get("value"), fields.get("stated")
    if value is None or stated is None or stated == 0 or fields.get("invalid") or fields.get("low") is not None:
        return None
    try:
        factor = Decimal(value) / Decimal(stated)
    except (InvalidOperation, ZeroDivisionError):
        return None
    out = []
    for s, e in figures:
        figure = Decimal(text[s:e].lstrip("+"))
        own = {**fields, "stated": figure, "value": scaled(figure, factor)}
        out.append(Hit(s, e, tail.kind, tail.recognizer, f"{SERIES_PATTERN}{tail.pattern}", tail.score, own))
    return out
