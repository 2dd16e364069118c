"""issue 23 #5: impossible quarters, halves, months, weeks and days are ``invalid`` with the reason.

They used to lose their part and become the whole year (2024年第5季度 → 2024年), and the figure was then
checked against the year. Now the period keeps the words as written, has no dates, says why, and the
claim is never verified. Every case runs in Simplified and Traditional, ASCII and full-width punctuation;
the possible neighbours of each form still resolve (the wider grammar must not swallow them)."""

from __future__ import annotations

from datetime import date

import pytest
from time_support import VARIANTS, back, variant

import analyzer
from analyzer.types import VerdictStatus
from analyzer.verify import verify

AS_OF = date(2025, 3, 6)


@pytest.mark.issue(23)
@pytest.mark.parametrize("which", VARIANTS)
@pytest.mark.parametrize(
    ("text", "written", "reason"),
    [
        ("2023年第6季度,招商银行净利润同比增长8.2%。", "2023年第6季度", "一年没有第6季度"),
        ("2022年第0季度,万科营收下降4.1%。", "2022年第0季度", "一年没有第0季度"),
        ("去年第七季度,中国平安营收增长2.5%。", "去年第七季度", "一年没有第7季度"),
        ("2023年Q7,美团收入增长25.1%。", "2023年Q7", "一年没有第7季度"),
        ("2023年H4,小米集团营收增长9.3%。", "2023年H4", "一年没有第4个半年"),
        ("2022年第3个半年,京东收入增长5.4%。", "2022年第3个半年", "一年没有第3个半年"),
        ("2023年十四月,比亚迪销量增长12%。", "2023年十四月", "没有14月"),
        ("2023年第75周,恒生指数上涨1.8%。", "2023年第75周", "一年没有第75周"),
        ("2021年第53周,恒生指数上涨1.8%。", "2021年第53周", "2021年没有第53周(只有52周)"),
        ("2023年四月三十一日,恒生指数上涨1.8%。", "2023年四月三十一日", "2023年4月没有31日"),
        ("2023年六月三十五日,恒生指数上涨1.8%。", "2023年六月三十五日", "2023年6月没有35日"),
        ("第9季度,腾讯控股收入增长7%。", "第9季度", "一年没有第9季度"),
    ],
)
def test_an_impossible_part_of_a_year_is_invalid_and_never_verified(
    which: str, text: str, written: str, reason: str
) -> None:
    result = analyzer.analyze(variant(text, which).encode(), name="x.txt", as_of=AS_OF)
    (claim,) = result.claims
    assert claim.period is not None
    assert back(claim.period.text) == written  # the words as written, never cut to the year
    assert (claim.period.start, claim.period.end, claim.period.invalid) == (None, None, reason)
    (verdict,) = verify(result, None)
    assert verdict.status == VerdictStatus.UNVERIFIABLE and reason in (verdict.reason or "")


@pytest.mark.issue(23)
@pytest.mark.parametrize("which", VARIANTS)
@pytest.mark.parametrize(
    ("text", "written", "start", "end"),
    [
        ("2023年第6周,恒生指数上涨1.8%。", "2023年第6周", date(2023, 2, 6), date(2023, 2, 12)),
        ("2020年第53周,恒生指数上涨1.8%。", "2020年第53周", date(2020, 12, 28), date(2021, 1, 3)),
        ("2022年第一个半年,京东收入增长5.4%。", "2022年第一个半年", date(2022, 1, 1), date(2022, 6, 30)),
        ("2023年第4季度,招商银行净利润同比增长8.2%。", "2023年第4季度", date(2023, 10, 1), date(2023, 12, 31)),
        ("2023年十二月,比亚迪销量增长12%。", "2023年十二月", date(2023, 12, 1), date(2023, 12, 31)),
        ("2023年三月三十一日,恒生指数上涨1.8%。", "2023年三月三十一日", date(2023, 3, 31), date(2023, 3, 31)),
    ],
)
def test_the_possible_neighbours_still_resolve(which: str, text: str, written: str, start: date, end: date) -> None:
    result = analyzer.analyze(variant(text, which).encode(), name="x.txt", as_of=AS_OF)
    periods = [m for m in result.mentions if m.start_date is not None and back(m.text) == written]
    assert [(m.start_date, m.end_date, m.invalid) for m in periods] == [(start, end, None)]


@pytest.mark.issue(23)
@pytest.mark.parametrize(
    "text", ["2023年第3周期,营收增长3%。", "近5季度营收增长3%。", "十三月薪增长3%。", "连续6个季度营收增长3%。"]
)
def test_words_that_only_look_like_a_numbered_part_are_left_alone(text: str) -> None:
    result = analyzer.analyze(text.encode(), name="x.txt", as_of=AS_OF)
    assert not [m for m in result.mentions if m.invalid]
