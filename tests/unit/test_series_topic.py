"""A statistical series named in full before its move is guessed from the clause's words: never certain."""

from __future__ import annotations

import datetime as dt

from analyzer.claims import is_certain
from analyzer.pipeline import analyze


def test_series_named_in_full_is_the_subject_but_uncertain() -> None:
    text = "5月份,二线城市二手住宅销售价格环比下降0.4%。"
    result = analyze(text.encode("utf-8"), name="case.txt", as_of=dt.date(2025, 6, 20))
    (claim,) = result.claims
    assert claim.subject is not None and claim.subject.alias == "二线城市二手住宅销售价格"
    assert not is_certain(claim)
    assert claim.decided_by["subject"].startswith("uncertain:")


def test_long_leading_words_without_a_series_noun_name_no_one() -> None:
    text = "5月份,二线城市二手住宅市场整体成交环比下降0.4%。"
    result = analyze(text.encode("utf-8"), name="case.txt", as_of=dt.date(2025, 6, 20))
    assert all(c.subject is None or c.subject.alias != "二线城市二手住宅市场整体成交" for c in result.claims)
