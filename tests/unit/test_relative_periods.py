"""claims15c (issue 20): a period word that steps back from another (前一周, 上一周, 上月, 前一交易日) after a period
stated earlier in its sentence is that step before it, never a window counted back from the as-of date;
with no stated period to step from, it is unsure. A noun of an outstanding amount followed by a direction
word (余额增加, 规模减少) makes the amount the level's change, signed. A week is read one way: its trading
days, Monday to Friday. Each row in both scripts and both punctuation widths (``TEXT_FORMS``)."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from analyzer.claims import is_certain
from analyzer.pipeline import analyze
from analyzer.types import Claim
from analyzer.verify import MarketStore
from tests.unit.sentence_verdicts import TEXT_FORMS, S, U, assert_verdict

D = dt.date
#: a Monday: 上周 is 11–15 July 2022 (its trading days), the week before it 4–8 July
AS_OF = D(2022, 7, 18)


def claims_of(text: str, as_of: dt.date = AS_OF) -> list[Claim]:
    return list(analyze(text.encode("utf-8"), name="relative.txt", as_of=as_of).claims)


def claim_at(text: str, figure: str, as_of: dt.date = AS_OF) -> Claim:
    """The claim of the figure written ``figure`` (in the form's own script)."""
    found = [c for c in claims_of(text, as_of) if c.text == figure]
    assert len(found) == 1, [c.text for c in claims_of(text, as_of)]
    return found[0]


FORMS = pytest.mark.parametrize("form", list(TEXT_FORMS), ids=list(TEXT_FORMS))


def _form(form: str, text: str) -> str:
    return TEXT_FORMS[form](text)


# (sentence, the figure of the step back, its period start, end)
STEPPED = [
    # a comparison's base with its own figure in brackets, after a week stated at the sentence's start
    ("上周港股通资金净买入41.6亿港元,较前一周(18.9亿港元)明显放大。", "18.9亿港元", D(2022, 7, 4), D(2022, 7, 8)),
    # the base with the flow's word between it and its figure, and 上一周 rather than 前一周
    ("上周陆股通净卖出7.7亿元,较上一周净买入(12.4亿元)显著转弱。", "12.4亿元", D(2022, 7, 4), D(2022, 7, 8)),
    # a clause led by the week before's words and a link (上一周为): the change of the level of that week
    ("本周两融余额增加26亿元,上一周为减少9亿元。", "9亿元", D(2022, 7, 11), D(2022, 7, 15)),
    # a month's base after a month stated first: the month before it, not the as-of date's last month
    ("3月新增人民币贷款3.1万亿元,比上月(1.2万亿元)明显多增。", "1.2万亿元", D(2022, 2, 1), D(2022, 2, 28)),
    # the session before a stated day (a Monday's: the Friday), never the stated day itself
    ("7月11日沪深两市成交额9630亿元,较前一交易日(8870亿元)放量。", "8870亿元", D(2022, 7, 8), D(2022, 7, 8)),
    ("6月15日,某某银行收报5.12元,较上一交易日(5.05元)上涨1.4%。", "5.05元", D(2022, 6, 14), D(2022, 6, 14)),
]


@FORMS
@pytest.mark.parametrize(("text", "figure", "start", "end"), STEPPED)
def test_a_step_back_is_taken_from_the_stated_period(
    form: str, text: str, figure: str, start: dt.date, end: dt.date
) -> None:
    text = _form(form, text)
    claim = claim_at(text, _form(form, figure))
    assert claim.period is not None and (claim.period.start, claim.period.end) == (start, end)
    assert claim.rules["period"] == "period.previous_value"
    assert text[claim.period.span.start : claim.period.span.end] == claim.period.text


@FORMS
@pytest.mark.parametrize(
    ("text", "figure"),
    [
        # no period stated before the base: the week before which is not read, so never certain
        ("沪股通净买入额较前一周(16.2亿元)小幅回落。", "16.2亿元"),
        # a month's words after a week's figure: no step of a month from a week
        ("上周深股通净买入15.5亿元,较上月(38亿元)明显减少。", "38亿元"),
    ],
)
def test_a_step_back_from_no_stated_period_is_unsure(form: str, text: str, figure: str) -> None:
    claim = claim_at(_form(form, text), _form(form, figure))
    assert claim.rules["period"] == "period.previous_value"
    assert claim.period is None and not is_certain(claim)
    assert claim.decided_by["period"].startswith("uncertain")


@FORMS
def test_a_change_from_a_base_keeps_the_period_it_describes(form: str) -> None:
    """较上周增加: the change is over the figure's own week, the base only what it is compared with."""
    text = _form(form, "本周沪股通成交额为2100亿元,较上周增加180亿元。")
    claim = claim_at(text, _form(form, "180亿元"))
    assert claim.metric == "change_amount"
    assert claim.period is not None and (claim.period.start, claim.period.end) == (D(2022, 7, 18), D(2022, 7, 22))


@FORMS
def test_a_week_word_leading_its_own_figure_is_its_week(form: str) -> None:
    """上周深证成指下跌0.6%: a week of its own, not a previous value of the figure before it."""
    text = _form(form, "本周上证指数上涨0.8%,上周深证成指下跌0.6%。")
    claim = claim_at(text, "0.6%")
    assert claim.metric == "return" and claim.value == Decimal("-0.6")
    assert claim.period is not None and (claim.period.start, claim.period.end) == (D(2022, 7, 11), D(2022, 7, 15))


# (sentence, the figure, its signed change)
LEVEL_CHANGES = [
    ("上周融资余额增加41亿元。", "41亿元", Decimal("4100000000")),
    ("6月末外汇储备规模减少120亿美元。", "120亿美元", Decimal("-12000000000")),
    ("本周两融余额下降约35亿元。", "35亿元", Decimal("-3500000000")),
    ("一季度住户存款余额上升了3.6万亿元。", "3.6万亿元", Decimal("3600000000000")),
]


@FORMS
@pytest.mark.parametrize(("text", "figure", "value"), LEVEL_CHANGES)
def test_a_level_noun_then_a_direction_is_the_change(form: str, text: str, figure: str, value: Decimal) -> None:
    claim = claim_at(_form(form, text), _form(form, figure))
    assert claim.metric == "change_amount" and claim.value == value
    assert "a change of the" in claim.decided_by["metric"]


@FORMS
@pytest.mark.parametrize(
    ("text", "figure", "metric"),
    [
        # 至 names the level reached, not the change
        ("截至6月末,人民币贷款余额增加至210万亿元。", "210万亿元", "balance"),
        # the level stated before the move is the level; only a change follows a direction word
        ("上周融资余额为14500亿元。", "14500亿元", "balance"),
        # a level's change, then a move 至 an amount in a clause of its own: the level it went to
        ("本月融资余额减少35亿元,降至1.48万亿元。", "1.48万亿元", "balance"),
        ("外汇储备规模增加90亿美元,升至3.21万亿美元。", "3.21万亿美元", "reserves"),
        ("某稳健债券基金二季度规模减少3.4亿元,季末降至41.7亿元。", "41.7亿元", "fund_size"),
    ],
)
def test_a_level_stays_a_level(form: str, text: str, figure: str, metric: str) -> None:
    claim = claim_at(_form(form, text), _form(form, figure))
    assert claim.metric == metric


@FORMS
@pytest.mark.parametrize("week", ["上周", "上一周"])
@pytest.mark.parametrize(
    ("text", "figure"), [("{}北向资金净买入52亿元。", "52亿元"), ("{}融资余额增加41亿元。", "41亿元")]
)
def test_a_week_is_its_trading_days(form: str, week: str, text: str, figure: str) -> None:
    """上周 and 上一周, for a flow or a level's change: Monday to Friday, one definition."""
    claim = claim_at(_form(form, text.format(week)), _form(form, figure))
    assert claim.period is not None and (claim.period.start, claim.period.end) == (D(2022, 7, 11), D(2022, 7, 15))


@FORMS
def test_a_base_after_a_stated_week_is_never_contradicted(form: str, store: MarketStore) -> None:
    """Southbound net buying was 28.19亿 over 18–22 July 2022 and 24.42亿 over 11–15 July: the base of
    「较前一周」 is the week before the stated one (supported), never the seven days up to the as-of date
    (35.76亿 over 19–25 July, which would have called it contradicted)."""
    text = _form(form, "上周南向资金累计净买入28.19亿港元,较前一周(24.42亿港元)有所增加。")
    assert_verdict(text, D(2022, 7, 25), "net_inflow", S, store)


@FORMS
def test_a_level_change_is_never_checked_as_the_level(form: str, store: MarketStore) -> None:
    """M2 was about 258万亿元 at the end of June 2022: 「余额增加1.2万亿元」 is June's change, which no level
    series says anything about (before, it was read as the balance and called contradicted)."""
    text = _form(form, "2022年6月末广义货币(M2)余额增加1.2万亿元。")
    assert_verdict(text, D(2022, 8, 20), "change_amount", U, store)
