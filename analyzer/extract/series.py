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
#: what every match of ``_SERIES`` holds: a digit, the joiner, a digit (its first two figures meeting);
#: searched from the joiner, rarer than digits, with the digit before it looked back at (6.7 → 3.6 ms per 0.5M)
_JOINED = compile_guarded(r"(?<=\d)[/／、][+-]?\d")
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
    hits = scaled_series(hits, text)
    if _JOINED.search(text) is None:
        return list(hits)  # no two figures joined: no series (one search, not the pattern at every digit)
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


#: a series whose figures each write the magnitude (亿, 万) and only the last the currency: 165.6亿、199.2亿、
#: 239.2亿元, 4.62亿/2.11亿元 (one joiner throughout)
_SCALED_SERIES = compile_guarded(
    r"(?<![A-Za-z0-9.\-_/／%、:])[+-]?\d+(?:\.\d+)?(?P<m>亿|億|万|萬)(?P<j>[/／、])"
    r"(?:[+-]?\d+(?:\.\d+)?(?P=m)(?P=j)){0,10}[+-]?\d+(?:\.\d+)?(?P=m)"
)
#: what every match of ``_SCALED_SERIES`` holds: its first figure's magnitude right before the joiner
_SCALED_JOINED = re.compile(r"[亿億万萬][/／、]")
_SCALED_FIGURE = re.compile(r"[+-]?\d+(?:\.\d+)?(?:亿|億|万|萬)")


def scaled_series(hits: Sequence[Hit], text: str) -> list[Hit]:
    """``hits`` with the bare scaled figures of a series whose last figure is money (165.6亿、199.2亿、
    239.2亿元) read as money in the last one's currency: a number of 亿 in a list of amounts is an amount."""
    if _SCALED_JOINED.search(text) is None:
        return list(hits)  # no magnitude right before a joiner: no such series (one quick search)
    by_start = {h.start: h for h in hits}
    replaced: dict[int, Hit] = {}
    for match in _SCALED_SERIES.finditer(text):
        figures = [(m.start(), m.end()) for m in _SCALED_FIGURE.finditer(text, match.start(), match.end())]
        tail = by_start.get(figures[-1][0])
        if tail is None or tail.kind != MentionKind.MONEY or tail.end <= figures[-1][1]:
            continue
        bare = [h for h in (by_start.get(s) for s, _ in figures[:-1]) if h is not None]
        if len(bare) != len(figures) - 1:
            continue
        if any(h.kind != MentionKind.NUMBER or h.end != e for h, (_, e) in zip(bare, figures, strict=False)):
            continue  # a figure read as something else (a date, a count): no series of amounts
        for h in bare:
            fields = {**tail.fields, "stated": h.fields.get("stated"), "value": h.fields.get("value")}
            pattern = f"{SERIES_PATTERN}{tail.pattern}"
            replaced[h.start] = Hit(h.start, h.end, tail.kind, tail.recognizer, pattern, tail.score, fields)
    if not replaced:
        return list(hits)
    return [replaced.get(h.start, h) if h.kind == MentionKind.NUMBER else h for h in hits]


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
