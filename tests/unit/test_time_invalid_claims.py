"""Issue 15, item 7: an impossible date makes the claim's period invalid (unverifiable, with the
reason); it is never moved to another date nor replaced by the as-of date."""

from __future__ import annotations

from datetime import date

import pytest
from time_support import VARIANTS, variant

import analyzer
from analyzer.types import VerdictStatus
from analyzer.verify import verify


@pytest.mark.issue(15)
@pytest.mark.parametrize("which", VARIANTS)
@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("2025年2月30日,恒生科技指数收于5000点。", "2025年2月没有30日"),
        ("0000年1月2日,恒生科技指数收于5000点。", "没有0000年"),
        ("2025年13月40日,恒生科技指数收于5000点。", "没有13月"),
    ],
)
def test_impossible_date_gives_an_invalid_period_and_no_verdict_against_as_of(
    which: str, text: str, reason: str
) -> None:
    result = analyzer.analyze(variant(text, which).encode(), name="x.txt", as_of=date(2025, 1, 2))
    (claim,) = result.claims
    assert claim.period is not None
    assert (claim.period.start, claim.period.end, claim.period.invalid) == (None, None, reason)
    (verdict,) = verify(result, None)
    assert verdict.status == VerdictStatus.UNVERIFIABLE
    assert reason in (verdict.reason or "")
