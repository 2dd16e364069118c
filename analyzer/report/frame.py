"""Flat pandas tables of results, one row per record, with stable documented columns.

Values stay ``Decimal`` (object columns) so nothing is rounded on the way to Parquet or CSV.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from analyzer.types import Claim, DocumentResult, Finding, Mention, Verdict

if TYPE_CHECKING:
    import pandas as pd

#: column order of each table; documented in README ("Output columns")
CLAIM_COLUMNS = [
    "doc_id",
    "path",
    "claim_id",
    "subject_id",
    "subject_alias",
    "subject_kind",
    "metric",
    "value",
    "unit",
    "currency",
    "label",
    "text",
    "start",
    "end",
    "period_start",
    "period_end",
    "period_text",
    "period_derived_from",
    "year_inferred",
    "source_names",
    "source_periods",
    "source_text",
    "attribution",
    "linked_id",
    "refs",
    "mention_id",
    "sentence_start",
    "sentence_end",
]
MENTION_COLUMNS = [
    "doc_id",
    "path",
    "mention_id",
    "kind",
    "text",
    "start",
    "end",
    "value",
    "stated",
    "unit",
    "currency",
    "magnitude",
    "scale",
    "label",
    "date",
    "precision",
    "start_date",
    "end_date",
    "year_inferred",
    "relation",
    "recognizer",
    "pattern",
    "score",
]
VERDICT_COLUMNS = [
    "doc_id",
    "path",
    "claim_id",
    "status",
    "checker",
    "expected",
    "computed",
    "difference",
    "tolerance",
    "method",
    "reason",
    "data",
]
FINDING_COLUMNS = [
    "doc_id",
    "path",
    "rule_id",
    "severity",
    "title",
    "message",
    "starts",
    "ends",
    "quotes",
    "document",
    "article",
    "provenance",
    "claim_ids",
]


def claim_row(claim: Claim) -> dict[str, Any]:
    period, source, subject = claim.period, claim.source, claim.subject
    return {
        "claim_id": claim.id,
        "subject_id": subject.id if subject else None,
        "subject_alias": subject.alias if subject else None,
        "subject_kind": subject.kind if subject else None,
        "metric": claim.metric,
        "value": claim.value,
        "unit": claim.unit,
        "currency": claim.currency,
        "label": claim.label,
        "text": claim.text,
        "start": claim.span.start,
        "end": claim.span.end,
        "period_start": period.start if period else None,
        "period_end": period.end if period else None,
        "period_text": period.text if period else None,
        "period_derived_from": period.derived_from if period else None,
        "year_inferred": period.year_inferred if period else False,
        "source_names": "; ".join(source.sources) if source else None,
        "source_periods": "; ".join(f"{p.start or ''}..{p.end or ''}" for p in source.periods) if source else None,
        "source_text": source.text if source else None,
        "attribution": claim.attribution,
        "linked_id": claim.linked.id if claim.linked else None,
        "refs": ",".join(claim.refs) or None,
        "mention_id": claim.mention_id,
        "sentence_start": claim.sentence.start,
        "sentence_end": claim.sentence.end,
    }


def mention_row(m: Mention) -> dict[str, Any]:
    row = m.model_dump(exclude={"id", "span", "years"})
    row.update(mention_id=m.id, kind=m.kind.value, start=m.span.start, end=m.span.end)
    return row


def verdict_row(v: Verdict) -> dict[str, Any]:
    row = v.model_dump()
    row.update(status=v.status.value, data="; ".join(v.data))
    return row


def finding_row(f: Finding) -> dict[str, Any]:
    return {
        "rule_id": f.rule_id,
        "severity": f.severity.value,
        "title": f.title,
        "message": f.message,
        "starts": ",".join(str(s.start) for s in f.spans),
        "ends": ",".join(str(s.end) for s in f.spans),
        "quotes": " | ".join(f.quotes),
        "document": f.citation.document,
        "article": f.citation.article,
        "provenance": f.citation.provenance,
        "claim_ids": ",".join(f.claim_ids),
    }


def _frame(rows: list[dict[str, Any]], columns: list[str]) -> pd.DataFrame:
    import pandas as pd  # imported when a table is built: most commands never need pandas

    return pd.DataFrame(rows, columns=columns).astype({"doc_id": "string", "path": "string"})


def results_to_frames(results: Iterable[DocumentResult]) -> dict[str, pd.DataFrame]:
    """Tables ``claims``, ``mentions``, ``verdicts``, ``findings`` over all results."""
    tables: dict[str, list[dict[str, Any]]] = {"claims": [], "mentions": [], "verdicts": [], "findings": []}
    for r in results:
        key = {"doc_id": r.meta.doc_id, "path": r.meta.path}
        tables["claims"] += [key | claim_row(c) for c in r.claims]
        tables["mentions"] += [key | mention_row(m) for m in r.mentions]
        tables["verdicts"] += [key | verdict_row(v) for v in r.verdicts]
        tables["findings"] += [key | finding_row(f) for f in r.findings]
    return {
        "claims": _frame(tables["claims"], CLAIM_COLUMNS),
        "mentions": _frame(tables["mentions"], MENTION_COLUMNS),
        "verdicts": _frame(tables["verdicts"], VERDICT_COLUMNS),
        "findings": _frame(tables["findings"], FINDING_COLUMNS),
    }
