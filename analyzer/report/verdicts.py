"""Claims with their verdicts: a rich table, JSON Lines and CSV (the ``check`` command's outputs)."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from typing import Any

from rich.markup import escape
from rich.table import Table

from analyzer.extract.numbers import plain_decimal
from analyzer.report.frame import CLAIM_COLUMNS, VERDICT_COLUMNS, claim_row, verdict_row
from analyzer.types import DocumentResult, Verdict

STATUS_STYLE = {"supported": "bold green", "contradicted": "bold red", "unverifiable": "yellow"}
#: verdict columns appended to the claims table (VERDICT_COLUMNS without the keys it shares)
VERDICT_FIELDS = tuple(c for c in VERDICT_COLUMNS if c not in ("doc_id", "path", "claim_id"))


def _fmt(value: Decimal | None) -> str:
    return "" if value is None else plain_decimal(value)


def verdicts_table(result: DocumentResult) -> Table:
    """Claims of one document with their verdicts, status in colour."""
    by_claim = {v.claim_id: v for v in result.verdicts}
    table = Table(title=f"{result.meta.path}  (as of {result.meta.as_of}, {len(result.verdicts)} verdicts)")
    for col in ("id", "subject", "metric", "text", "stated", "computed", "diff", "±tol", "status"):
        table.add_column(col, no_wrap=col in ("id", "status"), overflow="fold")
    table.add_column("method / reason", overflow="fold", ratio=1, min_width=30)
    for c in result.claims:
        v = by_claim.get(c.id)
        status = f"[{STATUS_STYLE[v.status.value]}]{v.status.value}[/]" if v else "[dim]-[/]"
        how = escape(v.method + (f" — {v.reason}" if v.reason else "")) if v else ""
        table.add_row(
            c.id,
            c.subject.id if c.subject else "",
            c.metric,
            escape(c.text),
            "" if c.value is None else f"{c.value:f}",
            _fmt(v.computed) if v else "",
            _fmt(v.difference) if v else "",
            _fmt(v.tolerance) if v else "",
            status,
            how,
        )
    return table


def _verdict_fields(v: Verdict | None) -> dict[str, Any]:
    if v is None:
        return dict.fromkeys(VERDICT_FIELDS)
    row = verdict_row(v)
    return {k: row[k] for k in VERDICT_FIELDS}


def checks_jsonl(results: list[DocumentResult]) -> str:
    """One claim per line with its verdict (null when the claim is not checked)."""
    lines = []
    for r in results:
        by_claim = {v.claim_id: v for v in r.verdicts}
        for c in r.claims:
            v = by_claim.get(c.id)
            record = {"doc_id": r.meta.doc_id, "path": r.meta.path, "as_of": str(r.meta.as_of)}
            record |= c.model_dump(mode="json")
            record["verdict"] = v.model_dump(mode="json") if v else None
            lines.append(json.dumps(record, ensure_ascii=False))
    return "\n".join(lines) + ("\n" if lines else "")


def checks_csv(results: list[DocumentResult]) -> str:
    """The claims table (report.frame.CLAIM_COLUMNS) with the verdict's columns appended."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=[*CLAIM_COLUMNS, *VERDICT_FIELDS], lineterminator="\n")
    writer.writeheader()
    for r in results:
        by_claim = {v.claim_id: v for v in r.verdicts}
        for c in r.claims:
            row = {"doc_id": r.meta.doc_id, "path": r.meta.path} | claim_row(c) | _verdict_fields(by_claim.get(c.id))
            writer.writerow({k: str(v) if isinstance(v, Decimal) else v for k, v in row.items()})
    return buffer.getvalue()
