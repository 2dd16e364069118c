"""Issue 22, twelfth round: round 11's misses by class, each with compliant lines near it.

- a deadline put as a price gone soon (明早就没这个价了, 过了今天就不是这个价格了: ``price_gone`` after an
  ``urgent_time`` or ``missed`` word, 034.deadline); the price ahead told as unknown either way (按下一交易日
  净值确认, 可能更高也可能更低: ``price_unknown``) is how dealing works, no pressure;
- a saying named as sales talk the reader should not act on (这是催促的话术，请不要因此…) is refuted, and a saying
  opened by a refutation in its clause (不存在…的说法) is denied as a whole, whichever of its words matched.

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
]

BREACHES = [
    ('今晚下单还赶得上，明早就没这个价了。', 'CN-FUND-MKT-034', 'error', '没这个价'),
    ('过了今天，就不是这个价格了，想清楚哦。', 'CN-FUND-MKT-034', 'error', '不是这个价格'),
    ('周五一过就没这个价了，自己掂量。', 'CN-FUND-MKT-034', 'error', '没这个价'),
]
# fmt: on

test_compliant_line_raises_nothing = clean_line_test(CLEAN_LINES)
test_breach_of_the_same_shape_is_found = breach_test(BREACHES, sub_rules=True)
