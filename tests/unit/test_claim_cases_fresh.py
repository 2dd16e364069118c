# ruff: noqa: E501  (a table of reasons: one case per line)
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

from tests.unit import test_claim_cases as base
from tests.unit.claim_cases_fresh import CASES
from tests.unit.test_claim_cases import VARIANTS, actual_row, assert_spans_slice, expected_row, run

#: misread today: a case id (``f07``: every form) or a case id with its form (``f07-繁-full``) -> what
#: is misread
XFAIL: dict[str, str] = {
    # items
    "f03": "a word of the item (股价) becomes the subject, the session move (今日升) a return",
    # bylines
    "f05": "the byline's broker (华泰证券研究所) becomes the subject of every results figure; 当前股价41元 is read as a target price",
    # topic chains and intraday
    # parallel clauses and lists
    "f14": "each commodity's move goes to the first (沪金); the 分别 list is read as returns with no period",
    # session, briefing and period words
    "f20": "截至…收盘 in brackets makes the year-to-date return a session change with no start",
    "f22": "前值 is taken as a name and dated to the new figure's month",
    # figures
    "f31": "open-market operations (逆回购 amount, its rate, 净投放) get no claim",
    "f32": "an MLF operation and its monthly net injection get no claim",
    "f33": "a week's net withdrawal (净回笼) by open-market operations gets no claim",
    "f34": "new loans (人民币贷款增加) get no claim; 社融增量/存量 are amount/balance, not tsf_flow/tsf_stock",
    "f35": "FX reserves are an amount with an open start, not reserves at the month end; gold reserves (万盎司) get no claim",
    "f38": "总市值报 is read as a close; 市值约4.6万亿港元 gets no claim",
    "f40": "a fine imposed by Hong Kong's SFC gets no claim",
    "f42": "contracted sales (签约金额) get no claim",
    "f43": "units sold (386套) and the sales amount (套现约42亿元) get no claim",
    "f50": "a bond yield's move in bp has no period (the session)",
    "f53": "portfolio weights (金股组合中…权重) get no claim",
    "f54": "index constituent weights (权重约为8.6%) get no claim",
    "f59": "a range of support levels (22,800至23,000点) gets no claim",
    # time and quantity forms
    "f71": "申购费1折 (a tenth of the rate) gets no claim",
    # fund reports
    "f74": "自基金合同生效以来 is not read as since inception (a fund_return with no start)",
    "f76": "fund shares (份额总额18.62亿份) and the net redemption in 份 get no claim",
    "f78": "股票资产占基金资产净值的比例 gets no claim; 本报告期末 is not the report's year end",
}


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
    assert_spans_slice(result)


@pytest.mark.parametrize(("text", "as_of", "rows"), CASES, ids=[case_id(i) for i in range(len(CASES))])
def test_fresh_no_silent_drops(text: str, as_of: dt.date | None, rows: list[tuple]) -> None:
    """The check of ``test_claim_cases`` on the fresh texts: every numeric mention is a claim or an
    unattributed record with a reason, also where the claims are misread today."""
    base.test_no_silent_drops(text, as_of, rows)  # type: ignore[arg-type]


def test_registry_names_real_cases() -> None:
    """Every expected failure names a case and form that exists (a stale entry is caught)."""
    ids = {case_id(i) for i in range(len(CASES))}
    ids |= {f"{case_id(i)}-{form}" for i in range(len(CASES)) for form in VARIANTS}
    assert set(XFAIL) <= ids
