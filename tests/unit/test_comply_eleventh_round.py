"""Issue 22, eleventh stop: false alarms by mechanism on compliant-like wording, and round 10's misses by class.

Quiet, each by a general reading rather than a phrase:

- a figure in a what-if's clause (若市场下跌20%) is a scenario, not a record; a 若 inside 若干 is no what-if (a
  class's ``except`` words are honoured by the performance reading's patterns);
- a market named by its name (债市, A股) owns the figure in its clause, and a market's fall in a sentence naming no
  fund tells the risk (commentary), not a record shown to sell;
- a rate a sum is worked out at (按年化4%测算, 照年均5%估算) is an assumption, never the fund's return; a worked
  example disclosed as such near it (仅为举例, 此为示例，并非实际回报) is no simulated data (018 ``unless_nearby``);
- a piece for a Hong Kong sale owes no mainland manager notice (008), as it owes no R1–R5 level (046);
- a saying judged unreliable (这并不可靠) is refuted; the loss a reader can bear (如果您只能接受亏损不超过5%) is a
  wish the sentence turns down (本基金不适合您), not a cap;
- a fund's start given by its year alone (成立于2022年) makes the next year its first whole one (014);
- the reader sent to the reports for the record (各年度业绩请查阅定期报告) is no record shown (020), and another
  subject's years each marked as not the fund's (这是指数表现，不是本基金业绩) owe no years of their own (014);
- found: a gift got on a purchase (立得, 获赠), told by its count (再送两盒), a draw by its winners' count (抽五位),
  a fund taken for a deposit in other words (理解成大额存单);
- the benchmark shown as the gap to it (跑输基准2个百分点) is shown (013); an event said to sell nothing
  (不涉及任何产品销售) ties its draw to no purchase (009).

Found, each as a class of wording with a window (corpora/patterns/word_classes.yaml, corpora/rules/):

- a drawdown capped as a fact (``drawdown`` + ``cap`` + figure: 005.drawdown); a target, a past record or a
  source keeps it allowed;
- a gain ahead put as a chance (有机会再赚两成: ``forecast`` holds 有机会);
- a prize for a purchase amount across the sentence's clauses (申购满…，抽取…共10台);
- a 定投 projection at a rate borrowed from an index's past (按…过去年化9%来算 … 130多万: 多 before a unit).

Every case runs in both scripts and both punctuation widths.
"""

from __future__ import annotations

import pytest

from tests.unit.comply_lines import breach_test, clean_line_test, clean_piece_test, loud
from tests.unit.test_comply_meaning import FORMS, review

# fmt: off
CLEAN_LINES = [
    # a what-if's scenario, a market's fall told as risk
    '若市场下跌20%，本基金净值也可能出现较大幅度的下跌。',
    '假如股市再跌一成，这只基金的净值同样会回落。',
    '过去十年，债市也出现过单月下跌超过2%的情况，请做好心理准备。',
    '遇到A股单日下跌5%这样的行情，权益基金难免跟着波动。',
    # an assumed rate, disclosed as an example
    '举个例子：假设每月定投1000元，按年化4%测算，十年后约为14.7万元。以上仅为假设举例，不代表本基金实际收益，也不构成收益承诺。',
    '每月定投1000元，按年化4%测算，十年后约14.7万元（仅为举例，不代表本基金实际收益）。',
    '每个月供款2000元，照年均5%估算，二十年后大约有82万元；此为示例，并非实际回报。',
    # targets, past records and sources keep a drawdown figure allowed
    '本基金以控制回撤为目标之一，但并不承诺回撤不超过某一水平。',
    '本基金力争将回撤控制在3%以内，该目标不构成收益或保本承诺。',
    '过去三年本基金最大回撤控制在4%以内（数据来源：本基金定期报告，截至2025年12月31日）。',
    '本基金力争年化跟踪误差不超过4%，实际可能超出。',
    # a chance with no figure; a gift tied to no purchase
    '权益资产长期有机会分享经济增长，但短期可能大幅波动。',
    '参与问卷即可抽奖，抽奖与是否购买基金无关。',
    # a saying judged unreliable; the loss a reader can bear, put as a condition and turned down
    '有人说“债基年化能有5%”，这并不可靠，债基同样可能亏损。',
    '如果您只能接受亏损不超过5%，那这只基金不适合您。',
    # a deposit named to be told apart; a draw tied to no purchase; no gift at all
    '请不要把债券基金理解成银行存款，它可能亏损。',
    '基金不能理解为存款，收益不固定，也可能亏本。',
    '留言区抽五位读者送投教书籍一本，与是否购买基金无关。',
    '本基金不设抽奖，也不送礼品。',
    # the benchmark shown as the gap to it; a draw at an event said to sell nothing
    '这只基金去年跌了8%，跑输基准2个百分点（数据来源：本基金2025年年度报告），我们不回避这一点。',
    '活动仅限投资者教育，不涉及任何产品销售，参与者随机抽取10位赠送书籍。',
    # negations and dated facts
    '本基金从不承诺收益，净值可能下跌。',
    '没有哪只基金能做到只赚不亏，本基金同样如此。',
    '截至2025年9月30日，本基金资产净值为18.6亿元。',
    '基金经理林远自2021年3月起管理本基金，此前担任研究员五年。',
    '2024年本基金净值增长率6.2%，同期业绩比较基准收益率5.1%（数据来源：基金年报）。',
    '沪深300指数2024年全年上涨14.7%（数据来源：中证指数有限公司，指数表现不代表本基金业绩）。',
]

# a Hong Kong sale that names no manager company: no mainland manager notice owed
CLEAN_PIECES = [
    '【澄河银行（香港）｜理财通讯】澄河亚洲优质债券基金（美元）A类累积\n'
    '历年表现（基金／基准）：2023年4.8%／4.1%，2024年3.2%／3.9%，2025年5.0%／4.6%'
    '（资料来源：基金公司，以美元计，截至2025年12月31日）。\n'
    '基金并非存款，不受存款保障计划保障。投资涉及风险，基金价格可升可跌，投资者可能蚀本。过往表现不代表将来表现。'
    '非港币投资者须承受汇率风险。投资前请细阅销售文件。',
]

# a fund whose start is given by its year alone shows every whole year after it: none owed for the start year
CLEAN_PIECES.append(
    '汀屿稳健养老目标一年持有期混合型基金中基金（FOF）（代码：021577）\n基金管理人：汀屿基金管理有限公司。'
    '本基金风险等级R3（中风险），适合C3及以上投资者。\n本基金设一年最短持有期，持有期内不能赎回。\n'
    '本基金名称中的“养老”不代表收益保障，基金不保本，可能发生亏损。\n本基金成立于2022年，2023年净值增长率为1.9%，'
    '同期业绩比较基准收益率为2.6%；2024年为5.1%，基准为4.4%；2025年为4.6%，基准为4.8%（数据来源：本基金年度报告）。\n'
    '风险提示：基金的过往业绩并不预示其未来表现，基金管理人管理的其他基金的业绩并不构成基金业绩表现的保证。'
    '基金管理人不保证基金一定盈利，也不保证最低收益。投资有风险，投资需谨慎。'
)

# the record not shown, the reader sent to the reports (no past-performance statement owed); an index's one year marked
# as not the fund's beside the fund's five whole years (no index years owed)
CLEAN_PIECES.append(
    '岑川养老目标日期2040三年持有期混合型基金中基金（FOF）（代码：021809）\n基金管理人：岑川基金管理有限公司。'
    '本基金风险等级R3（中风险），适合C3及以上投资者。\n每笔份额须持有满三年，持有期内不能赎回。\n'
    '本页不展示业绩，各年度业绩及业绩比较基准表现请查阅本基金定期报告。\n'
    '“养老”二字不代表收益保障，本基金不保本，可能发生亏损。基金管理人不保证基金一定盈利，也不保证最低收益。'
    '投资有风险，投资需谨慎。'
)
CLEAN_PIECES.append(
    '汐川纳斯达克100指数（QDII）A（代码：021990）\n基金管理人：汐川基金管理有限公司。本基金风险等级R4（中高风险）。\n'
    '纳斯达克100指数2025年上涨18.2%（以美元计，来源：纳斯达克公司），这是指数表现，不是本基金业绩。\n'
    '本基金近五个完整年度净值增长率／业绩比较基准收益率：2021年21.4%／22.0%，2022年-30.1%／-29.5%，2023年50.2%／51.6%，'
    '2024年24.7%／25.3%，2025年17.1%／18.0%（以人民币计，来源：本基金年度报告）。\n'
    '本基金投资境外市场，面临汇率风险和境外市场风险。指数历史业绩不预示未来表现。基金的过往业绩并不预示其未来表现，'
    '基金管理人管理的其他基金的业绩并不构成基金业绩表现的保证。基金管理人不保证基金一定盈利，也不保证最低收益。'
    '投资有风险，投资需谨慎。'
)

# the same piece with a whole year after the start left out: still found
YEAR_LEFT_OUT = CLEAN_PIECES[1].replace('2024年为5.1%，基准为4.4%；', '')

BREACHES = [
    # a drawdown capped as a fact
    ('本基金回撤控制在1%以内，持有体验很好。', 'CN-FUND-MKT-005.drawdown', 'error', '回撤控制在1%以内'),
    ('这只债基最大回撤不超过0.5%，拿着很安心。', 'CN-FUND-MKT-005.drawdown', 'error', '最大回撤不超过0.5%'),
    ('最多回撤也就三个点，跌不了多少。', 'CN-FUND-MKT-005.drawdown', 'error', '最多回撤也就三个点'),
    ('就算市场不好，回撤最多也就1.5%左右。', 'CN-FUND-MKT-005.drawdown', 'error', '回撤最多也就1.5%'),
    # a loss capped in an if-clause the sentence does not turn down is capped all the same
    ('如果亏了，亏损最多不会超过3%。', 'CN-FUND-MKT-005.cap', 'error', '亏损最多不会超过3%'),
    # a gift told by its count, got on a purchase, or a draw by its winners' count; a fund taken for a deposit
    ('首次定投扣款成功，即得5元话费券。', 'CN-FUND-MKT-009', 'error', '即得5元话费'),
    ('留言区抽五位读者送定制水杯。', 'CN-FUND-MKT-009', 'error', '抽五位'),
    ('本月开户转入的客户，再送两盒茶叶。', 'CN-FUND-MKT-009', 'error', '送两盒'),
    ('您可以把它理解成一只更灵活的定期存款，随时能取。', 'CN-FUND-MKT-023', 'error', '理解成'),
    # a fund's figure set against the market, not its benchmark: the benchmark still owed
    ('这只基金去年涨了18%，远超大盘（来源：基金公司）。', 'CN-FUND-MKT-013', 'error', '18%'),
    # a gain ahead put as a chance
    ('这只基金明年有机会再赚两成。', 'CN-FUND-MKT-006', 'error', '有机会再赚两成'),
    ('本基金有机会冲一冲30%的收益。', 'CN-FUND-MKT-006', 'error', '有机会冲一冲30%的收益'),
    ('后市还有机会再涨五成。', 'CN-FUND-MKT-006.market-forecast', 'warning', '有机会再涨五成'),
    # a prize for a purchase amount, across a comma
    ('单笔申购满5万元，抽取蓝牙音箱共10台！', 'CN-FUND-MKT-009', 'error', '申购满5万元'),
    ('活动期内认购满2万元，即送定制行李箱一个。', 'CN-FUND-MKT-009', 'error', '认购满2万元'),
    ('定投满12期，再抽3位送咖啡机。', 'CN-FUND-MKT-009', 'error', '定投满12期'),
    # a 定投 projection at an assumed or borrowed rate, not disclosed
    ('每月定投2000元，按沪深300过去年化9%来算，20年后能攒到130多万。', 'CN-FUND-MKT-018', 'error', '130多万'),
    ('每个月投500块，照年化8%算，十五年下来有17万左右。', 'CN-FUND-MKT-018', 'error', '17万'),
    # 若干 is no what-if: the fund's figure stays a record without its source
    ('本基金持有若干只高息债，去年收益率12%，远超同类。', 'CN-FUND-MKT-017', 'error', '12%'),
]
# fmt: on

test_compliant_line_raises_nothing = clean_line_test(CLEAN_LINES)
test_compliant_piece_raises_nothing = clean_piece_test(CLEAN_PIECES)
test_breach_of_the_same_shape_is_found = breach_test(BREACHES, sub_rules=True)


@pytest.mark.issue(22)
@pytest.mark.parametrize("form", FORMS)
def test_a_year_left_out_after_a_start_given_by_its_year_is_found(form: str) -> None:
    assert "CN-FUND-MKT-014" in [rule for rule, _, _ in loud(review(FORMS[form](YEAR_LEFT_OUT)))]
