# ruff: noqa: E501  (a data table: one case per line)
"""The day a topic chain carries (claims15b, ``period.chain_day``): a day written beside the chain's head
dates every later figure of the chain, certain when nothing between the head and the figure may have
changed the topic; a level crossed dated so stays uncertain (``doubted``), and a day read past another
name or a period word of the figure's own is read elsewhere. Each case in the four forms of the claim
cases (both scripts, both punctuation widths)."""

from __future__ import annotations

import datetime as dt

import pytest

from analyzer.claims import is_certain
from analyzer.claims.certainty import ELSEWHERE, NOT_SURE_ENOUGH
from tests.unit.test_claim_cases import VARIANTS, run

AS_OF = dt.date(2025, 7, 10)
DAY = dt.date(2025, 7, 10)

#: text, then per claim in order: (value text, period rule, certain, end of the reason an uncertain period gives)
CASES = [
    # the day beside the head, past a clause of the head's own predicates (no name): the close is that session's
    (
        "加权指数今天(10日)早盘小幅走低,午盘后买气回笼,终场收在21350点,上涨88点。",
        [("21350点", "period.chain_day", True, None), ("88点", "period.sentence_time_words", True, None)],
    ),
    # a level crossed: the day says which session, not whether it was crossed at the close
    ("加权指数今天(10日)开低,午盘后卖压沉重,终场跌破21000点。", [("21000点", "period.chain_day", False, NOT_SURE_ENOUGH)]),
    # another name heads the clause before the figure: the chain is that name's, the day read elsewhere
    ("台积电今天(10日)开高,联发科同步走强,终场收在1020元。", [("1020元", "period.time_words_beside", False, ELSEWHERE)]),
    # words of the figure's own clause that may name a span (单周) stop the day carrying over
    ("加权指数今天(10日)开低,午盘后卖压沉重,单周下跌310点。", [("310点", "period.time_words_beside", False, ELSEWHERE)]),
]


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t for t, _ in CASES])
def test_chain_day(text: str, expected: list[tuple[str, str, bool, str | None]], variant: str) -> None:
    form = VARIANTS[variant]
    claims = run(form(text), AS_OF).claims
    assert [c.text for c in claims] == [form(v) for v, *_ in expected]
    for claim, (_value, rule, certain, reason) in zip(claims, expected, strict=True):
        assert claim.rules["period"] == rule
        assert claim.period is not None and claim.period.end == DAY
        assert is_certain(claim) is certain
        how = claim.decided_by["period"]
        if reason is not None:
            assert how.endswith(reason)
        else:
            assert not how.startswith("uncertain")
