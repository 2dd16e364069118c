"""Verification reach, issue 21 (reach17): figures the shipped series already speak to once read right.

- A change in money or points computed from two amounts the text states (较一季度末455.80亿元减少43.44亿元) is their
  difference, never a growth rate (a true change was reported contradicted, its % growth taken for it); a
  disagreement is the text's own inconsistency, never a contradiction (checkers/arithmetic.py).

Each row is a sentence of its own run through the pipeline and reviewed against the store seeded from corpora/market
in four forms (Simplified and Traditional, ASCII and
full-width punctuation).
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from analyzer.types import VerdictStatus
from analyzer.verify import MarketStore
from tests.unit.sentence_verdicts import D, S, U, assert_verdict, four_forms, reviewed

#: a manager's assets at two quarter ends and the change between them: 412.36 − 455.80 = −43.44
AUM = "截至二季度末,该基金经理在管总规模412.36亿元,较一季度末455.80亿元减少{}。"
#: the same, rising: 236.50 − 210.25 = 26.25
AUM_UP = "截至三季度末,该基金经理在管总规模236.50亿元,较二季度末210.25亿元增加{}亿元。"

# (text, as_of, metric, status)
# fmt: off
CASES: list[tuple[str, dt.date, str, VerdictStatus]] = [
    (AUM.format("43.44亿元"), D(2024, 7, 20), "change_amount", S),  # the difference, not the growth rate (−9.53%)
    (AUM.format("45.44亿元"), D(2024, 7, 20), "change_amount", U),  # the text disagrees with itself: never wrong
    (AUM.format("9.53%"), D(2024, 7, 20), "growth", S),  # a change in % is still the growth rate
    (AUM_UP.format("26.25"), D(2024, 10, 20), "change_amount", S),
]
# fmt: on


@pytest.mark.issue(21)
@pytest.mark.parametrize(("text", "as_of", "metric", "status"), four_forms(CASES))
def test_case(text: str, as_of: dt.date, metric: str, status: VerdictStatus, store: MarketStore) -> None:
    assert_verdict(text, as_of, metric, status, store)


@pytest.mark.issue(21)
@pytest.mark.parametrize(
    ("text", "as_of", "metric", "checker", "computed"),
    [
        (AUM.format("43.44亿元"), D(2024, 7, 20), "change_amount", "difference", "-4344000000"),
    ],
)
def test_each_verdict_names_its_checker_and_the_value_it_computed(
    text: str, as_of: dt.date, metric: str, checker: str, computed: str, store: MarketStore
) -> None:
    result = reviewed(text, as_of, store)
    claim = next(c for c in result.claims if c.metric == metric)
    verdict = {v.claim_id: v for v in result.verdicts}[claim.id]
    assert verdict.checker == checker and verdict.computed == Decimal(computed), verdict


@pytest.mark.issue(21)
@pytest.mark.parametrize(
    ("text", "as_of", "metric", "cause"),
    [
        (AUM.format("45.44亿元"), D(2024, 7, 20), "change_amount", "text_inconsistent"),
    ],
)
def test_a_disagreement_is_unverifiable_with_its_cause(
    text: str, as_of: dt.date, metric: str, cause: str, store: MarketStore
) -> None:
    result = reviewed(text, as_of, store)
    claim = next(c for c in result.claims if c.metric == metric)
    verdict = {v.claim_id: v for v in result.verdicts}[claim.id]
    assert verdict.status is U and verdict.cause == cause and verdict.reason, verdict
