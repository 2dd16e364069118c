"""Phrase matching: both scripts, punctuation and small variants, negation, spans back to the original."""

from __future__ import annotations

from datetime import date

import pytest

from analyzer.comply.context import Context
from analyzer.comply.phrases import FoldedText, PhraseSet, PhraseSyntaxError, display_phrase, fold_phrase_text
from analyzer.comply.settings import Negation
from analyzer.normalize import normalize
from analyzer.types import DocumentMeta, DocumentResult


def make_result(text: str) -> DocumentResult:
    norm = normalize(text)
    meta = DocumentMeta(
        doc_id="test", path="test.txt", encoding="utf-8", format="text", conversion="t2s",
        n_chars=len(text), as_of=date(2025, 3, 6), as_of_inferred=False, analyzer_version="test",
    )
    result = DocumentResult(meta=meta, text=text, simplified=norm.text)
    result._offsets = norm.offsets
    return result


def hits(phrases: list[str], text: str) -> list[str]:
    ctx = Context(make_result(text))
    return [ctx.quote(s) for s in ctx.find_spans(PhraseSet(phrases))]


# fmt: off
MATCHES = [
    # (phrase, text, quote of the hit in the original)
    ("基金管理人不保证…一定盈利", "4.基金管理人不保證上述基金一定盈利,也不保證最低收益。",
     "基金管理人不保證上述基金一定盈利"),
    ("市场有风险，投资需谨慎", "9.市場有風險,投資須謹慎,本內容", "市場有風險,投資須謹慎"),
    ("市场有风险，投资需谨慎", "市场有风险 投资需谨慎", "市场有风险 投资需谨慎"),
    ("(投资|市场)有风险…需谨慎", "投资有风险，入市需谨慎", "投资有风险，入市需谨慎"),
    ("风险(等级|评级)?(为)?R(1|2|3|4|5)", "属于中高风险(R4)品种", "风险(R4"),
    ("作出", "谨慎做出投资决策", "做出"),
    ("PE-TTM", "指数PETTM为", "PETTM"),
    ("将获得#%", "持有将获得12.5%回报", "将获得12.5%"),
]
# fmt: on


@pytest.mark.parametrize(("phrase", "text", "quote"), MATCHES)
def test_phrase_matches_in_both_scripts_and_maps_back(phrase: str, text: str, quote: str) -> None:
    assert hits([phrase], text) == [quote]


def test_no_match_across_a_long_gap() -> None:
    assert hits(["不保证…一定盈利"], "不保证" + "很长的一段话" * 5 + "一定盈利") == []


def test_longest_phrase_wins() -> None:
    assert hits(["保证", "保证收益"], "本基金保证收益") == ["保证收益"]


def test_folded_offsets_map_back_through_dropped_punctuation() -> None:
    simplified = "甲，乙。丙 丁%1.5"
    folded = FoldedText.build(simplified)
    assert folded.text == "甲乙丙丁%1.5"
    assert folded.to_simplified(1, 3) == (2, 5)  # 乙。丙
    assert folded.to_simplified(4, 8) == (7, 11)


@pytest.mark.parametrize("bad", ["", "(未闭合", "多余)", "，。"])
def test_bad_phrases_are_rejected(bad: str) -> None:
    with pytest.raises(PhraseSyntaxError):
        PhraseSet([bad])


def test_fold_phrase_text_is_script_and_width_neutral() -> None:
    assert fold_phrase_text("過往業績，不預示") == fold_phrase_text("过往业绩不预示")
    assert fold_phrase_text("ＲＴ４") == "rt4"


def test_display_phrase() -> None:
    assert display_phrase("(投资|市场)有风险…(投资)?需谨慎") == "投资有风险…需谨慎"


# fmt: off
NEGATION = [
    ("基金管理人不保证最低收益", "保证", True),
    ("本基金不保本", "保本", True),
    ("其他基金的业绩并不构成对上述基金业绩表现的保证", "保证", True),   # cue 14 characters back
    ("本基金保证收益", "保证", False),
    ("收益不错，保证收益", "保证", False),                             # a comma ends the clause
    ("非常安全", "安全", False),                                        # 非常 is not a negation
]
# fmt: on


@pytest.mark.parametrize(("text", "word", "negated"), NEGATION)
def test_negation_window(text: str, word: str, negated: bool) -> None:
    ctx = Context(make_result(text))
    start, _ = ctx.find(PhraseSet([word]))[0]
    assert ctx.is_negated(start, Negation(window=20)) is negated


# A set that mixes solid words with phrases that have gaps: each hit keeps the boundary of the phrase
# that made it (「费率较高，收益波动」 is no 「高收益」; 「5%，保证金」 is no 「#%保证」).
MIXED = ["高收益", "(绝对|百分百|#%)保证", "保证…(收益|回报|盈利)"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("本基金管理费率较高，收益波动较大。", []),
        ("本基金管理費率較高,收益波動較大。", []),
        ("近一年收益率5%，保证金比例为20%。", []),
        ("追求高收益的投资者。", ["高收益"]),
        ("本基金百分百保证。", ["百分百保证"]),
        ("我们保证，每年都有收益。", ["保证，每年都有收益"]),  # a gap phrase may span a comma
    ],
)
def test_mixed_set_each_hit_keeps_its_phrase_boundary(text: str, expected: list[str]) -> None:
    assert hits(MIXED, text) == expected
