"""Issue 22, comply17b (fifteenth blind round): who speaks and who manages, told by their trade.

- an insurance intermediary's trade or firm naming the seller (某某保险代理有限公司, 保险经纪人, 保险业务员) is the
  seller's job, not the fund called insurance (033); the fund likened to insurance stays a breach;
- Taiwan's short name of a manager (某某投信) given as the figures' source names the manager (008); the trade
  association given as the source (投信投顾公会) names none;
- a fund pointed at by its short bond type (某某纯债C, 短债基金) or by a share class and its code (某某优选A（代码：…）)
  makes a text a fund piece, so a bare text message pushing it is reviewed (and found with no risk warning); a bond
  market note naming no fund stays outside;
- first place by the money raised (年内同类新发第一, 发行规模居首) is a superlative to source (038.relative); the first
  day of the raising (募集第一天) is a date.

Every case runs in both scripts and both punctuation widths; every sentence is written for this file.
"""

from __future__ import annotations

import pytest

from tests.unit.comply_lines import breach_test, clean_line_test, clean_piece_test, loud, of_rule
from tests.unit.test_comply_meaning import FORMS, review

# fmt: off
CLEAN_LINES = [
    '（本文作者：周岚，青禾保险代理有限公司持牌代理人，公司具备基金销售业务资格）',
    '我是一名保险经纪人，也代销公募基金，下面说说这只基金的风险。',
    '保险业务员小陈提醒：基金和保险是两回事，基金会亏钱。',
    # holding periods told with their lock in everyday words or Cantonese raise nothing
    '另有青松稳健混合，设最短持有期：每笔申购锁3年，急用的钱别放这里。',
    '另有青松稳利债券A，最短持有期180天：期间拿不回钱。',
    '另有青松穩健債券，最短持有期六個月：每筆份額持有滿六個月先可以贖回。',
    # the first day of the raising
    '募集第一天就有不少投资者认购了本基金。',
]

BREACHES = [
    # the fund itself sold as insurance
    ('这只基金就像给钱上了一份保险，放心买。', 'CN-FUND-MKT-033', 'error', '保险'),
    # first place by the money raised
    ('本基金募集规模58亿元，年内同类新发第一。', 'CN-FUND-MKT-038.relative', 'warning', '新发第一'),
    ('本基金发行规模居首，感谢各位投资者信任。', 'CN-FUND-MKT-038.relative', 'warning', '发行规模居首'),
]

# a Taiwan insurer's note on a fund linked to a policy: the manager named only as the figures' source
TAIWAN_LINKED = (
    '【松嵐人壽 投資型保單說明】\n'
    '連結標的「松嵐亞洲債券基金」2027年至2031年淨值成長率為3.2%、-4.1%、5.5%、2.8%、4.0%，'
    '同期績效指標（彭博亞洲美元債券指數）為3.0%、-3.6%、6.1%、2.2%、4.4%'
    '（資料來源：{source}，截至2031年12月31日）。基金過去績效不代表未來績效，亦不保證最低投資收益。\n'
    '本基金風險等級RR3，適合穩健型以上投資人。投資一定有風險，基金投資有賺有賠，申購前應詳閱公開說明書。'
)
# fmt: on

test_compliant_lines_raise_nothing = clean_line_test(CLEAN_LINES)
test_breaches_found = breach_test(BREACHES, sub_rules=False)
test_manager_named_as_source = clean_piece_test([TAIWAN_LINKED.format(source='嵐岫投信')])


@pytest.mark.issue(22)
@pytest.mark.parametrize("form", FORMS)
def test_trade_association_as_source_names_no_manager(form: str) -> None:
    findings = review(FORMS[form](TAIWAN_LINKED.format(source='投信投顧公會')))
    assert of_rule(findings, "CN-FUND-MKT-008", "warning", sub_rules=False), loud(findings)


# text messages pushing a fund named only by its short type or its share class and code
PUSHED_BY_MESSAGE = [
    '【青屿基金】您的定期存款已到期，可以看看青屿稳盈纯债C（代码：024681），近6个月收益2.05%。退订回T',
    '【青屿基金】您的赎回款已到账，青屿成长优选A（代码：024683）今天开放申赎，点链接三步买入。退订回T',
]
MARKET_NOTES = ['上周纯债收益率普遍下行，短债利率跟随走低，资金面保持宽松。']


@pytest.mark.issue(22)
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("text", PUSHED_BY_MESSAGE, ids=[t[6:16] for t in PUSHED_BY_MESSAGE])
def test_fund_named_by_short_type_or_code_is_reviewed(text: str, form: str) -> None:
    findings = review(FORMS[form](text))
    assert of_rule(findings, "CN-FUND-MKT-027", "error", sub_rules=False), loud(findings)


@pytest.mark.issue(22)
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("text", MARKET_NOTES, ids=[t[:8] for t in MARKET_NOTES])
def test_bond_market_note_is_no_fund_piece(text: str, form: str) -> None:
    assert review(FORMS[form](text)) == ()
