"""Verification reach, fifth stop: the text's own arithmetic read at one moment of the session, and a level read
during the session with its move, bound through the store's previous close.

A report may give a stock's opening level and change and then its close, change and % change in one sentence
(開盤漲13元以852元開出…收在841元，上漲2元，漲幅0.24%), or an index's passing level before its midday level
(升至18606點…中午收市報18410點，跌69點，跌幅0.37%): the three figures bound by previous close = level − change
are those of one moment; a level passed on the way, or one only carried as a level from the list before it
(站回5日均線766.6元之上), is none of them. A midday or morning level with only its
change or % (半日報3897點，跌幅0.63%), or its move in points and in % (沪指大涨了42点，涨幅为1.33%), binds the two
through the previous session's close the store holds: the move is measured from it by definition; agreement
supports both, a disagreement is never a contradiction.

Each row is a whole sentence run through the pipeline and reviewed against a store seeded from
corpora/market, in four forms.
"""

from __future__ import annotations

import datetime as dt

import pytest

from analyzer.types import VerdictStatus
from analyzer.verify import MarketStore
from tests.unit.sentence_verdicts import D, S, U, assert_verdict, four_forms, reviewed

# (text, as_of, metric, status)
# fmt: off
CASES: list[tuple[str, dt.date, str, VerdictStatus]] = [
    # ---- the close's three figures after the open's two (no series for the stock): 1003 − 3 = 1000, 0.3%
    ("2024年5月16日,华硕开盘涨15元以1015元开出,盘中一度翻黑,终场收在1003元,上涨3元,涨幅0.3%。",
     D(2024, 5, 17), "change_pct", S),
    ("2024年5月16日,华硕开盘涨15元以1015元开出,盘中一度翻黑,终场收在1003元,上涨3元,涨幅0.3%。",
     D(2024, 5, 17), "close", S),
    ("2024年5月16日,华硕开盘涨15元以1015元开出,盘中一度翻黑,终场收在1003元,上涨3元,涨幅0.3%。",
     D(2024, 5, 17), "open", U),  # the open's level has no % beside it
    # disagreeing figures: never a contradiction (the text does not say which is off)
    ("2024年5月16日,华硕开盘涨15元以1015元开出,盘中一度翻黑,终场收在1003元,上涨3元,涨幅0.8%。",
     D(2024, 5, 17), "change_pct", U),
    # ---- a level passed on the way, then the midday level with its change and %: 6620 − 45 = 6575, 0.68%
    ("2024年6月12日,国企指数一度升至6650点,半日报6620点,升45点,升幅0.68%。", D(2024, 6, 12), "change_pct", S),
    ("2024年6月12日,国企指数一度升至6650点,半日报6620点,升45点,升幅0.68%。", D(2024, 6, 12), "midday", S),
    # (一度升至: the session's high so far since cert7, stop 32; short of the day's high it is unverifiable)
    ("2024年6月12日,国企指数一度升至6650点,半日报6620点,升45点,升幅0.68%。", D(2024, 6, 12), "intraday_high", U),
    ("2024年6月12日,国企指数一度升至6650点,半日报6620点,升45点,升幅1.68%。", D(2024, 6, 12), "change_pct", U),
    # the close named after its figure (以641元作收, Taiwan usage): 641 + 4 = 645, 4 / 645 = 0.620%
    ("台北股市今天(9日)终场上涨120点。国巨终场下跌4元或0.62%,以641元作收。", D(2025, 7, 9), "close", S),
    ("台北股市今天(9日)终场上涨120点。国巨终场下跌4元或1.62%,以641元作收。", D(2025, 7, 9), "close", U),
    # a level only carried as one from the list before it (站上20日均线1005元) is none of the three: 1020 − 20 = 1000
    ("2024年5月10日,华硕终场上涨20元或2%,收在1020元,站上20日均线1005元。", D(2024, 5, 10), "change_pct", S),
    ("2024年5月10日,华硕终场上涨20元或2%,收在1020元,站上20日均线1005元。", D(2024, 5, 10), "close", U),
    # ---- a level during the session and its move, through the stored previous close (session_pair)
    # hsi close 2024-06-12 17937.84 (wind, sina, yahoo): 18050 − 17937.84 = 112.16; 18050 / 17937.84 − 1 = 0.6253%
    ("2024年6月13日,恒指半日报18050点,升112点。", D(2024, 6, 13), "change_points", S),
    ("2024年6月13日,恒指半日报18050点,升112点。", D(2024, 6, 13), "midday", S),
    ("2024年6月13日,恒指中午收市报18050点,升幅0.63%。", D(2024, 6, 13), "change_pct", S),
    ("2024年6月13日,恒指半日报18050点,升212点。", D(2024, 6, 13), "change_points", U),  # never contradicted
    ("2024年6月13日,恒指中午收市报18050点,升幅1.63%。", D(2024, 6, 13), "midday", U),
    # the move twice, in points and in %, bound through the same close: 112 / 17937.84 × 100 = 0.6244%
    ("2024年6月13日,恒指半日升112点,升幅0.62%。", D(2024, 6, 13), "change_pct", S),
    ("2024年6月13日,恒指半日升112点,升幅1.62%。", D(2024, 6, 13), "change_points", U),
    # hstech close 2024-06-12 3691.28 under its short name in a Hong Kong report: 3760 / 3691.28 − 1 = 1.8617%
    ("2024年6月13日,港股造好,科技指数半日报3760点,升幅逾1.5%。", D(2024, 6, 13), "change_pct", S),
    ("2024年6月13日,港股造好,科技指数半日报3760点,升幅逾2.5%。", D(2024, 6, 13), "change_pct", U),
    # taiex close 2024-05-14 20985.85 (twse): 21166 / 20985.85 − 1 = 0.8584%
    ("2024年5月15日早盘,加权指数上涨0.86%,报21166点。", D(2024, 5, 15), "change_pct", S),
    ("2024年5月15日早盘,加权指数上涨1.86%,报21166点。", D(2024, 5, 15), "change_pct", U),
    # taiex close 2024-04-22 19411.22 (twse): the level a move reached (,来到): 19621 − 19411.22 = 209.78
    ("台股今天(23日)早盘上扬210点,来到19621点。", D(2024, 4, 23), "change_points", S),
    ("台股今天(23日)早盘上扬310点,来到19621点。", D(2024, 4, 23), "change_points", U),
    # a stock's forward-adjusted closes are no previous close of a traded level (aia close_qfq only)
    ("2024年6月12日,友邦保险半日报54.5元,跌0.7元。", D(2024, 6, 12), "change_amount", U),
]
# fmt: on


@pytest.mark.issue(21)
@pytest.mark.parametrize(("text", "as_of", "metric", "status"), four_forms(CASES))
def test_case(text: str, as_of: dt.date, metric: str, status: VerdictStatus, store: MarketStore) -> None:
    assert_verdict(text, as_of, metric, status, store)


@pytest.mark.issue(21)
def test_a_passing_level_is_not_one_of_the_three(store: MarketStore) -> None:
    result = reviewed("2024年6月12日,国企指数一度升至6650点,半日报6620点,升45点,升幅0.68%。", D(2024, 6, 12), store)
    (v,) = [v for v in result.verdicts if v.checker == "session_text" and v.expected == 6620]
    assert v.status is S and "6620点 − 45点 = 6575" in v.method
    assert not any("6650" in d for d in v.data)


@pytest.mark.issue(21)
def test_a_level_and_its_move_say_the_previous_close_they_rest_on(store: MarketStore) -> None:
    result = reviewed("2024年6月13日,恒指半日报18050点,升112点。", D(2024, 6, 13), store)
    (v,) = [v for v in result.verdicts if v.checker == "session_pair" and v.expected == 112]
    assert v.status is S and "previous close 2024-06-12 17937.84" in v.method and "112.16" in v.method
    assert any(d.startswith("hsi close 2024-06-12 17937.84") for d in v.data)
    assert any("18050点" in d for d in v.data) and any(d.startswith("provider ") for d in v.data)
