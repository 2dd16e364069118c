"""The fresh claim cases of ``claim_cases_fresh.py`` (issue 20), each in the four forms of
``test_claim_cases.py`` (Simplified and Traditional, ASCII and full-width punctuation), compared claim
by claim with the same helpers: no claim missing, none extra, every span slicing the original.

The labels were written before the analyzer was run on the texts. Cases it misreads today keep the
right answer and are strict expected failures, listed below with what is misread: a fix turns one
into an unexpected pass (a failure), and its entry is then removed.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from tests.unit.claim_cases_fresh import CASES
from tests.unit.test_claim_cases import VARIANTS, actual_row, expected_row, run

#: misread today: a case id (``f07``: every form) or a case id with its form (``f07-繁-full``) -> what
#: is misread
XFAIL: dict[str, str] = {}


def case_id(index: int) -> str:
    return f"f{index:02d}"


def _expected(row: tuple, convert: object) -> tuple:
    """``expected_row``, with a range (``"78~85"``) as its (low, high) bounds."""
    value = row[4]
    if isinstance(value, str) and "~" in value:
        low, high = value.split("~")
        out = expected_row((*row[:4], "0", *row[5:]), convert)
        return (*out[:4], (Decimal(low), Decimal(high)), *out[5:])
    return expected_row(row, convert)


def _actual(claim: object, want: tuple) -> tuple:
    """``actual_row``, with a range claim's (low, high) where a range is expected."""
    got = actual_row(claim, want)
    if isinstance(want[4], tuple):
        return (*got[:4], (claim.low, claim.high), *got[5:])  # type: ignore[attr-defined]
    return got


def _params() -> list:
    out = []
    for i, (text, as_of, rows) in enumerate(CASES):
        for form, convert in VARIANTS.items():
            reason = XFAIL.get(f"{case_id(i)}-{form}") or XFAIL.get(case_id(i))
            marks = [pytest.mark.xfail(strict=True, reason=f"issue 20: {reason}")] if reason else []
            out.append(pytest.param(convert(text), as_of, rows, convert, id=f"{case_id(i)}-{form}", marks=marks))
    return out


@pytest.mark.issue(20)
@pytest.mark.parametrize(("text", "as_of", "rows", "convert"), _params())
def test_fresh_case(text: str, as_of: dt.date | None, rows: list[tuple], convert: object) -> None:
    result = run(text, as_of)  # type: ignore[arg-type]
    want = [_expected(r, convert) for r in rows]
    got = [_actual(c, w) for c, w in zip(result.claims, want, strict=False)]
    assert got == want
    assert len(result.claims) == len(rows), [c.text for c in result.claims[len(rows) :]]
    for c in result.claims:
        assert result.text[c.span.start : c.span.end] == c.text
        if c.subject and c.subject.span:
            assert result.text[c.subject.span.start : c.subject.span.end] == c.subject.alias


def test_registry_names_real_cases() -> None:
    """Every expected failure names a case and form that exists (a stale entry is caught)."""
    ids = {case_id(i) for i in range(len(CASES))}
    ids |= {f"{case_id(i)}-{form}" for i in range(len(CASES)) for form in VARIANTS}
    assert set(XFAIL) <= ids
