"""Issue 22, thirteenth round: false alarms on texts fund companies publish, by mechanism, and round 11's misses
by meaning.

Fund reports and managers' notes (which passed their company's own review) drew phrase-level alarms for words
that were about something else than the product. Each mechanism is fixed where it is decided:

- what a superlative or praise word describes, named right after it (最优秀的公司, 顶尖的人才, 唯一来源:
  ``described_other`` in ``unless_followed_by`` of 038, 038.relative and 032);
- a sentence that names a market and no fund nor record word is market commentary (唯一收涨的板块, 波动最大的
  阶段, an industry ranked first: ``unless_market_only`` on 024.ranking, 032, 038.relative); an index's doubling stays
  036's warning and an index's lead over others 023's (the sample's 恒生科技指数…领跑全球主要指数 stands for its ETF);
- a word sense: 题 inside 标题/问题/题材 is no questionnaire item (042.process), the risk-free rate is a term (033),
  高 closing a judgement (价格太高收益率打折) is no 高收益, a part of the calendar ending (财报季即将结束) is no
  offer closing (034.deadline);
- whose figure or expectation it is: a stock's price doubling (``business_stat``: 股价), an investor's or a
  company's expected return (``own_expectation``: 投资者心里的预期收益率, 达到预期收益后止盈; 006.fund) or one said
  to fall (预期回报率下降), deposits as a statistic of the economy (居民存款增速, 存款搬家: ``deposit`` except), a level
  reached at one time (一度: ``past``), insurers in a list of sectors (033);
- a market review: three or more indices with figures in one sentence naming no fund are commentary, not an index
  standing in for the fund's record (``performance.MARKET_REVIEW``; 017.index keeps one index's record).

Misses by meaning, as classes: a return on a bullet under the line naming its fund by its share class
(债券C, 混合A: ``fund_word``) while the subject carried is the bank of the post's header (017.fund); a return
counted from a low (``trough``: 自最低点以来…上涨31%, 014.low error); a market's run ahead with no figure
(``bull_run``: A股有望走出慢牛, 006.market-forecast); a floor (``downside_room`` + ``limited``: 往后三年跌下去的空间
很有限, 006.floor); a gain told as a multiple (涨了4倍多, 翻了两番: 017.multiple).

Every line is my own wording; every case runs in both scripts and both punctuation widths.
"""

from __future__ import annotations

from tests.unit.comply_lines import breach_test, clean_line_test

# fmt: off
CLEAN_LINES = [
    # what a superlative describes: companies, people, things a manager writes about
    '组合里多是各自赛道最优秀的公司，它们现金流充沛。',
    '这家车企的算法团队聚集了业内顶尖的人才。',
    '储能订单放量，是这个季度产业链最大的亮点。',
    '对股东来说，分红的唯一来源是公司赚到的现金。',
    '这个季度我们唯一增持的是一家家电龙头，其余持仓未动。',
    # market commentary: a market, an index or an industry, and no fund in the sentence
    '市场恐慌最严重、波动最大的阶段已经结束，成交逐步回暖。',
    '二月份，煤炭是唯一收涨的板块。',
    '电子在31个行业中全年涨幅排名第一。',
    # word senses
    '公告标题：晨光精选混合型证券投资基金2024年第三季度报告',
    '面对回撤这个问题，投资者要看管理人怎么想、怎么做，然后进行选择。',
    '买入价格太高收益率自然打折，这是常识。',
    '当前无风险利率处在低位，权益资产的性价比凸显。',
    '展望四季度，财报季即将结束，市场关注点会回到景气度上。',
    '十二月马上就要年末收官，我们开始为明年的布局做准备。',
    # whose figure or expectation
    '这家药企过去三年股价翻倍，我们已逐步减仓。',
    '不同投资者心里的预期收益率各不相同，有人嫌贵，有人觉得便宜。',
    '达到预期收益就止盈，是不少投资者的做法。',
    # the benchmark by its short name, sectors in a list, deposits as a statistic, a lower expected return, a past level
    '旗下三只产品全年都跑赢了各自的业绩基准，详情见定期报告。',
    '本季度增持了乳业、家电以及保险，减持了部分半导体。',
    '保险、城商行等板块领涨，周期板块随后跟上。',
    '居民存款增速放缓，存款搬家的迹象开始出现。',
    '利率走低以后，各类资产的预期回报率下降是常态，请合理看待。',
    '上证指数今年一度站上3500点，随后回落。',
    # a market review: several indices side by side, no fund in the sentence
    '2024年，沪深300指数上涨14.7%，上证指数上涨12.7%，创业板指数上涨13.2%。',
    # the bank's own figure under a fund line names the bank
    '【青石银行】\n本行代销青石稳利短债债券C（018842）。\n✅青石银行今年以来净利润增长8%（来源：本行三季度报告）。',
    # near the new rules, and not them
    '本基金不从最低点计算收益，各年度业绩见下表。',
    '如果从最低点买入，收益可能超过30%，但没人能买在最低点。',
    '沪深300从底部反弹了18%（数据来源：中证指数有限公司，统计区间2023年1月1日至2024年12月31日），指数表现不代表本基金业绩。',
    'A股能否走出慢牛，取决于上市公司盈利能否改善。',
    '没人能预测A股会不会迎来大行情。',
    '当前估值下，下行空间或许有限，但仍可能继续下跌。',
    '这家公司营收五年翻了两番。',
    '纳指2015年至2024年上涨约4倍（数据来源：万得，截至2024年12月31日），指数表现不代表本基金业绩。',
    '估值只有十几倍市盈率，处于历史偏低位置。',
]

BREACHES = [
    # the mechanisms above still find the product's own claim
    ('本基金跑赢同类产品，表现突出。', 'CN-FUND-MKT-023', 'warning', '跑赢同类'),
    ('这是全市场费率最低的指数基金。', 'CN-FUND-MKT-038', 'warning', '最低'),
    ('本基金是同类中最优秀的产品。', 'CN-FUND-MKT-038', 'warning', '最优'),
    ('认购即将结束，抓紧时间上车。', 'CN-FUND-MKT-034', 'error', '即将结束'),
    ('预计本基金明年收益可达8%。', 'CN-FUND-MKT-006', 'error', '8%'),
    ('本基金是市场上唯一的选择。', 'CN-FUND-MKT-032', 'warning', '唯一'),
    ('沪深300指数近五年上涨35%，长期投资价值显著。', 'CN-FUND-MKT-017', 'error', '35%'),
    ('买本基金就像买了一份保险。', 'CN-FUND-MKT-033', 'error', '保险'),
    ('这只基金的收益比银行存款高多了。', 'CN-FUND-MKT-023', 'warning', '存款'),
    # a return under the line naming its fund by its share class, the post's header naming a bank
    ('【朋友圈｜青石银行理财经理 阿宁】\n推荐一只我自己在拿的：青石稳利短债债券C（018842）\n'
     '✅今年以来收益2.7%，随时可赎',
     'CN-FUND-MKT-017', 'error', '2.7%'),
    # a return from a low, a run or floor ahead, a multiple
    ('自去年最低点以来，本基金净值已经上涨了31%。', 'CN-FUND-MKT-014', 'error', '最低点以来'),
    ('从底部反弹至今，这只基金已经赚了40%多。', 'CN-FUND-MKT-014', 'error', '底部反弹'),
    ('自2023年低点算起，我们的组合累计涨了22.5%。', 'CN-FUND-MKT-014', 'error', '低点算起'),
    ('下半年A股必将迎来大行情。', 'CN-FUND-MKT-006', 'warning', '大行情'),
    ('明年A股有望走出慢牛，现在就是上车的时候。', 'CN-FUND-MKT-006', 'warning', '慢牛'),
    ('指数估值已经很低，往后三年跌下去的空间很有限。', 'CN-FUND-MKT-006', 'warning', '空间很有限'),
    ('纳指这十年涨了4倍多，长期我是看好的。', 'CN-FUND-MKT-017', 'warning', '4倍多'),
    ('恒生科技前几年翻了两番，大家心里有数。', 'CN-FUND-MKT-017', 'warning', '翻了两番'),
]
# fmt: on

test_compliant_line_raises_nothing = clean_line_test(CLEAN_LINES)
test_breach_of_the_same_shape_is_found = breach_test(BREACHES, sub_rules=True)
