"""Issue 22, fourteenth round: round 12's misses and false alarms by class, each with compliant lines near it.

- a gain ahead told as a multiple in words (收益有望翻倍: ``forecast`` + ``doubled``) or as still to come, its
  figure before the rise's noun (还有两成涨幅: ``still_ahead`` + figure + ``upside``) is a forecast — the fund's
  (006.forecast, error) or, in a clause naming a market, the market's (006.market-forecast, warning);
- 后市 right after a fund's word (这只ETF后市) is that fund's outlook, not a market subject;
- a group purchase closing at a time (今晚截团, 过时不候: ``closing``) and not buying put as a condition before a
  wait (这周不买的话，就要等到明年: ``missed`` + ``wait``) are time pressure (034.deadline);
- a deposit named with its rate and then said to be no match for the fund (定期才1.5厘，根本不够它打: ``outmatched``
  after ``deposit`` in the sentence, new 023.outmatched, warning); an adviser's portfolio named by the adviser in its
  own notice (基金投顾机构不保证组合一定盈利) owes no fund manager (008);
- a feeder's tracking gap said as a fact (联接基金存在跟踪误差) is its feeder notice (052);
- an index's figures for the same periods as the fund's before them (同期台湾高股息指数报酬率) are its benchmark
  column (013 is met, no index record for 051), and an offer's end date (优惠至2028/03/31) is ahead of the piece, never
  its date (014 owes no year it has not reached);
- a chat log's time-stamped lines (19:10 @某人：…) are messages, not a table's rows: a source note further down
  the log does not cover a drawdown cap said in an earlier reply;
- a half-width full stop ends the audience's clause (适合C4及以上投资者.您的测评结果为C3: the investor's own class
  is no audience, 042).

Every case runs in both scripts and both punctuation widths.
"""

from __future__ import annotations

from tests.unit.comply_lines import breach_test, clean_line_test, clean_piece_test

# fmt: off
CLEAN_LINES = [
    # a multiple or a gain still to come: past and sourced, denied, someone else's and refuted, a business's
    '有人说这只基金三年能翻倍，这种说法没有依据，我们不预测收益。',
    '这家公司计划五年内营收翻番，这是企业的经营目标，与本基金收益无关。',
    '有券商认为美股还有两成涨幅，我们不认同这种判断，也不做任何预测。',
    '指数今年以来已有两成涨幅（数据来源：中证指数有限公司，截至2025年11月28日）。',
    # a fund's outlook said to be unknown
    '这只ETF后市怎么走，没有人能够预知，请按自己的资金用途决定。',
    '基金后市表现无法预测，短期涨跌不代表长期结果。',
    # a chat's reply with its figures, the note right under it
    '20:05 @小周：去年表现如何？\n回复：2025年净值增长率6.2%，同期业绩比较基准收益率5.1%。\n'
    '数据来源：基金2025年年度报告。',
    # deposits and funds told apart, not set against each other
    '定期存款的利率一年1.5%，基金收益没有保证，两者没得比较。',
    '有客户问：存款利息是不是比不上它？我们的回答是：基金没有保本，不能这样比。',
    # dates and group buys as plain facts, not buying with no wait
    '本期拼团于12月20日结束，未成团的订单将自动退款，不影响您按正常费率申购。',
    '这周不买的话也没关系，基金每个交易日都可以申购。',
    '不买的话，把钱放在活期里也是一种选择，适合自己最重要。',
    '认购期为12月1日至12月12日，具体以基金公告为准。',
]

CLEAN_PIECES = [
    # a feeder's tracking gap said as a fact; the investor's class after a half-width stop
    '青枫中证500ETF联接A（代码：019882）由青枫基金管理有限公司管理。本基金风险等级R4，适合C4及以上投资者.'
    '您的测评结果为C2，系统不会向您推荐本基金。联接基金存在跟踪误差，与目标ETF的表现可能不同。'
    '基金的过往业绩并不预示其未来表现，基金管理人管理的其他基金的业绩并不构成基金业绩表现的保证。'
    '基金管理人不保证基金一定盈利，也不保证最低收益。投资有风险，投资需谨慎。',
    # an ETF's yearly record beside its index for the same years, and a fee offer ending after the piece's record
    '[岚峰证券App｜定期定额]\n标的：岚峰台湾高股息ETF（00977）\n每次扣款：新台币5,000元\n'
    '手续费：每笔1元（优惠至2028/03/31，之后依公告费率）\n'
    '绩效参考：本ETF 2021至2025年各年度报酬率（含息）为9.8%、-6.1%、18.4%、30.2%、7.7%，同期台湾高股息指数报酬率为'
    '10.5%、-5.4%、19.6%、31.0%、8.3%（资料来源：岚峰投信、台湾指数公司；差异来自费用及追踪误差）。\n'
    '风险揭露：本ETF风险等级RR4。定期定额投资不保证获利，亦无法避免亏损。ETF市价可能与净值产生折溢价。'
    '本基金经金管会核准，惟不表示绝无风险。基金经理公司以往之经理绩效不保证基金之最低投资收益；基金经理公司除尽善良'
    '管理人之注意义务外，不负责本基金之盈亏，亦不保证最低之收益。投资人申购前应详阅公开说明书。',
    # an adviser's portfolio, named by the adviser in its own notice: no fund manager owed
    '【松岩投顾｜稳盈三号组合季度说明】\n本组合由松岩投顾提供基金投顾服务，当前配置债券基金70%、股票基金30%。'
    '2023年、2024年、2025年组合收益率分别为1.9%、4.2%、3.6%，同期组合业绩基准为2.4%、3.8%、3.1%'
    '（来源：松岩投顾，已扣除投顾服务费）。\n组合风险等级R3（中风险），适合C3及以上投资者。组合的过往业绩并不预示其未来表现，'
    '投顾机构管理的其他组合的业绩并不构成本组合业绩表现的保证。基金投顾机构不保证组合一定盈利，也不保证最低收益。'
    '投资有风险，投资需谨慎。',
]

BREACHES = [
    # a decimal point does not end the audience's clause, and an audience below the level is still read
    ('本基金风险等级R4，适合C2及以上投资者.欢迎咨询。', 'CN-FUND-MKT-042', 'error', '适合C2'),
    ('本基金风险等级R4，适合C2及以上、风险承受能力1.5级以上的投资者。', 'CN-FUND-MKT-042', 'error', '适合C2'),
    # every reply holds a digit, so only the time stamps part the cap from the note far below
    ('19:02 @阿杰：这只会跌很多吗？\n回复：放心，经理会把最大回撤控制在3%以内。\n19:10 @小林：有活动吗？\n'
     '回复：本月没有，3号起按正常费率。\n19:15 @阿May：历史业绩呢？\n'
     '回复：2021-2025年各年度业绩见公告，来源是基金定期报告。',
     'CN-FUND-MKT-005.drawdown', 'error', '回撤控制在3%以内'),
    ('银行定期一年才1.5厘，放在这里根本不够它打。', 'CN-FUND-MKT-023.outmatched', 'warning', '不够它打'),
    ('存款那点利息，跟这只基金比差远了。', 'CN-FUND-MKT-023.outmatched', 'warning', '差远了'),
    ('坚持定投这只基金，净值有望翻一番！', 'CN-FUND-MKT-006.forecast', 'error', '有望翻一番'),
    ('这只基金明年还有三成涨幅，放心拿着。', 'CN-FUND-MKT-006.forecast', 'error', '还有三成涨幅'),
    ('分析师看好：港股明年起码还有25%的上涨空间。', 'CN-FUND-MKT-006.market-forecast', 'warning', '还有25%的上涨空间'),
    ('据内部人士透露，这只ETF后市能再涨15%。', 'CN-FUND-MKT-006.forecast', 'error', '能再涨15%'),
    ('明晚10点截团，过时不候！', 'CN-FUND-MKT-034.deadline', 'error', '截团'),
    ('这个月不买的话，下次就要等到明年春天了。', 'CN-FUND-MKT-034.deadline', 'error', '不买的话'),
]
# fmt: on

test_compliant_line_raises_nothing = clean_line_test(CLEAN_LINES)
test_compliant_piece_raises_nothing = clean_piece_test(CLEAN_PIECES)
test_breach_of_the_same_shape_is_found = breach_test(BREACHES, sub_rules=False)
