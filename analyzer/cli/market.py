"""``analyzer market import|fetch|list|show``: the market data store from the command line."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from analyzer.cli.common import parse_date
from analyzer.errors import AnalyzerError, MarketDataError
from analyzer.extract.numbers import plain_decimal

market_app = typer.Typer(
    name="market",
    help="The market data store: import CSV/Excel exports, fetch through AKShare, list series, show observations.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console(highlight=False, soft_wrap=True)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)

MARKET_HELP = "Market store (DuckDB file); default: $ANALYZER_MARKET_DB, else market.duckdb in the user data dir."
MarketOpt = Annotated[Path | None, typer.Option("--market", help=MARKET_HELP, metavar="PATH")]
#: positive values a close or level never has: imported rows like these are skipped with a warning
WARN_SKIPPED = "not positive"


def _fail(exc: AnalyzerError) -> typer.Exit:
    err_console.print(f"[bold red]error[/] {escape(exc.one_line())}")
    return typer.Exit(2)


def _scale(scale: str | None) -> Decimal | None:
    """--scale as a Decimal; not a number, NaN, infinite or out of 1e-10..1e12 → one coded line."""
    if scale is None:
        return None
    from analyzer.verify.importers import check_scale

    try:
        factor = Decimal(scale)
    except InvalidOperation:
        raise _fail(MarketDataError(f"--scale {scale!r} is not a number", code="E509")) from None
    try:
        check_scale(factor)
    except MarketDataError as exc:
        raise _fail(exc) from None
    return factor


def _report_write(written: object, replace: bool) -> None:
    for c in written.conflicts:  # type: ignore[attr-defined]
        action = "replaced" if replace else "kept stored value"
        console.print(
            f"  conflict {c.date}: stored {plain_decimal(c.stored)}, new {plain_decimal(c.incoming)} ({action})"
        )


@market_app.command("import")
def import_command(
    file: Annotated[Path, typer.Argument(help="CSV or .xlsx export (Wind/Choice layouts are recognized).")],
    instrument: Annotated[str, typer.Option("--instrument", help="Registry id, e.g. hstech, southbound.")],
    field: Annotated[str, typer.Option("--field", help="close, pe_ttm, net_inflow, yoy, …")],
    market: MarketOpt = None,
    replace: Annotated[
        bool, typer.Option("--replace", help="Overwrite stored values that differ (one transaction).")
    ] = False,
    column: Annotated[str | None, typer.Option("--column", help="Value column header, when ambiguous.")] = None,
    scale: Annotated[
        str | None, typer.Option("--scale", help="Multiply values by this (1e8 for 亿); default: from the header.")
    ] = None,
    source: Annotated[str | None, typer.Option("--source", help="Source text stored with each value.")] = None,
    provider: Annotated[
        str, typer.Option("--provider", help="Who computed the numbers (wind, choice, …); one series per provider.")
    ] = "user",
    licence: Annotated[
        str, typer.Option("--licence", help="Licence or terms of the data, stored with each value.")
    ] = "not stated by the importer",
    attribution: Annotated[
        str | None, typer.Option("--attribution", help="Attribution the licence requires (CC BY).")
    ] = None,
) -> None:
    """Import one export into the store; re-importing is a no-op, differing values are reported (exit 1)."""
    from analyzer.verify import open_store
    from analyzer.verify.importers import parse_export
    from analyzer.verify.store import Provenance

    factor = _scale(scale)
    prov = Provenance(provider=provider, source=source or f"file {file.name}", licence=licence, attribution=attribution)
    try:
        parsed = parse_export(file, field, column=column, scale=factor)
        with open_store(market) as store:
            written = store.write(instrument, field, parsed.rows, prov, replace=replace)
    except AnalyzerError as exc:
        raise _fail(exc) from None
    console.print(
        f"{instrument} {field} ({provider}) ← {file.name} (date column {parsed.date_column!r}, value column "
        f"{parsed.value_column!r}, ×{parsed.scale}): {parsed.rows_read} rows read, {len(parsed.rows)} taken, "
        f"{len(parsed.skipped)} skipped; {written.inserted} new, {written.unchanged} unchanged, "
        f"{written.replaced} replaced, {len(written.conflicts) - written.replaced} conflicts kept"
    )
    for s in parsed.skipped:
        console.print(f"  skipped row {s.row}: {escape(s.reason)}")
    non_positive = [s for s in parsed.skipped if WARN_SKIPPED in s.reason]
    if non_positive:
        err_console.print(
            f"warning W501 {file.name}: {len(non_positive)} rows with a {field} at or below zero were skipped "
            f"(first: row {non_positive[0].row}); check that the column and file are right"
        )
    _report_write(written, replace)
    if written.conflicts and not replace:
        err_console.print("conflicting values were not overwritten; re-run with --replace to overwrite them")
        raise typer.Exit(1)


@market_app.command("fetch")
def fetch_command(
    instrument: Annotated[str, typer.Argument(help="Registry id (hstech, southbound, cn_m2 …) or a security code.")],
    field: Annotated[str, typer.Argument(help="close, net_inflow, yoy, level, nav …")],
    market: MarketOpt = None,
    date_from: Annotated[str | None, typer.Option("--from", metavar="YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, typer.Option("--to", metavar="YYYY-MM-DD")] = None,
    kind: Annotated[str | None, typer.Option("--kind", help="For a bare code: hk_stock, a_share, etf or fund.")] = None,
    replace: Annotated[bool, typer.Option("--replace", help="Overwrite stored values that differ.")] = False,
) -> None:
    r"""Fetch one series through AKShare (pip install "analyzer\[fetch]") into the store; idempotent like import."""
    from analyzer.verify import open_store
    from analyzer.verify.fetch import fetch_into

    start, end = parse_date(date_from, "--from"), parse_date(date_to, "--to")
    if kind is not None and kind not in ("hk_stock", "a_share", "etf", "fund"):
        raise typer.BadParameter("choose hk_stock, a_share, etf or fund", param_hint="--kind")
    try:
        with open_store(market) as store:
            target, spec, written, skipped = fetch_into(
                store,
                instrument,
                field,
                start=start,
                end=end,
                kind=kind,
                replace=replace,  # type: ignore[arg-type]
            )
    except AnalyzerError as exc:
        raise _fail(exc) from None
    console.print(
        f"{target} {field} ({spec.provider}) ← {spec.call_text()}: {written.inserted} new, {written.unchanged} "
        f"unchanged, {written.replaced} replaced, {len(written.conflicts) - written.replaced} conflicts kept, "
        f"{skipped} rows without a date or value"
    )
    _report_write(written, replace)
    if written.conflicts and not replace:
        err_console.print("conflicting values were not overwritten; re-run with --replace to overwrite them")
        raise typer.Exit(1)


@market_app.command("list")
def list_command(market: MarketOpt = None) -> None:
    """List the stored series: instrument, field, provider, rows, date range, source, licence."""
    from analyzer.verify import open_store

    try:
        with open_store(market, read_only=True) as store:
            infos = store.list_series()
    except AnalyzerError as exc:
        raise _fail(exc) from None
    table = Table(title="market series")
    for col in ("instrument", "field", "provider", "rows", "from", "to", "source", "licence"):
        table.add_column(col, overflow="fold")
    for i in infos:
        licence = "; ".join(i.licences)
        if i.attributions:
            licence += " — attribution: " + "; ".join(i.attributions)
        table.add_row(
            i.instrument,
            i.field,
            i.provider,
            str(i.rows),
            str(i.first),
            str(i.last),
            escape("; ".join(i.sources)),
            escape(licence),
        )
    console.print(table)


@market_app.command("show")
def show_command(
    instrument: Annotated[str, typer.Argument(help="Registry id, e.g. hstech.")],
    market: MarketOpt = None,
    field: Annotated[str | None, typer.Option("--field", help="Only this field.")] = None,
    provider: Annotated[str | None, typer.Option("--provider", help="Only this provider.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", metavar="YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, typer.Option("--to", metavar="YYYY-MM-DD")] = None,
) -> None:
    """Show an instrument's observations (all fields and providers unless named), optionally within --from/--to."""
    from analyzer.verify import open_store

    start, end = parse_date(date_from, "--from"), parse_date(date_to, "--to")
    try:
        with open_store(market, read_only=True) as store:
            if store.instrument(instrument) is None:
                raise typer.BadParameter(
                    f"unknown instrument {instrument!r}; known: {', '.join(store.instrument_ids())}"
                )
            rows = store.observations(instrument, field, start, end, provider)
    except AnalyzerError as exc:
        raise _fail(exc) from None
    table = Table(title=f"{instrument} ({len(rows)} observations)")
    for col in ("field", "provider", "date", "value", "source"):
        table.add_column(col, overflow="fold")
    for f, prov, day, value, src, _licence in rows:
        table.add_row(f, prov, str(day), plain_decimal(value), escape(src[:60]))
    console.print(table)


def register(app: typer.Typer) -> None:
    """Add the ``market`` command group to the main CLI."""
    app.add_typer(market_app, name="market")
