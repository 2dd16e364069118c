"""Issue 22: rules by meaning. Each line of the issue and its general form, written in other words
too, put in a piece that otherwise has every required statement: the right rule at the right
severity quoting the right words, in Simplified and Traditional script and in both punctuation
widths; negated forms and the issue's false alarms raise no error or warning."""

from __future__ import annotations

from functools import cache

import opencc
import pytest

from analyzer.comply import comply
from analyzer.comply.rulebook import shipped_rulebooks
from analyzer.pipeline import analyze
from analyzer.types import Finding, Severity

HEAD = (
    "青松价值成长股票型证券投资基金（基金代码：012346）\n基金管理人：青松基金管理有限公司。"
    "本基金风险等级为R4（中高风险），适合风险承受能力为C4及以上的投资者。\n"
)
TAIL = (
    "\n风险提示：基金管理人依照恪尽职守、诚实信用、谨慎勤勉的原则管理和运用基金财产，但不保证基金一定盈利，也不保证最低收益。"
    "基金的过往业绩并不预示其未来表现，基金管理人管理的其他基金的业绩并不构成基金业绩表现的保证。投资有风险，投资需谨慎。"
)

# (line, rule id or its prefix, severity, words a finding of that rule quotes); issue lines first in
# each group, then the same form in other words
# fmt: off
BREACHES = [
    # covering losses: a loss, someone on the seller's side, a covering verb
    ("买本基金亏了算我的。", "CN-FUND-MKT-005.cover", "error", "亏了算我的"),
    ("要是赔了，我来给你补上。", "CN-FUND-MKT-005.cover", "error", "赔了"),
    ("万一亏损了，我们公司全额兜底。", "CN-FUND-MKT-005.cover", "error", "兜底"),
    ("跌了算平台的，放心买。", "CN-FUND-MKT-005.cover", "error", "跌了算平台的"),
    ("我们来承担你的全部亏损。", "CN-FUND-MKT-005.cover", "error", "我们来承担"),
    # certainty of profit
    ("坚持定投就一定能赚钱。", "CN-FUND-MKT-041.profit", "error", "一定能赚"),
    ("长期定投，必然盈利。", "CN-FUND-MKT-041.profit", "error", "必然盈利"),
    ("拿满三年，肯定能回本。", "CN-FUND-MKT-041.profit", "error", "肯定能回本"),
    ("这只基金百分百赚钱。", "CN-FUND-MKT-041.profit", "error", "百分百赚钱"),
    ("今年赚个20%不成问题。", "CN-FUND-MKT-041.profit", "error", "20%"),
    ("明年赚15%没问题。", "CN-FUND-MKT-041.profit", "error", "15%"),
    # forecasts without the word 收益
    ("本基金今年有望上涨20%。", "CN-FUND-MKT-006.forecast", "error", "有望上涨20%"),
    ("大概率能赚到3%左右。", "CN-FUND-MKT-006.forecast", "error", "赚到3%"),
    ("预计本基金明年能上涨15%。", "CN-FUND-MKT-006.forecast", "error", "上涨15%"),
    ("这只债基下半年大概率能赚4%。", "CN-FUND-MKT-006.forecast", "error", "赚4%"),
    # target returns
    ("本基金长期目标年化收益率为4%。", "CN-FUND-MKT-021.target", "error", "年化收益率为4%"),
    ("本基金目标年化报酬率为7%。", "CN-FUND-MKT-021.target", "error", "报酬率为7%"),
    ("我们力争年化回报达到6%。", "CN-FUND-MKT-021", "error", "6%"),
    # Hong Kong and Taiwan wording
    ("本金無虞，請放心。", "CN-FUND-MKT-005", "error", "本金無虞"),
    ("保證獲利，機會難得。", "CN-FUND-MKT-033", "error", "保證獲利"),
    ("這是一檔高報酬的基金。", "CN-FUND-MKT-033", "error", "高報酬"),
    ("這檔基金穩賺。", "CN-FUND-MKT-039", "error", "穩賺"),
    # hard sell and inducements
    ("闭着眼睛买就行。", "CN-FUND-MKT-039.blind", "error", "闭着眼睛买"),
    ("闭上眼买入就对了。", "CN-FUND-MKT-039.blind", "error", "闭上眼买入"),
    ("今晚十二点关闭，过了今晚就要等明年。", "CN-FUND-MKT-034.deadline", "error", "过了今晚就要等"),
    ("明天下午三点截止，过了这个村就买不到了。", "CN-FUND-MKT-034.deadline", "error", "截止"),
    ("满一万元抽五位送手机。", "CN-FUND-MKT-009.gift", "error", "送手机"),
    ("申购满5000元即送京东卡。", "CN-FUND-MKT-009.gift", "error", "送京东卡"),
    # misleading comparisons
    ("追求稳健收益。", "CN-FUND-MKT-032", "warning", "稳健收益"),
    ("本基金收益稳健。", "CN-FUND-MKT-032", "warning", "收益稳健"),
    ("比存银行划算多了。", "CN-FUND-MKT-023.deposit", "warning", "存银行"),
    ("回报远高于银行存款利息。", "CN-FUND-MKT-023.deposit", "warning", "银行存款"),
    ("收益秒杀余额宝。", "CN-FUND-MKT-023.deposit", "warning", "秒杀余额宝"),
    # suitability without 适合
    ("本基金风险等级R4，保守型客户也完全可以买。", "CN-FUND-MKT-042", "error", "保守型客户"),
    ("养老的钱投进来也没问题。", "CN-FUND-MKT-042", "error", "养老的钱"),
    ("退休金放进来也没问题。", "CN-FUND-MKT-042", "error", "退休金"),
    # coaching the questionnaire
    ("测评是C2也没关系，重做一次问卷选激进些就能买。", "CN-FUND-MKT-042.process", "error", "没关系"),
    ("风险测评不够也不要紧，帮你选激进型答案就行。", "CN-FUND-MKT-042.process", "error", "风险测评"),
    # a figure before its label, another fund's
    ("另一只债基去年实现了3.9%的收益率。", "CN-FUND-MKT-017.fund", "error", "3.9%"),
    ("旗下另一只混合基金2022年取得了12.5%的收益率。", "CN-FUND-MKT-017.fund", "error", "12.5%"),
    # the same forms as the blind set's dev pieces, in other words
    ("明年赚个两三成问题不大。", "CN-FUND-MKT-041.profit", "error", "两三成"),
    ("拿满一年，五个点左右是正常水平。", "CN-FUND-MKT-006.horizon", "error", "五个点"),
    ("年内净值有望涨到2.3元。", "CN-FUND-MKT-006.forecast", "error", "2.3元"),
    ("长期拿着就没有亏钱的时候。", "CN-FUND-MKT-041.profit", "error", "没有亏钱"),
    ("这只货币基金跟银行存款一模一样。", "CN-FUND-MKT-023.deposit-same", "error", "一模一样"),
    ("回报目标年化8%。", "CN-FUND-MKT-021.target", "error", "8%"),
    ("看好的抓紧上车。", "CN-FUND-MKT-034", "error", "抓紧上车"),
    ("想买的朋友上车要快。", "CN-FUND-MKT-034.deadline", "error", "上车要快"),
    ("轻轻松松享受科技红利。", "CN-FUND-MKT-033.slogan", "warning", "享受"),
    ("成立以来年年都是正收益。", "CN-FUND-MKT-017.words", "error", "正收益"),
    ("近三年业绩远超同类基金。", "CN-FUND-MKT-023.peer", "warning", "同类基金"),
    ("前五十位申购的客户送定制雨伞。", "CN-FUND-MKT-009", "error", "送"),
    ("你最多亏3%，不会再多。", "CN-FUND-MKT-005", "error", "最多亏3%"),
    # back-tests: the simulated-data rule
    ("如果从2018年起每月定投1000元，到2024年底账户收益率为35%。", "CN-FUND-MKT-018", "error", "定投"),
]
# the negated forms and the issue's false alarms: no error, no warning
CLEAN = [
    "亏损不会由公司承担。",
    "基金管理人不对投资亏损承担任何责任。",
    "定投不一定能赚钱。",
    "没有人能保证一定赚钱。",
    "保守型客户不宜购买本基金。",
    "本基金不等于银行存款。",
    "本基金年化跟踪误差不超过4%。",
    "本基金权益类资产配置比例55%。",
    "当时沪指处于市场最高点。",
    "在一定程度上能够分散风险。",
    "请勿代客户填写风险测评问卷。",
    "货币市场基金不等于银行存款。",
    "本基金不保证每年都是正收益。",
    "本基金权益仓位上限为95%。",
]
# fmt: on

_TO_ASCII = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})
_S2T = opencc.OpenCC("s2tw")
_T2S = opencc.OpenCC("t2s")


@cache
def review(text: str) -> tuple[Finding, ...]:
    return tuple(comply(analyze(text.encode("utf-8"), name="piece.txt"), shipped_rulebooks()))


FORMS = {
    "as written": lambda s: s,
    "traditional": _S2T.convert,
    "ascii punctuation": lambda s: s.translate(_TO_ASCII),
    "traditional ascii": lambda s: _S2T.convert(s).translate(_TO_ASCII),
}


@pytest.mark.issue(22)
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("line", "rule", "severity", "words"), BREACHES, ids=[b[0][:14] for b in BREACHES])
def test_breach_is_found_in_every_form(line: str, rule: str, severity: str, words: str, form: str) -> None:
    convert = FORMS[form]
    findings = review(convert(HEAD + line + TAIL))
    mine = [f for f in findings if f.rule_id == rule or f.rule_id.startswith(rule + ".")]
    assert any(f.severity.value == severity for f in mine), [(f.rule_id, f.severity.value) for f in findings]
    quotes = [_T2S.convert(q).translate(_TO_ASCII) for f in mine for q in f.quotes]
    # compared through a round trip of the script, as 着 → 著 → 著 is no change back
    want = _T2S.convert(_S2T.convert(words)).translate(_TO_ASCII)
    assert any(want in _T2S.convert(_S2T.convert(q)) for q in quotes), quotes


@pytest.mark.issue(22)
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("line", CLEAN, ids=[c[:14] for c in CLEAN])
def test_negated_forms_and_risk_limits_raise_nothing(line: str, form: str) -> None:
    findings = review(FORMS[form](HEAD + line + TAIL))
    loud = [(f.rule_id, f.quotes) for f in findings if f.severity is not Severity.INFO]
    assert loud == []


@pytest.mark.issue(22)
def test_a_back_test_is_simulated_data_not_fund_performance() -> None:
    findings = review(HEAD + "如果从2018年起每月定投1000元，到2024年底账户收益率为35%。" + TAIL)
    assert {f.rule_id for f in findings if f.severity is Severity.ERROR} == {"CN-FUND-MKT-018"}


def test_the_piece_without_a_breach_is_clean() -> None:
    """The frame the lines are put in raises no error or warning of its own."""
    assert [f.rule_id for f in review(HEAD + TAIL) if f.severity is not Severity.INFO] == []
