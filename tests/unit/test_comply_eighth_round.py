"""Issue 22, eighth round: an over-reach audit of the rules that give errors and warnings. Each rule is
held to the meaning it must require, tested against compliant wording a marketer writes near the line
(written afresh: other funds, figures and voices than the blind set), and the breach of the same shape
must still be found.

Allowed: a fund's size or holders, a business or a market doubling (规模翻倍, 销量翻倍); 最佳 in an award's
own name; 最好 as advice and 最大 of a lesson; 资金安全 as the custody arrangements' heading; 保险 in a list
of sectors; the buyer bearing the loss (亏损由投资者自行承担); 保本 of a deposit; 唯一 of what one can do; the
questionnaire redone because it is due; an index level granted or supposed (即便明年回到3000点); a hope
answered 不现实; a seminar's seats (讲座名额仅剩); knowledge gained (涨了见识); the fund said riskier than a deposit
(相比存款，基金的风险更高); a yearly record whose first year carries an aside or whose years are a span
before 分别为. Found: a yes-no question answered with a bare yes (可唔可以買？——可以) offers what it asks;
round 8's misses in other words (one buyer quoted with a gain, 建仓良机, 相当于…定期存款, 亏不到这个数,
保證每月固定派息). Every case runs in both scripts and both punctuation widths.
"""

from __future__ import annotations

from tests.unit.comply_lines import breach_test, clean_line_test, clean_piece_test

# fmt: off
CLEAN_LINES = [
    # a doubling of size, holders, a business or the industry is no performance of the fund
    '截至2024年末，本基金规模较上年末翻倍至58亿元（数据来源：基金年度报告）。',
    '本基金持有人户数一年内翻倍，达到12万户（数据来源：基金2024年年报）。',
    '新能源车销量三年翻倍（数据来源：中汽协），但行业景气不代表本基金业绩。',
    '2020年以来，我国公募基金总规模翻了一番（数据来源：中国证券投资基金业协会）。',
    '本基金受益人數由2023年底的18萬人成長至2024年底的40萬人，翻倍成長（資料來源：集保結算所），人數增加不代表基金績效。',
    # a doubling hoped for and answered 不现实
    '这只基金净值要翻倍？不现实，我们从不这样宣传。',
    # 最佳 in an award's own name, with the agency and the date
    '本基金榮獲2024年理柏台灣基金獎（Lipper Fund Awards）三年期最佳基金獎，頒獎機構：理柏，發布日期：2024年3月。',
    '本基金获得晨星（中国）于2024年3月颁发的年度最佳债券基金奖（数据来源：晨星官网）。',
    # 最好 as advice, 最大 of a lesson or a feeling
    '有位客户告诉我，定投最大的收获是学会了不追涨杀跌。',
    '最好在风险测评后再决定是否购买。',
    '投資前最好先了解自己的風險承受能力，並用閒錢投資。',
    # the first of the company's own funds is its history
    '本基金成立于2018年，是公司旗下首只ESG主题基金。',
    # 资金安全 as the custody arrangements' heading; 保险 in a list of sectors
    '资金安全方面：申购赎回款项通过托管账户划转，不经过销售人员个人账户。',
    '本基金投资于保险、银行等金融行业股票的比例不超过30%。',
    # the buyer bearing the loss is 买者自负; 保本 said of a deposit, the fund set apart
    '亏损由投资者自行承担，请审慎决策。',
    '投資盈虧由投資者自行承擔，本公司不承擔任何損失。',
    '如果您需要保本的储蓄方式，请选择银行存款，而不是本基金。',
    # 唯一 of what one can do
    '我们无法预测明年的收益，唯一能做的是控制风险。',
    # the questionnaire redone because it is due or the situation changed
    '风险测评结果有效期为一年，过期请重新测评，测评结果以实际答卷为准。',
    '如您的财务状况发生变化，请及时重新进行风险测评。',
    '風險評估結果逾期，請重新填寫問卷，並如實作答。',
    # an index level granted or supposed, not foreseen
    '即便指数明年回到3000点，本基金净值也可能下跌，二者并无必然联系。',
    '就算恒指明年升穿兩萬點，本基金亦可能蝕錢，兩者冇必然關係。',
    # suitability stated correctly, who it does not suit
    '本基金风险等级为R4（中高风险），不适合风险承受能力为C1、C2、C3的投资者购买。',
    '保守型、稳健型投资者请勿购买本基金，养老的钱不宜投入高风险产品。',
    '如果您的风险测评结果为C2，系统将无法为您办理本基金的申购。',
    # purchase limits as facts
    '本基金单日单个账户申购上限为10万元，超出部分将被确认失败。',
    '本基金募集规模上限为80亿元，超过上限将按比例确认。',
    # clients' experiences without returns; others' losses told as a warning
    '不少客户反馈，定投让他们养成了每月储蓄的习惯。',
    '網友留言話買咗之後蝕咗一成，我哋理解大家嘅心情，亦提醒投資有風險。',
    # 稳健型 / 保险资金 / 赚钱效应 / 第一只 in non-promise senses
    '保险资金近年来持续增配权益资产（数据来源：银保监会统计），这属于行业现象，不代表本基金业绩。',
    '市场赚钱效应减弱时，投资者更应坚持纪律、分散投资。',
    # questions quoted to be answered no; scenarios with no guarantee
    '有人问：买了这只基金是不是就不会亏钱？答案是否定的，基金有可能亏损。',
    '有網友問：「呢隻基金保唔保本？」唔保本，投資者有機會損失本金。',
    '假设市场下跌20%，本基金净值也可能出现较大跌幅，以上仅为情景说明，不构成任何收益保证。',
    '在極端市況下，本基金淨值可能大幅波動，以上情境描述並非對未來報酬之保證。',
    # years beside their benchmark with a source; market history marked as not the fund's
    '本基金2023年淨值成長率為6.5%，同期績效指標報酬率為5.1%（資料來源：基金年報，經託管銀行覆核）。',
    '恒生指數過去十年平均股息率約3.8%（資料來源：恒生指數公司），指數過往表現不代表基金表現。',
    # every year since the start the piece names, as a span before 分别为
    '本基金合同于2019年6月生效，2020年至2024年净值增长率分别为21.4%、7.7%、-18.3%、-6.1%、9.9%，同期业绩比较基准收益率分别为'
    '17.0%、-1.2%、-19.6%、-9.4%、12.1%（数据来源：基金定期报告）。',
    # a seminar's seats are no fund quota; knowledge gained is no gain
    '本周六的投资者教育讲座名额仅剩20个，报名与是否购买基金无关。',
    '線下投教講座名額只剩十個，歡迎報名，講座不推介任何產品。',
    '朋友们都说看完这篇文章涨了见识，这才是我们写投教文章的目的。',
    # a yes-no question in Cantonese whose 可以買 runs past the pair, answered with a condition
    '長者可唔可以買？如果風險評估係保守型，就唔可以買呢隻R4基金。',
    # round 8's shapes in other words: index data marked as not the fund's before its figures, a target date said to
    # promise nothing, insurance as one product among others, distributions not guaranteed, others' view met by doubt
    '指数数据（非本基金业绩）：2020年至2024年标的指数各年收益率分别为18.2%、-5.1%、-20.3%、-9.8%、13.0%（数据来源：中证指数有限公司）。',
    '以下為指數資料，不代表本基金績效：標的指數2022年至2024年報酬率分別為-15.2%、19.9%、22.4%（資料來源：臺灣指數公司）。',
    '個人養老金帳戶可以購買儲蓄存款、國債、基金或保險等產品，風險各不相同。',
    '基金配息不保证每月都有，配息来源可能为本金。',
    '市场调整时常有人说是布局良机，但没有人能准确择时，请量力而行。',
    # the fund said riskier than a deposit: a disclosure, not a comparison in its favour; the reader's wish for safety
    '与银行存款相比，基金净值会波动，可能亏损本金。',
    '跟定存比，債券基金波動更大，也可能虧錢。',
    '相比存款，基金的风险更高，请按自身情况选择。',
    '本基金的波动比股票基金小，但比存款大得多。',
    '如果您追求本金安全，存款比基金更合适。',
]

# a Hong Kong switch note whose level is 風險級別：高，等級R5, with who it does not suit; a 定投 explainer whose
# simulation is fully disclosed and marked as not the fund's
MORE_PIECES = [
    '強積金轉換小貼士（WhatsApp廣播）\n'
    '各位會員好！最近好多人問：「而家轉晒去股票基金係咪會賺多啲？」唔一定。股票基金長遠波動大，短期可'
    '以蝕好多，要睇返自己距離退休仲有幾耐。\n'
    '今次介紹嘅滙豐進取增長基金（風險級別：高，等級R5），只適合能夠承受較大虧損、投資年期長嘅會員；'
    '臨近退休、唔想見到本金波動嘅會員唔適合。\n'
    '參考資料：該基金2021年至2024年每年回報分別為8.3%、-18.9%、6.1%、11.0%'
    '，同期基準分別為7.5%、-17.2%、5.9%、12.3%（資料來源：基金年報）。\n'
    '基金經理：羅家明。基金管理人：浩藍資產管理有限公司。\n'
    '投資涉及風險，過往表現唔代表將來表現。基金管理人唔保證基金一定盈利，亦唔保證最低收益。\n',
    '【定投专题】用数据看看定投的“微笑曲线”\n'
    '先说清楚：以下是历史模拟，不是本基金的业绩，也不代表未来。\n'
    '模拟说明：以中证500指数为标的，假设2015年6月12日起每月第一个交易日定投1000元，至2'
    '024年12月31日共投入11.5万元，期末市值约13.2万元，模拟年化收益率（内部收益率IRR'
    '）约2.6%。计算公式：IRR为使各期投入现金流现值等于期末市值的折现率；未计申购费。数据来源：'
    'Wind，中证指数有限公司。\n'
    '这段模拟里，定投在2018年底一度浮亏约30%，坚持下来的人少之又少。\n'
    '我们想说的是：定投能摊低成本，但不能保证盈利，市场长期下跌时定投也会亏损。\n'
    '本文提及的长岭中证500指数增强型证券投资基金（A类：007655）由长岭基金管理有限公司管理，'
    '基金经理：梁峰。本基金风险等级R3，适合C3及以上投资者。本基金为指数增强型基金，存在跟踪误差及'
    '标的指数回报与股票市场平均回报偏离的风险。本基金合同于2024年10月生效，不足6个月，不展示业'
    '绩。\n'
    '风险提示：基金管理人不保证基金一定盈利，也不保证最低收益。指数历史表现不代表本基金业绩表现。基金'
    '的过往业绩并不预示其未来表现。投资有风险，投资需谨慎。\n',
]

# a target-date fund's notice in Taiwan's words (目標日期不代表保證該日期之收益)
TARGET_DATE_PIECE = (
    '安和目標日期2050組合基金（風險報酬等級RR3，基金經理：鄭宇）\n'
    '目前股票型子基金約70%，將隨目標日期逐步降低；比重為配置規劃，非報酬保證。本基金適合積極型投資人。\n'
    '【警語】本基金經金管會核准，惟不表示絕無風險。基金經理公司除盡善良管理人之注意義務外，不負責本基金之盈虧，亦不保證最低之收益。'
    '目標日期不代表保證該日期之收益，投資人仍可能損失本金。組合基金會產生雙重費用。基金之過往績效並不代表未來績效之保證。'
    '投資一定有風險，基金投資有賺有賠。\n'
)

# whole pieces: a manager's letter whose first, partial year carries an aside before the list goes on; a Cantonese
# 小紅書 post with a takeaway (最大嘅得着)
CLEAN_PIECES = [
    '致持有人的一封信\n各位持有人：\n2024年本基金A类份额净值增长率为-3.2%，同期业绩比较基准收益率为-1.8%，我们跑输了基准，'
    '对此深感抱歉。自2021年合同生效以来，2021年（合同生效至年末）、2022年、2023年、2024年本基金净值增长率分别为4.6%、-12.1%、'
    '-6.3%、-3.2%，同期基准分别为2.9%、-15.4%、-8.8%、-1.8%（数据来源：本基金各年度报告，已经托管人复核）。\n'
    '我们不知道市场何时回暖，也不会给出任何点位或收益预期。我们能做的，是坚持研究、控制回撤。\n'
    '华岳价值精选混合型证券投资基金，基金管理人：华岳基金管理有限公司，基金经理：赵言。本基金风险等级R3，适合C3及以上投资者。\n'
    '风险提示：本基金为混合型基金，其预期风险和预期收益高于债券型基金和货币市场基金，低于股票型基金。基金管理人不保证基金一定'
    '盈利，也不保证最低收益。基金的过往业绩并不预示其未来表现，基金管理人管理的其他基金的业绩并不构成基金业绩表现的保证。'
    '投资有风险，投资须谨慎。\n',
    '小紅書｜月光族如何開始存第一筆錢 #理財入門\n先講結論：基金唔係存款，唔保本，可能蝕錢。\n'
    '我自己係用月供形式每月投一千蚊落一隻平衡型基金（華信平衡混合基金，風險等級R3，適合C3或以上），目的係養成紀律，唔係追求快錢。\n'
    '有人留言問：「月供係咪一定賺？」唔係，遇到跌市都會蝕，只係攤平成本。\n'
    '身邊有朋友月供咗三年，佢話最大嘅得着係唔再衝動買賣。\n'
    '基金管理人：華信基金管理有限公司，基金經理：吳婷。\n'
    '投資涉及風險，過往表現唔代表將來表現。基金管理人唔保證基金一定盈利，亦唔保證最低收益。\n',
]

BREACHES = [
    # the fund's own doubling is still one-sided
    ('这只基金去年净值翻倍，今年还能再翻倍。', 'CN-FUND-MKT-036', 'warning', '翻倍'),
    # a size word elsewhere in the sentence leaves a past gain doubled in its own clause to 017.doubled
    ('本基金规模不大，但去年业绩翻倍了。', 'CN-FUND-MKT-017.doubled', 'error', '翻倍'),
    # safety and insurance said of the investment
    ('投资者的钱绝对安全，资金由银行托管。', 'CN-FUND-MKT-033', 'error', '绝对安全'),
    ('买这只基金等于给资产上了一份保险。', 'CN-FUND-MKT-033', 'error', '保险'),
    # absolute terms and superlatives about the product
    ('这是市面上最佳的养老选择。', 'CN-FUND-MKT-038', 'error', '最佳'),
    ('本基金獲頒「年度最佳收息基金」大獎！', 'CN-FUND-MKT-038', 'error', '最佳'),
    ('这是今年最好的基金，错过不再。', 'CN-FUND-MKT-038.relative', 'warning', '最好'),
    ('本基金是全市场首只同类主题基金。', 'CN-FUND-MKT-038.relative', 'warning', '首只'),
    # the seller bearing the loss; the fund said to keep the capital
    ('万一亏损由我们公司承担。', 'CN-FUND-MKT-005', 'error', '亏损由'),
    ('本基金保本，比存款还稳。', 'CN-FUND-MKT-005', 'error', '保本'),
    # coaching the questionnaire
    ('測評是C2也沒關係，重新測評時選激進些就能買。', 'CN-FUND-MKT-042.process', 'error', '沒關係'),
    # an index level ahead with certainty
    ('上证指数明年一定站上4000点。', 'CN-FUND-MKT-006.level', 'warning', '4000点'),
    # 唯一 said of the fund
    ('本基金是市场上唯一一只每年都正收益的产品。', 'CN-FUND-MKT-032', 'warning', '唯一'),
    # the fund's quota running out; others' gains as proof
    ('呢期外匯額度就快冇，要買就快啲。', 'CN-FUND-MKT-029.quota', 'warning', '額度就快冇'),
    ('朋友们买了这只基金都赚了。', 'CN-FUND-MKT-037.testimonial', 'warning', '赚了'),
    # an R4 fund offered to the elderly, said or affirmed as the answer to a yes-no question
    ('老人家都可以買呢隻R4基金，放心。', 'CN-FUND-MKT-042', 'error', '老人家都可以'),
    ('長者可唔可以買？可以，呢隻R4基金好啱退休人士。', 'CN-FUND-MKT-042', 'error', '長者可唔可以買'),
    # round 8's misses in other words: one buyer quoted with a gain, the moment to buy called the chance, a deposit a
    # few words after the likening, a loss said never to reach the figure named, distributions promised
    ('有位吧友留言：“拿了一年，已经赚了三万多，感谢基金经理！”', 'CN-FUND-MKT-037.testimonial', 'warning', '赚了'),
    ('现在是建仓良机，错过就要再等一年。', 'CN-FUND-MKT-034', 'error', '建仓良机'),
    ('说白了，这只债基就相当于一张能随时支取的定期存款。', 'CN-FUND-MKT-023.deposit-same', 'error', '定期存款'),
    ('我们的最大回撤控制在1%以内，大家放心，亏不到这个数。', 'CN-FUND-MKT-041.profit', 'error', '亏不到这个数'),
    ('本基金保證每月固定派息，退休人士可以安心收息。', 'CN-FUND-MKT-005', 'error', '派息'),
    # a deposit comparison in the fund's favour, with or without a word of its risk; capital said safe
    ('比存银行划算多了，闭眼买就行。', 'CN-FUND-MKT-023.deposit', 'warning', '比存银行'),
    ('这只债基的回报远高于银行存款利息，风险也不大。', 'CN-FUND-MKT-023.deposit', 'warning', '远高于银行存款'),
    ('收益比定存高一倍，虽然净值有波动。', 'CN-FUND-MKT-023.deposit', 'warning', '比定存'),
    ('本基金本金安全，请放心。', 'CN-FUND-MKT-005', 'error', '本金安全'),
]
# fmt: on


test_a_compliant_line_raises_no_error_or_warning = clean_line_test(CLEAN_LINES)
test_a_compliant_piece_raises_no_error_or_warning = clean_piece_test([*CLEAN_PIECES, *MORE_PIECES, TARGET_DATE_PIECE])
test_the_same_shape_as_a_breach_is_found = breach_test(BREACHES, sub_rules=False)
