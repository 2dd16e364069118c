"""``analyzer market fetch``: fill the store through AKShare (optional extra ``analyzer[fetch]``).

Registry ids map to AKShare functions in ``corpora/market/fetch.yaml``; a bare security code from the
securities master (00700, 600519, 513180) maps by its kind (HK stock, A share, ETF, fund). Every
observation records the provider function and the fetch time in its source. Writing is the same as
``market import``: identical rows are no-ops, differing values are reported, not overwritten.

AKShare is imported only here, only when a fetch runs; tests pass stand-in functions that return
DataFrames in AKShare's exact column layout.
"""

from __future__ import annotations

import datetime as dt
import re
import threading
from decimal import Decimal
from functools import cache
from typing import Any, Literal, Self

from pydantic import BaseModel, ConfigDict, Field, model_validator

from analyzer.datafiles import load_model
from analyzer.errors import MarketDataError
from analyzer.resources import corpora_path
from analyzer.verify.importers import check_scale, parse_date, parse_value
from analyzer.verify.store import MarketStore, Provenance, WriteResult, check_storable

LICENCE = "terms of the upstream site (AKShare is MIT-licensed code; the data belongs to the site it was read from)"
Kind = Literal["hk_stock", "a_share", "etf", "fund"]


class Call(BaseModel):
    """One AKShare function and its arguments; ``{code}`` in an argument is replaced by a security's code."""

    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)

    function: str
    args: dict[str, str] = {}
    provider: str

    def with_code(self, code: str) -> Self:
        return self.model_copy(update={"args": {k: v.replace("{code}", code) for k, v in self.args.items()}})

    def call_text(self) -> str:
        args = ", ".join(f"{k}={v!r}" for k, v in self.args.items())
        return f"akshare.{self.function}({args})"


class FetchSpec(Call):
    """One AKShare call and the two columns it yields."""

    date: str
    value: str
    scale: Decimal = Decimal(1)
    from_date: dt.date | None = Field(default=None, alias="from")
    until: dt.date | None = None


class ResultsSpec(Call):
    """A financial-abstract call: company results by reporting period (see ``analyzer/verify/results_frames.py``).

    ``wide``: one row per item (``label`` column names it), one column per report date (Sina's layout);
    ``long``: one row per report, ``date`` the report date column, one column per item (East Money's)."""

    layout: Literal["wide", "long"]
    label: str | None = None
    date: str | None = None
    fields: dict[str, str]
    currency: str | None = None
    currency_column: str | None = None
    fiscal_year_end: str = "12-31"
    fiscal_year_end_column: str | None = None

    @model_validator(mode="after")
    def _layout_columns(self) -> ResultsSpec:
        if self.layout == "wide" and not self.label:
            raise ValueError("a wide layout names its item column (label)")
        if self.layout == "long" and not self.date:
            raise ValueError("a long layout names its report date column (date)")
        if not self.currency and not self.currency_column:
            raise ValueError("give the reporting currency or the column stating it")
        return self


class FetchMap(BaseModel):
    """The parsed ``fetch.yaml``."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    targets: dict[str, dict[str, FetchSpec]] = {}
    kinds: dict[Kind, dict[str, FetchSpec]] = {}
    #: company results by the company's kind (``check --fetch``)
    results: dict[Kind, ResultsSpec] = {}
    #: which stored field a claim's metric is checked on (``check --fetch`` fetches that field)
    metrics: dict[str, str] = {}
    #: fund codes that are exchange-traded funds (fetched as ``etf``, the others as ``fund``)
    etf_prefixes: tuple[str, ...] = ()


@cache
def fetch_map() -> FetchMap:
    return load_model(corpora_path("market", "fetch.yaml"), FetchMap, MarketDataError, "E510", "fetch map")


def _guess_kind(code: str) -> Kind | None:
    """A bare code's kind when its shape says it: 4–5 digits (or .HK) → HK stock; else None."""
    if re.fullmatch(r"\d{4,5}(\.HK)?", code, flags=re.IGNORECASE):
        return "hk_stock"
    return None


def normalize_code(code: str, kind: Kind) -> str:
    """00700 for 0700.HK / 700; 6 digits for mainland codes (sh600519 → 600519)."""
    bare = re.sub(r"(?i)\.(hk|sh|sz|bj|of)$|^(sh|sz|bj)", "", code.strip())
    return bare.zfill(5) if kind == "hk_stock" else bare


def resolve(instrument: str, field_name: str, kind: Kind | None = None) -> tuple[str, FetchSpec]:
    """(store instrument id, fetch spec) for a registry id or a bare security code."""
    fmap = fetch_map()
    if instrument in fmap.targets:
        fields = fmap.targets[instrument]
        if field_name not in fields:
            raise MarketDataError(
                f"no AKShare source for {instrument} {field_name}; fetchable fields: {', '.join(sorted(fields))}",
                code="E533",
            )
        return instrument, fields[field_name]
    kind = kind or _guess_kind(instrument)
    if kind is None:
        known = ", ".join(sorted(fmap.targets))
        raise MarketDataError(
            f"{instrument!r} is neither a fetchable registry id ({known}) nor a code whose kind is known; "
            "give --kind hk_stock|a_share|etf|fund",
            code="E533",
        )
    code = normalize_code(instrument, kind)
    fields = fmap.kinds.get(kind, {})
    if field_name not in fields:
        raise MarketDataError(
            f"no AKShare source for a {kind} {field_name}; fetchable: {', '.join(sorted(fields))}", code="E533"
        )
    return code, fields[field_name].with_code(code)


def load_akshare() -> Any:
    """The akshare module, or one coded line saying how to install it."""
    try:
        import akshare
    except ImportError as exc:
        raise MarketDataError(
            f'akshare is not installed ({exc}); install the fetch extra: pip install "analyzer[fetch]"',
            code="E530",
        ) from None
    return akshare


def akshare_version(ak: Any) -> str:
    """The AKShare version a fetch used, as provenance records it."""
    return str(getattr(ak, "__version__", "") or "unknown")


def fetched_provenance(spec: Call, provider: str, ak: Any, now: dt.datetime) -> Provenance:
    """What every fetched observation records: the call, the fetch time and the AKShare version."""
    stamp = now.strftime("%Y-%m-%dT%H:%M:%SZ")
    source = f"{spec.call_text()} fetched {stamp} with akshare {akshare_version(ak)}"
    return Provenance(provider=provider, source=source, licence=LICENCE)


#: seconds one AKShare call may take before it counts as failed: AKShare's HTTP calls mostly set no
#: timeout, so a network that accepts a connection and never answers would otherwise hang ``check``
CALL_TIMEOUT_S = 60.0


def call(spec: Call, ak: Any, timeout: float | None = None) -> Any:
    """Run the AKShare function; any failure (no network, a site change) is one coded line, and so is a
    call that has not answered after ``timeout`` seconds (default :data:`CALL_TIMEOUT_S`)."""
    fn = getattr(ak, spec.function, None)
    if fn is None:
        raise MarketDataError(f"this akshare has no function {spec.function}; upgrade akshare", code="E532")
    limit = CALL_TIMEOUT_S if timeout is None else timeout
    answer: list[Any] = []
    failure: list[BaseException] = []

    def run() -> None:
        try:
            answer.append(fn(**spec.args))
        # AKShare raises whatever its HTTP client, JSON parser or pandas raise (ConnectionError,
        # JSONDecodeError, KeyError on a changed page, …): at this boundary each means "could not fetch".
        except Exception as exc:
            failure.append(exc)

    # a daemon thread: a call that never returns is left behind and cannot keep the process alive
    worker = threading.Thread(target=run, name=f"akshare.{spec.function}", daemon=True)
    worker.start()
    worker.join(limit)
    if worker.is_alive():
        raise MarketDataError(
            f"{spec.call_text()} did not answer within {limit:g} s; is the network reachable?", code="E537"
        )
    if failure:
        exc = failure[0]
        first = str(exc).splitlines()[0][:200] if str(exc) else ""
        raise MarketDataError(
            f"{spec.call_text()} failed ({type(exc).__name__}: {first}); is the network reachable?", code="E531"
        ) from None
    return answer[0]


def rows_from_frame(
    frame: Any, spec: FetchSpec, start: dt.date | None, end: dt.date | None
) -> tuple[list[tuple[dt.date, Decimal]], int]:
    """(dated Decimal rows, rows skipped) from the DataFrame AKShare returned, in its column layout."""
    columns = [str(c) for c in getattr(frame, "columns", [])]
    missing = [c for c in (spec.date, spec.value) if c not in columns]
    if missing:
        raise MarketDataError(
            f"{spec.call_text()} returned columns {columns}; expected {spec.date!r} and {spec.value!r} "
            "(the AKShare layout may have changed)",
            code="E532",
        )
    rows: dict[dt.date, Decimal] = {}
    skipped = 0
    for day_cell, value_cell in zip(frame[spec.date].tolist(), frame[spec.value].tolist(), strict=True):
        day = parse_date(day_cell)
        value = parse_value(value_cell)
        if day is None or value is None:
            skipped += 1
            continue
        if (spec.from_date and day < spec.from_date) or (spec.until and day > spec.until):
            continue
        if (start and day < start) or (end and day > end):
            continue
        value *= spec.scale
        why = check_storable(value)
        if why is not None:
            raise MarketDataError(f"{spec.call_text()} {day}: {why}", code="E508")
        rows[day] = value
    return sorted(rows.items()), skipped


def fetch_into(
    store: MarketStore,
    instrument: str,
    field_name: str,
    *,
    start: dt.date | None = None,
    end: dt.date | None = None,
    kind: Kind | None = None,
    replace: bool = False,
    ak: Any = None,
    now: dt.datetime | None = None,
) -> tuple[str, FetchSpec, WriteResult, int]:
    """Fetch one series and write it; returns (store id, spec, what the write did, rows skipped)."""
    target, spec = resolve(instrument, field_name, kind)
    check_scale(spec.scale)
    if store.instrument(target) is None:
        if target == instrument and instrument in fetch_map().targets:
            raise MarketDataError(f"unknown instrument {instrument!r} in the store's registry", code="E506")
        store.add_security(target, kind or _guess_kind(instrument) or "stock", target)
    ak = ak if ak is not None else load_akshare()
    frame = call(spec, ak)
    rows, skipped = rows_from_frame(frame, spec, start, end)
    if not rows:
        raise MarketDataError(f"{spec.call_text()} returned no rows in the requested range", code="E534")
    prov = fetched_provenance(spec, spec.provider, ak, now or dt.datetime.now(dt.UTC))
    return target, spec, store.write(target, field_name, rows, prov, replace=replace), skipped
