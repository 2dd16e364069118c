"""Issue 22, twelfth round: round 11's misses by class, each with compliant lines near it.

- a deadline put as a price gone soon (明早就没这个价了, 过了今天就不是这个价格了: ``price_gone`` after an
  ``urgent_time`` or ``missed`` word, 034.deadline); the price ahead told as unknown either way (按下一交易日
  净值确认, 可能更高也可能更低: ``price_unknown``) is how dealing works, no pressure;
- a saying named as sales talk the reader should not act on (这是催促的话术，请不要因此…) is refuted, and a saying
  opened by a refutation in its clause (不存在…的说法) is denied as a whole, whichever of its words matched;
- a holder's own return (账户收益率+18.6%, 我的持仓收益率: ``holder_return``) is the fund's record as one holder got
  it (017.fund), unless its sentence marks it as not the fund's (个人收益不代表本基金业绩); an account of something
  else (股票账户, 存款账户: ``other_account``) owns its return, whatever subject was carried;
- another fund's excess return (我管的…增强，任职以来超额累计接近40%) is the manager's record (017.fund as
  ``other_fund``; 我管的 is ``manager_runs``); sourced and dated with the other-funds statement, it is allowed;
- 并无, 毫无 negate (超额收益并无保证).

Every case runs in both scripts and both punctuation widths.
"""

from __future__ import annotations

from tests.unit.comply_lines import breach_test, clean_line_test

# fmt: off
CLEAN_LINES = [
    # the price ahead as a fact of dealing, unknown either way
    '基金采用未知价法申购，15点后提交的申请按下一交易日净值确认，价格与今天可能不同。',
    '基金净值每天都在变，明天的净值不一定是今天这个价，可能涨也可能跌。',
    '申购按未知价成交：今天15点后提交的，确认时就不是这个价了，可能更高也可能更低。',
    '今天15点后提交的申请按下一交易日净值确认，明天就不是这个价了。',
    '2024年3月8日当天的净值是1.2034元，次日就不是这个价了，这是净值的正常波动。',
    # the pressure named to be resisted, denied, or asked by someone else
    '有人说“明天就不是这个价了”，这是催促的话术，请不要因此仓促买入。',
    '有人说“过了今晚就要等明年”，这是催促的话术，请不要因此仓促买入。',
    '基金不是股票，不存在今天不买明天就不是这个价的说法，请理性决策。',
    '基金不是股票，不存在过了今晚就要等明年的说法，请理性决策。',
    '我们从不说“明天就没这个价了”这种话术，买基金不必赶时间。',
    '客户：明天是不是就不是这个价了？顾问：净值每天变化，无法预知，不必着急。',
    # a holder's return with no figure, marked as not the fund's, asked, another account's, an index's, assumed
    '每个人买入时点不同，账户收益率也各不相同，请以实际持有情况为准。',
    '截至2025年6月30日，本人账户收益率为-3.2%，个人收益不代表本基金业绩。',
    '我的账户收益率+9%只是我个人的情况，不代表本基金业绩，也不预示未来表现。',
    '粉丝问：账户收益率-12%要不要割肉？',
    '我的股票账户收益率今年是+15%，和基金无关。',
    '我的存款账户收益率一年才1.5%，和这只基金没法比较。',
    '沪深300指数定投收益率近五年为4.1%（数据来源：中证指数有限公司，截至2025年12月31日，指数表现不代表本基金业绩）。',
    '假设每月定投1000元，按年化5%测算，五年后定投收益约为6800元，仅为举例，不代表实际收益。',
    '账户收益率不等于基金净值增长率，买入成本不同，结果也不同。',
    # another fund's excess, sourced and dated; an excess with no figure; denied; asked
    '她管理的另一只指数增强基金2021年至2025年相对业绩比较基准的超额收益累计18%（数据来源：该基金定期报告，'
    '截至2025年12月31日）。基金管理人管理的其他基金的业绩并不构成本基金业绩表现的保证。',
    '本基金力争获取超额收益，但超额收益并无保证，也可能跑输指数。',
    '指数增强基金的超额收益可能为负，过往超额不代表未来。',
    '我管的产品不多，超额收益是多少请以定期报告为准。',
    '客户问：你管的那只基金超额是不是有40%？基金经理：具体数据请看定期报告，我不在这里说。',
]

BREACHES = [
    ('今晚下单还赶得上，明早就没这个价了。', 'CN-FUND-MKT-034', 'error', '没这个价'),
    ('过了今天，就不是这个价格了，想清楚哦。', 'CN-FUND-MKT-034', 'error', '不是这个价格'),
    ('周五一过就没这个价了，自己掂量。', 'CN-FUND-MKT-034', 'error', '没这个价'),
    ('我定投这只基金两年了，晒一下：账户收益率+18.6%！', 'CN-FUND-MKT-017', 'error', '18.6%'),
    ('坚持了三年，我的持仓收益率已经有27%了，大家冲。', 'CN-FUND-MKT-017', 'error', '27%'),
    ('基金经理老周：我管的青木沪深300增强，任职以来超额累计接近40%，大家可以去看。', 'CN-FUND-MKT-017', 'error', '40%'),
    ('她管理的另一只指数增强基金，超额收益累计38%，很能打。', 'CN-FUND-MKT-017', 'error', '38%'),
]
# fmt: on

test_compliant_line_raises_nothing = clean_line_test(CLEAN_LINES)
test_breach_of_the_same_shape_is_found = breach_test(BREACHES, sub_rules=True)
