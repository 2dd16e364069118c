"""Issue 22, ninth stop: compliant wording the blind set's dev pieces never used, written afresh to find the
exceptions that followed one dev wording. Each allowed line is read by a general form, not a phrase:

- a source cited in any words (摘自, 出自, 引自, 資料提供, 数据由…提供) before, after or under the figures: the
  source words are word classes (source_cue, source_label, source_verb + source_document); a line under the
  rows that cites a source before any figure of its own is their note, a row citing its own source is a row;
- a question put by a speaker who is not the seller and answered by another without taking it up is asked;
- a quote labelled a myth before it (常见误区：“…”), a rhetorical 谁说/哪有, a refusal (做不到, 别指望) deny;
- the benchmark said aloud (同期业绩基准涨…), Taiwan's 投資一定有風險／有賺有賠, a distribution rate (配息率) that
  is no return, a fund category's index (纯债基金指数) over a quarter as commentary;
- a recommendation is a third party's only when a third party makes it (券商首席, 客户留言), not the seller's own
  本月推荐; 发工资 alone is payday, the fund as the payer (给自己发工资) is the slogan.

The breaches of the same shapes must still be found: a row's own source covers no line above it, a question
the answer takes up is said, the seller's own question is the seller's. Every case runs in both scripts and
both punctuation widths.
"""

from __future__ import annotations

from tests.unit.comply_lines import breach_test, clean_line_test, clean_piece_test

# fmt: off
CLEAN_LINES = [
    # a source in words the dev pieces never used: before the figures, after them, under the rows
    '下面的数字摘自本基金2024年年度报告：2024年净值增长率4.6%，同期业绩比较基准收益率3.9%。',
    '2024年本基金净值增长率为7.3%，同期业绩比较基准收益率为6.8%，以上数据引自基金2024年年度报告。',
    '2024年本基金淨值成長率5.2%，同期績效指標報酬率4.4%。\n資料提供：理柏資訊，統計至2024年12月31日。',
    '2024年：8.1%（基准7.2%）\n以上业绩数据出自本基金年度报告，经托管银行复核。',
    # the benchmark said aloud, its move a verb
    '本基金2024年净值涨了9.4%，同期业绩基准涨了8.7%（数据来源：基金年报）。',
    # a customer's question answered by the seller without taking it up
    '王阿姨：这个和银行定期比哪个收益高？\n理财经理小林：这个没法比，两者风险不同，请不要按收益高低去选。',
    # a quote labelled a myth; a rhetorical question; a refusal
    '常见误区：“纯债基金稳赚不赔”。事实上，债市调整时纯债基金同样会亏损。',
    '谁说买了基金就一定能赚钱？基金净值会波动，可能亏损。',
    '别指望一年翻倍，基金投资需要长期持有并承受波动。',
    '您说想要一只「收益高又不会亏」的基金，这只基金做不到不会亏，请慎重考虑。',
    # a distribution rate is no return
    '本基金近一年年化配息率约5.8%（資料來源：投信公司，統計至2024/12/31），配息率不代表報酬率，配息可能由本金支出。',
    # a fund category's index over a quarter, as market commentary
    '2022年四季度债市调整，中长期纯债基金指数单季下跌约1.2%（来源：Wind）。',
    # the seller's own recommendation of its product; payday and payroll
    '本月为您推荐这只基金，请先完成风险测评。',
    '代发工资客户办理定投可享申购费率优惠，以销售机构公告为准。',
    '发工资啦！每月10日可以设定自动定投，金额可随时调整。',
    # a money fund's yield with its note on the next line, the note opening with its date
    '七日年化收益率1.52%，每万份基金收益0.41元\n（数据截至2026年11月30日，来源：基金管理人官网）',
    # a cap of a risk measure; a rhetorical worry answered by keeping it
    '最大回撤最多也就2%左右，这是历史数据，不代表未来。',
    '拿满三年还用担心亏钱吗？当然要担心，持有期满也可能亏损。',
    # a comparison someone else asks about, whoever asks (客户问, 张叔问起), in its clause
    '客户问“这只和存款比怎么样”时，请说明两者风险不同，不作收益比较。',
    '张叔问起这只基金跟国债比如何，我们的回答是：两者风险不同，不能简单比较。',
    # a superlative of a sector named right after it; a gift tied to no purchase; performance said not shown
    '三季度我们低配了涨幅最大的半导体板块，跑输了基准。',
    '今年表现最好的行业是有色金属，本基金对其配置较低。',
    '到场参加即赠送投资者教育手册一本，与是否购买基金无关。',
    '本基金成立未满一年，暂无完整年度业绩可展示。',
    # each item of the questionnaire answered on one's own
    '风险测评问卷每道题请根据自身实际情况选择，不要为了买某只产品改答案。',
    # a FOF's holdings with their weights are no kind of the promoted fund (no feeder or cross-border notice owed)
    '本基金当前持有偏股基金40%、纯债基金45%、黄金ETF联接6%、货币基金9%。',
]

# whole pieces: a Taiwan 投信 leaflet whose note is 資料提供 under the list and whose warning is Taiwan's; a spoken
# record whose source comes first; a feeder whose difference from its ETF is said in other words
CLEAN_PIECES = [
    '曜川全球醫療股票型基金（新臺幣計價）\n基金經理公司：曜川證券投資信託股份有限公司；經理人：蘇映真\n'
    '本基金近五個完整年度報酬率（新臺幣計價）：2020年12.1%、2021年-6.4%、2022年-14.8%、2023年9.6%、2024年5.3%；'
    '同期績效指標分別為13.5%、-4.2%、-16.9%、11.8%、6.0%。\n'
    '資料提供：晨星（Morningstar），統計至2024年12月31日。\n'
    '本基金投資海外，涉及匯率風險及國外市場風險，新臺幣計價之報酬會受匯率變動影響。本基金風險等級RR4，適合積極型投資人。\n'
    '【警語】本基金經金管會核准，惟不表示絕無風險。基金經理公司以往之經理績效不保證基金之最低投資收益；基金經理公司除盡善良管理人之注意義務外，'
    '不負責本基金之盈虧，亦不保證最低之收益。基金之過去績效不代表未來績效之保證。投資一定有風險，基金投資有賺有賠，申購前應詳閱公開說明書。\n',
    '【直播口播】今天讲讲泊远价值优选混合（代码：018855），基金经理是秦望川，基金管理人是泊远基金管理有限公司。\n'
    '先念一组成绩，全部摘自基金2020年至2024年年度报告：2020年涨15.2%，同期业绩基准涨11.3%；2021年涨3.1%，基准涨0.8%；'
    '2022年跌16.9%，基准跌17.5%；2023年跌5.2%，基准跌7.9%；2024年涨8.8%，基准涨10.4%。业绩比较基准为沪深300指数收益率×75%＋中债综合指数收益率×25%。\n'
    '这只产品风险等级R4，适合C4及以上的朋友；测评不够的，请不要买，也不要为了买它去改问卷。\n'
    '基金的过往业绩并不预示其未来表现，基金管理人管理的其他基金的业绩并不构成基金业绩表现的保证。基金管理人不保证基金一定盈利，也不保证最低收益。'
    '投资有风险，投资需谨慎。\n',
    '【网点海报】汀兰中证500交易型开放式指数证券投资基金联接基金（A：021187）\n'
    '基金管理人：汀兰基金管理有限公司；基金经理：柯以宁。管理费0.15%/年，托管费0.05%/年。\n'
    '本基金为ETF联接基金，主要投资于目标ETF，其表现与目标ETF可能存在差异。本基金合同于2024年9月生效，暂不展示业绩。\n'
    '风险等级R4，适合C4及以上投资者。基金管理人不保证基金一定盈利，也不保证最低收益。投资有风险，投资需谨慎。\n',
    # a fee offer that runs to 31 December closes no fiscal year; the level beside the class it suits; no record yet
    '【网点海报】岑溪稳享60天滚动持有债券（A：019456）\n'
    '申购费率优惠：活动期间（2026年12月1日至2026年12月31日）通过本行手机银行申购享1折，以本行公告为准。\n'
    '每笔份额滚动持有60天，到期日可赎回，未到期不能赎回。风险等级R2，适合C2及以上投资者。基金经理：季川；基金管理人：岑溪基金管理有限公司。\n'
    '本基金合同于2024年4月生效，2025年净值增长率2.75%，同期业绩比较基准收益率2.10%（数据来源：基金2025年年度报告）；2024年不足完整年度，不予展示。\n'
    '基金的过往业绩并不预示其未来表现。基金管理人不保证基金一定盈利，也不保证最低收益。投资有风险，投资需谨慎。\n',
    '抖音文案｜定投选周定投还是月定投？长期看差别不大，定投不能保证赚钱，市场连续下跌时账户一样会亏。\n'
    '我们的泓川沪深300指数增强（A：018820，R4，适合C4及以上，基金经理邢宇）可以设置每周或每月扣款；本基金成立于2025年9月，还没有完整年度业绩，'
    '我们不展示。\n基金管理人：泓川基金管理有限公司。基金管理人不保证基金一定盈利，也不保证最低收益。投资有风险，投资需谨慎。\n',
    # an investor-education notice that promotes no product owes no product's risk level
    '【投教沙龙】“基金小课堂”本周六14:00开讲，讲基金风险等级、费率与定投纪律，不推介具体产品。\n'
    '到场赠送投教手册，与是否购买基金无关。\n投资有风险，投资需谨慎。基金管理人不保证基金一定盈利，也不保证最低收益。\n',
]

BREACHES = [
    # a row that cites its own source covers no line above it: the other fund's figure stays unsourced
    ('本基金2024年净值增长率18.2%，同期业绩比较基准收益率9.1%。\n另附：同类基金2024年平均收益7.5%，数据来源：银河证券。',
     'CN-FUND-MKT-017.fund', 'error', '18.2%'),
    ('本基金去年取得了18%的收益，同期业绩比较基准收益率为9%。\n小编整理：同类基金2024年平均收益7.5%（数据来源：银河证券）。',
     'CN-FUND-MKT-017.unread', 'error', '18%'),
    # a source verb with no document after it is no source
    ('据说本基金去年取得了25%的收益。', 'CN-FUND-MKT-017.unread', 'error', '25%'),
    # a question the answer takes up is said; the seller's own question is the seller's
    ('李阿姨：这只债基是不是稳赚？\n理财经理小周：稳赚的，您放心。', 'CN-FUND-MKT-039', 'error', '稳赚'),
    ('理财经理：这只债基稳赚不赔，您还犹豫什么？\n客户：我再想想。', 'CN-FUND-MKT-039', 'error', '稳赚不赔'),
    # a quote not called a myth is said
    ('我们的口号是“定投稳赚不赔”。', 'CN-FUND-MKT-039', 'error', '稳赚不赔'),
    # 谁 alone denies nothing
    ('谁都知道，这只基金一定能赚钱。', 'CN-FUND-MKT-041.profit', 'error', '一定能赚钱'),
    # a third party's recommendation; a customer's
    ('券商首席强烈推荐这只基金，机会难得。', 'CN-FUND-MKT-037', 'warning', '强烈推荐'),
    ('客户留言：多亏你推荐，这只基金真不错。', 'CN-FUND-MKT-037', 'warning', '推荐'),
    # a money fund's yield with no source
    ('这只货币基金七日年化2.35%，比活期强多了。', 'CN-FUND-MKT-017.money', 'error', '七日年化2.35%'),
    # the cap said first; a return called near-certain after its figure; a loss's worry waved off
    ('买这只债基，最多也就亏个2%左右，放心。', 'CN-FUND-MKT-005.cap', 'error', '最多也就亏个2%'),
    ('长期持有，年化6%左右是大概率能拿到的。', 'CN-FUND-MKT-006.forecast', 'error', '年化6%左右是大概率'),
    ('有了这只基金托底，还用担心亏钱吗？', 'CN-FUND-MKT-041.profit', 'error', '还用担心亏钱'),
    # the fund as the payer
    ('給自己發工資，就靠這隻月配息基金。', 'CN-FUND-MKT-033.slogan', 'warning', '給自己發工資'),
    # the question asked, the comparison then made by the seller in a sentence of its own
    ('您问我和存款比哪个好？当然是这只基金比存款划算多了。', 'CN-FUND-MKT-023', 'warning', '比存款划算'),
    # a superlative of the product, a sector's name going on to a fund word; a gift for a purchase
    ('这是全市场最强的行业基金。', 'CN-FUND-MKT-038.relative', 'warning', '全市场最强'),
    ('本基金是同类产品中表现最好的。', 'CN-FUND-MKT-038.relative', 'warning', '最好'),
    ('申购满一万元即赠送精美礼品一份。', 'CN-FUND-MKT-009', 'error', '赠送'),
    # the answer to an item of the questionnaire given to the buyer
    ('问到能承受的最大亏损那题，你就选“30%以上”，分数就够了。', 'CN-FUND-MKT-042.process', 'error', '那题'),
    # the promoted fund a feeder: its notice is owed
    ('本基金为黄金ETF联接基金，主要投资于目标ETF。', 'CN-FUND-MKT-052', 'warning', '联接'),
]
# fmt: on


test_a_compliant_line_raises_no_error_or_warning = clean_line_test(CLEAN_LINES)
test_a_compliant_piece_raises_no_error_or_warning = clean_piece_test(CLEAN_PIECES)
test_the_same_shape_as_a_breach_is_found = breach_test(BREACHES, sub_rules=False)
