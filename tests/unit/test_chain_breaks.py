# ruff: noqa: E501  (a data table: one case per line)
"""What breaks a topic chain's certainty (claims15b-guards): a clause between the head and the figure that
may have changed the topic — a list of names, a group named after session words or before words no cue
reads — or a period named between the sentence's time words and the figure. A chain of the head's own
predicates keeps its certainty. Each case in the four forms of the claim cases."""

from __future__ import annotations

import datetime as dt

import pytest

from analyzer.claims import is_certain
from analyzer.claims.certainty import ELSEWHERE, FOLLOWED
from tests.unit.test_claim_cases import VARIANTS, run

AS_OF = dt.date(2025, 7, 10)

#: text, then per claim in order: (value text, certain, slot an uncertain one doubts, the end of its reason)
CASES = [
    # a list of groups between the head and the figure: the close may be theirs
    ("恒指今日高开120点,内银及内房股普遍回软,收报21500点。", [("120点", True, None, None), ("21500点", False, "subject", FOLLOWED)]),
    ("恒指今日高开120点,电讯、公用股表现疲弱,收报21500点。", [("120点", True, None, None), ("21500点", False, "subject", FOLLOWED)]),
    # a group after session words, and a group before words no cue reads
    ("恒指今日高开120点,尾盘航运股续弱,收报21500点。", [("120点", True, None, None), ("21500点", False, "subject", FOLLOWED)]),
    ("恒指今日高开120点,而内银股普遍受压,收报21500点。", [("120点", True, None, None), ("21500点", False, "subject", FOLLOWED)]),
    # the head's own predicates between: the chain holds
    ("恒生指数今日最多升300点,其后升幅收窄,收报21500点。", [("300点", True, None, None), ("21500点", True, None, None)]),
    # a month named after the sentence's day: the last figure may be of either
    ("恒指今日跌100点,跌幅0.5%,4月累计升1000点,升幅5%。", [("100点", True, None, None), ("0.5%", True, None, None), ("1000点", False, "period", None), ("5%", False, "period", ELSEWHERE)]),
]


@pytest.mark.parametrize("variant", list(VARIANTS))
@pytest.mark.parametrize(("text", "expected"), CASES, ids=[t for t, _ in CASES])
def test_chain_breaks(text: str, expected: list[tuple[str, bool, str | None, str | None]], variant: str) -> None:
    form = VARIANTS[variant]
    claims = run(form(text), AS_OF).claims
    assert [c.text for c in claims] == [form(v) for v, *_ in expected]
    for claim, (_value, certain, slot, reason) in zip(claims, expected, strict=True):
        assert is_certain(claim) is certain
        if slot is not None:
            how = claim.decided_by[slot]
            assert how.startswith("uncertain")
            if reason is not None:
                assert how.endswith(reason)
