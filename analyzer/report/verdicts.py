"""Claims with their verdicts: a rich table, JSON Lines and CSV (the ``check`` command's outputs)."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from typing import Any

from rich.table import Table
from rich.text import Text

from analyzer.report.cells import csv_row
from analyzer.report.frame import CLAIM_COLUMNS, VERDICT_COLUMNS, claim_row, verdict_row
from analyzer.report.table import Column, fit_table, format_number, format_value
from analyzer.types import Claim, DocumentResult, Verdict

STATUS_STYLE = {"supported": "bold green", "contradicted": "bold red", "unverifiable": "yellow", "not checked": "dim"}
STATUSES = ("supported", "contradicted", "unverifiable", "not checked")
#: verdict columns appended to the claims table (VERDICT_COLUMNS without the keys it shares)
VERDICT_FIELDS = tuple(c for c in VERDICT_COLUMNS if c not in ("doc_id", "path", "claim_id"))


def not_checked_reason(claim: Claim) -> str:
    """Why a claim has no verdict, in a reader's words."""
    if claim.forecast:
        return "a forecast or target: never verified"
    if claim.value is None and claim.label is not None:
        return f"a label ({claim.label}), not a figure to check"
    return "not checked"


def verdict_counts(result: DocumentResult) -> dict[str, int]:
    """How many claims are supported, contradicted, unverifiable, and not checked (no verdict at all)."""
    counts = dict.fromkeys(STATUSES, 0)
    for v in result.verdicts:
        counts[v.status.value] += 1
    counts["not checked"] = max(0, len(result.claims) - len(result.verdicts))
    return counts


def summary_line(counts: dict[str, int], label: str) -> str:
    """``label: 22 claims: 9 supported, 0 contradicted, 10 unverifiable, 3 not checked``."""
    n = sum(counts.values())
    parts = ", ".join(f"{counts[s]} {s}" for s in STATUSES)
    return f"{label} — {n} claims: {parts}"


def _figure(value: Decimal | None, claim: Claim) -> str:
    return format_number(value, claim.unit, claim.currency) if value is not None else ""


def verdicts_table(result: DocumentResult, width: int, *, wide: bool = False) -> tuple[Table, int]:
    """Claims of one document with their verdicts (status in colour), fitted to ``width``."""
    by_claim = {v.claim_id: v for v in result.verdicts}
    columns = [
        Column("id", "key", keep=10),
        Column("subject", "text", keep=4, short="subj.", min_width=6),
        Column("metric", "key", keep=7),
        Column("text", "text", keep=5, min_width=6),
        Column("stated", "number", keep=9),
        Column("computed", "number", keep=8, short="comp."),
        Column("diff", "number", keep=3),
        Column("±tol", "number", keep=2),
        Column("status", "key", keep=10),
        Column("method / reason", "text", keep=9, short="why", min_width=20),
    ]
    rows = []
    for c in result.claims:
        v = by_claim.get(c.id)
        status = v.status.value if v else "not checked"
        how = (v.method + (f" — {v.reason}" if v.reason else "")) if v else not_checked_reason(c)
        rows.append(
            [
                c.id,
                c.subject.id or c.subject.alias if c.subject else "",
                c.metric,
                c.text,
                format_value(c),
                _figure(v.computed, c) if v else "",
                _figure(v.difference, c) if v else "",
                _figure(v.tolerance, c) if v else "",
                Text(status, style=STATUS_STYLE[status]),
                how,
            ]
        )
    counts = verdict_counts(result)
    title = summary_line(counts, result.meta.path)
    return fit_table(title, columns, rows, width, wide=wide)


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
            writer.writerow(csv_row({k: str(v) if isinstance(v, Decimal) else v for k, v in row.items()}))
    return buffer.getvalue()


def checks_frames(results: list[DocumentResult]) -> dict[str, Any]:
    """xlsx sheets: ``checks`` (each claim with its verdict's columns, as in CSV) and ``verdicts``."""
    import pandas as pd

    from analyzer.report.frame import results_to_frames

    rows = []
    for r in results:
        by_claim = {v.claim_id: v for v in r.verdicts}
        for c in r.claims:
            fields = _verdict_fields(by_claim.get(c.id))  # empty where the claim has no verdict, as in CSV
            rows.append({"doc_id": r.meta.doc_id, "path": r.meta.path} | claim_row(c) | fields)
    checks = pd.DataFrame(rows, columns=[*CLAIM_COLUMNS, *VERDICT_FIELDS])
    return {"checks": checks, "verdicts": results_to_frames(results)["verdicts"]}
