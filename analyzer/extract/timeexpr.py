"""Date and period expressions in Chinese financial text, resolved to calendar dates.

Input is Simplified Chinese with ASCII digits and '-' minus signs (the normalizer's output);
Traditional spellings in the vocabulary (``corpora/patterns/time.yaml``) work too.

One combined regular expression finds *atoms* (a date, a year range such as 2020-2024年, a
trailing period such as 近1年, a year-to-date keyword, ...) in a single scan; a linear pass
then joins neighbouring atoms with the words around them into ranges (``A至B``,
``自A以来截至B``), since-periods (``A以来``, ``A发布以来``, ``A至今``), until-periods
(``截至A``) and year-to-date periods of a given year (``2025年开年至今``).
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml

from analyzer.datafiles import parse_yaml
from analyzer.errors import ExtractError

__all__ = [
    "Precision",
    "TimeHit",
    "TimeVocab",
    "find_time_expressions",
    "infer_as_of",
    "load_vocab",
    "resolve_year",
]

Precision = Literal["day", "month", "year"]
Kind = Literal["date", "period"]

_PRECISION_RANK: dict[str, int] = {"day": 0, "month": 1, "year": 2}
_UNITS = ("year", "month", "week", "day", "trading_day")


@dataclass(frozen=True, slots=True)
class TimeHit:
    """One date or period expression found in a text (offsets index the text passed in)."""

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


# --------------------------------------------------------------------------- vocabulary


@dataclass(frozen=True, slots=True)
class TimeVocab:
    """The validated contents of ``corpora/patterns/time.yaml``."""

    trailing_prefixes: tuple[str, ...]
    trailing_prefix_blockers: str
    numeral_chars: str
    half: tuple[str, ...]
    units: dict[str, str]  # unit word → one of _UNITS
    trailing_suffixes: tuple[str, ...]
    trailing_suffix_blockers: str
    ytd_keywords: tuple[str, ...]
    ytd_guarded_keywords: tuple[str, ...]
    ytd_guard_chars: str
    ytd_guard_exceptions: tuple[str, ...]
    ytd_after_year: tuple[str, ...]
    same_period_last_year: tuple[str, ...]
    relative_years: dict[str, int]
    relative_years_not_before: str
    relative_years_not_after: str
    connectors: tuple[str, ...]
    to_now: tuple[str, ...]
    since_prefixes: tuple[str, ...]
    since_suffixes: tuple[str, ...]
    since_events: tuple[str, ...]
    since_from_suffixes: tuple[str, ...]
    until_prefixes: tuple[str, ...]
    full_year_suffixes: tuple[str, ...]
    day_suffixes: tuple[str, ...]
    month_suffixes: tuple[str, ...]


def _node(data: Any, key: str, where: str, path: Path) -> Any:
    if not isinstance(data, dict) or key not in data:
        raise ExtractError(f"{path}: missing key '{where}{key}'", code="E401")
    return data[key]


def _after_any(words: tuple[str, ...]) -> str:
    """Regex alternatives that hold right after any of ``words`` (one fixed-width lookbehind each)."""
    return "".join(f"|(?<={re.escape(w)})" for w in words)


def _words(data: Any, key: str, where: str, path: Path) -> tuple[str, ...]:
    value = _node(data, key, where, path)
    if (
        not isinstance(value, list)
        or not value
        or not all(isinstance(w, str) and w.strip() == w and w for w in value)
    ):
        raise ExtractError(
            f"{path}: '{where}{key}' must be a non-empty list of non-empty strings without spaces around",
            code="E401",
        )
    return tuple(value)


def _chars(data: Any, key: str, where: str, path: Path) -> str:
    value = _node(data, key, where, path)
    if not isinstance(value, str) or not value or any(c.isspace() for c in value):
        raise ExtractError(f"{path}: '{where}{key}' must be a non-empty string of characters", code="E401")
    return value


def load_vocab(path: Path | None = None) -> TimeVocab:
    """Read and validate the time vocabulary; raise ExtractError (E401) naming the bad key."""
    if path is None:
        from analyzer.resources import corpora_path

        path = corpora_path("patterns", "time.yaml")
    try:
        data = parse_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise ExtractError(f"{path}: cannot read time vocabulary: {exc}", code="E401") from exc
    if not isinstance(data, dict):
        raise ExtractError(f"{path}: time vocabulary must be a mapping", code="E401")
    if data.get("version") != 1:
        raise ExtractError(f"{path}: unsupported 'version' {data.get('version')!r} (expected 1)", code="E401")
    tr = _node(data, "trailing", "", path)
    units_node = _node(tr, "units", "trailing.", path)
    if not isinstance(units_node, dict) or not units_node:
        raise ExtractError(f"{path}: 'trailing.units' must be a mapping of unit → words", code="E401")
    units: dict[str, str] = {}
    for unit in units_node:
        if unit not in _UNITS:
            raise ExtractError(
                f"{path}: 'trailing.units.{unit}' is not one of {', '.join(_UNITS)}", code="E401"
            )
        for word in _words(units_node, unit, "trailing.units.", path):
            if word in units:
                raise ExtractError(f"{path}: unit word '{word}' listed twice", code="E401")
            units[word] = unit
    ytd = _node(data, "ytd", "", path)
    rel = _node(data, "relative_years", "", path)
    if not isinstance(rel, dict) or not all(
        isinstance(k, str) and k and isinstance(v, int) and not isinstance(v, bool) for k, v in rel.items()
    ):
        raise ExtractError(f"{path}: 'relative_years' must map words to integer year offsets", code="E401")
    rng = _node(data, "range", "", path)
    since = _node(data, "since", "", path)
    until = _node(data, "until", "", path)
    return TimeVocab(
        trailing_prefixes=_words(tr, "prefixes", "trailing.", path),
        trailing_prefix_blockers=_chars(tr, "prefix_blockers", "trailing.", path),
        numeral_chars=_chars(tr, "numeral_chars", "trailing.", path),
        half=_words(tr, "half", "trailing.", path),
        units=units,
        trailing_suffixes=_words(tr, "suffixes", "trailing.", path),
        trailing_suffix_blockers=_chars(tr, "suffix_blockers", "trailing.", path),
        ytd_keywords=_words(ytd, "keywords", "ytd.", path),
        ytd_guarded_keywords=_words(ytd, "guarded_keywords", "ytd.", path),
        ytd_guard_chars=_chars(ytd, "guard_chars", "ytd.", path),
        ytd_guard_exceptions=_words(ytd, "guard_exceptions", "ytd.", path),
        ytd_after_year=_words(ytd, "after_year", "ytd.", path),
        same_period_last_year=_words(data, "same_period_last_year", "", path),
        relative_years=dict(rel),
        relative_years_not_before=_chars(data, "relative_years_not_before", "", path),
        relative_years_not_after=_chars(data, "relative_years_not_after", "", path),
        connectors=_words(rng, "connectors", "range.", path),
        to_now=_words(rng, "to_now", "range.", path),
        since_prefixes=_words(since, "prefixes", "since.", path),
        since_suffixes=_words(since, "suffixes", "since.", path),
        since_events=_words(since, "events", "since.", path),
        since_from_suffixes=_words(since, "from_suffixes", "since.", path),
        until_prefixes=_words(until, "prefixes", "until.", path),
        full_year_suffixes=_words(data, "full_year_suffixes", "", path),
        day_suffixes=_words(data, "day_suffixes", "", path),
        month_suffixes=_words(data, "month_suffixes", "", path),
    )


# --------------------------------------------------------------------------- regexes

_Y = r"(?:19\d\d|20\d\d|2100)"  # a year is 1900..2100
_M = r"(?:1[0-2]|0?[1-9])"
_D = r"(?:3[01]|[12]\d|0?[1-9])"
_SP = r"[ \t]{0,2}"
_LB = r"(?<![\d.])"  # not inside a longer number
_CN_DIGITS = "〇零○一二三四五六七八九"
_CNY = f"[{_CN_DIGITS}]{{4}}"
_CNM = r"(?:十[一二]?|[一二三四五六七八九])"
_CND = r"(?:三十一?|二十[一二三四五六七八九]?|十[一二三四五六七八九]?|[一二三四五六七八九])"
_NUM_SEP_PATTERN = {"-": "ymd-iso", "/": "ymd-slash", ".": "ymd-dot"}


def _alt(words: tuple[str, ...] | list[str]) -> str:
    """Alternation of literal words, longest first."""
    return "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))


def _cls(chars: str) -> str:
    return "".join(re.escape(c) for c in dict.fromkeys(chars))


@dataclass(frozen=True, slots=True)
class _Engine:
    vocab: TimeVocab
    scan: re.Pattern[str]
    since_tail: re.Pattern[str]
    from_tail: re.Pattern[str]
    until_tail: re.Pattern[str]
    to_now: re.Pattern[str]
    conn: re.Pattern[str]
    after_year: re.Pattern[str]
    full_year: re.Pattern[str]
    since_prefix: re.Pattern[str]
    until_prefix: re.Pattern[str]


def _build(v: TimeVocab) -> _Engine:
    ds, ms, conn = _alt(v.day_suffixes), _alt(v.month_suffixes), _alt(v.connectors)
    count = rf"\d{{1,3}}|[{_cls(v.numeral_chars)}]{{1,4}}|{_alt(v.half)}"
    alts = [
        rf"(?P<yrs>{_LB}(?P<yrs_a>{_Y}){_SP}(?:{conn}){_SP}(?P<yrs_b>{_Y}){_SP}年)",
        rf"(?P<trl>(?<![{_cls(v.trailing_prefix_blockers)}])(?:{_alt(v.trailing_prefixes)})"
        rf"(?P<trl_n>{count}){_SP}(?P<trl_u>{_alt(list(v.units))})(?!\d)"
        rf"(?:(?:{_alt(v.trailing_suffixes)})(?![{_cls(v.trailing_suffix_blockers)}]))?)",
        rf"(?P<ytd>{_alt(v.ytd_keywords)}|(?:(?<![{_cls(v.ytd_guard_chars)}]){_after_any(v.ytd_guard_exceptions)})"
        rf"(?:{_alt(v.ytd_guarded_keywords)}))",
        rf"(?P<spl>{_alt(v.same_period_last_year)})",
        rf"(?P<rel>(?<![{_cls(v.relative_years_not_after)}])(?:{_alt(list(v.relative_years))})"
        rf"(?![{_cls(v.relative_years_not_before)}]))",
        rf"(?P<num>{_LB}(?P<num_y>{_Y})(?P<num_sep>[-/.])(?P<num_m>{_M})(?P=num_sep)(?P<num_d>{_D})"
        rf"(?!\d|\.\d)(?:{ds})?)",
        rf"(?P<cn>{_LB}(?P<cn_y>{_Y}){_SP}年(?:{_SP}(?P<cn_m>{_M}){_SP}月"
        rf"(?:{_SP}(?P<cn_d>{_D}){_SP}(?:{ds})|(?:{ms}))?)?)",
        rf"(?P<cnn>(?P<cnn_y>{_CNY})年(?:(?P<cnn_m>{_CNM})月(?:(?P<cnn_d>{_CND})(?:{ds}))?)?)",
        rf"(?P<mr>{_LB}(?P<mr_a>{_M}){_SP}(?:{conn}){_SP}(?P<mr_b>{_M}){_SP}月(?:{ms})?)",
        rf"(?P<md>{_LB}(?P<md_m>{_M}){_SP}月(?:{_SP}(?P<md_d>{_D}){_SP}(?:{ds})|(?:{ms}))?)",
        rf"(?P<cmd>(?P<cmd_m>{_CNM})月(?P<cmd_d>{_CND})(?:{ds}))",
    ]
    words = (
        *v.trailing_prefixes,
        *v.ytd_keywords,
        *v.ytd_guarded_keywords,
        *v.same_period_last_year,
        *v.relative_years,
    )
    first = _cls("0123456789" + _CN_DIGITS + "十" + "".join(w[0] for w in words))
    scan = re.compile(rf"(?=[{first}])(?:{'|'.join(alts)})")
    return _Engine(
        vocab=v,
        scan=scan,
        since_tail=re.compile(rf"{_SP}(?:(?:{_alt(v.since_events)}){_SP})?(?:{_alt(v.since_suffixes)})"),
        from_tail=re.compile(rf"{_SP}(?:{_alt(v.since_from_suffixes)})"),
        until_tail=re.compile(rf"[ \t,，、]{{0,2}}(?:{_alt(v.until_prefixes)}){_SP}"),
        to_now=re.compile(rf"{_SP}(?:(?:{_alt(v.since_events)}){_SP})?(?:{_alt(v.to_now)})"),
        conn=re.compile(rf"{_SP}(?:{conn}){_SP}"),
        after_year=re.compile(_alt(v.ytd_after_year)),
        full_year=re.compile(_alt(v.full_year_suffixes)),
        since_prefix=re.compile(rf"(?:{_alt(v.since_prefixes)}){_SP}$"),
        until_prefix=re.compile(rf"(?:{_alt(v.until_prefixes)}){_SP}$"),
    )


@cache
def _engine() -> _Engine:
    return _build(load_vocab())


# --------------------------------------------------------------------------- calendar helpers


def _cn_int(s: str) -> int:
    import cn2an  # imported on first use (~0.15 s): most texts write their numbers in digits

    return int(cn2an.cn2an(s.replace("○", "〇").replace("兩", "两"), "smart"))


def _month_end(y: int, m: int) -> date:
    return date(y, m, calendar.monthrange(y, m)[1])


def _bounds(y: int, m: int | None, d: int | None) -> tuple[date, date]:
    if d is not None and m is not None:
        x = date(y, m, d)
        return x, x
    if m is not None:
        return date(y, m, 1), _month_end(y, m)
    return date(y, 1, 1), date(y, 12, 31)


def _add_months(d: date, n: int) -> date:
    y, m0 = divmod(d.year * 12 + d.month - 1 + n, 12)
    return date(y, m0 + 1, min(d.day, calendar.monthrange(y, m0 + 1)[1]))


def _valid(y: int, m: int, d: int | None) -> bool:
    return d is None or d <= calendar.monthrange(y, m)[1]


def resolve_year(month: int, day: int | None, as_of: date) -> date:
    """The latest date with this month (and day) on or before ``as_of``.

    With ``day=None`` (month precision) the latest month start on or before as_of's month.
    Raises ValueError for a month/day that exists in no year (2月30日, 13月).
    """
    if not 1 <= month <= 12 or (day is not None and not 1 <= day <= calendar.monthrange(2000, month)[1]):
        raise ValueError(f"no such month/day: {month}/{day}")
    y = as_of.year
    while True:
        if _valid(y, month, day):
            x = date(y, month, day or 1)
            if (x <= as_of) if day is not None else ((y, month) <= (as_of.year, as_of.month)):
                return x
        y -= 1


def _resolve_forward(month: int, day: int | None, ref: date) -> date:
    """The earliest date with this month (and day) on or after ``ref`` (month start for day=None)."""
    y = ref.year
    while True:
        if _valid(y, month, day):
            x = date(y, month, day or 1)
            if (x >= ref) if day is not None else ((y, month) >= (ref.year, ref.month)):
                return x
        y += 1


# --------------------------------------------------------------------------- atoms


@dataclass(slots=True)
class _Atom:
    start: int
    end: int
    pattern: str
    cat: str  # date | relyear | years | monthrange | trailing | ytd | spl
    y: int | None = None
    m: int | None = None
    d: int | None = None
    y2: int | None = None
    m2: int | None = None
    n: int | None = None  # trailing count (half = -1)
    unit: str | None = None
    extra: dict[str, int] = field(default_factory=dict)

    @property
    def precision(self) -> Precision:
        return "day" if self.d is not None else "month" if self.m is not None else "year"


_DATE_LIKE = frozenset({"date", "relyear"})


def _atom(m: re.Match[str], v: TimeVocab) -> _Atom | None:
    """An atom from a scan match, or None if it is not a real calendar date."""
    g, s, e, kind = m.group, m.start(), m.end(), m.lastgroup
    if kind == "num":
        y, mo, d = int(g("num_y")), int(g("num_m")), int(g("num_d"))
        return _Atom(s, e, _NUM_SEP_PATTERN[g("num_sep")], "date", y, mo, d) if _valid(y, mo, d) else None
    if kind in ("cn", "cnn"):
        conv = int if kind == "cn" else _cn_int
        y = conv(g(f"{kind}_y"))
        mo = conv(g(f"{kind}_m")) if g(f"{kind}_m") else None
        d = conv(g(f"{kind}_d")) if g(f"{kind}_d") else None
        if not 1900 <= y <= 2100 or (mo is not None and not _valid(y, mo, d)):
            return None
        suffix = "-cn" if kind == "cn" else "-cn-numeral"
        pattern = ("ymd" if d is not None else "ym" if mo is not None else "y") + suffix
        return _Atom(s, e, pattern, "date", y, mo, d)
    if kind in ("md", "cmd"):
        conv = int if kind == "md" else _cn_int
        mo = conv(g(f"{kind}_m"))
        d = conv(g(f"{kind}_d")) if g(f"{kind}_d") else None
        if d is not None and d > calendar.monthrange(2000, mo)[1]:  # 2000 is a leap year: 2月29日 is fine
            return None
        pattern = ("md-cn" if d is not None else "m-cn") + ("" if kind == "md" else "-numeral")
        return _Atom(s, e, pattern, "date", None, mo, d)
    if kind == "yrs":
        a, b = int(g("yrs_a")), int(g("yrs_b"))
        return _Atom(s, e, "range-years", "years", a, y2=b) if a < b else None
    if kind == "mr":
        a, b = int(g("mr_a")), int(g("mr_b"))
        return _Atom(s, e, "range-month-cn", "monthrange", None, a, m2=b) if a != b else None
    if kind == "trl":
        raw, unit = g("trl_n"), v.units[g("trl_u")]
        n = -1 if raw in v.half else int(raw) if raw.isdigit() else _cn_int(raw)
        if n == 0 or (n == -1 and unit not in ("year", "month")):
            return None
        name = {"trading_day": "trading-days"}.get(unit, unit + "s")
        return _Atom(s, e, f"trailing-n-{name}", "trailing", n=n, unit=unit)
    if kind == "ytd":
        return _Atom(s, e, "ytd", "ytd")
    if kind == "spl":
        return _Atom(s, e, "same-period-last-year", "spl")
    if kind == "rel":
        return _Atom(s, e, "relative-year", "relyear", extra={"offset": v.relative_years[g("rel")]})
    raise AssertionError(kind)  # pragma: no cover


def _atoms(text: str, eng: _Engine) -> list[_Atom]:
    out: list[_Atom] = []
    pos, n = 0, len(text)
    search = eng.scan.search
    while pos < n:
        m = search(text, pos)
        if m is None:
            break
        a = _atom(m, eng.vocab)
        if a is None:  # not a calendar date: skip the whole span (no 2月29日 out of 2025年2月29日)
            pos = m.end()
            continue
        out.append(a)
        pos = m.end()
    return out


# --------------------------------------------------------------------------- resolution


def _resolve(a: _Atom, ref: date | None) -> tuple[date | None, date | None, bool]:
    """(low, high, year_inferred) of a date-like atom; ``ref`` supplies a missing year (latest ≤ ref)."""
    if a.cat == "relyear":
        if ref is None:
            return None, None, False
        lo, hi = _bounds(ref.year + a.extra["offset"], None, None)
        return lo, hi, True
    if a.y is not None:
        lo, hi = _bounds(a.y, a.m, a.d)
        return lo, hi, False
    if ref is None or a.m is None:
        return None, None, False
    x = resolve_year(a.m, a.d, ref)
    lo, hi = _bounds(x.year, a.m, a.d)
    return lo, hi, True


def _finer(p: Precision, q: Precision) -> Precision:
    return p if _PRECISION_RANK[p] <= _PRECISION_RANK[q] else q


def _range(a: _Atom, b: _Atom, as_of: date | None) -> tuple[date | None, date | None, bool]:
    """Bounds of ``a``..``b``; a missing year comes from the other end, else from as_of."""
    if a.y is not None and b.y is None and b.cat == "date" and b.m is not None:
        lo, _ = _bounds(a.y, a.m, a.d)
        x = _resolve_forward(b.m, b.d, lo)
        return lo, _bounds(x.year, b.m, b.d)[1], False
    b_lo, b_hi, b_inf = _resolve(b, as_of)
    if a.y is None and a.cat == "date" and b_lo is not None:
        a_lo, _, _ = _resolve(a, b_lo)
        return a_lo, b_hi, b_inf
    a_lo, _, a_inf = _resolve(a, as_of)
    return a_lo, b_hi, a_inf or b_inf


def _trailing(a: _Atom, as_of: date) -> date | None:
    n, unit = a.n or 0, a.unit
    if unit == "year":
        start = _add_months(as_of, -6 if n == -1 else -12 * n)
    elif unit == "month":
        start = as_of - timedelta(days=15) if n == -1 else _add_months(as_of, -n)
    elif unit == "week":
        start = as_of - timedelta(weeks=n)
    elif unit == "day":
        start = as_of - timedelta(days=n)
    else:  # trading days: needs a trading calendar
        return None
    return start + timedelta(days=1)


# --------------------------------------------------------------------------- public API


def infer_as_of(text: str) -> date | None:
    """The latest full date (year, month and day all written) in ``text``, or None."""
    best: date | None = None
    for a in _atoms(text, _engine()):
        if a.cat == "date" and a.y is not None and a.m is not None and a.d is not None:
            x = date(a.y, a.m, a.d)
            if best is None or x > best:
                best = x
    return best


def find_time_expressions(text: str, as_of: date | None) -> list[TimeHit]:
    """Date and period expressions in ``text``, sorted by start, non-overlapping.

    Partial dates and relative periods are resolved against ``as_of``; with ``as_of=None``
    they are still reported, with their unresolvable dates left None.
    """
    eng = _engine()
    atoms = _atoms(text, eng)
    hits: list[TimeHit] = []
    last_end = 0
    i, count = 0, len(atoms)
    while i < count:
        a = atoms[i]
        b = atoms[i + 1] if i + 1 < count else None
        used = 1
        start, end = a.start, a.end
        kind: Kind = "period"
        pattern = a.pattern
        when: date | None = None
        lo: date | None = None
        hi: date | None = None
        inferred = False
        relation: str | None = None
        precision: Precision = a.precision
        years: tuple[int, ...] = ()
        done = False

        if a.cat == "date" and a.y is not None and a.m is None:  # a year: 2025年…
            if b is not None and b.start == a.end and b.cat == "ytd":
                used, end, pattern, relation, precision = 2, b.end, "ytd-year", "ytd", "day"
                lo, hi, done = date(a.y, 1, 1), as_of, True
            elif b is not None and b.start == a.end and b.cat == "monthrange":
                used, end, pattern, relation, precision = 2, b.end, "range-month-cn", "range", "month"
                lo, hi, done = date(a.y, b.m or 1, 1), _month_end(a.y, b.m2 or 12), True
                if (b.m2 or 12) < (b.m or 1):
                    hi = _month_end(a.y + 1, b.m2 or 12)
            elif t := eng.after_year.match(text, a.end):
                end, pattern, relation, precision = t.end(), "ytd-year", "ytd", "day"
                lo, hi, done = date(a.y, 1, 1), as_of, True
            elif t := eng.full_year.match(text, a.end):
                end, pattern, relation = t.end(), "year-full", "year"
                (lo, hi), done = _bounds(a.y, None, None), True

        if not done and a.cat in _DATE_LIKE:
            nxt_ok = b is not None and b.cat in _DATE_LIKE
            if t := eng.since_tail.match(text, a.end):
                u = eng.until_tail.match(text, t.end())
                if u is not None and nxt_ok and b is not None and b.start == u.end():
                    used, end, relation, pattern = 2, b.end, "range", f"range-{a.pattern}"
                    lo, hi, inferred = _range(a, b, as_of)
                    precision = _finer(a.precision, b.precision)
                else:
                    end, relation, pattern = t.end(), "since", f"since-{a.pattern}"
                    lo, _, inferred = _resolve(a, as_of)
                    hi = as_of
            elif (t := eng.to_now.match(text, a.end)) or (
                (t := eng.from_tail.match(text, a.end))
                and eng.since_prefix.search(text, max(last_end, start - 6), start)
            ):
                end, relation, pattern = t.end(), "since", f"since-{a.pattern}"
                lo, _, inferred = _resolve(a, as_of)
                hi = as_of
            elif (
                (t := eng.conn.match(text, a.end)) is not None
                and nxt_ok
                and b is not None
                and b.start == t.end()
            ):
                used, end = 2, b.end
                lo, hi, inferred = _range(a, b, as_of)
                precision = _finer(a.precision, b.precision)
                if precision == "year" and a.y is not None and b.y is not None and a.y < b.y:
                    relation, pattern, years = "years", "range-years", tuple(range(a.y, b.y + 1))
                else:
                    relation = "range"
                    pattern = {
                        "ymd-iso": "range-iso",
                        "ymd-slash": "range-slash",
                        "ymd-dot": "range-dot",
                    }.get(a.pattern, f"range-{a.pattern}")
            else:
                kind = "date"
                lo, hi, inferred = _resolve(a, as_of)
                when = lo
                relation = "year" if precision == "year" else None
        elif not done:
            if a.cat == "years":
                assert a.y is not None and a.y2 is not None
                relation, years = "years", tuple(range(a.y, a.y2 + 1))
                lo, hi = date(a.y, 1, 1), date(a.y2, 12, 31)
            elif a.cat == "monthrange":
                relation = "range"
                lo, hi, inferred = _range(
                    _Atom(a.start, a.end, "m-cn", "date", None, a.m),
                    _Atom(a.start, a.end, "m-cn", "date", None, a.m2),
                    as_of,
                )
            elif a.cat == "trailing":
                relation, precision = "trailing", "day"
                if as_of is not None:
                    lo, hi, inferred = _trailing(a, as_of), as_of, True
            elif a.cat == "ytd":
                relation, precision = "ytd", "day"
                if as_of is not None:
                    lo, hi, inferred = date(as_of.year, 1, 1), as_of, True
            elif a.cat == "spl":
                relation, precision = "same_period_last_year", "day"

        # 自/从 before a since, range or ytd period; 截至/截止 before a lone date
        floor = max(last_end, start - 6)
        if kind == "period" and relation in ("since", "range", "years", "ytd"):
            if p := eng.since_prefix.search(text, floor, start):
                start = p.start()
        elif kind == "date" and (p := eng.until_prefix.search(text, floor, start)):
            start, kind, relation, when = p.start(), "period", "until", None
            pattern, lo = f"until-{a.pattern}", None
        hits.append(
            TimeHit(
                start, end, text[start:end], kind, pattern, when, precision, lo, hi, inferred, relation, years
            )
        )
        last_end = end
        i += used
    return hits
