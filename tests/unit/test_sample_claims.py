"""The sample article: every claim the extraction issue (#2) lists, a golden file of all claims,
offsets checked by slicing, the same claims from the Simplified text, and nothing absurd."""

from __future__ import annotations

import datetime as dt
import json
import os
import re
from decimal import Decimal
from pathlib import Path

import pytest

from analyzer.report.serialize import to_jsonl
from analyzer.types import Claim, DocumentResult

_YEAR_RANGE = re.compile(r"\d{4}-\d{4}年")

GOLDEN = Path(__file__).resolve().parents[1] / "golden"
D = dt.date
# (subject id, metric, value or label, period start, period end, cited source or None)
# fmt: off
REQUIRED = [
    ("hstech", "return", "77.84", D(2024, 3, 7), D(2025, 3, 6), "Wind"),
    ("cn_m1", "growth_yoy", "-3.3", D(2024, 9, 1), D(2024, 9, 30), "Wind"),
    ("cn_m1", "growth_yoy", "1.2", D(2024, 12, 1), D(2024, 12, 31), "Wind"),
    ("cn_m1", "growth_yoy", "0.4", D(2025, 1, 1), D(2025, 1, 31), "Wind"),
    ("southbound", "net_inflow", "807870000000", D(2024, 1, 1), D(2024, 12, 31), "Wind"),
    ("southbound", "net_inflow", "301810000000", D(2025, 1, 1), D(2025, 3, 6), "Wind"),
    ("southbound", "net_inflow", "61270000000", D(2024, 1, 1), D(2024, 3, 6), "Wind"),
    ("southbound", "growth", "393", D(2025, 1, 1), D(2025, 3, 6), "Wind"),
    ("nasdaq_composite", "pe_ttm", "39.72", D(2025, 3, 6), D(2025, 3, 6), "Wind"),
    ("hstech", "pe_ttm", "25.30", D(2025, 3, 6), D(2025, 3, 6), "Wind"),
    ("hstech", "percentile", "32.66", D(2020, 7, 27), D(2025, 3, 6), "Wind"),
    ("hk_ai_top10", "pe_ttm", "31.92", D(2025, 2, 21), D(2025, 2, 21), None),
    ("hk_ai_top10", "upside", "96.8", D(2025, 2, 21), D(2025, 2, 21), None),
    ("hk_ai_top10", "peg_gap", "35.2", D(2025, 2, 21), D(2025, 2, 21), None),
    ("hstech", "annual_return", "78.71", D(2020, 1, 1), D(2020, 12, 31), None),
    ("hstech", "annual_return", "-32.70", D(2021, 1, 1), D(2021, 12, 31), None),
    ("hstech", "annual_return", "-27.19", D(2022, 1, 1), D(2022, 12, 31), None),
    ("hstech", "annual_return", "-8.83", D(2023, 1, 1), D(2023, 12, 31), None),
    ("hstech", "annual_return", "18.70", D(2024, 1, 1), D(2024, 12, 31), None),
    ("hstech_etf_513180", "risk_rating", "R4", None, None, None),
    ("hstech_etf_513180", "fund_code", "513180", None, None, None),
]
# fmt: on


def _find(claims: list[Claim], subject: str, metric: str, value: str) -> Claim:
    for c in claims:
        if not (c.subject and c.subject.id == subject and c.metric == metric):
            continue
        if (c.label == value) if c.value is None else (c.value == Decimal(value)):
            return c
    raise AssertionError(f"no claim {subject} {metric} {value}")


@pytest.mark.issue(2)
@pytest.mark.parametrize(("subject", "metric", "value", "start", "end", "source"), REQUIRED)
def test_required_claim(
    sample_result: DocumentResult,
    subject: str,
    metric: str,
    value: str,
    start: dt.date | None,
    end: dt.date | None,
    source: str | None,
) -> None:
    claim = _find(sample_result.claims, subject, metric, value)
    period = (claim.period.start, claim.period.end) if claim.period else (None, None)
    assert period == (start, end)
    assert (claim.source.sources[0] if claim.source else None) == source
    if claim.value is not None:
        assert isinstance(claim.value, Decimal)


def test_money_carries_currency_and_magnitude(sample_result: DocumentResult) -> None:
    money = [c for c in sample_result.claims if c.metric == "net_inflow"]
    assert money and all(c.currency == "HKD" for c in money)
    by_id = {m.id: m for m in sample_result.mentions}
    assert {(str(by_id[c.mention_id].stated), by_id[c.mention_id].magnitude) for c in money} == {
        ("8078.7", "亿"),
        ("3018.1", "亿"),
        ("612.7", "亿"),
    }


def test_growth_refers_to_the_two_amounts(sample_result: DocumentResult) -> None:
    growth = _find(sample_result.claims, "southbound", "growth", "393")
    current, base = (next(c for c in sample_result.claims if c.id == i) for i in growth.refs)
    assert (current.value, base.value) == (Decimal("301810000000"), Decimal("61270000000"))


def test_fund_code_linked_to_its_index(sample_result: DocumentResult) -> None:
    code = _find(sample_result.claims, "hstech_etf_513180", "fund_code", "513180")
    assert code.linked is not None and code.linked.id == "hstech"
    assert code.linked.span is not None
    assert sample_result.text[code.linked.span.start : code.linked.span.end] == "恒生科技指數"


def test_attribution_and_as_of(sample_result: DocumentResult) -> None:
    assert sample_result.meta.as_of == D(2025, 3, 6) and sample_result.meta.as_of_inferred
    upside = _find(sample_result.claims, "hk_ai_top10", "upside", "96.8")
    assert upside.attribution == "長江證券"


def test_partial_dates_say_their_year_was_inferred(sample_result: DocumentResult) -> None:
    m1 = [c for c in sample_result.claims if c.metric == "growth_yoy"]
    assert m1 and all(c.period and c.period.year_inferred for c in m1)
    full = _find(sample_result.claims, "hstech", "annual_return", "-32.70")
    assert full.period is not None and not full.period.year_inferred


def test_every_span_slices_the_original(sample_result: DocumentResult) -> None:
    text = sample_result.text
    for m in sample_result.mentions:
        assert text[m.span.start : m.span.end] == m.text
    for c in sample_result.claims:
        assert text[c.span.start : c.span.end] == c.text
        assert c.sentence.contains(c.span)
        if c.subject and c.subject.span:
            assert text[c.subject.span.start : c.subject.span.end] == c.subject.alias
        if c.period and c.period.span and not _YEAR_RANGE.fullmatch(text[c.period.span.start : c.period.span.end]):
            assert text[c.period.span.start : c.period.span.end] == c.period.text
        if c.source:
            assert text[c.source.span.start : c.source.span.end] == c.source.text
            assert c.source.text.startswith("(") and "來源" in c.source.text


def test_period_text_is_the_slice_of_its_span_also_for_year_ranges(sample_result: DocumentResult) -> None:
    text = sample_result.text
    periods = [c.period for c in sample_result.claims if c.period and c.period.span]
    assert any(_YEAR_RANGE.fullmatch(text[p.span.start : p.span.end]) for p in periods)
    assert all(text[p.span.start : p.span.end] == p.text for p in periods)


def test_nothing_absurd(sample_result: DocumentResult) -> None:
    text = sample_result.text
    for c in sample_result.claims:
        assert "參數" not in text[c.span.start : c.span.end + 2], "a count became a claim"
        inside_title = text.rfind("《", 0, c.span.start) > text.rfind("》", 0, c.span.start)
        assert not inside_title, f"claim {c.text} taken from a report title"
    section_numbers = {i for i, line in enumerate(text.splitlines()) if line.strip() in ("01", "02", "03")}
    assert len(section_numbers) == 3
    dates = [m for m in sample_result.mentions if m.kind.value in ("date", "period")]
    assert not [m for m in dates if m.text.strip() in ("01", "02", "03") or m.text.endswith("250219")]
    assert not [m for m in sample_result.mentions if m.text in ("R1", "32")]


def test_traditional_and_simplified_give_the_same_claims(
    sample_result: DocumentResult, sample_simplified_result: DocumentResult
) -> None:
    def key(r: DocumentResult) -> list[tuple]:
        return [
            (
                c.subject.id if c.subject else None,
                c.metric,
                c.value,
                c.label,
                c.span,
                (c.period.start, c.period.end, c.period.span) if c.period else None,
                c.source.sources if c.source else None,
            )
            for c in r.claims
        ]

    assert key(sample_result) == key(sample_simplified_result)


def test_golden_claims(sample_result: DocumentResult) -> None:
    """All claims, field by field. Regenerate with UPDATE_GOLDEN=1 and review the diff."""
    golden = GOLDEN / "claims" / "000_c5a5949e47dd4678.jsonl"
    lines = [json.loads(line) for line in to_jsonl([sample_result]).splitlines()]
    for line in lines:
        line["path"] = "corpora/samples/000_c5a5949e47dd4678.txt"
    actual = "".join(json.dumps(line, ensure_ascii=False, sort_keys=True) + "\n" for line in lines)
    if os.environ.get("UPDATE_GOLDEN"):
        golden.write_text(actual, encoding="utf-8")
    assert actual == golden.read_text(encoding="utf-8")


@pytest.mark.parametrize("sep", ["、", "，", ","])
def test_each_year_of_a_year_list_has_its_own_words(sep: str) -> None:
    """Issue 11 (Records): a year list gives each yearly claim its own span, whose slice is its text."""
    from analyzer.pipeline import analyze

    text = f"2025年3月6日\n恒生科技指数2023{sep}2024年的收益率分别为-8.83%、18.70%。\n"
    result = analyze(text.encode("utf-8"), name="years.txt")
    periods = [c.period for c in result.claims if c.metric in ("annual_return", "return")]
    assert [(p.start.year, p.text) for p in periods] == [(2023, "2023"), (2024, "2024年")]
    assert all(text[p.span.start : p.span.end] == p.text for p in periods)
