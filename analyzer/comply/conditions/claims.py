"""Claim conditions: every figure of the chosen metrics cites a source and a period, the period is
covered by the cited data, a disclaimer stands nearby, periods are long enough, fiscal years are complete."""

from __future__ import annotations

import bisect
from collections import defaultdict
from datetime import date
from typing import Literal

import regex
from pydantic import Field, PrivateAttr, model_validator

from analyzer.comply.conditions.base import ConditionBase, When
from analyzer.comply.context import Context, Hit
from analyzer.comply.phrases import PhraseSet
from analyzer.comply.say import Say
from analyzer.comply.settings import BookSettings
from analyzer.types import Claim, Period, Severity

Requirement = Literal["source", "period", "period_covered", "disclaimer", "min_period", "fiscal_years", "years_shown"]

# the problems a figure can have; the first three are short (「no data source and no period」)
SHORT = ("source", "period", "disclaimer")
_ADD = ("source", "period")
# metric names as a reviewer reads them (comply.metric.* in corpora/messages/comply.yaml)
METRICS_NAMED = frozenset({
    "return", "annual_return", "annualized_return", "fund_return", "fund_return_since_inception",
    "benchmark_return", "ranking", "net_inflow", "pe_ttm", "pb", "percentile", "growth_yoy", "growth_mom",
    "growth", "upside", "peg_gap",
})
KINDS_NAMED = frozenset({"fund", "other_fund", "benchmark", "index"})


# a table row or list line that starts with a year and holds a percentage (「| 2024年 | 7.85% |」, 「2023：-4.1%」)
_YEAR_ROW = regex.compile(r"(?m)^[\s|｜·•\-]*(?:19|20)\d\d(?:年度|年)?(?:[\s|｜:：,，]|\(|（)[^\n]*?\d%")
# the yearly record written in a line (2020年15.2%，2021年4.1%; 2021年、2022年…分别为8.1%、-5.3%…): two years,
# each with its figure, or years listed before their figures
_YEAR_FIGURE = r"(?:19|20)\d\d年度?[^\d\n。]{0,12}?[-−+]?\d+(?:\.\d+)?%"
_YEAR = regex.compile(r"(?:19|20)\d\d(?=年)")
# a year may carry a bracketed aside before the list goes on (2021年（合同生效至年末）、2022年…分别为)
_ASIDE = r"(?:[（(][^）)\n]{0,20}[）)])?"
_YEAR_LIST = regex.compile(
    rf"{_YEAR_FIGURE}[^\n]{{0,40}}?{_YEAR_FIGURE}|(?:19|20)\d\d年度?{_ASIDE}[、和及与](?:19|20)\d\d年[^\n]{{0,60}}?分别"
)
# a span of years before their figures (2021年至2024年净值增长率分别为…): every year in it is named; the first
# year may carry its start as an aside (2021年（1月12日合同生效起）至2025年…), and the figures may follow as a list of
# one per year with no 分别 (…至2025年净值增长率2.8%、2.1%、2.9%、3.3%、1.9%)
_PERCENT = r"[-−+]?\d+(?:\.\d+)?%"
_YEAR_SPAN = regex.compile(
    rf"((?:19|20)\d\d)年?{_ASIDE}(?:至|到|—|–|-|~|～)((?:19|20)\d\d)年[^\n。]{{0,30}}?"
    rf"(?:分别|({_PERCENT}(?:\s*[、,，]\s*{_PERCENT})+))"
)
_PERCENT_RE = regex.compile(_PERCENT)


def describe(claim: Claim, kind: str | None = None) -> Say:
    """「77.84%」 (恒生科技指数's return, 近1年 = 2024-03-07–2025-03-06), in the reader's language."""
    what: Say | str = Say(f"comply.metric.{claim.metric}") if claim.metric in METRICS_NAMED else (
        claim.metric.replace("_", " ")
    )
    if claim.subject is not None and claim.subject.alias and claim.subject.alias not in ("本基金", "上述基金"):
        what = Say("comply.claim.whose", subject=claim.subject.alias, what=what)
    elif kind is not None:
        what = Say(f"comply.claim.kind.{kind if kind in KINDS_NAMED else 'plain'}", what=what)
    if claim.period is not None and (claim.period.start or claim.period.end):
        return Say("comply.claim.describe_period", quote=claim.text, what=what, period=claim.period.text,
                   dates=_dates(claim.period))
    return Say("comply.claim.describe", quote=claim.text, what=what)


def _dates(period: Period) -> str:
    return f"{period.start or '?'}–{period.end or '?'}"


def _has_digit(text: str) -> bool:
    return any(ch.isdigit() for ch in text)


def _covered(period: Period, notes: tuple[Period, ...]) -> bool:
    """Whether a note's period holds the figure's; an open end (「截至2024年12月31日」) bounds one side only,
    and so does a single day (「来源：劳工统计局，2026-01-13」): the date the data were published or read."""
    assert period.start is not None and period.end is not None
    return any(
        (n.start is not None or n.end is not None)
        and (n.start is None or n.start == n.end or n.start <= period.start) and (n.end is None or period.end <= n.end)
        for n in notes
    )


_RECORD_METRICS = frozenset({"return", "annual_return", "fund_return", "growth", "growth_yoy"})


def _after_note(period: Period, notes: tuple[Period, ...]) -> bool:
    """Whether the figure's period starts after the last day any dated note covers."""
    assert period.start is not None
    ends = [n.end or n.start for n in notes]
    return bool(ends) and all(e is not None and e < period.start for e in ends)


class ClaimRule(ConditionBase):
    """Checks over the document's claims of the given metrics and subject kinds."""

    kind: Literal["claim_rule"]
    metrics: list[str] = Field(default_factory=list, description="claims of these metrics (or use `performance`)")
    performance: list[Literal["fund", "other_fund", "benchmark", "index", "ranking", "market"]] = Field(
        default_factory=list,
        description="claims presenting performance of these kinds (comply/performance.py); weights and forecasts never",
    )
    subject_kinds: list[str] | None = Field(
        default=None, description="fund, index, flow, macro, …; 'none' = no subject; unset = any"
    )
    requires: list[Requirement] = Field(min_length=1)
    accept_attribution: bool = Field(default=True, description="a named attribution (长江证券指出) counts as a source")
    disclaimer: list[str] = Field(default_factory=list)
    disclaimer_within: int = Field(default=300, ge=0, description="characters after the claim's sentence searched")
    min_period_days: int = Field(default=183, ge=1)
    fiscal_years: int = Field(default=5, ge=1)
    when: When | None = None
    _disclaimer: PhraseSet | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _disclaimer_given(self) -> ClaimRule:
        if "disclaimer" in self.requires and not self.disclaimer:
            raise ValueError("requires 'disclaimer' needs a 'disclaimer' list of phrases")
        if not self.metrics and not self.performance:
            raise ValueError("give `metrics` or `performance` (which claims the rule checks)")
        return self

    def prepare(self, settings: BookSettings) -> None:
        self._disclaimer = PhraseSet(self.disclaimer, settings.gap) if self.disclaimer else None
        if self.when is not None:
            self.when.prepare(settings)

    def _selected(self, ctx: Context) -> list[Claim]:
        """The rule's claims; figures that are not performance (weights, forecasts) never count."""
        kinds = set(self.subject_kinds) if self.subject_kinds is not None else None
        wanted = set(self.performance)
        out = []
        for claim in ctx.result.claims:
            if self.metrics and claim.metric not in self.metrics:
                continue
            perf = ctx.performance.classify(claim).kind
            if perf is None or (wanted and perf not in wanted):
                continue
            kind = claim.subject.kind if claim.subject is not None else "none"
            if kinds is None or kind in kinds:
                out.append(claim)
        return out

    def evaluate(self, ctx: Context) -> list[Hit]:
        claims = self._selected(ctx)
        if not claims or (self.when is not None and self.when.evidence(ctx) is None):
            return []
        # one finding per sentence, listing each figure once with everything it lacks
        problems: dict[int, list[tuple[Claim, list[Say], list[str]]]] = defaultdict(list)
        for claim in claims:
            found = [(r, p) for r in self.requires if r != "fiscal_years"
                     for p in [self._check(ctx, claim, r)] if p is not None]
            if found:
                problems[claim.sentence.start].append((claim, [p for _, p in found], [r for r, _ in found]))
        hits = [self._hit(ctx, items) for _, items in sorted(problems.items())]
        if "fiscal_years" in self.requires:
            hits += self._fiscal_years(ctx, claims)
        return hits

    @staticmethod
    def _hit(ctx: Context, items: list[tuple[Claim, list[Say], list[str]]]) -> Hit:
        parts: list[Say] = []
        for claim, found, reqs in items:
            kind = ctx.performance.classify(claim).kind
            short = [p for p, r in zip(found, reqs, strict=True) if r in SHORT]
            long = [p for p, r in zip(found, reqs, strict=True) if r not in SHORT]
            figure = describe(claim, kind)
            if short and long:
                parts.append(Say("comply.claim.problems_long", "and", figure=figure, problems=short, more=long))
            elif short:
                parts.append(Say("comply.claim.problems", "and", figure=figure, problems=short))
            else:
                parts.append(Say("comply.claim.more", figure=figure, more=long))
        detail: list[Say] = [Say("comply.claim.items", items=parts)]
        wanted = sorted({r for _, _, reqs in items for r in reqs if r in _ADD})
        if wanted:
            detail.append(Say("comply.claim.add", "and", what=[Say(f"comply.add.{r}") for r in wanted]))
        source = items[0][0].source
        if source is not None and any("period_covered" in reqs for _, _, reqs in items):
            cited = ", ".join(_dates(p) for p in source.periods)
            detail.append(Say("comply.claim.note_cites", note=source.text, cited=cited))
        return Hit(spans=tuple(c.span for c, _, _ in items), detail=Say("comply.detail.seq", "concat", parts=detail),
                   claim_ids=tuple(c.id for c, _, _ in items))

    def _check(self, ctx: Context, claim: Claim, requirement: Requirement) -> Say | None:
        source = claim.source
        if requirement == "source":
            return None if ctx.performance.has_source(claim, self.accept_attribution) else Say("comply.problem.source")
        if requirement == "period":
            return None if ctx.performance.has_period(claim) else Say("comply.problem.period")
        if requirement == "period_covered":
            period = claim.period
            if (
                source is None or not source.periods or period is None or period.start is None
                or period.end is None or period.derived_from == "source_note" or _covered(period, source.periods)
                # a period dated from the context, or told in words only and dated from the piece's date (本周, 上月),
                # cannot contradict a note; a month written out (9月) still can, whatever year it was given
                or period.derived_from == "context" or (period.year_inferred and not _has_digit(period.text))
                # a period wholly after every day the note cites (2026年盈利增速约为8% under a 2025年12月 report)
                # is an estimate the note makes, not data it should cover
                or _after_note(period, source.periods)
            ):
                return None
            return Say("comply.problem.covers", dates=_dates(period))
        if requirement == "disclaimer":
            return None if self._has_disclaimer(ctx, claim) else Say("comply.problem.disclaimer")
        if requirement == "years_shown":
            # a figure over a year or more in a piece that shows no year of its own: a chosen period
            period = claim.period
            since_inception = claim.metric == "fund_return_since_inception"  # its start may be unknown
            if not since_inception and (period is None or period.start is None or period.end is None
                                        or (period.end - period.start).days < 364):
                return None
            if period is not None and period.start is not None and period.end is not None and (
                    period.start.year == period.end.year):
                return None  # a calendar year is the yearly record itself (014 judges the years missing)
            return None if self._years_shown(ctx) else Say("comply.problem.no_years")
        if requirement == "min_period":
            period = claim.period
            # a single day is the date a figure is stated at (截至…), not the period it covers
            if period is None or period.start is None or period.end is None or period.start == period.end:
                return None
            # from the day the fund started, with later figures shown (合同于2022年8月1日生效：2022年8月1日至
            # 12月31日…；2023年…): its first, partial year in the yearly record, which Art 4 asks for
            if period.start in ctx.performance.inception_dates and period.end < ctx.performance.latest_end:
                return None
            days = (period.end - period.start).days + 1
            if days >= self.min_period_days:
                return None
            return Say("comply.problem.short", days=days)
        return None

    def _years_shown(self, ctx: Context) -> bool:
        """Whether the piece shows a calendar year of the fund's performance (2024年: 1 January to 31
        December, or from inception to 31 December of one year)."""
        key = "years_shown"
        if key not in ctx.cache:
            years = {p.end.year for c in self._selected(ctx) if (p := c.period) is not None and p.start is not None
                     and p.end is not None and p.start.year == p.end.year and (p.end.month, p.end.day) == (12, 31)}
            as_of = ctx.result.meta.as_of
            # one year picked out of the record (其中2020年一年就涨了72.4%) is no yearly record: the last
            # complete year must be among those shown
            last = None if as_of is None else as_of.year if (as_of.month, as_of.day) == (12, 31) else as_of.year - 1
            text = ctx.result.simplified
            ctx.cache[key] = _YEAR_ROW.search(text) is not None or _YEAR_LIST.search(text) is not None or (
                bool(years) and (last is None or last in years or max(years) > last))
        return bool(ctx.cache[key])

    def _has_disclaimer(self, ctx: Context, claim: Claim) -> bool:
        """A disclaimer from the figure's sentence up to ``disclaimer_within`` characters after it, or
        inside its source note (bisect over the sorted disclaimer hits)."""
        assert self._disclaimer is not None
        spans = ctx.find_spans(self._disclaimer)
        key = f"starts:{id(self._disclaimer)}"
        starts = ctx.cache.get(key)
        if starts is None:  # built once per document, not per claim
            starts = ctx.cache[key] = [s.start for s in spans]
        lo, hi = claim.sentence.start, claim.sentence.end + self.disclaimer_within
        i = bisect.bisect_left(starts, lo)  # type: ignore[arg-type]
        if i < len(spans) and spans[i].start <= hi:
            return True
        note = claim.source
        if note is not None:
            j = bisect.bisect_left(starts, note.span.start)  # type: ignore[arg-type]
            return j < len(spans) and note.span.contains(spans[j])
        return False

    def _fiscal_years(self, ctx: Context, claims: list[Claim]) -> list[Hit]:
        as_of = ctx.result.meta.as_of
        latest = ctx.performance.latest_end
        if as_of is None and (latest.month, latest.day) != (12, 31):
            return []
        # the last complete fiscal year: as_of's year when as_of is 31 December, else the year before; with no
        # date for the piece, the last year a figure of it covers whole (2025年净值增长率12.4%: 2025)
        last = latest.year if as_of is None else as_of.year if (as_of.month, as_of.day) == (12, 31) else as_of.year - 1
        if as_of is not None and (as_of.month, as_of.day) == (12, 31) and latest < as_of:
            # a 31 December no figure reaches (活动期间至2026年12月31日, an offer's end) does not close that year: the
            # record is complete up to the year before
            last = as_of.year - 1
        groups: dict[str, list[Claim]] = defaultdict(list)
        for claim in claims:
            period = claim.period
            if period is None or period.start is None or period.end is None:
                continue
            if claim.subject is not None:
                key = claim.subject.id or f"surface:{claim.subject.alias}"
            else:  # a year's figure read as the fund's own (其中2020年一年就涨了72.4%), its name not repeated
                key = f"{_UNNAMED}{ctx.performance.classify(claim).kind}"
            if (period.start.month, period.start.day, period.end.month, period.end.day) == (1, 1, 12, 31):
                groups[key].append(claim)
        def years(group: list[Claim]) -> set[int]:
            return {y for c in group if c.period and c.period.start and c.period.end
                    for y in range(c.period.start.year, c.period.end.year + 1)}

        # the calendar years the piece gives a return for, whoever's they were read as: a year retold in words
        # under a subject read apart (2022年佢就跌咗接近兩成) belongs to the record shown beside it
        record = years([c for c in ctx.result.claims if c.metric in _RECORD_METRICS and c.period is not None
                        and c.period.start is not None and c.period.end is not None
                        and (c.period.start.month, c.period.start.day, c.period.end.month, c.period.end.day)
                        == (1, 1, 12, 31)])
        # and the years a yearly record written as rows or a list names (2024年、2025年净值增长率分别为…), whatever
        # periods its figures were read with
        written = _written_years(ctx.result.simplified)
        hits = []
        for subject_id, group in groups.items():
            shown = years(group)
            if subject_id.startswith(("surface:", _UNNAMED)):
                shown |= record
            first = last + 1 - self.fiscal_years
            launch = _launch(subject_id)
            dates = ctx.performance.inception_dates
            started = next(iter(dates)) if len(dates) == 1 else None
            own = all(ctx.performance.classify(c).kind == "fund" for c in group)
            if launch is None and started is not None and own:
                # the fund's own figures: the day the piece says the fund started (基金合同于2022年8月1日生效,
                # 合同生效: 2021年5月), when the registry has no start for it
                launch = started
            if launch is not None:
                first = max(first, _first_whole_year(ctx, launch))
            elif as_of is None:
                continue  # neither the piece's date nor the fund's start: the years expected are unknown
            elif subject_id.startswith(("surface:", _UNNAMED)):
                # start date unknown: the fund may be younger, so only holes between shown years count, and none
                # before the start the piece names (本基金于2023年4月上市交易: an index's 2022 beside it owes no 2023)
                first = max(first, min(shown))
                if started is not None:
                    first = max(first, _first_whole_year(ctx, started))
            elif started is not None:
                # another subject the registry has no start for: the start the piece names, as a warning
                first = max(first, _first_whole_year(ctx, started))
            if own:
                shown |= written
            elif all(c.value is not None and c.value < 0 for c in group):
                continue  # an index's losing years alone (标的指数2022年下跌7.9%): a risk shown, not a record flattered
            elif all(ctx.performance.marked_not_fund(c) for c in group):
                # another subject's years each marked in their sentence as not the fund's record (标普500指数2025年
                # 上涨16.4%，这是指数表现，不是本基金业绩): context beside the fund's record, not shown in its place
                continue
            expected = set(range(first, last + 1))
            missing = sorted(expected - shown)
            if missing:
                subject = group[0].subject
                detail = Say(
                    "comply.claim.fiscal", subject=subject.alias if subject else Say("comply.subject.the_fund"),
                    shown=", ".join(map(str, sorted(shown))), missing=", ".join(map(str, missing)), first=first,
                    last=last, n=self.fiscal_years,
                )
                spans, ids = tuple(c.span for c in group), tuple(c.id for c in group)
                # the fund's own record with its start known: the years left out are certain (digest 014: error
                # when inception is known); an index's record is judged by analogy, a warning
                severity = Severity.ERROR if launch is not None and own else None
                hits.append(Hit(spans=spans, detail=detail, claim_ids=ids, severity=severity))
        return hits


def _written_years(text: str) -> set[int]:
    """The years a yearly record names: rows that open with a year, years each with its figure, years listed
    before their figures (分别为)."""
    matches = [*_YEAR_ROW.finditer(text), *_YEAR_LIST.finditer(text), *regex.finditer(_YEAR_FIGURE, text)]
    # a span read by its figures' list counts only when it gives one figure for each year of it
    spans = {y for m in _YEAR_SPAN.finditer(text) if 0 <= int(m[2]) - int(m[1]) <= 10
             and (m[3] is None or len(_PERCENT_RE.findall(m[3])) == int(m[2]) - int(m[1]) + 1)
             for y in range(int(m[1]), int(m[2]) + 1)}
    return spans | {int(y.group()) for m in matches for y in _YEAR.finditer(m.group())}


def _first_whole_year(ctx: Context, start: date) -> int:
    """The first calendar year a fund started on ``start`` was open for whole: its own year only when it started on
    1 January, not when the piece gives the start by its year alone (成立于2023年)."""
    whole = (start.month, start.day) == (1, 1) and start not in ctx.performance.inception_years_only
    return start.year if whole else start.year + 1


_UNNAMED = "performance:"  # the group key of figures with no subject of their own, by whose performance they are


def _launch(subject_id: str) -> date | None:
    from analyzer.comply.facts import registry_or_none

    if subject_id.startswith(("surface:", _UNNAMED)):
        return None
    registry = registry_or_none()
    inst = registry.get(subject_id) if registry is not None and subject_id else None
    return inst.launch if inst is not None else None
