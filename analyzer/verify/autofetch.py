"""``check --fetch``: before verifying, fetch through AKShare what certain claims need and the store lacks.

For each certain claim (``is_certain``; no forecast, no intraday figure) whose metric is checked on a
stored field (``fetch.yaml`` ``metrics``), the subject's series is needed when the store has none or
ends before the claim's period does. It is fetched once per (subject, field): the registry's instruments
through ``fetch.yaml`` ``targets``, securities by their code's kind (``kinds``), company results through
the financial-abstract functions (``results``), and stored as provider ``akshare:<function>`` with the
call, the fetch time and the AKShare version as its source. The fetch log (``fetchlog.py``) is the
cache: a series fetched once is not fetched again for dates that fetch covered. What cannot be fetched
(no network, no akshare, a changed layout) is collected, never raised: its claims stay unverifiable.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any

from analyzer.errors import MarketDataError
from analyzer.types import Claim, DocumentResult, SubjectRef
from analyzer.verify.certainty import is_certain
from analyzer.verify.fetch import (
    Call,
    FetchSpec,
    Kind,
    ResultsSpec,
    akshare_version,
    call,
    fetch_map,
    fetched_provenance,
    load_akshare,
    normalize_code,
    rows_from_frame,
)
from analyzer.verify.fetchlog import Logged, logged, record
from analyzer.verify.registry import store_id
from analyzer.verify.results_frames import read_results
from analyzer.verify.store import MarketStore, Provenance

PROVIDER_PREFIX = "akshare:"
#: a claim's period reaches back before its start (a return's base is the close before it)
LOOKBACK = dt.timedelta(days=14)
_HK_CODE = re.compile(r"(?i)\d{4,5}(\.HK)?")


@dataclass
class Need:
    """One series to fetch: where it is stored, the call that gives it, and the claims that want it."""

    instrument: str
    field: str
    spec: Call
    kind: Kind | None
    name: str
    end: dt.date
    claims: list[str] = field(default_factory=list)

    @property
    def provider(self) -> str:
        return PROVIDER_PREFIX + self.spec.function

    @property
    def label(self) -> str:
        return f"{self.instrument} {self.field}"


@dataclass
class FetchOutcome:
    """What a fetch pass did: series fetched (with rows written), reused from the cache, and failed."""

    fetched: list[tuple[Need, int]] = field(default_factory=list)
    reused: list[Need] = field(default_factory=list)
    failed: list[tuple[Need, MarketDataError]] = field(default_factory=list)

    def failure_line(self) -> str | None:
        """One coded line naming every series that could not be fetched, or None."""
        if not self.failed:
            return None
        reasons: dict[str, list[str]] = {}
        for need, exc in self.failed:
            reasons.setdefault(exc.one_line(), []).append(need.label)
        parts = [f"{', '.join(labels)} ({why})" for why, labels in reasons.items()]
        n = len(self.failed)
        claims = sum(len(need.claims) for need, _ in self.failed)
        return (
            f"E535 could not fetch {n} series: {'; '.join(parts)}; "
            f"{claims} claim{'s' if claims != 1 else ''} needing {'them' if n != 1 else 'it'} "
            f"stay{'s' if claims == 1 else ''} unverifiable"
        )


def _kind(subject: SubjectRef, code: str) -> Kind | None:
    """How a subject's code is fetched: HK or A-share stock, ETF or open-end fund."""
    fmap = fetch_map()
    if subject.kind == "fund":
        return "etf" if code.startswith(fmap.etf_prefixes) else "fund"
    if subject.kind in ("stock", "company", "bank"):
        return "hk_stock" if _HK_CODE.fullmatch(code) else "a_share"
    return None


def spec_for(subject: SubjectRef, target: str, field_name: str) -> tuple[Call, Kind | None] | None:
    """The AKShare call that gives ``target``'s ``field_name``, or None when there is none."""
    fmap = fetch_map()
    if field_name in fmap.targets.get(target, {}):
        return fmap.targets[target][field_name], None
    code = (subject.code or "").strip()
    if not code:
        return None
    kind = _kind(subject, code)
    if kind is None:
        return None
    bare = normalize_code(code, kind)
    results = fmap.results.get(kind)
    if results is not None and field_name in results.fields:
        return results.with_code(bare), kind
    spec = fmap.kinds.get(kind, {}).get(field_name)
    return (spec.with_code(bare), kind) if spec is not None else None


def _wanted(claim: Claim) -> str | None:
    """The stored field a claim is checked on, if it is one ``check --fetch`` may fetch for."""
    fld = fetch_map().metrics.get(claim.metric)
    if fld is None or claim.forecast or claim.intraday or claim.subject is None:
        return None
    p = claim.period
    if p is None or p.end is None or p.invalid or not is_certain(claim):
        return None
    return fld


def plan(results: Iterable[DocumentResult], store: MarketStore) -> list[Need]:
    """The series the documents' certain claims need and the store lacks (or holds only up to an earlier
    date than the claim's period end), one per (subject, field), in the order first needed. ``results``
    is read once, so a stream of documents is never held in memory."""
    needs: dict[tuple[str, str], Need] = {}
    for result in results:
        for claim in result.claims:
            field_name = _wanted(claim)
            if field_name is None:
                continue
            subject = claim.subject
            assert subject is not None and claim.period is not None and claim.period.end is not None
            target = store_id(subject)
            if target is None:
                continue
            end = claim.period.end
            lasts = [s.last for s in store.all_series(target, field_name) if s.last is not None]
            if lasts and max(lasts) >= end:
                continue
            key = (target, field_name)
            if key not in needs:
                found = spec_for(subject, target, field_name)
                if found is None:
                    continue
                spec, kind = found
                needs[key] = Need(target, field_name, spec, kind, subject.alias, end)
            need = needs[key]
            need.end = max(need.end, end)
            need.claims.append(claim.id)
    return list(needs.values())


def _cached(store: MarketStore, need: Need) -> bool:
    entry = logged(store, need.instrument, need.field, need.provider)
    return entry is not None and entry.covers_to >= need.end


def _write_results(
    store: MarketStore, need: Need, spec: ResultsSpec, frame: Any, prov: Provenance, entry: Logged
) -> int:
    """Write every field of a results frame (one call gives revenue, profit and EPS) and log each."""
    read = read_results(frame, spec)
    written = 0
    for field_name in spec.fields:
        rows = read.rows.get(field_name, [])
        if rows:
            written += store.write(need.instrument, field_name, rows, prov).inserted
        meta = replace(entry, rows=len(rows), currency=read.currency, fiscal_year_end=read.fiscal_year_end)
        record(store, need.instrument, field_name, need.provider, meta)
    if not read.rows.get(need.field):
        raise MarketDataError(f"{spec.call_text()} returned no {need.field} figures", code="E534")
    return written


def _fetch_one(store: MarketStore, need: Need, ak: Any, now: dt.datetime) -> int:
    """Fetch one series into the store and log it (even when it holds no rows: not fetched again for
    the same dates); the number of new rows."""
    frame = call(need.spec, ak)
    version = akshare_version(ak)
    prov = fetched_provenance(need.spec, need.provider, ak, now)
    entry = Logged(need.spec.call_text(), max(need.end, now.date()), now, version, 0, None, None)
    if store.instrument(need.instrument) is None:
        store.add_security(need.instrument, need.kind or "stock", need.name)
    if isinstance(need.spec, ResultsSpec):
        return _write_results(store, need, need.spec, frame, prov, entry)
    assert isinstance(need.spec, FetchSpec)
    rows, _skipped = rows_from_frame(frame, need.spec, None, None)
    written = store.write(need.instrument, need.field, rows, prov).inserted if rows else 0
    record(store, need.instrument, need.field, need.provider, replace(entry, rows=len(rows)))
    if not rows:
        raise MarketDataError(f"{need.spec.call_text()} returned no rows", code="E534")
    return written


def fetch_needs(
    store: MarketStore, needs: Iterable[Need], *, ak: Any = None, now: dt.datetime | None = None
) -> FetchOutcome:
    """Fetch every need the cache does not cover; failures are collected, never raised."""
    outcome = FetchOutcome()
    now = now or dt.datetime.now(dt.UTC)
    failed_calls: dict[str, MarketDataError] = {}  # one call is tried once per run (a results call serves 3 fields)
    hung: MarketDataError | None = None
    for need in needs:
        if _cached(store, need):
            outcome.reused.append(need)
            continue
        if (earlier := failed_calls.get(need.spec.call_text(), hung)) is not None:
            outcome.failed.append((need, earlier))
            continue
        try:
            ak = ak if ak is not None else load_akshare()
            outcome.fetched.append((need, _fetch_one(store, need, ak, now)))
        except MarketDataError as exc:
            failed_calls[need.spec.call_text()] = exc
            outcome.failed.append((need, exc))
            if exc.code == "E537":
                hung = exc  # a network that hangs once hangs again: the rest are not tried (one wait, not N)
    return outcome


def fetch_for(
    results: Iterable[DocumentResult], store: MarketStore, *, ak: Any = None, now: dt.datetime | None = None
) -> FetchOutcome:
    """Plan and fetch in one step (what ``check --fetch`` runs before verifying)."""
    return fetch_needs(store, plan(results, store), ak=ak, now=now)
