"""Fund facts from the text (type from the name, equity share, benchmark) and which claims count as
performance — over hand-made documents, so the shapes the other stages will emit are covered too."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import opencc
import pytest

from analyzer.comply.fundfacts import fund_facts
from analyzer.comply.performance import PerformanceIndex
from analyzer.normalize import normalize
from analyzer.types import Claim, DocumentMeta, DocumentResult, Mention, MentionKind, Span, SubjectRef

S2T = opencc.OpenCC("s2t")


def document(text: str, mentions: list[Mention] = (), claims: list[Claim] = ()) -> DocumentResult:
    norm = normalize(text)
    meta = DocumentMeta(doc_id="t", path="t.txt", encoding="utf-8", format="text", conversion="t2s",
                        n_chars=len(text), as_of=date(2025, 3, 6), as_of_inferred=False, analyzer_version="t")
    result = DocumentResult(meta=meta, text=text, simplified=norm.text, mentions=list(mentions), claims=list(claims))
    result._offsets = norm.offsets
    return result


def percent(text: str, words: str, mid: str, *, low: str | None = None, high: str | None = None) -> Mention:
    start = text.index(words)
    value = None if low is not None else Decimal(words.rstrip("%").split("%")[0])
    return Mention(id=mid, kind=MentionKind.PERCENT, text=words, span=Span(start=start, end=start + len(words)),
                   value=value, unit="%", low=Decimal(low) if low else None, high=Decimal(high) if high else None,
                   recognizer="hand", pattern="hand")


def claim(text: str, words: str, cid: str, metric: str, *, kind: str | None = None, alias: str = "x",
          basis: str | None = None, forecast: bool = False) -> Claim:
    start = text.index(words)
    end = start + len(words)
    sentence_start = max(text.rfind(c, 0, start) for c in "。\n") + 1
    sentence_end = min((i for i in (text.find(c, end) for c in "。\n") if i >= 0), default=len(text))
    return Claim(id=cid, subject=SubjectRef(id=None, alias=alias, kind=kind) if kind else None, metric=metric,
                 value=Decimal(1), unit="%", mention_id=cid, span=Span(start=start, end=end), text=words,
                 sentence=Span(start=sentence_start, end=sentence_end), basis=basis, forecast=forecast)


# fmt: off
NAMES = [
    ("新能源先锋股票型证券投资基金（基金代码：012345）", "equity"),
    ("青松均衡优选混合型证券投资基金", "hybrid"),
    ("青松安心纯债债券型证券投资基金", "bond"),
    ("青松天天利货币市场基金", "money_market"),
    ("青松沪深300ETF（512300）", "equity_etf"),
    ("青松沪深300ETF联接A", "equity_feeder"),
    ("青松纳斯达克100指数(QDII)", "equity_qdii"),
    ("青松中证红利指数证券投资基金", "equity_index"),
    ("青松养老目标日期2045三年持有期混合型发起式基金中基金（FOF）", "pension"),
]
NOT_NAMES = [
    "上述基金为股票基金，其预期风险和预期收益高于混合基金、债券基金与货币市场基金。",
    "恒生科技指数当前估值(PETTM)为20倍。",
    "投资者可以通过买入股票，分享成长。",
    "指数基金是长期投资的好工具。",
]
# fmt: on


@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(("text", "kind"), NAMES)
def test_type_from_the_full_name(text: str, kind: str, script: str) -> None:
    text = S2T.convert(text) if script == "traditional" else text
    facts = fund_facts(document(text))
    assert facts.fund_type is not None and facts.fund_type.fund_type == kind
    assert facts.fund_type.span.slice(text) in text


@pytest.mark.parametrize("text", NOT_NAMES)
def test_categories_and_indexes_are_not_fund_names(text: str) -> None:
    assert [t for t in fund_facts(document(text)).types if t.source == "name"] == []


def test_type_sentence_wins_and_other_funds_do_not_set_the_type() -> None:
    text = "基金经理管理的远航优选混合基金近一年收益率52.3%。本基金为股票型基金。"
    facts = fund_facts(document(text))
    assert facts.fund_type is not None and facts.fund_type.fund_type == "equity"
    assert [s.slice(text) for s in facts.other_fund_spans] == ["基金经理管理的远航优选混合基金"]


@pytest.mark.parametrize("sep", ["-", "～", "至"])
def test_equity_share_from_two_mentions(sep: str) -> None:
    text = f"青松成长精选基金。股票资产占基金资产的比例为80%{sep}95%。"
    mentions = [percent(text, "80%", "m1"), percent(text, "95%", "m2")]
    facts = fund_facts(document(text, mentions))
    assert facts.equity_share == (Decimal(80), Decimal(95))
    assert facts.fund_type is not None and facts.fund_type.fund_type == "equity"


def test_equity_share_from_one_range_mention() -> None:
    """The shape the quant helper is moving to: one mention with low/high."""
    text = "青松成长精选基金。股票资产占比：60%-95%。"
    mentions = [percent(text, "60%-95%", "m1", low="60", high="95")]
    facts = fund_facts(document(text, mentions))
    assert facts.equity_share == (Decimal(60), Decimal(95))
    assert facts.types == []  # 60% is not a stock fund's 80%


def test_benchmark_weights() -> None:
    text = "业绩比较基准：中证新能源指数收益率×80%+中债综合指数收益率×20%。"
    facts = fund_facts(document(text))
    assert facts.benchmark is not None and "×80%" in facts.benchmark.slice(text)
    assert facts.benchmark_equity_weight == Decimal(80)
    assert facts.fund_type is not None and facts.fund_type.fund_type == "equity_heavy"


# ── which claims are performance ──

def classify(text: str, claims: list[Claim]) -> dict[str, str | None]:
    result = document(text, claims=claims)
    index = PerformanceIndex(result, fund_facts(result))
    return {c.id: index.classify(c).kind for c in claims}


def test_weights_and_forecasts_are_never_performance() -> None:
    text = ("业绩比较基准：沪深300指数收益率×80%+中债综合指数收益率×20%。力争年化收益不低于12%。"
            "预计明年收益可达25%。本基金今年以来收益率8%。")
    claims = [
        claim(text, "80%", "w1", "return"),
        claim(text, "20%", "w2", "benchmark_weight"),
        claim(text, "12%", "p1", "annualized_return"),
        claim(text, "25%", "f1", "return"),
        claim(text, "8%", "r1", "return", kind="fund", alias="本基金"),
    ]
    assert classify(text, claims) == {"w1": None, "w2": None, "p1": None, "f1": None, "r1": "fund"}


def test_the_claims_helpers_metric_names_and_flags() -> None:
    text = "本基金成立以来收益率35%。同期基准收益率20%。沪深300指数上涨10%。年底有望达到15%。指数收益率×60%。"
    claims = [
        claim(text, "35%", "a", "fund_return_since_inception"),
        claim(text, "20%", "b", "benchmark_return"),
        claim(text, "10%", "c", "return", kind="index", alias="沪深300"),
        claim(text, "15%", "d", "return", kind="index", forecast=True),
        claim(text, "60%", "e", "return", basis="weight"),
    ]
    assert classify(text, claims) == {"a": "fund", "b": "benchmark", "c": "index", "d": None, "e": None}


def test_manager_other_fund_is_its_own_kind() -> None:
    text = "基金经理张三管理的远航优选混合基金近一年收益率52.3%。"
    assert classify(text, [claim(text, "52.3%", "o", "return")]) == {"o": "other_fund"}


# ── suitability (CN-FUND-MKT-042) ──

HEAD_R4 = "青松成长股票型证券投资基金，本基金风险等级为R4（中高风险）。"
HEAD_R2 = "青松安心债券型证券投资基金，本基金风险等级为R2（中低风险）。"


# fmt: off
SUITABILITY = [
    (HEAD_R4 + "本基金适合保守型投资者。", "保守型"),
    (HEAD_R4 + "适合风险承受能力为C3及以上的投资者。", "C3"),
    (HEAD_R4 + "适合养老资金长期配置。", "养老资金"),
    (HEAD_R2 + "本基金适合保守型投资者。", "保守型"),
    (HEAD_R4 + "本基金不适合保守型投资者。", None),             # negated
    (HEAD_R4 + "适合风险承受能力为C4及以上的投资者。", None),
    (HEAD_R2 + "适合养老资金配置。", None),                       # pension money fits R2
    (HEAD_R2 + "适合稳健型投资者。", None),
    ("青松成长精选股票型基金。适合谨慎型投资者。", "谨慎型"),      # no rating: a stock fund is R3 or above
]
# fmt: on


@pytest.mark.parametrize("width", ["full", "ascii"])
@pytest.mark.parametrize("script", ["simplified", "traditional"])
@pytest.mark.parametrize(("text", "quoted"), SUITABILITY)
def test_suitability(text: str, quoted: str | None, script: str, width: str) -> None:
    from analyzer.comply import comply

    if width == "ascii":
        text = text.translate(str.maketrans("，：；（）", ",:;()"))
    if script == "traditional":
        text, quoted = S2T.convert(text), S2T.convert(quoted) if quoted else None
    hits = [f for f in comply(document(text)) if f.rule_id == "CN-FUND-MKT-042"]
    if quoted is None:
        assert hits == []
    else:
        (hit,) = hits
        assert quoted in hit.quotes[0] and hit.severity.value == "error"
