"""Machine-readable outputs of extraction: JSON, JSON Lines and CSV."""

from __future__ import annotations

import csv
import io
import json
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from analyzer.report.cells import csv_row
from analyzer.report.frame import CLAIM_COLUMNS, claim_row
from analyzer.types import DocumentResult


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    return value


def document_json(result: DocumentResult, include_text: bool = False) -> dict[str, Any]:
    """One document as JSON-ready data (Decimals as strings, dates ISO)."""
    exclude = set() if include_text else {"text", "simplified"}
    return result.model_dump(mode="json", exclude=exclude)


def to_json(results: Sequence[DocumentResult], include_text: bool = False) -> str:
    return json.dumps([document_json(r, include_text) for r in results], ensure_ascii=False, indent=2) + "\n"


def to_jsonl(results: Sequence[DocumentResult]) -> str:
    """One claim per line, each with its document id and path."""
    lines = []
    for r in results:
        for c in r.claims:
            record = {"doc_id": r.meta.doc_id, "path": r.meta.path, "as_of": str(r.meta.as_of)}
            record |= c.model_dump(mode="json")
            lines.append(json.dumps(record, ensure_ascii=False))
    return "\n".join(lines) + ("\n" if lines else "")


def to_csv(results: Sequence[DocumentResult]) -> str:
    """The claims table (columns of ``CLAIM_COLUMNS``)."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CLAIM_COLUMNS, lineterminator="\n")
    writer.writeheader()
    for r in results:
        for c in r.claims:
            row = {"doc_id": r.meta.doc_id, "path": r.meta.path} | claim_row(c)
            writer.writerow(csv_row({k: _plain(v) for k, v in row.items()}))
    return buffer.getvalue()
