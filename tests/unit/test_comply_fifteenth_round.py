"""Issue 22, fifteenth round: whose claim it is — the fund's, or a company's, a market's, an index's or a deposit's.

- 高回报 / 低风险 / 有保障 said of a company, what a company earns with, a market or a deposit (``company``,
  ``company_trait``, ``business_stat``, ``market_subject``, ``deposit``) in the claim's clause, or carried as the
  last subject of its sentence, is theirs (033, 054, 005: ``unless_said_of``); a fund named in the clause, a
  likeness, a comparison before the other thing (比存银行更安全) or a company only picked (精选优质公司，获取高回报)
  keeps it the fund's;
- a stock's swing (股价的波动…有时一周就能达到15%) is the stock's, no forecast of the fund (006.forecast);
- one market set against another with no fund in the sentence (欧洲股市跑赢日本股市) is commentary (023), unless
  the first is the index a piece's ETF is named after;
- two indices' figures side by side with no fund word to the sentence's end and neither set above the other, or an
  index beside two sectors' or more, are a market review, not an index's record (017.index, 012.index);
- a deposit's own terms (定期存款保本保息) are the deposit's (041.profit, 005);
- the largest fall (指数最大下跌接近25%) is a drawdown, like 最大跌幅, not a superlative (038.relative).

Every case runs in both scripts and both punctuation widths.
"""

from __future__ import annotations

from tests.unit.comply_lines import breach_test, clean_line_test, clean_piece_test

# fmt: off
CLEAN_LINES = [
    # a deposit's own principal, the deposit named in the clause or carried from before it in the sentence
    '不少长辈把积蓄放在银行，本金有保障，只是利息一年比一年少。',
    '大额存单受存款保险保护，本金有保障；基金则不同，净值会上下波动。',
    '定存的本金安全，可惜利率只剩一点多，本基金不保本，也可能亏损。',
    '定期存款保本保息，只是如今一年期利率还不到1.5%。',
    # a company's high return or low risk, what it earns with
    '那些行业龙头具备持续高回报的能力，但股价短期也会大起大落。',
    '好企业的留存收益能以高回报率继续投入，这需要时间来验证。',
    '护城河深的生意，经营上是低风险的，但买入价格同样重要。',
    '这类公司资本回报率高，属于低风险、高回报的生意。',
    '净资产收益率高于债券票息，留存收益高回报再投资，这是我们看重的两点。',
    # a stock's swing
    '个股的股价波动很剧烈，有时一周之内就能达到15%，我们更看重企业价值。',
    # one market set against another
    '过去二十年，印度股市明显跑赢欧洲股市，我们认为原因在于人口结构。',
    '本季度新材料板块跑赢沪深300指数，但分化较大。',
    # an index's largest fall is a drawdown, no superlative of the product
    '年初板块表现不佳，该主题指数最大下跌接近25%，随后才企稳。',
    # two indices reviewed side by side
    '2025年全年，恒生指数上涨14.2%，恒生中国企业指数上涨12.6%，港股整体回暖。',
    '2024年全年，沪深300指数上涨14.7%，中证500指数上涨5.4%；债市延续走强。',
    # an index beside sectors' moves
    '2023年全年，上证指数下跌3.7%，通信（25.8%）、传媒（16.8%）、电子（7.3%）涨幅靠前。',
]

CLEAN_PIECES = [
    # a market review of two indices in a report's commentary, and a market's lead over another
    '银杉价值精选混合型证券投资基金2025年年度报告\n'
    '报告期内，A股整体震荡。2025年全年，恒生指数上涨14.2%，恒生中国企业指数上涨12.6%。'
    '我们认为，过去几年美国市场持续跑赢欧洲市场，原因之一是企业的盈利能力更强。\n'
    '2025年全年，本基金份额净值增长率为8.1%，同期业绩比较基准收益率为6.4%（数据来源：本基金2025年年度报告）。\n'
    '基金管理人不保证基金一定盈利，也不保证最低收益。基金的过往业绩并不预示其未来表现，基金管理人管理的其他基金的业绩'
    '并不构成基金业绩表现的保证。本基金风险等级R3，适合C3及以上投资者。投资有风险，投资需谨慎。',
]

BREACHES = [
    # the fund's own high return, or its principal, stays a breach
    ('这只基金长期高回报，值得重仓。', 'CN-FUND-MKT-033', 'error', '高回报'),
    ('精选优质公司，获取高回报。', 'CN-FUND-MKT-033', 'error', '高回报'),
    ('比放银行更安全，收益还更高。', 'CN-FUND-MKT-033', 'error', '更安全'),
    ('钱放进本基金，本金有保障。', 'CN-FUND-MKT-005', 'error', '本金有保障'),
    ('这只基金今年有望上涨20%。', 'CN-FUND-MKT-006.forecast', 'error', '有望上涨20%'),
    ('本基金去年跑赢大盘。', 'CN-FUND-MKT-023', 'warning', '跑赢'),
    # two indices set beside the fund are its comparison, not a review
    ('2024年全年，沪深300指数上涨14.7%，中证1000指数上涨1.2%，本基金跑赢了沪深300指数。',
     'CN-FUND-MKT-017.index', 'error', '14.7%'),
    # an index's record beside one holding's is still the index's record
    ('2024年全年，中证新能源指数上涨20.5%，其中宁德时代上涨35.2%。', 'CN-FUND-MKT-017.index', 'error', '20.5%'),
]
# fmt: on

test_compliant_line_raises_nothing = clean_line_test(CLEAN_LINES)
test_compliant_piece_raises_nothing = clean_piece_test(CLEAN_PIECES)
test_breach_of_the_same_shape_is_found = breach_test(BREACHES, sub_rules=False)
