"""``analyzer market import|fetch|list|show``: the market data store from the command line."""

from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Annotated

import typer
from rich.cells import cell_len
from rich.console import Console
from rich.markup import escape

from analyzer.cli.common import parse_date
from analyzer.cli.output import WideOpt
from analyzer.errors import AnalyzerError, MarketDataError
from analyzer.extract.numbers import plain_decimal
from analyzer.report.table import Column, fit_table, format_magnitude, terminal_width, wrap_cells

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
#: what an import without --licence stores (and the store's default); tables show it as "not stated"
DEFAULT_LICENCE = "not stated by the importer"
#: a licence name in a table cell is at most this many cells; the full text is printed below the table
LICENCE_CELLS = 20
#: skipped rows of an import shown one per line; the rest are counted
SKIPPED_SHOWN = 10


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
    ] = DEFAULT_LICENCE,
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
        f"{parsed.n_skipped} skipped; {written.inserted} new, {written.unchanged} unchanged, "
        f"{written.replaced} replaced, {len(written.conflicts) - written.replaced} conflicts kept"
    )
    for s in parsed.skipped[:SKIPPED_SHOWN]:  # the first few, then a count: never one line per row
        console.print(f"  skipped row {s.row}: {escape(s.reason)}")
    if len(parsed.skipped) > SKIPPED_SHOWN:
        rest = sum(s.rows for s in parsed.skipped[SKIPPED_SHOWN:])
        console.print(f"  … and {rest} more skipped rows")
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


MONEY_UNITS = frozenset({"CNY", "HKD", "USD"})
#: fields that are amounts of money when an imported series has no catalog unit (closes, PE and
#: percentages stay plain decimals)
MONEY_FIELDS = frozenset({"net_inflow", "net_inflow_quota", "buy_turnover", "sell_turnover", "turnover"})
_FILE_SOURCE = re.compile(r"^(?:corpora/market/)?(?P<file>[^\s:]+\.(?:csv|xlsx?)): ")
_CALL_SOURCE = re.compile(r"^(?P<call>akshare\.\w+)\(")


def short_source(source: str) -> str:
    """A source's short name for a table cell: the shipped file, the AKShare function, else itself."""
    if m := _FILE_SOURCE.match(source):
        return m.group("file").rsplit("/", 1)[-1]
    if m := _CALL_SOURCE.match(source):
        return m.group("call")
    return source


def short_licence(licence: str) -> str:
    """A licence's name for a table cell: without its explanation ('CC BY 4.0 (Creative Commons …)' →
    'CC BY 4.0'), the importer's default as 'not stated', and at most LICENCE_CELLS cells."""
    if licence == DEFAULT_LICENCE:
        return "not stated"
    short = licence.split(" (", 1)[0]
    if cell_len(short) <= LICENCE_CELLS:
        return short
    cut = short
    while cell_len(cut) > LICENCE_CELLS - 1:
        cut = cut[:-1]
    return cut.rstrip() + "…"


def _explained(licence: str) -> str:
    """What a licence's parenthesis says: 'none stated (the repository has no licence …)' → 'the repository …'."""
    short = short_licence(licence)
    rest = licence[len(short) :].strip() if licence.startswith(short) else ""
    return rest[1:-1] if rest.startswith("(") and rest.endswith(")") else licence


def _money_unit(store: object, instrument: str, field: str, provider: str) -> str | None:
    """The currency of a series of amounts (catalog unit, else a money field in the instrument's
    currency); None for closes, PE, percentages and other plain figures."""
    from analyzer.verify.catalog import default_catalog

    for spec in default_catalog().series:
        if (spec.instrument, spec.field, spec.provider) == (instrument, field, provider):
            return spec.unit if spec.unit in MONEY_UNITS else None
    if field in MONEY_FIELDS:
        info = store.instrument(instrument) or {}  # type: ignore[attr-defined]
        return str(info.get("currency") or "") or None
    return None


def _lines(texts: Iterable[str], width: int) -> str:
    return "".join("\n".join(wrap_cells(t, width, "", "  ")) + "\n" for t in texts)


@market_app.command("list")
def list_command(
    market: MarketOpt = None,
    wide: WideOpt = False,
    long: Annotated[
        bool, typer.Option("--long", help="Print each series' full source, licence and attribution below the table.")
    ] = False,
) -> None:
    """List the stored series, one row each: instrument, field, provider, rows, date range, short source
    and licence; licence texts and attributions are printed once below (full sources with --long)."""
    from analyzer.cli.output import print_fitted
    from analyzer.verify import open_store

    try:
        with open_store(market, read_only=True) as store:
            infos = store.list_series()
    except AnalyzerError as exc:
        raise _fail(exc) from None
    columns = [
        Column("instrument", "key", keep=10),
        Column("field", "key", keep=9),
        Column("provider", "key", keep=8),
        Column("rows", "number", keep=6),
        Column("from", "key", keep=4),
        Column("to", "key", keep=5),
        Column("source", keep=3, min_width=10),
        Column("licence", "key", keep=7),
    ]
    rows = []
    for i in infos:
        extra = f" +{len(i.sources) - 1}" if len(i.sources) > 1 else ""
        licence = "; ".join(dict.fromkeys(short_licence(x) for x in i.licences))
        rows.append(
            [
                i.instrument,
                i.field,
                i.provider,
                str(i.rows),
                str(i.first),
                str(i.last),
                short_source(i.sources[0]) + extra if i.sources else "",
                licence + (" *" if i.attributions else ""),
            ]
        )
    width = terminal_width()
    fitted = fit_table(f"market series ({len(infos)})", columns, rows, width, wide=wide)
    footer: list[str] = []
    texts = dict.fromkeys(x for i in infos for x in i.licences)
    footer += [f"licence {short_licence(t)}: {_explained(t)}" for t in texts if short_licence(t) != t]
    footer += [
        f"* attribution for {i.instrument} {i.field} ({i.provider}): {'; '.join(i.attributions)}"
        for i in infos
        if i.attributions
    ]
    if long:
        for i in infos:
            footer.append(f"{i.instrument} {i.field} ({i.provider}): {'; '.join(i.sources)}")
    else:
        footer.append("full sources: analyzer market list --long")
    print_fitted([fitted], None, footer)


@market_app.command("show")
def show_command(
    instrument: Annotated[str, typer.Argument(help="Registry id, e.g. hstech.")],
    market: MarketOpt = None,
    field: Annotated[str | None, typer.Option("--field", help="Only this field.")] = None,
    provider: Annotated[str | None, typer.Option("--provider", help="Only this provider.")] = None,
    date_from: Annotated[str | None, typer.Option("--from", metavar="YYYY-MM-DD")] = None,
    date_to: Annotated[str | None, typer.Option("--to", metavar="YYYY-MM-DD")] = None,
    exact: Annotated[
        bool, typer.Option("--exact", help="Values exactly as stored (4520000000), not with magnitude words (45.20亿).")
    ] = False,
    wide: WideOpt = False,
) -> None:
    """Show an instrument's observations (all fields and providers unless named), optionally within
    --from/--to; each series' source, licence and attribution are printed once above the table."""
    from analyzer.cli.output import print_fitted
    from analyzer.verify import open_store

    start, end = parse_date(date_from, "--from"), parse_date(date_to, "--to")
    try:
        with open_store(market, read_only=True) as store:
            if store.instrument(instrument) is None:
                raise typer.BadParameter(
                    f"unknown instrument {instrument!r}; known: {', '.join(store.instrument_ids())}"
                )
            rows = store.observations(instrument, field, start, end, provider)
            series = {(i.field, i.provider): i for i in store.list_series() if i.instrument == instrument}
            units = {key: _money_unit(store, instrument, *key) for key in dict.fromkeys((r[0], r[1]) for r in rows)}
    except AnalyzerError as exc:
        raise _fail(exc) from None
    width = terminal_width()
    # each distinct source once, numbered when a series has more than one (then a column names it)
    numbered = any(len(series[key].sources) > 1 for key in units if key in series)
    number: dict[str, int] = {}
    header: list[str] = []
    for key, unit in units.items():
        info = series.get(key)
        sources = sorted({r[4] for r in rows if (r[0], r[1]) == key})
        licences = sorted({r[5] for r in rows if (r[0], r[1]) == key})
        what = f"{instrument} {key[0]} ({key[1]})" + (f", amounts in {unit}" if unit else "")
        for src in sources:
            number.setdefault(src, len(number) + 1)
            tag = f"[{number[src]}] " if numbered else ""
            header.append(f"{tag}{what}: {src}")
        line = f"  licence: {'; '.join(licences)}"
        if info is not None and info.attributions:
            line += f"; attribution: {'; '.join(info.attributions)}"
        header.append(line)
    columns = [
        Column("field", "key", keep=9),
        Column("provider", "key", keep=8),
        Column("date", "key", keep=10),
        Column("value", "number", keep=10),
    ]
    if numbered:
        columns.append(Column("source", "key", keep=5, short="src"))
    table_rows = []
    for f, prov, day, value, src, _licence in rows:
        unit = units[(f, prov)]
        shown = plain_decimal(value) if exact or unit is None else format_magnitude(value, unit, places=2)
        cells = [f, prov, str(day), shown]
        if numbered:
            cells.append(f"[{number[src]}]")
        table_rows.append(cells)
    sys.stdout.write(_lines(header, width))
    fitted = fit_table(f"{instrument} ({len(rows)} observations)", columns, table_rows, width, wide=wide)
    print_fitted([fitted], None)


def register(app: typer.Typer) -> None:
    """Add the ``market`` command group to the main CLI."""
    app.add_typer(market_app, name="market")
