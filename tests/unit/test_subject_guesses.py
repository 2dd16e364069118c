"""Subjects guessed from words, or carried where the clause says otherwise, are never certain."""

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


def test_chain_past_a_clause_led_by_unknown_words_is_uncertain() -> None:
    """友达下跌1.8%,华航重挫逾3%: the second clause leads with words of its own (an unknown name), so the
    subject the chain carries from the first is a guess."""
    text = "台股今天早盘走高,友达下跌1.8%,华航重挫逾3%。"
    result = analyze(text.encode("utf-8"), name="case.txt", as_of=dt.date(2025, 6, 20))
    moves = [c for c in result.claims if c.metric == "change_pct"]
    assert [c.value for c in moves][-1] < 0
    assert not is_certain(moves[-1])


def test_chain_past_a_predicate_stays_as_read() -> None:
    text = "恒指今日曾跌穿20000点,低见19850点。"
    result = analyze(text.encode("utf-8"), name="case.txt", as_of=dt.date(2025, 6, 20))
    low = next(c for c in result.claims if c.text.startswith("19850"))
    assert "past the clause" not in low.decided_by["subject"]


def test_index_pronoun_never_certainly_a_company() -> None:
    """An index named after a listed company (某公司 + 价格指数) and then 该指数: the chain's company is a guess."""
    text = "中国铝业行业研究所编制的中国铝业价格指数显示,5月以来,国内铝价持续走高,该指数累计上涨12%。"
    result = analyze(text.encode("utf-8"), name="case.txt", as_of=dt.date(2025, 6, 20))
    move = next(c for c in result.claims if c.text.startswith("12"))
    assert move.subject is not None
    if move.subject.kind != "index":
        assert not is_certain(move)
