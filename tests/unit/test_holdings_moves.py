"""A move in % of a bare share (占比) in a paragraph about holdings is a change of the holdings' weight
(issue 20, strategy notes), never certainly (points or relative is not written); beside a word of
revenue it stays a growth. In both scripts and both punctuation widths."""

from __future__ import annotations

import datetime as dt

import pytest

from analyzer.claims import is_certain
from tests.unit.test_research_forms import SCRIPTS, _claims

READ_ON = dt.date(2025, 7, 8)


@pytest.mark.parametrize("script", SCRIPTS)
def test_bare_share_after_a_holdings_word_moves_as_a_weight(script: str) -> None:
    """The semicolon ends the sentence, not the topic: 占比 after 持仓市值占比 on its line is the weight."""
    text = SCRIPTS[script]("分市场看,港股通沪市持仓市值占比上升0.42%;深市占比下降0.18%;北交所占比下降0.06%。")
    claims = _claims(text, READ_ON)
    assert [str(c.value) for c in claims] == ["0.42", "-0.18", "-0.06"]
    assert all(c.metric == "ratio_change" and not is_certain(c) for c in claims)
    assert "weight" in claims[1].decided_by["metric"]


@pytest.mark.parametrize("script", SCRIPTS)
def test_bare_share_beside_revenue_stays_a_growth(script: str) -> None:
    """A word of revenue nearer than any word of holdings keeps 占比's move a growth."""
    text = SCRIPTS[script]("公司持股平台稳定;境外业务营收占比上升2.5%;境内占比下降2.5%。")
    claims = [c for c in _claims(text, READ_ON) if c.unit == "%"]
    assert claims and all(c.metric != "ratio_change" for c in claims)


@pytest.mark.parametrize("script", SCRIPTS)
def test_move_after_a_stated_weight_is_its_change(script: str) -> None:
    """较前期上升0.3% right after a weight in its sentence moves that weight (no name, no noun of its own)."""
    text = SCRIPTS[script]("2025年6月末,医药配置比例为8.45%,较前期上升0.3%。")
    _, move = _claims(text, READ_ON)
    assert move.metric == "ratio_change" and str(move.value) == "0.3" and not is_certain(move)


@pytest.mark.parametrize("script", SCRIPTS)
def test_move_with_a_relation_word_or_a_name_is_no_weight_change(script: str) -> None:
    """同比 makes it a growth on that basis; a clause naming something else (丙公司股价) is not the weight's."""
    for tail in ("同比增长0.3%", "丙公司股价较前期上涨3%"):
        claims = _claims(SCRIPTS[script](f"2025年6月末,医药配置比例为8.45%,{tail}。"), READ_ON)
        assert claims[-1].metric != "ratio_change"


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize("scope", ["同期", ""])
def test_holder_before_a_share_verb_is_the_subject(script: str, scope: str) -> None:
    """港股通持股占(同期)港股流通市值的比例: the whole after 占 is no subject, with or without a word of its
    scope between them; the holder before 占 is."""
    text = SCRIPTS[script](f"2025年6月末,港股通持股占{scope}港股流通市值的比例为5.35%。")
    (weight,) = _claims(text, READ_ON)
    assert weight.metric == "portfolio_weight"
    assert weight.subject.alias == "港股通"  # the same characters in both scripts
