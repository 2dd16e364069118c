"""Issue 22, fourteenth blind round's compliant pieces: near-the-line wording a reviewer passes.

- a quote the piece disowns (…“…”的截图，这不是我们的说法，请别这样理解) or finds untrue (这些说法不符合事实),
  and quotes a notice lists as removed or banned (…之类的消息会被删除; 禁用语：「…」), are mentioned, not said
  (``refutation``);
- a promise asked about in writing, a row head or a quiz item (是否保本, 能否保本), is not made (005);
- the benchmark named before 同期 and its figures (业绩比较基准同期4.8%), the tracked index named for the same period
  before its own name (同期标的指数某某指数（全收益）10.1%), and the fund's series given 同期 after its index's, show
  the benchmark (013);
- the index's past told as 过去 (指数过去的表现不代表基金未来表现) is the index notice (051);
- a span of years with its start as an aside, then one figure per year (2022年（合同生效起）至2025年…3.1%、…), names
  every year of the record (014);
- and misses: something of stated worth given free for a purchase (定投…免费…（原价299元）) is a gift (009); a
  return's floor called the usual outcome (收益率15%以上很正常) is a forecast, a fall called so (下跌10%以上也很正常)
  a risk told (006.forecast ``fall``); other buyers of whom none is heard of or seen losing (没听说谁亏钱) are a
  testimony (037.testimonial ``none_lost``); a pension account's paying in (假如每年缴存…, 假设每年存满…) worked out
  to a sum is a simulation (018), a tax worked out (…少缴个税1200元) is not (``tax_saving``); 到时 is a time ahead;
  an index's doubling ahead (中证1000…未来三年翻一倍) is a market forecast (006.market-double), not a return since a
  low (014.low).

Every case runs in both scripts and both punctuation widths.
"""

from __future__ import annotations

import pytest

from analyzer.comply.conditions.claims import _written_years
from tests.unit.comply_lines import breach_test, clean_line_test, clean_piece_test
from tests.unit.test_comply_meaning import _T2S, FORMS

# fmt: off
CLEAN_LINES = [
    # a quote passed round and disowned, or told not to be read so
    '有位客户转发了“这只基金一年稳赚8%”的图片，这不是我们的说法，请别这样理解。',
    '网上流传“年化6%稳稳拿”的海报，并非本公司的说法，不要这样理解。',
    # quotes a notice lists as removed or banned
    '本群群规：“保本保息”“包赚不赔”一类的消息会被删除。',
    '直播间禁用语：“稳赚”“只涨不跌”，出现即提醒主播更正。',
    # quotes found untrue in the next sentence
    '有些帖子写着“定投三年一定会涨”。这种说法与事实不符，基金可能亏损。',
    # a promise asked about in writing
    '对比项：是否保本——银行存款受存款保险保护，基金不保本。',
    '投教小测验第二题：货币基金能否保本？答案：不能，基金都不保本。',
    # a free event of stated worth tied to no purchase
    '本场讲座免费参加（原价99元），与是否购买基金无关。',
    # a fall or a swing called usual is a risk told, no forecast
    '短期内收益率下跌10%以上也很正常，请做好准备。',
    '股票基金单日涨跌3%以上很正常。',
    # others' record asked about and denied as proof
    '有客户问：没听说谁亏钱，是不是就不会亏？不是，基金可能亏损，别人没亏不代表你不会亏。',
    # a pension's tax worked out is no simulated return; a day's arrival is no horizon
    '如果每年缴存12000元，当年可在税前扣除，按10%税率可少缴个税1200元。',
    '定投扣款日到时，请确保账户里有2000元。',
    # a doubling denied or left open
    '过去十年沪深300并没有翻倍，未来也没有人能预测。',
    '指数未来会不会翻倍，没人能保证。',
]

CLEAN_PIECES = [
    # the benchmark named, then 同期 and its figure; the start as an aside before a span of yearly figures
    '松岚稳健增利债券型证券投资基金（基金代码：019427）\n基金管理人：松岚基金管理有限公司。\n'
    '本基金合同于2022年1月10日生效。2022年（1月10日合同生效起）至2025年净值增长率3.1%、-2.2%、4.0%、5.5%，'
    '业绩比较基准同期2.7%、-1.5%、3.2%、4.1%（数据来源：基金年度报告）。\n'
    '本基金风险等级R2（中低风险），适合C2及以上投资者。基金的过往业绩并不预示其未来表现，基金管理人管理的其他基金的业绩'
    '并不构成基金业绩表现的保证。基金管理人不保证基金一定盈利，也不保证最低收益。投资有风险，投资需谨慎。',
    # an index fund: the tracked index named for the same period before its own name; 过去 in the index notice
    '松岚中证红利低波指数证券投资基金（基金代码：019431）\n基金管理人：松岚基金管理有限公司。\n'
    '本基金2024年（2月5日合同生效起）收益率9.3%，2025年收益率7.6%；同期标的指数中证红利低波指数（全收益）'
    '10.4%、8.9%（数据来源：基金年度报告，中证指数有限公司）。差距主要来自费用与跟踪误差。\n'
    '指数过去的表现不代表基金未来的表现。本基金风险等级R3（中风险），适合C3及以上投资者。基金的过往业绩并不预示其未来表现，'
    '基金管理人管理的其他基金的业绩并不构成基金业绩表现的保证。基金管理人不保证基金一定盈利，也不保证最低收益。'
    '投资有风险，投资需谨慎。',
    # an index fund: the index's yearly figures first, then the fund's series for the same period
    '松岚沪深300指数证券投资基金（基金代码：019433）\n基金管理人：松岚基金管理有限公司。\n'
    '2023至2025年沪深300指数（全收益）每年表现：-9.1%、16.2%、18.4%（数据来源：中证指数有限公司），以上是指数表现，'
    '不是基金业绩。同期本基金收益率：-9.8%、15.1%、17.2%（数据来源：基金年度报告），差距来自费用与跟踪误差。\n'
    '指数历史业绩不预示未来表现，不代表基金业绩表现。本基金风险等级R3（中风险），适合C3及以上投资者。基金的过往业绩并不预示其'
    '未来表现，基金管理人管理的其他基金的业绩并不构成基金业绩表现的保证。基金管理人不保证基金一定盈利，也不保证最低收益。'
    '投资有风险，投资需谨慎。',
]

BREACHES = [
    # a quote the piece takes up stays the piece's claim
    ('客户都说“这只基金稳赚”，确实如此。', 'CN-FUND-MKT-039', 'error', '稳赚'),
    # a promise answered after it is asked stays a promise
    ('本基金是否保本？当然保本，请放心。', 'CN-FUND-MKT-005', 'error', '保本'),
    # a fund's yearly figure with no benchmark at all still owes it
    ('本基金2025年净值增长率6.2%（数据来源：基金年度报告）。', 'CN-FUND-MKT-013', 'error', '6.2%'),
    # something of stated worth given free for a purchase is a gift
    ('月底前申购满任意金额的客户，可免费开通高级投研社群（原价599元）。', 'CN-FUND-MKT-009', 'error', '免费开通'),
    ('首次定投成功后，即可免费领取理财课一套，价值199元。', 'CN-FUND-MKT-009', 'error', '免费领取'),
    # a return's floor called the usual outcome is a forecast
    ('每周定投500元，坚持两年，年化收益率15%以上很正常。', 'CN-FUND-MKT-006.forecast', 'error', '15%以上很正常'),
    ('拿满三年，赚个两成以上都挺正常。', 'CN-FUND-MKT-041.profit', 'error', '两成以上都挺正常'),
    # none of the other buyers heard of or seen losing is their testimony
    ('我们读书会的同学跟着买了大半年，到现在没见过谁亏钱。', 'CN-FUND-MKT-037.testimonial', 'warning', '没见过谁亏'),
    ('老客户们拿了两年多，没听说有人亏的。', 'CN-FUND-MKT-037.testimonial', 'warning', '没听说有人亏'),
    # a pension account's paying in, worked out to a sum with no assumed rate, is simulated data
    ('假如每年缴存8000元、一直到退休，按我们的估算，届时账户可达30万元上下。', 'CN-FUND-MKT-018', 'error', '30万元'),
    ('每月存2000元，到时账户能攒到60万元左右。', 'CN-FUND-MKT-006.horizon', 'error', '到时账户能攒到60万'),
    # an index's doubling ahead, the index named earlier in the sentence: a market forecast, not a return since a low
    ('中证1000现在估值在历史底部，未来三年翻一倍的概率很大。', 'CN-FUND-MKT-006.market-double', 'warning',
     '翻一倍'),
    # a return counted from a low stays one when a time ahead follows it
    ('从去年10月的低点算起，本基金已经上涨35%，接下来怎么走没人知道。', 'CN-FUND-MKT-014.low', 'error', '35%'),
    ('从底部反弹以来，本基金净值上涨了28%，往后涨跌谁都说不准。', 'CN-FUND-MKT-014.low', 'error', '28%'),
]
# fmt: on

test_compliant_line_raises_nothing = clean_line_test(CLEAN_LINES)
test_compliant_piece_raises_nothing = clean_piece_test(CLEAN_PIECES)
test_breach_of_the_same_shape_is_found = breach_test(BREACHES, sub_rules=False)


# (text, years named, years not named): a span's list names its years only with one figure for each
YEAR_SPANS = [
    ('2021年（3月1日合同生效起）至2024年收益率2.1%、3.4%、-1.0%、5.2%。', {2021, 2022, 2023, 2024}, set()),
    ('2020年至2023年净值增长率分别为1.5%、2.5%、-0.5%、4.5%。', {2020, 2021, 2022, 2023}, set()),
    # three figures for four years: the span is not read as naming them
    ('2021年（3月1日合同生效起）至2024年收益率2.1%、3.4%、5.2%。', set(), {2022, 2023}),
]


@pytest.mark.issue(22)
@pytest.mark.parametrize("form", FORMS)
@pytest.mark.parametrize(("text", "named", "unnamed"), YEAR_SPANS, ids=[t[:16] for t, _, _ in YEAR_SPANS])
def test_year_span_names_its_years(text: str, named: set[int], unnamed: set[int], form: str) -> None:
    years = _written_years(_T2S.convert(FORMS[form](text)))  # the pipeline reads a Traditional text in Simplified
    assert named <= years
    assert not (unnamed & years)
