"""Date and period expressions in Chinese financial text, resolved to calendar dates.

Input is Simplified Chinese with ASCII digits and '-' minus signs (the normalizer's output);
Traditional spellings in the vocabulary (``corpora/patterns/time.yaml``) work too.

One combined regular expression finds *atoms* (a date, a quarter, a year range such as
2020-2024年, a trailing period such as 近1年, a fiscal year, ...) in a single scan; one linear pass
then joins neighbouring atoms with the words around them into ranges (``A至B``), since-periods
(``A以来``), open periods (``自A起``, ``A以前``), until-periods (``截至A``) and resolves each to
dates. A month or day written without a year takes its year from the as-of date and the words
around it (``TimeSettings.prefer_dates_from``). An impossible date (2025年2月30日) is reported
with ``invalid`` set and no dates, never turned into another date.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache
from itertools import pairwise
from typing import Literal

from analyzer.extract.timevocab import TimeSettings, TimeVocab, default_settings, load_vocab, shipped_vocab
from analyzer.han import HAN
from analyzer.regexguard import compile_guarded

__all__ = [
    "Precision",
    "TimeHit",
    "TimeSettings",
    "TimeVocab",
    "find_time_expressions",
    "infer_as_of",
    "infer_as_of_with_source",
    "is_week",
    "load_vocab",
    "previous_period",
    "resolve_year",
    "same_period_last_year",
    "trading_week",
    "year_spans",
]

Precision = Literal["day", "month", "year"]
Kind = Literal["date", "period"]
Cue = Literal["back", "forward"] | None

_PRECISION_RANK: dict[str, int] = {"day": 0, "month": 1, "year": 2}
_MIN_YEAR, _MAX_YEAR = 1900, 2100


@dataclass(slots=True, unsafe_hash=True)  # frozen's __init__ is 3-5x slower; never changed once built
class TimeHit:
    """One date or period expression found in a text (offsets index the text passed in).

    ``invalid`` says in words why the expression cannot be a real date or period (then every
    date field is None). ``years`` lists the years of a year range or list (2020-2024年).
    """

    start: int
    end: int
    surface: str
    kind: Kind
    pattern: str
    date: date | None
    precision: Precision
    start_date: date | None
    end_date: date | None
    year_inferred: bool
    relation: str | None
    years: tuple[int, ...] = ()
    invalid: str | None = None


# --------------------------------------------------------------------------- regexes

_SP = r"[ \t]{0,2}"
_LB = r"(?<![\d.])"  # not inside a longer number
_CN_DIGITS = "〇零○一二三四五六七八九"
_CNY = f"[{_CN_DIGITS}]{{4}}"
# Chinese months and days take any numeral to 99 (十三月, 三十二日): an impossible one is then reported
# ``invalid`` by _why_invalid instead of being cut to the year or month before it
_CNM = r"(?:[一二三四五六七八九]?十[一二三四五六七八九]?|[一二三四五六七八九])"
_CND = _CNM
_YEAR4 = r"(?:19\d\d|20\d\d|2100)"
_QN = "[一二三四1-4]"
# the number of a quarter, half or week after an ordinal (第5季度, 第3个半年, 第60周): any number is read,
# and one outside the year is ``invalid`` (see _numbered_part)
_NTH = r"(?:\d{1,2}(?!\d)|[零〇一二三四五六七八九十]{1,3})"
_NUM_SEP_PATTERN = {"-": "ymd-iso", "/": "ymd-slash", ".": "ymd-dot"}
_DIGIT = re.compile(r"\d")
_QUARTER_NUM = {"一": 1, "二": 2, "三": 3, "四": 4, "1": 1, "2": 2, "3": 3, "4": 4}


def _alt(words: tuple[str, ...] | list[str] | set[str]) -> str:
    """Alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _cls(chars: str) -> str:
    return "".join(re.escape(c) for c in dict.fromkeys(chars))


def _after_any(words: tuple[str, ...]) -> str:
    """Regex alternatives that hold right after any of ``words`` (one fixed-width lookbehind each)."""
    return "".join(f"|(?<={re.escape(w)})" for w in words)


def _firsts(words: tuple[str, ...]) -> str:
    """The characters the words start with (a cheap guard before trying an alternative)."""
    return "".join(dict.fromkeys(w[0] for w in words))


def _tails(words: tuple[str, ...]) -> set[str]:
    """Words that may follow a year word ending in 年: 年底 → 年底 and 底 (2024年底, 今年底)."""
    return {w for w in words} | {w[1:] for w in words if w.startswith("年") and len(w) > 1}


@dataclass(frozen=True, slots=True)
class _Engine:
    vocab: TimeVocab
    scan: re.Pattern[str]
    since_tail: re.Pattern[str]
    from_tail: re.Pattern[str]
    until_tail: re.Pattern[str]
    to_now: re.Pattern[str]
    conn: re.Pattern[str]
    since_prefix: re.Pattern[str]
    until_prefix: re.Pattern[str]
    before_tail: re.Pattern[str]
    after_tail: re.Pattern[str]
    ended_tail: re.Pattern[str]
    fy_statement: re.Pattern[str]
    back_cue: re.Pattern[str]
    forward_cue: re.Pattern[str]
    forward_after: re.Pattern[str]
    year_prefix: dict[str, int]
    units: dict[str, str]
    tail_first: frozenset[str]  # what may follow a date that joins it with more words
    clause: re.Pattern[str]
    last_clause: re.Pattern[str]
    sentence: re.Pattern[str]
    full_stop: re.Pattern[str]  # a sentence end that is no semicolon


def _build(v: TimeVocab) -> _Engine:
    ds, ms, conn = _alt(v.day_suffixes), _alt(v.month_suffixes), _alt(v.range.connectors)
    units = v.units
    num_cls = _cls(v.trailing.numeral_chars)
    count = rf"\d{{1,3}}|[{num_cls}]{{1,4}}|{_alt(v.trailing.half)}"
    # a bare count is never a year written digit by digit (二〇一八年以来 is since 2018, not 2018 years)
    not_cn_year = rf"(?![{_CN_DIGITS}]{{4}})"
    month_units = _alt(v.first_months.units)
    q, e = v.quarter, v.edges
    qword = _alt(q.words)
    counters = _alt(q.counters)
    every = _alt(v.fiscal.end_statement_every)
    enb = _alt(v.edges.not_before)
    q_edge = rf"(?:(?P<{{g}}_qe>{_alt(q.end_suffixes)})|(?P<{{g}}_qs>{_alt(q.start_suffixes)}))(?!{enb})"
    me = [w[1:] for w in e.month_end if w.startswith("月")]
    mst = [w[1:] for w in e.month_start if w.startswith("月")]
    m_edge = (
        rf"(?:(?:(?P<{{g}}_me>{_alt(me)})|(?P<{{g}}_ms>{_alt(mst)}))(?!{enb})"
        rf"|(?P<{{g}}_xn>{_alt(tuple(e.ten_days))}))"
    )
    y_end, y_start = _tails(e.year_end), _tails(e.year_start)
    full = {w for w in _tails(v.full_year_suffixes) if not w.startswith("年")}
    year = rf"(?:\d{{4}}|{_CNY})"
    # claims11c: a year word with its number in brackets (今(2024)年第1季, 去（2023）年: Taiwan's usual form) states
    # that year: the bracket closing after the four digits stands before 年 (the year words' first characters)
    word_firsts = _cls("".join(sorted({w[0] for w in v.year_prefixes if len(w) == 2 and w.endswith("年")})))
    bracketed = rf"(?:(?<=[{word_firsts}][(（]\d{{4}})[)）])?"
    # 18年10月1日: a two-digit year only where a month follows it
    # (tested after the two digits, which most numbers fail at once)
    tdy_guard = rf"(?<![{_cls(v.two_digit_years.not_after)}]\d\d)(?!{_alt(v.two_digit_years.not_before)})"
    two_digit_year = rf"\d\d(?=年{_SP}(?:1[0-2]|0?[1-9]){_SP}月){tdy_guard}"
    mon = rf"(?:\d{{1,2}}|{_CNM})"
    # a range of days in one month (5月1-17日, 5月1日-5日): the connector after its first day, and where
    # its last day stands (after a month's day and a one-character connector; 3-5日 alone is no date)
    dash = _cls("".join(c for c in v.range.connectors if len(c) == 1))
    day_to = rf"[{dash}]\d{{1,2}}(?:{ds})"
    after_day_to = "(?:" + "|".join(
        rf"(?<=月{dd}{suffix}[{dash}])" for dd in (r"\d", r"\d\d") for suffix in ("", f"(?:{ds})")
    ) + ")"
    # claims15d: a month in Chinese numerals alone (三月, 十二月), and the words it may stand after
    bare_month = r"(?:十[一二]?|[一二三四五六七八九])"
    after_month = _after_any(v.bare_cn_month.after)[1:]
    # 本月1日: a day of the month a relative month word names
    mo_day = rf"(?P<mo_d>3[01]|[12]\d|0?[1-9]){_SP}(?:{ds}|(?={day_to}))(?!{_alt(v.bare_day.not_before)})"
    day = rf"(?:\d{{1,2}}|{_CND})"
    fy = v.fiscal
    half_word = _alt(v.half.first + v.half.second)
    short_units = _alt([w for w, u in units.items() if u in v.trailing.short_units])
    # 从2016到2018 (no spaces): one fixed-width look back over the whole range, tested only once both
    # years matched
    one_char = "".join(c for c in v.range.connectors if len(c) == 1)
    after_since = rf"(?<=[{_cls(''.join(w for w in v.since.prefixes if len(w) == 1))}]\d{{4}}[{_cls(one_char)}]\d{{4}})"

    def part(g: str) -> str:
        """A part of a year after a year word (shared by explicit, relative and Latin years)."""
        qe = q_edge.format(g=g)
        return (
            rf"(?P<{g}_ytd>{_alt(v.ytd.after_year)})"
            rf"|(?:{_alt(q.cumulative_prefixes)})(?P<{g}_cq>[二三23])(?:{counters})?(?:{qword})"
            rf"|(?:{_alt(v.first_months.prefixes)})(?P<{g}_fm>{count}){_SP}(?:{month_units})"
            rf"|(?:{_alt(v.remaining_months.prefixes)})(?P<{g}_rm>{count}){_SP}(?:{month_units})"
            rf"|(?:(?:{_alt(q.ordinal)})?(?P<{g}_q>{_QN}){_SP}(?:{qword})|(?P<{g}_q1>{_alt(q.first)})(?:{qword})"
            rf"|(?:{_alt(q.ordinal)})(?P<{g}_qx>{_NTH}){_SP}(?:{qword}))"
            rf"(?:{qe})?"
            rf"|(?P<{g}_h>{half_word})"
            rf"|(?:{_alt(q.ordinal)})(?P<{g}_hx>{_NTH}){_SP}(?:{counters})?(?:{_alt(v.half.numbered)})"
            rf"|(?:{_alt(q.ordinal)})(?P<{g}_wx>{_NTH}){_SP}(?:{counters})?(?:{_alt(v.weeks.numbered)})(?!{_alt(v.weeks.not_before)})"
            rf"|(?P<{g}_ye>{_alt(y_end)})(?!{enb})|(?P<{g}_ys>{_alt(y_start)})(?!{enb})"
            rf"|(?P<{g}_full>{_alt(full)})"
        )

    def fiscal_part(g: str) -> str:
        """Optional part of a fiscal year: 上半年 / 下半年 / 首9个月 (FY2025上半年, 今個財政年度首9個月)."""
        return (
            rf"(?:{_SP}(?:(?P<{g}_h>{half_word})|(?:{_alt(v.first_months.prefixes)})(?P<{g}_fm>{count}){_SP}"
            rf"(?:{month_units})))?"
        )

    # 2025E / 25E: an estimate year (never inside a Latin word or a longer number)
    forecast_year = (
        rf"(?<![A-Za-z\d.])(?P<fyn_y3>{_YEAR4}|\d\d)(?:{_alt(fy.forecast_suffixes)})(?![\dA-Za-z])"
        if fy.forecast_suffixes
        else "(?!)"
    )
    ys = v.year_series
    y_item = rf"(?:{_YEAR4}|\d\d)"
    ys_end = rf"{_SP}年(?!{_alt(ys.not_before)})"
    estimate = _alt(fy.forecast_suffixes) if fy.forecast_suffixes else "(?!)"
    # the first year: four digits, or two not after a duration's word (未来10-12年, 共计15/16年)
    y_first = rf"(?:{_YEAR4}|(?<![{_cls(ys.not_after)}])\d\d)"
    year_series = (
        rf"(?P<ys>{_LB}"
        rf"(?:{y_first}(?:{_SP}(?:{_alt(ys.list_separators)}){_SP}{y_item}){{1,15}}{ys_end}"  # 2024/2025年
        rf"|{y_first}{_SP}(?:{conn}){_SP}\d\d(?!\d){ys_end}"  # 23-25年, 2023-25年
        rf"|{y_first}(?:{estimate})?{_SP}(?:{conn}){_SP}{y_item}(?:{estimate})(?![\dA-Za-z])))"  # 2024-2026E
    )
    alts = [
        # a company's statement of its fiscal year end: 财年截至3月31日
        (
            _firsts(fy.end_statement_subjects),
            rf"(?P<fye>(?:{_alt(fy.end_statement_subjects)})(?:{_alt(fy.end_statement_verbs)}){_SP}(?:{every})?"
            rf"(?P<fye_m>\d{{1,2}})月(?P<fye_d>\d{{1,2}})日(?:{_alt(fy.end_statement_tails)})?)",
        ),
        # a series of years written short, a row heading of forecasts: 23-25年, 2024/2025年, 2024-2026E
        ("12", year_series),
        # fiscal years: 2023/24年度, 2023-2024财年
        (
            "12",
            rf"(?P<fys>{_LB}(?P<fys_a>{_YEAR4}){_SP}(?:{_alt(fy.split_separators)}){_SP}(?P<fys_b>\d{{4}}|\d\d)"
            rf"(?!\d){_SP}(?:{_alt(fy.split_words)}){fiscal_part('fys')})",
        ),
        (
            "0123456789" + _firsts(fy.fy_prefixes),
            rf"(?P<fyn>(?:{_LB}(?P<fyn_y>{_YEAR4}){_SP}(?:{_alt(fy.year_words)})"
            rf"|(?<![A-Za-z])(?:{_alt(fy.fy_prefixes)}){_SP}(?P<fyn_y2>{_YEAR4}|\d\d)(?![\dA-Za-z])"
            rf"|{forecast_year}){fiscal_part('fyn')})",
        ),
        (
            _firsts(fy.current + fy.previous + fy.next),
            rf"(?P<fyr>(?P<fyr_w>{_alt(fy.current + fy.previous + fy.next)}){fiscal_part('fyr')})",
        ),
        # years: a list 2020、2021年 and a range 2020-2024年
        ("12", rf"(?P<yl>{_LB}{_YEAR4}(?:{_SP}[{_cls(v.year_list_separators)}]{_SP}{_YEAR4}){{1,15}}{_SP}年)"),
        # (从2016到2018: without 年 only right after a since prefix, and never before a unit)
        (
            "12",
            rf"(?P<yrs>{_LB}(?P<yrs_a>{_YEAR4}){_SP}(?:{conn}){_SP}(?P<yrs_b>{_YEAR4})"
            rf"(?:{_SP}年|{after_since}(?![\d.]|{_SP}(?:{_alt(v.bare_year_range_not_before)}))))",
        ),
        # Latin quarters and halves: 2024Q3, 2024年Q3, Q3 2024, 3Q24, 2025H1, H1 2025, 1H25
        ("12", rf"(?P<lq>{_LB}(?P<lq_y>{_YEAR4}){_SP}年?{_SP}(?P<lq_k>[QqHh])(?P<lq_n>\d)(?![\dA-Za-z]))"),
        (
            "QqH",
            rf"(?P<lqb>(?<![A-Za-z\d])(?P<lqb_k>[QqH])(?P<lqb_n>[1-4])(?:[ \t]?(?P<lqb_y>{_YEAR4}|'?\d\d)(?!\d))?"
            rf"(?![\dA-Za-z]))",
        ),
        ("1234", rf"(?P<lqc>(?<![A-Za-z\d])(?P<lqc_n>[1-4])(?P<lqc_k>[QH])(?P<lqc_y>{_YEAR4}|\d\d)(?![\dA-Za-z]))"),
        # a year and a part of it: 2024年上半年, 去年第4季, 今年前7个月, 2025年初至今, 2024年底
        (
            "0123456789" + _CN_DIGITS + _firsts(tuple(v.year_prefixes)),
            rf"(?P<iy>(?:{_LB}(?P<iy_y>{year}|\d\d(?=年){tdy_guard}){bracketed}{_SP}年"
            # 2020上半年, 2021一季度: a four-digit year written without 年 right before a half or a quarter;
            # 2020全年, 2020前三季度 (claims10b): before the whole year or its first quarters
            rf"|{_LB}(?P<iy_y4>{_YEAR4})(?=(?:{half_word})|(?:{_alt(q.ordinal)})?{_QN}{_SP}(?:{qword})"
            rf"|(?:{_alt(full)})|(?:{_alt(q.cumulative_prefixes)})[二三23](?:{counters})?(?:{qword}))"
            rf"|(?<![{_cls(v.year_prefixes_not_after)}])(?P<iy_r>{_alt(list(v.year_prefixes))})){_SP}"
            rf"(?:{part('iy')}))",
        ),
        # parts of the as-of year: 前三季度, 一季度末, 上半年, 首9个月, 余下三个月; quarters relative to as-of
        (
            _firsts(q.current + q.previous + q.latest),
            rf"(?P<qrel>{_alt(q.current + q.previous + q.latest)})(?!{_alt(q.not_before)})",
        ),
        (
            _firsts(q.cumulative_prefixes),
            rf"(?P<cq>(?:{_alt(q.cumulative_prefixes)})(?P<cq_n>[二三23])(?:{counters})?(?:{qword}))",
        ),
        (
            _firsts(q.ordinal + q.first) + "一二三四1234",
            rf"(?P<qq>(?:(?:{_alt(q.ordinal)})(?P<qq_n>{_NTH}){_SP}(?:{qword})|(?<![{num_cls}\d])(?P<qq_m>{_QN})"
            rf"{_SP}(?:{_alt(q.bare_words)})|(?P<qq_f>{_alt(q.first)})(?:{qword}))(?:{q_edge.format(g='qq')})?)",
        ),
        (_firsts(v.half.first + v.half.second), rf"(?P<hh>(?P<hh_w>{half_word}))"),
        (
            _firsts(v.first_months.prefixes),
            rf"(?P<fm>(?:{_alt(tuple(p for p in v.first_months.prefixes if p not in v.first_months.need_year))}"
            rf"|(?:^|(?<=[{_cls(v.punctuation.clause)}\n]))(?:{_alt(v.first_months.need_year)}))"
            rf"(?P<fm_n>{count}){_SP}(?:{month_units}))",
        ),
        (
            _firsts(v.remaining_months.prefixes),
            rf"(?P<rm>(?:{_alt(v.remaining_months.prefixes)})(?P<rm_n>{count}){_SP}(?:{month_units}))",
        ),
        # relative words
        (_firsts(v.same_period_last_year), rf"(?P<spl>{_alt(v.same_period_last_year)})"),
        (
            _firsts(v.ytd.keywords + v.ytd.guarded_keywords),
            rf"(?P<ytd>{_alt(v.ytd.keywords)}|(?:(?<![{_cls(v.ytd.guard_chars)}]){_after_any(v.ytd.guard_exceptions)})"
            rf"(?:{_alt(v.ytd.guarded_keywords)}))",
        ),
        (
            _firsts(v.trailing.prefixes + v.trailing.short_prefixes),
            rf"(?P<trl>(?:(?<![{_cls(v.trailing.prefix_blockers)}])(?:{_alt(v.trailing.prefixes)})"
            # 前1周 / 前5个交易日: 前 counts back only in short units, never 前一交易日 (a day, read below)
            rf"|(?<![{_cls(v.trailing.short_not_after)}])(?=(?:{_alt(v.trailing.short_prefixes)})(?:{count}){_SP}"
            rf"(?:{short_units}))(?!{_alt(v.days.previous_trading)})(?P<trl_p>{_alt(v.trailing.short_prefixes)}))"
            rf"(?P<trl_n>{count}){_SP}(?P<trl_u>{_alt(list(units))})(?P<trl_h>{_alt(v.trailing.half)})?"
            rf"(?:(?:{_alt(v.trailing.suffixes)})(?![{_cls(v.trailing.suffix_blockers)}]))?)",
        ),
        (
            "0123456789" + v.trailing.numeral_chars + _firsts(v.trailing.half),
            rf"(?P<trb>(?<![\d{num_cls}{_cls(v.trailing.bare_not_after)}]){not_cn_year}(?P<trb_n>{count}){_SP}"
            rf"(?P<trb_u>{_alt(list(units))})(?P<trb_h>{_alt(v.trailing.half)})?"
            rf"(?:{_alt(v.trailing.suffixes)})(?![{_cls(v.trailing.suffix_blockers)}]))",
        ),
        (
            "0123456789" + v.trailing.numeral_chars + _firsts(v.trailing.half),
            rf"(?P<ago>(?<![\d{num_cls}{_cls(v.trailing.bare_not_after)}]){not_cn_year}(?P<ago_n>{count}){_SP}"
            rf"(?P<ago_u>{_alt(list(units))})(?:{_alt(v.ago.suffixes)})(?!{_alt(v.ago.not_before)}))",
        ),
        (
            _firsts(v.future.prefixes),
            rf"(?P<fut>(?:{_alt(v.future.prefixes)})(?P<fut_a>{count})(?:{_SP}(?:{_alt(v.future.range_connectors)})"
            rf"{_SP}(?P<fut_b>{count}))?{_SP}(?P<fut_u>{_alt(list(units))}))",
        ),
        (
            _firsts(v.weeks.current + v.weeks.previous + v.weeks.next),
            rf"(?P<wk>(?P<wk_w>{_alt(v.weeks.current + v.weeks.previous + v.weeks.next)})(?!{_alt(v.weeks.not_before)})"
            rf"(?P<wk_d>{_alt(list(v.weeks.weekdays))})?)",
        ),
        (
            _firsts(v.days.today + v.days.yesterday + v.days.previous_trading),
            rf"(?P<dy>{''.join(f'(?<!{re.escape(w)})' for w in v.days.not_after)}"
            rf"(?P<dy_w>{_alt(v.days.today + v.days.yesterday + v.days.previous_trading)})"
            rf"(?!{_alt(v.days.not_before)}))",
        ),
        (
            _firsts(v.months.current + v.months.previous + v.months.next),
            rf"(?P<mo>(?P<mo_w>{_alt(v.months.current + v.months.previous + v.months.next)})"
            rf"(?:{mo_day}|{m_edge.format(g='mo')})?)",
        ),
        # a weekday alone: 周五, 星期一
        (
            _firsts(v.weeks.weekday_prefixes),
            rf"(?P<wd>(?<![{_cls(v.weeks.weekday_not_after)}])(?:{_alt(v.weeks.weekday_prefixes)})"
            rf"(?P<wd_d>{_alt(list(v.weeks.weekdays))})(?!{_alt(v.weeks.weekday_not_before)}))",
        ),
        # a year word and a month (and day): 去年12月, 今年3月6日, 去年6月底
        (
            _firsts(tuple(v.year_prefixes)),
            rf"(?P<rmd>(?<![{_cls(v.year_prefixes_not_after)}])(?P<rmd_r>{_alt(list(v.year_prefixes))}){_SP}"
            rf"(?P<rmd_m>1[0-2]|0?[1-9]|{_CNM}){_SP}月(?:{_SP}(?P<rmd_d>{day}){_SP}(?:{ds})|{m_edge.format(g='rmd')}"
            rf"|(?:{ms}))?)",
        ),
        (
            _firsts(tuple(v.relative_years)),
            rf"(?P<rel>(?<![{_cls(v.relative_years_not_after)}])(?:{_alt(list(v.relative_years))})"
            rf"(?![{_cls(v.relative_years_not_before)}]))",
        ),
        # full and partial dates
        (
            "12",
            rf"(?P<num>{_LB}(?P<num_y>{_YEAR4})(?P<num_sep>[-/.])(?P<num_m>\d{{1,2}})(?P=num_sep)(?P<num_d>\d{{1,2}})"
            rf"(?!\d|\.\d)(?:{ds})?)",
        ),
        (
            "0123456789" + _CN_DIGITS,
            rf"(?P<cn>{_LB}(?P<cn_y>{year}|{two_digit_year}){bracketed}{_SP}年(?:{_SP}(?P<cn_m>{mon}){_SP}月(?:{_SP}(?P<cn_d>{day}){_SP}(?:{ds})"
            rf"|{m_edge.format(g='cn')}|(?:{ms}))?)?)",
        ),
        (
            "0123456789",
            rf"(?P<mr>{_LB}(?P<mr_a>1[0-2]|0?[1-9]){_SP}(?:{conn}){_SP}(?P<mr_b>1[0-2]|0?[1-9]){_SP}月(?:{ms})?)",
        ),
        (
            "0123456789",
            # 5月1-17日: the first day of a range of days may go without 日 (the bare day after the
            # connector, below, ends the range)
            rf"(?P<md>{_LB}(?P<md_m>\d{{1,2}}){_SP}月(?:{_SP}(?P<md_d>\d{{1,2}}){_SP}(?:{ds}|(?={day_to}))"
            rf"|{m_edge.format(g='md')}|(?:{ms}))?)",
        ),
        # 三月五日, 三月底; 一至二月; 十二日 as the end of a range of days (一月十日到十二日)
        (
            "一二三四五六七八九十",
            rf"(?P<cmd>(?<![{_CN_DIGITS}十])(?:(?P<cmd_m>{_CNM})月(?:(?P<cmd_d>{_CND})(?:{ds})|{m_edge.format(g='cmd')})"
            rf"|(?P<cmd_a>{_CNM}){_SP}(?:{conn}){_SP}(?P<cmd_b>{_CNM})月(?:{ms})?"
            # claims15d: 三月, 十二月份 alone: a month of the year (1-12), not a count of months (近一月) nor
            # the start of a name (十月稻田): with 份, before no Han or a joining word, or after one
            rf"|(?<![{_cls(v.bare_cn_month.not_after)}])(?:(?:{after_month})(?P<cmd_bm>{bare_month})月(?:{ms})?"
            rf"|(?P<cmd_bn>{bare_month})月(?:{ms}|(?![{HAN}])|(?={_alt(v.bare_cn_month.before)})))"
            rf"(?!{_alt(v.bare_cn_month.not_before)}))"
            rf"|(?<=[{_cls(''.join(c for c in v.range.connectors if len(c) == 1))}])(?P<cmd_bd>{_CND})(?:{ds})"
            rf"(?!{_alt(v.bare_day.not_before)}))",
        ),
        (
            _firsts(e.month_end + e.month_start + e.year_end + e.year_start),
            rf"(?P<edg>(?<![\d{_CN_DIGITS}{_cls(e.not_after)}])(?:(?P<edg_me>{_alt(e.month_end)})"
            rf"|(?P<edg_ms>{_alt(e.month_start)})|(?P<edg_ye>{_alt(e.year_end)})|(?P<edg_ys>{_alt(e.year_start)}))(?!{enb}))",
        ),
        (
            "0123456789",
            # 5月1-17日, 本月1日至5日期间: a bare day after a day of a month and a connector ends a range of
            # days (日期 there is 日 + 期间, no date word; 3-5日 alone stays no date)
            rf"(?P<bdr>{after_day_to}(?P<bdr_d>3[01]|[12]\d|0?[1-9])日(?!{_alt(v.bare_day.range_end_not_before)}))",
        ),
        (
            "0123456789",
            rf"(?P<bd>(?<![{_cls(v.bare_day.not_after)}])(?P<bd_d>3[01]|[12]\d|0?[1-9])日"
            rf"(?!{_alt(v.bare_day.not_before)}))",
        ),
    ]
    first = "".join(f for f, _ in alts)
    # Speed (the scan is the hot loop): every alternative that starts with a digit needs a number to
    # start there, so the inside of numbers is skipped at once; at a digit, the alternatives that can
    # only start with a digit are tried first, behind one guard (none of them can take the match of a
    # mixed one such as 2024年上半年); elsewhere each alternative has its own first-character guard.
    digits_only = [rx for f, rx in alts if set(f) <= set("0123456789")]
    mixed = [(f, rx) for f, rx in alts if not set(f) <= set("0123456789")]
    # consecutive alternatives in small groups, each behind the union of its guards: a position
    # that starts none of them skips the whole group with one check (the order stays the same)
    groups = [mixed[i : i + 4] for i in range(0, len(mixed), 4)]
    others = [
        rf"(?=[{_cls(''.join(f for f, _ in grp))}])(?:" + "|".join(rf"(?=[{_cls(f)}]){rx}" for f, rx in grp) + ")"
        for grp in groups
    ]
    scan = re.compile(rf"(?=[{_cls(first)}])(?!(?<=[\d.])\d)(?:(?=\d)(?:{'|'.join(digits_only)})|{'|'.join(others)})")
    events = _alt(v.since.events)
    return _Engine(
        vocab=v,
        scan=scan,
        since_tail=re.compile(rf"{_SP}(?:(?:{events}){_SP})?(?:{_alt(v.since.suffixes)})"),
        from_tail=re.compile(rf"{_SP}(?:{_alt(v.since.from_suffixes)})(?!{_alt(v.since.from_not_before)})"),
        until_tail=re.compile(rf"[ \t,，、]{{0,2}}(?:{_alt(v.until.prefixes)}){_SP}"),
        to_now=re.compile(
            rf"{_SP}(?:(?:{events}){_SP})?(?:{_alt(v.range.to_now)})"
            + (rf"(?!{_alt(v.range.to_now_not_before)})" if v.range.to_now_not_before else "")
        ),
        conn=re.compile(rf"{_SP}(?:{conn}){_SP}"),
        since_prefix=re.compile(rf"(?:{_alt(v.since.prefixes)}){_SP}$"),
        until_prefix=re.compile(rf"(?:{_alt(v.until.prefixes)}){_SP}$"),
        before_tail=re.compile(rf"{_SP}(?:{_alt(v.before_suffixes)})"),
        after_tail=re.compile(rf"{_SP}(?:{_alt(v.after_suffixes)})"),
        ended_tail=re.compile(
            rf"{_SP}(?:{_alt(fy.ended_marker)}){_SP}(?:(?P<yr>{_alt(fy.ended_year_words)})"
            rf"|(?P<n>{count}){_SP}(?:{month_units}))"
        ),
        # an alternation of groups of words: guarded, or tried at every character (18.5 → 13.5 ms per 0.5M)
        fy_statement=compile_guarded(
            rf"(?:{_alt(fy.end_statement_subjects)})(?:{_alt(fy.end_statement_verbs)}){_SP}(?:{every})?"
            rf"(?P<m>\d{{1,2}})月(?P<d>\d{{1,2}})日"
            rf"|(?:{_alt(v.until.prefixes)}){_SP}\d{{4}}{_SP}年{_SP}(?P<m2>\d{{1,2}}){_SP}月{_SP}(?P<d2>\d{{1,2}})"
            rf"{_SP}日{_SP}(?:{_alt(fy.ended_marker)}){_SP}(?:{_alt(fy.ended_year_words)})"
        ),
        back_cue=re.compile(_alt(v.cues.back)),
        forward_cue=re.compile(_alt(v.cues.forward)),
        forward_after=re.compile(_alt(v.cues.forward_after)),
        year_prefix=dict(v.year_prefixes),
        units=units,
        tail_first=frozenset(
            " \t，,、"
            + _firsts(
                v.since.events
                + v.since.suffixes
                + v.since.from_suffixes
                + v.range.to_now
                + v.range.connectors
                + v.before_suffixes
                + v.after_suffixes
                + v.fiscal.ended_marker
            )
        ),
        clause=re.compile(rf"[{_cls(v.punctuation.clause)}\n]"),
        last_clause=re.compile(rf".*[{_cls(v.punctuation.clause)}\n]", re.S),
        sentence=re.compile(rf"[{_cls(v.punctuation.sentence)}\n]"),
        full_stop=re.compile(rf"[{_cls(v.punctuation.sentence.replace(';', '').replace('；', ''))}\n]"),
    )


@cache
def _engine() -> _Engine:
    return _build(shipped_vocab())


# --------------------------------------------------------------------------- calendar helpers


def _cn_int(s: str) -> int:
    import cn2an  # imported on first use (~0.15 s at start-up): most texts write their numbers in digits

    return int(cn2an.cn2an(s.replace("○", "〇").replace("兩", "两"), "smart"))


def _int(s: str) -> int:
    return int(s) if s.isdigit() else _cn_int(s)


_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)


def _monthrange(y: int, m: int) -> tuple[int, int]:
    """(0, days in month): the part of ``calendar.monthrange`` used here, without the weekday."""
    if m == 2 and y % 4 == 0 and (y % 100 != 0 or y % 400 == 0):
        return 0, 29
    return 0, _DAYS_IN_MONTH[m]


def month_end(y: int, m: int) -> date:
    """The last day of month ``m`` of year ``y``."""
    return date(y, m, _monthrange(y, m)[1])


def add_months(d: date, n: int) -> date:
    """``d`` moved by ``n`` months, its day kept where the month has it (else the month's last day)."""
    y, m0 = divmod(d.year * 12 + d.month - 1 + n, 12)
    return date(y, m0 + 1, min(d.day, _monthrange(y, m0 + 1)[1]))


def _bounds(y: int, m: int | None, d: int | None) -> tuple[date, date]:
    if d is not None and m is not None:
        x = date(y, m, d)
        return x, x
    if m is not None:
        return date(y, m, 1), month_end(y, m)
    return date(y, 1, 1), date(y, 12, 31)


def _quarter(y: int, q: int) -> tuple[date, date]:
    return date(y, 3 * q - 2, 1), month_end(y, 3 * q)


def _why_invalid(y: int | None, m: int | None, d: int | None) -> str | None:
    """Why this year/month/day can be no calendar date, in words; None when it can be one."""
    if y is not None and y < 1:
        return f"没有{y:04d}年"
    if y is not None and not _MIN_YEAR <= y <= _MAX_YEAR:
        return f"{y}年不在可核对的年份范围({_MIN_YEAR}–{_MAX_YEAR})内"
    if m is not None and not 1 <= m <= 12:
        return f"没有{m}月"
    if d is not None and m is not None:
        if d < 1:
            return f"没有{d}日"
        if d > _monthrange(y if y is not None else 2000, m)[1]:  # 2000 is a leap year
            return f"{y}年{m}月没有{d}日" if y is not None else f"{m}月没有{d}日"
    return None


def resolve_year(month: int, day: int | None, as_of: date) -> date:
    """The latest date with this month (and day) on or before ``as_of``.

    With ``day=None`` (month precision) the latest month start on or before as_of's month.
    Raises ValueError for a month/day that exists in no year (2月30日, 13月).
    """
    if _why_invalid(None, month, day) is not None:
        raise ValueError(f"no such month/day: {month}/{day}")
    y = as_of.year
    while True:
        if _why_invalid(y, month, day) is None:
            x = date(y, month, day or 1)
            if (x <= as_of) if day is not None else ((y, month) <= (as_of.year, as_of.month)):
                return x
        y -= 1


def weekday_on_or_before(day: date) -> date:
    """``day`` itself on a weekday, else the Friday before it (holidays are not known here)."""
    while day.weekday() >= 5:
        day -= timedelta(days=1)
    return day


def previous_session(day: date) -> date:
    """The trading session before ``day``: the weekday before it (Friday for a Monday)."""
    return weekday_on_or_before(day - timedelta(days=1))


def same_period_last_year(period_start: date, period_end: date) -> tuple[date, date]:
    """The same span one year earlier (上年同期): 2024-01-01..2024-07-31 → 2023-01-01..2023-07-31.

    A 29 February becomes the 28th; a period ending on the last day of February keeps ending on it.
    """

    def back(d: date, end: bool) -> date:
        if end and d.month == 2 and d.day >= 28 and d == month_end(d.year, 2):
            return month_end(d.year - 1, 2)
        return d.replace(year=d.year - 1, day=min(d.day, _monthrange(d.year - 1, d.month)[1]))

    return back(period_start, False), back(period_end, True)


#: the days from a week's Monday to its last day: its trading days (to Friday) or the calendar week
_WEEK_SPANS = frozenset({4, 6})


def is_week(start: date, end: date) -> bool:
    """Whether ``start``–``end`` is one week: Monday to Sunday (本周, 上周) or its trading days, to Friday."""
    return start.weekday() == 0 and (end - start).days in _WEEK_SPANS


def trading_week(day: date) -> tuple[date, date]:
    """The week of a figure over a week (本周, 上一周, 周涨): the trading days of the week holding ``day``,
    Monday to Friday (holidays are not known here). The one definition the claims read a week by."""
    monday = day - timedelta(days=day.weekday())
    return monday, monday + timedelta(days=4)


def previous_period(period_start: date, period_end: date) -> tuple[date, date] | None:
    """The period just before a week, a month, a quarter, a half or a calendar year (前值, 上期, 上一周):
    February → January, 2024Q4 → 2024Q3, 2024H1 → 2023H2, 2024 → 2023, a week (Monday to Sunday, or its
    trading days, Monday to Friday) → the same days of the week before; None for any other span (a day,
    1-2月: no fixed step)."""
    if is_week(period_start, period_end):
        return period_start - timedelta(weeks=1), period_end - timedelta(weeks=1)
    if period_start.day != 1 or period_end != month_end(period_end.year, period_end.month):
        return None
    months = (period_end.year - period_start.year) * 12 + period_end.month - period_start.month + 1
    if months not in (1, 3, 6, 12) or (period_start.month - 1) % months:
        return None  # only a month, or a quarter, half or year that starts where one does
    last = add_months(period_start, -1)
    return add_months(period_start, -months), month_end(last.year, last.month)


# --------------------------------------------------------------------------- atoms


@dataclass(slots=True)
class _Atom:
    start: int
    end: int
    pattern: str
    cat: str
    y: int | None = None
    m: int | None = None
    d: int | None = None
    y2: int | None = None
    m2: int | None = None
    n: int | None = None
    n2: int | None = None
    unit: str | None = None
    yoff: int | None = None
    part: str | None = None
    invalid: str | None = None
    years: tuple[int, ...] = ()
    ctx_year: bool = False  # a year word read against the sentence's reported year (上年), not as_of

    @property
    def precision(self) -> Precision:
        return "day" if self.d is not None else "month" if self.m is not None else "year"


# atoms that a since/until/range/before/after construction can take as its date
_JOINABLE = frozenset({"date", "relyear", "inyear", "bd", "wk", "wd", "dy", "mo", "qrel"})
_PARTS = ("ytd", "cq", "fm", "rm", "q", "q1", "qx", "h", "hx", "wx", "ye", "ys", "full")


def _two_digit_year(s: str) -> int:
    s = s.lstrip("'")
    return int(s) if len(s) == 4 else 2000 + int(s)


def _year_series(s: int, e: int, raw: str, v: TimeVocab) -> _Atom | None:
    """23-25年 / 2024/2025年 / 2024E-2026E: consecutive years (a range spans at most ``max_span``); a
    two-digit year takes the century of a four-digit one beside it, else the pivot's; an estimate
    suffix makes the pattern ``estimate-…`` (a year not ended at the as-of date is then a forecast)."""
    items = re.findall(r"(\d{4}|\d\d)([A-Za-z]?)", raw)
    century = next((int(y) // 100 * 100 for y, _ in items if len(y) == 4), None)
    pivot = v.two_digit_years.pivot
    years = [
        int(y) if len(y) == 4 else (century if century is not None else 2000 if int(y) < pivot else 1900) + int(y)
        for y, _ in items
    ]
    listed = any(sep in raw for sep in v.year_series.list_separators)
    if listed:
        if any(b != a + 1 for a, b in pairwise(years)):
            return None
        pattern = "list-years"
    else:
        if len(years) != 2 or not 0 < years[1] - years[0] <= v.year_series.max_span:
            return None
        years = list(range(years[0], years[1] + 1))
        pattern = "range-years"
    if any(suffix for _, suffix in items):
        pattern = "estimate-" + pattern
    return _Atom(s, e, pattern, "years", years[0], y2=years[-1], years=tuple(years))


def _count(raw: str, v: TimeVocab) -> int:
    return -1 if raw in v.trailing.half else _int(raw)


def _part(m: re.Match[str], g: str, a: _Atom, v: TimeVocab) -> _Atom | None:
    """Fill ``a`` with the part of a year matched by the ``part()`` groups prefixed ``g``."""
    grp = m.group
    for p in _PARTS:
        raw = grp(f"{g}_{p}")
        if raw is None:
            continue
        a.part = p
        if p in ("cq", "q"):
            a.n = _QUARTER_NUM.get(raw) or _int(raw)
        elif p == "q1":
            a.part, a.n = "q", 1
        elif p in ("fm", "rm"):
            a.n = _count(raw, v)
            if not 1 <= a.n <= 12:
                return None
        elif p == "h":
            a.n = 1 if raw in v.half.first else 2
        elif p in ("qx", "hx", "wx"):
            _numbered_part(a, p, _int(raw))
        if a.part == "q" and (grp(f"{g}_qe") or grp(f"{g}_qs")):
            a.part = "qe" if grp(f"{g}_qe") else "qs"
        return a
    return None  # pragma: no cover - the regex matched one of the parts


#: numbered part → (the part it is, how many a year has at most, its name in a reason)
_NUMBERED = {"qx": ("q", 4, "季度"), "hx": ("h", 2, "个半年"), "wx": ("w", 53, "周")}


def _numbered_part(a: _Atom, p: str, n: int) -> None:
    """A quarter, half or ISO week written by its number (第5季度, 第3个半年, 第60周): a number no year
    has makes the atom ``invalid`` with the reason; week 53 also needs a year that has one."""
    part, most, word = _NUMBERED[p]
    a.part, a.n = part, n
    if not 1 <= n <= most:
        a.invalid = f"一年没有第{n}{word}"
    elif part == "w" and a.y is not None and a.invalid is None and n > _iso_weeks(a.y):
        a.invalid = f"{a.y}年没有第{n}周(只有{_iso_weeks(a.y)}周)"


def _iso_weeks(y: int) -> int:
    """How many ISO weeks year ``y`` has (52 or 53): 28 December is always in the last one."""
    return date(y, 12, 28).isocalendar().week


def _edge(m: re.Match[str], g: str, v: TimeVocab) -> str | None:
    """The part of a month written after it: month_end / month_start / a ten-day third (x1, x2, x3)."""
    if m.group(f"{g}_me"):
        return "me"
    if m.group(f"{g}_ms"):
        return "ms"
    if xn := m.group(f"{g}_xn"):
        return f"x{v.edges.ten_days[xn]}"
    return None


def _fiscal_part(m: re.Match[str], g: str, a: _Atom, v: TimeVocab) -> _Atom | None:
    """The half or first months written after a fiscal year (FY2025上半年, 今個財政年度首9個月)."""
    if m.group(f"{g}_h"):
        a.part, a.n = "h", 1 if m.group(f"{g}_h") in v.half.first else 2
    elif m.group(f"{g}_fm"):
        a.part, a.n = "fm", _count(m.group(f"{g}_fm"), v)
        if not 1 <= a.n <= 12:
            return None
    return a


def _atom(m: re.Match[str], eng: _Engine) -> _Atom | None:
    """An atom from a scan match; impossible dates become atoms with ``invalid`` set."""
    v = eng.vocab
    g, s, e, kind = m.group, m.start(), m.end(), m.lastgroup
    if kind == "num":
        y, mo, d = int(g("num_y")), int(g("num_m")), int(g("num_d"))
        why = _why_invalid(y, mo, d)
        if why is not None and g("num_sep") == ".":
            return None  # 2025.13.01 is more likely a version or a code than a date
        return _Atom(s, e, _NUM_SEP_PATTERN[g("num_sep")], "date", y, mo, d, invalid=why)
    if kind == "cn":
        raw_y = g("cn_y")
        y = _int(raw_y)
        if len(raw_y) == 2:  # 18年10月1日: the century from the pivot
            y += 2000 if y < v.two_digit_years.pivot else 1900
        mo = _int(g("cn_m")) if g("cn_m") else None
        d = _int(g("cn_d")) if g("cn_d") else None
        if mo is None and not _MIN_YEAR <= y <= _MAX_YEAR:
            return None  # 5000年 is a duration, 0000年 alone no date
        numeral = not (raw_y.isdigit() and (g("cn_m") or "1").isdigit() and (g("cn_d") or "1").isdigit())
        pattern = ("ymd" if d is not None else "ym" if mo is not None else "y") + ("-cn-numeral" if numeral else "-cn")
        if len(raw_y) == 2:
            pattern = pattern.replace("-cn", "-two-digit-year")
        a = _Atom(s, e, pattern, "date", y, mo, d, invalid=_why_invalid(y, mo, d))
        if part := _edge(m, "cn", v):
            a.part, a.pattern = part, "ym-edge-cn"
        return a
    if kind == "cmd" and g("cmd_bd"):
        return _Atom(s, e, "d-cn-numeral", "bd", d=_int(g("cmd_bd")))
    if kind == "cmd" and (g("cmd_bm") or g("cmd_bn")):
        return _Atom(s, e, "m-cn-numeral", "date", None, _int(g("cmd_bm") or g("cmd_bn")))
    if kind == "cmd" and g("cmd_a"):
        a_m, b_m = _int(g("cmd_a")), _int(g("cmd_b"))
        return _Atom(s, e, "range-month-cn-numeral", "monthrange", None, a_m, m2=b_m) if a_m != b_m else None
    if kind in ("md", "cmd"):
        mo = _int(g(f"{kind}_m"))
        d = _int(g(f"{kind}_d")) if g(f"{kind}_d") else None
        if d is None and mo > 12 and m.string.startswith(v.month_not_before, e):
            return None  # 36月期 is a term, 13月薪 a salary
        pattern = ("md-cn" if d is not None else "m-cn") + ("" if kind == "md" else "-numeral")
        a = _Atom(s, e, pattern, "date", None, mo, d, invalid=_why_invalid(None, mo, d))
        if part := _edge(m, kind, v):
            a.part, a.pattern = part, "m-edge-cn"
        return a
    if kind == "rmd":
        mo = _int(g("rmd_m"))
        d = _int(g("rmd_d")) if g("rmd_d") else None
        a = _Atom(s, e, "ymd-relative" if d is not None else "ym-relative", "date", None, mo, d)
        a.yoff, a.invalid = eng.year_prefix[g("rmd_r")], _why_invalid(None, mo, d)
        a.ctx_year = g("rmd_r") in v.year_prefixes_in_context
        a.part = _edge(m, "rmd", v)
        return a
    if kind in ("bd", "bdr"):
        return _Atom(s, e, "d-cn", "bd", d=int(g(f"{kind}_d")))
    if kind == "wd":
        return _Atom(s, e, "weekday", "wd", d=v.weeks.weekdays[g("wd_d")])
    if kind == "iy":
        a = _Atom(s, e, "year-part", "inyear")
        if g("iy_y4") is not None:
            a.y = int(g("iy_y4"))
        elif g("iy_y") is not None:
            a.y = _int(g("iy_y"))
            if len(g("iy_y")) == 2:  # 18年上半年: the century from the pivot
                a.y += 2000 if a.y < v.two_digit_years.pivot else 1900
            a.invalid = _why_invalid(a.y, None, None)
        else:
            a.yoff = eng.year_prefix[g("iy_r")]
            a.ctx_year = g("iy_r") in v.year_prefixes_in_context
        return _part(m, "iy", a, v)
    if kind in ("lq", "lqb", "lqc"):
        k = g(f"{kind}_k").upper()
        n = int(g(f"{kind}_n"))
        if k == "H" and n > 2 and kind != "lq":
            return None
        raw_y = g(f"{kind}_y")
        a = _Atom(s, e, "quarter-latin" if k == "Q" else "half-latin", "inyear", n=n, part="q" if k == "Q" else "h")
        a.y = _two_digit_year(raw_y) if raw_y else None
        if not 1 <= n <= (4 if k == "Q" else 2):  # 2024Q5, 2024H3: written with a year, so meant as one
            a.invalid = f"一年没有第{n}{'季度' if k == 'Q' else '个半年'}"
        return a
    if kind == "qq":
        raw = g("qq_n") or g("qq_m")
        a = _Atom(s, e, "quarter-cn", "inyear", part="q", n=(_QUARTER_NUM.get(raw) or _int(raw)) if raw else 1)
        if not 1 <= (a.n or 0) <= 4:
            a.invalid = f"一年没有第{a.n}季度"
        if g("qq_qe") or g("qq_qs"):
            a.part = "qe" if g("qq_qe") else "qs"
        return a
    if kind == "cq":
        return _Atom(s, e, "quarters-cumulative", "inyear", part="cq", n=_int(g("cq_n")))
    if kind == "hh":
        return _Atom(s, e, "half-cn", "inyear", part="h", n=1 if g("hh_w") in v.half.first else 2)
    if kind in ("fm", "rm"):
        n = _count(g(f"{kind}_n"), v)
        if not 1 <= n <= 12:
            return None
        return _Atom(s, e, "first-months" if kind == "fm" else "remaining-months", "inyear", part=kind, n=n)
    if kind == "edg":
        for p, name in (("me", "edg_me"), ("ms", "edg_ms"), ("ye", "edg_ye"), ("ys", "edg_ys")):
            if g(name):
                cat = "mo" if p in ("me", "ms") else "inyear"
                return _Atom(s, e, "edge", cat, part=p, n=0)
    if kind == "qrel":
        w = g("qrel")
        n = 0 if w in v.quarter.current else -1 if w in v.quarter.previous else None
        return _Atom(s, e, "quarter-relative" if n is not None else "quarter-latest", "qrel", n=n)
    if kind == "wk":
        w = g("wk_w")
        off = 0 if w in v.weeks.current else -1 if w in v.weeks.previous else 1
        wd = v.weeks.weekdays[g("wk_d")] if g("wk_d") else None
        return _Atom(s, e, "week-relative" if wd is None else "weekday-relative", "wk", n=off, d=wd)
    if kind == "dy":
        w = g("dy_w")
        if w in v.days.previous_trading:
            return _Atom(s, e, "trading-day-relative", "dy", n=-1, unit="trading")
        return _Atom(s, e, "day-relative", "dy", n=0 if w in v.days.today else -1)
    if kind == "mo":
        w = g("mo_w")
        off = 0 if w in v.months.current else -1 if w in v.months.previous else 1
        d = int(g("mo_d")) if g("mo_d") else None
        return _Atom(s, e, "month-relative", "mo", n=off, d=d, part=_edge(m, "mo", v))
    if kind == "fye":
        mo, d = int(g("fye_m")), int(g("fye_d"))
        return _Atom(s, e, "fiscal-year-end", "fyend", m=mo, d=d, invalid=_why_invalid(None, mo, d))
    if kind == "fys":
        a_y, raw_b = int(g("fys_a")), g("fys_b")
        b_y = a_y // 100 * 100 + int(raw_b) if len(raw_b) == 2 else int(raw_b)
        if b_y < a_y and len(raw_b) == 2:
            b_y += 100
        if b_y == a_y + 1:
            return _fiscal_part(m, "fys", _Atom(s, e, "fiscal-year-split", "fiscal", y=b_y, y2=a_y), v)
        if len(raw_b) == 4 and a_y < b_y <= _MAX_YEAR:
            return _Atom(s, e, "range-years", "years", a_y, y2=b_y, years=tuple(range(a_y, b_y + 1)))
        return None
    if kind == "fyn":
        raw = g("fyn_y") or g("fyn_y2") or g("fyn_y3")
        pattern = "estimate-year" if g("fyn_y3") else "fiscal-year"
        return _fiscal_part(m, "fyn", _Atom(s, e, pattern, "fiscal", y=_two_digit_year(raw)), v)
    if kind == "fyr":
        w = g("fyr_w")
        fyv = v.fiscal
        off = 0 if w in fyv.current else -1 if w in fyv.previous else 1
        return _fiscal_part(m, "fyr", _Atom(s, e, "fiscal-year-relative", "fiscalrel", yoff=off), v)
    if kind == "ys":
        return _year_series(s, e, g("ys"), v)
    if kind == "yl":
        years = tuple(int(x) for x in re.findall(r"\d{4}", g("yl")))
        if any(b <= a for a, b in pairwise(years)):
            return None
        return _Atom(s, e, "list-years", "years", years[0], y2=years[-1], years=years)
    if kind == "yrs":
        a_y, b_y = int(g("yrs_a")), int(g("yrs_b"))
        return _Atom(s, e, "range-years", "years", a_y, y2=b_y, years=tuple(range(a_y, b_y + 1))) if a_y < b_y else None
    if kind == "mr":
        a_m, b_m = int(g("mr_a")), int(g("mr_b"))
        return _Atom(s, e, "range-month-cn", "monthrange", None, a_m, m2=b_m) if a_m != b_m else None
    if kind in ("trl", "trb"):
        raw, unit = g(f"{kind}_n"), eng.units[g(f"{kind}_u")]
        n = _count(raw, v)
        if n == 0 or (n == -1 and unit not in ("year", "month")):
            return None
        if kind == "trl" and g("trl_p") and n == 1 and unit in ("day", "trading_day"):
            return None  # 前一日 / 前一天 is the day before, not a window
        if g(f"{kind}_h"):
            if unit != "year" or n == -1:
                return None
            n, unit = n * 12 + 6, "month"  # 近6年半 = 78 months
        name = {"trading_day": "trading-days"}.get(eng.units[g(f"{kind}_u")], eng.units[g(f"{kind}_u")] + "s")
        return _Atom(s, e, f"trailing-n-{name}", "trailing", n=n, unit=unit)
    if kind == "ago":
        unit = eng.units[g("ago_u")]
        n = _count(g("ago_n"), v)
        if n == 0 or unit == "trading_day" or (n == -1 and unit not in ("year", "month")):
            return None
        return _Atom(s, e, "ago-n-" + unit + "s", "ago", n=n, unit=unit)
    if kind == "fut":
        unit = eng.units[g("fut_u")]
        lo_n = _count(g("fut_a"), v)
        hi_n = _count(g("fut_b"), v) if g("fut_b") else lo_n
        if lo_n == 0 or hi_n < lo_n or (-1 in (lo_n, hi_n) and unit not in ("year", "month")):
            return None
        return _Atom(s, e, "future-n-" + unit + "s", "future", n=lo_n, n2=hi_n, unit=unit)
    if kind == "ytd":
        return _Atom(s, e, "ytd", "ytd")
    if kind == "spl":
        return _Atom(s, e, "same-period-last-year", "spl")
    if kind == "rel":
        return _Atom(s, e, "relative-year", "relyear", yoff=v.relative_years[g("rel")])
    raise AssertionError(kind)  # pragma: no cover


# The pipeline reads one text twice (as-of inference, then extraction): keep its atoms once.
# Keyed by identity while the slot holds the text itself, so a new string can never hit.
_last_atoms: tuple[str, _Engine, tuple[_Atom, ...]] | None = None


def _atoms(text: str, eng: _Engine) -> tuple[_Atom, ...]:
    global _last_atoms
    cached = _last_atoms
    if cached is not None and cached[0] is text and cached[1] is eng:
        return cached[2]
    found = tuple(_scan(text, eng))
    _last_atoms = (text, eng, found)
    return found


def _scan(text: str, eng: _Engine) -> list[_Atom]:
    out: list[_Atom] = []
    pos, n = 0, len(text)
    search = eng.scan.search
    while pos < n:
        m = search(text, pos)
        if m is None:
            break
        a = _atom(m, eng)
        if a is not None:
            out.append(a)
        pos = m.end()  # skip the whole span either way (no 2月29日 out of 2023年2月29日)
    return out


# --------------------------------------------------------------------------- resolution


@dataclass(slots=True)
class _Res:
    lo: date | None
    hi: date | None
    precision: Precision
    kind: Kind
    relation: str | None
    inferred: bool = False
    invalid: str | None = None
    years: tuple[int, ...] = ()
    pattern: str | None = None  # overrides the atom's pattern (how a fiscal year was decided)


@dataclass(frozen=True, slots=True)
class _Ctx:
    text: str
    as_of: date | None
    settings: TimeSettings
    fy_end: tuple[int, int] | None
    eng: _Engine


# part → (kind, relation, precision, spans several months)
_PART_INFO: dict[str, tuple[Kind, str, Precision, bool]] = {
    "q": ("period", "quarter", "month", True),
    "qe": ("date", "quarter_end", "day", False),
    "qs": ("date", "quarter_start", "day", False),
    "cq": ("period", "ytd_quarters", "month", True),
    "fm": ("period", "first_months", "month", True),
    "rm": ("period", "remaining", "month", True),
    "h": ("period", "half", "month", True),
    "w": ("period", "week", "day", True),
    "ye": ("date", "year_end", "day", False),
    "ys": ("date", "year_start", "day", False),
    "full": ("period", "year", "year", False),
    "ytd": ("period", "ytd", "day", False),
    "me": ("date", "month_end", "day", False),
    "x1": ("period", "ten_days", "day", False),
    "x2": ("period", "ten_days", "day", False),
    "x3": ("period", "ten_days", "day", False),
    "ms": ("date", "month_start", "day", False),
}


def _cue(ctx: _Ctx, start: int, end: int) -> Cue:
    """Do the words of the clause around [start, end) put it ahead of or behind the as-of date?"""
    w = ctx.eng.vocab.cues.window
    before = ctx.text[max(0, start - w) : start]
    if cut := ctx.eng.last_clause.match(before):
        before = before[cut.end() :]
    if ctx.eng.forward_cue.search(before):
        return "forward"
    if ctx.eng.back_cue.search(before):
        return "back"
    cut2 = ctx.eng.clause.search(ctx.text, end, end + w)
    stop = cut2.start() if cut2 else end + w
    if ctx.eng.forward_after.search(ctx.text, end, stop):  # 一季度降准的概率不低
        return "forward"
    if _DIGIT.search(ctx.text, end, stop):  # a figure reported for it: 9月-3.3%
        return "back"
    return None


def _mode(ctx: _Ctx, start: int, end: int) -> str:
    pref = ctx.settings.prefer_dates_from
    if pref != "current_year":
        return pref
    return {"back": "past", "forward": "future"}.get(_cue(ctx, start, end) or "", "current")


def _year_bounds(a: _Atom, y: int, as_of: date | None) -> tuple[date | None, date | None] | None:
    """Bounds of a date or year-part atom placed in year ``y`` (None if it does not exist that year)."""
    if a.cat == "date":
        if _why_invalid(y, a.m, a.d) is not None:
            return None
        return _month_part(*_bounds(y, a.m, a.d), a.part)
    p, n = a.part, a.n or 1
    if p == "q":
        return _quarter(y, n)
    if p in ("qe", "qs"):
        x = _quarter(y, n)[1 if p == "qe" else 0]
        return x, x
    if p == "cq":
        return date(y, 1, 1), _quarter(y, n)[1]
    if p == "fm":
        return date(y, 1, 1), month_end(y, n)
    if p == "rm":
        return date(y, 13 - n, 1), date(y, 12, 31)
    if p == "h":
        return (date(y, 1, 1), date(y, 6, 30)) if n == 1 else (date(y, 7, 1), date(y, 12, 31))
    if p == "w":  # an ISO week, Monday to Sunday (None in a year without a 53rd)
        if not _MIN_YEAR <= y <= _MAX_YEAR or n > _iso_weeks(y):
            return None
        monday = date.fromisocalendar(y, n, 1)
        return monday, monday + timedelta(days=6)
    if p in ("ye", "ys"):
        x = date(y, 12, 31) if p == "ye" else date(y, 1, 1)
        return x, x
    if p == "ytd":
        return date(y, 1, 1), as_of
    return date(y, 1, 1), date(y, 12, 31)  # full year


def _month_part(lo: date, hi: date, part: str | None) -> tuple[date, date]:
    """A month's end or start day, or one of its ten-day thirds (上旬 1–10, 中旬 11–20, 下旬 21–end)."""
    if part == "me":
        return hi, hi
    if part == "ms":
        return lo, lo
    if part in ("x1", "x2", "x3"):
        k = int(part[1])
        return lo.replace(day=10 * k - 9), (hi if k == 3 else lo.replace(day=10 * k))
    return lo, hi


def _pick(a: _Atom, ref: date, mode: str, whole: bool) -> int | None:
    """The year for an atom written without one: ``mode`` current (ref's year), past (latest on or
    before ref; a span of months must have ended) or future (earliest not over before ref)."""
    y = ref.year
    for k in range(12):  # 2月29日 may need a few years; 12 is more than enough
        yy = y - k if mode in ("past", "current") else y + k
        b = _year_bounds(a, yy, ref)
        if b is None or b[0] is None or b[1] is None:
            continue
        lo, hi = b
        if mode == "current" or (mode == "past" and (hi if whole else lo) <= ref) or (mode == "future" and hi >= ref):
            return yy
    return None


def _months_from(as_of: date, n: int) -> tuple[int, int]:
    y, m0 = divmod(as_of.year * 12 + as_of.month - 1 + n, 12)
    return y, m0 + 1


def _fiscal_year_of(ctx: _Ctx, day: date) -> tuple[date, date]:
    """The fiscal year containing ``day``: the text's stated year end, else the settings' start month."""
    if ctx.fy_end is not None:
        m, d = ctx.fy_end
        for y in (day.year, day.year + 1):
            end = date(y, m, min(d, _monthrange(y, m)[1]))
            if end >= day:
                prev = date(y - 1, m, min(d, _monthrange(y - 1, m)[1]))
                return prev + timedelta(days=1), end
    sm = ctx.settings.fiscal_year_start_month
    start = date(day.year if day.month >= sm else day.year - 1, sm, 1)
    return start, add_months(start, 12) - timedelta(days=1)


def _fiscal_numbered(ctx: _Ctx, a: _Atom) -> tuple[date, date, str]:
    """Bounds of fiscal year ``a.y`` (the year it ends in) and how they were decided (``estimate-…`` for
    a year written as an estimate, 2025E)."""
    start, end, how = _fiscal_bounds(ctx, a)
    return start, end, f"estimate-{how}" if a.pattern == "estimate-year" else how


def _fiscal_bounds(ctx: _Ctx, a: _Atom) -> tuple[date, date, str]:
    y = a.y or 0
    if ctx.fy_end is not None:
        m, d = ctx.fy_end
        end = date(y, m, min(d, _monthrange(y, m)[1]))
        prev = date(y - 1, m, min(d, _monthrange(y - 1, m)[1]))
        return prev + timedelta(days=1), end, "fiscal-year-stated"
    if a.y2 is not None:  # 2023/24: the settings' start month (Hong Kong: April)
        start = date(a.y2, ctx.settings.fiscal_year_start_month, 1)
        return start, add_months(start, 12) - timedelta(days=1), "fiscal-year-split"
    return date(y, 1, 1), date(y, 12, 31), "fiscal-year-calendar"


def _single(
    a: _Atom,
    ctx: _Ctx,
    span: tuple[int, int],
    mode: str | None = None,
    ref: date | None = None,
    whole: bool | None = None,
) -> _Res:
    """Resolve one joinable atom. ``mode``/``ref`` override how a missing year is chosen."""
    as_of = ctx.as_of
    if a.invalid is not None:
        return _Res(None, None, a.precision, "date", None, invalid=a.invalid)
    if a.cat in ("date", "inyear"):
        if a.part is not None:
            kind, relation, precision, spans = _PART_INFO[a.part]
        else:
            kind, relation, precision, spans = "date", ("year" if a.precision == "year" else None), a.precision, False
        if a.y is not None:
            b = _year_bounds(a, a.y, as_of)
            assert b is not None  # validity was checked when the atom was made
            return _Res(b[0], b[1], precision, kind, relation)
        base = ref or as_of
        if base is None:
            return _Res(None, None, precision, kind, relation)
        if a.yoff is not None:
            b = _year_bounds(a, base.year + a.yoff, as_of)
            return (
                _Res(b[0], b[1], precision, kind, relation, True) if b else _Res(None, None, precision, kind, relation)
            )
        if a.part == "rm":  # the rest of the as-of year
            mode = "current"
        y = _pick(a, base, mode or _mode(ctx, *span), spans if whole is None else whole)
        b = None if y is None else _year_bounds(a, y, as_of)
        if b is None:
            return _Res(None, None, precision, kind, relation)
        return _Res(b[0], b[1], precision, kind, relation, True)
    if a.cat == "relyear":
        if as_of is None:
            return _Res(None, None, "year", "date", "year")
        lo, hi = _bounds(as_of.year + (a.yoff or 0), None, None)
        return _Res(lo, hi, "year", "date", "year", True)
    if as_of is None:  # reported, with what it is, but no dates
        if a.cat == "wk":
            return _Res(None, None, "day", "period", "week") if a.d is None else _Res(None, None, "day", "date", None)
        if a.cat == "mo":
            if a.part is not None:
                return _Res(None, None, "day", "date", _PART_INFO[a.part][1])
            if a.d is not None:  # 本月1日: a day, whichever month
                return _Res(None, None, "day", "date", None)
            return _Res(None, None, "month", "date", "month")
        if a.cat == "qrel":
            return _Res(None, None, "month", "period", "quarter")
        return _Res(None, None, "day", "date", None)  # bd, dy
    if a.cat == "bd":  # a day of the as-of month (or the month before / after, as the words say)
        mode = mode or _mode(ctx, *span)
        base = ref or as_of
        for k in range(4):
            step = -k if mode in ("past", "current") else k
            y, m = _months_from(base, step)
            if a.d is not None and a.d <= _monthrange(y, m)[1]:
                x = date(y, m, a.d)
                if mode == "current" or (mode == "past" and x <= base) or (mode == "future" and x >= base):
                    return _Res(x, x, "day", "date", None, True)
        return _Res(None, None, "day", "date", None)
    if a.cat == "wd":  # this week's day, or the nearest one back or ahead as the words say
        mode = mode or _mode(ctx, *span)
        base, wd = ref or as_of, a.d or 0
        if mode == "past":
            x = base - timedelta(days=(base.weekday() - wd) % 7)
        elif mode == "future":
            x = base + timedelta(days=(wd - base.weekday()) % 7)
        else:
            x = base - timedelta(days=base.weekday() - wd)
        return _Res(x, x, "day", "date", None, True)
    if a.cat == "dy":
        x = as_of + timedelta(days=a.n or 0)
        if a.unit == "trading":
            x = weekday_on_or_before(x)
        return _Res(x, x, "day", "date", None, True)
    if a.cat == "wk":
        monday = as_of - timedelta(days=as_of.weekday()) + timedelta(weeks=a.n or 0)
        if a.d is not None:
            x = monday + timedelta(days=a.d)
            return _Res(x, x, "day", "date", None, True)
        return _Res(monday, monday + timedelta(days=6), "day", "period", "week", True)
    if a.cat == "mo":
        y, m = _months_from(as_of, a.n or 0)
        if a.d is not None:  # 本月1日: a day of that month
            x = date(y, m, min(a.d, _monthrange(y, m)[1]))
            return _Res(x, x, "day", "date", None, True)
        lo, hi = _bounds(y, m, None)
        if a.part is not None:
            kind, relation, precision, _ = _PART_INFO[a.part]
            return _Res(*_month_part(lo, hi, a.part), precision, kind, relation, True)
        return _Res(lo, hi, "month", "date", "month", True)
    if a.cat == "qrel":
        q = (as_of.month - 1) // 3 + 1
        y = as_of.year
        step = -1 if a.n is None else a.n  # 最新一季: the latest quarter completed before the as-of date
        qi = y * 4 + q - 1 + step
        lo, hi = _quarter(qi // 4, qi % 4 + 1)
        return _Res(lo, hi, "month", "period", "quarter", True)
    raise AssertionError(a.cat)  # pragma: no cover


def _range_res(a: _Atom, b: _Atom, ctx: _Ctx, span: tuple[int, int]) -> _Res:
    """``a``..``b``; a missing year comes from the other end, else from the as-of date and the words."""
    if b.cat == "bd" and a.cat == "date" and a.m is not None and a.d is not None:
        b = _Atom(b.start, b.end, "md-cn", "date", a.y, a.m, b.d, invalid=_why_invalid(a.y, a.m, b.d))
    precision = _finer(a.precision if a.cat != "bd" else "day", b.precision)
    why = a.invalid or b.invalid
    if why is not None:
        return _Res(None, None, precision, "period", "range", invalid=why)
    partial_a = a.cat in ("date", "inyear") and a.y is None and a.yoff is None
    partial_b = b.cat in ("date", "inyear") and b.y is None and b.yoff is None
    if partial_b and not partial_a:
        ra = _single(a, ctx, span)
        rb = _single(b, ctx, span, mode="future", ref=ra.lo) if ra.lo else _Res(None, None, precision, "date", None)
        inferred = ra.inferred
    else:
        rb = _single(b, ctx, span)
        if partial_a and rb.lo is not None:
            ra = _single(a, ctx, span, mode="past", ref=rb.lo, whole=False)
        else:
            ra = _single(a, ctx, span)
        inferred = ra.inferred or rb.inferred
    lo, hi = ra.lo, rb.hi
    if lo is not None and hi is not None and lo > hi:
        return _Res(None, None, precision, "period", "range", invalid=f"起点{lo.isoformat()}晚于终点{hi.isoformat()}")
    if (partial_a and lo is None) or (partial_b and hi is None):
        lo = hi = None
    return _Res(lo, hi, precision, "period", "range", inferred)


def _finer(p: Precision, q: Precision) -> Precision:
    return p if _PRECISION_RANK[p] <= _PRECISION_RANK[q] else q


def _trailing(a: _Atom, as_of: date) -> date | None:
    n, unit = a.n or 0, a.unit
    if unit == "year":
        start = add_months(as_of, -6 if n == -1 else -12 * n)
    elif unit == "month":
        start = as_of - timedelta(days=15) if n == -1 else add_months(as_of, -n)
    elif unit == "week":
        start = as_of - timedelta(weeks=n)
    elif unit == "day":
        start = as_of - timedelta(days=n)
    else:  # trading days: needs a trading calendar
        return None
    return start + timedelta(days=1)


def _ahead(as_of: date, n: int, unit: str | None) -> date | None:
    """as_of plus ``n`` units (n = -1 is half a unit); None for trading days."""
    if unit == "year":
        return add_months(as_of, 6 if n == -1 else 12 * n)
    if unit == "month":
        return as_of + timedelta(days=15) if n == -1 else add_months(as_of, n)
    if unit == "week":
        return as_of + timedelta(weeks=n)
    if unit == "day":
        return as_of + timedelta(days=n)
    return None


def _fiscal_year_end(text: str, eng: _Engine) -> tuple[int, int] | None:
    """The fiscal year end the text states (财年截至3月31日, 截至2024年6月30日止年度), if any."""
    m = eng.fy_statement.search(text)
    if m is None:
        return None
    mo, d = (int(m["m"]), int(m["d"])) if m["m"] else (int(m["m2"]), int(m["d2"]))
    return (mo, d) if _why_invalid(None, mo, d) is None else None


# --------------------------------------------------------------------------- the joining pass


def _hit(text: str, start: int, end: int, pattern: str, r: _Res) -> TimeHit:
    when = r.lo if r.kind == "date" and r.invalid is None else None
    return TimeHit(
        start, end, text[start:end], r.kind, pattern, when, r.precision,
        r.lo, r.hi, r.inferred, r.relation, r.years, r.invalid,
    )  # fmt: skip


def find_time_expressions(text: str, as_of: date | None, settings: TimeSettings | None = None) -> list[TimeHit]:
    """Date and period expressions in ``text``, sorted by start, non-overlapping.

    Partial dates and relative periods are resolved against ``as_of`` (with ``settings``, by
    default those of ``time.yaml``); with ``as_of=None`` they are still reported, with their
    unresolvable dates left None. Impossible dates carry ``invalid`` and no dates.
    """
    eng = _engine()
    v = eng.vocab
    ctx = _Ctx(text, as_of, settings or default_settings(), _fiscal_year_end(text, eng), eng)
    atoms = _atoms(text, eng)
    hits: list[TimeHit] = []
    last_end = 0
    compared: tuple[date, date, bool] | None = None  # the latest period of the sentence, for 上年同期
    reported: int | None = None  # the year of the sentence's latest stated date, for 较上年末
    stated: int | None = None  # the same up to a full stop (not a semicolon), for a yearless 下半年
    mixed = False  # the sentence (up to a full stop) has stated two different years: a yearless part is in neither
    i, count = 0, len(atoms)
    while i < count:
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < count else None
        if (compared is not None or reported is not None) and eng.sentence.search(text, last_end, a.start):
            compared = reported = None
        if a.ctx_year and reported is not None and a.yoff is not None:
            # 截至2024年末…较上年末: 上年 is the year before the one the sentence reports on
            a = replace(a, y=reported + a.yoff, yoff=None)
        if (stated is not None or mixed) and eng.full_stop.search(text, last_end, a.start):
            stated, mixed = None, False
        if (
            stated is not None
            and not a.ctx_year
            and a.cat in ("date", "inyear")
            and a.y is None
            and a.yoff is None
            and a.invalid is None
            and (a.part is not None or a.m is not None)
        ):
            # 回顾2023年,…上半年…;下半年…: a part of a year with no year of its own is in the year the
            # sentence has stated (across its semicolons), not the as-of date's
            a = replace(a, y=stated)
        used, start, end, pattern = 1, a.start, a.end, a.pattern
        r: _Res | None = None
        until_ok = False

        # a year followed by a part written as its own atom: 2024年1-9月, 2025年开年至今
        year = a.y if a.cat == "date" and a.m is None else None
        if a.cat == "relyear" and as_of is not None:  # 今年1-7月
            year = as_of.year + (a.yoff or 0)
        if year is not None and a.invalid is None and b is not None and b.start == a.end:
            inferred = a.cat == "relyear"
            if b.cat == "ytd":
                used, end, pattern = 2, b.end, "ytd-year"
                r = _Res(date(year, 1, 1), as_of, "day", "period", "ytd", inferred)
            elif b.cat == "monthrange" and b.m and b.m2:
                used, end, pattern = 2, b.end, "range-month-cn"
                hi_y = year + 1 if b.m2 < b.m else year
                r = _Res(date(year, b.m, 1), month_end(hi_y, b.m2), "month", "period", "range", inferred)

        if r is None and a.cat in _JOINABLE and text[a.end : a.end + 1] not in eng.tail_first:
            r = _single(a, ctx, (start, end))  # nothing after it can make it a range or an open period
            until_ok = r.kind == "date"
        elif r is None and a.cat in _JOINABLE:
            nxt = b is not None and b.cat in _JOINABLE
            # claims10: a month's end (截至3月底止3个月) ends the months as its last day does (截至3月31日止三个月)
            day = a.d is not None or a.part == "me"
            if a.cat == "date" and day and (t := eng.ended_tail.match(text, a.end)):
                # 截至2024年6月30日止年度 / 止六个月: the twelve (or n) months ending that day
                end = t.end()
                single = _single(a, ctx, (start, end))
                n = 12 if t["yr"] else _count(t["n"], v)
                relation = "fiscal_year" if t["yr"] else "months_ended"
                pattern = "fiscal-year-ended" if t["yr"] else "months-ended"
                if single.invalid is not None or single.hi is None or not 1 <= n <= 24:
                    r = _Res(None, None, "day", "period", relation, single.inferred, single.invalid)
                else:
                    hi = single.hi
                    lo = (
                        add_months(date(hi.year, hi.month, 1), -(n - 1))
                        if hi == month_end(hi.year, hi.month)
                        else add_months(hi, -n) + timedelta(days=1)
                    )
                    r = _Res(lo, hi, "day", "period", relation, single.inferred)
                if p := eng.until_prefix.search(text, max(last_end, start - 6), start):
                    start = p.start()
            elif t := eng.since_tail.match(text, a.end):
                u = eng.until_tail.match(text, t.end())
                if u is not None and nxt and b is not None and b.start == u.end():
                    used, end, pattern = 2, b.end, f"range-{a.pattern}"
                    r = _range_res(a, b, ctx, (start, end))
                else:
                    end, pattern = t.end(), f"since-{a.pattern}"
                    r = _since(a, ctx, (start, end))
            elif t := eng.to_now.match(text, a.end):
                end, pattern = t.end(), f"since-{a.pattern}"
                r = _since(a, ctx, (start, end))
            elif (t := eng.from_tail.match(text, a.end)) and (
                (a.cat == "date" and a.y is not None)
                or a.cat == "relyear"
                or eng.since_prefix.search(text, max(last_end, start - 6), start)
            ):
                # 自2018年起 / 2015年起 / 去年起: since the start when it has come (ends at the as-of
                # date), else open-ended; a bare 3月6日起 only after 自 (else it stays a date)
                end, pattern = t.end(), f"from-{a.pattern}"
                s1 = _single(a, ctx, (start, end))
                began = s1.invalid is None and s1.lo is not None and as_of is not None and s1.lo <= as_of
                relation = "since" if began else "from"
                r = _Res(s1.lo, as_of if began else None, s1.precision, "period", relation, s1.inferred, s1.invalid)
            elif t := eng.before_tail.match(text, a.end):
                end, pattern = t.end(), f"before-{a.pattern}"
                s1 = _single(a, ctx, (start, end), mode="past")
                hi = s1.lo - timedelta(days=1) if s1.lo is not None else None
                r = _Res(None, hi, s1.precision, "period", "before", s1.inferred, s1.invalid)
            elif t := eng.after_tail.match(text, a.end):
                end, pattern = t.end(), f"after-{a.pattern}"
                s1 = _single(a, ctx, (start, end))
                lo = s1.hi + timedelta(days=1) if s1.hi is not None else None
                r = _Res(lo, None, s1.precision, "period", "after", s1.inferred, s1.invalid)
            elif (t := eng.conn.match(text, a.end)) is not None and nxt and b is not None and b.start == t.end():
                used, end = 2, b.end
                r = _range_res(a, b, ctx, (start, end))
                if r.precision == "year" and a.y is not None and b.y is not None and a.y < b.y and not a.part:
                    r.relation, pattern, r.years = "years", "range-years", tuple(range(a.y, b.y + 1))
                else:
                    pattern = {"ymd-iso": "range-iso", "ymd-slash": "range-slash", "ymd-dot": "range-dot"}.get(
                        a.pattern, f"range-{a.pattern}"
                    )
            else:
                r = _single(a, ctx, (start, end))
                until_ok = r.kind == "date"
        elif r is None:
            r = _other(a, ctx, compared)

        # 自/从 before a since, range or ytd period; 截至/截止 before a lone date
        floor = max(last_end, start - 6)
        if r.kind == "period" and r.relation in ("since", "range", "years", "ytd", "from"):
            if p := eng.since_prefix.search(text, floor, start):
                start = p.start()
        elif until_ok and (p := eng.until_prefix.search(text, floor, start)):
            start, pattern = p.start(), f"until-{a.pattern}"
            r = _Res(None, r.hi, r.precision, "period", "until", r.inferred, r.invalid)
        if r.invalid is None and r.lo is not None and r.hi is not None and r.lo > r.hi:  # 2025年开年至今 in 2024
            why = f"起点{r.lo.isoformat()}晚于{'截至日期' if r.hi == as_of else '终点'}{r.hi.isoformat()}"
            r = _Res(None, None, r.precision, r.kind, r.relation, r.inferred, why)
        hits.append(_hit(text, start, end, r.pattern or pattern, r))
        if r.invalid is None and r.lo is not None and r.hi is not None and r.relation != "same_period_last_year":
            compared = (r.lo, r.hi, r.inferred)
        if r.invalid is None and r.hi is not None and not r.inferred and r.relation not in ("future", "from"):
            reported = r.hi.year
            # only a year written in the words (2023年, 2020H1), not one derived from a base (去年同期)
            written = a.y is not None and r.relation != "same_period_last_year"
            year_stated = r.hi.year if written and r.lo is not None and r.lo.year == r.hi.year else None
            # 2024年上半年…,延续2023年的局面,…上半年…: after two different years the yearless part is read
            # against the as-of date (its year inferred, so never certain), not in the year stated last
            mixed = mixed or (year_stated is not None and stated is not None and year_stated != stated)
            stated = None if mixed else year_stated
        elif r.invalid is None and (a.cat == "relyear" or a.yoff is not None) and not a.ctx_year and not a.yoff:
            # 2020年11月、12月、今年4月、5月: 今年 ends the year stated before it; the bare months after it
            # are read against the as-of date again
            stated = None
        last_end = end
        i += used
    return hits


def _since(a: _Atom, ctx: _Ctx, span: tuple[int, int]) -> _Res:
    """A since-period (A以来, A至今): from A to the as-of date; A must not lie after it."""
    s = _single(a, ctx, span, mode="past", whole=False)
    if s.invalid is not None:
        return _Res(None, None, s.precision, "period", "since", invalid=s.invalid)
    as_of = ctx.as_of
    if s.lo is not None and as_of is not None and s.lo > as_of:
        why = f"起点{s.lo.isoformat()}晚于截至日期{as_of.isoformat()}"
        return _Res(None, None, s.precision, "period", "since", s.inferred, why)
    return _Res(s.lo, as_of, s.precision, "period", "since", s.inferred)


def _other(a: _Atom, ctx: _Ctx, compared: tuple[date, date, bool] | None) -> _Res:
    """Atoms that take no part in ranges: year lists and ranges, trailing, future, fiscal, ytd …"""
    as_of = ctx.as_of
    if a.invalid is not None:
        return _Res(None, None, "day", "period", None, invalid=a.invalid)
    if a.cat == "years":
        assert a.y is not None and a.y2 is not None
        return _Res(date(a.y, 1, 1), date(a.y2, 12, 31), "year", "period", "years", years=a.years)
    if a.cat == "monthrange":
        lo_atom = _Atom(a.start, a.end, "m-cn", "date", None, a.m)
        hi_atom = _Atom(a.start, a.end, "m-cn", "date", None, a.m2)
        return _range_res(lo_atom, hi_atom, ctx, (a.start, a.end))
    if a.cat == "trailing":
        if as_of is None:
            return _Res(None, None, "day", "period", "trailing")
        return _Res(_trailing(a, as_of), as_of, "day", "period", "trailing", True)
    if a.cat == "ago":  # 六个月前: as_of less that much (the day after the trailing window's start)
        if as_of is None:
            return _Res(None, None, "day", "date", "ago")
        start = _trailing(a, as_of)
        x = start - timedelta(days=1) if start is not None else None
        return _Res(x, x, "day", "date", "ago", True)
    if a.cat == "future":
        if as_of is None:
            return _Res(None, None, "day", "period", "future")
        hi = _ahead(as_of, a.n2 or 1, a.unit)
        return _Res(as_of + timedelta(days=1) if hi else None, hi, "day", "period", "future", True)
    if a.cat == "ytd":
        if as_of is None:
            return _Res(None, None, "day", "period", "ytd")
        return _Res(date(as_of.year, 1, 1), as_of, "day", "period", "ytd", True)
    if a.cat == "spl":
        if compared is None:
            return _Res(None, None, "day", "period", "same_period_last_year")
        lo, hi = same_period_last_year(compared[0], compared[1])
        return _Res(lo, hi, "day", "period", "same_period_last_year", compared[2])
    if a.cat in ("fiscal", "fiscalrel"):
        if a.cat == "fiscal":
            lo, hi, how = _fiscal_numbered(ctx, a)
        elif as_of is None:
            return _Res(None, None, "month", "period", "fiscal_year")
        else:
            lo, hi = _fiscal_year_of(ctx, as_of)
            if a.yoff:
                lo, hi = _fiscal_year_of(ctx, add_months(lo, 12 * a.yoff))
        inferred = a.cat == "fiscalrel"
        if a.cat == "fiscalrel":
            how = "fiscal-year-relative-stated" if ctx.fy_end else "fiscal-year-relative"
        if a.part == "fm" and a.n:
            hi, relation = add_months(lo, a.n) - timedelta(days=1), "fiscal_first_months"
        elif a.part == "h":
            mid = add_months(lo, 6)
            (lo, hi), relation = ((lo, mid - timedelta(days=1)) if a.n == 1 else (mid, hi)), "fiscal_half"
        else:
            relation = "fiscal_year"
        return _Res(lo, hi, "month", "period", relation, inferred, pattern=how)
    if a.cat == "fyend":
        return _Res(None, None, "day", "period", "fiscal_year_end")
    raise AssertionError(a.cat)  # pragma: no cover


# --------------------------------------------------------------------------- public helpers


_YEAR_RANGE = re.compile(r"\d\s*年?\s*(?:[-~～—–－−]|至|到)\s*\d")


def year_spans(surface: str) -> tuple[tuple[int, int, int], ...]:
    """(year, start, end) of each year written in a year list's surface (2020、2021年 → two spans),
    offsets relative to the surface; () for a range (2020-2024年), whose middle years are not written."""
    found = [(int(m.group()), m.start(), m.end()) for m in re.finditer(r"(?<!\d)(?:19|20)\d\d(?!\d)", surface)]
    if len(found) < 2 or _YEAR_RANGE.search(surface):
        return ()
    last_year, last_start, last_end = found[-1]
    if surface[last_end:].lstrip().startswith("年"):  # the closing 年 belongs to the last year
        found[-1] = (last_year, last_start, surface.index("年", last_end) + 1)
    return tuple(found)


def infer_as_of(text: str) -> date | None:
    """The document's as-of date (see ``infer_as_of_with_source``), or None."""
    return infer_as_of_with_source(text)[0]


def infer_as_of_with_source(text: str) -> tuple[date | None, str]:
    """The as-of date and where it came from: "heading" (a dated heading or byline near the top),
    "text" (an explicit 截至 date, else the latest full date not in a future-looking context) or "none"."""
    from analyzer.extract.asof import as_of_with_source

    return as_of_with_source(text)


def full_dates(text: str) -> list[tuple[int, int, date]]:
    """Every real full date (year, month and day written) in ``text``: (start, end, date)."""
    out = []
    for a in _atoms(text, _engine()):
        full = a.y is not None and a.m is not None and a.d is not None
        if a.cat == "date" and a.invalid is None and a.part is None and full:
            out.append((a.start, a.end, date(a.y, a.m, a.d)))  # type: ignore[arg-type]
    return out


def vocab() -> TimeVocab:
    """The time vocabulary the engine runs on."""
    return _engine().vocab
