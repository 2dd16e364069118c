"""Issue 22, seventh round: the kinds of finding that fired on compliant wording, and the misses of blind
round 7, as general forms written afresh (other funds, names, figures and voices than the blind set).

Allowed: a quoted claim refuted later in its sentence or at the next one's opening (坊间有“…”一说，这是误解;
呢個講法唔啱; 这四个字正规机构都不会说); 同期 figures dated by the figures before them; a yearly record written
in a line; a disclosed simulation giving its annualised rate; a level asked about (能否站上); the quota as the
risk item Art 13 allows; others' gains said to prove nothing; a size doubling; 穩陣起見; a negator's character
inside 未来/分别/特别. Found: a NAV or index level ahead, others' gains told as proof, the quota running out, the
fund as a regular pay, a doubling in words, 好穩陣, another fund's return with no claim read, a draw or gift
told by its count or worth, a what-if with 扣, a projection at an assumed rate, 当成/就係 a deposit, a rebound's
room. Every case runs in both scripts and both punctuation widths.
"""

from __future__ import annotations

from tests.unit.comply_lines import breach_test, clean_line_test

# fmt: off
CLEAN_LINES = [
    # a quoted claim refuted later in its sentence, or at the next sentence's opening
    '坊间流传“买债基不会亏”的说法，其实并不准确，债券基金同样可能出现亏损。',
    '坊间有“指数基金长期必涨”一说，这是误解，指数基金同样可能长期下跌。',
    '網上有人話「買基金穩賺」，呢個講法唔啱，基金都會蝕錢。',
    '“保本保息”这四个字，任何一家正规基金公司都不会说。',
    '不少人把“稳赚”挂在嘴边。这是误解：本基金可能亏损。',
    # 同期 figures take the period of the figures before them; a yearly record written in a line
    '本基金自2019年3月成立以来，各完整年度净值增长率如下：2019年（成立至年末）9.8%，2020年15.2%，2021年4.1%，'
    '2022年-8.7%，2023年2.2%；同期业绩比较基准收益率为7.1%、12.5%、3.0%、-10.2%、-1.5%。以上数据来源于本基金各期定期报告。',
    # a disclosed simulation giving its annualised rate, method and source
    '以下为回测结果：以2015年至2023年沪深300指数为样本，每月定投1000元，模拟年化收益率约6.1%（数据来源：Wind；'
    '模拟方法：每月首个交易日投入；模拟结果不代表本基金未来表现）。',
    # a level asked about, not foreseen
    '指數能否站上3000點，沒有人能預知，本基金亦不作預測。',
    '本基金净值能否回到1.2元，取决于市场，我们不作预测。',
    # the quota as the risk item Art 13 allows
    '额度仅剩少量时，本基金将按比例配售，具体以公告为准。',
    # others' gains said to prove nothing; a fund company's size doubling
    '身边朋友赚了钱不代表你也能赚，请根据自身风险承受能力投资。',
    '即使朋友都賺了，也不代表本基金未來一定獲利。',
    '去年公司管理规模翻了一倍，但规模增长不代表业绩。',
    # 穩陣 as the reader's caution, or denied
    '穩陣起見，建議先了解自己的風險承受能力。',
    '債券基金唔係穩陣嘅存款，都有機會蝕錢。',
    # a regular pay or a deposit denied
    '做好资产配置，不要把基金当成第二份薪水。',
    '基金分紅並非固定收入，不能當作每月的長糧。',
    '请不要把货币基金当成活期存款，它也可能亏损。',
    # an index level in the past
    '2015年上证指数曾突破5000点，随后大幅回落。',
    # a Cantonese yes-no question (會唔會) asks; a reported claim judged wrong (这个说法不对)
    '有觀眾問「呢隻基金會唔會蝕？」答案係會，任何基金都有機會蝕錢。',
    '直播间有人说买ETF就是躺着赚钱，这个说法不对，ETF也会跌。',
    # Taiwan and Hong Kong words of risk measures are no return or target (追蹤誤差, 最大跌幅)
    '本基金追蹤誤差目標為年化2%以內，惟不保證達成。',
    '本基金近五年最大跌幅達23.5%（資料來源：基金年報），投資人應審慎評估。',
    # every whole year since the start the piece names, listed before their figures (分别为)
    '本基金合同于2022年3月生效。本基金2023年、2024年净值增长率分别为5.2%、-1.4%，同期业绩比较基准收益率分别为4.1%、-2.0%'
    '（数据来源：基金年度报告）。',
    # a purchase amount with a fee, not a gift
    '单笔申购满500万元的，申购费按每笔1000元收取。',
    '定投满三年后赎回，赎回费为零，具体以招募说明书为准。',
    # positive years told with their figures and source in the sentence are the record itself
    '截至2024年末，本基金已连续三年取得正收益，分别为2.1%、3.4%、1.8%，同期业绩比较基准为1.9%、3.0%、2.2%（数据来源：基金年度报告）。',
]

BREACHES = [
    # a NAV level ahead
    ('照这个势头，本基金净值年底前站上1.5元不是梦。', 'CN-FUND-MKT-006.forecast', 'error', '站上1.5元'),
    ('本基金年底前漲到1.3元沒懸念。', 'CN-FUND-MKT-006.forecast', 'error', '1.3元'),
    # an index level ahead: a time ahead or a certainty, or said to be conservative
    ('上证指数下半年大概率站上3800点。', 'CN-FUND-MKT-006.level', 'warning', '3800点'),
    ('恒指年尾一定升穿兩萬點。', 'CN-FUND-MKT-006.level', 'warning', '兩萬點'),
    ('创业板这波调整到位了，明年见到2600点我觉得都算保守。', 'CN-FUND-MKT-006.level', 'warning', '2600点'),
    # others' gains told as proof
    ('我身边好几个朋友买了这只基金，都赚了不少。', 'CN-FUND-MKT-037.testimonial', 'warning', '赚了'),
    ('網友留言：「跟住買咗呢隻基金，半年賺咗兩成」', 'CN-FUND-MKT-037.testimonial', 'warning', '賺咗'),
    ('跟我一起定投的老铁们，截图都晒了，没有一个不赚钱的。', 'CN-FUND-MKT-037.testimonial', 'warning', '没有一个不赚'),
    ('客戶留言：多謝推介，呢隻基金真係唔錯。', 'CN-FUND-MKT-037', 'warning', '推介'),
    # the quota running out
    ('这期外汇额度只剩三千万了，我先帮您占一份。', 'CN-FUND-MKT-029.quota', 'warning', '额度只剩'),
    # the fund as a regular pay
    ('每月定投，让它成为你的第二份薪水。', 'CN-FUND-MKT-033.slogan', 'warning', '第二份薪水'),
    ('买了这只债基，每个月都有一笔稳定的睡后收入。', 'CN-FUND-MKT-033.slogan', 'warning', '睡后收入'),
    # a doubling in words, a past year named
    ('呢隻基金上年升咗成倍。', 'CN-FUND-MKT-017.doubled', 'error', '升咗成倍'),
    ('这只基金去年涨了一倍，闭着眼都能赚。', 'CN-FUND-MKT-017.doubled', 'error', '涨了一倍'),
    # 穩陣 said of the fund
    ('買呢隻基金好穩陣，唔使驚。', 'CN-FUND-MKT-033', 'error', '好穩陣'),
    # 未来 holds 未 but denies nothing
    ('未来一年赚个15%是大概率的事。', 'CN-FUND-MKT-041.profit', 'error', '15%'),
    # a draw or a gift told by its count or worth
    ('现在留言并完成首次申购，有机会抽无人机，共5名！', 'CN-FUND-MKT-009', 'error', '有机会抽'),
    ('今晚前申购的朋友私信截图，送一份价值299元的理财课。', 'CN-FUND-MKT-009', 'error', '价值299元'),
    # a what-if with 扣; a projection at an assumed rate
    ('如果从2016年开始每月扣2,000元，到2024年底账上就有约30万元。', 'CN-FUND-MKT-018', 'error', '每月扣'),
    ('我们按年化5%测算，每月定投800元坚持20年，退休时能有约33万元。', 'CN-FUND-MKT-018', 'error', '年化5%测算'),
    # taken for a deposit
    ('把它当成孩子的定存就对了。', 'CN-FUND-MKT-023.deposit-same', 'error', '定存'),
    ('其實就係一個活期存款嚟㗎。', 'CN-FUND-MKT-023.deposit-same', 'error', '活期存款'),
    # never a losing year, in other words
    ('成立以来从没有一年是亏的。', 'CN-FUND-MKT-017.words', 'error', '没有一年是亏的'),
    # Hong Kong's pay (人工), a sure thing (冇走雞), a gift earned by a purchase amount whatever the prize
    ('月月派息，等於每個月多一份人工。', 'CN-FUND-MKT-033.slogan', 'warning', '多一份人工'),
    ('買咗佢，一年賺一成冇走雞。', 'CN-FUND-MKT-041.profit', 'error', '冇走雞'),
    ('申購滿十萬送戴森吹風機一部。', 'CN-FUND-MKT-009.gift', 'error', '送'),
    # one year shown when the piece names the fund's start: the years left out are certain
    ('本基金合同于2020年3月生效。本基金2024年净值增长率9.1%，同期业绩比较基准收益率7.7%（数据来源：基金年度报告）。',
     'CN-FUND-MKT-014', 'error', '9.1%'),
    # a rebound's room
    ('港股估值仍处低位，反弹空间至少25%。', 'CN-FUND-MKT-006.market', 'warning', '反弹空间'),
]

# another fund's return, found by the claim rules when its figure is read as a claim, by its words (017.other)
# when it is not: either way a finding of 017 at error
OTHER_FUND = [
    ('他之前管理的另一只基金任内回报高达180%！', 'CN-FUND-MKT-017', 'error', '180%'),
    ('她此前管理的另一檔醫療基金任內報酬達152%！', 'CN-FUND-MKT-017', 'error', '152%'),
]
# fmt: on


test_a_compliant_line_raises_no_error_or_warning = clean_line_test(CLEAN_LINES)
test_the_same_shape_as_a_breach_is_found = breach_test(BREACHES, sub_rules=False)
test_another_funds_return_is_found = breach_test(OTHER_FUND, sub_rules=True)
