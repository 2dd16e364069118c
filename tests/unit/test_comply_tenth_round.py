"""Issue 22, tenth stop: forms behind the false alarms of fresh compliant pieces, read by mechanism, not wording.

- A claim mentioned, not made: named as a saying and judged (任何…的说法都属于违规), warned against (谨防, 警惕,
  提防, 请勿轻信), offered by someone else and to be reported (如有人…承诺…，请举报), or a wish no product meets;
- a question answered no after a lead (那是不可能的; 很遗憾，市场上没有这样的产品; 坦白讲，…并不存在);
- a clause that opens with a prohibitor (不要因为…就把它当成存款) forbids what it says; a comparison others make
  judged unfit (这种比较并不恰当);
- a wish put as a condition and turned down (如果您需要保本，请选择存款，而不是本基金); an urging's 没/不
  affirms (买它准没错，不用犹豫);
- others' forecast disowned (有机构预测…，我们对此不做判断); another product said to be of a type (余额宝是货币基金)
  gives the promoted fund no type;
- a negation reaches over a list of quoted words (不得作出“保本”“保收益”之类的承诺), and a figure in quotes a
  negation denies, or asked about, is mentioned, not presented (我们不会用“收益翻倍”这样的话);
- one negation vocabulary for every rule kind: the word classes ``negator`` (before) and ``denier`` (after);
- a required statement said in other words: its word classes in order in one sentence (``said_as``): the past
  record said to tell nothing of the future, a risk and a caution, a guarantee denied, a money fund unlike a deposit,
  the pension name promising nothing, the money said at risk (可升可跌, 可能蚀本), an ETF's market price beside its
  NAV and their gap; an index fund's tracked index is its benchmark;
- the questionnaire redone with its result deciding (结果不足C4，本基金就不适合您) is no coaching.

The breaches of the same shapes must still be found: a question the answer takes up, a saying called sound, a
wish answered by the product, a statement removed. Every case runs in both scripts and both punctuation widths.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.comply import comply
from analyzer.comply.rulebook import load_rulebook
from analyzer.pipeline import analyze
from tests.unit.comply_lines import breach_test, clean_line_test, clean_piece_test, loud

# fmt: off
CLEAN_LINES = [
    # a question answered no after a lead word
    '稳赚？那是不可能的，债券基金的净值同样会下跌。',
    '买了就稳赚吗？很遗憾，市场上没有这样的产品。',
    '这只基金保本吗？答案是否定的，本基金不提供任何保本安排。',
    '想找一只稳赚不赔的基金？坦白讲，这样的基金并不存在。',
    '想搵隻穩賺唔蝕嘅基金？老實講，冇呢回事。',
    '有人話買基金一定賺，呢個講法唔啱，基金價格可升可跌。',
    '請勿輕信「保證獲利」之類的銷售話術，基金投資有賺有賠。',
    # a claim warned against, named as a saying and judged, or offered by someone else to be reported
    '请提防“稳赚不赔”这类推销说辞，基金净值随市场波动。',
    '警惕任何“保本保息”的宣传，本基金不保本。',
    '如有人以本公司名义向您承诺保证收益，请向我们举报。',
    '凡是号称定投必赚的说法，都是对投资者的误导。',
    '任何保证年化收益的承诺都属于违规行为。',
    '请勿轻信“闭眼买也能赚”之类的话术。',
    '网上流传“基金三年翻倍”的说法，请勿轻信。',
    # a wish put as a condition and turned down later in the sentence
    '如果您需要保本，请选择银行存款或国债，而不是本基金。',
    '若您追求稳赚不赔，本基金并不适合您。',
    '假如您希望收益有保证，那么基金可能不是合适的选择。',
    # a clause that opens by forbidding what it says; a comparison others make, judged unfit
    '不要因为货币基金七日年化比活期高就把它当成活期存款。',
    '很多人拿债基和定期存款比收益，这种比较并不恰当，两者风险不同。',
    # a kind of product said to be gone
    '资管新规落地后，保本理财已经退出历史舞台，本基金同样不保本。',
    # a figure inside quotes a negation denies is mentioned, not presented (no source, benchmark or years owed)
    '我们不会用“收益翻倍”“稳稳的幸福”这样的话来宣传基金。',
    # a negation over a list of quoted words
    '销售人员不得向投资者作出“保本”“保收益”“零风险”“稳赚不赔”之类的承诺。',
    '本文不会出现“稳赚”“保本”“翻倍”这类词，因为基金本来就有风险。',
    # the questionnaire redone, its result deciding
    '先重新做一次风险评估，若评估结果不足C4，本基金就不适合您。',
    # a forecast of others' the piece disowns
    '市场上有机构预测明年沪深300将上涨15%，我们对此不做判断，也不代表本基金的收益。',
]

# whole pieces whose required statements are said in words no phrase of the rulebook lists
CLEAN_PIECES = [
    '晴岚稳健债券型证券投资基金（代码：016633）\n基金管理人：晴岚基金管理有限公司。本基金风险等级为R2（中低风险）。\n'
    '本基金2024年净值增长率为4.1%，同期业绩比较基准收益率为3.6%（数据来源：本基金2024年年度报告）。\n'
    '温馨提示：本基金以往的业绩表现仅供参考，不能据此推断将来的表现。基金管理人不保证基金一定盈利，也不保证最低收益。'
    '基金有风险，入市须三思。',
    '栖霞现金宝货币市场基金（代码：006621）\n基金管理人：栖霞基金管理有限公司。本基金风险等级为R1（低风险）。\n'
    '货币基金有别于银行存款，不保证本金不受损失，基金管理人不保证基金一定盈利，也不保证最低收益。\n'
    '请审慎决策，风险自担。',
    '松岭养老目标日期2045三年持有期混合型基金中基金（FOF）（代码：019922）\n基金管理人：松岭基金管理有限公司。'
    '本基金风险等级为R3（中风险）。\n本基金设三年最短持有期，持有期内不能赎回。\n'
    '本基金名为“养老”，但并不意味着对收益有任何保障，本基金不保本，可能发生亏损。基金管理人不保证基金一定盈利，'
    '也不保证最低收益。投资有风险，投资需谨慎。',
    # another product said to be of a type is no type of the promoted fund (余额宝是货币基金: no R1–R2 owed)
    '【直播稿】家人们，今天说的是澄湾稳进6个月持有期混合（A类：020118），管理人澄湾基金管理有限公司，风险等级R3。\n'
    '先说清楚，这只基金每笔份额要持有满6个月才能赎回，持有期内不能赎回。\n'
    '它2023年净值增长率是1.8%，同期基准是2.4%，跑输了基准；2024年是5.6%，基准是4.9%（以上来自基金年报）。\n'
    '有朋友问，这个和余额宝比哪个好？两个不是一回事，余额宝是货币基金，这只是混合基金，可能亏钱，不能拿来比收益。\n'
    '最后提醒：过往业绩不预示未来表现，基金管理人管理的其他基金的业绩不构成本基金业绩表现的保证；管理人不保证基金一定盈利，'
    '也不保证最低收益。投资有风险，入市需谨慎。',
]

# an ETF shown against the index it tracks, listed two years ago, its money said at risk in Hong Kong's words
CLEAN_PIECES.append(
    '澄岳中证红利交易型开放式指数证券投资基金（代码：563318）\n基金管理人：澄岳基金管理有限公司。本基金风险等级为R4（中高风险）。\n'
    '本基金于2023年6月上市交易。2024年本基金收益率为12.6%，标的指数收益率为13.1%；2025年分别为5.2%、5.9%'
    '（数据来源：本基金年度报告，截至2025年12月31日）。\n场内成交价可能与基金份额净值出现折价或溢价，投资者下单前请留意。\n'
    '风险提示：基金的过往业绩并不预示其未来表现。基金价格可升可跌，投资者可能蚀本。指数历史表现不预示未来。投资有风险，投资需谨慎。'
)

# an ETF listed two years ago shown beside its index, and the index's losing year answering a reader: no year owed
CLEAN_PIECES.append(
    '汀岸中证红利交易型开放式指数证券投资基金（代码：563562）\n基金管理人：汀岸基金管理有限公司。本基金风险等级为R4（中高风险）。\n'
    '本基金于2023年4月上市交易，2024年、2025年收益率分别为11.8%、6.6%，同期标的指数收益率分别为12.5%、7.1%'
    '（数据来源：本基金年度报告，截至2025年12月31日）。\n场内成交价可能与基金份额净值出现折价或溢价。\n'
    '有读者问红利指数是不是就不会跌？并非如此，中证红利指数2022年下跌5.3%（数据来源：中证指数有限公司；指数表现不代表本基金业绩）。\n'
    '风险提示：基金的过往业绩并不预示其未来表现，基金管理人管理的其他基金的业绩并不构成基金业绩表现的保证。基金管理人不保证基金'
    '一定盈利，也不保证最低收益。指数历史表现不预示未来。投资有风险，投资需谨慎。'
)

# a Hong Kong sale (存款保障计划, 投资涉及风险, 可升可跌, 港币): its own risk wording, its manager named as
# 基金管理公司; no mainland R1–R5 level owed
CLEAN_PIECES.append(
    '【澄湾银行（香港）｜基金推介】澄湾亚洲收益债券基金（美元）A类累积\n'
    '基金管理公司：澄湾资产管理（香港）有限公司。本基金经香港证监会认可，认可不等如对基金作出推介或认许。\n'
    '历年表现（基金／基准）：2023年5.1%／4.6%，2024年3.9%／4.4%，2025年4.7%／4.2%'
    '（资料来源：基金管理公司，以美元计，截至2025年12月31日）。\n'
    '基金并非存款，不受存款保障计划保障。投资涉及风险，基金价格可升可跌，甚至变成毫无价值，投资者可能蚀本。过往表现不代表将来表现。'
    '非港币投资者须承受汇率风险。投资前请细阅销售文件。'
)

# the guarantee denied in other words: 本基金不承诺任何投资收益 for 不保证基金一定盈利，也不保证最低收益
CLEAN_PIECES.append(CLEAN_PIECES[0].replace(
    '基金管理人不保证基金一定盈利，也不保证最低收益。', '本基金不承诺任何投资收益，可能亏损本金。'
))

# the same shapes as breaches: each must still be found by its rule at its severity, quoting its words
BREACHES = [
    ('稳赚？那当然，这只基金一年稳赚8%。', 'CN-FUND-MKT-039', 'error', '稳赚'),
    ('保本吗？说实话，保本，放心买。', 'CN-FUND-MKT-005', 'error', '保本'),
    ('这只基金稳赚不赔的说法，绝对靠谱。', 'CN-FUND-MKT-039', 'error', '稳赚不赔'),
    ('想要稳赚不赔？选这只就对了。', 'CN-FUND-MKT-039', 'error', '稳赚不赔'),
    ('有人说定投稳赚，说得没错，长期坚持就是稳赚。', 'CN-FUND-MKT-039', 'error', '稳赚'),
    ('我们向您保证本金安全，亏了公司兜底。', 'CN-FUND-MKT-005', 'error', '本金安全'),
    ('有券商说本基金明年收益有望达到12%，这个判断很靠谱。', 'CN-FUND-MKT-006', 'error', '收益有望达到12%'),
    # the wish answered by the product, or an urging whose 没/不 affirm
    ('如果您需要保本，这只基金就是为您准备的。', 'CN-FUND-MKT-005', 'error', '保本'),
    ('如果您希望稳赚不赔，买它准没错，不用犹豫。', 'CN-FUND-MKT-039', 'error', '稳赚不赔'),
    ('别犹豫了这只基金稳赚不赔。', 'CN-FUND-MKT-039', 'error', '稳赚不赔'),
    ('我们向您承诺“保本”“保收益”，请放心购买。', 'CN-FUND-MKT-005', 'error', '保收益'),
    ('这只基金“去年收益翻倍”，值得关注。', 'CN-FUND-MKT-017', 'error', '翻倍'),
    ('很多人说定投稳赚，确实如此，坚持就能赚。', 'CN-FUND-MKT-039', 'error', '稳赚'),
    ('别只看存款了，这只基金收益比定期存款高多了。', 'CN-FUND-MKT-023', 'warning', '比定期存款高'),
]

# the clean pieces with the statement said in other words taken out, or turned into its opposite: found missing
STATEMENT_MISSING = [
    (CLEAN_PIECES[0].replace('本基金以往的业绩表现仅供参考，不能据此推断将来的表现。', ''), 'CN-FUND-MKT-020'),
    (CLEAN_PIECES[0].replace('基金有风险，入市须三思。', ''), 'CN-FUND-MKT-027.caution'),
    (CLEAN_PIECES[1].replace('货币基金有别于银行存款，', ''), 'CN-FUND-MKT-049'),
    (CLEAN_PIECES[2].replace('但并不意味着对收益有任何保障', '跟普通基金不一样，它是有保障的'), 'CN-FUND-MKT-050'),
    (CLEAN_PIECES[0].replace('基金管理人不保证基金一定盈利，也不保证最低收益。', ''), 'CN-FUND-MKT-027.no-guarantee'),
    # the manager's duty of care (谨慎勤勉) beside 风险 is no caution to the reader
    (CLEAN_PIECES[0].replace('基金有风险，入市须三思。', '').replace(
        '基金管理人不保证', '风险提示：基金管理人依照恪尽职守、诚实信用、谨慎勤勉的原则管理和运用基金财产，但不保证'),
     'CN-FUND-MKT-027.caution'),
]
# fmt: on

test_compliant_line_raises_nothing = clean_line_test(CLEAN_LINES)
test_compliant_piece_raises_nothing = clean_piece_test(CLEAN_PIECES)
test_breach_of_the_same_shape_is_found = breach_test(BREACHES, sub_rules=True)


@pytest.mark.issue(22)
@pytest.mark.parametrize(("piece", "rule"), STATEMENT_MISSING, ids=[r for _, r in STATEMENT_MISSING])
def test_statement_taken_out_is_found_missing(piece: str, rule: str) -> None:
    from tests.unit.test_comply_meaning import FORMS, review

    for form in FORMS.values():
        assert rule in [r for r, _, _ in loud(review(form(piece)))]


HOUSE = """
id: house
title: house rules
settings:
  classes:
    negator: {{words: [{negator}]}}
rules:
  - id: HOUSE-1
    title: 稳赚
    severity: error
    citation: {{document: house policy}}
    condition: {{kind: forbidden_phrase, phrases: [稳赚]}}
    message: No 稳赚.
  - id: HOUSE-2
    title: certain profit
    severity: error
    citation: {{document: house policy}}
    condition: {{kind: classes, any_of: [[certainty, profit]]}}
    message: No certain profit.
"""


@pytest.mark.issue(22)
@pytest.mark.parametrize("text", ["本基金绝非稳赚，也并非一定盈利。", "本基金絕非穩賺,也並非一定盈利。"])
def test_one_negation_vocabulary_for_phrases_and_classes(text: str, tmp_path: Path) -> None:
    """A rulebook's ``negator`` class negates its forbidden phrases and its class rules alike."""
    result = analyze(text.encode("utf-8"), name="piece.txt")
    found = {}
    for words in ("绝非, 并非", "从未"):
        path = tmp_path / f"house{len(found)}.yaml"
        path.write_text(HOUSE.format(negator=words), encoding="utf-8")
        found[words] = {f.rule_id for f in comply(result, [load_rulebook(path)])}
    assert found == {"绝非, 并非": set(), "从未": {"HOUSE-1", "HOUSE-2"}}
