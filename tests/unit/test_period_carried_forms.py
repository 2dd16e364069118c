"""claims13b: periods a fund report's figure takes from another figure or another clause are never
certain, and the reason names the words they were read from. Each case in the four forms of the
claim cases (both scripts, both punctuation widths); sentences written for these tests."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from analyzer.claims.certainty import UNCERTAIN
from tests.unit.test_claim_cases import VARIANTS, run

#: text, as-of date, the value whose period is checked, the rule that reads it, the words its reason quotes,
#: and the period expected
CASES = [
    # 同期 opens the clause: the period of the figure before it (the quarter), not the sentence's end date
    (
        "截至2025年三季度末,远帆价值精选混合份额净值为1.2345元,三季度净值增长率-4.35%,同期业绩比较基准收益率-2.18%。",
        dt.date(2025, 10, 24),
        "-2.18%",
        "period.same_period_lead",
        "同期",
        (dt.date(2025, 7, 1), dt.date(2025, 9, 30)),
    ),
    # 全年 with no number after a date that closes a year: that year
    (
        "截至2023年末,远帆红利优选基金份额净值0.9876元,全年净值增长率8.21%。",
        dt.date(2024, 3, 28),
        "8.21%",
        "period.year_without_number",
        "全年",
        (dt.date(2023, 1, 1), dt.date(2023, 12, 31)),
    ),
]


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize(("text", "as_of", "value", "rule", "words", "period"), CASES, ids=lambda v: None)
def test_carried_period_is_read_and_uncertain(
    text: str, as_of: dt.date, value: str, rule: str, words: str, period: tuple, variant: str
) -> None:
    convert = VARIANTS[variant]
    result = run(convert(text), as_of)
    claim = next(c for c in result.claims if c.text == convert(value))
    assert claim.rules["period"] == rule
    assert claim.period is not None and (claim.period.start, claim.period.end) == period
    how = claim.decided_by["period"]
    assert how.startswith(UNCERTAIN) and convert(words) in how


@pytest.mark.parametrize("variant", list(VARIANTS))
def test_a_size_that_shrinks_falls(variant: str) -> None:
    """缩水 after a comparison with an earlier date is a fall of the size before it (a negative change of that
    amount), its span not read in its clause (so not certain)."""
    convert = VARIANTS[variant]
    result = run(convert("截至三季度末,林远在管规模512.30亿元,较二季度末缩水40.12亿元。"), dt.date(2023, 10, 25))
    claim = next(c for c in result.claims if c.text == convert("40.12亿元"))
    assert (claim.metric, claim.value, claim.currency) == ("change_amount", Decimal("-4012000000"), "CNY")
    assert claim.decided_by["period"].startswith(UNCERTAIN)
