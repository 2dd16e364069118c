"""Clause grammar (issue 20, item 3): the word classes of ``corpora/patterns/clauses.yaml``, 分别
pairing, topic chains and their certainty, previous-value periods and backdrop frames. The claim
cases in ``claim_cases.py`` hold the full claims; these tests pin the rules and their words."""

from __future__ import annotations

import datetime as dt
from functools import cache

import opencc
import pytest

from analyzer.claims import is_certain
from analyzer.claims.clause_time import find_frames, in_frame
from analyzer.claims.clause_words import (
    clause_words,
    starts_with_predicate,
    starts_with_pronoun,
    without_trailing_predicates,
)
from analyzer.claims.named import clause_topic
from analyzer.extract.timeexpr import previous_period
from analyzer.pipeline import analyze
from analyzer.types import DocumentResult

D = dt.date
AS_OF = D(2025, 3, 6)
S2HK = opencc.OpenCC("s2hk")


@cache
def run(text: str, as_of: dt.date = AS_OF) -> DocumentResult:
    return analyze(text.encode("utf-8"), name="clause.txt", as_of=as_of)


def subjects(text: str, as_of: dt.date = AS_OF) -> list[tuple[str | None, str]]:
    """(subject alias, how the subject was decided) of each claim."""
    return [(c.subject.alias if c.subject else None, c.decided_by["subject"]) for c in run(text, as_of).claims]


# ---------------------------------------------------------------- the predicate word class


@pytest.mark.parametrize("word", ["低见", "高见", "最终", "收市报", "报", "收报", "曾", "一度", "较早时报", "现报"])
@pytest.mark.parametrize("script", ["simplified", "hk"])
def test_predicates_are_never_names(word: str, script: str) -> None:
    """Leading words that start with a predicate read as no name, in either script."""
    text = S2HK.convert(word) if script == "hk" else word
    assert starts_with_predicate(text) is not None
    clause = f"{text}19850点"
    assert clause_topic(clause, 0, len(text)) is None


def test_every_listed_predicate_is_rejected_in_both_scripts() -> None:
    for word in clause_words().predicates:
        for form in (word, S2HK.convert(word)):
            assert starts_with_predicate(form + "某某"), form


@pytest.mark.parametrize(
    ("words", "name"),
    [("某某科技最终", "某某科技"), ("远帆能源一度", "远帆能源"), ("星河材料較早時報", "星河材料")],
)
def test_a_trailing_predicate_is_cut_off_the_name(words: str, name: str) -> None:
    assert without_trailing_predicates(words) == name
    span = clause_topic(words, 0, len(words))
    assert span is not None and words[span[0] : span[1]] == name


def test_a_one_character_predicate_at_the_end_stays() -> None:
    """报 or 曾 end too many words to be cut off (日报, 何曾)."""
    assert without_trailing_predicates("经济日报") == "经济日报"


@pytest.mark.parametrize(
    ("words", "pronoun"), [("其管理的基金", "其"), ("该股收报", "该股"), ("其中腾讯", None), ("其他", None)]
)
def test_pronouns(words: str, pronoun: str | None) -> None:
    assert starts_with_pronoun(words) == pronoun


# ---------------------------------------------------------------- previous periods (time stage)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        (D(2025, 2, 1), D(2025, 2, 28), (D(2025, 1, 1), D(2025, 1, 31))),
        (D(2025, 1, 1), D(2025, 1, 31), (D(2024, 12, 1), D(2024, 12, 31))),
        (D(2024, 10, 1), D(2024, 12, 31), (D(2024, 7, 1), D(2024, 9, 30))),
        (D(2024, 1, 1), D(2024, 6, 30), (D(2023, 7, 1), D(2023, 12, 31))),
        (D(2024, 1, 1), D(2024, 12, 31), (D(2023, 1, 1), D(2023, 12, 31))),
        (D(2024, 3, 1), D(2024, 3, 31), (D(2024, 2, 1), D(2024, 2, 29))),
        (D(2025, 3, 6), D(2025, 3, 6), None),
        # claims15c: a week (Monday to Sunday, or its trading days) steps back to the same days of the week before
        (D(2025, 3, 3), D(2025, 3, 9), (D(2025, 2, 24), D(2025, 3, 2))),
        (D(2025, 3, 3), D(2025, 3, 7), (D(2025, 2, 24), D(2025, 2, 28))),
        (D(2025, 3, 4), D(2025, 3, 10), None),
        (D(2025, 1, 1), D(2025, 2, 28), None),
        (D(2024, 1, 1), D(2024, 9, 30), None),
        (D(2024, 2, 1), D(2024, 4, 30), None),
    ],
)
def test_previous_period(start: dt.date, end: dt.date, expected: tuple[dt.date, dt.date] | None) -> None:
    assert previous_period(start, end) == expected


@pytest.mark.parametrize(
    ("text", "as_of", "start", "end"),
    [
        ("3月CPI同比上涨0.4%,前值为同比下降0.7%。", D(2025, 4, 12), D(2025, 2, 1), D(2025, 2, 28)),
        ("11月出口同比增长6.7%,上月为12.7%。", D(2024, 12, 10), D(2024, 10, 1), D(2024, 10, 31)),
        ("2024年第二季度GDP同比增长4.7%,前值5.3%。", D(2024, 8, 1), D(2024, 1, 1), D(2024, 3, 31)),
        ("2024年全年GDP同比增长5.0%,此前为5.2%。", D(2025, 3, 1), D(2023, 1, 1), D(2023, 12, 31)),
    ],
)
def test_a_previous_value_has_the_period_before(text: str, as_of: dt.date, start: dt.date, end: dt.date) -> None:
    result = run(text, as_of)
    prior = result.claims[-1]
    assert prior.period is not None and (prior.period.start, prior.period.end) == (start, end)
    assert "the period before that of the figure it follows" in prior.decided_by["period"]
    assert result.text[prior.period.span.start : prior.period.span.end] == prior.period.text


def test_a_previous_value_after_a_full_stop_is_unsure() -> None:
    prior = run("11月PPI同比下降2.5%。前值为下降2.9%。", D(2024, 12, 12)).claims[-1]
    assert prior.period is not None and (prior.period.start, prior.period.end) == (D(2024, 10, 1), D(2024, 10, 31))
    assert prior.decided_by["period"].endswith("in the sentence before") and not is_certain(prior)


def test_a_previous_month_end_is_the_month_end_before() -> None:
    prior = run("2月末M2余额320万亿元,前值为318万亿元。").claims[-1]
    assert prior.period is not None and prior.period.start == prior.period.end == D(2025, 1, 31)


@pytest.mark.parametrize(
    "text",
    ["1-2月规模以上工业增加值同比增长5.9%,前值6.2%。", "前三季度GDP同比增长4.8%,前值为5.0%。"],
)
def test_a_previous_value_of_a_cumulative_figure_has_no_period(text: str) -> None:
    """1-2月 or 前三季度 has no fixed step back (its 前值 may be December's or 上半年's): unsure, never
    the figure's own period."""
    prior = run(text, D(2024, 11, 20)).claims[-1]
    assert prior.period is None and prior.decided_by["period"].startswith("uncertain: 「前值」 after a figure over")
    assert prior.subject is None or prior.subject.alias != "前值"


def test_a_previous_value_with_its_own_date_keeps_it() -> None:
    prior = run("2月CPI同比下降0.7%,此前2024年12月为0.1%。").claims[-1]
    assert prior.period is not None and (prior.period.start, prior.period.end) == (D(2024, 12, 1), D(2024, 12, 31))


# ---------------------------------------------------------------- backdrop frames


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("港股今日承接上周五跌势,恒指收报19500点。", "上周五"),
        ("A股延续昨日升势,上证指数今天收报3400点。", "昨日"),
        ("受昨晚美股大跌影响,恒指今日收报19800点。", "昨晚"),
    ],
)
def test_a_day_word_in_a_backdrop_is_not_the_session(text: str, day: str) -> None:
    frames = find_frames(text)
    at = text.index(day)
    assert in_frame(frames, at, at + len(day))
    close = run(text).claims[-1]
    assert close.period is not None and close.period.start == close.period.end == AS_OF


def test_a_day_word_outside_a_frame_still_dates_the_session() -> None:
    close = run("昨日恒指收报19900点。").claims[-1]
    assert close.period is not None and close.period.start == D(2025, 3, 5)


# ---------------------------------------------------------------- topic chains and their certainty


@pytest.mark.parametrize(
    ("text", "head"),
    [
        ("恒指曾跌穿20000点,低见19850点,半日收报19900点,跌310点。", "恒指"),
        ("恒生科技指数高开1%,其后回落,最终收报4250点。", "恒生科技指数"),
        ("上证指数盘中一度跌破3300点,最低见3280点,最终收报3295点。", "上证指数"),
    ],
)
def test_the_chain_carries_the_head_with_certainty(text: str, head: str) -> None:
    result = run(text)
    later = result.claims[1:]
    assert later and all(c.subject is not None and c.subject.alias == head for c in later)
    assert all(c.decided_by["subject"] == f"topic chain from {head} (clause 1)" for c in later)


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("恒指高开,受腾讯控股拖累,低见19850点。", "腾讯控股"),
        ("恒指跌穿20000点,资金流出美团,收报19900点。", "美团"),
    ],
)
def test_a_chain_that_names_someone_else_is_uncertain(text: str, other: str) -> None:
    last = run(text).claims[-1]
    assert last.subject is not None and last.subject.alias == "恒指"
    assert last.decided_by["subject"].startswith("uncertain: topic chain from 恒指 (clause 1)")
    assert other in last.decided_by["subject"] and not is_certain(last)


def test_a_chain_does_not_cross_a_sentence_end() -> None:
    how = subjects("恒指收报19900点。低见19850点。")[-1][1]
    assert how.startswith("uncertain: carried over")


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("沪深300跌0.5%,万得全A跌0.7%。", ["沪深300", "万得全A"]),
        ("恒指升1.2%,内房股跌2.1%,科网股涨0.4%。", ["恒指", "内房股", "科网股"]),
        ("白糖涨1%,棉花涨2%。", ["白糖", "棉花"]),
    ],
)
def test_parallel_clauses_each_take_their_own_head(text: str, names: list[str]) -> None:
    assert [alias for alias, _ in subjects(text)] == names


def test_a_change_noun_after_a_named_subject_is_no_parallel_head() -> None:
    """可分派总额按年减少 does not mirror 汇丰控股去年除税前利润…: not a new name."""
    alias, _ = subjects("汇丰控股去年除税前利润323亿美元,可分派总额按年减少5%。", D(2025, 2, 20))[-1]
    assert alias == "汇丰控股"


# ---------------------------------------------------------------- 分别 pairing


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("甲转债、乙转债分别跌3%、2%。", ["甲转债", "乙转债"]),
        ("沪铜、沪铝和沪锌分别上涨1.5%、0.8%和0.3%。", ["沪铜", "沪铝", "沪锌"]),
        ("本周电子、计算机分别涨6.2%和5.4%。", ["电子", "计算机"]),
        ("腾讯控股、阿里巴巴分别上涨3.2%和2.5%。", ["腾讯控股", "阿里巴巴"]),
    ],
)
def test_respective_pairs_in_order(text: str, names: list[str]) -> None:
    found = subjects(text, D(2024, 11, 8))
    assert [alias for alias, _ in found] == names
    assert all(how.removeprefix("uncertain: ").startswith(f"分别: value {i + 1} ") for i, (_, how) in enumerate(found))


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("甲转债、乙转债跌3%、2%。", ["甲转债", "乙转债"]),
        ("腾讯控股、阿里巴巴和美团跌3%、2%及1%。", ["腾讯控股", "阿里巴巴", "美团"]),
        ("本周沪铜与沪铝涨1.5%和0.8%。", ["沪铜", "沪铝"]),
    ],
)
def test_a_list_of_values_pairs_with_a_list_of_names(text: str, names: list[str]) -> None:
    found = subjects(text, D(2024, 11, 8))
    assert [alias for alias, _ in found] == names
    hows = [how.removeprefix("uncertain: ") for _, how in found]
    assert all(how.startswith(f"a list: value {i + 1} ") for i, how in enumerate(hows))


def test_one_name_with_a_list_of_values_is_no_pairing() -> None:
    assert subjects("恒指跌1%、2%。") == [("恒指", "named in the clause before the value")] * 2


@pytest.mark.parametrize(
    "text",
    [
        "甲转债、乙转债、丙转债分别跌3%、2%。",
        "沪铜、沪铝分别上涨1.5%、0.8%和0.3%。",
        "腾讯控股、阿里巴巴、美团分别上涨3.2%和2.5%。",
        "沪铜、沪铝、沪锌跌3%、2%。",
    ],
)
def test_respective_with_other_counts_pairs_nothing(text: str) -> None:
    result = run(text)
    assert result.claims
    for c in result.claims:
        how = c.decided_by["subject"]
        assert how.startswith("uncertain: ") and "which value is whose is unclear" in how
        assert not is_certain(c)


# ---------------------------------------------------------------- flows of a named stock


@pytest.mark.parametrize(
    ("text", "flow", "stock"),
    [
        ("南向资金净买入58亿港元,美团遭净卖出5亿港元。", "南向资金", "美团"),
        ("北向资金净买入40亿元,贵州茅台遭净卖出3亿元。", "北向资金", "贵州茅台"),
        ("港股通净流入20亿港元,腾讯控股获净买入8亿港元。", "港股通", "腾讯控股"),
    ],
)
def test_a_named_stocks_flow_is_the_stocks(text: str, flow: str, stock: str) -> None:
    first, second = run(text).claims
    assert first.subject is not None and first.subject.alias == flow
    assert second.subject is not None and second.subject.alias == stock


def test_a_listed_item_after_a_flow_stays_the_flows() -> None:
    """「北向资金净买入贵州茅台5亿元,五粮液3亿元」: the list goes on (no predicate of its own)."""
    last = run("北向资金净买入贵州茅台5亿元,五粮液3亿元。").claims[-1]
    assert last.subject is not None and last.subject.alias == "北向资金"


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        ("招商银行营收和净利润分别为3375亿元和1484亿元。", "招商银行"),
        ("比亚迪营收、净利润同比增长29%、34%。", "比亚迪"),
        ("宁德时代收入、毛利分别增长10%、20%。", "宁德时代"),
    ],
)
def test_a_list_of_metric_nouns_is_no_list_of_names(text: str, subject: str) -> None:
    """营收、净利润 name figures: the values stay the company's, never paired with the nouns."""
    assert [alias for alias, _ in subjects(text)] == [subject, subject]
