"""Extract stage: run every registered recognizer over the normalized text and return Mentions
in original-text offsets, overlaps resolved (longest, then recognizer priority)."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

# Importing the modules registers the recognizers (each registers itself with a decorator).
from analyzer.extract import code, count, dates, money, multiple, percent, points, rating  # noqa: F401
from analyzer.extract.base import RECOGNIZERS, ExtractContext, Hit
from analyzer.extract.series import spread_series
from analyzer.extract.timevocab import TimeSettings
from analyzer.normalize import Normalized
from analyzer.types import Mention, Span

__all__ = ["RECOGNIZERS", "Hit", "extract_mentions", "redate_scopes", "resolve_overlaps"]


def resolve_overlaps(hits: Iterable[Hit]) -> list[Hit]:
    """Keep non-overlapping hits: longer spans first, then higher recognizer priority, then earlier."""
    ranked = sorted(hits, key=lambda h: (-(h.end - h.start), -RECOGNIZERS.get(h.recognizer).priority, h.start))
    occupied = bytearray(max((h.end for h in ranked), default=0))
    kept: list[Hit] = []
    for hit in ranked:
        if occupied.find(1, hit.start, hit.end) != -1:
            continue
        kept.append(hit)
        occupied[hit.start : hit.end] = b"\x01" * (hit.end - hit.start)
    return sorted(kept, key=lambda h: (h.start, h.end))


def extract_mentions(
    original: str,
    normalized: Normalized,
    as_of: date | None,
    recognizers: Sequence[str] | None = None,
    *,
    time_settings: TimeSettings | None = None,
) -> tuple[list[Mention], list[Hit]]:
    """All mentions in the document, and the hits they came from (normalized offsets, same order).

    ``time_settings`` chooses how dates without a year resolve (default: corpora/patterns/time.yaml)."""
    ctx = ExtractContext(normalized.text, as_of, time_settings)
    names = recognizers or RECOGNIZERS.names()
    hits = resolve_overlaps(h for name in names for h in RECOGNIZERS.get(name)().find(ctx))
    hits = spread_series(ctx, hits, names)
    offsets = normalized.offsets
    mentions = []
    for i, hit in enumerate(hits):
        span = Span(start=offsets.to_original(hit.start), end=offsets.to_original_end(hit.end))
        mentions.append(
            Mention(
                id=f"m{i + 1}",
                kind=hit.kind,
                text=span.slice(original),
                span=span,
                recognizer=hit.recognizer,
                pattern=hit.pattern,
                score=hit.score,
                **hit.fields,
            )
        )
    return mentions, hits


def redate_scopes(
    normalized: Normalized,
    mentions: Sequence[Mention],
    hits: Sequence[Hit],
    scopes: Sequence[tuple[int, int, date]],
    *,
    time_settings: TimeSettings | None = None,
) -> tuple[list[Mention], list[Hit]]:
    """``mentions`` and ``hits`` with the dates and periods inside each scope ``(start, end, day)``
    (normalized offsets: an item of a page) resolved against that scope's own date instead of the
    document's as-of date (今天, 昨日, 3月5日 in an item dated by its dateline)."""
    changed = dates.redate(normalized.text, hits, scopes, time_settings)
    if not changed:
        return list(mentions), list(hits)
    new_hits = [changed.get(i, h) for i, h in enumerate(hits)]
    new_mentions = [
        m.model_copy(update={**changed[i].fields, "kind": changed[i].kind}) if i in changed else m
        for i, m in enumerate(mentions)
    ]
    return new_mentions, new_hits
