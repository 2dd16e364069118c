"""``--fetch`` for ``check`` and ``batch --verify``: fill the store through AKShare before verifying.

Whether to fetch: ``--fetch`` / ``--no-fetch``, else ``fetch = true`` in the configuration; ``--offline``
wins over both and never touches the network (what earlier fetches stored is still used). What could
not be fetched is one coded line (E535); every verdict is then what it would be without ``--fetch``.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any

import typer
from rich.console import Console
from rich.text import Text

from analyzer.errors import MarketDataError
from analyzer.types import DocumentResult

if TYPE_CHECKING:
    from analyzer.verify.autofetch import FetchOutcome

err_console = Console(stderr=True, highlight=False, soft_wrap=True)

FetchOpt = Annotated[
    bool | None,
    typer.Option(
        "--fetch/--no-fetch",
        help=r'Before verifying, fetch through AKShare (pip install "analyzer\[fetch]") the series certain claims '
        "need and the store lacks; cached in the store. Default: the configuration's fetch.",
    ),
]
OfflineOpt = Annotated[
    bool, typer.Option("--offline", help="Never touch the network (overrides --fetch and fetch = true).")
]


def wants_fetch(fetch: bool | None, offline: bool, configured: bool) -> bool:
    """Whether this run fetches: --offline never, else --fetch/--no-fetch, else the configuration."""
    if offline:
        return False
    return configured if fetch is None else fetch


def fetch_before_verify(results: Iterable[DocumentResult], market: Path | None, *, quiet: bool = False) -> None:
    """Fetch what the documents' certain claims need into the store at ``market``; say what was fetched
    (unless ``quiet``) and, on one coded line, what could not be."""
    from analyzer.verify import open_store
    from analyzer.verify.autofetch import fetch_for

    try:
        store = open_store(market)
    except MarketDataError as exc:  # held by another process, unwritable: verify what is there
        _unwritable(exc)
        return
    with store:
        outcome = fetch_for(results, store)
    _say(outcome, quiet)


def fetch_before_batch(inputs: list[str], market: Path | None, *, quiet: bool = False, **analyze: Any) -> None:
    """``batch --verify --fetch``: a first pass extracts every input's claims (in the same pool, with the
    batch's conversion and date; errors skipped: the batch itself reports them), then fetches what their
    certain claims need, before the batch's workers open the store to read."""
    from analyzer.batch import analyze_many
    from analyzer.verify import open_store
    from analyzer.verify.autofetch import fetch_for

    try:
        store = open_store(market)
    except MarketDataError as exc:
        _unwritable(exc)
        return
    with store:
        outcome = fetch_for(analyze_many(inputs, errors="skip", **analyze), store)
    _say(outcome, quiet)


def _unwritable(exc: MarketDataError) -> None:
    why = exc.one_line()
    line = f"E535 could not fetch: the market store cannot be opened to write ({why}); verifying with what it holds"
    err_console.print(Text.assemble(("warning", "bold yellow"), " ", line), emoji=False)


def _say(outcome: FetchOutcome, quiet: bool) -> None:
    """What was fetched and reused (unless ``quiet``), then the one coded line of what could not be."""
    if not quiet:
        for need, rows in outcome.fetched:
            err_console.print(
                Text(f"fetched {need.label} ({need.provider}) ← {need.spec.call_text()}: {rows} new rows")
            )
        if outcome.reused:
            shown = ", ".join(n.label for n in outcome.reused)
            err_console.print(Text(f"already fetched, no call made: {shown}"))
    line = outcome.failure_line()
    if line is not None:
        err_console.print(Text.assemble(("warning", "bold yellow"), " ", line), emoji=False)
