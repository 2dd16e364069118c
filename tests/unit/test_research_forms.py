"""Forms of strategy notes and broker research (issue 20, stop 30): which rule decides and how sure
the reading is, in both scripts and both punctuation widths (the claim cases check the values)."""

from __future__ import annotations

import datetime as dt

import opencc
import pytest

from analyzer.claims import is_certain
from analyzer.pipeline import analyze
from tests.unit.sentence_verdicts import FULL_WIDTH

S2T = opencc.OpenCC("s2t")
#: each text in Simplified and Traditional, with ASCII and with full-width punctuation (，：；（）)
SCRIPTS = {
    f"{script}{width}": (lambda s, c=convert, w=wide: w(c(s)))
    for script, convert in (("简", lambda s: s), ("繁", S2T.convert))
    for width, wide in (("半", lambda s: s), ("全", lambda s: s.translate(FULL_WIDTH)))
}


def _claims(text: str, as_of: dt.date) -> list:
    return list(analyze(text.encode("utf-8"), name="note.txt", as_of=as_of).claims)


@pytest.mark.parametrize("script", SCRIPTS)
def test_review_window_is_carried_uncertain(script: str) -> None:
    """A window stated in one paragraph dates the undated figures of the paragraphs below, never
    certainly; the figure that states it keeps its own reading."""
    text = SCRIPTS[script]("2025年4月,外资净买入62.5亿元。\n分行业看,食品饮料持仓比例为11.2%;医药持仓比例为7.9%。")
    own, *carried = _claims(text, dt.date(2025, 5, 9))
    assert own.rules["period"] == "period.time_words_beside"
    assert [c.rules["period"] for c in carried] == ["period.item_window", "period.item_window"]
    assert all(c.period.end == dt.date(2025, 4, 30) and not is_certain(c) for c in carried)


@pytest.mark.parametrize("script", SCRIPTS)
def test_now_word_takes_the_review_window_end(script: str) -> None:
    """目前 in a review's paragraph is its data's end, the window stated above (research5 correction: the
    real-text labels read every dev monthly review so; it was the publication date), never certain."""
    text = SCRIPTS[script]("2025年4月,外资净买入62.5亿元。\n目前外资超配家电,超配比例为2.2%;银行低配1.4%。")
    _, *levels = _claims(text, dt.date(2025, 5, 9))
    assert [c.period.end for c in levels] == [dt.date(2025, 4, 30), dt.date(2025, 4, 30)]
    assert all(c.rules["period"] == "period.item_window" and not is_certain(c) for c in levels)


@pytest.mark.parametrize("script", SCRIPTS)
def test_series_figures_are_never_certain(script: str) -> None:
    """A figure whose unit is written only on the last figure of its series is not read certainly."""
    text = SCRIPTS[script]("远帆科技2023年、2024年营收分别为8.1/9.6亿元。")
    claims = _claims(text, dt.date(2025, 5, 9))
    assert [str(c.value) for c in claims] == ["810000000", "960000000"]
    assert not is_certain(claims[0]) and "last figure of the series" in claims[0].decided_by["metric"]


@pytest.mark.parametrize("script", SCRIPTS)
def test_market_currency_from_another_clause_is_uncertain(script: str) -> None:
    """In a text about several markets, an amount naming no currency takes the market named last only
    uncertainly when that market stands in another clause; named in its own clause, it stays certain."""
    text = SCRIPTS[script]("2025年6月13日当周,沪深300上涨2%,港股通净流入30亿元。当周产业资本净减持12.5亿元。")
    by_value = {str(c.value): c for c in _claims(text, dt.date(2025, 6, 18))}
    flow = by_value["3000000000"]
    assert is_certain(flow) and flow.period.start == dt.date(2025, 6, 9)
    other = by_value["-1250000000"]
    assert not is_certain(other) and "another clause" in other.decided_by["metric"]


@pytest.mark.parametrize("script", SCRIPTS)
def test_share_class_after_the_name_is_never_certain(script: str) -> None:
    """本基金A类份额上涨2.56%: the figure is the class's, which the name read (本基金) does not hold."""
    text = SCRIPTS[script]("上半年,沪深300指数上涨1.2%,本基金C类份额上涨3.4%。")
    index, fund = _claims(text, dt.date(2025, 8, 29))
    assert is_certain(index)
    assert not is_certain(fund) and "share class" in fund.decided_by["subject"]
