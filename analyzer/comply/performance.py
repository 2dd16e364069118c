"""Which claims present performance, and whose: the fund's, the manager's other funds', an index's,
the benchmark's — and which figures are not performance at all.

Never performance: a benchmark formula's weights (metric ``benchmark_weight``, basis ``weight``,
a figure inside 「业绩比较基准：…×80%+…×20%」 or after 「收益率×」), forecasts and targets
(``Claim.forecast``, or a forecast or promise cue such as 预计/力争/不低于 just before the figure in
its clause — those have their own rules).

Each claim is classified once per document; the scans are bisects over sorted spans, so the cost
is linear in the text and the number of claims.
"""

from __future__ import annotations

import bisect
import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache

import regex

from analyzer.boundaries import COMMA_CHARS, SENTENCE_END_CHARS
from analyzer.comply.fundfacts import FundFacts
from analyzer.comply.wordclasses import WordClass, shipped_classes
from analyzer.normalize.convert import convert_script
from analyzer.normalize.width import normalize_width
from analyzer.types import Claim, DocumentResult, MentionKind, Span

RETURN_METRICS = frozenset({"return", "annual_return", "annualized_return", "fund_return",
                            "fund_return_since_inception"})
FUND_METRICS = frozenset({"fund_return", "fund_return_since_inception"})
NOT_PERFORMANCE_METRICS = frozenset({"benchmark_weight", "equity_share"})
NAV_GROWTH_METRICS = frozenset({"growth", "growth_yoy"})
# the metrics a performance record is stated in: their periods date the record (the last complete year shown)
RECORD_METRICS = RETURN_METRICS | NAV_GROWTH_METRICS | {"benchmark_return"}
_NAV_RETURN = regex.compile(r"净值(增长率|收益率|增长|涨幅|回报)")

# a weight's × stands on the figure's line: a bullet (* …) opening the next line is none
_WEIGHT_BEFORE = regex.compile(r"[×*xX][ \t]*$")
_WEIGHT_AFTER = regex.compile(r"^[ \t]*[×*xX]")
# a label before a colon belongs to its figure (「净值增长率：4.87%」): the clause ends at commas only
_CLAUSE_END = SENTENCE_END_CHARS + COMMA_CHARS
# the words that cite a source, point to the manager's other funds, mark figures as not the fund's, name a fund
# or a stock pointed at, and name an interest rate are word classes (corpora/patterns/word_classes.yaml:
# source_cue, source_label, source_verb, source_document, other_fund, manager_runs, not_fund_marker, own_fund,
# record_word, fund_word, pointer, stock_noun, not_fund_noun, interest_rate, return_word), built into patterns by
# ``performance_words``
_NEVER = regex.compile(r"(?!)")  # a pattern that matches nothing
SOURCE_REACH = 16  # characters from a source verb to the document it takes data from (摘自基金2021至2025年年度报告)
_FIGURE = regex.compile(r"\d\s*(?:%|％|‰|元|倍|个百分点)")  # a figure in a line, not a date
# a chat log's time stamp opening a line (20:19 @某人：…, [21:05]): when it was said, no figure of a table's row
_CLOCK_LEAD = regex.compile(r"^\W{0,2}\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")
_NOTE_LINE = regex.compile(r"^\W{0,3}(注|数据来源|资料来源|数据出处|来源)")
# a note for the whole piece (注：文中业绩数据均来源于…): it covers every figure above it. 「以上…来源」 is
# the note of the paragraph or table it follows, and those are read where they stand.
_NOTE_ALL = regex.compile(
    r"(?m)^\W{0,3}(?:注|说明|备注)?\W{0,2}(?:文中|本文|全文|文内|本材料|本页)[^\n]{0,12}(?:数据|业绩)[^\n]{0,8}(?:来源|出处|来自)"
)
# a footnote marker after a figure (6.85%①, 8.6%注1, 4.72%*, 7.4%[1]) and a note line that starts with the
# same marker (①数据来源：…): the note is the figure's source wherever it stands in the piece
_MARKER = r"(?:注|註)\s*\d{1,2}|(?:注|註)?[①-⑳]|\*{1,3}|※|\[\d{1,2}\]|\(注\d{0,2}\)"
_MARKER_AFTER = regex.compile(rf"(?<=[\d%‰元倍])\s?({_MARKER})")
_MARKER_NOTE = regex.compile(rf"(?m)^\W{{0,2}}?({_MARKER})\s*[:：]?\s*[^\n]{{0,40}}?(?:来源|出处|来自)")
LOOKBACK = 16  # characters before a figure searched for a forecast cue or a fund word
NOTE_LINES = 12  # lines a note under a table or a paragraph may reach back over
SOURCE_AFTER = 80  # characters after a figure's sentence searched for a source cue
SHORT_LEAD = 10  # characters besides dates before a figure in a sentence that names nothing
_NOT_WORD = regex.compile(r"[^\p{L}\p{N}]")
_DATE_CHARS = regex.compile(r"[\d\s年月日号.\-/,，、]")
# an inception word just before a date names it (成立于, 生效日为): it ends in 于 or 日(期), then 为/是/a colon
# and a label that ends in one (合同生效: 2021年5月)
_INCEPTION_BEFORE = regex.compile(r"(?:于|日|日期|生效|成立)\s?[为是:：]?\s*$")
INCEPTION_REACH = 4  # characters beside a date searched for an inception word (于…生效, 成立于…)
MARKET_REVIEW = 2  # indices with figures in one sentence naming no fund nor setting one above the other: a review
# of the market, not one index's record (恒生指数上涨3.5%，恒生中国企业指数上涨1.7%) (comply15)
USUAL_REACH = 12  # characters after a figure read in its clause (以上也很正常, 的复合增长)
MOVE_DAYS = 184  # an index figure over a shorter stated period, with no fund in its sentence, is a market move
QUOTE_LINES = 12  # quote lines (blank ones too) a wrapped sentence is read back over
_QUOTE_LEAD = regex.compile(r"[ \t]*(?:>[ \t]*)+")  # a markdown quote's markers opening a line (> , > > )
_WRAP_STOPS = "。！？；!?;：:"  # a quote line ending so ends its sentence; one ending otherwise runs on


@dataclass(frozen=True, slots=True)
class PerformanceWords:
    """The word classes the performance reading uses, as patterns over Simplified text (built once per process
    from corpora/patterns/word_classes.yaml, see ``performance_words``)."""

    # words that make the figure after them no return (risk limits, allocation weights), by the reason why
    not_returns: dict[str, regex.Pattern[str]] = field(default_factory=dict)
    short_periods: regex.Pattern[str] | None = None  # a period of six months or less, as its whole words
    inception: regex.Pattern[str] | None = None  # the day a fund started (合同生效, 成立于)
    category: regex.Pattern[str] | None = None  # a statistic of funds in general (偏股混合型基金指数, 中位数)
    same_period: regex.Pattern[str] | None = None  # 同期: the period of the figures before
    own_fund: regex.Pattern[str] | None = None  # the promoted fund pointed at (本基金, 这只, 呢隻)
    # a source cited (数据来源：, 資料提供：理柏, 摘自本基金年报); never matches when not given
    source: regex.Pattern[str] = field(default_factory=lambda: _NEVER)
    other_fund: regex.Pattern[str] = field(default_factory=lambda: _NEVER)  # 旗下, 她管理的, 另一只
    not_fund: regex.Pattern[str] = field(default_factory=lambda: _NEVER)  # 非本基金业绩, 不代表本基金表现
    forecast_cue: regex.Pattern[str] = field(default_factory=lambda: _NEVER)  # 力争, 预计, 不低于 before a figure
    index_word: regex.Pattern[str] = field(default_factory=lambda: _NEVER)  # 指数, 大盘, 板块: an index's or a market's
    # a fund's word, or a fund pointed at in speech and chat (基金, 债基, 这只 — not 这只股票)
    fund_word: regex.Pattern[str] = field(default_factory=lambda: _NEVER)
    stock_pointed: regex.Pattern[str] = field(default_factory=lambda: _NEVER)  # 这只股票: a stock pointed at
    interest_rate: regex.Pattern[str] = field(default_factory=lambda: _NEVER)  # 利率, 存款基准: a rate, not a return
    return_word: regex.Pattern[str] = field(default_factory=lambda: _NEVER)  # 收益, 回报, 报酬
    holder_return: regex.Pattern[str] = field(default_factory=lambda: _NEVER)  # 账户收益率: a holder's return
    other_account: regex.Pattern[str] = field(default_factory=lambda: _NEVER)  # 股票账户: not the fund's account
    assumed_at: regex.Pattern[str] = field(default_factory=lambda: _NEVER)  # 按, 照: a rate assumed before it
    reckoned: regex.Pattern[str] = field(default_factory=lambda: _NEVER)  # 算, 测算: worked out at, right after it
    outran: regex.Pattern[str] = field(default_factory=lambda: _NEVER)  # 跑赢, 领先: one figure set above another
    hedge: regex.Pattern[str] = field(default_factory=lambda: _NEVER)  # 可能, 或将: a doubt before a loss's figure
    usual: regex.Pattern[str] = field(default_factory=lambda: _NEVER)  # 很正常, 并不少见: a loss called ordinary
    growth_rate: regex.Pattern[str] = field(default_factory=lambda: _NEVER)  # 复合增长 right after: a growth rate


@dataclass(frozen=True, slots=True)
class Performance:
    """A claim's place in the performance rules: ``kind`` is fund, other_fund, benchmark, index,
    ranking, market (any other statistic) or None (not performance: a weight, a forecast)."""

    kind: str | None
    why: str = ""


class PerformanceIndex:
    """Per-document lookups the performance rules share (built once, queried by bisect)."""

    def __init__(
        self, result: DocumentResult, facts: FundFacts, simulated: list[Span] | None = None,
        words: PerformanceWords | None = None, mentioned: Callable[[Span], bool] | None = None,
    ) -> None:
        words = words or performance_words()
        # a figure asked about, quoted to be denied or forbidden (客户问：去年是不是赚了8%？): not presented
        self._mentioned = mentioned
        self.result = result
        self.facts = facts
        # the sentences and lines of a what-if or back-test (如果…定投…): simulated data, not performance
        self._simulated = sorted((s.start, s.end) for s in simulated or [])
        # words that make the figure after them no return: risk limits (跟踪误差), allocation weights
        self._not_returns = words.not_returns
        # the words of a period of six months or less (上周, 四季度), read when no date resolves it
        self._short_periods = words.short_periods
        text = result.text
        notes = [m.start() for m in _NOTE_ALL.finditer(result.simplified)]
        self._last_note_above = result.span_from_simplified(notes[-1], notes[-1] + 1).start if notes else -1
        self._source = words.source
        self._other_fund = words.other_fund
        self._not_fund = words.not_fund
        self._forecast_cue = words.forecast_cue  # a forecast or a promise just before the figure (力争, 预计, 不低于)
        self._index_word = words.index_word  # an index's or a market's word in the figure's clause (指数, 板块)
        self._fund_word = words.fund_word
        self._outran = words.outran
        self._stock_pointed = words.stock_pointed
        self._interest_rate = words.interest_rate
        self._return_word = words.return_word
        self._holder_return = words.holder_return
        self._other_account = words.other_account
        self._assumed_at = words.assumed_at
        self._reckoned = words.reckoned
        self._hedge = words.hedge
        self._usual = words.usual
        self._growth_rate = words.growth_rate
        self._sources = sorted(m.start() for m in words.source.finditer(result.simplified))
        # map simplified offsets of source cues to original offsets (monotone, so still sorted)
        self._sources = [result.span_from_simplified(s, s + 1).start for s in self._sources]
        simplified = result.simplified
        noted = {_marker_key(m.group(1)) for m in _MARKER_NOTE.finditer(simplified)}
        self._markers = [result.span_from_simplified(m.start(), m.start() + 1).start
                         for m in _MARKER_AFTER.finditer(simplified) if _marker_key(m.group(1)) in noted]
        dated = sorted(
            (m.span.start, m.span.end) for m in result.mentions if m.kind in (MentionKind.DATE, MentionKind.PERIOD)
        )
        self._dates = [a for a, _ in dated]
        # the last day any performance figure of the piece covers (a fee offer's period, 活动期间至12月31日, is none)
        ends = [c.period.end for c in result.claims if c.period is not None and c.period.end is not None
                and c.metric in RECORD_METRICS]
        self.latest_end = max(ends, default=dt.date.min)
        # sentences holding a gain of a record's metric: a fall among them is one year of a series, not a warning
        self._gain_sentences = frozenset(c.sentence.start for c in result.claims if c.value is not None
                                         and c.value > 0 and c.metric in RECORD_METRICS)
        # sentences reviewing the market: several indices' moves side by side (沪深300上涨…，上证指数上涨…，创业板指
        # 上涨…), the way a report's market review reads; a piece standing an index in for the fund shows one
        # (an index beside sectors' or companies' moves, 上证指数跌3.7%，通信（25.75%）、传媒（16.8%）…涨幅靠前, reviews
        # the market too: then one more subject is asked for, so an index's record beside one holding stays its record)
        # (a sentence a markdown quote wraps over its lines is one sentence: _quoted_start)
        self._text = text
        self._quote_starts: dict[int, int] = {}
        movers: dict[int, list[Claim]] = {}
        for c in result.claims:
            if c.subject is not None and c.subject.kind in ("index", "company") and c.metric in RECORD_METRICS:
                movers.setdefault(self._quoted_start(c.sentence.start), []).append(c)
        # (several indices, not one index's years: 其2020-2024年业绩为78.71%，-32.70%… is that index's record)
        self._reviews = {}
        for start, cs in movers.items():
            indices = [c for c in cs if c.subject is not None and c.subject.kind == "index"]
            subjects = {(c.subject.kind, c.subject.id or c.subject.alias) for c in cs if c.subject is not None}
            only_indices = all(kind == "index" for kind, _ in subjects)
            needed = MARKET_REVIEW if only_indices else MARKET_REVIEW + 1
            if indices and len(subjects) >= needed:
                self._reviews[start] = (indices[0], max(c.sentence.end for c in cs))
        starts = _inception_dates(result, words.inception) if words.inception is not None else {}
        self.inception_dates = frozenset(starts)
        # starts given by their year alone (成立于2023年): some day of that year, so the next is the first whole one
        self.inception_years_only = frozenset(d for d, precision in starts.items() if precision == "year")
        # words of a statistic of funds in general (偏股混合型基金指数, 中位数): the market's figure
        self._category = words.category
        # words that give a figure the period of the figures before it (同期业绩比较基准收益率为…)
        self._same_period = words.same_period
        self._own_fund = words.own_fund
        others = sorted(s.start for s in facts.other_fund_spans)
        self._others = others
        self._cache: dict[str, Performance] = {}

    def _clause_before(self, claim: Claim, width: int = LOOKBACK) -> str:
        """The figure's clause up to ``width`` characters before it, in Simplified script."""
        start = max(claim.sentence.start, claim.span.start - width)
        window = convert_script(normalize_width(self._text[start : claim.span.start]), "t2s")
        cut = max(window.rfind(c) for c in _CLAUSE_END)
        return window[cut + 1 :] if cut >= 0 else window

    def _in_benchmark(self, span: Span) -> bool:
        bench = self.facts.benchmark
        if bench is not None and bench.start <= span.start < bench.end:
            return True
        before = self._text[max(0, span.start - 3) : span.start]
        after = self._text[span.end : span.end + 3]
        return bool(_WEIGHT_BEFORE.search(before) or _WEIGHT_AFTER.search(after))

    def classify(self, claim: Claim) -> Performance:
        if claim.id not in self._cache:
            self._cache[claim.id] = self._classify(claim)
        return self._cache[claim.id]

    def _classify(self, claim: Claim) -> Performance:
        if claim.metric in NOT_PERFORMANCE_METRICS or claim.basis == "weight" or self._in_benchmark(claim.span):
            return Performance(None, "a benchmark formula weight")
        clause = self._clause_before(claim, 40)
        before = clause[-LOOKBACK:]
        if claim.forecast or self._forecast_cue.search(before):
            return Performance(None, "a forecast or target")
        if self._loss_told_as_risk(claim, before):
            return Performance(None, "a loss told as possible or ordinary: a risk disclosure, not a record")
        if self._usual.search(self._after(claim)):
            # a gain called the usual outcome (收益率25%以上很正常) is a forecast, the forecast rules' (006.forecast)
            return Performance(None, "a gain called the usual outcome: a forecast, not a record")
        if self._growth_rate.match(self._after(claim)) and not self._fund_word.search(clause):
            return Performance("market", "a rate of growth (复合增长): a business's or an industry's, not a return")
        if self._mentioned is not None and self._mentioned(claim.span):
            return Performance(None, "a figure mentioned, not presented (asked, quoted to be denied, forbidden)")
        for why, words in self._not_returns.items():
            if words.search(before):
                return Performance(None, why)
        if self._assumed_at.search(before) and self._reckoned.search(self._text[claim.span.end : claim.span.end + 4]):
            # a rate a sum is worked out at (每月500元，照年化8%算): an assumption, the simulation rule's
            return Performance(None, "an assumed rate a sum is worked out at")
        i = bisect.bisect_right(self._simulated, (claim.span.start, len(self._text))) - 1
        if i >= 0 and self._simulated[i][0] <= claim.span.start < self._simulated[i][1]:
            return Performance(None, "simulated or back-tested data")
        if claim.metric == "ranking":
            return Performance("ranking")
        if claim.metric == "benchmark_return":
            # a deposit or base rate (定期存款基准利率为1.5%) is a rate, not the fund's benchmark return
            rates = list(self._interest_rate.finditer(before))
            if rates and not self._return_word.search(before, rates[-1].end()):
                return Performance("market", "an interest rate")
            return Performance("benchmark")
        if claim.metric == "excess_return":
            # another fund's excess return (我管的…增强，任职以来超额累计接近40%) is the manager's record shown to
            # sell this one; the promoted fund's own excess stays as read before (no record rule of its own)
            lead = convert_script(self._text[claim.sentence.start : claim.span.start], "t2s")
            if self._names_other_fund(claim) or self._other_fund.search(lead):
                return Performance("other_fund", "another fund's excess return")
            return Performance("market")
        # 「净值增长率」 is how funds state their return, whatever metric extraction gave it
        nav_growth = claim.metric in NAV_GROWTH_METRICS and _NAV_RETURN.search(clause) is not None
        if claim.metric not in RETURN_METRICS and not nav_growth:
            return Performance("market")
        if self._stock_pointed.search(clause):  # 这只股票上周涨了10%: a stock's move, whatever subject was carried
            return Performance("market", "a stock pointed at in the figure's clause")
        kind = claim.subject.kind if claim.subject is not None else None
        # an index named in the figure's own clause, the carried subject not (「北辰湾红利ETF…指数近十年
        # 年化收益12.6%」): the index's figure
        alias = convert_script(claim.subject.alias, "t2s") if claim.subject is not None and claim.subject.alias else ""
        fund_named = self._fund_word.search(clause) is not None
        if self._index_word.search(clause) and not fund_named and (not alias or alias not in clause):
            return self._index_or_move(claim, "an index named in the figure's clause")
        # a subject named by fund words (另一只债基) is a fund whatever kind its name was guessed as
        named_fund = claim.subject is not None and kind in (None, "company") and bool(
            self._fund_word.search(convert_script(claim.subject.alias or "", "t2s"))
        )
        if self._other_account.search(before):  # 我的股票账户收益率+15%: a stock account's, whatever was carried
            return Performance("market", "the return of an account of something else (stocks, deposits)")
        # a holder's own return right before the figure (账户收益率+31.2%, 我的定投收益率): the fund's record as one
        # holder got it, shown to sell it, unless its sentence marks it as not the fund's (个人收益不代表本基金业绩)
        holder = self._holder_return.search(before) is not None
        if holder and self.marked_not_fund(claim):
            return Performance("market", "a holder's own return marked as not the fund's record")
        holder = holder and kind in (None, "company")
        is_fund = (
            claim.metric in FUND_METRICS or kind == "fund" or named_fund or holder
            or (kind is None and fund_named and not self._index_word.search(clause))
            # a fund named in the figure's own clause over an index carried from before (…创业板指上涨12.02%。从全年
            # 来看，基金上涨43.96%): the fund's figure (comply13)
            or (kind == "index" and fund_named and not self._index_word.search(clause) and bool(alias)
                and alias not in clause)
            or (nav_growth and kind in (None, "fund"))
        )
        own = self._own_fund is not None and self._own_fund.search(clause) is not None
        if is_fund and self._category is not None and self._category.search(clause) and not own:
            return Performance("market", "a statistic of funds in general (a category index, a median)")
        if is_fund:
            lead = convert_script(self._text[claim.sentence.start : claim.span.start][-200:], "t2s")
            if self._not_fund.search(normalize_width(lead)):
                if self._index_word.search(lead):
                    return self._index_or_move(claim, "marked as not the fund's performance")
                return Performance("market", "marked as not the fund's performance")
            if self._names_other_fund(claim) or self._other_fund.search(lead):
                return Performance("other_fund")
            return Performance("fund")
        if kind in (None, "company") and claim.metric in RETURN_METRICS and not self._index_word.search(clause):
            lead = convert_script(self._text[claim.sentence.start : claim.span.start], "t2s")
            if self._other_fund.search(lead):  # 她管理的岚汐新能源主题，2020年一年收益128% (a name read as a company's)
                return Performance("other_fund", "a fund the manager runs, named earlier in the sentence")
        if kind == "index" and alias and self._sector_after_index(claim, alias):
            return Performance("market", "a sector's move in a sentence of its own, the index carried from before")
        if kind in ("index", None):
            if kind == "index" or self._index_word.search(clause):
                return self._index_or_move(claim, "an index's figure")
            if kind is None and claim.metric in RETURN_METRICS and self._fund_just_before(claim):
                return Performance("fund", "the fund named in the sentence before, in its paragraph")
            return Performance("market")
        if (kind == "company" and claim.metric in RETURN_METRICS and alias
                and alias not in convert_script(self._text[claim.sentence.start : claim.sentence.end], "t2s")
                and self._fund_just_before(claim)):
            # a company carried from a header (the bank in a post's title) over the fund named in the line just
            # before (推一只…：沐泽短债债券A ⏎ ✅今年以来收益3.46%): the figure is that fund's (comply13)
            return Performance("fund", "the fund named in the line before, not the company carried from a header")
        return Performance("market")

    def _loss_told_as_risk(self, claim: Claim, before: str) -> bool:
        """Whether a loss's figure is told as a risk: a doubt in its clause (本基金可能亏损20%以上, 跌两成也有可能) or
        words calling it ordinary (亏损20%以上很正常, 下跌30%以上并不少见) — what may happen, not what did, so neither a
        record shown nor a promise (comply17)."""
        if claim.value is None or claim.value >= 0:
            return False
        after = self._after(claim)
        return any(words.search(text) for words in (self._hedge, self._usual) for text in (before, after))

    def _after(self, claim: Claim) -> str:
        """The figure's clause after it, up to ``USUAL_REACH`` characters, in Simplified script."""
        after = convert_script(normalize_width(self._text[claim.span.end : claim.span.end + USUAL_REACH]), "t2s")
        cut = min((i for i in (after.find(c) for c in _CLAUSE_END) if i >= 0), default=len(after))
        return after[:cut]

    def _sector_after_index(self, claim: Claim, alias: str) -> bool:
        """Whether an index's figure carried from an earlier sentence stands in a sentence of its own that names a
        market or a sector and not that index nor a fund (创业板指大跌19.96%；行业分化剧烈，煤炭一枝独秀，大涨22.63%):
        the sector's move, what a review says, not the index's record (comply17)."""
        lead = convert_script(self._text[claim.sentence.start : claim.span.start], "t2s")
        return (alias not in lead and self._index_word.search(lead) is not None
                and self._fund_word.search(lead) is None)

    def _fund_just_before(self, claim: Claim) -> bool:
        """A return with no subject in a sentence that names nothing, right after a sentence of its
        paragraph that names a fund and no index (…累计净值增长率126.5%。其中2020年一年就涨了72.4%)."""
        own = convert_script(self._text[claim.sentence.start : claim.span.start], "t2s")
        if self._fund_word.search(own) or self._index_word.search(own):
            return False
        # names nothing: a few words besides its dates (其中2020年一年就涨了), not a name of its own
        if len(_DATE_CHARS.sub("", own)) > SHORT_LEAD:
            return False
        line_start = self._text.rfind("\n", 0, claim.sentence.start) + 1
        before = self._text[line_start : claim.sentence.start]
        # (a bullet's mark alone, ✅ or •, is no sentence of its own)
        if not _NOT_WORD.sub("", before) and line_start > 1 and self._text[line_start - 2] != "\n":
            # the figure opens its line (a post's bullet 💡 近3个月涨了31%): the line just above, when no
            # blank line parts them, is the sentence before
            before = self._text[self._text.rfind("\n", 0, line_start - 1) + 1 : line_start - 1]
        cut = max(before[:-1].rfind(c) for c in SENTENCE_END_CHARS) + 1 if before else 0
        previous = convert_script(before[cut:], "t2s")
        fund_named = self._fund_word.search(previous) is not None
        return bool(previous.strip()) and fund_named and not self._index_word.search(previous)

    def _index_or_move(self, claim: Claim, why: str) -> Performance:
        """An index's figure is its performance, unless it is a market move: a stated period of six
        months or less (上周, 四季度, 今日) in a sentence that names no fund — market commentary, not
        a record shown in place of the fund's."""
        if self._same_period is not None and self._same_period.search(self._clause_before(claim, 60)):
            # an index's figures for the same periods as the fund's before them (同期臺灣50指數報酬率為…): the
            # column the fund is measured against, its benchmark, not an index record shown in its place (comply14)
            return Performance("benchmark", "an index shown for the same periods as the fund's figures")
        period = claim.period
        if period is None:
            return Performance("index", why)
        if period.derived_from is not None:
            # dated from elsewhere (本周 dated by the piece): its own words tell whether it is short
            words = convert_script(normalize_width(period.text), "t2s")
            short = self._short_periods is not None and self._short_periods.fullmatch(words) is not None
        elif period.start is not None and period.end is not None:
            short = (period.end - period.start).days < MOVE_DAYS
        else:
            words = convert_script(normalize_width(period.text), "t2s")
            short = self._short_periods is not None and self._short_periods.fullmatch(words) is not None
        sentence = convert_script(self._text[claim.sentence.start : claim.sentence.end], "t2s")
        if self._category is not None:  # a fund category's index (纯债基金指数) names no fund
            sentence = self._category.sub("", sentence)
        if short and not self._fund_word.search(sentence):
            return Performance("market", "a market move over a short period (commentary)")
        if self._market_review(claim):
            return Performance("market", "a market review: several indices' moves side by side, naming no fund")
        if (claim.value is not None and claim.value < 0 and claim.sentence.start not in self._gain_sentences
                and not self._fund_word.search(sentence)):
            # a market's fall in a sentence that names no fund and no gain (债市也出现过单月下跌超过2%) tells the
            # risk; it flatters no fund, so it is commentary, not a record shown to sell (a losing year in a series
            # of years stays the index's record)
            return Performance("market", "a market's fall told as risk (commentary)")
        return Performance("index", why)

    def _market_review(self, claim: Claim) -> bool:
        """Whether the figure is one of several indices' figures in its sentence with no fund word from the first
        one's clause to the sentence's end (a heading run into the sentence, 报告期内基金投资策略, is not their clause;
        the fund set beside them after the last, …，本基金跑赢了沪深300指数, makes them its comparison)."""
        review = self._reviews.get(self._quoted_start(claim.sentence.start))
        if review is None:
            return False
        first, end = review
        words = self._clause_before(first, 40) + self._text[first.span.start : max(end, claim.sentence.end)]
        words = convert_script(words, "t2s")
        # an index set above another (标的指数上涨50%，跑赢沪深300的20%) is shown to sell, not reviewed
        return not self._fund_word.search(words) and not self._outran.search(words)

    def _quoted_start(self, start: int) -> int:
        """Where the sentence starting at ``start`` starts, read over a markdown quote's lines: a quote line whose words
        end with no sentence end runs on into the next quote line with words, blank quote lines (>) between them
        (…深证成指上涨 ⏎ > ⏎ > 29.87%，创业板指上涨49.57%。 is one sentence: a text laid out line by line in a quote)
        (comply17)."""
        if start in self._quote_starts:
            return self._quote_starts[start]
        text, at, lines = self._text, start, QUOTE_LINES
        while lines > 0:
            line_start = text.rfind("\n", 0, at) + 1
            lead = _QUOTE_LEAD.match(text, line_start)
            if lead is None or at > lead.end():
                break  # outside a quote, or the sentence opens mid-line (after 。 or ；)
            above_end, words, line = line_start - 1, "", ""
            while above_end >= 0 and not words and lines > 0:  # the quote line with words above, over blank ones
                lines -= 1
                above = text.rfind("\n", 0, above_end) + 1
                line = text[above:above_end]
                lead = _QUOTE_LEAD.match(line)
                if lead is None:
                    break
                words, above_end = line[lead.end() :].rstrip(), above - 1
            if lead is None or not words or words[-1] in _WRAP_STOPS:
                break
            above = above_end + 1
            cut = max(line.rfind(c) for c in _WRAP_STOPS)
            at = above + (cut + 1 if cut >= 0 else lead.end())
            if cut >= 0:
                break
        self._quote_starts[start] = at
        return at

    def marked_not_fund(self, claim: Claim) -> bool:
        """Whether the figure's sentence marks it as not the fund's record, before or after it (这是指数表现，不是
        本基金业绩; 非本基金业绩)."""
        sentence = convert_script(self._text[claim.sentence.start : claim.sentence.end], "t2s")
        return self._not_fund.search(normalize_width(sentence)) is not None

    def _names_other_fund(self, claim: Claim) -> bool:
        i = bisect.bisect_left(self._others, claim.sentence.start)
        return i < len(self._others) and self._others[i] < claim.span.start

    def has_source(self, claim: Claim, accept_attribution: bool = True) -> bool:
        """A source note, a named attribution, or a source cue (数据来源：…) in the figure's sentence
        or just after it."""
        if claim.source is not None or (accept_attribution and claim.attribution):
            return True
        return self.sourced(claim.sentence, claim.span.end)

    def sourced(self, sentence: Span, figure_end: int) -> bool:
        """A source cue in the sentence, in a note right after it or later in its line, or in a note
        under its line (original offsets)."""
        if figure_end <= self._last_note_above:
            return True
        # a footnote marker in the sentence whose note cites a source
        k = bisect.bisect_left(self._markers, sentence.start)
        if k < len(self._markers) and self._markers[k] <= sentence.end + 2:
            return True
        # a source cited earlier in the figure's paragraph (line) covers the figures after it there
        j = bisect.bisect_left(self._sources, sentence.start) - 1
        if j >= 0 and "\n" not in self._text[self._sources[j] : sentence.start]:
            return True
        if self._note_above(sentence.start):
            return True
        i = bisect.bisect_left(self._sources, sentence.start)
        if i >= len(self._sources):
            line_end = self._text.find("\n", figure_end)
            return line_end >= 0 and self._note_under(line_end)
        cue = self._sources[i]
        if cue < sentence.end:
            return True
        # a note right after the sentence: 「…52.3%。（数据来源：…）」 or on the next line
        if cue <= sentence.end + SOURCE_AFTER and len(self._text[sentence.end : cue].strip()) <= 3:
            return True
        # a note later in the figure's own line (the paragraph's note at its end)
        line_end = self._text.find("\n", figure_end)
        line_end = len(self._text) if line_end < 0 else line_end
        if cue < line_end:
            return True
        return self._note_under(line_end)

    def _note_above(self, pos: int) -> bool:
        """A source cue in the heading line over the figure's rows (本基金过往业绩（数据来源：基金年报）： then
        2021年：…8.1%), with only rows of figures between them: the heading's source covers its rows."""
        line_start = self._text.rfind("\n", 0, pos) + 1
        for _ in range(NOTE_LINES):
            if line_start == 0:
                return False
            above = self._text.rfind("\n", 0, line_start - 1) + 1
            line = self._text[above : line_start - 1]
            if not line.strip():
                return False
            i = bisect.bisect_left(self._sources, above)
            if i < len(self._sources) and self._sources[i] < line_start - 1:
                return True
            if not _row_like(line):
                return False
            line_start = above
        return False

    def _note_under(self, line_end: int) -> bool:
        """A note line (注：…, 数据来源：…) under the figure's line, with only rows of figures between
        them (a table's rows, each holding a digit): the note under a table covers its rows."""
        pos = line_end
        for _ in range(NOTE_LINES):
            if pos >= len(self._text):
                return False
            nxt = self._text.find("\n", pos + 1)
            line = self._text[pos + 1 : len(self._text) if nxt < 0 else nxt]
            if not line.strip():
                return False
            if _NOTE_LINE.match(convert_script(normalize_width(line), "t2s")):
                return True
            # a line that cites a source before any figure of its own (以上业绩数据出自本基金历年年度报告, 資料提供：
            # 理柏; (数据截至2026年12月4日, 来源: …), a date is no figure): the note of the rows above; a row citing
            # its own source (2025年报酬率31.2%（资料来源：…）) is a row
            i = bisect.bisect_left(self._sources, pos + 1)
            cue = self._sources[i] if i < len(self._sources) else len(self._text)
            if cue < pos + 1 + len(line) and not _FIGURE.search(self._text[pos + 1 : cue]):
                return True
            if not _row_like(line):
                return False
            pos = len(self._text) if nxt < 0 else nxt
        return False

    def has_period(self, claim: Claim) -> bool:
        """A period of its own, one in its source note, or a date or period in its sentence."""
        period = claim.period
        if period is not None and (period.start is not None or period.end is not None):
            return True
        if claim.source is not None and claim.source.periods:
            return True
        i = bisect.bisect_left(self._dates, claim.sentence.start)
        if i < len(self._dates) and self._dates[i] < claim.sentence.end + SOURCE_AFTER:
            return True
        # 「同期」 before the figure: the period of the figures before it, dated earlier in its paragraph
        if i == 0 or self._same_period is None:
            return False
        lead = convert_script(self._text[claim.sentence.start : claim.span.start], "t2s")
        same_line = "\n" not in self._text[self._dates[i - 1] : claim.span.start]
        return same_line and self._same_period.search(lead) is not None


def _row_like(line: str) -> bool:
    """Whether a line may be a row of figures a note above or under covers: it holds a digit besides a chat log's
    time stamp opening it (20:27 @晴天：有没有福利 is a message, not a row) (comply14)."""
    return any(ch.isdigit() for ch in _CLOCK_LEAD.sub("", line, count=1))


def _marker_key(marker: str) -> str:
    """A footnote marker as its note line and its figure both write it (註1, (注1) → 注1)."""
    return marker.replace("註", "注").replace("(", "").replace(")", "").replace(" ", "")


def _inception_dates(result: DocumentResult, inception: regex.Pattern[str]) -> dict[dt.date, str | None]:
    """The days the text says a fund started, with the precision they are given at: a date with an inception word
    right after it (于2022年8月1日生效) or naming it right before it (成立于2016年5月, 生效日为…)."""
    text, out = result.text, {}
    for m in result.mentions:
        if m.kind is not MentionKind.DATE or m.date is None:
            continue
        after = convert_script(text[m.span.end : m.span.end + INCEPTION_REACH], "t2s").lstrip("，, ")
        before = convert_script(text[max(0, m.span.start - INCEPTION_REACH) : m.span.start], "t2s")
        if inception.match(after) or (_INCEPTION_BEFORE.search(before) and inception.search(before)):
            out[m.date] = m.precision
    return out


@cache
def performance_words() -> PerformanceWords:
    """The classes the performance reading uses, as patterns (built once per process, not per document)."""
    classes = shipped_classes()
    not_returns = {
        "a limit or measure of risk, not a return": "risk_measure",
        "an allocation weight, not growth": "allocation",
        "a fund's size or holders, not a return": "fund_size",
        "a policy or exchange rate's move, not a return": "rate_move",
        "a money fund's daily yield (七日年化, 万份收益), not a performance record": "money_yield",
        "a distribution rate (配息率, 派息率), not a return": "payout_rate",
        # a figure in a what-if's clause (若市场下跌20%, 假如指数再跌一成) is a scenario, not a record; a what-if
        # that invests (如果每月定投…) is simulated data, the simulation rule's
        "a what-if's scenario, not a record": "hypothetical",
    }
    not_return_patterns = {why: _words_pattern(classes[name]) for why, name in not_returns.items()}
    # an amount in 亿 or 万 moving right before the figure (规模较年初652亿元微降6.4%, 成交额较前日1.1万亿元增加18%):
    # the amount's change, which no fund's return is said against (a NAV's is in 元 alone: 较1.05元上涨8%) (comply16)
    not_return_patterns["an amount's change, not a return"] = regex.compile(
        rf"(?:{_alternation(classes['amount_unit'])})\s*(?:{_alternation(classes['amount_move'])})"
        r"\s*(?:了|约|近|超过|超|逾)?\s*$"
    )
    return PerformanceWords(
        not_returns=not_return_patterns,
        short_periods=_words_pattern(classes["short_period"]), inception=_words_pattern(classes["inception"]),
        category=_words_pattern(classes["fund_category"]), same_period=_words_pattern(classes["same_period"]),
        own_fund=_words_pattern(classes["own_fund"]),
        forecast_cue=_words_pattern(classes["forecast_cue"]), index_word=_words_pattern(classes["index_word"]),
        fund_word=regex.compile(
            rf"{_alternation(classes['fund_word'])}|(?:{_alternation(classes['pointer'])})"
            rf"(?!{_alternation(classes['stock_noun'])}|{_alternation(classes['not_fund_noun'])})"
        ),
        stock_pointed=regex.compile(rf"(?:{_alternation(classes['pointer'])})(?:{_alternation(classes['stock_noun'])})"),
        interest_rate=_words_pattern(classes["interest_rate"]), return_word=_words_pattern(classes["return_word"]),
        holder_return=_words_pattern(classes["holder_return"]), other_account=_words_pattern(classes["other_account"]),
        assumed_at=_words_pattern(classes["assumed_at"]),
        reckoned=regex.compile(rf"^\s*(?:{_alternation(classes['reckoned'])})"),
        outran=_words_pattern(classes["outran"]),
        hedge=_words_pattern(classes["hedge"]), usual=_words_pattern(classes["usual"]),
        # (after the figure's words of degree: 20%以上的增速, 8%左右的复合增长)
        growth_rate=regex.compile(rf"^\s*(?:以上|左右|上下|之间)?\s*(?:的)?\s*(?:{_alternation(classes['growth_rate'])})"),
        source=regex.compile(
            rf"{_alternation(classes['source_cue'])}|(?:{_alternation(classes['source_label'])})\s*[:：为是]"
            rf"|(?:{_alternation(classes['source_verb'])})[^，,。；;！？!?\n]{{0,{SOURCE_REACH}}}?"
            rf"(?:{_alternation(classes['source_document'])})"
        ),
        other_fund=regex.compile(f"{_alternation(classes['other_fund'])}|{_alternation(classes['manager_runs'])}"),
        # a denial, then the fund (本基金, 该基金 or 基金 alone), then its record: 非本基金绩效, 不代表本基金业绩
        not_fund=regex.compile(
            rf"(?:{_alternation(classes['not_fund_marker'])})(?:{_alternation(classes['own_fund'])}|基金)"
            rf"(?:的|之|嘅)?(?:{_alternation(classes['record_word'])})"
        ),
    )


def _alternation(word_class: WordClass) -> str:
    """A class's words as one alternation over Simplified text, longest first."""
    words = sorted({convert_script(w, "t2s") for w in word_class.words}, key=len, reverse=True)
    return "|".join(regex.escape(w) for w in words)


def _words_pattern(word_class: WordClass) -> regex.Pattern[str]:
    """A class's words as one pattern over Simplified text (for a short window before a figure); a longer word
    of its ``except`` list is skipped whole (若干 holds no 若, 如果说 no 如果)."""
    if not word_class.except_:
        return regex.compile(_alternation(word_class))
    excepts = sorted({convert_script(w, "t2s") for w in word_class.except_}, key=len, reverse=True)
    return regex.compile(rf"(?:{'|'.join(regex.escape(w) for w in excepts)})(*SKIP)(*FAIL)|{_alternation(word_class)}")
