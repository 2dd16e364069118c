"""Claims with their verdicts: a rich table, JSON Lines and CSV (the ``check`` command's outputs)."""

from __future__ import annotations

import csv
import io
import json
from decimal import Decimal
from typing import Any

from rich.cells import cell_len
from rich.table import Table
from rich.text import Text

from analyzer.i18n import Lang, message
from analyzer.i18n.phrases import explained
from analyzer.report.cells import csv_row
from analyzer.report.frame import CLAIM_COLUMNS, VERDICT_COLUMNS, claim_row, verdict_row
from analyzer.report.table import (
    COMPACT_OVERHEAD,
    Cell,
    Column,
    clip_cells,
    fit_table,
    format_magnitude,
    format_number,
    format_value,
    magnitude_of,
    metric_words,
    natural_width,
    wrap_cells,
)
from analyzer.report.why import WHY_MAX, ordered, short_why, status_key
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


def summary_line(counts: dict[str, int], label: str, lang: Lang = "en") -> str:
    """``label — 22 claims: 9 supported, 0 contradicted, 10 unverifiable, 3 not checked`` (in ``lang``)."""
    return message(
        "table.summary", lang, label=label, count=sum(counts.values()), supported=counts["supported"],
        contradicted=counts["contradicted"], unverifiable=counts["unverifiable"], not_checked=counts["not checked"],
    )


def total_label(n_documents: int, lang: Lang = "en") -> str:
    """``total (3 documents)`` in ``lang``."""
    if n_documents == 1:
        return message("table.total_label_one", lang)
    return message("table.total_label", lang, n=n_documents)


def _figure(value: Decimal | None, claim: Claim, lang: Lang = "zh-Hans") -> str:
    return format_number(value, claim.unit, claim.currency, lang) if value is not None else ""


def shown_computed(verdict: Verdict, claim: Claim, lang: Lang = "zh-Hans") -> str:
    """The computed value for the table: one digit more than the text states (77.84% → 77.836%), so a
    difference shows without the noise of every computed digit (the exact value is in --explain and JSON)."""
    computed, stated = verdict.computed, claim.value
    if computed is None:
        return ""
    if stated is None or not stated.is_finite() or not computed.is_finite():
        return _figure(computed, claim, lang)
    if claim.currency:
        scale, _ = magnitude_of(stated, lang)
        places = max(0, -int((stated / scale).normalize().as_tuple().exponent)) + 1
        scaled = abs(computed) / scale
        exact = max(0, -int(scaled.normalize().as_tuple().exponent))
        # the currency is the stated figure's: said once, in the stated column
        return format_magnitude(computed, None, min(places, exact), lang)
    quantum = Decimal(1).scaleb(int(stated.as_tuple().exponent) - 1)
    if computed.as_tuple().exponent < quantum.as_tuple().exponent:
        computed = computed.quantize(quantum)
    return _figure(computed, claim, lang)


#: the longest subject shown in the table (cells); longer ones are cut at a word with "…"
SUBJECT_MAX = 12
SUBJECT_MAX_WIDE = 24  # from 160 columns
#: below this many cells for the why, the subject column gives its room to the why
WHY_MIN = 20


def verdicts_table(
    result: DocumentResult, width: int, *, wide: bool = False, lang: Lang = "en"
) -> tuple[Table, int]:
    """Claims of one document with their verdicts, one line per claim at 100 columns and more: id, subject
    as written, metric, stated, computed, status (in colour), a short why (report.why); contradicted
    first, then supported, then unverifiable by cause, then not checked."""
    by_claim = {v.claim_id: v for v in result.verdicts}
    columns = [
        Column(message("header.id", lang), "key", keep=10),
        Column(message("header.subject", lang), "key", keep=6),  # clipped to SUBJECT_MAX, never wrapped
        Column(message("header.metric", lang), "key", keep=7),
        Column(message("header.stated", lang), "number", keep=9),
        Column(message("header.computed", lang), "number", keep=8),
        Column(message("header.status", lang), "key", keep=10),
        Column(message("header.why", lang), "key", keep=9),  # built to fit the room (report.why)
    ]
    claims = ordered(result.claims, by_claim)
    rows: list[list[Cell]] = []
    for c in claims:
        v = by_claim.get(c.id)
        status = v.status.value if v else "not checked"
        subject = c.subject.alias if c.subject else ""
        rows.append(
            [
                c.id,
                subject if wide else clip_cells(subject, SUBJECT_MAX_WIDE if width >= 160 else SUBJECT_MAX),
                metric_words(c.metric, lang),
                format_value(c, lang),
                shown_computed(v, c, lang) if v else "",
                Text(message(status_key(status), lang), style=STATUS_STYLE[status]),
                "",
            ]
        )
    # the why gets the room the other columns leave (at most WHY_MAX), so a row stays one line; when
    # that is too little, the subject (the lowest kept) is dropped by fit_table and its room goes to the why
    widths = [max(natural_width([r[i] for r in rows]), cell_len(columns[i].header)) for i in range(6)]
    room = width - sum(widths) - (COMPACT_OVERHEAD * len(columns) - 2)
    if room < WHY_MIN:
        room += widths[1] + COMPACT_OVERHEAD
    limit = WHY_MAX if wide else max(room, 12)
    for row, c in zip(rows, claims, strict=True):
        row[6] = short_why(c, by_claim.get(c.id), lang, limit)
    title = summary_line(verdict_counts(result), result.meta.path, lang)
    return fit_table(title, columns, rows, width, wide=wide, compact=True, lang=lang)


def explain_lines(result: DocumentResult, width: int, lang: Lang = "en") -> list[str]:
    """``--explain``: under the table, each verdict's full method, reason, difference and tolerance, and the
    observations used (one line each), in the table's order, wrapped to ``width``."""
    by_claim = {v.claim_id: v for v in result.verdicts}
    out = ["", message("explain.heading", lang, path=result.meta.path)]

    def block(label: str, text: str) -> None:
        out.extend(wrap_cells(text, width, indent="    " + label, subsequent_indent="      "))

    for c in ordered(result.claims, by_claim):
        v = by_claim.get(c.id)
        status = message(status_key(v.status.value if v else "not checked"), lang)
        subject = c.subject.alias if c.subject else ""
        out.append("")
        shown = f"{c.id}  {subject}  {metric_words(c.metric, lang)}  {format_value(c, lang)}  {status}"
        out.extend(wrap_cells(shown, width,
                              subsequent_indent="    "))
        if v is None:
            block("", short_why(c, None, lang))
            continue
        block(message("explain.method", lang), explained(v.method, lang))
        if v.reason:
            block(message("explain.reason", lang), explained(v.reason, lang))
        if v.difference is not None and v.tolerance is not None:
            block("", message("explain.tolerance", lang, diff=_figure(v.difference, c, lang),
                                  tol=_figure(v.tolerance, c, lang)))
        for entry in v.data:
            block(message("explain.data", lang), explained(entry, lang))
    return [*out, ""]


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
