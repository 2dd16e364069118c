"""A dated headline dates the figures under it that state no time of their own (issue 20, strategy
notes): a change over the period it names, a level at that period's end once the period is over,
never certainly (carried, not read in the figure's clause); a figure's own time words win. In both
scripts and both punctuation widths."""

from __future__ import annotations

import datetime as dt

import pytest

from analyzer.claims import is_certain
from tests.unit.test_research_forms import SCRIPTS, _claims

D = dt.date
READ_ON = D(2025, 5, 10)  # the note is read in May: April is over, the second half not begun
BODY = "\n\n消费板块配置比例为14.6%;其中家电配比上升0.3%至5.1%。"


@pytest.mark.parametrize("script", SCRIPTS)
def test_level_under_a_past_month_headline_stands_at_its_end(script: str) -> None:
    """A monthly review's levels are the month's closing state; its change spans the month; none certain,
    and the level's carried day does not pass to the change after it on the line."""
    weight, move, reached = _claims(SCRIPTS[script]("2025年4月北向资金持仓回顾" + BODY), READ_ON)
    for level in (weight, reached):
        assert (level.period.start, level.period.end) == (D(2025, 4, 30), D(2025, 4, 30))
        assert level.rules["period"] == "period.level_under_headline"
        assert "headline" in level.decided_by["period"]
    assert (move.period.start, move.period.end) == (D(2025, 4, 1), D(2025, 4, 30))
    assert move.rules["period"] == "period.item_headline"
    assert not any(is_certain(c) for c in (weight, move, reached))


@pytest.mark.parametrize("script", SCRIPTS)
def test_headline_period_not_yet_over_dates_no_level(script: str) -> None:
    """An outlook's headline (the half year ahead) names what the piece looks at, not when its levels
    stand: they keep the note's own date."""
    claims = _claims(SCRIPTS[script]("2025年下半年行业配置展望" + BODY), READ_ON)
    levels = [c for c in claims if c.metric == "portfolio_weight"]
    assert len(levels) == 2
    assert all(c.rules["period"] != "period.level_under_headline" for c in levels)
    assert all(c.period.end == READ_ON for c in levels)


@pytest.mark.parametrize("script", SCRIPTS)
def test_own_time_words_beat_the_headline(script: str) -> None:
    """A level whose clause dates it (截至3月末) keeps that date under an April headline."""
    text = SCRIPTS[script]("2025年4月北向资金持仓回顾\n\n截至3月末,银行板块配置比例为9.8%,医药配置比例为6.1%。")
    claims = _claims(text, READ_ON)
    assert [c.period.end for c in claims] == [D(2025, 3, 31), D(2025, 3, 31)]
    assert all(c.rules["period"] != "period.level_under_headline" for c in claims)

SINCE = (
    "与2025年1月底相比,医药、传媒行业外资占比上升最多。"
    "具体来看,医药行业占比上升了0.8个百分点;传媒行业占比上升了0.5个百分点。"
)


@pytest.mark.parametrize("script", SCRIPTS)
def test_change_from_a_base_runs_to_the_reviewed_periods_end(script: str) -> None:
    """A change measured from a base stated alone in the lead sentence (or in its own clause) runs from
    the day after the base to the end of the month the headline reviews; uncertain (its end is carried)."""
    for text, rule in (
        ("2025年3月外资持仓回顾\n\n" + SINCE, "period.since_base_before"),
        ("2025年3月外资持仓回顾\n\n与2025年1月底相比,医药行业占比上升了0.8个百分点。", "period.time_words_beside"),
    ):
        claims = _claims(SCRIPTS[script](text), READ_ON)
        assert claims and all(c.metric == "ratio_change" for c in claims)
        for c in claims:
            assert (c.period.start, c.period.end) == (D(2025, 2, 1), D(2025, 3, 31))
            assert c.rules["period"] == rule and not is_certain(c)
            assert "base" in c.decided_by["period"]


@pytest.mark.parametrize("script", SCRIPTS)
def test_change_from_a_base_without_a_reviewed_period_has_no_span(script: str) -> None:
    """With no headline naming a period that is over (none at all, or one ahead), the span from the base
    is not stated: the change gets no period rather than a guessed one."""
    for head in ("", "2025年下半年外资配置展望\n\n"):
        claims = _claims(SCRIPTS[script](head + SINCE), READ_ON)
        assert [c.metric for c in claims] == ["ratio_change", "ratio_change"]
        assert all(c.rules["period"] != "period.since_base_before" for c in claims)
        assert not any(c.period is not None and c.period.start == D(2025, 2, 1) for c in claims)
