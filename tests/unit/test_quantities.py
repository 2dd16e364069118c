"""The quantity forms of issue 11 and the number defects of issue 15 (#6, #16), each case in
Simplified and Traditional (OpenCC s2t) and with ASCII and full-width punctuation, through the
whole pipeline: surface, kind, exact value or range, unit, currency, offsets by slicing."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.extract.vocabulary import quantity_vocabulary
from analyzer.pipeline import analyze
from analyzer.types import Mention

S2T = opencc.OpenCC("s2t")
AS_OF = dt.date(2025, 3, 6)
FULL_WIDTH = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）"})
QUANTITY_KINDS = {"percent", "money", "multiple", "points", "count", "number"}

# (text with ASCII punctuation, surface, kind, value, unit, currency, low, high)
# Decisions documented in corpora/patterns/quantities.yaml: growth by a multiple is a percent change
# (增长1倍 = +100 %), 成 is tenths, 厘 is per cent after a rate word, bp values are in percentage points.
# fmt: off
CASES = [
    # percentage points and basis points
    ("今年以来,净息差收窄0.8个百分点。", "0.8个百分点", "percent", "0.8", "pp", None, None, None),
    ("市场份额提高12个百分点。", "12个百分点", "percent", "12", "pp", None, None, None),
    ("毛利率同比提升1.5pp,好于预期。", "1.5pp", "percent", "1.5", "pp", None, None, None),
    ("利差扩大两个百分点。", "两个百分点", "percent", "2", "pp", None, None, None),
    ("利差收窄零点五个百分点。", "零点五个百分点", "percent", "0.5", "pp", None, None, None),
    ("政策利率下调二十五个基点。", "二十五个基点", "percent", "0.25", "bp", None, None, None),
    ("信用利差扩大12个基点。", "12个基点", "percent", "0.12", "bp", None, None, None),
    ("10年期国债收益率下行2.3bp。", "2.3bp", "percent", "0.023", "bp", None, None, None),
    ("收益率上行超12bp,创年内新高。", "12bp", "percent", "0.12", "bp", None, None, None),
    ("票息下调25bps。", "25bps", "percent", "0.25", "bp", None, None, None),
    ("信用利差收窄5-10bp。", "5-10bp", "percent", None, "bp", None, "0.05", "0.10"),
    ("净息差按年收窄5点子。", "5点子", "percent", "0.05", "bp", None, None, None),
    # Hong Kong forms
    ("净息差1.96厘,按年持平。", "1.96厘", "percent", "1.96", "%", None, None, None),
    ("按揭利率约3.5厘。", "3.5厘", "percent", "3.5", "%", None, None, None),
    ("末期息每股派45港仙。", "45港仙", "money", "0.45", "HKD", "HKD", None, None),
    ("股息每股12美仙。", "12美仙", "money", "0.12", "USD", "USD", None, None),
    ("股价年内翻倍。", "翻倍", "percent", "100", "%", None, None, None),
    ("收入较十年前翻两番。", "翻两番", "percent", "300", "%", None, None, None),
    ("纯利升逾1倍至3.2亿元。", "1倍", "percent", "100", "%", None, None, None),
    ("营收增长1倍。", "1倍", "percent", "100", "%", None, None, None),
    ("市值是去年的3倍。", "3倍", "multiple", "3", "x", None, None, None),
    ("营收增长0.5倍。", "0.5倍", "percent", "50", "%", None, None, None),
    # 增长3倍 is +300 % to some writers and ×3 to others: a multiple, never a growth figure
    ("营收增长3倍。", "3倍", "multiple", "3", "x", None, None, None),
    # hk (stop 30): after its base (按年, 按月, 同比) a multiple is that growth rate, the strict reading
    ("信贷减值支出按年急升近4.6倍。", "4.6倍", "percent", "460", "%", None, None, None),
    ("汇款金额按月增加了接近七倍。", "七倍", "percent", "700", "%", None, None, None),
    ("订单同比增长2.5倍。", "2.5倍", "percent", "250", "%", None, None, None),
    # ranges: one mention, value None, never a minus from the dash
    ("预计增速为5%-10%。", "5%-10%", "percent", None, "%", None, "5", "10"),
    ("预计增速为5-10%。", "5-10%", "percent", None, "%", None, "5", "10"),
    ("预计增速为5%至10%。", "5%至10%", "percent", None, "%", None, "5", "10"),
    ("股票仓位80%-95%。", "80%-95%", "percent", None, "%", None, "80", "95"),
    ("预计增速为5%—10%。", "5%—10%", "percent", None, "%", None, "5", "10"),
    ("估值约为3至5倍。", "3至5倍", "multiple", None, "x", None, "3", "5"),
    ("月销量5.2万至5.5万辆。", "5.2万至5.5万辆", "count", None, "辆", None, "52000", "55000"),
    ("预计全年收入介乎88亿元至92亿元人民币。", "88亿元至92亿元人民币", "money", None, "CNY", "CNY",
     "8800000000", "9200000000"),
    ("回购规模为5至10亿港元。", "5至10亿港元", "money", None, "HKD", "HKD", "500000000", "1000000000"),
    # parts of a hundred, thousand, ten thousand; tenths
    ("持股比例为百分之22。", "百分之22", "percent", "22", "%", None, None, None),
    ("占比百分之三十五点五。", "百分之三十五点五", "percent", "35.5", "%", None, None, None),
    ("申购费率为千分之一点五。", "千分之一点五", "percent", "0.15", "%", None, None, None),
    ("交易佣金万分之二。", "万分之二", "percent", "0.02", "%", None, None, None),
    ("约七成来自海外。", "七成", "percent", "70", "%", None, None, None),
    ("约八点五成来自海外。", "八点五成", "percent", "85", "%", None, None, None),
    ("仅半成来自海外。", "半成", "percent", "5", "%", None, None, None),
    ("约三成半来自海外。", "三成半", "percent", "35", "%", None, None, None),
    ("逾7成受访者看好。", "7成", "percent", "70", "%", None, None, None),
    ("香港业务约占两成七。", "两成七", "percent", "27", "%", None, None, None),
    ("成交面积有望回升三至五成。", "三至五成", "percent", None, "%", None, "30", "50"),
    # 至 after a change word is "to", not a range: two amounts
    ("利润按年增加64亿美元至324亿美元。", "64亿美元", "money", "6400000000", "USD", "USD", None, None),
    ("利润按年增加64亿美元至324亿美元。", "324亿美元", "money", "32400000000", "USD", "USD", None, None),
    # counts: the measure word alone; measures may have decimals; small index moves in points
    ("共有12家公司上市。", "12家", "count", "12", "家", None, None, None),
    ("装机量约为16.9GWh。", "16.9GWh", "count", "16.9", "GWh", None, None, None),
    ("期指高水42点。", "42点", "points", "42", "点", None, None, None),
    # issue 20: Chinese-numeral points, 半个百分点, 百分之百, 折 as a discount, approximators keep the number
    ("存款准备金率下调三个百分点。", "三个百分点", "percent", "3", "pp", None, None, None),
    ("净息差收窄零点五个百分点。", "零点五个百分点", "percent", "0.5", "pp", None, None, None),
    ("失业率上升两个百分点。", "两个百分点", "percent", "2", "pp", None, None, None),
    ("逆回购利率下调二十五个基点。", "二十五个基点", "percent", "0.25", "bp", None, None, None),
    ("贷款利率下调一百个基点。", "一百个基点", "percent", "1", "bp", None, None, None),
    ("净息差收窄半个百分点。", "半个百分点", "percent", "0.5", "pp", None, None, None),
    ("毛利率提升一个半百分点。", "一个半百分点", "percent", "1.5", "pp", None, None, None),
    ("持股比例为百分之百。", "百分之百", "percent", "100", "%", None, None, None),
    ("毛利率上升3个多百分点。", "3个多百分点", "percent", "3", "pp", None, None, None),
    ("利差收窄三十多个基点。", "三十多个基点", "percent", "0.30", "bp", None, None, None),
    ("占比百分之三点五。", "百分之三点五", "percent", "3.5", "%", None, None, None),
    ("约3成来自海外。", "3成", "percent", "30", "%", None, None, None),
    ("近五成受访者看好。", "五成", "percent", "50", "%", None, None, None),
    ("股价年内涨超5%。", "5%", "percent", "5", "%", None, None, None),
    ("申购费1折。", "1折", "multiple", "0.1", "x", None, None, None),
    ("代销渠道申购费打1折。", "1折", "multiple", "0.1", "x", None, None, None),
    ("费率8折优惠。", "8折", "multiple", "0.8", "x", None, None, None),
    ("管理费五折。", "五折", "multiple", "0.5", "x", None, None, None),
    ("认购费率享8.5折。", "8.5折", "multiple", "0.85", "x", None, None, None),
    ("认购费率享85折。", "85折", "multiple", "0.85", "x", None, None, None),
    ("认购费率享八五折。", "八五折", "multiple", "0.85", "x", None, None, None),
    # magnitudes and currencies
    ("台积电营收新台币2.5兆元。", "新台币2.5兆元", "money", "2500000000000", "TWD", "TWD", None, None),
    ("营收新台币100亿元。", "新台币100亿元", "money", "10000000000", "TWD", "TWD", None, None),
    ("营收5306亿台币。", "5306亿台币", "money", "530600000000", "TWD", "TWD", None, None),
    ("累计营收约5,533.4亿元新台币。", "5,533.4亿元新台币", "money", "553340000000", "TWD", "TWD", None, None),
    # a share class states its own fund code
    ("某纳斯达克100指数基金(A类:270042)。", "270042", "code", None, None, None, None, None),
    ("市值超过千亿。", "千亿", "number", "100000000000", None, None, None, None),
    ("市值超过千亿元。", "千亿元", "money", "100000000000", "CNY", "CNY", None, None),
    ("募资5亿欧元。", "5亿欧元", "money", "500000000", "EUR", "EUR", None, None),
    ("收购价3000亿日元。", "3000亿日元", "money", "300000000000", "JPY", "JPY", None, None),
    ("收购价12亿英镑。", "12亿英镑", "money", "1200000000", "GBP", "GBP", None, None),
    ("估值8亿新加坡元。", "8亿新加坡元", "money", "800000000", "SGD", "SGD", None, None),
    ("每股派息4人民币。", "4人民币", "money", "4", "CNY", "CNY", None, None),
    ("南向净流入3,018.1亿港元。", "3,018.1亿港元", "money", "301810000000", "HKD", "HKD", None, None),
    # stats7: counts in Chinese numerals that hold a ten or more
    ("期内入境旅客约四百万人次。", "四百万人次", "count", "4000000", "人次", None, None, None),
    # claims11b: handsets in 部; departments in 部门 (a count of its own, never 部); a count after a word ending in
    # 前 (目前, 此前) is still a count
    ("新机型首月售出120万部。", "120万部", "count", "1200000", "部", None, None, None),
    ("财政部等5部门联合印发通知。", "5部门", "count", "5", "部门", None, None, None),
    ("目前12名研究员在岗。", "12名", "count", "12", "名", None, None, None),
    ("失业人数增至十一万三千人。", "十一万三千人", "count", "113000", "人", None, None, None),
    ("季内共有十宗土地交易。", "十宗", "count", "10", "宗", None, None, None),
    # counts10: one digit word before a measure word of cases, documents, plots or buildings is a count
    ("屋宇署上月批出五份拆卸同意书。", "五份", "count", "5", "份", None, None, None),
    ("两幅农地拨作公营房屋用途。", "两幅", "count", "2", "幅", None, None, None),
    ("该银行今年新开三间分行。", "三间", "count", "3", "间", None, None, None),
    ("期内共录得九宗强制售卖申请。", "九宗", "count", "9", "宗", None, None, None),
    # claims11c: an amount in two magnitudes, the second counting the part below the first (Taiwan's 亿…万, 兆…亿)
    ("北辰营收新台币3,418亿2,500万元。", "新台币3,418亿2,500万元", "money", "341825000000", "TWD", "TWD", None, None),
    ("全体银行放款余额约8兆2356亿元新台币。", "8兆2356亿元新台币", "money", "8235600000000", "TWD", "TWD", None, None),
    ("上季税后纯益107亿300万元。", "107亿300万元", "money", "10703000000", "CNY", "CNY", None, None),
    # claims13a: a level or count past ten thousand in two parts (Taiwan's 万…): the part after 万 counts units
    ("加权指数以1万8765.43点开出。", "1万8765.43点", "points", "18765.43", "点", None, None, None),
    ("柜买指数收在2万150点。", "2万150点", "points", "20150", "点", None, None, None),
    ("小台指今天成交6万4021口。", "6万4021口", "count", "64021", "口", None, None, None),
    ("某航港口上月吞吐量48.5万公吨。", "48.5万公吨", "count", "485000", "公吨", None, None, None),
]

# (text, fragment): no quantity mention may contain the fragment
NEGATIVE = [
    # claims11c: a second magnitude not below the first, or a part that fills the first, joins nothing
    ("两笔拨款5亿3亿元。", "5亿3亿元"),
    ("两笔拨款3兆12000亿元。", "3兆12000亿元"),
    ("列表为1,2,3,4%。", "4%"),
    ("列表为１,２,３,４％。", "４％"),
    ("数值7́7.8́4%有误。", "4%"),
    ("详见https://example.com/fund%28A%29/10%25", "%"),
    ("链接www.example.com/a%2F5%20b", "%"),
    ("详见example.cn/report/10%25与https://x.hk/a/8%", "%"),
    ("长度为5厘米。", "厘"),
    ("误差仅0.5厘。", "厘"),
    ("装机容量100兆瓦。", "兆"),
    ("统计2020-2024年完整会计年度。", "2020"),
    ("一成不变的策略。", "一成"),
    ("降本增效,压缩成本。", "成"),
    ("收益率从10%-5%", "-5%"),
    ("两会前后5个交易日上涨概率约为六成。", "5个"),
    ("数量为1.5个。", "1.5个"),
    ("下午3点开会。", "3点"),
    ("该基金排名第1名。", "1名"),
    ("增长5%——远超预期。", "——"),
    # issue 20: 多 with no number is no figure (3个 of 3个多百分点 is no count: the CASES row checks no
    # other quantity overlaps it)
    ("有多个百分点的差距。", "百分点"),
    # issue 20: 折 inside other words
    ("计提折旧5亿元。", "折"),
    ("固定资产折旧年限为10年。", "折"),
    ("美元折合7.2元人民币。", "折"),
    ("3折叠屏手机。", "折"),
    ("将纸对折。", "折"),
    # stats7: a bare digit word before a measure word (一份, 两个) and an ordinal (第十名) are no count
    ("该署批出一份同意书,涉及两个项目。", "一份"),
    ("该署批出一份同意书,涉及两个项目。", "两个"),
    ("他在比赛中获第十名。", "十名"),
    # counts10: an ordinal, a fraction, a pair of digit words, a bare 一 ('a'), a measure word inside a word
    ("第三间分行下月开业。", "三间"),
    ("约三份之一的受访者反对。", "三份"),
    ("一两份文件尚待签署。", "两份"),
    ("分析师在一份报告中写道。", "一份"),
    ("股价两度大幅波动。", "幅"),
    # claims11b: the N of 前N名 is a rank range (the top N), no count
    ("持仓明细按市值列出前十名重仓股。", "十名"),
    ("本季榜单前20名中有三家券商。", "20名"),
]
# fmt: on


def _variants(cases: list) -> list:
    """Each case in Simplified and Traditional, with ASCII and with full-width punctuation."""
    out = []
    for text, surface, *rest in cases:
        for script, convert in (("简", lambda s: s), ("繁", S2T.convert)):
            for width, table in (("ascii", {}), ("full", FULL_WIDTH)):
                t, s = convert(text).translate(table), convert(surface).translate(table)
                out.append(pytest.param(t, s, *rest, id=f"{script}-{width}-{surface}"))
    return out


def _mentions(text: str) -> list[Mention]:
    result = analyze(text.encode("utf-8"), name="case.txt", as_of=AS_OF)
    for m in result.mentions:
        assert result.text[m.span.start : m.span.end] == m.text  # offsets are sacred
    return result.mentions


def _dec(value: str | None) -> Decimal | None:
    return None if value is None else Decimal(value)


@pytest.mark.issue(11)
@pytest.mark.parametrize(
    ("text", "surface", "kind", "value", "unit", "currency", "low", "high"), _variants(CASES)
)
def test_quantity_form(
    text: str, surface: str, kind: str, value: str | None, unit: str | None, currency: str | None,
    low: str | None, high: str | None,
) -> None:
    mentions = _mentions(text)
    found = [m for m in mentions if m.text == surface]
    assert found, f"{surface!r} not recognized in {text!r}: {[m.text for m in mentions]}"
    m = found[0]
    assert m.span.start == text.index(surface)
    assert (m.kind.value, m.unit, m.currency) == (kind, unit, currency)
    assert m.value == _dec(value)
    assert (m.low, m.high) == (_dec(low), _dec(high))
    assert m.invalid is None
    # no other quantity overlaps it (the dash of a range is never a second, negative mention)
    others = [o for o in mentions if o is not m and o.kind.value in QUANTITY_KINDS and o.span.overlaps(m.span)]
    assert not others


@pytest.mark.issue(11)
@pytest.mark.parametrize(("text", "fragment"), _variants(NEGATIVE))
def test_no_quantity_here(text: str, fragment: str) -> None:
    mentions = _mentions(text)
    bad = [m.text for m in mentions if m.kind.value in QUANTITY_KINDS and fragment in m.text]
    assert not bad, bad


@pytest.mark.parametrize(
    ("text", "surface", "value"),
    [
        ("基点数据:12bp", "12bp", "12"),
        ("千分之一点五", "千分之一点五", "1.5"),
        ("派45港仙", "45港仙", "45"),
    ],
)
def test_stated_is_the_number_as_written(text: str, surface: str, value: str) -> None:
    m = next(m for m in _mentions(text) if m.text == surface)
    assert m.stated == Decimal(value)


@pytest.mark.issue(15)
@pytest.mark.parametrize("digits", ["123456789012345678901", "９" * 25, "1" * 400])
def test_out_of_range_amount_is_a_flagged_mention(digits: str) -> None:
    """#6: a 21-digit amount × 亿 crashed extraction; now it is a mention with ``invalid`` and no value."""
    text = f"南向资金净流入{digits}亿港元,恒生科技指数上涨5%。"
    mentions = _mentions(text)
    money = [m for m in mentions if m.kind.value == "money"]
    assert len(money) == 1
    assert money[0].value is None and money[0].invalid and "beyond" in money[0].invalid
    assert [m.value for m in mentions if m.kind.value == "percent"] == [Decimal(5)]  # the rest is still read


@pytest.mark.issue(11)
@pytest.mark.parametrize(("unit", "stated"), [("pp", "12"), ("bp", "0.12")])
def test_a_change_in_points_is_never_checked_as_a_percent_change(unit: str, stated: str) -> None:
    """「上涨12个百分点」 used to be a count; as pp it must not be compared with a computed return."""
    from handmade import make_claim, make_doc

    from analyzer.verify import verify

    claim = make_claim("c1", "hstech", "return", stated, start=dt.date(2024, 3, 7), end=AS_OF, unit=unit,
                       sentence="恒生科技指数近1年上涨12个百分点")
    verdicts = verify(make_doc(claim), None)
    assert [(v.status.value, "percentage points" in (v.reason or "") or "basis points" in (v.reason or ""))
            for v in verdicts] == [("unverifiable", True)]


@pytest.mark.parametrize(
    ("text", "surface", "stated", "scale"),
    [
        ("股价年内翻倍。", "翻倍", "1", 100),  # ±50 %: as loose as the words
        ("收入翻两番。", "翻两番", "3", 100),
        ("营收增长1倍。", "1倍", "1", 100),
        ("约七成来自海外。", "七成", "7", 10),  # ±5 %
        ("约三成半来自海外。", "三成半", "3.5", 10),
        ("约两成七来自海外。", "两成七", "2.7", 10),
    ],
)
def test_words_carry_their_precision(text: str, surface: str, stated: str, scale: int) -> None:
    """The tolerance of a check is half a unit of the stated figure times ``scale`` (verify/tolerance.py):
    翻倍 must not be held to ±0.5 % of 100 %."""
    m = next(m for m in _mentions(text) if m.text == surface)
    assert (m.stated, m.scale) == (Decimal(stated), scale)


_DIGIT_VALUES = {"二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}


@settings(max_examples=60, deadline=None)
@given(
    digit=st.sampled_from(sorted(_DIGIT_VALUES)),
    noun=st.sampled_from(quantity_vocabulary().small_count_nouns),
    before=st.sampled_from(["", "共有", "其中", "另有", "第"]),
    traditional=st.booleans(),
)
def test_one_digit_word_counts(digit: str, noun: str, before: str, traditional: bool) -> None:
    """counts10: a single digit word before a measure word of `small_count_nouns` is a count of that many in
    that unit, whatever stands before it, but never after 第 (an ordinal)."""
    text = f"本季{before}{digit}{noun}已登记入册。"
    if traditional:
        text = S2T.convert(text)
    words = text[2 + len(before) : 4 + len(before)]
    found = [m for m in _mentions(text) if m.kind.value in QUANTITY_KINDS and words in m.text]
    if before == "第":
        assert not found
        return
    assert len(found) == 1
    assert (found[0].kind.value, found[0].value, found[0].unit) == ("count", Decimal(_DIGIT_VALUES[digit]), noun)
