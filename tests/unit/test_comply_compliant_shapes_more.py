"""Issue 22, compliant shapes not yet in test_comply_compliant_shapes: what a reviewer passes stays quiet.

Written afresh: multi-year tables with a benchmark column and the source under them; since-inception and
manager-tenure returns beside the yearly record; Q&A pieces (问：…答：…) whose questions are yes-no
(会不会亏钱, 能不能保证赚钱: asked, not said); a chat reply; a live-stream script that tells cautious investors
not to buy; fees by holding period and amount; dividend history; top-holdings tables; macro data (CPI, PMI,
policy-rate moves in basis points, exchange rates, flows) beside fund facts; a 定投 simulation with its
method, formula and source; qualified statements (仅供参考, 不构成投资建议, 不作为收益承诺); a holding
period told by the day it ends (满1年后方可赎回). Every case runs in both scripts and both widths. Breaches
in the same shapes show the readings still bite.
"""
from __future__ import annotations

import pytest

from tests.unit.test_comply_compliant_shapes import _loud
from tests.unit.test_comply_meaning import _S2T, _T2S, _TO_ASCII, FORMS, HEAD, TAIL, review

# fmt: off
CLEAN_LINES = [
    '本基金成立于2019年3月15日，自成立至2025年12月31日累计净值增长率为42.6%，同期业绩比较基准收益率为18.3%（数据来源：本基金2025年年度报告）。',
    '\n| 年份 | 本基金净值增长率 | 业绩比较基准收益率 |\n| 2021年 | 15.3% | 11.2% '
    '|\n| 2022年 | -18.6% | -20.1% |\n| 2023年 | -6.4% | -9.0% |'
    '\n| 2024年 | 9.7% | 8.1% |\n| 2025年 | 14.2% | 12.5% |\n数据来源'
    '：本基金2021-2025年年度报告，业绩经托管人复核。',
    '问：这只基金适合什么样的投资者？\n答：本基金风险等级为R4，适合风险承受能力C4及以上的投资者。',
    '问：买了会不会亏钱？\n答：会有可能。本基金不保本，净值会随市场波动，短期可能出现亏损。',
    '问：今年能赚多少？\n答：我们无法预测未来收益，基金的过往业绩也不代表未来表现。',
    '\n| 持有期限 | 赎回费率 |\n| 少于7天 | 1.50% |\n| 7天至1年 | 0.50% |\n| 1年至2年 | 0.25% |\n| 2年及以上 | 0 |',
    '持有期少于7日的赎回费率为1.5%，7日以上少于365日为0.5%，365日以上少于730日为0.25%，730日以上为0。',
    '\n| 权益登记日 | 每10份分红（元） |\n| 2023年6月15日 | 0.30 |\n| 2024年6月1'
    '7日 | 0.35 |\n| 2025年6月16日 | 0.40 |\n数据来源：本基金分红公告。历史分红不预示未'
    '来分红。',
    '\n| 序号 | 股票名称 | 占基金资产净值比例 |\n| 1 | 贵州茅台 | 9.12% |\n| 2 | 宁'
    '德时代 | 8.45% |\n| 3 | 招商银行 | 6.30% |\n| 4 | 美的集团 | 5.02% |'
    '\n| 5 | 紫金矿业 | 4.88% |\n数据来源：本基金2025年第三季度报告，截至2025年9月30日。',
    '11月CPI同比上涨0.5%，PPI同比下降2.1%，制造业PMI为50.3%，重回扩张区间（数据来源：国家统计局）。本基金当前股票仓位约75%。',
    '本周北向资金净流入120亿元，两市成交额连续三日突破1万亿元。本基金风险等级为R4。',
    '10月社会融资规模增量为1.4万亿元，M2同比增长7.5%，货币政策保持稳健。',
    '本材料仅供参考，不构成投资建议，所述观点不作为收益承诺。',
    '文中数据及观点仅供参考，不作为任何投资决策的依据。',
    '本基金的业绩比较基准不作为本基金的收益承诺。',
    '上述市场观点仅代表基金经理个人看法，不构成对未来市场走势的预测或收益保证。',
    '大家好，欢迎来到直播间。今天给大家介绍的是青松价值成长股票型基金，风险等级R4，适合C4及以上的投资者。',
    '直播间的朋友注意，基金投资有风险，我们不会承诺收益，也请大家根据自己的风险承受能力做决定。',
    '您好，这只基金风险等级是R4，您的测评结果是C3，不匹配，建议您看看风险等级更低的产品。',
    '收到，您的问题我记下了。这只基金近一年净值增长率为8.2%，同期业绩比较基准收益率为6.9%（数据来源：本基金2025年第四季度报告）。',
    '本基金成立以来年化收益率为7.8%，同期业绩比较基准年化收益率为4.2%（数据来源：本基金2025年年度报告，统计区间2016年4月8日至2025年12月31日）。',
    '12月美联储降息25个基点，美元指数回落至98附近，人民币汇率升值0.8%。',
    '1-11月全国规模以上工业企业利润同比增长3.2%（数据来源：国家统计局）。',
    '今年前三季度GDP同比增长5.1%，消费对经济增长的贡献率为60%。',
    '本基金历史最大回撤出现在2022年，为-22.3%，同期业绩比较基准最大回撤为-25.1%（数据来源：本基金定期报告）。',
    '定投收益测算仅为举例，假设条件变化将导致结果不同，实际收益以基金净值为准。',
    '问：这只基金会不会亏钱？\n答：有可能亏钱，本基金不保本。',
    '问：能不能保证赚钱？\n答：不能，基金投资有风险。',
    '12月美联储降息25个基点，市场风险偏好有所回升。',
    '央行下调存款准备金率0.5个百分点，释放长期资金约1万亿元。',
    '人民币兑美元汇率本月升值0.8%。',
    '本月美元指数下跌1.2%，人民币汇率小幅升值。',
    '1年期LPR下调10个基点至3.0%，5年期以上LPR维持3.5%不变。',
    '11月制造业PMI为50.3%，较上月上升0.2个百分点。',
    '11月CPI同比上涨0.5%，核心CPI同比上涨1.2%。',
    '今年以来偏股型基金净流入约800亿元，ETF规模突破4万亿元。',
    '十年期国债收益率本月下行12个基点至1.65%。',
    '多家机构预计2026年GDP增长4.8%左右，以上观点仅供参考，不构成投资建议。',
    '基金经理认为，当前A股估值处于历史较低水平，但短期波动难以预测，以上观点不作为收益承诺。',
    '问：这只基金稳不稳？\n答：不能这么说，本基金是股票型基金，净值波动较大。',
    '问：是不是保本的？\n答：不是，本基金不保本，可能损失本金。',
    '问：现在买能赚钱吗？\n答：没人能保证，市场涨跌无法预测。',
    '本基金A类份额成立以来（2018年5月8日至2025年12月31日）累计净值增长率为56.3%，同期业绩比较基'
    '准收益率为24.1%。本基金2021年至2025年净值增长率分别为15.3%、-18.6%、-6.4%、9.7'
    '%、14.2%，同期业绩比较基准收益率分别为11.2%、-20.1%、-9.0%、8.1%、12.5%（数据来'
    '源：本基金各年度报告）。',
    '基金经理李远自2020年6月1日起管理本基金，任职以来本基金净值增长率为35.2%，同期业绩比较基准收益率为1'
    '2.7%；本基金2021年至2025年净值增长率分别为15.3%、-18.6%、-6.4%、9.7%、14.2'
    '%，同期业绩比较基准收益率分别为11.2%、-20.1%、-9.0%、8.1%、12.5%（数据来源：本基金定'
    '期报告，截至2025年12月31日）。',
    '\n| 年度 | 本基金 | 业绩比较基准 |\n| 2021 | 15.3% | 11.2% |\n| 2022 '
    '| -18.6% | -20.1% |\n| 2023 | -6.4% | -9.0% |\n| 2024 | 9'
    '.7% | 8.1% |\n| 2025 | 14.2% | 12.5% |\n数据来源：本基金各年度报告。',
    '本基金2021年至2025年净值增长率依次为15.3%、-18.6%、-6.4%、9.7%、14.2%；同期基准依次为11.2%、-20.1%、-9.0%、8.1%、12.5%。\n数据来源：本基金年度报告。',
    '申购费率：100万元以下1.5%，100万元（含）至500万元1.0%，500万元以上每笔1000元。',
    '本基金设有最短持有期：每笔份额持有满1年后方可赎回，持有满1年后赎回不收取赎回费。',
    '本基金今年以来已分红2次，每10份累计派发0.50元；分红后基金净值相应下降，分红不代表收益承诺。',
    '前十大重仓股合计占基金资产净值比例为48.6%，行业主要分布在消费、医药和金融（数据来源：本基金2025年第三季度报告）。',
    '10月出口同比增长5.1%，进口同比下降1.2%，贸易顺差约900亿美元（数据来源：海关总署）。本基金主要投资于A股消费板块。',
    '11月新增人民币贷款5800亿元，社融存量同比增长8.7%（数据来源：中国人民银行）。',
    '本周两市融资余额增加120亿元，南向资金净买入85亿港元。',
    '测算说明：假设每月定投1000元，以沪深300指数2016年1月至2025年12月的历史数据模拟，复合年化收益'
    '率为4.1%（模拟方法：每月首个交易日按收盘价买入；计算公式：复合年化收益率=（期末资产/投入本金）^(1/年'
    '数)-1；数据来源：Wind）。模拟结果不代表本基金未来表现。',
    '上述内容仅供参考，不构成任何投资建议或收益承诺，投资者应自行判断。',
    '直播提示：本直播不构成投资建议，主播观点仅供参考，请以基金法律文件为准。',
    '本基金R4级，风险承受能力为C1、C2的投资者请勿购买。',
    '风险承受能力较低的投资者不适合购买本基金。',
    # the benchmark's figure right after its name (基准2.6%); a macro figure whose note gives the day it was
    # published; a week's index move dated by the piece; the first, partial year from the day the fund started
    '2023年净值增长率3.1%，业绩比较基准2.6%；2024年4.4%，基准3.9%；2025年2.2%，基准'
    '2.5%。本基金合同于2022年1月5日生效，2022年1月5日至12月31日净值增长率-4.3%，基准-5.'
    '0%（数据来源：本基金定期报告，截至2025年12月31日）。',
    '美国11月CPI同比2.9%，核心CPI同比3.1%（来源：美国劳工统计局，2025-12-10）。',
    '本周恒生指数下跌1.4%，恒生科技指数下跌2.2%，南向资金本周净买入95亿港元（来源：港交所，2025-12'
    '-15至2025-12-19）。以上为市场数据，不代表任何基金业绩。',
    '本基金合同于2023年8月10日生效。2023年8月10日至12月31日净值增长率为1.2%，同期业绩比较基准'
    '收益率为0.8%；2024年、2025年净值增长率分别为5.6%、4.1%，同期业绩比较基准收益率分别为4.9'
    '%、3.7%（数据来源：本基金定期报告）。',
    # the same said negated or as a risk
    '基金管理人不保证本金不会少，投资者可能损失本金。',
    '本基金不保本，放进去的钱可能会少，请注意风险。',
]

# whole pieces: a Q&A leaflet, a live-stream script with macro data, a chat, a leaflet of tables
CLEAN_PIECES = [
    '青松稳健增利债券型证券投资基金（A类：016201）常见问题\n基金管理人：青松基金管理有限公司。\n问：这只基金'
    '是什么类型？风险高不高？\n答：本基金是债券型基金，风险等级为R2（中低风险），适合风险承受能力为C2及以上的投'
    '资者。\n问：买了会不会亏钱？\n答：有可能。本基金不保本，债券价格下跌或发生违约时，基金净值可能下跌，短期持有可'
    '能出现亏损。\n问：过去表现怎么样？\n答：本基金2021年至2025年净值增长率分别为3.8%、1.2%、2.9'
    '%、4.6%、2.7%，同期业绩比较基准收益率分别为3.1%、0.8%、2.5%、4.0%、2.2%（数据来源'
    '：本基金各年度报告）。\n问：今年能赚多少？\n答：我们无法预测未来收益，以上业绩不作为收益承诺。\n问：赎回要收费'
    '吗？\n答：持有少于7日赎回费率为1.5%，7日以上少于30日为0.1%，30日以上为0。\n风险提示：基金管理人'
    '不保证基金一定盈利，也不保证最低收益。基金的过往业绩并不预示其未来表现，基金管理人管理的其他基金的业绩并不构成'
    '基金业绩表现的保证。投资有风险，投资需谨慎。',
    '（直播脚本）主播：各位晚上好，欢迎来到青松基金直播间。今天聊聊青松价值成长股票型基金，代码012346，风险等'
    '级R4，适合C4及以上的投资者，风险承受能力较低的朋友请不要购买。\n主播：先看宏观。11月制造业PMI为50.'
    '3%，CPI同比上涨0.5%；12月美联储降息25个基点，北向资金本月净流入约300亿元（数据来源：国家统计局'
    '、Wind）。这些只是背景，不代表市场一定会怎么走。\n主播：再看产品。本基金2021年至2025年净值增长率分'
    '别为15.3%、-18.6%、-6.4%、9.7%、14.2%，同期业绩比较基准收益率分别为11.2%、-20'
    '.1%、-9.0%、8.1%、12.5%（数据来源：本基金各年度报告）。\n观众提问：现在买会不会亏？\n主播：会'
    '有可能亏，股票基金波动大，我们不承诺收益，也不预测涨跌。仅供参考，不构成投资建议。\n主播：最后提醒：基金管理人'
    '不保证基金一定盈利，也不保证最低收益。基金的过往业绩并不预示其未来表现，基金管理人管理的其他基金的业绩并不构成'
    '基金业绩表现的保证。投资有风险，投资需谨慎。',
    '客户：你好，青松价值成长这只基金最近怎么样？能不能保证赚钱？\n客服：您好，这只是青松价值成长股票型基金（012'
    '346），风险等级R4，适合C4及以上投资者，不能保证赚钱，也可能亏损。\n客服：它2021年至2025年的净值'
    '增长率分别为15.3%、-18.6%、-6.4%、9.7%、14.2%，同期业绩比较基准收益率分别为11.2%'
    '、-20.1%、-9.0%、8.1%、12.5%（来源：基金年度报告）。\n客服：以上信息仅供参考，不构成投资建'
    '议。基金管理人：青松基金管理有限公司，不保证基金一定盈利，也不保证最低收益。基金的过往业绩并不预示其未来表现，'
    '基金管理人管理的其他基金的业绩并不构成基金业绩表现的保证。投资有风险，投资需谨慎。',
    '青松红利优选混合型证券投资基金（A类：016900）\n基金管理人：青松基金管理有限公司。本基金风险等级为R3，'
    '适合风险承受能力为C3及以上的投资者。\n一、历年分红\n| 权益登记日 | 每10份派现（元） |\n| 2023'
    '年6月15日 | 0.30 |\n| 2024年6月17日 | 0.35 |\n| 2025年6月16日 | 0.'
    '40 |\n数据来源：本基金分红公告。历史分红不预示未来分红。\n二、前五大重仓股（截至2025年9月30日）\n|'
    ' 序号 | 股票名称 | 占基金资产净值比例 |\n| 1 | 招商银行 | 6.30% |\n| 2 | 长江电'
    '力 | 5.92% |\n| 3 | 中国神华 | 5.10% |\n| 4 | 美的集团 | 4.88% |\n|'
    ' 5 | 格力电器 | 4.21% |\n数据来源：本基金2025年第三季度报告。\n三、历年业绩\n| 年度 | '
    '净值增长率 | 业绩比较基准收益率 |\n| 2021 | 12.4% | 9.8% |\n| 2022 | -8'
    '.3% | -10.6% |\n| 2023 | 1.9% | -1.2% |\n| 2024 | 10.5% |'
    ' 8.9% |\n| 2025 | 7.6% | 6.3% |\n数据来源：本基金各年度报告，已经托管人复核。\n四'
    '、费率\n| 持有期限 | 赎回费率 |\n| 少于7天 | 1.50% |\n| 7天至1年 | 0.50% |\n'
    '| 1年至2年 | 0.25% |\n| 2年及以上 | 0 |\n风险提示：基金管理人不保证基金一定盈利，也不保'
    '证最低收益。基金的过往业绩并不预示其未来表现，基金管理人管理的其他基金的业绩并不构成基金业绩表现的保证。投资有'
    '风险，投资需谨慎。',
    # a Taiwan fund of funds whose only statements are Taiwan's 警語 (惟不表示絕無風險; 以往之經理績效不保證…)
    '青松全球平衡組合基金（本基金為組合型基金）\n基金經理公司：青松證券投資信託股份有限公司。本基金風險報酬等級RR'
    '3，適合風險承受能力為C3及以上之投資人。\n最近五個完整會計年度報酬率（新台幣計、含息）：\n2021年 7.2'
    '%（指標 6.8%）\n2022年 -11.4%（指標 -12.9%）\n2023年 9.1%（指標 10.3%）'
    '\n2024年 8.0%（指標 7.4%）\n2025年 4.6%（指標 5.2%）\n資料來源：理柏資訊，資料期間'
    '至2025/12/31。\n定期定額每月新台幣3,000元起，網路申購手續費1折。\n【警語】本基金經金管會核准，'
    '惟不表示絕無風險。基金經理公司以往之經理績效不保證基金之最低投資收益；基金經理公司除盡善良管理人之注意義務外，'
    '不負責本基金之盈虧，亦不保證最低之收益，投資人申購前應詳閱公開說明書。',
]

# (line, rule id, severity, words a finding of that rule quotes): the same shapes said as breaches
BREACHES = [
    # asserted, not asked
    ('放心，这只基金不会亏钱。', 'CN-FUND-MKT-041.profit', 'error', '不会亏钱'),
    ('问：会不会亏？\n答：放心，不会亏钱的。', 'CN-FUND-MKT-041.profit', 'error', '不会亏钱'),
    # a rate move in one clause does not hide the fund's own figure in the next
    ('12月美联储降息25个基点，本基金今年以来上涨了12%。', 'CN-FUND-MKT-017.fund', 'error', '12%'),
    # the forbidding word is another clause's: the cautious investors are still offered the fund
    ('本基金也适合保守型投资者，不要错过。', 'CN-FUND-MKT-042', 'error', '保守型'),
    # a holding period with no word of when it can be redeemed
    ('本基金设有最短持有期，每笔份额需持有满一年。', 'CN-FUND-MKT-048', 'error', '最短持有期'),
    # a fund younger than six months shows its record from the day it started: no later year, still short
    ('本基金合同于2025年10月8日生效，2025年10月8日至12月31日净值增长率为3.2%，同期业绩比较基准收益率为2.5%（数据来源：本基金'
     '2025年年度报告）。', 'CN-FUND-MKT-012.fund', 'error', '3.2%'),
    # the money put in said never to shrink, in other words than the blind piece's
    ('您这笔本钱少不了，放心买。', 'CN-FUND-MKT-005', 'error', '本钱少不了'),
    ('放心，钱放进去不会少的。', 'CN-FUND-MKT-005', 'error', '不会少'),
    # a benchmark's weights are no benchmark figure (业绩比较基准：…×80%): the fund's figures still lack one
    ('本基金2025年净值增长率为6.1%（数据来源：本基金2025年年度报告）。业绩比较基准：沪深300指数收益率×80%+中债总指数收益率×20%。',
     'CN-FUND-MKT-013', 'error', '6.1%'),
]
# fmt: on


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
@pytest.mark.parametrize(("line", "rule", "severity", "words"), BREACHES, ids=[b[0][:14] for b in BREACHES])
def test_the_same_shape_as_a_breach_is_found(line: str, rule: str, severity: str, words: str, form: str) -> None:
    findings = review(FORMS[form](HEAD + line + TAIL))
    mine = [f for f in findings if f.rule_id == rule and f.severity.value == severity]
    want = _T2S.convert(_S2T.convert(words)).translate(_TO_ASCII)
    quotes = [_T2S.convert(_S2T.convert(_T2S.convert(q).translate(_TO_ASCII))) for f in mine for q in f.quotes]
    assert any(want in q for q in quotes), [(f.rule_id, f.severity.value, f.quotes) for f in findings]


@pytest.mark.issue(22)
@pytest.mark.parametrize("form", FORMS)
def test_a_list_goes_on_outside_the_benchmark_aside(form: str) -> None:
    """2022年-7.2%（基准-6.1%）、2023年-1.5%: the year after the aside continues the fund's list, not the
    benchmark's in brackets; and a benchmark's own figure (业绩比较基准-6.1%) is no benchmark formula."""
    from analyzer.pipeline import analyze

    text = FORMS[form]("青松稳进养老目标一年持有期混合型FOF\n各年度净值增长率：2022年-7.2%（业绩比较基准-6.1%）、"
                       "2023年-1.5%（基准-2.4%）、2024年5.3%（基准4.6%）。数据来源：本基金定期报告。")
    metrics = {c.text: c.metric for c in analyze(text.encode("utf-8"), name="p.txt").claims if c.unit == "%"}
    assert [metrics[v] for v in ("-7.2%", "-1.5%", "5.3%")] == ["fund_return"] * 3
    assert [metrics[v] for v in ("-6.1%", "-2.4%", "4.6%")] == ["benchmark_return"] * 3
