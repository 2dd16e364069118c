"""Subject linking: the alias automaton (registry and securities master), surface names by shape, fund
references, in both scripts and both punctuation widths."""

from __future__ import annotations

import os
from itertools import pairwise
from pathlib import Path

import opencc
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.claims import subject as subject_module
from analyzer.claims.subject import AliasHit, AliasMatcher, find_subjects, find_surface_names
from analyzer.instruments import default_registry
from analyzer.master import default_master
from analyzer.normalize import normalize
from analyzer.normalize.convert import convert_script
from analyzer.segment import TokenBoundaries, segment

S2HK = opencc.OpenCC("s2hk")
S2TW = opencc.OpenCC("s2tw")
_FULL = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）"})


def variants(simplified: str) -> list[str]:
    """The sentence in Simplified, Hong Kong and Taiwan Traditional script, each with ASCII and full-width
    punctuation."""
    scripts = dict.fromkeys([simplified, S2HK.convert(simplified), S2TW.convert(simplified)])
    return [v for s in scripts for v in (s, s.translate(_FULL))]


def subjects(original: str) -> list[AliasHit]:
    """Open-world subjects of ``original`` as the pipeline would see them (normalized, with tokens);
    checks that every hit maps back onto the original text."""
    norm = normalize(original)
    hits = find_subjects(norm.text, TokenBoundaries(segment(norm.text)), open_world=True)
    for h in hits:
        assert h.alias == norm.text[h.start : h.end]
        start, end = norm.offsets.to_original(h.start), norm.offsets.to_original_end(h.end)
        assert convert_script(original[start:end], "t2s").translate(_FULL) == h.alias.translate(_FULL)
    return hits


def ids(hits: list[AliasHit]) -> list[str | None]:
    return [h.id for h in hits]


# -- registry aliases ----------------------------------------------------------------------------------

REGISTRY_CASES = [
    ("恒指收报20,127点,跌135点;国指收报7,380点,科指跌1.2%。", ["hsi", "hscei", "hstech"]),
    ("恒生指数收市报20,127点,国企指数收报7,380点,恒生科技指数跌1.2%。", ["hsi", "hscei", "hstech"]),
    ("H股指数与恒生综合指数双双走高(均涨1%)。", ["hscei", "hsci"]),
    (
        "截至收盘,沪指涨0.5%,深成指涨0.8%,创业板指涨1.1%,科创50跌0.3%。",
        ["sse_composite", "szse_component", "chinext", "star50"],
    ),
    ("上证综指与上证50、北证50、中证A500当日分化。", ["sse_composite", "sse50", "bse50", "csi_a500"]),
    ("中证500指数和中证1000指数跑赢沪深300。", ["csi500", "csi1000", "csi300"]),
    (
        "隔夜美股:纳斯达克100指数上涨1.5%,纳斯达克综合指数上涨1.2%,标普500上涨0.9%,道指下跌0.2%。",
        ["ndx", "nasdaq_composite", "spx", "djia"],
    ),
    ("纳指100本月累计上涨3%,纳指上涨2%。", ["ndx", "nasdaq_composite"]),
    ("道琼斯工业平均指数与标准普尔500指数同创新高。", ["djia", "spx"]),
    ("亚太股市:日经225指数收跌1%,台湾加权指数收涨0.5%。", ["nikkei225", "taiex"]),
    ("南向资金全天净买入85.2亿港元,北向资金净流出12亿元。", ["southbound", "northbound"]),
    ("港股通今日净流入30亿港元。", ["southbound"]),
    ("两市成交额1.2万亿元;港股主板成交额2,800亿港元。", ["cn_two_markets", "hk_main_board"]),
    ("2月M2同比增长7.0%,M1同比增长0.1%,CPI同比下降0.7%,PPI同比下降2.2%。", ["cn_m2", "cn_m1", "cn_cpi", "cn_ppi"]),
    ("2024年GDP增长5.0%,社融存量同比增长8.0%。", ["cn_gdp", "cn_tsf"]),
    ("美国CPI同比上涨3.0%,中国CPI同比下降0.7%。", ["us_cpi", "cn_cpi"]),
    ("腾讯控股与美团、小米集团、贵州茅台均在名单上。", ["tencent", "meituan", "xiaomi", "moutai"]),
    (
        "沪市主板成交额5,000亿元,创业板成交额3,000亿元,科创板成交800亿元。",
        ["cn_main_board", "chinext_board", "star_market"],
    ),
    ("科创板50成份指数上涨1%,北交所成交额200亿元。", ["star50", "bse_market"]),
]


@pytest.mark.parametrize(("simplified", "expected"), REGISTRY_CASES)
def test_registry_aliases_in_both_scripts_and_widths(simplified: str, expected: list[str]) -> None:
    for text in variants(simplified):
        assert ids(subjects(text)) == expected, text


def test_hong_kong_wording_of_the_china_enterprises_index() -> None:
    # HK press writes 恒生國企指數; t2s gives 恒生国企指数, a different string from 国企指数
    assert ids(subjects("恒生國企指數收報7,380點")) == ["hscei"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("纳斯达克100指数", "ndx"),
        ("納斯達克100指數", "ndx"),
        ("纳指100", "ndx"),
        ("Nasdaq-100", "ndx"),
        ("纳斯达克综合指数", "nasdaq_composite"),
        ("納斯達克綜合指數", "nasdaq_composite"),
        ("纳斯达克指数", "nasdaq_composite"),
        ("纳指", "nasdaq_composite"),
        ("Nasdaq Composite", "nasdaq_composite"),
    ],
)
def test_nasdaq_100_is_never_the_composite(text: str, expected: str) -> None:
    hits = subjects(f"昨夜{text}收涨1.2%")
    assert [h.id for h in hits if h.kind == "index"] == [expected]


@pytest.mark.parametrize(
    "text",
    ["该公司于2019年在纳斯达克上市,募资3亿美元。", "恒生指数有限公司宣布调整成分股。", "纳斯达克交易所的数据显示"],
)
def test_exchange_and_index_company_are_no_index(text: str) -> None:
    for variant in variants(text):
        assert [h for h in subjects(variant) if h.kind == "index"] == [], variant


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a bare CPI is China's by default, and says so (assumed)
        ("2月CPI同比下降0.7%。", [("cn_cpi", "registry", "中国CPI", True)]),
        ("我国CPI同比下降0.7%。", [("cn_cpi", "registry", "中国CPI", False)]),
        # another place or series earlier in the sentence: no data for it, so no registry id
        ("美国劳工部公布,1月CPI同比上涨3.0%。", [(None, "surface", "美国CPI", False)]),
        ("核心CPI同比上涨0.3%。", [(None, "surface", "核心CPI", False)]),
        (
            "欧元区2024年GDP增长0.9%;2月PPI同比下降2.2%。",
            [(None, "surface", "欧元区GDP", False), ("cn_ppi", "registry", "中国PPI", True)],
        ),
    ],
)
def test_bare_macro_aliases_are_china_only_by_default(text: str, expected: list[tuple]) -> None:
    for variant in variants(text):
        got = [(h.id, h.source, h.name, h.assumed) for h in subjects(variant) if h.kind == "macro"]
        assert got == expected, variant


def test_taiwan_wording_of_the_dow() -> None:
    assert ids(subjects("道瓊工業平均指數收漲0.5%")) == ["djia"]


def test_nasdaq_100_spaced_is_not_the_composite() -> None:
    # the spaced form has no alias of its own; the composite's alias must not claim it either
    hits = subjects("纳斯达克 100指数收涨1.2%")
    assert "nasdaq_composite" not in ids(hits)


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("永恒科技今年营收增长20%", "hstech"),
        ("打造完美团队", "meituan"),
        ("中国指数研究院发布报告", "hscei"),
        ("学科指标体系", "hstech"),
        ("报道指出美股走强", "djia"),
        ("DeepSeek-M1X模型发布", "cn_m1"),
        ("沪深成交额放大至9000亿元", "szse_component"),
        ("资金流入深成份股", "szse_component"),
        ("长荣航空股价上涨3%", "evergreen_marine"),
    ],
)
def test_short_aliases_only_as_whole_words(text: str, absent: str) -> None:
    for variant in variants(text):
        assert absent not in ids(subjects(variant)), variant


@pytest.mark.parametrize(
    ("text", "expected"),
    [("美团股价上涨5%", "meituan"), ("恒指收报20,127点", "hsi"), ("科指跌2%", "hstech"), ("国指收报7,380点", "hscei"),
     ("深成收报9,820点", "szse_component"), ("鸿海收在146.5元", "hon_hai")],
)
def test_short_aliases_as_words(text: str, expected: str) -> None:
    for variant in variants(text):
        assert ids(subjects(variant)) == [expected], variant


@pytest.mark.parametrize(
    ("text", "alias", "expected"),
    [
        ("恒生科技指数ETF(513180)规模增长", "恒生科技指数ETF", "hstech_etf_513180"),
        ("港股通南向资金净买入", "港股通南向资金", "southbound"),
        ("沪深300指数上涨", "沪深300指数", "csi300"),
        ("恒生中国企业指数下跌", "恒生中国企业指数", "hscei"),
        ("道琼斯工业平均指数上涨", "道琼斯工业平均指数", "djia"),
    ],
)
def test_longest_alias_wins(text: str, alias: str, expected: str) -> None:
    (hit,) = subjects(text)
    assert (hit.alias, hit.id, hit.source) == (alias, expected, "registry")


def test_registry_hit_carries_kind_and_code() -> None:
    (hit,) = subjects("恒生科技指数ETF(513180)")
    assert (hit.kind, hit.code, hit.name, hit.instrument.tracks) == ("fund", "513180", "恒生科技指数ETF", "hstech")


# -- securities master -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "name", "code"),
    [
        ("比亚迪2024年全年营业收入7771.0亿元,较2023年增长29.0%。", "比亚迪", "002594"),
        ("招商银行业绩超预期,净利润同比增长1.2%。", "招商银行", "600036"),
        ("宁德时代一季度归母净利润139.6亿元。", "宁德时代", "300750"),
        ("万科A股价下跌3%", "万科A", "000002"),
        ("万科年报显示亏损", "万科", "000002"),
    ],
)
def test_listed_companies_from_the_master(text: str, name: str, code: str) -> None:
    for variant in variants(text):
        (hit,) = [h for h in subjects(variant) if h.source == "master"]
        assert (hit.alias, hit.code, hit.kind, hit.id) == (name, code, "stock", None), variant


@pytest.mark.parametrize(
    "text",
    ["中国银行业协会数据显示不良率下降", "机器人产业规模扩大", "太平洋沿岸贸易增长", "农产品价格指数回落"],
)
def test_master_names_inside_words_or_common_words_are_no_subject(text: str) -> None:
    for variant in variants(text):
        assert [h for h in subjects(variant) if h.source == "master"] == [], variant


@pytest.mark.parametrize(
    ("text", "alias", "code", "source"),
    [
        ("中国平安集团2024年营业收入较上年同期下降1.9%。", "中国平安集团", "601318", "master"),
        ("比亚迪股份有限公司发布公告。", "比亚迪股份有限公司", "002594", "master"),
        ("中国人寿保险股份有限公司净利润增长108%。", "中国人寿保险股份有限公司", "601628", "master"),
        ("腾讯控股有限公司回购股份。", "腾讯控股有限公司", "00700", "registry"),
    ],
)
def test_a_listed_name_written_out_in_full_keeps_its_code(text: str, alias: str, code: str, source: str) -> None:
    for variant in variants(text):
        (hit,) = subjects(variant)
        assert (hit.alias, hit.code, hit.source) == (alias, code, source), variant


def test_master_lookup_code_and_name() -> None:
    master = default_master()
    (moutai,) = master.by_code("600519")
    assert (moutai.name, moutai.exchange, moutai.kind) == ("贵州茅台", "SH", "stock")
    assert master.by_code("600519.SH") == [moutai] and master.by_code("600519.SZ") == []
    assert master.by_name("贵州茅台") == moutai
    assert master.by_name("貴州茅臺") == moutai  # Traditional
    (vanke,) = master.by_code("000002")
    assert vanke.name == "万科A"  # full-width Ａ of the source folded
    assert master.by_name("机器人").ambiguous and not moutai.ambiguous
    assert len(master) > 5000


# -- surface names ---------------------------------------------------------------------------------

SURFACE_CASES = [
    # fund leaflet: the verb phrase before the name is not part of it
    ("拟任基金经理张三管理的远航优选混合基金近一年收益率52.3%。", [("远航优选混合基金", "fund")]),
    ("远航优选混合A(代码:016888)成立以来累计收益12.5%。", [("远航优选混合A", "fund")]),
    (
        "工银瑞信前沿医疗股票A近一年收益率-15.3%,远航纯债债券C成立以来收益8%。",
        [("工银瑞信前沿医疗股票A", "fund"), ("远航纯债债券C", "fund")],
    ),
    ("万家远航混合与三只远航优选混合A同日分红。", [("万家远航混合", "fund"), ("远航优选混合A", "fund")]),
    (
        "本基金业绩比较基准为中证新能源指数收益率×80%+中债综合指数收益率×20%。",
        [("本基金", "fund"), ("中证新能源指数", "index"), ("中债综合指数", "index")],
    ),
    ("易方达恒生科技ETF联接A今年以来上涨12%。", [("易方达恒生科技ETF联接A", "fund")]),
    ("南方中证500ETF规模突破1,000亿元。", [("南方中证500ETF", "fund")]),
    ("沪深300ETF当日成交50亿元。", [("沪深300ETF", "fund")]),
    # Hong Kong results news
    ("匯豐控股去年除稅前利潤323億美元,按年升6%;派第四次中期息每股0.36美元。", [("汇丰控股", "stock")]),
    ("友邦保險新業務價值按年增長18%。", [("友邦保险", "stock")]),
    ("理想汽车第四季度交付15.8万辆,理想汽车股价随之上涨。", [("理想汽车", "company"), ("理想汽车", "company")]),
    # broker note
    ("我们看好远航科技:预计公司2025年营收增长25%。", [("远航科技", "company")]),
    ("半导体板块午后拉升,涨幅3.2%。", [("半导体板块", "sector")]),
    # Hong Kong market wrap and a leaflet with the fund's legal name and its manager
    (
        "蓝筹股中,友邦保险跌3%,汇丰控股逆市升1.2%,新鸿基地产升0.5%。",
        [("友邦保险", "stock"), ("汇丰控股", "stock"), ("新鸿基地产", "stock")],
    ),
    (
        "远航资产管理有限公司旗下「远航优选混合型证券投资基金」(A类:016888,C类:016889)成立以来累计收益率为35.6%。",
        [("远航资产管理有限公司", "company"), ("远航优选混合型证券投资基金", "fund")],
    ),
    ("公司全资子公司远航新能源科技有限公司获得政府补助500万元。", [("远航新能源科技有限公司", "company")]),
    (
        "京东集团跌2%,蔚来交付1.3万辆,零跑汽车交付2.5万辆。",
        [("京东集团", "company"), ("蔚来", "company"), ("零跑汽车", "company")],
    ),
    (
        "台湾股市收盘走高,台积电涨2%,鸿海跌1%;英伟达盘后大涨8%。",
        [("台积电", "stock"), ("鸿海", "stock"), ("英伟达", "company")],  # registry stocks since reach9
    ),
]


@pytest.mark.parametrize(("simplified", "expected"), SURFACE_CASES)
def test_surface_names(simplified: str, expected: list[tuple[str, str]]) -> None:
    for text in variants(simplified):
        hits = [h for h in subjects(text) if h.source != "master"]
        assert [(h.alias.translate(_FULL), h.kind) for h in hits] == expected, text
        assert all(h.id is None for h in hits if h.source == "surface")


@pytest.mark.parametrize(
    "text",
    [
        "新能源汽车销量同比增长35%。",
        "偏股混合型基金指数今年上涨5%。",
        "股票型基金平均收益率为8%。",
        "商业银行净息差收窄至1.52%。",
        "该基金近一年收益率为5%。",
        "港股科技股普遍上涨。",
        "银行业整体不良率下降。",
        # a leaflet's risk statement and an industry note: verbs and categories before 基金
        "基金管理人承诺以诚实信用、勤勉尽责的原则管理和运用基金资产,但不保证本基金一定盈利。",
        "投资者购买货币市场基金并不等于将资金作为存款存放在银行。",
        "本基金为跨境ETF联接基金,主要投资于目标ETF。",
        "截至2月末公募基金总规模达31.7万亿元,其中股票型基金规模4.5万亿元。",
        "今年以来已有超过200只新基金成立,权益类基金募集占比约四成。",
        "易方达基金旗下产品规模下降。",
    ],
)
def test_categories_are_no_surface_names(text: str) -> None:
    for variant in variants(text):
        assert [h for h in subjects(variant) if h.source == "surface"] == [], variant


def test_surface_names_are_everything_but_the_registry() -> None:
    text = normalize("渣打集團與比亞迪、恒生指數及南方中证500ETF").text
    assert [(h.alias, h.source, h.code) for h in find_surface_names(text)] == [
        ("渣打集团", "surface", None),
        ("比亚迪", "master", "002594"),
        ("南方中证500ETF", "surface", None),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("数万科技企业受益", []),
        ("万科年报显示亏损", ["万科"]),
        ("比亚迪与蔚来齐涨", ["比亚迪", "蔚来"]),
        ("上百京东", []),
    ],
)
def test_short_listed_names_without_tokens(text: str, expected: list[str]) -> None:
    assert [h.alias for h in find_surface_names(text)] == expected


def test_registry_only_by_default() -> None:
    text = normalize("渣打集團與比亞迪、恒生指數").text
    assert [(h.alias, h.source) for h in find_subjects(text)] == [("恒生指数", "registry")]


def test_fund_reference_takes_the_last_surface_fund() -> None:
    hits = subjects("远航优选混合基金成立于2020年。本基金近一年收益率52.3%。")
    ref = hits[-1]
    assert (ref.alias, ref.name, ref.kind, ref.source, ref.id) == (
        "本基金",
        "远航优选混合基金",
        "fund",
        "surface",
        None,
    )


# -- data and cache --------------------------------------------------------------------------------


def test_no_alias_names_two_instruments() -> None:
    seen: dict[str, str] = {}
    for inst in default_registry().instruments:
        for alias in (inst.name, *inst.aliases):
            key = convert_script(alias, "t2s")
            assert seen.setdefault(key, inst.id) == inst.id, f"{alias}: {seen[key]} and {inst.id}"


def test_traditional_aliases_only_where_t2s_does_not_map_them() -> None:
    for inst in default_registry().instruments:
        listed = {inst.name, *inst.aliases}
        for alias in listed:
            simplified = convert_script(alias, "t2s")
            assert simplified == alias or simplified not in listed, f"{inst.id}: {alias} is redundant"


def test_unconverted_traditional_text_still_matches() -> None:
    # --convert none: the Traditional forms are in the automaton too
    assert [h.id for h in find_subjects("恒生科技指數與國企指數")] == ["hstech", "hscei"]


def test_automaton_disk_cache_round_trip(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(subject_module, "_cache_dir", lambda: tmp_path)
    monkeypatch.setattr(subject_module, "CACHE_BUILD_SECONDS", 0.0)
    built = subject_module._cached_matcher(default_registry(), default_master)
    (cached,) = tmp_path.glob("subjects-*.pickle")
    restored = subject_module._cached_matcher(default_registry(), lambda: pytest.fail("rebuilt despite the cache"))
    text = normalize("恒指、比亚迪与纳斯达克100指数").text
    assert restored.find(text) == built.find(text) and len(built.find(text)) == 3
    assert cached.stat().st_size > 0


def test_disk_cache_key_is_what_was_loaded(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # a registry that differs from the shipped file (as one loaded before the file was edited would) is
    # cached under its own key, so the shipped registry's matcher never restores it
    monkeypatch.setattr(subject_module, "_cache_dir", lambda: tmp_path)
    monkeypatch.setattr(subject_module, "CACHE_BUILD_SECONDS", 0.0)
    shipped = default_registry()
    fewer = shipped.model_copy(update={"instruments": tuple(i for i in shipped.instruments if i.id != "hstech")})
    subject_module._cached_matcher(fewer, default_master)
    restored = subject_module._cached_matcher(shipped, default_master)
    assert len(list(tmp_path.glob("subjects-*.pickle"))) == 2
    assert "hstech" in [h.id for h in restored.find(normalize("恒生科技指数").text)]


def test_disk_cache_keeps_a_few_other_versions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(subject_module, "_cache_dir", lambda: tmp_path)
    monkeypatch.setattr(subject_module, "CACHE_BUILD_SECONDS", 0.0)
    others = [tmp_path / f"subjects-other{i}.pickle" for i in range(6)]
    for i, path in enumerate(others):
        path.write_bytes(b"x")
        os.utime(path, (1_000_000 + i, 1_000_000 + i))
    subject_module._cached_matcher(default_registry(), default_master)
    kept = sorted(p.name for p in tmp_path.glob("subjects-*.pickle"))
    newest = sorted(p.name for p in others[-(subject_module.KEEP_CACHED - 1) :])
    assert len(kept) == subject_module.KEEP_CACHED and set(newest) < set(kept)


@settings(max_examples=200, deadline=None)
@given(
    st.text(
        alphabet=st.sampled_from(
            list("恒生科技指数纳斯达克100国企指ETF联接混合基金控股银行管理的远航比亚迪美团队 ,，")
        ),
        max_size=60,
    )
)
def test_hits_are_ordered_non_overlapping_and_exact(text: str) -> None:
    hits = find_subjects(text, open_world=True)
    assert all(h.alias == text[h.start : h.end] and h.start < h.end for h in hits)
    assert all(a.end <= b.start for a, b in pairwise(hits))


def test_registry_only_is_not_hidden_by_a_listed_name() -> None:
    # the listed name 中纺标 overlaps 标普500指数 from the left; registry-only matching ignores listed
    # names before choosing, so the registry alias is still found
    text = "中纺标普500指数"
    assert [(h.alias, h.id) for h in find_subjects(text)] == [("标普500指数", "spx")]
    assert [(h.alias, h.source) for h in find_subjects(text, open_world=True)] == [("中纺标", "master")]


_PIECES = [
    "恒生指数",
    "恒指",
    "国企指数",
    "科指",
    "纳斯达克100指数",
    "纳斯达克综合指数",
    "标普500",
    "沪深300",
    "南向资金",
    "比亚迪",
    "招商银行",
    "汇丰控股",
    "远航优选混合基金",
    "中证新能源指数",
    "本基金",
    "收报",
    "上涨",
    "下跌",
    "同比增长",
    "20,127点",
    "1.2%",
    "323亿美元",
    ",",
    ";",
    "(",
    ")",
    "。",
    "与",
    "的",
    "管理的",
    "2024年",
]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_script_and_punctuation_width_change_no_subject(pieces: list[str]) -> None:
    simplified = "".join(pieces)
    expected = [(h.name, h.id, h.code, h.source) for h in find_subjects(normalize(simplified).text, open_world=True)]
    for text in variants(simplified)[1:]:
        got = [(h.name, h.id, h.code, h.source) for h in find_subjects(normalize(text).text, open_world=True)]
        assert got == expected, text


@pytest.mark.parametrize(
    ("content", "where"),
    [
        ("max_name: {fund: 16}\nsuffixes: {planet: [星]}\nboundaries: [的]\ngeneric: [新]\n", "suffixes"),
        ("max_name: {fund: 16}\nsuffixes: {fund: [基金]}\ngeneric: [新]\n", "boundaries"),
    ],
)
def test_broken_name_shapes(tmp_path: Path, content: str, where: str) -> None:
    from analyzer.datafiles import load_model
    from analyzer.errors import ConfigError

    path = tmp_path / "name_shapes.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_model(path, subject_module.NameShapes, ConfigError, "E910", "name shapes")
    assert info.value.code == "E910" and str(path) in info.value.one_line() and where in info.value.one_line()


def test_matcher_over_registry_only() -> None:
    matcher = AliasMatcher(default_registry())
    assert [h.id for h in matcher.find("比亚迪与恒指")] == ["hsi"]
