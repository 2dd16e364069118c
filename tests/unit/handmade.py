"""Build claims and documents by hand, in the shape extraction gives: for tests and for checker authors."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from analyzer.instruments import default_registry
from analyzer.types import Claim, DocumentMeta, DocumentResult, Mention, MentionKind, Period, Span, SubjectRef

D = Decimal


def make_claim(
    cid: str,
    subject: str,
    metric: str,
    stated: str,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    unit: str = "%",
    currency: str | None = None,
    scale: int | None = None,
    refs: tuple[str, ...] = (),
    sentence: str = "",
) -> tuple[Claim, Mention, str]:
    """A claim, its value mention and its sentence (stated 8078.7 with scale 1e8 → value 807870000000)."""
    value = D(stated) * (scale or 1)
    text = stated + ("亿" if scale == 10**8 else unit if unit in ("%", "x") else "")
    inst = default_registry().get(subject)
    kind = inst.kind if inst else "aggregate"
    mention = Mention(
        id=f"m_{cid}",
        kind=MentionKind.MONEY if currency else MentionKind.PERCENT,
        text=text,
        span=Span(start=0, end=0),
        value=value,
        stated=D(stated),
        unit=currency or unit,
        currency=currency,
        scale=scale,
        recognizer="hand",
        pattern="hand",
    )
    claim = Claim(
        id=cid,
        subject=SubjectRef(id=subject, alias=subject, kind=kind),
        metric=metric,
        value=value,
        unit=currency or unit,
        currency=currency,
        mention_id=mention.id,
        span=Span(start=0, end=0),
        text=text,
        period=Period(start=start, end=end, text="hand") if (start or end) else None,
        refs=refs,
        sentence=Span(start=0, end=0),
    )
    return claim, mention, sentence or text


def make_doc(*items: tuple[Claim, Mention, str], as_of: dt.date = dt.date(2025, 3, 6)) -> DocumentResult:
    """A document whose text is the claims' sentences, one per line, with spans pointing into it."""
    text, claims, mentions = "", [], []
    for claim, mention, sentence in items:
        start = len(text)
        text += sentence + "\n"
        span = Span(start=start, end=start + len(sentence))
        claims.append(claim.model_copy(update={"sentence": span, "span": span}))
        mentions.append(mention.model_copy(update={"span": span}))
    meta = DocumentMeta(
        doc_id="0" * 16,
        path="hand.txt",
        encoding="utf-8",
        format="text",
        conversion="none",
        n_chars=len(text),
        as_of=as_of,
        as_of_inferred=False,
        analyzer_version="test",
    )
    return DocumentResult(meta=meta, text=text, simplified=text, mentions=mentions, claims=claims)
