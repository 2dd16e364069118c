"""The claim-assembly vocabulary (``corpora/patterns/metrics.yaml``), validated at load time.

Cues are written once in Simplified; the Traditional forms (OpenCC s2t and s2hk) are added when the
file is loaded, so the rules also hold on text that was not converted (``--convert none``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

import ahocorasick
from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator, model_validator

from analyzer.datafiles import load_model
from analyzer.errors import ExtractError
from analyzer.normalize.convert import both_scripts
from analyzer.resources import corpora_path

_KINDS = frozenset({"percent", "money", "multiple", "points", "count"})
_BASES = frozenset({"yoy", "qoq", "mom", "prev_close", "year_start", "ref", "weight"})


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class MetricCues(_Strict):
    """One metric: the mention kinds it takes, its cue words and how its values behave."""

    kinds: tuple[str, ...]
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    negate_before: tuple[str, ...] = ()
    negate_after: tuple[str, ...] = ()
    units: tuple[str, ...] = ()
    future: str | None = None
    company_currency: bool = False
    change: bool = False
    level: bool = False
    #: a level that describes the whole period stated (a monthly PMI), not the period's last day
    over_period: bool = False
    #: counts10: a level of a forecast year (a forward PE is the price over that year's forecast earnings): a
    #: figure dated by one whole year written beside it covers that year, not the year's last day
    over_forecast_year: bool = False
    #: the metric a session figure is when the time words beside it state a span of many days
    over_span: str | None = None
    #: the metric a move is when the time words beside it state one day (波音周五反弹1%): that session's change
    over_day: str | None = None
    ratio: bool = False
    session: bool = False
    #: a figure read during the session (the open, midday, a high or low): never the close (Claim.intraday)
    intraday: bool = False
    forecast: bool = False
    basis: str | None = None
    market_currency: bool = False
    since_inception: bool = False
    max_gap: int | None = None
    prefer_subject: tuple[str, ...] = ()
    family: str = "other"
    #: claims10: the cues name one statistical series (新增人民币贷款, 社会融资规模增量): the metric carries to
    #: no figure of a later sentence whose clause leads with its own words (委托贷款减少…: another series)
    names_series: bool = False

    @field_validator("kinds")
    @classmethod
    def _known_kinds(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        unknown = set(value) - _KINDS
        if not value or unknown:
            raise ValueError(f"kinds must be some of {sorted(_KINDS)}, not {sorted(unknown) or 'empty'}")
        return value

    @field_validator("basis")
    @classmethod
    def _known_basis(cls, value: str | None) -> str | None:
        if value is not None and value not in _BASES:
            raise ValueError(f"basis must be one of {sorted(_BASES)}")
        return value


class Directions(_Strict):
    up: tuple[str, ...]
    down: tuple[str, ...]
    neutral: tuple[str, ...] = ()
    level_after: tuple[str, ...] = ()


class Attribution(_Strict):
    suffixes: tuple[str, ...]
    verbs: tuple[str, ...]


class SourceNoteWords(_Strict):
    not_a_source: tuple[str, ...]
    max_source_chars: int


class PeriodWords(_Strict):
    latest_quarter: tuple[str, ...] = ()
    first_months: str = ""
    single_month: tuple[str, ...] = ()
    week_moves: tuple[str, ...] = ()
    bare_year: tuple[str, ...] = ()
    narrowing: str = ""
    report_title: str = ""
    report_title_lines: int = 3
    report_title_words: tuple[str, ...] = ()
    this_period: tuple[str, ...] = ()
    inception: tuple[str, ...] = ()
    #: a report period kind (quarter, half, year) → the most days after its end its report is published
    report_lag: dict[Literal["quarter", "half", "year"], int] = Field(default_factory=dict)

    @field_validator("first_months", "narrowing", "report_title")
    @classmethod
    def _compiles(cls, value: str, info: ValidationInfo) -> str:
        if value:
            try:
                regex = re.compile(value)
            except re.error as exc:
                raise ValueError(f"first_months is no regex: {exc}") from exc
            if info.field_name == "first_months" and "n" not in regex.groupindex:
                raise ValueError("first_months needs a group named n")
        return value


class SurfaceWords(_Strict):
    suffixes: dict[str, str]
    breakers: str = ""
    not_names: tuple[str, ...] = ()
    topic_stop: tuple[str, ...] = ()
    topic_max_chars: int = 8
    #: a tenor that may lead a topic's words (30年期 + 主力合约: a contract named by its tenor), as a regex
    topic_tenor: str = ""
    #: a statistical series named in full (一线城市新建商品住宅销售价格): leading words that end with one
    #: of these nouns may be up to ``series_max_chars`` long
    series_ends: tuple[str, ...] = ()
    series_max_chars: int = 8
    #: words that hold a breaker character yet are content words of a name (就业 in 总就业人数)
    breaker_words: tuple[str, ...] = ()
    #: words that start with a ``topic_stop`` word yet open a name (我国 is no 我: 我国软件业务收入…)
    topic_stop_not: tuple[str, ...] = ()
    #: claims10: the writer's own country before a statistic's name (我国货物贸易进出口): no part of the name
    #: when at least ``country_rest_chars`` characters of it follow (我国市场 stays whole)
    country_words: tuple[str, ...] = ()
    country_rest_chars: int = 3
    #: …unless the name ends with one of these: a market is named with its place (我国游戏市场)
    country_kept_ends: tuple[str, ...] = ()


class DailyAverage(_Strict):
    words: tuple[str, ...] = ()
    metrics: dict[str, str] = {}


class Qualifier(_Strict):
    """Words before a figure in its sentence that make its metric another (盘中报 → intraday_level) or
    mark it read during the session (``intraday``: 一度跌7% stays change_pct, Claim.intraday), unless
    one of ``unless`` stands nearer to it."""

    words: tuple[str, ...]
    unless: tuple[str, ...] = ()
    metrics: dict[str, str]
    #: reach back past other figures in the sentence (較早時報19850點,跌310點)
    across_figures: bool = False
    #: at most this many characters between the word and the figure (封涨停,涨10%), when set
    reach: int | None = None
    #: the figure is read during the session, never the close or the session's change (Claim.intraday)
    intraday: bool = False
    #: a time of the session (早盘, 半日): it holds for every name after it in the sentence, not only the
    #: name it follows (早盘…台积电涨18元,鸿海跌2.91%)
    across_names: bool = False
    #: a regex read as one more word of ``words`` (a clock time of the session: 10点30分, 9时8分)
    pattern: str | None = None


class SentenceWords(_Strict):
    """Words before a figure in its sentence that make its metric another (``metrics``: from → to),
    unless one of ``unless`` stands nearer to the figure."""

    words: tuple[str, ...] = ()
    unless: tuple[str, ...] = ()
    metrics: dict[str, str] = {}


class TightCue(_Strict):
    """A short cue word that names its metric only right before the value."""

    max_gap: int = 0
    not_after: str = ""
    #: characters that, right after the cue, make it part of another word (销售费用 is an expense)
    not_before: str = ""



class UnoccurredCase(_Strict):
    """A case a text says did not occur (未出现…的情形): the words that open it, the words that close it,
    and how far apart they may stand."""

    open: tuple[str, ...] = ()
    close: tuple[str, ...] = ()
    reach: int = Field(default=80, ge=1, le=400)

class MetricVocabulary(_Strict):
    window: int
    after_gap: int
    metrics: dict[str, MetricCues]
    #: cue words that count only right before the value (gap in characters), and the characters that
    #: may not stand before them (收795元 / 收21565点 is the close; 税收5亿元 is no close)
    tight_cues: dict[str, TightCue] = {}
    subject_kind_overrides: dict[str, dict[str, str]] = {}
    directions: Directions
    crossings: dict[str, tuple[str, ...]] = {}
    relations: dict[str, tuple[str, ...]] = {}
    #: relation words that count only when no time or numeral character stands right before them
    #: (Taiwan's 年增5.4%, but not 今年增长 or 3月增加)
    bare_relations: tuple[str, ...] = ()
    bare_relations_not_after: str = ""
    relation_metrics: dict[str, str] = {}
    #: relation words over the period before of the figure's own length (环比): qoq for a quarter's figure
    period_relations: tuple[str, ...] = ()
    growth_nouns: tuple[str, ...] = ()
    #: words that open a breakdown of the figure before them (其中): its parts move on the same basis
    breakdown_words: tuple[str, ...] = ()
    ref_markers: tuple[str, ...] = ()
    #: words that open a bracket restating the amount right before it in another currency
    #: (成交25亿元人民币(等值3.5亿美元)): the same figure, in that currency
    equivalence_words: tuple[str, ...] = ()
    comparison_words: tuple[str, ...] = ()
    #: direction words that compare with the session before by themselves (放量, 萎缩): an amount right after
    #: one is the change
    compared_moves: tuple[str, ...] = ()
    #: a high or low a move is measured from: time words right before one date the level, not the move
    level_words: tuple[str, ...] = ()
    #: claims15c: nouns of an outstanding amount (余额, 规模): a direction word after one, right before an
    #: amount (融资余额增加20亿元), makes the amount the change of that level, never the level
    stock_nouns: tuple[str, ...] = ()
    unread_time: str = ""
    forecast_cues: tuple[str, ...] = ()
    #: forecast cues of an estimate, no forecast when said of a period ended by the as-of date
    estimate_cues: tuple[str, ...] = ()
    #: words of comparing that make the forecast cue right after them the base the figure is compared
    #: with (比预测增加, 好于预期), not the figure's mode; and how many characters may stand between
    forecast_compared: tuple[str, ...] = ()
    forecast_compared_gap: int = 0
    daily_average: DailyAverage = Field(default_factory=DailyAverage)
    #: claims10: words of a portfolio's holdings before a bare share in its sentence (仓位…占比)
    holdings_share: SentenceWords = Field(default_factory=SentenceWords)
    qualifiers: dict[str, Qualifier] = {}
    listing_currency: dict[str, str] = {}
    #: the currency well-known companies named only by their name report in (港交所: HKD, 台积电: TWD)
    known_company_currency: dict[str, tuple[str, ...]] = {}
    session_cues: tuple[str, ...] = ()
    predicate_words: tuple[str, ...] = ()
    name_qualifiers: tuple[str, ...] = ()
    period_end_words: tuple[str, ...] = ()
    period_start_words: tuple[str, ...] = ()
    market_currency: dict[str, tuple[str, ...]] = {}
    explicit_currency: tuple[str, ...] = ()
    since_words: tuple[str, ...] = ()
    since_gap: int = 8
    period_words: PeriodWords = Field(default_factory=PeriodWords)
    surface: SurfaceWords
    fund_references: tuple[str, ...] = ()
    #: the references by which a text speaks as a fund itself (本基金): the document's own fund
    own_fund_references: tuple[str, ...] = ()
    company_references: tuple[str, ...] = ()
    company_reference_after: tuple[str, ...] = ()
    #: metrics only a company reports (a research note's forecasts): with no name in their sentence,
    #: the company the text refers to (公司), not a subject carried from an earlier sentence
    company_metrics: tuple[str, ...] = ()
    #: metrics of a fund itself (its size, shares, return): with no name in their sentence, the fund
    #: named last before them in their item (subject.item_fund)
    fund_metrics: tuple[str, ...] = ()
    #: words that name where a text comes from, by market (a government's department, 地政总署): market words
    #: of that market (added to ``market_currency`` when read), and opening a text, they make its plain 元 that
    #: market's currency (currency.document_market)
    market_origin: dict[str, tuple[str, ...]] = {}
    skip_inside: tuple[str, ...] = ()
    #: claims11b: a case the text says did not occur (未出现…的情形): its values are a rule's thresholds, no claim
    unoccurred_case: UnoccurredCase = Field(default_factory=lambda: UnoccurredCase())
    attribution: Attribution
    source_note: SourceNoteWords

    @model_validator(mode="before")
    @classmethod
    def _origins_are_market_words(cls, data: object) -> object:
        """Each market's words of origin are its market words too (listed once, under ``market_origin``)."""
        if not isinstance(data, dict) or not data.get("market_origin"):
            return data
        markets = {cur: tuple(words) for cur, words in (data.get("market_currency") or {}).items()}
        for cur, words in data["market_origin"].items():
            known = markets.get(cur, ())
            markets[cur] = (*known, *(w for w in words if w not in known))
        return {**data, "market_currency": markets}

    @property
    def origin_words(self) -> frozenset[str]:
        """Every market's words of origin."""
        return frozenset(w for words in self.market_origin.values() for w in words)

    @field_validator("relations")
    @classmethod
    def _known_relations(cls, value: dict[str, tuple[str, ...]]) -> dict[str, tuple[str, ...]]:
        unknown = set(value) - _BASES
        if unknown:
            raise ValueError(f"relations must be some of {sorted(_BASES)}, not {sorted(unknown)}")
        return value


    @field_validator("qualifiers")
    @classmethod
    def _qualified_metrics_exist(cls, value: dict[str, Qualifier], info: ValidationInfo) -> dict[str, Qualifier]:
        known = set(info.data.get("metrics", {}))
        named = {m for q in value.values() for pair in q.metrics.items() for m in pair}
        if named - known:
            raise ValueError(f"qualifiers name unknown metrics: {sorted(named - known)}")
        return value

    @field_validator("listing_currency")
    @classmethod
    def _listing_regexes(cls, value: dict[str, str]) -> dict[str, str]:
        for code, source in value.items():
            try:
                re.compile(source)
            except re.error as exc:
                raise ValueError(f"listing_currency {code} is no regex: {exc}") from exc
        return value

    @field_validator("metrics")
    @classmethod
    def _future_metrics_exist(cls, value: dict[str, MetricCues]) -> dict[str, MetricCues]:
        for field in ("future", "over_span", "over_day"):
            missing = {getattr(c, field) for c in value.values() if getattr(c, field) is not None} - set(value)
            if missing:
                raise ValueError(f"{field} names unknown metrics: {sorted(missing)}")
        return value

    @field_validator("crossings")
    @classmethod
    def _crossings_are_cues(cls, value: dict[str, tuple[str, ...]], info: ValidationInfo) -> dict[str, tuple[str, ...]]:
        threshold = info.data.get("metrics", {}).get("threshold")
        words = {w for ws in value.values() for w in ws}
        missing = words - set(threshold.before if threshold is not None else ())
        if missing:
            raise ValueError(f"crossing words must be before cues of the threshold metric: {sorted(missing)}")
        return value


def longest_first(words: tuple[str, ...] | list[str]) -> tuple[str, ...]:
    """``words`` in both scripts, longest first (so a match tried in order takes the longest word)."""
    return _longest_first(tuple(words))


@cache
def _longest_first(words: tuple[str, ...]) -> tuple[str, ...]:
    return tuple(sorted(both_scripts(words), key=len, reverse=True))


@cache  # compiled once per word list, not once per clause that asks
@cache
def metric_vocabulary() -> MetricVocabulary:
    """Load and validate the shipped metric vocabulary once per process."""
    path = corpora_path("patterns", "metrics.yaml")
    return load_model(path, MetricVocabulary, ExtractError, "E405", "metric vocabulary")


@cache
def forward_metrics() -> frozenset[str]:
    """The metrics another metric names as its forward form (``future``: pe_ttm → pe_forward), read once
    per process instead of by a pass over every metric for each figure that asks."""
    return frozenset(c.future for c in metric_vocabulary().metrics.values() if c.future is not None)


def cue_automaton(words: tuple[str, ...] | list[str]) -> ahocorasick.Automaton | None:
    """An Aho-Corasick automaton of ``words`` (both scripts), each stored with its length; None when
    there are none."""
    return _cue_automaton(tuple(words))


@cache  # built once per word list: building per document would cost a third of a small one
def _cue_automaton(words: tuple[str, ...]) -> ahocorasick.Automaton | None:
    forms = both_scripts(words)
    if not forms:
        return None
    automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
    for form in forms:
        automaton.add_word(form, len(form))
    automaton.make_automaton()
    return automaton
