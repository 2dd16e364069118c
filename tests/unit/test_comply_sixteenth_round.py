"""Issue 22, sixteenth round: round 13's misses and its one false alarm by class, each with compliant lines near it.

- an index's past said in another of its words (指数过去的表现不代表未来) is the index notice (051), as 历史, 过往
  and 以往 are;
- a distribution promised by its verb alone after its rhythm (保证每个月照派, 承诺每季度都会派) is a promise (005);
- a loss capped when the fall is said by its verb alone (最多也就跌个2%: 跌 joins ``loss``); the worst moment of a
  record (最多时跌了11%, 成立以来最多跌过23%, sourced) is no ceiling, and a stock's own daily limit (个股单日最多跌20%)
  is the stock's;
- money not yet back (没回本) is a loss a seller may offer to cover (005.cover);
- a floor put under the outcome (至少能回本, 起码能赚点) is as sure as 一定 (041.profit), and the seller's vouching
  (打包票, 拍胸脯) after a gain is an assurance;
- a return told as a multiple of a deposit or a safe product in any numerals (定存的三四倍, 国债的1.5倍: the built-in
  ``multiple`` slot) is a comparison with the deposit (023.deposit), and of a peer after it (同类基金的两倍, 023.peer);
- the buyers named by their buying (买了的朋友, 上车的客户) who are all in the plus (都是正收益) are testimony (037);
- the whole place a piece sells in (全港, 全台, 全城) as the whole market before a superlative (038.relative);
- from fund companies' own texts: the economy's course right before the rise (宏观经济中长期向上) is no market's
  move (006.market-forecast), and an amount in 亿 or 万 moving right before a figure (较年初652亿元微降6.4%) is that
  amount's change, not a return (a NAV's move is said from a price in 元 alone); a record word whose clause names
  a market before it (整个消费板块都有不错的表现) is the market's, so a sector's rank beside it is commentary.

Every case runs in both scripts and both punctuation widths; every sentence is written for this file.
"""

from __future__ import annotations

from tests.unit.comply_lines import breach_test, clean_line_test, clean_piece_test

# fmt: off
CLEAN_LINES = [
    # a fall capped for a stock by the market's rule, a record's worst moment, a cap denied
    '科创板个股单日最多可以跌20%，这是交易规则。',
    '没有人能保证这只基金最多只跌5%，亏损可能更大。',
    '本基金成立以来最多跌过23%（数据来源：基金定期报告），未来可能跌得更多。',
    '2022年这只基金最多曾跌去19%，请按自己能承受的波动决定。',
    # a recovery nobody vouches for, a floor of time and not of money
    '能不能回本、什么时候回本，谁都不敢打包票。',
    '能赚多少我保证不了，市场有涨有跌。',
    '赚钱这事我打不了包票。',
    '能不能赚钱，谁敢打包票？',
    '盈利的事，谁也没法拍胸脯。',
    '建议至少持有一年再评估，是否盈利无法预知。',
    '持有半年至少能回本吗？没有人能保证。',
    # distributions said to vary
    '我们不保证每个月都派息，派息金额可能调整，也可能暂停。',
    '我们承诺每月准时派发对账单，方便您核对持仓。',
    # a shortfall nobody covers
    '如果到期没回本，亏损由投资者自行承担，没有任何人会补偿。',
    # the buyers' results told as mixed
    '并非每位买了的客户都是正收益，也有人至今亏损。',
    '上车的时机因人而异，我们无法预测短期涨跌。',
    # the whole territory with no superlative, and one of the largest
    '全港的投资者都可以经网上银行办理申购。',
    # fund companies' own texts: the economy's course is no market's move, an amount's change no return
    '我们坚信宏观经济中长期向上的逻辑依然成立。',
    '她目前的在管规模约610亿元（较年初652亿元微降6.4%）。',
    '公司非货币公募规模2100亿元，较去年同期1980亿元微增6.1%。',
    '截至季末，本基金资产规模42.6亿元（较上季末47.3亿元缩水9.9%）。',
    '行业方面，传媒年内涨幅达52%排名第一，汽车涨幅37%排名第二，整个消费板块都有不错的表现。',
    # an index's valuation in 倍 beside a peer word is no multiple of a return
    '目前沪深300指数市盈率约13倍，处于近十年中位数附近（数据来源：万得，截至2026年11月30日）。',
]

CLEAN_PIECES = [
    # an ETF under six months shows only its index's years, sourced and marked with the index's past in other words
    '【松屿红利低波ETF（代码：159977）上市说明】\n本ETF由松屿基金管理有限公司管理，于2026年9月1日上市，'
    '运作未满6个月，不展示本ETF业绩。\n跟踪的中证红利低波动指数2021年至2025年收益率分别为18.2%、-3.5%、11.6%、'
    '15.9%、6.4%（数据来源：中证指数有限公司）。以上为指数数据，指数过去的表现不代表未来，也不是本ETF的业绩。\n'
    '本ETF风险等级R4，适合C4及以上投资者。二级市场交易价格可能与基金份额净值存在折溢价。'
    '基金的过往业绩并不预示其未来表现，基金管理人管理的其他基金的业绩并不构成基金业绩表现的保证。'
    '基金管理人不保证基金一定盈利，也不保证最低收益。投资有风险，投资需谨慎。',
]

BREACHES = [
    # a floor under the outcome, and the seller vouching for it
    ('持有满九个月，至少都能回本。', 'CN-FUND-MKT-041.profit', 'error', '至少都能回本'),
    ('您安心拿一年，起码能赚点，我跟您打包票。', 'CN-FUND-MKT-041.profit', 'error', '起码能赚'),
    # money not yet back, covered by the seller's side
    ('要是到期还没回本，差的部分我去找公司给您补偿。', 'CN-FUND-MKT-005.cover', 'error', '没回本'),
    # a distribution promised by its verb
    ('我们承诺每季度都会派，一分不少。', 'CN-FUND-MKT-005', 'error', '承诺每季度都会派'),
    ('这只基金保证照常派，不用担心。', 'CN-FUND-MKT-005', 'error', '保证照常派'),
    # a fall capped by its verb alone
    ('这只债基最多也就跌个2%，不用慌。', 'CN-FUND-MKT-005.cap', 'error', '最多也就跌个2%'),
    # a multiple of a deposit or a safe product
    ('这只基金的年化收益大约是银行定存的三四倍。', 'CN-FUND-MKT-023.deposit', 'warning', '定存的三四倍'),
    ('收益足有国债的1.5倍。', 'CN-FUND-MKT-023.deposit', 'warning', '国债的1.5倍'),
    ('这只基金去年的收益是同类基金的两倍。', 'CN-FUND-MKT-023.peer', 'warning', '同类基金的两倍'),
    # the buyers all in the plus
    ('去年买了的朋友们，差不多都是正收益。', 'CN-FUND-MKT-037.testimonial', 'warning', '都是正收益'),
    # the whole city as the whole market
    ('申购费率全城最低，欢迎比较。', 'CN-FUND-MKT-038.relative', 'warning', '全城最'),
    # a market's own course after the economy's, and a NAV's move from a price in 元 (no amount in 亿 or 万)
    ('经济长期向好，港股长期向上。', 'CN-FUND-MKT-006.market-forecast', 'warning', '长期向上'),
    ('本基金净值较年初的1.05元涨了9%。', 'CN-FUND-MKT-017.fund', 'error', '9%'),
    # a record word with no market before it in its clause keeps the sentence the product's
    ('行业方面，传媒涨幅排名第一，业绩表现突出。', 'CN-FUND-MKT-024.ranking', 'error', '排名第一'),
]
# fmt: on

test_compliant_line_raises_nothing = clean_line_test(CLEAN_LINES)
test_compliant_piece_raises_nothing = clean_piece_test(CLEAN_PIECES)
test_breach_of_the_same_shape_is_found = breach_test(BREACHES, sub_rules=False)
