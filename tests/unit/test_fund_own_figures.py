"""A text that speaks as a fund (本基金) is that fund's report or note (issue 20, claims11b): a fund's own
figure (its position, size, return) that names no fund anywhere around it is that fund's, by default and
never certainly (``subject.document_fund``); the thresholds of a case a report says did not occur (未出现…的情形)
are no figures. Sentences written for these tests, in both scripts and both punctuation widths."""

from __future__ import annotations

import datetime as dt

import pytest

from analyzer.claims import is_certain
from analyzer.pipeline import analyze
from tests.unit.sentence_verdicts import TEXT_FORMS

AS_OF = dt.date(2026, 1, 20)
#: a digest of a fund's year: its position and size first, under their own heading, 本基金 only later
DIGEST = (
    "## 仓位一览\n\n- 股票仓位:88.2%\n- 基金规模:截至2025年末为35.4亿元\n\n"
    "## 全年回顾\n\n2025年,本基金份额净值增长率为12.3%,同期业绩比较基准收益率为8.1%。"
)
#: the same figures in a text that never speaks as a fund
NO_SELF = "## 仓位一览\n\n- 股票仓位:88.2%\n- 基金规模:截至2025年末为35.4亿元\n"
#: a fund named in the figure's own item is that item's fund, whatever the text says elsewhere
NAMED = "远帆成长混合的股票仓位为90.5%。\n\n本基金份额净值增长率为6.4%。"


def _claims(text: str) -> dict[str, object]:
    return {c.text: c for c in analyze(text.encode("utf-8"), name="case.txt", as_of=AS_OF).claims}


@pytest.mark.parametrize("convert", TEXT_FORMS.values(), ids=list(TEXT_FORMS))
def test_a_fund_figure_naming_no_fund_is_the_funds_that_the_text_speaks_as(convert: object) -> None:
    claims = _claims(convert(DIGEST))  # type: ignore[operator]
    for figure, metric in (("88.2%", "equity_share"), ("35.4亿元", "fund_size")):
        claim = claims[convert(figure)]  # type: ignore[operator]
        assert claim.metric == metric  # type: ignore[attr-defined]
        assert claim.subject.alias == convert("本基金")  # type: ignore[attr-defined, operator]
        assert claim.subject.span is None  # type: ignore[attr-defined]  (not named where the figure stands)
        assert claim.rules["subject"] == "subject.document_fund"  # type: ignore[attr-defined]
        assert claim.decided_by["subject"].startswith("uncertain: ")  # type: ignore[attr-defined]
        assert not is_certain(claim)


@pytest.mark.parametrize("convert", TEXT_FORMS.values(), ids=list(TEXT_FORMS))
def test_a_text_that_never_speaks_as_a_fund_gives_its_figures_no_fund(convert: object) -> None:
    claims = _claims(convert(NO_SELF))  # type: ignore[operator]
    assert claims["88.2%"].subject is None  # type: ignore[attr-defined]
    assert claims["88.2%"].rules["subject"] == "subject.none_found"  # type: ignore[attr-defined]


@pytest.mark.parametrize("convert", TEXT_FORMS.values(), ids=list(TEXT_FORMS))
def test_a_fund_named_in_the_figures_clause_wins_over_the_texts_own(convert: object) -> None:
    claims = _claims(convert(NAMED))  # type: ignore[operator]
    position = claims["90.5%"]
    assert position.subject.alias == convert("远帆成长混合")  # type: ignore[attr-defined, operator]
    assert position.rules["subject"] != "subject.document_fund"  # type: ignore[attr-defined]


#: a report's statement that a case did not occur: its figures are a rule's thresholds
UNOCCURRED = (
    "报告期内,远帆成长混合未出现连续二十个工作日基金份额持有人数量不满二百人或者基金资产净值低于五千万元的情形。"
)


@pytest.mark.parametrize("convert", TEXT_FORMS.values(), ids=list(TEXT_FORMS))
def test_the_thresholds_of_a_case_that_did_not_occur_are_no_claims(convert: object) -> None:
    result = analyze(convert(UNOCCURRED).encode("utf-8"), name="case.txt", as_of=AS_OF)  # type: ignore[operator]
    assert not result.claims
    reasons = {u.text: u.reason for u in result.unattributed}
    for figure in ("二百人", "五千万元"):
        assert "did not occur" in reasons[convert(figure)]  # type: ignore[operator]
