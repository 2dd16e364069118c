"""Readable terminal tables (rich)."""

from __future__ import annotations

from decimal import Decimal

from rich.table import Table

from analyzer.types import Claim, DocumentResult


def format_value(claim: Claim) -> str:
    """A claim's value as a person writes it: 77.84%, 8,078.7亿 HKD, 39.72x, R4."""
    if claim.value is None:
        return claim.label or ""
    value = claim.value
    if claim.unit == "%":
        return f"{value}%"
    if claim.unit == "x":
        return f"{value}x"
    if claim.currency:
        if abs(value) >= Decimal(100_000_000):
            return f"{value / Decimal(100_000_000):,f}亿 {claim.currency}"
        return f"{value:,f} {claim.currency}"
    return f"{value} {claim.unit or ''}".strip()


def format_period(claim: Claim) -> str:
    p = claim.period
    if p is None:
        return ""
    if p.start == p.end and p.start is not None:
        return p.start.isoformat()
    return f"{p.start or '…'} → {p.end or '…'}"


def claims_table(result: DocumentResult) -> Table:
    """Claims of one document: subject, metric, value, period, source, words."""
    table = Table(
        title=f"{result.meta.path}  (as of {result.meta.as_of}, {len(result.claims)} claims)", show_lines=False
    )
    for column in ("id", "subject", "metric", "value", "period", "source", "text @ offsets"):
        table.add_column(column, overflow="fold")
    for c in result.claims:
        subject = c.subject.alias if c.subject else ""
        source = ", ".join(c.source.sources) if c.source else (f"({c.attribution})" if c.attribution else "")
        table.add_row(
            c.id, subject, c.metric, format_value(c), format_period(c), source, f"{c.text} @{c.span.start}-{c.span.end}"
        )
    return table
