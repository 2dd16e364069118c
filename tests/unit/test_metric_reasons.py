"""Metrics with no series in the store say why they are not checked, and a flow word ending in 超
(买超, 卖超) is no qualifier (超 = more than) of the amount after it."""

from __future__ import annotations

import pytest

from analyzer.verify.words import qualifier_before, reasons, unchecked_reason

NO_SERIES = ["nav", "nav_cumulative", "top_holdings_share", "growth_change", "index_level", "amount", "balance"]


@pytest.mark.parametrize("metric", NO_SERIES)
def test_a_metric_with_no_series_has_its_own_reason(metric: str) -> None:
    assert metric in reasons().unchecked
    assert unchecked_reason(metric) != reasons().default_unchecked.format(metric=metric.replace("_", " "))


NET_BUYING = ["外资买超182.3亿元", "投信卖超25.1亿元", "外資買超182.3億元", "自營商賣超3.2億元", "南向资金净买超36亿元"]


@pytest.mark.parametrize("text", NET_BUYING)
def test_net_buying_words_are_no_bound(text: str) -> None:
    start = next(i for i, ch in enumerate(text) if ch.isdigit())
    assert qualifier_before(text, start, 0) is None


@pytest.mark.parametrize("text", ["成交额超1.2万亿元", "市值逾3000亿元", "成交额超过1.2万亿元"])
def test_a_bound_is_still_read(text: str) -> None:
    start = next(i for i, ch in enumerate(text) if ch.isdigit())
    assert qualifier_before(text, start, 0) is not None
