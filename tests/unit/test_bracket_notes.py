"""A bracketed note with a comma or colon in it (剔除ST股,共120家) is one piece of its clause: a clause is not
cut inside it, while a sentence end or a line break still ends the clause there (issue 20)."""

from __future__ import annotations

import pytest

from analyzer.claims.sentences import split_sentences
from tests.unit.sentence_verdicts import TEXT_FORMS

FORMS = TEXT_FORMS  # each case in both scripts and both punctuation widths


def _clauses(text: str) -> list[str]:
    return [text[a:b].strip() for a, b in split_sentences(text).clauses]


@pytest.mark.issue(20)
@pytest.mark.parametrize("form", list(FORMS))
@pytest.mark.parametrize(
    ("text", "clauses"),
    [
        # a note after a name: the comma and the colon in it cut nothing
        (
            "去年,中信食品饮料行业(剔除ST股,共120家)营收增长3%,利润下降1%",
            ["去年,", "中信食品饮料行业(剔除ST股,共120家)营收增长3%,", "利润下降1%"],
        ),
        ("某某指数(口径:流通市值加权,下同)本周上涨2%", ["某某指数(口径:流通市值加权,下同)本周上涨2%"]),
        # commas outside brackets cut as before; a bracket without a comma changes nothing
        ("甲乙科技(600000)涨5%,丙丁能源跌2%", ["甲乙科技(600000)涨5%,", "丙丁能源跌2%"]),
        # a sentence end or a line break is no part of a note: an open bracket does not run on over it
        ("注(一。其后,某股涨1%)", ["注(一。", "其后,", "某股涨1%)"]),
        ("表(一,\n二)", ["表(一,", "二)"]),
    ],
)
def test_a_bracketed_note_cuts_no_clause(text: str, clauses: list[str], form: str) -> None:
    convert = FORMS[form]
    assert _clauses(convert(text)) == [convert(c) for c in clauses]
