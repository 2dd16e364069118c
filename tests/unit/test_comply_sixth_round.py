"""Issue 22, sixth round: forms behind the misses and false alarms of blind round 6, in other words.

Written afresh (other funds, names and figures than the blind set): a myth quoted and knocked down right
after its closing quote (“债基=稳赚”：不对！) is not the piece's claim; a count of an index's largest companies
(50家最大, 最大的30家) is a selection rule, not a superlative. Still found: a short period as 近N个月 / 近N周,
the money put in said not to shrink (本金不缩水), the manager's confidence in the buyer's gain (有信心…实现正
回报), Taiwan's 活存/定存 set beside the fund, a deposit's 升级版, a gain said to be no surprise (毫无悬念,
都唔出奇), and a quoted claim confirmed rather than denied. Every case runs in both scripts and both widths.
"""

from __future__ import annotations

from tests.unit.comply_lines import breach_test, clean_line_test

# fmt: off
CLEAN_LINES = [
    '常见误区：\n“债基=稳赚”：不对！债基在利率上行时也会亏。\n“定投=保本”：不是，定投不能规避风险。',
    '误区一 “货币基金就是存款”——不是，它不是存款，也可能亏损。',
    '本基金跟踪的指数由深市50家最大的上市公司组成（来源：指数公司官网）。',
    '标的指数选取市值最大的30家非银行公司作为样本（来源：中证指数有限公司）。',
]

BREACHES = [
    # a short period written as 近N个月 / 近N周
    ('本基金近2个月上涨了18%。', 'CN-FUND-MKT-013', 'error', '18%'),
    ('本基金近两周涨了9%。', 'CN-FUND-MKT-013', 'error', '9%'),
    # a bullet opening its line under the line that names the fund
    ('我定投的是青松价值成长股票\n👉 近4个月涨了22%，截图为证', 'CN-FUND-MKT-013', 'error', '22%'),
    # the money put in said not to shrink; the manager's confidence in the buyer's gain
    ('买这只债基，本金稳稳的不会缩水。', 'CN-FUND-MKT-005', 'error', '不会缩水'),
    ('我们有把握让每位坚持持有两年的客户都取得正收益。', 'CN-FUND-MKT-005', 'error', '正收益'),
    # Taiwan deposits; a deposit's upgrade
    ('這檔基金跟活存差不多，隨時可以領出來。', 'CN-FUND-MKT-023.deposit-same', 'error', '差不多'),
    ('可以把它当作银行定期的进阶版。', 'CN-FUND-MKT-023.deposit', 'warning', '进阶版'),
    # a gain said to be no surprise
    ('这只基金明年再翻一翻都不出奇。', 'CN-FUND-MKT-041.profit', 'error', '翻一翻'),
    ('这只基金年底前赚两成毫无悬念。', 'CN-FUND-MKT-041.profit', 'error', '毫无悬念'),
    # a quoted claim confirmed, not denied, is said; 不是梦 after a quote is no denial
    ('“买基金稳赚”：没错，跟着我买就行。', 'CN-FUND-MKT-039', 'error', '稳赚'),
    ('“本金无忧”不是梦，选我们的产品。', 'CN-FUND-MKT-005', 'error', '本金无忧'),
    # a superlative with no count is still one
    ('这是全市场规模增长最大的基金之星。', 'CN-FUND-MKT-038.relative', 'warning', '最大'),
]
# fmt: on


test_a_compliant_line_raises_no_error_or_warning = clean_line_test(CLEAN_LINES)
test_the_same_shape_as_a_breach_is_found = breach_test(BREACHES, sub_rules=False)


