"""Flat tables of results, one row per record, with stable documented columns.

In pandas (:func:`results_to_frames`) values stay ``Decimal`` (object columns), so nothing is rounded
on the way to CSV or Parquet. Every exact Decimal column has a float64 twin named ``<column>_float``
(``value_float``, ``difference_float``, ``tolerance_float`` …) for arithmetic, filters and plots.

Column types in Parquet (batch output, :func:`arrow_schema`):

=====================  ===========  =========================================================
columns                Arrow type   notes
=====================  ===========  =========================================================
``DECIMAL_COLUMNS``    string       exact ``str(Decimal)``: ``Decimal(s)`` gives back the value
                                    and its exponent (the stated precision)
``FLOAT_COLUMNS``      float64      ``*_float`` twins of the Decimal columns, and ``score``
``INT_COLUMNS``        int64        offsets (``start``, ``end``, ``sentence_*``) and ``scale``
``BOOL_COLUMNS``       bool         ``year_inferred``, ``intraday``
``DATE_COLUMNS``       date32       period bounds and mention dates
everything else        string       ids, names, texts, ``;``/``,``-joined lists
=====================  ===========  =========================================================
"""

from __future__ import annotations

import math
import os
from collections.abc import Iterable, Iterator
from decimal import Decimal
from operator import attrgetter
from pathlib import Path
from typing import TYPE_CHECKING, Any

from analyzer.types import Claim, DocumentResult, Finding, Mention, Unattributed, Verdict

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
    "intraday",
    "value",
    "value_float",
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
    "value_float",
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
    "expected_float",
    "computed_float",
    "difference_float",
    "tolerance_float",
    "method",
    "reason",
    "data",
]
UNATTRIBUTED_COLUMNS = ["doc_id", "path", "mention_id", "text", "start", "end", "reason"]
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
    "fix",
    "lang",
]


#: exact Decimal columns (stored as strings in Parquet), and their float64 twins
DECIMAL_COLUMNS = frozenset({"value", "stated", "expected", "computed", "difference", "tolerance"})
FLOAT_TWINS = {
    "value": "value_float",
    "expected": "expected_float",
    "computed": "computed_float",
    "difference": "difference_float",
    "tolerance": "tolerance_float",
}
FLOAT_COLUMNS = frozenset({"score", *FLOAT_TWINS.values()})
INT_COLUMNS = frozenset({"start", "end", "sentence_start", "sentence_end", "scale"})
BOOL_COLUMNS = frozenset({"year_inferred", "intraday"})
DATE_COLUMNS = frozenset({"period_start", "period_end", "date", "start_date", "end_date"})
TABLE_COLUMNS = {
    "claims": CLAIM_COLUMNS,
    "mentions": MENTION_COLUMNS,
    "verdicts": VERDICT_COLUMNS,
    "findings": FINDING_COLUMNS,
    "unattributed": UNATTRIBUTED_COLUMNS,
}


def _float(value: Decimal | None) -> float | None:
    return None if value is None else float(value)


def _with_floats(row: dict[str, Any]) -> dict[str, Any]:
    for exact, twin in FLOAT_TWINS.items():
        if exact in row:
            row[twin] = _float(row[exact])
    return row


def arrow_type(column: str) -> Any:
    """The Arrow type of a column (see the table in this module's docstring)."""
    import pyarrow as pa

    if column in INT_COLUMNS:
        return pa.int64()
    if column in BOOL_COLUMNS:
        return pa.bool_()
    if column in FLOAT_COLUMNS:
        return pa.float64()
    if column in DATE_COLUMNS:
        return pa.date32()
    return pa.string()


def arrow_schema(table: str) -> Any:
    """The Arrow schema of one output table (``claims``, ``mentions``, ``verdicts``, ``findings``, ``unattributed``)."""
    import pyarrow as pa

    return pa.schema([(c, arrow_type(c)) for c in TABLE_COLUMNS[table]])


def arrow_cell(value: Any, column: str) -> Any:
    """A row value as its Arrow column stores it (Decimal → exact string, missing → null)."""
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return None
    if column in DECIMAL_COLUMNS:
        return str(value)
    if column in INT_COLUMNS:
        return int(value)
    return value


def claim_row(claim: Claim) -> dict[str, Any]:
    period, source, subject = claim.period, claim.source, claim.subject
    return {
        "claim_id": claim.id,
        "subject_id": subject.id if subject else None,
        "subject_alias": subject.alias if subject else None,
        "subject_kind": subject.kind if subject else None,
        "metric": claim.metric,
        "intraday": claim.intraday,
        "value": claim.value,
        "value_float": _float(claim.value),
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


#: the mention columns that are fields of the record itself (read as attributes: a row per mention is on
#: batch's per-document path, and ``model_dump`` copied every field, the unused ones too)
_MENTION_FIELDS = tuple(c for c in MENTION_COLUMNS if c in Mention.model_fields and c not in ("kind", "start", "end"))
#: those fields' values in one C call (a dict comprehension took a Python step per field and mention)
_mention_values = attrgetter(*_MENTION_FIELDS)


def mention_row(m: Mention) -> dict[str, Any]:
    row = dict(zip(_MENTION_FIELDS, _mention_values(m), strict=True))
    row.update(mention_id=m.id, kind=m.kind.value, start=m.span.start, end=m.span.end)
    return _with_floats(row)


def verdict_row(v: Verdict) -> dict[str, Any]:
    row = v.model_dump()
    row.update(status=v.status.value, data="; ".join(v.data))
    return _with_floats(row)


def unattributed_row(u: Unattributed) -> dict[str, Any]:
    return {"mention_id": u.mention_id, "text": u.text, "start": u.span.start, "end": u.span.end, "reason": u.reason}


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
        "fix": f.fix,
        "lang": f.lang,
    }


def _frame(rows: list[dict[str, Any]], columns: list[str]) -> pd.DataFrame:
    import pandas as pd  # imported when a table is built: most commands never need pandas

    return pd.DataFrame(rows, columns=columns).astype({"doc_id": "string", "path": "string"})


def results_to_frames(results: Iterable[DocumentResult]) -> dict[str, pd.DataFrame]:
    """Tables ``claims``, ``mentions``, ``verdicts``, ``findings``, ``unattributed`` over all results."""
    results = list(results)
    return {name: _frame(list(_rows(results, name)), columns) for name, columns in TABLE_COLUMNS.items()}


def results_to_arrow(results: Iterable[DocumentResult]) -> dict[str, Any]:
    """The same tables as Arrow tables with the documented schema (what ``to_parquet`` writes)."""
    import pyarrow as pa

    results = list(results)
    out = {}
    for name, columns in TABLE_COLUMNS.items():
        rows = list(_rows(results, name))
        schema = arrow_schema(name)
        arrays = [pa.array([arrow_cell(row.get(c), c) for row in rows], type=schema.field(c).type) for c in columns]
        out[name] = pa.Table.from_arrays(arrays, schema=schema)
    return out


def to_parquet(results: Iterable[DocumentResult], folder: str | os.PathLike[str]) -> dict[str, Path]:
    """Write ``<folder>/<table>.parquet`` for every table; returns the paths."""
    import pyarrow.parquet as pq

    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    paths = {}
    for name, table in results_to_arrow(results).items():
        paths[name] = target / f"{name}.parquet"
        pq.write_table(table, paths[name])
    return paths


_ROWS = {
    "claims": (lambda r: r.claims, claim_row),
    "mentions": (lambda r: r.mentions, mention_row),
    "verdicts": (lambda r: r.verdicts, verdict_row),
    "findings": (lambda r: r.findings, finding_row),
    "unattributed": (lambda r: r.unattributed, unattributed_row),
}


def _rows(results: Iterable[DocumentResult], table: str) -> Iterator[dict[str, Any]]:
    records, to_row = _ROWS[table]
    for r in results:
        key = {"doc_id": r.meta.doc_id, "path": r.meta.path}
        for record in records(r):
            yield key | to_row(record)
