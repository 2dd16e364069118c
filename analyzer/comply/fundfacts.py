"""What the text says about the promoted fund: its type, equity share and benchmark.

The type comes from everything the text says, strongest first: a type sentence (「本基金为股票型基金」),
the fund's full name (「新能源先锋股票型证券投资基金」, 「恒生科技ETF联接(QDII)」), the share of equities
(「股票资产占基金资产的比例为80%-95%」: 80% or more is a stock fund), and the benchmark formula
(「中证新能源指数收益率×80%+中债综合指数收益率×20%」: equity-heavy). Names that follow 「管理的」
「旗下」 are the manager's *other* funds and do not set the promoted fund's type; comparisons
(「股票基金的预期风险高于混合基金、债券基金」) name no fund.

Every scan is one pass over the text (or over the mentions), so the cost is linear.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from decimal import Decimal

import regex

from analyzer.boundaries import SENTENCE_END_CHARS
from analyzer.comply.say import Say
from analyzer.types import DocumentResult, Mention, MentionKind, Span

# a type word inside a fund's name, and what follows it up to the end of the name
_NAME = regex.compile(
    r"(?P<kw>货币市场|货币型|货币|短债|纯债|可转债|债券型|债券|偏股混合型?|偏债混合型?|灵活配置混合型?|混合型|混合"
    r"|股票型|股票|指数增强型?|指数型|指数|ETF联接|联接|ETF|QDII|FOF|LOF|养老目标)"
    r"(?P<tail>[\p{Han}A-Za-z0-9()（）]{0,14}?)"
    r"(?P<end>证券投资基金|基金|ETF|[(（](?:QDII|LOF|FOF)(?:-[A-Z]+)?[)）]|[AC](?![A-Za-z])|$|(?=[，。；、,;:：\s（(]))"
)
# the words a name starts after (a clause boundary) — the name is what lies between
_NAME_START = regex.compile(r"[^\p{Han}A-Za-z0-9()（）]")
# a copula inside what would be a name says what a thing is (余额宝是货币基金, 这只属于混合基金): the name, if any,
# starts after it
_COPULA = regex.compile(r"是|属于")
_OTHER_FUND = regex.compile(r"(管理的|管理过|曾管理|旗下|另一只|其他|同类|任职的|还管理)")
_COMPARISON = regex.compile(r"(预期风险|预期收益|高于|低于|风险收益特征)")
_TYPE_SENTENCE = regex.compile(
    r"(?:本|上述|该|此)基金(?:为|是|属于)(?P<type>股票|偏股混合|偏债混合|混合|债券|货币市场|货币)型?(?:证券投资)?基金"
)
_EQUITY_SHARE = regex.compile(
    r"股票(?:资产|投资|仓位)?(?:占基金资产(?:净值)?的?|投资|的)?(?:比例|比重|占比|仓位)(?:为|是|:|：)?"
)
_BENCHMARK = regex.compile(r"业绩(?:比较|评价)?基准(?:为|是|:|：)?\s*(?P<body>[^。\n；;]{4,200})")
_WEIGHT = regex.compile(r"[×*xX]\s*(?P<w>\d+(?:\.\d+)?)\s*%|(?P<w2>\d+(?:\.\d+)?)\s*%\s*[×*xX]")
_FIGURE_NEXT = regex.compile(r"(?:收益率|收益|回报|涨幅|增长率|表现)?\s*(?:为|是|:|：)?\s*[+\-−－]?\d")
_BOND_WORDS = ("债", "利率", "存款", "货币", "现金", "回购")
_INDEX_KINDS = frozenset({"equity_index", "equity_etf", "equity_feeder"})
_BOND_NAME = regex.compile(r"债|同业存单|存单|利率|短融|票据|现金|货币")

TYPE_NAMES = frozenset({"equity", "equity_index", "equity_etf", "equity_feeder", "equity_qdii", "equity_heavy",
                        "hybrid", "bond", "money_market", "fof", "qdii", "pension"})


def type_name(fund_type: str) -> Say | str:
    """A fund type as a reader names it (comply.fundtype.* in the message catalogue)."""
    return Say(f"comply.fundtype.{fund_type}") if fund_type in TYPE_NAMES else fund_type


@dataclass(frozen=True, slots=True)
class TypeEvidence:
    """One reason to believe the promoted fund has a type: where, and in a reviewer's words."""

    fund_type: str
    span: Span
    why: Say  # in the reader's words, put into their language when the finding is written
    source: str = "name"  # sentence, name, equity_share or benchmark


@dataclass
class FundFacts:
    """The promoted fund as the text describes it."""

    types: list[TypeEvidence] = field(default_factory=list)
    other_fund_spans: list[Span] = field(default_factory=list)  # names of the manager's other funds
    equity_share: tuple[Decimal | None, Decimal | None] | None = None
    benchmark: Span | None = None  # the benchmark formula's words
    benchmark_equity_weight: Decimal | None = None

    @property
    def fund_type(self) -> TypeEvidence | None:
        """The strongest evidence (sentence, then name, then equity share, then benchmark)."""
        return self.types[0] if self.types else None


def _name_type(words: set[str]) -> str | None:
    """The fund type a name's type words give (money and bond words win over equity words)."""
    if any(w.startswith("货币") for w in words):
        return "money_market"
    if any("债" in w for w in words):
        return "bond"
    if "养老目标" in words:
        return "pension"
    if "FOF" in words:
        return "fof"
    if "ETF联接" in words or "联接" in words:
        return "equity_feeder"
    if "ETF" in words:
        return "equity_etf"
    if "QDII" in words:
        return "equity_qdii" if words & {"股票", "股票型", "指数", "指数型", "指数增强", "指数增强型"} else "qdii"
    if words & {"指数", "指数型", "指数增强", "指数增强型"}:
        return "equity_index"
    if words & {"股票型", "股票"}:
        return "equity"
    if any("混合" in w for w in words):
        return "hybrid"
    return None


def _names(simplified: str) -> list[tuple[str, int, int, bool]]:
    """(type, start, end, is_other_fund) for each fund name, in reading order."""
    out: list[tuple[str, int, int, bool]] = []
    pos = 0
    n = len(simplified)
    while pos < n:
        match = _NAME.search(simplified, pos)
        if match is None:
            break
        # the whole name: back to the clause boundary, forward over further type words
        boundary = _NAME_START.search(simplified[max(0, match.start() - 30) : match.start()][::-1])
        start = match.start() - boundary.start() if boundary else max(0, match.start() - 30)
        copulas = list(_COPULA.finditer(simplified, start, match.start()))
        if copulas:
            start = copulas[-1].end()
        words = {match.group("kw")}
        end = match.end()
        more = _NAME.match(simplified, end) if match.group("end") not in ("证券投资基金", "基金") else None
        while more is not None and more.end() > end:
            words.add(more.group("kw"))
            end = more.end()
            if more.group("end") in ("证券投资基金", "基金"):
                break
            more = _NAME.match(simplified, end)
        # type words anywhere in the name, and a 「基金中基金(FOF)」 just after it
        words |= {w for w in ("QDII", "ETF", "联接", "股票型", "指数型", "指数", "养老目标", "FOF")
                  if w in simplified[start : end + 10]}
        pos = max(end, match.start() + 1)
        is_bare = start == match.start() and match.group("end") in ("基金", "")
        if is_bare and match.group("kw") in ("股票", "混合", "债券", "货币", "指数"):
            continue  # 「股票基金」 alone is a category, not a name
        loose_end = match.group("end") in ("", "A", "C")
        if loose_end and not regex.search(r"型|ETF|QDII|FOF|LOF|联接", match.group("kw")):
            continue  # 「恒生科技指数，」「买入股票，」 name an index or an asset class, not a fund
        clause_start = max(simplified.rfind(c, max(0, start - 200), start) for c in SENTENCE_END_CHARS) + 1
        clause_start = max(clause_start, start - 200)
        if _COMPARISON.search(simplified, clause_start, end + 20):
            continue
        kind = _name_type(words)
        if kind is None:
            continue
        if kind in _INDEX_KINDS and _BOND_NAME.search(simplified, start, end):
            kind = "bond"  # an index or ETF of bonds or deposits (中债…金融债指数, 同业存单AAA指数) holds no equities
        before = simplified[max(clause_start, start - 8) : end]
        out.append((kind, start, end, bool(_OTHER_FUND.search(before))))
    return out


def _equity_share(result: DocumentResult, mentions: list[Mention], starts: list[int]) -> tuple[
    tuple[Decimal | None, Decimal | None] | None, Span | None
]:
    """The stated share of equities: a range mention (low/high), two mentions joined by -/~/至, or
    「不低于80%」."""
    text = result.simplified
    for anchor in _EQUITY_SHARE.finditer(text):
        a_end = result.span_from_simplified(anchor.start(), anchor.end()).end
        i = bisect.bisect_left(starts, a_end)
        nearby = [m for m in mentions[i : i + 3] if m.kind is MentionKind.PERCENT and m.span.start - a_end <= 12]
        if not nearby:
            continue
        first = nearby[0]
        between = result.text[a_end : first.span.start]
        span = Span(start=anchor_start(result, anchor), end=first.span.end)
        if first.low is not None or first.high is not None:
            return (first.low, first.high), span
        if len(nearby) > 1:
            gap = result.text[first.span.end : nearby[1].span.start].strip()
            if gap in ("-", "~", "～", "至", "到", "—", "－", "–"):
                return (first.value, nearby[1].value), Span(start=span.start, end=nearby[1].span.end)
        if "不低于" in between or "不少于" in between or "以上" in result.text[first.span.end : first.span.end + 2]:
            return (first.value, None), span
        return (first.value, first.value), span
    return None, None


def anchor_start(result: DocumentResult, match: regex.Match[str]) -> int:
    return result.span_from_simplified(match.start(), match.end()).start


def _benchmark(result: DocumentResult) -> tuple[Span | None, Decimal | None]:
    # the benchmark's own figure (业绩比较基准-8.9%, 业绩比较基准收益率为3.9%) is no formula: the first mention that
    # goes on with words is
    match = next((m for m in _BENCHMARK.finditer(result.simplified) if not _FIGURE_NEXT.match(m.group("body"))), None)
    if match is None:
        return None, None
    body = match.group("body")
    if not _WEIGHT.search(body):
        span = result.span_from_simplified(match.start("body"), match.end("body"))
        return span, None
    equity = Decimal(0)
    for term in regex.split(r"[+＋]", body):
        weight = _WEIGHT.search(term)
        if weight is None:
            continue
        value = Decimal(weight.group("w") or weight.group("w2"))
        if not any(w in term for w in _BOND_WORDS) and ("指数" in term or "股" in term):
            equity += value
    return result.span_from_simplified(match.start("body"), match.end("body")), equity


def fund_facts(result: DocumentResult) -> FundFacts:
    """Read the promoted fund's type, equity share and benchmark from the text."""
    facts = FundFacts()
    text = result.simplified
    for match in _TYPE_SENTENCE.finditer(text):
        kind = {"股票": "equity", "偏股混合": "hybrid", "混合": "hybrid", "偏债混合": "hybrid", "债券": "bond",
                "货币市场": "money_market", "货币": "money_market"}[match.group("type")]
        span = result.span_from_simplified(*match.span())
        facts.types.append(TypeEvidence(kind, span, Say("comply.evidence.sentence", quote=span.slice(result.text)),
                                        "sentence"))
    promoted: list[TypeEvidence] = []
    for kind, start, end, other in _names(text):
        span = result.span_from_simplified(start, end)
        if other:
            facts.other_fund_spans.append(span)
        else:
            promoted.append(TypeEvidence(kind, span, Say("comply.evidence.name", quote=span.slice(result.text))))
    facts.types += promoted[:1]
    mentions = sorted(result.mentions, key=lambda m: m.span.start)
    starts = [m.span.start for m in mentions]
    share, share_span = _equity_share(result, mentions, starts)
    facts.equity_share = share
    if share is not None and share_span is not None and share[0] is not None and share[0] >= 80:
        quote = share_span.slice(result.text)
        facts.types.append(
            TypeEvidence("equity", share_span, Say("comply.evidence.equity_share", quote=quote), "equity_share")
        )
    facts.benchmark, weight = _benchmark(result)
    facts.benchmark_equity_weight = weight
    if facts.benchmark is not None and weight is not None and weight >= 60:
        why = Say("comply.evidence.benchmark", weight=weight)
        facts.types.append(TypeEvidence("equity_heavy", facts.benchmark, why, "benchmark"))
    return facts
