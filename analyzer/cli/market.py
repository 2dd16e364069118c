"""``analyzer market import|list|show``: the market data store from the command line."""

from __future__ import annotations

from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from analyzer.cli.common import parse_date
from analyzer.errors import AnalyzerError
from analyzer.extract.numbers import plain_decimal

market_app = typer.Typer(
    name="market",
    help="The market data store: import CSV/Excel exports, list series, show observations.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
console = Console(highlight=False, soft_wrap=True)
err_console = Console(stderr=True, highlight=False, soft_wrap=True)

MARKET_HELP = "Market store (DuckDB file); default: $ANALYZER_MARKET_DB, else market.duckdb in the user data dir."
MarketOpt = Annotated[Path | None, typer.Option("--market", help=MARKET_HELP, metavar="PATH")]


def _fail(exc: AnalyzerError) -> typer.Exit:
    err_console.print(f"[bold red]error[/] {escape(exc.one_line())}")
    return typer.Exit(2)


@market_app.command("import")
def import_command(
    file: Annotated[Path, typer.Argument(help="CSV or .xlsx export (Wind/Choice layouts are recognized).")],
    instrument: Annotated[str, typer.Option("--instrument", help="Registry id, e.g. hstech, southbound.")],
    field: Annotated[str, typer.Option("--field", help="close, pe_ttm, net_inflow, yoy, …")],
    market: MarketOpt = None,
    replace: Annotated[bool, typer.Option("--replace", help="Overwrite stored values that differ.")] = False,
    column: Annotated[str | None, typer.Option("--column", help="Value column header, when ambiguous.")] = None,
    scale: Annotated[
        str | None, typer.Option("--scale", help="Multiply values by this (1e8 for 亿); default: from the header.")
    ] = None,
    source: Annotated[str | None, typer.Option("--source", help="Source text stored with each value.")] = None,
) -> None:
    """Import one export into the store; re-importing is a no-op, differing values are reported (exit 1)."""
    from analyzer.verify import open_store
    from analyzer.verify.importers import parse_export

    try:
        factor = Decimal(scale) if scale is not None else None
    except InvalidOperation:
        raise typer.BadParameter(f"{scale!r} is not a number", param_hint="--scale") from None
    try:
        parsed = parse_export(file, field, column=column, scale=factor)
        with open_store(market) as store:
            written = store.write(instrument, field, parsed.rows, source or f"file {file.name}", replace=replace)
    except AnalyzerError as exc:
        raise _fail(exc) from None
    console.print(
        f"{instrument} {field} ← {file.name} (date column {parsed.date_column!r}, value column "
        f"{parsed.value_column!r}, ×{parsed.scale}): {parsed.rows_read} rows read, {len(parsed.rows)} taken, "
        f"{len(parsed.skipped)} skipped; {written.inserted} new, {written.unchanged} unchanged, "
        f"{written.replaced} replaced, {len(written.conflicts) - written.replaced} conflicts kept"
    )
    for s in parsed.skipped:
        console.print(f"  skipped row {s.row}: {escape(s.reason)}")
    for c in written.conflicts:
        action = "replaced" if replace else "kept stored value"
        console.print(
            f"  conflict {c.date}: stored {plain_decimal(c.stored)}, file {plain_decimal(c.incoming)} ({action})"
        )
    if written.conflicts and not replace:
        err_console.print("conflicting values were not overwritten; re-run with --replace to overwrite them")
        raise typer.Exit(1)


@market_app.command("list")
def list_command(market: MarketOpt = None) -> None:
    """List the stored series: instrument, field, rows, date range, source."""
    from analyzer.verify import open_store

    try:
        with open_store(market, read_only=True) as store:
            infos = store.list_series()
    except AnalyzerError as exc:
        raise _fail(exc) from None
    table = Table(title="market series")
    for col in ("instrument", "field", "rows", "from", "to", "source"):
        table.add_column(col, overflow="fold")
    for i in infos:
        table.add_row(i.instrument, i.field, str(i.rows), str(i.first), str(i.last), escape("; ".join(i.sources)))
    console.print(table)


@market_app.command("show")
def show_command(
    instrument: Annotated[str, typer.Argument(help="Registry id, e.g. hstech.")],
    market: MarketOpt = None,
    field: Annotated[str | None, typer.Option("--field", help="Only this field.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", metavar="YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, typer.Option("--to", metavar="YYYY-MM-DD")] = None,
) -> None:
    """Show an instrument's observations (all fields unless --field), optionally within --from/--to."""
    from analyzer.verify import open_store

    start, end = parse_date(date_from, "--from"), parse_date(date_to, "--to")
    try:
        with open_store(market, read_only=True) as store:
            if store.instrument(instrument) is None:
                raise typer.BadParameter(
                    f"unknown instrument {instrument!r}; known: {', '.join(store.instrument_ids())}"
                )
            rows = store.observations(instrument, field, start, end)
    except AnalyzerError as exc:
        raise _fail(exc) from None
    table = Table(title=f"{instrument} ({len(rows)} observations)")
    for col in ("field", "date", "value", "source"):
        table.add_column(col, overflow="fold")
    for f, day, value, src in rows:
        table.add_row(f, str(day), plain_decimal(value), escape(src[:60]))
    console.print(table)


def register(app: typer.Typer) -> None:
    """Add the ``market`` command group to the main CLI."""
    app.add_typer(market_app, name="market")
