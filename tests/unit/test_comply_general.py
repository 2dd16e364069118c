"""Issue 22, generality: fund-piece wording written afresh (other names, figures and wordings than
the issue's lines and the blind set's dev pieces), each in Simplified and Traditional script and in
both punctuation widths.

What a compliant piece legitimately says raises no error or warning: limits and targets of risk,
allocation weights, fee ceilings, negated promises (Mandarin and Cantonese), sources at the end of
the paragraph, under a table or in a note for the whole piece, a benchmark column, disclosed
simulations, another fund's sourced figures. Each breach form is found at its severity by the rule
that names the problem (a forecast by a forecast rule, not as unsourced performance), quoting words
that overlap the breach."""

from __future__ import annotations

import pytest

from tests.unit.comply_lines import clean_line_test, clean_piece_test, comparable, loud, of_rule
from tests.unit.test_comply_meaning import _T2S, _TO_ASCII, FORMS, HEAD, TAIL, review

# fmt: off
CLEAN_LINES = [
    # limits and targets of risk are never returns
    "本基金力争将年化跟踪误差控制在2%以内，日均跟踪偏离度的绝对值不超过0.2%。",
    "组合最大回撤控制目标为8%，年化波动率目标不超过12%。",
    "我们以回撤控制为核心，力争把单年最大回撤控制在5%以内。",
    "单一债券持仓不超过基金资产净值的5%，杠杆比例不超过140%。",
    # allocation weights are never growth
    "当前权益类资产配置比例为55%，到2040年将降至25%左右。",
    "股票仓位维持在60%至80%之间，港股投资比例不超过股票资产的50%。",
    "本基金投资于股票资产的比例为基金资产的80%-95%。",
    # fee ceilings
    "本基金管理费率为每年1.20%，托管费率为每年0.20%，申购费率最高不超过1.5%。",
    "本基金收取的管理费年费率不超过0.8%，业绩报酬计提比例为超额收益的20%。",
    "本基金将80%的资产投资于高收益债以外的信用债。",
    "本基金的目标仓位为80%左右。",
    "本基金每年收益分配次数最多为12次，每次收益分配比例不得低于可供分配利润的10%。",
    "假设申购金额为10000元，申购费率为1.2%，则申购费用为118.58元。",
    "以申购10万元为例，如果持有满一年，赎回费为0。",
    "本基金去年获得了晨星三年期三星评级（评级机构：晨星，评级日期：2025年12月31日）。",
    # negations keep a sentence allowed, before the words or right after them
    "我们不保证本基金一定能赚钱，也不承诺任何收益。",
    "长期持有并不代表一定能获得正收益。",
    "定投无法保证盈利，也不能规避亏损。",
    "没有任何人可以承诺你买了就赚。",
    "呢隻基金唔保本，都有機會蝕錢，冇人可以保證你一定賺。",
    "过去的高收益并不意味着未来也会有高收益。",
    "不要把应急的钱、养老的钱拿来买这只基金。",
    "请在风险测评结果匹配后再行购买，不要重新测评以获得购买资格。",
    "本基金不提供任何形式的赠品、抽奖或返现。",
    "我们从不承诺收益，也不会替客户承担任何亏损。",
    "本基金适合长期闲置资金，不适合短期要用的钱。",
    "養老本、短期要用的錢，請不要投入本基金。",
    # words of rank about the companies or the index method, not the fund; a sourced award
    "本基金重点关注国家级专精特新“小巨人”企业。",
    "该指数覆盖了A股市值最大的300家公司。",
    "基金经理曾获评金牛基金经理（评选机构：中国证券报，2024年）。",
    # what-ifs that are warnings, not simulated performance
    "如果您决定购买本基金，请先仔细阅读基金合同和招募说明书。",
    "如果您投资本基金，可能损失5%以上的本金。",
    "请如实填写风险测评问卷，不要为了购买本基金而往高了填。",
    "请逐题如实填写问卷，第5题请按真实投资年限勾选。",
    "本基金是否分红以基金公告为准，不保证一定有分红。",
    "定期报告将于每季度结束后15个工作日内披露。",
    "直播里说的“明年能翻倍”没有任何依据，请勿当真。",
    # superlatives that are not about the product, and the fund against its own benchmark
    "如果在市场最高点买入，短期内可能面临较大浮亏。",
    "对本基金而言，最大的风险来自利率上行带来的债券价格下跌。",
    "本基金目标是长期跑赢业绩比较基准，但不保证实现。",
    # sourced performance: in the sentence, at the end of the paragraph, on the next line
    "本基金A类份额2022年、2023年、2024年的净值增长率分别为-8.31%、2.64%、9.70%，同期业绩比较基准收益率分别为"
    "-10.20%、1.05%、7.33%。上述数据已经托管人复核，数据来源为本基金定期报告。",
    "本基金2025年取得了6.41%的净值增长率，同期业绩比较基准收益率为5.02%。\n数据来源：本基金2025年年度报告。",
    # a note for the whole piece, paragraphs below the figures
    "本基金A类份额2023年净值增长率为-4.12%，2024年为7.85%，2025年为10.36%；同期业绩比较基准收益率分别为-6.02%、"
    "6.10%、9.47%。\n\n投资策略方面，基金经理坚持自下而上精选个股。\n\n注：文中业绩数据来源于本基金定期报告，经托管人复核。",
    # a table with a benchmark column and its note under it
    "\n| 期间 | 本基金A | 业绩比较基准 |\n| 2024年 | 7.85% | 6.10% |\n| 2025年 | 10.36% | 9.47% |\n"
    "| 成立以来 | 18.40% | 9.25% |\n资料来源：本基金定期报告，截至2025年12月31日。",
    # fund and benchmark told apart by columns, by the words beside each figure, in bullets with a note under them
    "\n年度    本基金净值增长率    业绩比较基准收益率\n2023    -3.1%    -4.6%\n2024    5.2%    4.1%\n"
    "2025    8.8%    7.0%\n"
    "数据来源：本基金年度报告。\n",
    "\n2023年：本基金-3.1%，业绩比较基准-4.6%；\n2024年：本基金5.2%，业绩比较基准4.1%；\n"
    "2025年：本基金8.8%，业绩比较基准7.0%。\n（数据来源：本基金年度报告）\n",
    "\n• 2024年 本基金A类净值增长率5.2%，同期基准4.1%\n• 2025年 本基金A类净值增长率8.8%，同期基准7.0%\n"
    "注：以上数据来自本基金年度报告，业绩比较基准为中证800指数收益率×60%＋中债综合指数收益率×40%。\n",
    "本基金A类份额2025年净值增长率为8.8%，高于同期业绩比较基准收益率7.0%（数据来源：本基金2025年年度报告）。",
    # a deposit rate shown as the benchmark, with its source
    "本基金业绩比较基准为一年期定期存款利率（税后）+1.5%，2025年业绩比较基准收益率为3.00%，本基金净值增长率为3.42%"
    "（数据来源：本基金年度报告）。",
    "中国人民银行一年期定期存款基准利率为1.5%。",
    "本基金去年规模增长了12%，持有人户数增加了30%。",
    # figures that are no performance: size, holders, experience, a dividend, a sourced weight
    "截至2025年12月31日，本基金资产净值为12.36亿元，持有人户数约2.1万户。",
    "基金经理林悦拥有12年证券从业经验，其中8年投资管理经验。",
    "本基金前十大重仓股合计占基金资产净值的45.2%（截至2025年12月31日，数据来源：本基金2025年第四季度报告）。",
    # another fund's figures shown properly
    "基金经理陈立同时管理的青松稳利债券型基金（代码：012999），2023年、2024年、2025年净值增长率分别为3.1%、4.6%、"
    "2.2%，同期业绩比较基准收益率分别为2.9%、4.8%、1.7%（数据来源：各基金年度报告）。",
    # a disclosed simulation
    "以下为模拟测算，不代表本基金实际业绩：假设2015年1月起每月首个交易日定投中证500指数1000元，至2024年12月31日，"
    "定投复合年平均收益率约为4.2%。模拟方法：按当日收盘点位计算，不计费用；计算公式为内部收益率法；"
    "数据来源：中证指数有限公司。模拟结果不预示未来表现。",
]

# whole compliant pieces in other genres: a live-stream script, a Traditional pension FOF leaflet, a
# Cantonese chat, a 定投 article with risk targets and a drawdown figure
CLEAN_PIECES = [
    "【直播文字稿】松岭稳进六个月持有期债券型基金（A类：018260）\n"
    "主播：家人们晚上好！先把风险说在前面：这只是债券型基金，风险等级R2（中低风险），适合风险承受能力C2及以上的朋友，"
    "具体以销售机构评级为准。它不是存款，不保本，净值会随利率和信用状况波动，持有期间可能亏损。\n"
    "有朋友问能不能当余额宝用——不能。它有6个月最短持有期，持有期内不能赎回，会面临流动性约束，短期要用的钱请不要投。\n"
    "业绩方面，2023年、2024年、2025年本基金A类份额净值增长率分别为3.02%、4.15%、1.88%，同期业绩比较基准收益率分别为"
    "2.75%、3.96%、2.10%。数据来源：本基金各年度报告。业绩比较基准为中债综合全价指数收益率×90%＋一年期定期存款利率"
    "（税后）×10%。\n组合久期控制在1至3年，信用债投资比例不低于债券资产的70%，杠杆比例不超过140%。\n"
    "今年能涨多少？我不知道，也没人能告诉你。基金的过往业绩并不预示其未来表现，基金管理人管理的其他基金的业绩并不构成"
    "基金业绩表现的保证。基金管理人：松岭基金管理有限公司，不保证基金一定盈利，也不保证最低收益。投资有风险，投资需谨慎。",
    "嶺南康裕養老目標2040三年持有期混合型基金中基金（FOF）\nA類：019040｜基金管理人：嶺南基金管理有限公司\n"
    "下滑路徑：目前權益類資產配置比例中樞約60%，此後逐年下降，至2040年目標日期時約為25%；實際比例可在中樞上下10個百分點內浮動。\n"
    "費用：管理費年費率0.90%，託管費年費率0.20%；投資本公司旗下其他基金的部分不收取管理費、託管費。\n"
    "過往業績（A類）：2024年淨值增長率5.61%，同期業績比較基準收益率4.98%；2025年淨值增長率7.02%，同期業績比較基準收益率6.35%。"
    "資料來源：本基金年度報告。業績比較基準：中證800指數收益率×55%＋中債綜合指數收益率×45%。\n"
    "風險提示：本基金風險等級為R3（中風險），適合風險承受能力為C3及以上的投資者。「養老」的名稱不代表收益保障或其他任何形式的"
    "收益承諾，本基金不保本，可能發生虧損。每筆份額最短持有三年，持有期內不能贖回，投資者將面臨流動性約束。基金的過往業績並不"
    "預示其未來表現，基金管理人管理的其他基金的業績並不構成基金業績表現的保證。基金管理人不保證基金一定盈利，也不保證最低收益。"
    "投資有風險，投資需謹慎。",
    "陳生你好，你問嘅海泓環球科技股票型（QDII）人民幣A類（代碼020118），我簡單講下：\n"
    "1. 呢隻係R4中高風險，適合風險承受能力C4或以上嘅客戶，你之前評估係C4，符合。\n"
    "2. 佢投資海外市場，有匯率風險、境外市場風險，同埋境內外交易日唔一致嘅風險。\n"
    "3. 過往業績：2024年淨值增長率18.2%，同期業績比較基準收益率20.5%；2025年淨值增長率-6.4%，"
    "同期業績比較基準收益率-4.9%（資料來源：基金年度報告）。\n"
    "4. 我唔可以話你知今年會升定跌，冇人可以保證。基金嘅過往業績並不預示其未來表現，"
    "基金管理人管理的其他基金的業績並不構成基金業績表現的保證。基金管理人：海泓基金管理有限公司，唔保證基金一定盈利，也不保證最低收益。\n投資有風險，投資需謹慎。",
    "定投一周年，聊聊“微笑曲线”｜青禾指数\n很多人问：定投是不是稳赚？不是。定投只能分散买入时点，不能规避基金投资所固有的"
    "风险，也不是替代储蓄的等效理财方式。\n以青禾中证500指数增强型基金（A类：021500）为例，它以中证500指数为跟踪标的，力争"
    "年化跟踪误差不超过7.75%，日均跟踪偏离度的绝对值不超过0.5%。\n本基金A类份额2022年至2025年净值增长率分别为-17.33%、"
    "-3.41%、6.82%、14.20%，同期业绩比较基准收益率分别为-19.52%、-6.10%、5.03%、12.66%（数据来源：本基金各年度报告；业绩"
    "比较基准为中证500指数收益率×95%＋银行活期存款利率（税后）×5%）。2022年本基金从阶段最高点的最大回撤为-24.6%，同期"
    "业绩比较基准为-26.1%（数据来源同上）。\n风险提示：本基金风险等级为R4（中高风险），适合风险承受能力为C4及以上的投资者，"
    "面临跟踪误差、标的指数波动等风险。指数历史表现不预示未来表现，也不代表本基金业绩表现。基金的过往业绩并不预示其未来表现，"
    "基金管理人管理的其他基金的业绩并不构成基金业绩表现的保证。基金管理人：青禾基金管理有限公司，不保证基金一定盈利，也不保证"
    "最低收益。投资有风险，投资需谨慎。",
]

# (line, rule id or its prefix, severity, words a finding of that rule overlaps)
BREACHES = [
    # covering and capping losses (Cantonese too)
    ("真要是跌了，差额由我们补给您。", "CN-FUND-MKT-005.cover", "error", "差额由我们补给"),
    ("虧了我負責。", "CN-FUND-MKT-005.cover", "error", "虧了我負責"),
    ("蝕咗我同你補返。", "CN-FUND-MKT-005.cover", "error", "蝕咗"),
    ("本金有任何亏损，基金经理个人承担。", "CN-FUND-MKT-005.cover", "error", "亏损"),
    ("亏损最多不会超过5%。", "CN-FUND-MKT-005.cap", "error", "5%"),
    ("本金保障，收益另算。", "CN-FUND-MKT-005", "error", "本金保障"),
    # certainty of profit
    ("跟着我们定投，赚钱是迟早的事。", "CN-FUND-MKT-041.profit", "error", "赚钱是迟早的事"),
    ("定投三年以上，盈利是必然的。", "CN-FUND-MKT-041.profit", "error", "盈利是必然的"),
    ("买了就赚，包你不亏。", "CN-FUND-MKT-041.profit", "error", "包你不亏"),
    ("這檔基金跌不下去的，底部很扎實。", "CN-FUND-MKT-041.profit", "error", "跌不下去"),
    ("你投進去的本金一分都不會少。", "CN-FUND-MKT-041.profit", "error", "一分都不會少"),
    # forecasts and targets, with or without 收益
    ("这只基金明年涨个30%应该没啥问题。", "CN-FUND-MKT-006.horizon", "error", "30%"),
    ("本基金今年的收益大概在8%到10%之间。", "CN-FUND-MKT-006", "error", "8%"),
    ("我估计年底前能赚两成。", "CN-FUND-MKT-006.forecast", "error", "两成"),
    ("今年這檔基金報酬率上看12%。", "CN-FUND-MKT-006", "error", "12%"),
    ("今年應該可以有8%的回報。", "CN-FUND-MKT-006.forecast", "error", "8%"),
    ("這檔基金的目標年化報酬為6%。", "CN-FUND-MKT-021.target", "error", "6%"),
    ("我们给这只基金定的目标是每年跑出7%。", "CN-FUND-MKT-021.target", "error", "7%"),
    ("每年回報保證有6%。", "CN-FUND-MKT-021.target", "error", "6%"),
    ("纳指未来十年也会一样涨。", "CN-FUND-MKT-006.market-forecast", "warning", "也会一样涨"),
    # hard sell, time pressure, inducements
    ("不用想太多，直接买就完事了。", "CN-FUND-MKT-039.blind", "error", "直接买"),
    ("这种机会一年就一次，周五下午三点一过就没了。", "CN-FUND-MKT-034.deadline", "error", "就没了"),
    ("认购期只剩最后两天，错过只能等下一轮。", "CN-FUND-MKT-034", "error", "错过"),
    ("本周五是最后申购日，之后要等半年才能再买。", "CN-FUND-MKT-034.deadline", "error", "要等半年"),
    ("抄底的好时机，不要犹豫。", "CN-FUND-MKT-034.deadline", "error", "不要犹豫"),
    ("今天申购的客户，每人送一桶油。", "CN-FUND-MKT-009.gift", "error", "送一桶油"),
    # comparisons with deposits and other products, slogans
    ("收益比银行定期高一倍。", "CN-FUND-MKT-023.deposit", "warning", "银行定期"),
    ("比买国债划算多了。", "CN-FUND-MKT-023.deposit", "warning", "国债"),
    ("这只债基的收益是货币基金的两倍。", "CN-FUND-MKT-023.deposit", "warning", "货币基金的两倍"),
    ("放心拿着，睡觉都能赚钱。", "CN-FUND-MKT-033.slogan", "warning", "睡觉都能赚钱"),
    ("佛系持有，坐等收益。", "CN-FUND-MKT-033.slogan", "warning", "坐等收益"),
    # suitability and the questionnaire
    ("本基金风险等级R5，稳健型的投资者也可以放心配置。", "CN-FUND-MKT-042", "error", "稳健型"),
    ("我們這檔R4基金，退休的長輩拿退休金來買也很適合。", "CN-FUND-MKT-042", "error", "退休金"),
    ("问卷做出来是保守型？没事，我教你怎么选，重新测一下就是C4了。", "CN-FUND-MKT-042.process", "error", "重新测"),
    ("您的风险等级是C3，这只R5的基金签个风险告知书也能买。", "CN-FUND-MKT-042.process", "error", "签个风险告知书"),
    ("問卷別照實填，最後一題選能承受較大虧損那項就行。", "CN-FUND-MKT-042.process", "error", "別照實填"),
    ("风险测评往高了填，不然买不了这只。", "CN-FUND-MKT-042.process", "error", "往高了填"),
    ("这只R4基金，退休族拿老本来买正合适。", "CN-FUND-MKT-042", "error", "老本"),
    ("這檔R5基金是銀髮族的首選。", "CN-FUND-MKT-042", "error", "銀髮族"),
    ("股票基金R4，短期要用的钱放进来也没问题。", "CN-FUND-MKT-042", "error", "短期要用的钱"),
    # a figure before its label, another fund's, with no source
    ("同一基金經理管理的另一檔基金，去年繳出18.6%的報酬。", "CN-FUND-MKT-017.unread", "error", "18.6%"),
    ("旗下的明星产品青松成长混合近三年赚了56%。", "CN-FUND-MKT-017.unread", "error", "56%"),
    ("本基金去年取得了12.3%的净值增长。", "CN-FUND-MKT-017.unread", "error", "12.3%"),
    # Hong Kong and Taiwan wording
    ("呢隻基金好穩陣，包你賺。", "CN-FUND-MKT-041.profit", "error", "包你賺"),
    ("蝕咗算我嘅。", "CN-FUND-MKT-005.cover", "error", "蝕咗算我嘅"),
    ("呢個價位入貨，執到寶，唔買就蝕底。", "CN-FUND-MKT-034.deadline", "error", "唔買就蝕底"),
    ("今個月底前認購送超市禮券。", "CN-FUND-MKT-009.gift", "error", "送超市禮券"),
    ("這檔基金的報酬穩穩的，不會讓你失望。", "CN-FUND-MKT-041.profit", "error", "報酬穩穩的"),
    ("評估做到C2都唔緊要，我幫你剔返啲選項就得。", "CN-FUND-MKT-042.process", "error", "唔緊要"),
    ("本基金已連續五年正報酬。", "CN-FUND-MKT-017.words", "error", "連續五年正報酬"),
    ("如果由2019年開始月供3000蚊，而家已經有18萬。", "CN-FUND-MKT-018", "error", "月供"),
    ("假設每月定期定額投資5000元，十年後報酬率可達80%。", "CN-FUND-MKT-018", "error", "80%"),
    ("預估今年這檔基金報酬可達10%。", "CN-FUND-MKT-006", "error", "10%"),
    ("一年下來領個5%的配息沒問題。", "CN-FUND-MKT-006.horizon", "error", "5%"),
    # rankings, awards and superlatives in other words
    ("近三年業績在同類基金中排第3。", "CN-FUND-MKT-024.ranking", "error", "排第3"),
    ("本基金曾获“三年期金牛奖”。", "CN-FUND-MKT-024.ranking", "error", "金牛奖"),
    ("業績穩居同類前10%。", "CN-FUND-MKT-024.ranking", "error", "前10%"),
    ("这是全市场费率最低的债基。", "CN-FUND-MKT-038.relative", "warning", "费率最低"),
    ("顶流基金经理亲自管理。", "CN-FUND-MKT-038.relative", "warning", "顶流"),
    ("买它！闭眼入！", "CN-FUND-MKT-039", "error", "闭眼入"),
    # the second blind round's forms, worded otherwise
    ("这只债基的违约风险接近零。", "CN-FUND-MKT-039", "error", "风险接近零"),
    ("坚持定投三年，亏损的可能是零。", "CN-FUND-MKT-039", "error", "亏损的可能是零"),
    ("身边买这只的朋友就没亏过。", "CN-FUND-MKT-041.profit", "error", "就没亏过"),
    ("每季度肯定有分红。", "CN-FUND-MKT-041.profit", "error", "肯定有分红"),
    ("拿到2030年资金翻一倍不成问题。", "CN-FUND-MKT-041.profit", "error", "翻一倍不成问题"),
    ("长期持有，年均收益6%左右。", "CN-FUND-MKT-006.horizon", "error", "6%"),
    ("比存五年定期强多了。", "CN-FUND-MKT-023.deposit", "warning", "定期"),
    ("躺着就能攒够养老钱。", "CN-FUND-MKT-033.slogan", "warning", "攒够"),
    ("他是业内最懂消费的基金经理。", "CN-FUND-MKT-038.relative", "warning", "最懂"),
    ("问卷第5题直接勾最高那个。", "CN-FUND-MKT-042.process", "error", "勾"),
    # a since-inception figure and no year of the fund's: a chosen period
    ("本基金自2021年3月成立以来，A类份额累计净值增长率为18.40%，同期业绩比较基准收益率为9.25%（数据来源：本基金2025年年度报告）。",
     "CN-FUND-MKT-014.years", "warning", "18.40%"),
    # what-ifs that reach a result: simulated data
    ("假设你2019年初开始每月定投2000元，到现在账户已经赚了40%。", "CN-FUND-MKT-018", "error", "40%"),
    ("我們回測了過去十年，這個策略每年平均報酬9.5%。", "CN-FUND-MKT-018", "error", "9.5%"),
    ("要是三年前每个月投1000块进这只基金，现在已经变成5万多了。", "CN-FUND-MKT-018", "error", "5万"),
    ("如果你在2018年1月1日那天开始每个月坚持定投1000元，到2024年底账户收益率为35%。",
     "CN-FUND-MKT-018", "error", "35%"),
    ("假如五年前你在这只基金上每月坚持投入2000元，现在已经翻倍了。", "CN-FUND-MKT-018", "error", "翻倍"),
]
# fmt: on


def _loud(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return loud(review(text))


test_what_a_compliant_piece_says_raises_nothing = clean_line_test(CLEAN_LINES)
test_a_compliant_piece_in_another_genre_is_clean = clean_piece_test(CLEAN_PIECES)


@pytest.mark.issue(22)
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("line", "rule", "severity", "words"), BREACHES, ids=[b[0][:14] for b in BREACHES])
def test_breach_form_is_found_by_its_rule(line: str, rule: str, severity: str, words: str, form: str) -> None:
    convert = FORMS[form]
    text = convert(HEAD + line + TAIL)
    mine = of_rule(review(text), rule, severity, sub_rules=True)
    assert mine, _loud(text)
    # the words, in the text as converted (着 → 著 round trips), overlap a span the finding quotes
    want = comparable(words)
    folded = _T2S.convert(text).translate(_TO_ASCII)
    start = folded.index(want)
    assert any(s.start < start + len(want) and start < s.end for f in mine for s in f.spans), [f.quotes for f in mine]
