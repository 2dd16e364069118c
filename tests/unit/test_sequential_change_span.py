"""A month-on-month change (环比) of a level dated by a month's last day, or by the month, spans that
month (issue 20, strategy notes); a level dated by a longer period's end gives no month to 环比, and a
mid-month day none at all. Never certain (the span is inferred). In both scripts and both widths."""

from __future__ import annotations

import datetime as dt

import pytest

from analyzer.claims import is_certain
from tests.unit.test_research_forms import SCRIPTS, _claims

D = dt.date
READ_ON = D(2024, 11, 12)


def _change(text: str) -> object:
    return next(c for c in _claims(text, READ_ON) if c.metric == "growth_mom")


@pytest.mark.parametrize("script", SCRIPTS)
@pytest.mark.parametrize(
    ("when", "span"),
    [
        ("截至10月31日", (D(2024, 10, 1), D(2024, 10, 31))),
        ("2024年10月", (D(2024, 10, 1), D(2024, 10, 31))),
    ],
)
def test_month_on_month_change_spans_the_levels_month(script: str, when: str, span: tuple) -> None:
    change = _change(SCRIPTS[script](f"{when},深市持股市值为6120亿元,环比上升3.4%。"))
    assert (change.period.start, change.period.end) == span
    assert not is_certain(change)


@pytest.mark.parametrize("script", SCRIPTS)
def test_mid_month_level_gives_no_month(script: str) -> None:
    change = _change(SCRIPTS[script]("截至10月18日,深市持股市值为6120亿元,环比上升3.4%。"))
    assert (change.period.start, change.period.end) == (D(2024, 10, 18), D(2024, 10, 18))
    assert not is_certain(change)
