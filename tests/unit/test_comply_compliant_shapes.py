"""Issue 22, priority one: what a compliant fund piece says raises no error and no warning.

Written afresh for each shape a compliant piece holds (not the blind set's wording): performance with
its source in a footnote marker (①, 注1, *, ※, [1]) or a note under a table, benchmark figures for
the same period, limits of tracking error, drawdown and volatility, fee rates and discounts (申购费1折),
allocation and glide-path weights, top holdings, NAV per share, dividends, manager tenure with yearly
figures, negated promises (不保证, 并非, 不代表), a disclosed simulation, deposit rates as facts, index
facts (PE分位), market commentary with index moves, and Hong Kong / Taiwan wording of these. Each line
is put in a piece that has every required statement; each whole piece stands alone. Every case runs in
Simplified and Traditional script and in both punctuation widths. A few breaches beside them show the
same rules still bite when the words mean a breach.
"""

from __future__ import annotations

import pytest

from analyzer.types import Severity
from tests.unit.test_comply_meaning import _S2T, _T2S, _TO_ASCII, FORMS, HEAD, TAIL, review

# fmt: off
CLEAN_LINES = [
    # performance sourced by a footnote marker or a note under a table, the benchmark beside it; limits of
    # risk; fees and discounts; weights; holdings; NAV; dividends; negations; deposit rates; index facts;
    # market moves
    '本基金A类份额2024年净值增长率为6.85%①，同期业绩比较基准收益率为5.12%①。\n①数据来源：本基金2024年年度报告。',
    '本基金2023年、2024年净值增长率分别为-2.40%、5.31%（注1），同期业绩比较基准收益率分别为-3.05%、4.20%（注1）。'
    '\n注1：数据来源于本基金年度报告，经托管行复核。',
    '本基金C类份额2025年净值增长率为4.72%*，同期业绩比较基准收益率为3.90%*。\n*数据来源：本基金2025年年度报告。',
    '本基金2025年净值增长率7.4%[1]，同期业绩比较基准收益率6.1%[1]。\n[1] 资料来源：本基金2025年年度报告。',
    '\n| 年度 | 净值增长率 | 业绩比较基准收益率 |\n| 2023 | -1.20% | -2.35'
    '% |\n| 2024 | 4.88% | 3.70% |\n| 2025 | 6.02% | 5.44%'
    ' |\n注：数据来源于本基金各年度报告，已经托管人复核。',
    '2025年本基金A类净值增长率为3.15%，同期业绩比较基准收益率为2.86%（数据来源：本基金2025年年度报告）。',
    '本基金严格控制组合回撤，目标将年度最大回撤控制在3%以内。',
    '本基金年化波动率力争控制在6%以下。',
    '本基金跟踪误差目标为年化不超过2%。',
    '通过本平台申购，申购费1折优惠，即申购费率由1.50%降至0.15%。',
    '本基金C类份额不收取申购费，销售服务费年费率为0.40%。',
    '持有期满7日以上赎回费率为0%，不满7日为1.5%。',
    '本基金股票资产占基金资产的比例为60%-95%。',
    '当前股债配置比例为40:60。',
    '截至2025年9月30日，本基金第一大重仓股为贵州茅台，占基金资产净值比例为8.9%（数据来源：本基金2025年第三季度报告）。',
    '本基金前十大持仓集中度为52.3%（截至2025年6月30日，来源：本基金中期报告）。',
    '截至2025年12月31日，本基金A类份额净值为1.2345元，累计净值为1.4560元。',
    '本基金成立以来共分红6次，累计每10份派发红利2.35元（数据来源：本基金分红公告）。',
    '2025年6月，本基金每10份基金份额派发现金红利0.25元。',
    '基金经理具有10年投资经验，现管理4只基金，管理规模合计约86亿元。',
    '本基金并非保本产品，投资者可能损失本金。',
    '过往业绩不代表未来表现，本基金不保证未来收益。',
    '定投并不能保证盈利，也不能保证避免亏损。',
    '本基金不承诺任何收益，亦不对亏损作出补偿。',
    '当前一年期定期存款利率约为1.1%，投资者应根据自身情况选择合适的理财方式。',
    '本基金不同于银行存款，不保证本金安全。',
    '截至2025年12月31日，沪深300指数市盈率约为12.5倍，处于近十年40%分位。',
    '中证红利指数股息率约为5.6%（数据来源：中证指数有限公司，截至2025年12月31日）。',
    '上周沪深300指数上涨2.1%，创业板指下跌1.3%，市场情绪有所回暖。',
    '2025年以来，十年期国债收益率从1.6%下行至1.7%附近震荡。',
    '四季度A股整体震荡上行，上证指数全季上涨4.3%。',
    # the same shapes in Hong Kong and Taiwan wording (報酬率, 指標, 配息, 註1, ※, 資料來源)
    '本基金A類股份2024年報酬率為6.2%，同期指標報酬率為5.4%（資料來源：本基金2024年年報）。',
    '本基金月配息類股最近一次每單位配息0.045美元，配息可能涉及本金，配息率不代表報酬率。',
    '註1：基金淨值與報酬率資料來源為本公司，截至2024年12月31日。\n本基金2023年、2024年報酬率分別為-3.1%、8.6%註1'
    '，同期指標報酬率分別為-4.0%、7.9%註1。',
    '本基金2025年淨值增長率為4.33%※，同期業績比較基準收益率為3.71%※。\n※資料來源：本基金2025年年度報告。',
    '本基金年化追蹤誤差目標不超過3%，最大回撤控制目標為10%。',
    '經本平台申購，申購費享1折優惠，贖回費依基金合約規定收取。',
    '前十大持股合計佔基金淨資產52.1%（資料來源：本基金2025年第三季季報）。',
    '截至2025年12月31日，本基金每單位淨值為10.85元。',
    '本基金並非保本產品，過往績效不代表未來表現，亦不保證最低報酬。',
    '台灣一年期定存利率約為1.7%，本基金並非存款，投資人可能損失本金。',
    '恆生指數市盈率約為10倍，處於過去十年約30%分位。',
    '上週恆生指數上漲2.8%，科技股表現較佳。',
    '本季美國標普500指數上漲4.1%，市場對降息預期升溫。',
    '基金經理陳思自2020年1月起管理本基金，任職以來本基金年化回報為7.9%，同期業績比較基準年化收益率為5.1%。本基金2021年至2025年各年度淨值增長率分別為12.1%、-9.8%、3.2%、8.6%、10'
    '.4%，同期業績比較基準收益率分別為9.5%、-11.2%、2.1%、7.0%、8.9%（資料來源：本基金各年度報告）。',
    '如果您不確定本基金是否適合您，請先完成風險測評。',
    '基金经理同时管理的其他产品业绩可参见本公司官网，本公司不对其他基金的业绩作出保证。',
    '本基金不提供任何收益承诺，历史分红不代表未来分红。',
    '模拟测算（假设条件：每月定投1000元，2016年1月至2025年12月，标的为沪深300指数，不计申购费；数据来源：Wind；计'
    '算方法：复合年化收益率）显示年化收益约5.3%，该结果不代表本基金的实际业绩，也不预示未来表现。',
    '2025年本基金共实施3次收益分配，每10份累计分红0.60元（数据来源：本基金分红公告）。',
    '目前三年期国债票面利率为2.38%，一年期银行定期存款利率在1.1%左右（数据来源：财政部、中国人民银行官网）。',
    '截至2025年12月31日，中证全指股息率为2.9%，位于近十年70%分位，估值处于历史中位附近。',
    '今年以来，港股市场表现较好，恒生科技指数涨幅居前。',
    '本基金不是银行存款，也不会像存款一样保证本金。',
    '本基金的业绩比较基准为中证800指数收益率×70%+中债总指数收益率×30%。',
    '本基金的最大回撤为-18.5%（2022年1月1日至2022年12月31日，数据来源：本基金2022年年度报告）。',
    # a fund's objective, ratings and rankings with agency and date, fee cuts, sourced drawdown and
    # volatility, money-fund yields' caveats, market facts
    '本基金的投资目标是在严格控制风险的前提下，力争获得超越业绩比较基准的投资回报。',
    '本基金在控制回撤的基础上，力求实现资产的长期增值。',
    '本基金不保本，不承诺最低收益，投资者可能损失全部或部分本金。',
    '本基金所投资的债券可能发生违约，基金净值可能因此下跌。',
    '截至2025年12月31日，本基金近三年净值增长率在同类基金中排名第35/420（数据来源：银河证券基金研究中心，2025年12'
    '月31日）。',
    '本基金获评上海证券三年期五星评级（评级机构：上海证券，评级日期：2025年9月30日）。',
    '2024年本基金申购费率限时5折，具体以销售机构公告为准。',
    '通过直销柜台申购本基金，申购费率享受1折优惠。',
    '持有不满7天的份额收取1.5%的赎回费，全额计入基金财产。',
    '本基金管理费由1.2%降至0.6%，降费后投资者的持有成本有所下降。',
    '2022年本基金最大回撤为-12.4%，同期业绩比较基准最大回撤为-15.1%（数据来源：本基金2022年年度报告）。',
    '本基金2021年至2025年年化波动率为14.2%（数据来源：Wind，截至2025年12月31日）。',
    '本基金合同生效以来累计分红9次，均为现金分红，历史分红不预示未来分红。',
    '货币市场基金的7日年化收益率不代表其未来收益，也不等同于存款利率。',
    '近一年，上证指数在3000点至3500点之间震荡。',
    '市场最高点出现在2021年2月，此后指数回调幅度较大。',
    '十年期国债收益率一度跌破1.6%，创历史新低。',
    '本基金不是银行存款，投资者可能损失本金，过往业绩不代表未来表现。',
    '本基金适合追求长期资产增值、能承受一定波动的投资者。',
    '本基金采用量化选股模型，模型的历史表现不代表未来表现。',
    '基金经理在本公司任职8年，曾管理青松稳健收益债券型基金（2019年3月至2023年6月）。',
    '本基金定投功能已开通，最低100元起投。',
    '定投不能规避基金投资所固有的风险，不能保证投资人获得收益，也不是替代储蓄的等效理财方式。',
    '本基金以中证500指数为标的指数，采用完全复制法进行被动式投资。',
    '本基金的申购赎回清单每日在基金管理人网站公布。',
    '如需更多产品信息，请联系您的客户经理或拨打客服热线。',
    # spoken and chat wording (Cantonese too): a stock's move, refusals and negations, a dividend, a question
    # the seller declines, a fund's size, a sourced volatility
    '这只股票上周涨了10%，但我们不建议追高。',
    '呢隻基金2023年、2024年、2025年嘅淨值增長率分別係3.2%、5.1%、6.0%，同期業績比較基準收益率分別係2.9%、4.4%、5.'
    '6%（資料來源：基金年度報告）。',
    '佢唔保本，都有機會蝕錢，過往表現唔代表將來。',
    '你份問卷係C3，呢隻R3基金啱你，唔使重新做問卷。',
    '今年港股升咗唔少，但之後點行冇人知。',
    '恒指上個月升咗5%，市況波動，大家小心。',
    '我哋唔會送禮品，亦冇任何抽獎。',
    '本基金每10份派息0.5元，派息後基金淨值會相應下降。',
    '退休人士如果風險承受能力較低，唔建議買呢隻R4基金。',
    '本基金的投资目标是力争长期跑赢业绩比较基准，这不是收益承诺。',
    '如果您还有疑问，可以在评论区留言，我们会逐一回复。',
    '有人问这只基金明年能涨多少？我们回答不了，没人能预测。',
    '定投的意义在于分散买入成本，并不保证一定盈利。',
    '2025年四季度，本基金规模增长了20%，持有人户数增加约3000户。',
    '直播间不设抽奖，也没有任何返现活动。',
    '过去三年本基金的年化波动率为12.3%，高于同期业绩比较基准的10.1%（数据来源：Wind，截至2025年12月31日）。',
]

# whole compliant pieces: a money-market leaflet, a pension target-date FOF, a Taiwan monthly-dividend
# bond fund, a market-review article with a related index fund
CLEAN_PIECES = [
    '青溪货币市场基金（A类：023301）\n基金管理人：青溪基金管理有限公司。本基金风险等级为R1（低风险），适合风险承受能力为C1及以上的投资者。\n截至2025年12月31日，本基金A类份额7日年化收益率为1.'
    '48%，每万份基金已实现收益为0.3952元；2025年本基金A类净值收益率为1.62%，同期业绩比较基准收益率为0.35%（业绩比较基准为同期七天通知存款利率（税后），数据来源：本基金2025年年度报告）。当前'
    '一年期定期存款挂牌利率约为1.1%。\n申购、赎回均不收取费用，销售服务费年费率为0.25%。\n风险提示：购买货币市场基金并不等于将资金作为存款存放在银行或者存款类金融机构，基金管理人不保证基金一定盈利，也不保'
    '证最低收益。7日年化收益率不代表本基金未来收益。基金的过往业绩并不预示其未来表现，基金管理人管理的其他基金的'
    '业绩并不构成基金业绩表现的保证。投资有风险，投资需谨慎。',
    '青溪养老目标日期2045三年持有期混合型发起式基金中基金（FOF）（A类：023450）\n基金管理人：青溪基金管理有限公司。本基金风险等级为R3（中风险），适合风险承受能力为C3及以上的投资者。\n下滑曲线：当'
    '前权益类资产配置比例中枢为65%，此后每年下调约2个百分点，到2045年目标日期时降至30%左右。\n基金经理周望自2021年1月起管理本基金。本基金A类份额2021年至2025年净值增长率分别为3.2%、-12'
    '.6%、-2.1%、6.4%、9.8%①，同期业绩比较基准收益率分别为2.5%、-14.0%、-3.3%、5.6%、8.1%①；任职以来累计净值增长率为3.1%①。\n①数据来源：本基金各年度报告，截至2025年'
    '12月31日。\n风险提示：本基金名称中的“养老”不代表收益保障或其他任何形式的收益承诺，本基金不保本，可能发生亏损。每笔份额最短持有期为三年，持有期内不能赎回。基金的过往业绩并不预示其未来表现，基金管理人管理的'
    '其他基金的业绩并不构成基金业绩表现的保证。基金管理人不保证基金一定盈利，也不保证最低收益。投资有风险，投资需'
    '谨慎。',
    '青溪全球投資級債券基金（月配息級別，基金代碼：023888）\n基金管理人：青溪基金管理有限公司。本基金風險等級為R2，適合風險承受能力為C2及以上的投資人。\n本基金月配息級別最近一次每單位配息0.042元，年'
    '化配息率約5.0%註1；配息來源可能為本金，配息率不代表報酬率。\n本基金2023年、2024年、2025年報酬率分別為4.1%、3.6%、2.9%註2，同期指標報酬率分別為3.8%、3.1%、2.6%註2。\n'
    '註1：年化配息率＝每單位配息金額÷除息日淨值×12，資料來源：本公司，截至2025年12月31日。\n註2：資料來源：本基金年度報告。\n一年期定存利率約1.7%，本基金並非存款，不受存款保險保障。本基金投資海外'
    '市場，可能面臨匯率風險、境外市場風險。\n風險提示：基金經理公司不保證基金一定盈利，也不保證最低收益。基金的過往業績並不預示其未來表現，基金管理人管理的其他基金的業績並不構成基金業績表現的保證。投資有風險，投資需'
    '謹慎。',
    '【月度观察】十二月市场回顾\n12月沪深300指数上涨1.8%，中证1000指数下跌0.6%，成交额较上月有所萎缩。截至月末，沪深300市盈率约12.8倍，处于近十年45%分位。十年期国债收益率月内下行至1.68'
    '%。\n相关产品：青溪沪深300指数增强型证券投资基金（A类：023500），基金管理人：青溪基金管理有限公司，风险等级R4，适合C4及以上投资者。本基金2021年至2025年净值增长率分别为-3.9%、-19.'
    '2%、-8.1%、17.4%、21.3%，同期业绩比较基准收益率分别为-4.9%、-20.8%、-10.4%、15.3%、18.9%（数据来源：本基金各年度报告）。本基金年化跟踪误差控制目标不超过7.75%。\n'
    '风险提示：指数历史表现不预示未来表现，也不代表本基金业绩表现。基金的过往业绩并不预示其未来表现，基金管理人管理的其他基金的业绩并不构成基金业绩表现的保证。基金管理人不保证基金一定盈利，也不保证最低收益。投资有风险'
    '，投资需谨慎。',
    # a Taiwan leaflet with Taiwan's own statements (RR4, 基金經理公司, 警語: 不負責本基金之盈虧，亦不保證最低之收益)
    '青溪台灣高股息基金（基金代碼：023901）\n基金經理公司：青溪證券投資信託股份有限公司。本基金風險報酬等級為RR4'
    '，適合風險承受能力為C4及以上之投資人。\n本基金2023年、2024年、2025年報酬率分別為18.2%、12.5%、-3.4%，同期績'
    '效指標報酬率分別為16.9%、11.8%、-4.1%（資料來源：本公司，截至2025年12月31日）。\n定期定額每月3,000元起扣，經'
    '本公司網站申購手續費享3折優惠。本基金月配息，配息可能涉及本金之返還。\n【警語】本基金經金管會核准，惟不表示'
    '絕無風險。基金經理公司以往之經理績效不保證基金之最低投資收益；基金經理公司除盡善良管理人之注意義務外，不負責'
    '本基金之盈虧，亦不保證最低之收益，投資人申購前應詳閱基金公開說明書。基金的過往業績並不預示其未來表現。投資有'
    '風險，投資需謹慎。',
    # an ETF leaflet with its index's sourced long-run return and both disclaimers; a spoken money-fund script
    # (不等于把钱存银行; someone's question about 余额宝 declined); a chat matching C3 to R3
    '松岩中证红利ETF（场内代码：563900）产品简介\n基金管理人：松岩基金管理有限公司。本基金风险等级为R4（中高风险'
    '），适合风险承受能力为C4及以上的投资者。\n标的指数：中证红利指数。截至2025年12月31日，指数股息率约为5.1%，近'
    '十年年化收益率为6.8%（数据来源：中证指数有限公司，2016年1月1日至2025年12月31日）。\n本基金2024年、2025年净值'
    '增长率分别为13.2%、7.9%，同期业绩比较基准收益率分别为12.6%、7.1%（数据来源：本基金年度报告）。本基金成立于20'
    '23年12月。\n本基金力争日均跟踪偏离度的绝对值不超过0.2%，年化跟踪误差不超过2%。管理费率0.15%/年，托管费率0.05'
    '%/年。\n风险提示：指数历史业绩不预示未来表现，也不代表本基金业绩表现。ETF二级市场交易价格可能偏离基金份额净'
    '值，盘中涨跌不代表基金净值表现。基金的过往业绩并不预示其未来表现，基金管理人管理的其他基金的业绩并不构成基金'
    '业绩表现的保证。基金管理人不保证基金一定盈利，也不保证最低收益。投资有风险，投资需谨慎。',
    '（直播口播稿）大家好，今天说说松岩现金宝货币A，代码023600。先说清楚：它是货币市场基金，风险等级R1，适合C1及'
    '以上投资者；买货币基金不等于把钱存银行，不保本，基金管理人不保证基金一定盈利，也不保证最低收益。\n截至2025年'
    '12月31日，它的7日年化收益率是1.45%，2025年全年净值收益率1.58%，同期业绩比较基准收益率0.35%（数据来源：本基金'
    '2025年年度报告）。这个收益会随市场利率变化，过去一年已经降了不少，以后也可能继续降。\n有人问跟余额宝比怎么样'
    '？两者都是货币基金，收益每天都在变，我们不做比较，大家按自己的需要选。\n基金的过往业绩并不预示其未来表现，基'
    '金管理人管理的其他基金的业绩并不构成基金业绩表现的保证。投资有风险，投资需谨慎。',
    '您好，您的风险测评结果是C3（平衡型），这只松岩平衡混合（A类：023700）风险等级R3，正好匹配。\n它2021年至2025'
    '年的净值增长率分别为8.1%、-12.3%、-4.2%、6.5%、11.0%，同期业绩比较基准收益率分别为6.0%、-13.8%、-5.1%、5.2%'
    '、9.4%（来源：基金年度报告）。\n它的股票仓位一般在50%到70%之间，净值波动会比债基大，短期可能亏损。您要是打算'
    '用养老的钱，建议先跟家人商量，别把短期要用的钱放进来。\n基金的过往业绩并不预示其未来表现，基金管理人管理的其'
    '他基金的业绩并不构成基金业绩表现的保证。基金管理人：松岩基金管理有限公司，不保证基金一定盈利，也不保证最低收'
    '益。投资有风险，投资需谨慎。',
]
# the other side of each new reading, said so: two-sided exchange rates, a risk ahead, a clock time, a fee
# discount
CLEAN_OTHER_SIDE = [
    '很多退休人士不适合买R4基金，请先做风险测评。',
    '不少老年朋友问我能不能买，我的建议是先看风险测评结果。',
    '本基金不是保本产品，也没有保底收益。',
    '去年它的净值增长率为12%，同期业绩比较基准收益率为9%（数据来源：本基金2025年年度报告）。',
    '这只R4基金不适合退休老人，请按风险测评结果购买。',
    '它过去两年的净值增长率分别为3.1%、4.2%，同期业绩比较基准收益率分别为2.8%、3.9%（数据来源：本基金年度报告）。',
    '本基金近三年最大回撤为-6.2%（2023年1月1日至2025年12月31日，数据来源：本基金定期报告）。',
    '本基金力争将最大回撤控制在5%以内，但不保证实现。',
    '以申购金额1万元为例，申购费率0.15%，申购费用就是15元。',
    '系统将于下周升级，届时暂停申购。',
    '长期来看，权益市场有涨有跌，投资者应理性看待短期波动。',
    '本金可能亏损，投资需谨慎。',
    '有人问养老钱买这只合不合适？我的回答是不合适，R4基金不适合养老钱。',
    '退休金放这里适不适合？要看您的风险承受能力，请先完成风险测评。',
    '人民币贬值时以人民币计的收益会更高，升值时则会减少，汇率风险需要关注。',
    '未来一段时间市场依然会有波动风险。',
    '今天下午三点半，基金经理将在线解答问题。',
    '申购费率优惠以各销售机构公告为准。',
]

# (line, rule id or its prefix, severity, words a finding of that rule quotes): the dev pieces' misses,
# in other words — the past said to repeat ahead, the exchange rate told as a gain only, a spoken rate
# (四点几), a 定投 told from a past start to its result, one year picked out of the record, a fee refund
BREACHES = [
    # suitability by others' example (好多退休人士都用…)
    ('身边很多退休老人都拿养老钱买这只。', 'CN-FUND-MKT-042.herd', 'warning', '退休老人'),
    ('好多退休人士都用佢嚟放退休金。', 'CN-FUND-MKT-042.herd', 'warning', '退休人士'),
    # fresh wordings of the issue's forms: a permission in slang (没啥问题), the time before the fund (去年它…),
    # watching others earn, free money, a forecast said after its figure
    ('这只R5基金，退休老人买也没啥问题。', 'CN-FUND-MKT-042', 'error', '退休老人'),
    ('去年它赚了12%。', 'CN-FUND-MKT-017.unread', 'error', '12%'),
    ('现在不上车，以后只能看着别人赚钱。', 'CN-FUND-MKT-034', 'error', '看着别人赚'),
    ('买它等于白捡钱。', 'CN-FUND-MKT-041.profit', 'error', '白捡钱'),
    ('年化8%是保守估计。', 'CN-FUND-MKT-006.forecast', 'error', '8%是保守估计'),
    # the third blind round's misses in other words: a gift with its sum, the principal said safe, the fund
    # pointed at (它, 这只, 呢隻), a past drawdown, what the investor will have, a 定投 on past data, a ranking
    # in words, a market's long run, another fund named earlier in the sentence, 實賺
    ('前20名下单的抽5个人送2000元超市卡。', 'CN-FUND-MKT-009.gift', 'error', '送2000元超市卡'),
    ('放心，本金没问题的。', 'CN-FUND-MKT-005', 'error', '本金没问题'),
    ('它过去两年每年都有6%上下的回报。', 'CN-FUND-MKT-017.unread', 'error', '6%'),
    ('这只近三年最大回撤控制在1.2%以内，稳得很。', 'CN-FUND-MKT-017.risk', 'warning', '1.2%'),
    ('每月投2000元，20年后就有约120万元。', 'CN-FUND-MKT-006.horizon', 'error', '120万'),
    ('5万块放进来，一年就是一千多块。', 'CN-FUND-MKT-006.horizon', 'error', '一千多块'),
    ('按过去8年的沪深300来算，每月定投1000元，账户已经翻倍。', 'CN-FUND-MKT-018', 'error', '来算'),
    ('基金经理是全市场医药主题业绩第一。', 'CN-FUND-MKT-024.ranking', 'error', '业绩第一'),
    ('A股中长期向上，现在就是底部。', 'CN-FUND-MKT-006.market-forecast', 'warning', '中长期向上'),
    ('这只上个月涨了9%，赶紧看看。', 'CN-FUND-MKT-017.fund', 'error', '9%'),
    ('他管理的松涛消费，2021年一年收益65%。', 'CN-FUND-MKT-017.fund', 'error', '65%'),
    ('呢隻揸一年實賺。', 'CN-FUND-MKT-041.profit', 'error', '實賺'),
    # a yes-no question answered in the next sentence (适不适合？很适合)
    ('有人问养老钱买这只合不合适？我的回答是很合适。', 'CN-FUND-MKT-042', 'error', '养老钱'),
    ('退休金放這裡適不適合？我覺得很適合啊。', 'CN-FUND-MKT-042', 'error', '退休金'),
    ('过去五年这只基金年年跑赢大盘，接下来五年也一样。', 'CN-FUND-MKT-006.repeat', 'warning', '接下来五年也一样'),
    ('纳指这十年翻了三倍，未来也不例外。', 'CN-FUND-MKT-006.repeat', 'warning', '未来也不例外'),
    ('要是美元走强，你的收益还能多赚一截。', 'CN-FUND-MKT-047.one-sided', 'warning', '美元走强'),
    ('港币一贬值，折成人民币的回报反而更高。', 'CN-FUND-MKT-047.one-sided', 'warning', '反而更高'),
    ('这只债基一年拿个四点几应该没啥问题。', 'CN-FUND-MKT-006.horizon', 'error', '四点几'),
    ('2020年起每月定投2000元的客户，现在账户已经赚了三成多。', 'CN-FUND-MKT-018', 'error', '每月定投'),
    ('本基金成立以来累计净值增长率为88.2%，同期业绩比较基准收益率为30.1%（数据来源：本基金定期报告，'
     '截至2025年12月31日）。其中2021年一年就上涨了45.3%。', 'CN-FUND-MKT-014', 'warning', '45.3%'),
    ('本周五前申购，认购费全额返还。', 'CN-FUND-MKT-009.gift', 'error', '认购费全额返还'),
]
# fmt: on


def _loud(text: str) -> list[tuple[str, str, tuple[str, ...]]]:
    return [(f.rule_id, f.severity.value, f.quotes) for f in review(text) if f.severity is not Severity.INFO]


@pytest.mark.issue(22)
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("line", CLEAN_LINES, ids=[c[:14] for c in CLEAN_LINES])
def test_a_compliant_line_raises_no_error_or_warning(line: str, form: str) -> None:
    assert _loud(FORMS[form](HEAD + line + TAIL)) == []


@pytest.mark.issue(22)
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("piece", CLEAN_PIECES, ids=[p[:10] for p in CLEAN_PIECES])
def test_a_compliant_piece_raises_no_error_or_warning(piece: str, form: str) -> None:
    assert _loud(FORMS[form](piece)) == []


@pytest.mark.issue(22)
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize("line", CLEAN_OTHER_SIDE, ids=[c[:14] for c in CLEAN_OTHER_SIDE])
def test_the_other_side_said_raises_nothing(line: str, form: str) -> None:
    assert _loud(FORMS[form](HEAD + line + TAIL)) == []


@pytest.mark.issue(22)
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("line", "rule", "severity", "words"), BREACHES, ids=[b[0][:14] for b in BREACHES])
def test_a_breach_beside_them_is_found(line: str, rule: str, severity: str, words: str, form: str) -> None:
    findings = review(FORMS[form](HEAD + line + TAIL))
    mine = [f for f in findings
            if (f.rule_id == rule or f.rule_id.startswith(rule + ".")) and f.severity.value == severity]
    # compared through a round trip of the script (着 → 著 → 著 is no change back) and one width
    want = _T2S.convert(_S2T.convert(words)).translate(_TO_ASCII)
    quotes = [_T2S.convert(_S2T.convert(_T2S.convert(q).translate(_TO_ASCII))) for f in mine for q in f.quotes]
    assert any(want in q for q in quotes), [(f.rule_id, f.severity.value, f.quotes) for f in findings]
