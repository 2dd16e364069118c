"""What a session's daily bars confirm: a threshold crossed that day (失守/跌穿/重上 N点: the day's low,
high or close against N), a day's high or low (高見/低見 N點), the session's excursion (一度跌逾N點:
the low − the previous close), and a session's turnover (成交额) of an index's market or of Shanghai and
Shenzhen together.

A figure written during the session may be the extreme *so far*: a stated high below the day's high,
or an excursion smaller than the day's, is unverifiable, never contradicted; only a level the index never
reached that day (a high above the day's high, a fall deeper than its low) is contradicted. Each
provider's bars are read separately (its close, high and low); a provider with closes only confirms what
the close alone implies and leaves the rest unverifiable.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from decimal import Decimal

from analyzer.claims.metric import crossing_words
from analyzer.extract.numbers import plain_decimal
from analyzer.normalize.convert import both_scripts
from analyzer.types import Verdict, VerdictStatus
from analyzer.verify.calendars import calendar_for
from analyzer.verify.checkers.prices import INDEX_POINT_UNITS, check_price_change, is_price, refuse_points_on_stock
from analyzer.verify.lookup import Point, value_at
from analyzer.verify.readings import readings
from analyzer.verify.registry import (
    CheckContext,
    Unverifiable,
    across_providers,
    lacking,
    made_unverifiable,
    obs,
    quantize,
    register_checker,
    stood_in,
    store_id,
)
from analyzer.verify.series import Series
from analyzer.verify.tolerance import display_quantum

HUNDRED = Decimal(100)
#: how far before the figure a threshold word may end (the metric's max_gap in metrics.yaml is 2)
CROSSING_REACH = 4
#: how far before a threshold word a denying or conditional word (未, 若) is read
UNSAID_REACH = 8
CLAUSE_MARKS = ",，;；:：。!！?？"


def session_day(ctx: CheckContext) -> dt.date:
    p = ctx.claim.period
    if p is None or p.end is None:
        raise Unverifiable("the text gives no date for this figure", cause="no_period")
    if p.start is not None and p.start != p.end:
        raise Unverifiable(f"the figure covers {p.start} → {p.end}, not one session", cause="period_mismatch")
    return p.end


def _verdict(
    ctx: CheckContext,
    checker: str,
    status: VerdictStatus,
    computed: Decimal,
    method: str,
    reason: str,
    data: list[str],
    points: Sequence[Point] = (),
) -> Verdict:
    """A verdict read on the day's bars; ``points``: looked-up values it is computed from (registry.stood_in)."""
    computed = quantize(computed, display_quantum(ctx.claim, ctx.mention))
    verdict = Verdict(
        claim_id=ctx.claim.id,
        status=status,
        checker=checker,
        expected=ctx.claim.value,
        computed=computed,
        difference=None if ctx.claim.value is None else computed - ctx.claim.value,
        tolerance=ctx.tolerance() if ctx.claim.value is not None else None,
        method=method,
        reason=reason,
        data=tuple(data),
    )
    return stood_in(verdict, points)


class Bars:
    """One provider's close on a day with its high, low and previous close when it holds them."""

    def __init__(self, ctx: CheckContext, close_series: Series, day: dt.date) -> None:
        store = ctx.require_store()
        cal = calendar_for(close_series.instrument)
        if cal is not None and cal.covers(day) and not cal.is_session(day):
            raise Unverifiable(f"{day} is not a trading day on {cal.name}", cause="no_observation")
        close = close_series.on(day)
        if close is None:
            raise Unverifiable(
                f"{close_series.title} has no close on {day} ({close_series.describe_range()})",
                **lacking(close_series, day),  # type: ignore[arg-type]
            )
        self.series = close_series
        self.day = day
        self.close = close
        self.data = [obs(close_series, day, close)]
        self.high = self._field(store, "high")
        self.low = self._field(store, "low")
        self._ctx = ctx
        #: the values looked up beyond the day's own bars (the previous close)
        self.points: list[Point] = []

    def _field(self, store: object, name: str) -> Decimal | None:
        other = store.series(self.series.instrument, name, self.series.provider)  # type: ignore[attr-defined]
        value = other.on(self.day) if other is not None else None
        if value is not None:
            self.data.append(obs(other, self.day, value))
        return value

    def previous_close(self) -> tuple[dt.date, Decimal]:
        cal = calendar_for(self.series.instrument)
        point = value_at(self.series, cal, self.day, before=True, max_gap_days=self._ctx.options.max_gap_days)
        self.data.insert(0, obs(self.series, point.date, point.value))
        self.points.append(point)
        return point.date, point.value


def closes(ctx: CheckContext, method: str) -> list[Series]:
    """Every provider's daily closes of the claim's subject (its failure said with ``method``)."""
    return ctx.series_for("close", method)[0]


def _crossing(ctx: CheckContext) -> tuple[str, str] | None:
    """(how, word) of the threshold word written just before the figure (失守 → down)."""
    text = ctx.result.text
    before = text[max(ctx.claim.sentence.start, ctx.claim.span.start - CROSSING_REACH - 4) : ctx.claim.span.start]
    best: tuple[int, int, str, str] | None = None
    for word, how in crossing_words().items():
        at = before.rfind(word)
        if at < 0 or len(before) - (at + len(word)) > CROSSING_REACH:
            continue
        key = (at + len(word), len(word), how, word)
        if best is None or key[:2] > best[:2]:
            best = key
    if best is None:
        return None
    start = max(ctx.claim.sentence.start, ctx.claim.span.start - CROSSING_REACH - 4) + best[0] - best[1]
    lead = text[max(ctx.claim.sentence.start, start - UNSAID_REACH) : start]
    lead = lead[max(lead.rfind(m) for m in CLAUSE_MARKS) + 1 :]  # within the threshold's own clause
    unsaid = next((w for w in both_scripts(readings().unsaid) if w in lead), None)
    if unsaid is not None:
        raise Unverifiable(
            f"「{unsaid}」 before 「{best[3]}」: the text does not state that the level was crossed",
            cause="not_crossed",
        )
    return best[2], best[3]


#: a crossing's side: the day's extreme it is read on, whether a value lies beyond the level, the words
#: for a value beyond it and not, and the verb for the extreme reaching it
_SIDES: dict[str, tuple[str, Callable[[Decimal, Decimal], bool], tuple[str, str], str]] = {
    "down": ("low", lambda value, level: value < level, ("below", "not below"), "fell below"),
    "up": ("high", lambda value, level: value >= level, ("at or above", "below"), "reached"),
}


@register_checker("threshold", span="session", intraday=True)
def check_threshold(ctx: CheckContext) -> Verdict:
    """失守/跌穿 N: the day's low below N; 突破/重上 N: its high at or above N; 守住/站稳 N: its close at or
    above N. Contradicted only when the bars show the level was never reached that way; with closes only
    (or for a rate), only what the close implies is confirmed."""
    found = _crossing(ctx)
    if found is None or found[0] == "near":
        raise Unverifiable(
            "the text does not say the level was crossed or held (逼近: neared), so no bar can confirm it",
            cause="not_crossed",
        )
    how, word = found
    level = ctx.claim.value
    if level is None:
        raise Unverifiable("the level is not a single number", cause="bound")
    day = session_day(ctx)
    if ctx.claim.unit == "%":
        return _rate_threshold(ctx, how, word, level, day)
    method = f"「{word}{plain_decimal(level)}」 against the day's bars on {day}"
    refuse_points_on_stock(ctx, method)
    if ctx.claim.unit not in INDEX_POINT_UNITS and not is_price(ctx):
        # a turnover, an exchange rate or a price of a stock the registry does not know through a round figure:
        # no checker reads those against bars (the store holds an index's bars in points, a stock's in its
        # trading currency)
        raise Unverifiable("only an index level in points is checked against the day's bars", cause="no_checker")

    def on(series: Series) -> Verdict:
        bars = Bars(ctx, series, day)
        ok = VerdictStatus.SUPPORTED
        side = _SIDES.get(how)
        if side is not None:
            field, beyond, (yes, no), verb = side
            extreme = getattr(bars, field)
            if extreme is not None:
                status = ok if beyond(extreme, level) else VerdictStatus.CONTRADICTED
                return _verdict(
                    ctx,
                    "threshold",
                    status,
                    extreme,
                    f"{series.title}: the day's {field} against {level}",
                    f"the day's {field} {plain_decimal(extreme)} is {yes if status is ok else no} "
                    f"{plain_decimal(level)}",
                    bars.data,
                )
            if beyond(bars.close, level):
                return _verdict(
                    ctx,
                    "threshold",
                    ok,
                    bars.close,
                    f"{series.title}: the close against {level}",
                    f"the close {plain_decimal(bars.close)} is {yes} {plain_decimal(level)}, so the day's {field} "
                    "was too",
                    bars.data,
                )
            raise Unverifiable(
                f"{series.title} holds closes only; the close {plain_decimal(bars.close)} does not "
                f"show whether the day's {field} {verb} the level",
                cause="no_series",
                missing=(series.instrument, field),
            )
        status = ok if bars.close >= level else VerdictStatus.CONTRADICTED
        return _verdict(
            ctx,
            "threshold",
            status,
            bars.close,
            f"{series.title}: the close against {level}",
            f"the close {plain_decimal(bars.close)} is {'at or above' if status is ok else 'below'} "
            f"{plain_decimal(level)}",
            bars.data,
        )

    return across_providers(ctx, closes(ctx, method), on, method)


def _rate_threshold(ctx: CheckContext, how: str, word: str, level: Decimal, day: dt.date) -> Verdict:
    """A rate through a level (收益率跌破2%): the day's value beyond it is supported; otherwise unverifiable
    (a traded yield may cross it during the day, or be another bond's)."""
    method = f"「{word}{plain_decimal(level)}%」 against the rate on {day}"
    found: list[Series] = []
    for name in readings().levels.get("yield", ()):
        try:
            found = ctx.subject_series_all(name)[0]
            break
        except Unverifiable:
            continue
    if not found:
        raise Unverifiable("the market store has no series of this rate", method=method, cause="no_series")

    def on(series: Series) -> Verdict:
        value = series.on(day)
        if value is None:
            raise Unverifiable(f"{series.title} has no value on {day}", **lacking(series, day))  # type: ignore[arg-type]
        beyond = value < level if how == "down" else value >= level
        if not beyond:
            raise Unverifiable(
                f"{series.title} is {plain_decimal(value)} on {day}: a traded yield may have crossed the level during "
                "the day, so it is not called wrong",
                cause="intraday",
            )
        return _verdict(
            ctx,
            "threshold",
            VerdictStatus.SUPPORTED,
            value,
            f"{series.title} on {day} against {level}",
            f"{plain_decimal(value)} is {'below' if how == 'down' else 'at or above'} {plain_decimal(level)}",
            [obs(series, day, value)],
        )

    return across_providers(ctx, found, on, method)


def _extreme(ctx: CheckContext, checker: str, pick: Callable[[Bars], Decimal | None], higher: bool) -> Verdict:
    """A stated high (``higher``) or low against the day's: equal is supported, beyond it contradicted
    (never reached), short of it unverifiable (the extreme up to the time of writing)."""
    day = session_day(ctx)
    stated = ctx.value()
    what = "high" if higher else "low"
    method = f"the day's {what} on {day}"

    def on(series: Series) -> Verdict:
        bars = Bars(ctx, series, day)
        extreme = pick(bars)
        if extreme is None:
            raise Unverifiable(
                f"{series.title}: the store holds no daily {what}s of this provider",
                cause="no_series",
                missing=(series.instrument, what),
            )
        tol = ctx.tolerance()
        how = f"{series.title}: the day's {what}"
        if abs(extreme - stated) <= tol or ctx.written_down(extreme):
            return _verdict(ctx, checker, VerdictStatus.SUPPORTED, extreme, how, "", bars.data)
        beyond = stated > extreme if higher else stated < extreme
        if beyond and not ctx.is_bound:
            return _verdict(
                ctx,
                checker,
                VerdictStatus.CONTRADICTED,
                extreme,
                how,
                f"the index never reached {plain_decimal(stated)} that day (its {what} was {plain_decimal(extreme)})",
                bars.data,
            )
        return _verdict(
            ctx,
            checker,
            VerdictStatus.UNVERIFIABLE,
            extreme,
            how,
            f"the day's {what} was {plain_decimal(extreme)}; a figure written during the session may be the "
            f"{what} up to then",
            bars.data,
        )

    return across_providers(ctx, closes(ctx, method), on, method)


@register_checker("intraday_high", span="session", intraday=True)
def check_intraday_high(ctx: CheckContext) -> Verdict:
    """A stated high (高見/最高见 N点) against the day's high."""
    return _extreme(ctx, "intraday_high", lambda b: b.high, higher=True)


@register_checker("intraday_low", span="session", intraday=True)
def check_intraday_low(ctx: CheckContext) -> Verdict:
    """A stated low (低見/最低见 N点) against the day's low."""
    return _extreme(ctx, "intraday_low", lambda b: b.low, higher=False)


@register_checker("intraday_move", span="session", intraday=True)
def check_intraday_move(ctx: CheckContext) -> Verdict:
    """The session's excursion (一度跌逾N點, 盘中一度涨3%): the day's low (a fall) or high (a rise) against
    the previous close, in points or %. A deeper excursion than the bars show is contradicted; a smaller one
    may be the excursion so far (unverifiable); 逾 (at least) is judged as a bound."""
    stated = ctx.value()
    if stated == 0:
        raise Unverifiable("an excursion of zero says nothing about the day's extreme")
    day = session_day(ctx)
    down = stated < 0
    pct = ctx.claim.unit == "%"
    method = f"the day's {'low' if down else 'high'} against the previous close on {day}"

    def on(series: Series) -> Verdict:
        bars = Bars(ctx, series, day)
        extreme = bars.low if down else bars.high
        if extreme is None:
            raise Unverifiable(
                f"{series.title}: the store holds no daily highs and lows of this provider",
                cause="no_series",
                missing=(series.instrument, "low" if down else "high"),
            )
        prev_day, prev = bars.previous_close()
        computed = (extreme / prev - 1) * HUNDRED if pct else extreme - prev
        how = (
            f"{series.title}: {day} {'low' if down else 'high'} {plain_decimal(extreme)} "
            f"{'/' if pct else '−'} {prev_day} close {plain_decimal(prev)}" + (" − 1" if pct else "")
        )
        tol = ctx.tolerance()
        if ctx.is_bound:
            # a bound on the size of the excursion (跌逾300点: at least 300 down), in the stated direction
            q = ctx.qualifier
            size, reached = abs(stated), abs(computed) if (computed < 0) == down else Decimal(0)
            inside = reached >= size - tol if q is None or q[0] == "at_least" else reached <= size + tol
            status = VerdictStatus.SUPPORTED if inside else VerdictStatus.UNVERIFIABLE
            note = "" if inside else "outside the stated bound; a bound written during the session is not contradicted"
            return _verdict(ctx, "intraday_move", status, computed, how, note, bars.data, bars.points)
        if abs(computed - stated) <= tol or ctx.written_down(computed):
            return _verdict(ctx, "intraday_move", VerdictStatus.SUPPORTED, computed, how, "", bars.data)
        if abs(stated) > abs(computed) + tol and (computed < 0) == down and not ctx.cut_gap(computed):
            return _verdict(
                ctx,
                "intraday_move",
                VerdictStatus.CONTRADICTED,
                computed,
                how,
                "the bars show no excursion that far that day",
                bars.data,
                bars.points,
            )
        return _verdict(
            ctx,
            "intraday_move",
            VerdictStatus.UNVERIFIABLE,
            computed,
            how,
            "the day's excursion differs; a figure written during the session may be the excursion so far",
            bars.data,
        )

    return across_providers(ctx, closes(ctx, method), on, method)


def turnover_market(ctx: CheckContext, method: str) -> str:
    """The store id of the market whose turnover the claim states; unverifiable when the text names none
    or names a scope the store does not hold (沪深京: Beijing included, the store holds Shanghai + Shenzhen)."""
    subject = ctx.claim.subject
    sid = store_id(subject) if subject is not None else None
    if subject is None or sid is None:
        raise Unverifiable(
            "the text does not say which market's turnover the figure is", method=method, cause="no_subject"
        )
    if any(w in subject.alias for w in readings().with_beijing) and sid in ("cn_two_markets", "a_shares"):
        raise Unverifiable(
            f"「{subject.alias}」 includes the Beijing exchange; the store holds Shanghai + Shenzhen only",
            method=method,
            cause="no_series",
        )
    return sid


def unsure_scope(ctx: CheckContext, sid: str, verdict: Verdict) -> Verdict:
    """A contradiction of a market whose words may include Beijing (A股, 两市 in some houses) is no
    contradiction: the store's Shanghai + Shenzhen sum leaves Beijing out."""
    if verdict.status is not VerdictStatus.CONTRADICTED or sid not in readings().scope_unsure:
        return verdict
    alias = ctx.claim.subject.alias if ctx.claim.subject is not None else sid
    return made_unverifiable(
        verdict,
        f"「{alias}」 may include the Beijing exchange, which the Shanghai + Shenzhen sum leaves out, so it is "
        "not called wrong",
    )


@register_checker("turnover", span="session")
def check_turnover(ctx: CheckContext) -> Verdict:
    """A session's turnover (成交额) of an index's market (上证指数, 沪市: the Shanghai market's, as the
    exchange reports it with the index) or of Shanghai and Shenzhen together (沪深两市), in yuan."""
    day = session_day(ctx)
    method = f"turnover on {day}"
    sid = turnover_market(ctx, method)
    if ctx.claim.currency not in (None, "CNY"):
        # a Hong Kong or Taiwan market's turnover (港元, 新台币): the store has no turnover series of those markets
        raise Unverifiable(
            f"the figure is in {ctx.claim.currency}; the store holds turnover in yuan (mainland markets) only",
            method=method,
            cause="no_series",
            missing=(sid, "turnover"),
        )
    target = readings().turnover_of.get(sid, sid)
    series = ctx.require_store().all_series(target, "turnover")
    if not series:
        raise Unverifiable(
            f"the market store has no daily turnover for {sid}",
            method=method,
            cause="no_series",
            missing=(sid, "turnover"),
        )

    def on(s: Series) -> Verdict:
        value = s.on(day)
        if value is None:
            raise Unverifiable(
                f"{s.title} has no turnover on {day} ({s.describe_range()})", **lacking(s, day)  # type: ignore[arg-type]
            )
        return ctx.judge("turnover", value, f"{s.title} on {day}", data=[obs(s, day, value)])

    verdict = across_providers(ctx, series, on, method)
    if target != sid:
        verdict = verdict.model_copy(
            update={"reason": "; ".join(r for r in (f"{sid}'s turnover read as {target}'s", verdict.reason) if r)}
        )
    so_far = not any(w in ctx.sentence() for w in both_scripts(readings().day_total))
    stated = ctx.claim.value
    computed = verdict.computed
    if verdict.status is VerdictStatus.CONTRADICTED and so_far and None not in (stated, computed) and stated < computed:
        verdict = made_unverifiable(
            verdict,
            "below the day's total and the sentence does not say it is the day's (全天, 收盘): it may be the "
            "turnover so far",
            cause=None,
        )
    return unsure_scope(ctx, sid, verdict)


@register_checker("change_amount", span="session")
def check_turnover_change(ctx: CheckContext) -> Verdict:
    """A market's turnover against the previous session's (两市成交额较上个交易日放量1222亿): the day's
    turnover minus the previous session's, in yuan, on each provider's turnover. Contradicted only when the
    sentence says the comparison is with the previous session and the turnover is the day's (全天, 收盘);
    otherwise it may be against another day or the turnover so far, so it is never called wrong. A registry
    stock's change in its trading currency (上涨16元) is its price's instead (prices.check_price_change)."""
    day = session_day(ctx)
    if is_price(ctx):
        return check_price_change(ctx)
    method = f"turnover on {day} minus the previous session's"
    subject = ctx.claim.subject
    sid = store_id(subject) if subject is not None else None
    if sid is None or ctx.claim.currency not in ("CNY",):
        raise Unverifiable(
            "only a change of a market's turnover in yuan is checked (a price change in money is not)",
            method=method,
            cause="no_checker",
        )
    target = readings().turnover_of.get(sid, sid)
    series = ctx.require_store().all_series(target, "turnover")
    if not series:
        raise Unverifiable(
            f"the market store has no daily turnover for {sid}, so a change of it is not checked",
            method=method,
            cause="no_checker",
        )

    def on(s: Series) -> Verdict:
        value = s.on(day)
        if value is None:
            raise Unverifiable(
                f"{s.title} has no turnover on {day} ({s.describe_range()})", **lacking(s, day)  # type: ignore[arg-type]
            )
        prev = value_at(s, calendar_for(s.instrument), day, before=True, max_gap_days=ctx.options.max_gap_days)
        how = f"{s.title}: {day} {plain_decimal(value)} − {prev.date} {plain_decimal(prev.value)}"
        data = [obs(s, prev.date, prev.value), obs(s, day, value)]
        return ctx.judge("change_amount", value - prev.value, how, data=data, points=(prev,))

    verdict = across_providers(ctx, series, on, method)
    sentence = ctx.sentence()
    previous = [w for w in both_scripts(readings().previous_session) if w in sentence]
    rest = sentence
    for w in previous:
        rest = rest.replace(w, "")  # 较昨日 names the base, not the day: the day's total must be said apart
    said = bool(previous) and any(w in rest for w in both_scripts(readings().day_total))
    if verdict.status is VerdictStatus.CONTRADICTED and (not said or sid in readings().scope_unsure):
        verdict = made_unverifiable(
            verdict,
            "the sentence does not say the change is the day's total against the previous session "
            "(全天 … 较上个交易日), or the market may include Beijing, so it is not called wrong",
        )
    return verdict

