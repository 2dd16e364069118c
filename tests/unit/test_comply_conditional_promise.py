"""Issue 22, comply17: a promise in conditional form, and a return from the low beside a forecast.

- a cap on the loss after a what-if on the buyer's own holding (若拿满一年最多亏4%) is a promise in conditional form
  (005.cap); a record's worst fall (去年最多亏过6%) and a disclosed simulation (按历史数据模拟) are not;
- the ceiling said twice (亏损最多不超过3%): its 不 belongs to the ceiling, no negation;
- a return counted from a low keeps its finding when a forecast is said in another clause after it (…已回升21%，预计
  还会涨: 014.low); a forecast in the figure's own clause (有望反弹25%) makes it no record.

Every case runs in both scripts and both punctuation widths; every sentence is written for this file.
"""

from __future__ import annotations

from tests.unit.comply_lines import breach_test, clean_line_test

# fmt: off
CLEAN_LINES = [
    # a record's worst fall, a simulation disclosed, a cap nobody vouches for
    '去年这只基金最多亏过6%，未来的亏损可能更大。',
    '若按历史数据模拟，拿满一年最多亏损4%（模拟结果不代表未来表现）。',
    '没有人能保证这只基金最多只亏3%，亏损可能更大。',
    # a rebound ahead in the figure's own clause is a forecast, none counted from the low
    '从底部算起，这只基金有望反弹25%，但这只是观点，不构成承诺。',
]

BREACHES = [
    # a cap after a what-if on the buyer's own holding: a promise in conditional form
    ('若拿满一年，最多亏4%。', 'CN-FUND-MKT-005', 'error', '最多亏4%'),
    ('若拿满一年最多亏4个点。', 'CN-FUND-MKT-005', 'error', '最多亏4个点'),
    ('如果您坚持持有两年，亏损最多不超过3%。', 'CN-FUND-MKT-005', 'error', '亏损最多不超过3%'),
    ('假如您长期持有，亏损会控制在2%以内。', 'CN-FUND-MKT-005', 'error', '亏损会控制在2%以内'),
    ('这只债基亏损最多不超过3%，放心拿。', 'CN-FUND-MKT-005', 'error', '亏损最多不超过3%'),
    # the cap in its plainest words, with a doubt or a past word before it: still a cap
    ('这只债基可能最多亏5%，放心拿。', 'CN-FUND-MKT-005', 'error', '最多亏5%'),
    ('这只债基历史上最多亏5%，放心拿。', 'CN-FUND-MKT-005', 'error', '最多亏5%'),
    # a return from the low, with a forecast in another clause after it
    ('自最低点以来，这只基金已经回升了21%，预计还会继续涨。', 'CN-FUND-MKT-014.low', 'error', '21%'),
    ('从底部反弹以来，本基金净值已上涨33%，后面有望继续走高。', 'CN-FUND-MKT-014.low', 'error', '33%'),
]
# fmt: on

test_compliant_lines_raise_nothing = clean_line_test(CLEAN_LINES)
test_breaches_found = breach_test(BREACHES, sub_rules=True)
