"""A title's phrases parted by spaces before a Latin name or a figure are clauses of their own; a
writer's spacing inside prose (a sentence with commas or a full stop) parts nothing."""

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
        # a headline line: an ideographic space, two spaces after a percent, a space before digits
        ("南岭电讯上半年营收倍增\u3000G5系列出货达30万台", ["南岭电讯上半年营收倍增", "G5系列出货达30万台"]),
        ("西港银行次季盈利跌6%  ATM交易量升3%", ["西港银行次季盈利跌6%", "ATM交易量升3%"]),
        ("工业指数跌破3%警戒线 12项原料价格转跌", ["工业指数跌破3%警戒线", "12项原料价格转跌"]),
        # a bracketed headline before the body of a telegraph
        (
            "[央行:单日投放创新高 9000亿元逆回购到期]某社电,央行今日",
            # (claims17b: the headline's closing bracket ends its sentence, and so its last clause)
            ["[央行:", "单日投放创新高", "9000亿元逆回购到期]", "某社电,", "央行今日"],
        ),
        # prose: the writer's spaces around figures and Latin words part nothing
        ("全年中证 500 指数下跌 8.2%,创业板指下跌 9.1%。", ["全年中证 500 指数下跌 8.2%,", "创业板指下跌 9.1%。"]),
    ],
)
def test_title_phrases_are_clauses(text: str, clauses: list[str], form: str) -> None:
    convert = FORMS[form]
    assert _clauses(convert(text)) == [convert(c) for c in clauses]
