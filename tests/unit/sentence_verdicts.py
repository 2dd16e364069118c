"""Shared by the checker tables (test_verify_issue21, test_verify_reach*): a sentence run through the
pipeline and reviewed against a store seeded from the shipped corpora/market, in both scripts (the store
itself is the session fixture ``store`` of tests/unit/conftest.py)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator

import opencc
import pytest

from analyzer.claims import is_certain
from analyzer.pipeline import analyze, review
from analyzer.types import DocumentResult, VerdictStatus
from analyzer.verify import MarketStore, open_store

S2T = opencc.OpenCC("s2t")
#: the statuses and the date a checker table's rows are written with
S, C, U = VerdictStatus.SUPPORTED, VerdictStatus.CONTRADICTED, VerdictStatus.UNVERIFIABLE
D = dt.date


def seeded_store(tmp_path_factory: pytest.TempPathFactory, name: str) -> Iterator[MarketStore]:
    """A read-only store seeded from the shipped series (one per test module)."""
    store = open_store(tmp_path_factory.mktemp(name) / "market.duckdb", read_only=True)
    yield store
    store.close()


def reviewed(text: str, as_of: dt.date, store: MarketStore) -> DocumentResult:
    result = analyze(text.encode("utf-8"), name="case.txt", as_of=as_of)
    review(result, store=store)
    return result


def assert_verdict(text: str, as_of: dt.date, metric: str, status: VerdictStatus, store: MarketStore) -> None:
    """The last claim of ``metric`` in ``text`` gets ``status``; a verdict says its method and the
    observations it used; a contradicted claim is certain."""
    result = reviewed(text, as_of, store)
    claims = [c for c in result.claims if c.metric == metric]
    assert claims, f"no {metric} claim in {text}: {[c.metric for c in result.claims]}"
    verdict = {v.claim_id: v for v in result.verdicts}[claims[-1].id]
    assert verdict.status is status, (verdict.method, verdict.reason, verdict.computed)
    if status is not VerdictStatus.UNVERIFIABLE:
        assert verdict.method and verdict.method != "none"
        assert verdict.data, verdict
    if status is VerdictStatus.CONTRADICTED:
        assert is_certain(claims[-1])


#: the ASCII punctuation a table row is written with, and its full-width form (，：；（）) in real news
FULL_WIDTH = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）"})
#: a sentence written in Simplified with ASCII punctuation, in each script and punctuation width (a test's ids)
TEXT_FORMS = {
    "简-ascii": lambda s: s,
    "简-full": lambda s: s.translate(FULL_WIDTH),
    "繁-ascii": S2T.convert,
    "繁-full": lambda s: S2T.convert(s).translate(FULL_WIDTH),
}


def four_forms(cases: list[tuple[str, dt.date, str, VerdictStatus]]) -> list[object]:
    """Each row in Simplified and Traditional, each with ASCII and with full-width punctuation."""
    params = []
    for i, (text, as_of, metric, status) in enumerate(cases):
        for script, convert in (("简", str), ("繁", S2T.convert)):
            for width, wide in (("半", str), ("全", lambda t: t.translate(FULL_WIDTH))):
                form = wide(convert(text))
                params.append(pytest.param(form, as_of, metric, status, id=f"{i}-{script}{width}-{metric}-{status}"))
    return params
