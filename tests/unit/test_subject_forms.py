"""Subject forms of real published text (issue 20, stop 29): what each rule reads, and that a reading
it cannot be sure of stays uncertain (a wrong certain claim is the worst error: only certain claims are
ever reported contradicted). The claims themselves are cases in ``claim_cases.py``."""

from __future__ import annotations

import datetime as dt

import pytest

from analyzer.claims import is_certain
from analyzer.claims.certainty import NOT_SURE_ENOUGH
from analyzer.pipeline import analyze


def _claims(text: str, as_of: dt.date = dt.date(2025, 6, 10)) -> list:
    return list(analyze(text.encode("utf-8"), name="case.txt", as_of=as_of).claims)


def _by_text(text: str) -> dict[str, list]:
    out: dict[str, list] = {}
    for c in _claims(text):
        out.setdefault(c.text, []).append(c)
    return out


def test_a_list_item_carried_over_a_semicolon_is_uncertain() -> None:
    claims = _by_text("远山科技和晴川科技收入分别增长8%和11%;净利润为3亿元。")
    profit = claims["3亿元"][0]
    assert profit.rules["subject"] == "subject.carried_on_line"
    assert not is_certain(profit)


def test_a_name_read_certainly_is_carried_over_a_semicolon_certainly() -> None:
    claims = _by_text("2024年格力电器营收为30亿元;净利润为3亿元。")
    profit = claims["3亿元"][0]
    assert profit.subject is not None and profit.subject.alias == "格力电器"
    assert profit.rules["subject"] == "subject.carried_on_line"
    # cert9: corrected: the subject stays certain, the period carried over the semicolon is doubted
    # (period.carried_on_line in claim_rules.yaml), so the claim is not
    assert not profit.decided_by["subject"].startswith("uncertain: ")
    assert profit.decided_by["period"].endswith(NOT_SURE_ENOUGH) and not is_certain(profit)


@pytest.mark.parametrize(
    "text",
    [
        "二季度钢铁、建材、化工等行业单季净利润同比增速分别为21%、14%、9%。",
        "前五名主要为钢铁、建材、化工等行业,二季度净利润同比增速分别为21%、14%、9%。",
    ],
)
def test_words_of_a_list_paired_by_fenbie_are_never_certain(text: str) -> None:
    claims = _claims(text, dt.date(2025, 8, 30))
    assert [c.subject.alias for c in claims] == ["钢铁", "建材", "化工"]
    assert all(c.rules["subject"] == "subject.paired_in_list" and not is_certain(c) for c in claims)


def test_a_fenbie_clause_that_pairs_nothing_is_uncertain_after_a_known_name() -> None:
    # a known name (周期板块) earlier in the sentence does not make its chain certain over a list of words
    text = "周期板块表现最佳,例如贵金属、农化制品、煤炭等单季净利润同比增速分别为50%、30%。"
    claims = _claims(text, dt.date(2025, 8, 30))
    assert claims and not any(is_certain(c) for c in claims)


def test_names_listed_together_share_one_figure_uncertainly() -> None:
    claims = _by_text("港股收市,恒指升1%。内银股造好,丙银行及丁银行升约2%。")["2%"]
    assert sorted(c.subject.alias for c in claims) == ["丁银行", "丙银行"]
    assert all(c.rules["subject"] == "subject.listed_words" and not is_certain(c) for c in claims)


def test_a_statistic_named_only_in_the_text_has_no_certain_default_basis() -> None:
    # 楼价 is a statistic in no registry: its bare move is growth by default, not read as year on year
    claim = _claims("统计处公布,首季楼价累计下跌3%。", dt.date(2025, 5, 2))[0]
    assert claim.subject is not None and claim.subject.alias == "楼价"
    assert not is_certain(claim)


def test_plain_yuan_of_a_statistic_with_no_market_is_uncertain() -> None:
    claim = _claims("2024年印花税为420亿元。", dt.date(2025, 5, 2))[0]
    assert claim.subject is not None and claim.subject.alias == "印花税"
    assert claim.metric == "amount"
    assert not is_certain(claim)


def test_a_hong_kong_department_makes_plain_yuan_hkd() -> None:
    claim = _claims("税务局公布,2024年印花税为420亿元。", dt.date(2025, 5, 2))[0]
    assert (claim.metric, claim.currency) == ("amount", "HKD")


@pytest.mark.parametrize("name", ["出口商", "经济学家"])
def test_a_statistic_word_that_goes_on_is_no_statistic(name: str) -> None:
    claims = _claims(f"某{name}表示,5月订单增长8%。")
    assert all(c.subject is None or c.subject.kind != "macro" for c in claims)


def test_a_turnover_carried_to_an_index_is_uncertain_and_read_past_its_crossing_word() -> None:
    claims = _by_text("港股收市,恒指跌0.8%,全日成交突破1,800亿元。")
    turnover = claims["1,800亿元"][0]
    assert turnover.metric == "turnover"
    assert not is_certain(turnover)


@pytest.mark.parametrize(
    ("text", "owner"),
    [("2024年星辰汽车出口销量增长65%。", "星辰汽车"), ("公司海外出口收入为12亿元。", "公司")],
)
def test_a_statistic_word_after_a_company_is_the_companys(text: str, owner: str) -> None:
    claim = _claims(text)[0]
    assert claim.subject is not None and claim.subject.alias == owner
