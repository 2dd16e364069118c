"""The checker registry and what a checker receives (after the recognizer registry in extract/base.py).

A checker is a function ``CheckContext -> Verdict`` registered for a metric with ``@register_checker``
in its own module; ``analyzer.verify`` imports the modules and dispatches by ``claim.metric``.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from decimal import ROUND_DOWN, Decimal, localcontext
from typing import TYPE_CHECKING

from analyzer.extract.numbers import plain_decimal
from analyzer.instruments import default_registry
from analyzer.registry import Registry
from analyzer.types import Claim, DocumentResult, Mention, SubjectRef, Verdict, VerdictStatus
from analyzer.verify.readings import readings
from analyzer.verify.series import Series
from analyzer.verify.store import MarketStore
from analyzer.verify.tolerance import VerifyOptions, display_quantum, stated_unit, tolerance_for, within
from analyzer.verify.words import field_words, qualifier_before, reasons

if TYPE_CHECKING:
    from analyzer.verify.lookup import Point

INFINITY = Decimal("Infinity")
#: checkers of a difference of two levels (a session's change, an excursion): in points written with the decimals
#: dropped, such a figure may be off by less than a point either way
CUT_DIFFERENCES = frozenset({"change_points", "intraday_move"})
#: the fields of a day's bar: what a market's benchmark index stands in for (checks.yaml: index_of)
BAR_FIELDS = frozenset({"open", "high", "low", "close"})

Checker = Callable[["CheckContext"], Verdict]
CHECKERS: Registry[Checker] = Registry("checker")


#: what a checker's method spans, by metric: "session" (one trading day: a close, a session's change)
#: or "period" (the claim's own period, whatever its length: a return from start to end)
CHECKER_SPANS: dict[str, str] = {}
#: metrics whose checkers judge a figure read during the session themselves (a day's high or low, an
#: excursion against the day's extreme): the verify stage does not stop them as intraday
INTRADAY_CHECKERS: set[str] = set()
#: metrics whose checkers judge a change stated in percentage or basis points themselves (a yield's move)
POINT_CHECKERS: set[str] = set()


def register_checker(
    metric: str, span: str = "period", *, intraday: bool = False, points: bool = False
) -> Callable[[Checker], Checker]:
    """Decorator: check claims whose metric is ``metric`` with the decorated function, whose method
    spans ``span`` ("session" or "period"); ``intraday`` and ``points``: it judges figures read during
    the session, or stated in percentage or basis points, itself."""
    if span not in ("session", "period"):
        raise ValueError(f"a checker spans a session or the claim's period, not {span!r}")
    CHECKER_SPANS[metric] = span
    if intraday:
        INTRADAY_CHECKERS.add(metric)
    if points:
        POINT_CHECKERS.add(metric)
    return CHECKERS.register(metric)


def span_mismatch(checker: str, claim: Claim) -> str | None:
    """Why ``checker``'s method cannot speak to ``claim``'s period (a one-session check of a figure over
    several days, 年初至今 read with a 截至…收盘 date), or None when its span is the claim's period."""
    if CHECKER_SPANS.get(checker) != "session":
        return None
    p = claim.period
    if p is None or p.start == p.end:
        return None
    start = p.start.isoformat() if p.start is not None else "an unstated start"
    end = p.end.isoformat() if p.end is not None else "an unstated end"
    return (
        f"the figure covers {start} → {end}, not one session; a one-session check "
        "(a close, a session's change) says nothing about it"
    )


class Unverifiable(Exception):
    """Raised inside a checker to end with an unverifiable verdict and this reason."""

    def __init__(
        self,
        reason: str,
        method: str = "",
        data: Sequence[str] = (),
        cause: str = "other",
        missing: tuple[str, str] | None = None,
    ) -> None:
        super().__init__(reason)
        self.reason = reason
        self.method = method
        self.data = tuple(data)
        self.cause = cause  # one of analyzer.verify.causes.CAUSES
        self.missing = missing  # (instrument, field) the store lacks, when that is the cause

    def again(self, reason: str | None = None, method: str = "") -> Unverifiable:
        """The same cause (and missing series) with another reason or method, for a checker that adds context."""
        return Unverifiable(reason or self.reason, method=method or self.method, cause=self.cause, missing=self.missing)


def lacking(series: Series, day: dt.date) -> dict[str, object]:
    """The cause (and missing series) for ``series`` having no value on ``day``: past its data (a fetch
    may bring it) or a gap inside it."""
    outside = (series.last is not None and day > series.last) or (series.first is not None and day < series.first)
    if outside:
        return {"cause": "past_store", "missing": (series.instrument, series.field)}
    return {"cause": "no_observation"}


class DocIndex:
    """A document's mentions and claims by id, built once per verification (no scan per look-up)."""

    def __init__(self, result: DocumentResult) -> None:
        self.mentions: dict[str, Mention] = {m.id: m for m in result.mentions}
        self.claims: dict[str, Claim] = {c.id: c for c in result.claims}
        #: the claims of each sentence (by its start), in order: figures stated beside one another
        self.by_sentence: dict[int, list[Claim]] = {}
        for c in result.claims:
            self.by_sentence.setdefault(c.sentence.start, []).append(c)
        #: what a checker reads from the whole document, computed once on first use (checkers/share_ratio.py)
        self.derived: dict[str, object] = {}


@dataclass
class CheckContext:
    """One claim with everything a checker may consult."""

    claim: Claim
    result: DocumentResult
    store: MarketStore | None
    options: VerifyOptions = field(default_factory=VerifyOptions)
    index: DocIndex | None = None
    #: the linked subject's data stood in for the subject's (a fund checked on the index it tracks)
    substituted: str | None = None
    #: why the stand-in's data cannot contradict the figure, when it is not a fund's index
    stand_in_why: str | None = None

    def __post_init__(self) -> None:
        if self.index is None:
            self.index = DocIndex(self.result)

    @property
    def mention(self) -> Mention | None:
        assert self.index is not None
        return self.index.mentions.get(self.claim.mention_id)

    @property
    def as_of(self) -> dt.date | None:
        return self.result.meta.as_of

    def claim_by_id(self, claim_id: str) -> Claim | None:
        assert self.index is not None
        return self.index.claims.get(claim_id)

    def sentence(self) -> str:
        return self.claim.sentence.slice(self.result.text)

    def value(self) -> Decimal:
        """The stated value; for a range (low–high) its midpoint, while judging uses the whole range."""
        if self.claim.value is not None:
            return self.claim.value
        if self.claim.low is not None and self.claim.high is not None:
            return (self.claim.low + self.claim.high) / 2
        raise Unverifiable("the figure has no single number to check", cause="bound")

    @property
    def qualifier(self) -> tuple[str, str] | None:
        """(approximate | at_least | at_most, the word) written just before the figure, if any."""
        if "_qualifier" not in self.__dict__:
            self.__dict__["_qualifier"] = qualifier_before(
                self.result.text, self.claim.span.start, self.claim.sentence.start
            )
        return self.__dict__["_qualifier"]

    @property
    def is_bound(self) -> bool:
        """A range or a one-sided bound (超过22倍): judged inside or not, never contradicted."""
        q = self.qualifier
        return self.claim.value is None or (q is not None and q[0] in ("at_least", "at_most"))

    def tolerance(self) -> Decimal:
        """Half the stated unit plus slack; an approximate figure (约) also gets its documented share."""
        tol = tolerance_for(self.claim, self.mention, self.options)
        q = self.qualifier
        if q is not None and q[0] == "approximate" and self.claim.value is not None:
            tol += abs(self.claim.value) * reasons().approximate_relative
        return tol

    def stated_range(self) -> tuple[Decimal, Decimal]:
        """(low, high) of what the text states: one value, a range's bounds, or a one-sided bound."""
        q = self.qualifier
        v = self.claim.value
        # a bound is on the size of a signed figure: 跌逾1% (−1, at least) is −1 or below, 跌不足1% above −1
        if v is not None and q is not None and q[0] == "at_least":
            return (v, INFINITY) if v >= 0 else (-INFINITY, v)
        if v is not None and q is not None and q[0] == "at_most":
            return (-INFINITY, v) if v >= 0 else (v, INFINITY)
        if self.claim.value is not None:
            return self.claim.value, self.claim.value
        if self.claim.low is not None and self.claim.high is not None:
            return min(self.claim.low, self.claim.high), max(self.claim.low, self.claim.high)
        raise Unverifiable("the figure has no single number to check", cause="bound")

    def require_store(self) -> MarketStore:
        if self.store is None:
            raise Unverifiable("no market data was available for this run", cause="no_store")
        return self.store

    def _subjects(self) -> list[str]:
        ids = [sid for s in (self.claim.subject, self.claim.linked) if s is not None and (sid := store_id(s))]
        if not ids and (index := self._short_name_index()) is not None:
            return [index]
        if not ids:
            subject = self.claim.subject
            if subject is not None:
                # neither a registry id nor a security code: no shipped series, and nothing check --fetch can
                # fetch it by (a company or fund outside the master, a sector, another economy's statistic)
                raise Unverifiable(
                    f"{subject.alias} is not an instrument the market store has data for, and no security code "
                    "names it for check --fetch",
                    cause="no_series",
                )
            raise Unverifiable(
                "the text does not say which index, fund or company the figure is about", cause="no_subject"
            )
        return ids

    def _short_name_index(self) -> str | None:
        """The index a market's short name stands for (科技指數 in a Hong Kong report: checks.yaml short_names),
        when the document names that market; read as a stand-in, so a figure off it is never contradicted."""
        from analyzer.normalize.convert import both_scripts

        subject = self.claim.subject
        if subject is None:
            return None
        for name, short in readings().short_names.items():
            if subject.alias not in both_scripts((name,)):
                continue
            if not any(w in self.result.text for w in both_scripts(short.market)):
                return None
            self.substituted = short.index
            self.stand_in_why = (
                f"{subject.alias} is {short.index} in this market's reports by usage only (checks.yaml: short_names), "
                "so a figure off it is not called wrong"
            )
            return short.index
        return None

    def series_for(self, field_name: str, method: str) -> tuple[list[Series], str]:
        """``subject_series_all``, its failure said with the checker's ``method``."""
        try:
            return self.subject_series_all(field_name)
        except Unverifiable as exc:
            raise exc.again(method=method) from None

    def subject_series_all(self, field_name: str) -> tuple[list[Series], str]:
        """Every provider's series for the subject (or the linked subject, said so), preferred first."""
        store = self.require_store()
        subjects = self._subjects()
        for i, subject in enumerate(subjects):
            found = store.all_series(subject, field_name)
            if found:
                if i:
                    self.substituted = subject
                elif self._traded_stock_change(subject, field_name):
                    # the twin of the adjusted closes below: a stock's change off its closes as traded is the
                    # exchange's except on an ex-dividend day (counted from the reference price, the previous close
                    # less the dividend), which the store does not record: supported when they agree, never
                    # contradicted
                    self.substituted = f"{subject} {field_words(field_name)} as traded"
                    self.stand_in_why = (
                        "on an ex-dividend day the exchange measures a stock's change from the reference price (the "
                        "previous close less the dividend), and the store does not record those days, so a figure off "
                        "them is not called wrong"
                    )
                note = (
                    "" if i == 0 else f"no {field_words(field_name)} for {subjects[0]}; used {subject}, which it tracks"
                )
                return found, note
        first = subjects[0]
        benchmark = readings().index_of.get(first)
        if benchmark is not None and field_name in BAR_FIELDS and (found := store.all_series(benchmark, field_name)):
            # a market named as a whole (港股跌223點): its level and session figures are its benchmark index's by
            # usage, not by definition, so they may be supported on the index's bars but never contradicted
            self.substituted = benchmark
            self.stand_in_why = (
                f"{benchmark} is the index reports mean by {self.claim.subject.alias if self.claim.subject else first}"
                " in points or %, by usage only, so a figure off it is not called wrong"
            )
            return found, f"{first} read as its benchmark index {benchmark} (checks.yaml: index_of)"
        adjusted = readings().adjusted_fields.get(field_name)
        if (
            adjusted is not None
            and self.claim.metric in readings().adjusted_metrics
            and (found := store.all_series(first, adjusted))
        ):
            # a session's % change from forward-adjusted closes is the traded one except on an ex-dividend day,
            # which the store does not know: supported when they agree, never contradicted
            self.substituted = f"{first} {field_words(adjusted)}"
            self.stand_in_why = (
                "adjusted closes move with the traded ones except across an ex-dividend day, which the store does "
                "not record, so a figure off them is not called wrong"
            )
            return found, f"read on {field_words(adjusted)} (checks.yaml: adjusted_fields)"
        have = store.fields(first)
        listed = f" (it has {', '.join(field_words(f) for f in have)})" if have else " (it has no data for it at all)"
        raise Unverifiable(
            f"the market store has no {field_words(field_name)} for {first}{listed}",
            cause="no_series",
            missing=(first, field_name),
        )

    def _traded_stock_change(self, instrument: str, field_name: str) -> bool:
        """Whether the claim is a change (``ex_dividend_metrics`` in checks.yaml) read on a registry stock's own
        traded bars of a field that has an adjusted form (close)."""
        if field_name not in readings().adjusted_fields or self.claim.metric not in readings().ex_dividend_metrics:
            return False
        found = default_registry().get(instrument)
        return found is not None and found.kind == "stock"

    def subject_series(self, field_name: str) -> tuple[Series, str]:
        """The preferred provider's series for the subject, else Unverifiable."""
        found, note = self.subject_series_all(field_name)
        return found[0], note

    def judge(
        self,
        checker: str,
        computed: Decimal,
        method: str,
        *,
        data: Sequence[str] = (),
        reason: str | None = None,
        points: Sequence[Point] = (),
    ) -> Verdict:
        """Supported when ``computed`` is within tolerance of the stated value, else contradicted.

        A stated range is supported when ``computed`` lies inside it (plus tolerance), else unverifiable:
        a range says too little to contradict. ``points``: the looked-up values ``computed`` comes from; one
        that stood in for a session its series lacks makes a disagreement unverifiable (:func:`stood_in`)."""
        low, high = self.stated_range()
        tol = self.tolerance()
        shown = quantize(computed, display_quantum(self.claim, self.mention))
        if self.is_bound:
            inside = low - tol <= computed <= high + tol
            q = self.qualifier
            what = (
                f"「{q[1]}{self.claim.text}」"
                if q is not None and self.claim.value is not None
                else (f"the stated range {low}–{high}")
            )
            note = None if inside else f"{plain_decimal(shown)} is outside {what}; a range or bound is not contradicted"
            return Verdict(
                claim_id=self.claim.id,
                status=VerdictStatus.SUPPORTED if inside else VerdictStatus.UNVERIFIABLE,
                cause=None if inside else "bound",
                checker=checker,
                expected=self.claim.value,
                computed=shown,
                tolerance=tol,
                method=method,
                reason="; ".join(r for r in (reason, note) if r) or None,
                data=tuple(data),
            )
        stated = self.claim.value
        assert stated is not None
        ok = within(stated, computed, tol)
        if not ok and self.written_down(computed):
            ok = True
            note = f"{plain_decimal(shown)} written down to whole {self.claim.unit} (the decimals dropped, not rounded)"
            reason = "; ".join(r for r in (reason, note) if r)
        q = self.qualifier
        if q is not None:
            share = (reasons().approximate_relative * 100).normalize()
            note = f"an approximate figure (「{q[1]}」): tolerance widened by {share:f}% of it"
            reason = "; ".join(r for r in (reason, note) if r)
        cut = not ok and checker in CUT_DIFFERENCES and self.cut_gap(computed)
        if cut:
            note = (
                f"{plain_decimal(shown)} is less than a whole {self.claim.unit} off: a difference taken between levels "
                "written with their decimals dropped may be, so it is not called wrong"
            )
            reason = "; ".join(r for r in (reason, note) if r)
        verdict = Verdict(
            claim_id=self.claim.id,
            status=VerdictStatus.SUPPORTED if ok else VerdictStatus.UNVERIFIABLE if cut else VerdictStatus.CONTRADICTED,
            cause="uncertain" if cut else None,
            checker=checker,
            expected=stated,
            computed=shown,
            difference=shown - stated,
            tolerance=tol,
            method=method,
            reason=reason,
            data=tuple(data),
        )
        return stood_in(verdict, points)

    def written_down(self, computed: Decimal) -> bool:
        """Whether a whole figure in a unit articles write with the decimals dropped (收20857點 for
        20857.71: ``truncated_units`` in checks.yaml) is ``computed`` cut toward zero; such a figure is
        true, so never contradicted."""
        stated = self.claim.value
        if stated is None or self.claim.unit not in readings().truncated_units:
            return False
        if stated_unit(self.claim, self.mention) != 1 or stated != stated.to_integral_value():
            return False
        return computed.to_integral_value(rounding=ROUND_DOWN) == stated

    def cut_gap(self, computed: Decimal) -> bool:
        """Whether a whole figure in a unit articles write with the decimals dropped is less than one unit off
        ``computed``: a change taken between two levels each cut (低見19175點，跌461點 for 19636.22 − 19175.58 =
        460.42) may be off by up to a unit either way."""
        stated = self.claim.value
        if stated is None or self.claim.unit not in readings().truncated_units:
            return False
        if stated_unit(self.claim, self.mention) != 1 or stated != stated.to_integral_value():
            return False
        return abs(stated - computed) < 1

    def matches(self, computed: Decimal) -> bool:
        low, high = self.stated_range()
        tol = tolerance_for(self.claim, self.mention, self.options)
        return low - tol <= computed <= high + tol


def across_providers(
    ctx: CheckContext,
    series: Sequence[Series],
    compute: Callable[[Series], Verdict],
    method: str,
    *,
    include_note: bool = True,
) -> Verdict:
    """Run ``compute`` on each provider's series separately (never mixing them) and combine:
    supported when one provider's data supports the figure (the others' results are named), contradicted
    only when every provider that could compute it contradicts it, unverifiable when none could. A provider
    whose value stood in for a session it lacks (:func:`stood_in`) leaves the verdict to those that hold it."""
    verdicts: list[tuple[Series, Verdict]] = []
    missing: list[str] = []
    causes: list[Unverifiable] = []
    for s in series:
        try:
            verdicts.append((s, compute(s)))
        except Unverifiable as exc:
            missing.append(f"{s.provider}: {exc.reason}")
            causes.append(exc)
    if not verdicts:
        raise causes[0].again("; ".join(missing), method=method)
    # a supported figure first; else a verdict on the provider's own sessions before one computed off a value that
    # stood in for a session it lacks (stood_in: the only verdict a checker returns with no_observation), which
    # says nothing of the figure while a provider holding the session does. A support off a stood-in value
    # (Verdict._bridged) comes after any verdict of a provider holding the session: that provider shows the
    # session was held, so the stand-in is another session's value
    held = [sv for sv in verdicts if sv[1].cause != "no_observation" and not sv[1]._bridged]
    own = next(iter(held), None) or next((sv for sv in verdicts if sv[1].cause != "no_observation"), verdicts[0])
    first_held = next(((s, v) for s, v in held if v.status is not VerdictStatus.UNVERIFIABLE), None)
    supported = [(s, v) for s, v in verdicts if v.status is VerdictStatus.SUPPORTED]
    chosen_series, chosen = next(
        (sv for sv in supported if not sv[1]._bridged), first_held or next(iter(supported), own)
    )
    others = [
        f"{s.provider} gives {plain_decimal(v.computed) if v.computed is not None else '—'} ({v.status.value}"
        + (", off a value that stood in for a session it lacks: set aside" if v._bridged else "")
        + ")"
        for s, v in verdicts
        if s is not chosen_series
    ]
    notes = [chosen.reason] if chosen.reason else []
    if include_note and chosen_series.note:
        notes.append(f"{chosen_series.provider}: {chosen_series.note}")
    if others:
        notes.append("other providers: " + "; ".join(others))
    if missing:
        notes.append("not computable from " + "; ".join(missing))
    data = (*chosen.data, chosen_series.provenance())
    agreeing = tuple(dict.fromkeys(s.provider for s, v in verdicts if v.status is chosen.status))
    return chosen.model_copy(update={"reason": "; ".join(notes) or None, "data": data, "providers": agreeing})


def store_id(subject: SubjectRef) -> str | None:
    """The store's id for a subject: its registry id, else its security code from the master
    (HK codes as five digits, 0700.HK → 00700; mainland codes as six: 600519)."""
    if subject.id is not None:
        return subject.id
    if not subject.code:
        return None
    bare = re.sub(r"(?i)\.(hk|sh|sz|bj|of)$|^(sh|sz|bj)", "", subject.code.strip())
    hk = subject.code.upper().endswith(".HK") or len(bare) <= 5
    return bare.zfill(5) if hk else bare


def quantize(value: Decimal, quantum: Decimal) -> Decimal:
    """``value`` rounded to ``quantum``, trailing zeros dropped, never in exponent form (-3.30000 → -3.3)."""
    with localcontext() as ctx:
        ctx.prec = 60
        rounded = value.quantize(quantum).normalize()
        exponent = rounded.as_tuple().exponent
        return rounded.quantize(Decimal(1)) if isinstance(exponent, int) and exponent > 0 else rounded


def obs(series: Series, day: dt.date, value: Decimal) -> str:
    """An observation as verdict data: 'hstech close 2024-03-06 3412.57'."""
    return f"{series.label} {day} {plain_decimal(value)}"


def unverifiable(ctx: CheckContext, checker: str, exc: Unverifiable) -> Verdict:
    return Verdict(
        claim_id=ctx.claim.id,
        status=VerdictStatus.UNVERIFIABLE,
        checker=checker,
        expected=ctx.claim.value,
        tolerance=tolerance_for(ctx.claim, ctx.mention, ctx.options) if ctx.claim.value is not None else None,
        method=exc.method or checker,
        reason=exc.reason,
        data=exc.data,
        cause=exc.cause,
        missing_series=" ".join(exc.missing) if exc.missing else None,
    )


def stood_in(verdict: Verdict, points: Sequence[Point]) -> Verdict:
    """``verdict`` judged for the points it is computed from when one stood in for a session its series lacks
    (:func:`analyzer.verify.lookup.value_at` bridged a hole): another session's value over a hole in a provider's
    data, the right one over a closure the calendar does not know (a typhoon).

    A disagreement is unverifiable, saying which session was missing. An agreement is unverifiable too when the
    session was certainly held (``Point.hole``: its exchange never closes on a day its calendar lists), since it
    agrees with another session's value and may support a wrong figure (the S&P 500's 0.62% on 2023-01-10 off
    01-06's close, where the true figure was 0.70%); else it stays supported, saying so, and a provider that holds
    the session decides before it (:func:`across_providers`)."""
    bridged = [p for p in points if p.stood_in]
    if not bridged or verdict.status is VerdictStatus.UNVERIFIABLE:
        return verdict
    why = "; ".join(dict.fromkeys(p.stood_in for p in bridged if p.stood_in))
    if verdict.status is VerdictStatus.CONTRADICTED:
        return made_unverifiable(verdict, why, "no_observation")
    if any(p.hole for p in bridged):
        held = "the exchange held that session (it never closes on a day its calendar lists), so the figure agrees "
        held += "with another session's value and is not called right either"
        return made_unverifiable(verdict, f"{why}; {held}", "no_observation")
    closure = f"{why}; it agrees, as it would if the session was a closure the calendar does not know (a typhoon)"
    supported = verdict.model_copy(update={"reason": "; ".join(r for r in (verdict.reason, closure) if r)})
    supported._bridged = True
    return supported


def made_unverifiable(verdict: Verdict, why: str, cause: str | None = "uncertain") -> Verdict:
    """``verdict`` turned unverifiable for ``why``, said before the checker's own reason: a figure the data
    seem to contradict whose reading the checker cannot be sure of is never called wrong. ``cause`` None
    keeps the verdict's own."""
    update: dict[str, object] = {
        "status": VerdictStatus.UNVERIFIABLE,
        "reason": "; ".join(r for r in (why, verdict.reason) if r),
    }
    if cause is not None:
        update["cause"] = cause
    return verdict.model_copy(update=update)
