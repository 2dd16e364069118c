"""Claim assembly: every numeric mention becomes a Claim (subject, metric, signed value, period,
source note, how each was decided) or an ``Unattributed`` record saying why not.

Everything here works in normalized-text offsets on the punctuation-folded text
(``sentences.fold_punct``) and maps to the original text at the end. Each concern is found once
per document (cue words, names, time words, notes) and looked up by bisect, so assembly is linear
in the text. For each value, in order:

  metric   ``metric.MetricReader``: an after cue, the nearest before cue, else the list it continues;
           direction words sign it, relation words give its basis, forecast cues mark it;
  subject  the item of a 分别 list it pairs with (``pairing``); a name in its clause before it; the
           clause's leading words (a surface name, or a clause parallel to the one before); the head
           of the sentence's topic chain (``topic_chain``); the subject named earlier in the
           sentence; a name after it in its clause; the item headline's topic; the subject carried
           over on the same line (uncertain);
  period   a since-inception metric's own period; the amounts a growth compares; the period before
           the figure it follows for a previous value (前值, ``clause_time``); time words beside
           the value; the list's time words; the figure a change describes; the sentence's anchor;
           the data-source note; a period carried over on the line (uncertain); the item's date
           for session figures and the as-of date for levels (uncertain);
  source   the first data-source note after the value in the same section.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import NamedTuple

from analyzer.claims.bullets import heading_end
from analyzer.claims.certainty import (
    no_basis,
    uncertain,
)
from analyzer.claims.currency import company_currency
from analyzer.claims.document import LABEL_KINDS, NUMERIC_KINDS, Doc
from analyzer.claims.draft import Draft, State, enter
from analyzer.claims.metric_rules import bare_amount, basis_written, decide_metric, no_metric_reason
from analyzer.claims.metric_steps import (
    amount_compared,
    basis_before,
    cues_forecast,
    growth_moved,
    growth_refs,
    moves_to_level,
    ratio_moved,
    subject_currency,
)
from analyzer.claims.per_lot import per_share, shares_per_lot
from analyzer.claims.period_reading import week_word
from analyzer.claims.period_rules import decide_period
from analyzer.claims.reading import traded_before
from analyzer.claims.records import source_note, to_claim
from analyzer.claims.subject_rules import decide_subject, shared_by_list
from analyzer.claims.vocabulary import both_scripts
from analyzer.extract.base import Hit
from analyzer.normalize import Normalized
from analyzer.segment import TokenBoundaries
from analyzer.structure.model import DocumentStructure
from analyzer.types import Claim, Mention, MentionKind, SourceNote, Unattributed


class Assembly(NamedTuple):
    """What the claims stage returns: claims, the document's source notes, unattributed mentions."""

    claims: list[Claim]
    notes: list[SourceNote]
    unattributed: list[Unattributed]


def assemble_claims(
    original: str,
    normalized: Normalized,
    hits: Sequence[Hit],
    mentions: Sequence[Mention],
    as_of: dt.date | None,
    tokens: TokenBoundaries | None = None,
    structure: DocumentStructure | None = None,
) -> Assembly:
    """Claims for every value mention that states a known metric, the document's source notes, and
    every numeric mention that became no claim with the reason (``Assembly``, a 3-tuple).

    ``structure`` is the structure stage's reading of the document (built here when not given).

    With ``tokens``, a short alias (南向, 美团) counts only where it is a whole word (not 美团队)."""
    doc = Doc(original, normalized, hits, mentions, as_of, tokens, structure)
    notes = [source_note(doc, i, note) for i, note in enumerate(doc.notes)]
    state = State()
    unattributed: list[Unattributed] = []
    for hit, mention in doc.pairs:
        if hit.kind not in NUMERIC_KINDS and hit.kind not in LABEL_KINDS:
            continue
        reason = doc.skip_reason(hit)
        if reason is None:
            enter(doc, state, hit)
            draft = _draft(doc, hit, mention, state, notes)
            if draft is None:
                reason = no_metric_reason(doc, hit)
            else:
                for each in (*shared_by_list(doc, draft), draft):
                    each.id = f"c{len(state.drafts) + 1}"
                    state.drafts.append(each)
                    state.sentence.append(each)
                    state.by_id[each.id] = each
            state.prev_value_end = hit.end
            state.prev_kind_end[hit.kind.value] = hit.end
        if reason is not None:
            unattributed.append(
                Unattributed(mention_id=mention.id, text=mention.text, span=mention.span, reason=reason)
            )
    claims = [to_claim(doc, d, notes) for d in state.drafts]
    return Assembly(claims, notes, unattributed)


def _draft(doc: Doc, hit: Hit, mention: Mention, state: State, notes: list[SourceNote]) -> Draft | None:
    decision = decide_metric(doc, hit, mention, state)
    if decision is None:
        return None
    s_start, s_end = doc.sentences.span_at(hit.start)
    c_start, _ = doc.sentences.clause_at(hit.start)
    cues = doc.metrics.cues(decision.value) if decision.value in doc.metrics.vocab.metrics else None
    draft = Draft(hit=hit, mention=mention, metric=decision.value, value=mention.value)
    metric_how = [decision.how]
    draft.rules["metric"] = decision.rule
    lo = max(c_start, state.prev_value_end)
    averaged = doc.metrics.vocab.daily_average.metrics.get(draft.metric)
    daily = doc.metrics.daily.last_before(hit.start, lo) if averaged else None
    if averaged and daily is not None:
        metric_how.append(f"a daily average (「{daily.word}」)")
        draft.metric = averaged
        cues = doc.metrics.cues(averaged)
    amount = hit.kind == MentionKind.MONEY or bare_amount(doc, hit, mention)
    if amount and cues is not None and not cues.change:
        moved = doc.metrics.amount_change(hit.start, lo)
        if moved is not None:
            # 较上周增加0.58万亿元: by how much the amount changed, not the amount
            metric_how.append(f"a change of the {draft.metric} (「{moved.word}」 after a comparison)")
            draft.metric = "change_amount"
            cues = doc.metrics.cues(draft.metric)
    lot = shares_per_lot(doc.text, c_start, hit.start) if draft.metric == "dps" and draft.value is not None else None
    if lot is not None and draft.value is not None:
        draft.value = per_share(draft.value, lot)  # 每10股派5元: 0.5元 a share
        metric_how.append(f"per share: the amount paid per {lot} shares divided by {lot}")
    if cues is not None:
        negative = doc.metrics.negative(draft.metric, hit.start, c_start, state.prev_value_end, decision.cue)
        if negative and draft.value is not None and draft.value > 0:
            draft.value = -draft.value
            metric_how.append(f"negative after 「{negative}」")
        elif negative and cues.change and mention.low is not None and mention.low >= 0:
            draft.negated_range = True  # 跌1%至近4%: a fall of 1 % to 4 %, the range −4 … −1
            metric_how.append(f"negative after 「{negative}」")
        draft.basis = cues.basis
        if cues.change:
            relation = doc.metrics.relation(hit.start, lo)
            if relation is None and lo == c_start and not state.sentence:
                # 与对上一季比较,商品出口货值上升5.7%: a comparison that opens the sentence, before any figure
                relation = doc.metrics.relation(c_start, s_start)
            if relation is not None:
                draft.basis = doc.metrics.basis_of(relation)
                renamed = doc.metrics.vocab.relation_metrics.get(draft.basis)
                if renamed and draft.metric in ("growth", "return"):
                    draft.metric = renamed
                metric_how.append(f"basis {draft.basis} from 「{relation.word}」")
            else:
                carried = basis_before(doc, draft, decision, state, c_start)
                if carried is not None:
                    draft.basis, draft.metric, draft.basis_carried = carried.basis, carried.metric, True
                    metric_how.insert(0, uncertain(f"the basis of the {carried.metric} before it in the sentence"))
            draft.refs = growth_refs(doc, hit, state.sentence)
            if draft.refs:
                draft.basis = "ref"
                metric_how.append("compares the two amounts before it")
        draft.forecast = cues.forecast
        if cues.change and cues.family == "change" and (mention.unit in ("pp", "bp") or moves_to_level(doc, hit)):
            ratio_how = ratio_moved(doc, draft, state, c_start)
            if ratio_how is not None:
                metric_how.append(ratio_how)
                draft.basis = draft.basis or cues.basis
                draft.metric = "ratio_change"
                cues = doc.metrics.cues(draft.metric)
            else:
                growth_how = growth_moved(doc, draft, state, c_start)
                if growth_how is not None:
                    metric_how.append(growth_how)
                    draft.metric = "growth_change"
                    cues = doc.metrics.cues(draft.metric)
        last = state.sentence[-1] if state.sentence else None
        if (
            draft.metric == "return"
            and mention.unit == "%"
            and last is not None
            and last.metric == "change_amount"
            and not any(d.metric == "close" for d in state.sentence)  # 收795元,涨13元,涨幅1.66%: a price's move
        ):
            # 较9月末上升105亿美元,升幅0.3%: the same change of the amount, in %; no price's return
            metric_how.append("the change of the amount before it, in %")
            draft.metric = "growth"
        if draft.metric in ("return", "growth") and draft.basis is None:
            beside = doc.times_between(lo, hit.start)
            session = doc.session_word(s_start, s_end)
            if (
                session is None
                and not doc.times_between(s_start, hit.start)
                and traded_before(doc, draft, (s_start, c_start), hit.start, bool(state.sentence))
            ):
                session = doc.item_session_word(hit.start)
            if session is None and any(d.metric == "close" for d in state.sentence):
                session = "a close earlier in the sentence"  # 台积电收910元,涨15元,涨幅1.68%
            week = week_word(doc, hit.start, lo, s_start)
            if week is not None:
                draft.week = True  # 周涨5.51%: the week's return, dated by the week that ends at its anchor
                metric_how.append(f"a week's move (「{week}」)")
            elif (
                session is not None
                and all(t.kind == MentionKind.DATE for t in beside)
                and not amount_compared(doc, hit.start, lo, last)
            ):
                draft.metric = "change_pct"
                metric_how.append(f"the session's change ({session})")
        elif draft.metric == "change_points":
            week = week_word(doc, hit.start, lo, s_start)
            if week is not None:
                draft.week = True  # 本周累计升1400点: the week's move in points
                metric_how.append(f"a week's move (「{week}」)")
        named = doc.names.between(s_start, hit.start)  # a name after the qualifier starts another subject's figures
        floor = max(s_start, named[-1].start) if named else s_start
        qualified = doc.metrics.qualified(draft.metric, hit.start, floor, state.prev_value_end)
        if qualified is not None:  # 一度跌7%, 半日跌0.5%: during the session, never its change
            target, word, intraday = qualified
            if intraday:
                draft.intraday = True
                metric_how.append(f"{target} read during the session (「{word}」 before it), not the close")
            else:
                metric_how.append(f"{target} (「{word}」 before it)")
            draft.metric = target
    # a forecast cue covers the figures after it up to the next figure that is not one (预计营收…,净利润…)
    # (not from a bullet heading before the figure: 「■…有望恢复:2020年度,…收入13.28亿元」 is no forecast)
    forecast_floor = max(s_start, state.prev_value_end)
    forecast_cue = doc.metrics.forecast_cue(hit.start, heading_end(doc.text, forecast_floor, hit.start))
    if (
        forecast_cue is not None
        and decision.cue is not None
        and decision.cue.start <= forecast_cue.start < decision.cue.end
    ):
        forecast_cue = None  # part of the metric's own name (预期信贷损失), not a forecast
    previous = state.sentence[-1] if state.sentence else None
    if hit.kind in LABEL_KINDS:
        pass  # a rating or a code is no forecast (预期风险和预期收益 describes the fund type)
    elif forecast_cue is not None:
        draft.forecast, draft.forecast_cue = True, forecast_cue.word
    elif previous is not None and previous.forecast_cue:
        draft.forecast, draft.forecast_cue = True, previous.forecast_cue
    if draft.forecast_cue and not cues_forecast(cues):
        # 下修半导体展望…台股终场大跌774点: a session's figure after the outlook word is a fact reported
        said = doc.metrics.forecast_cue(hit.start, s_start)
        closed = doc.metrics.in_session(said.end, hit.start) if said is not None else None
        if closed is not None:
            draft.forecast, draft.forecast_cue = False, None
            metric_how.append(f"no forecast: a session's figure (「{closed.word}」 after 「{said.word}」)")
    if draft.forecast_cue:
        metric_how.append(f"forecast (「{draft.forecast_cue}」)")
    decide_subject(doc, draft, state)
    if draft.subject is not None:
        overrides = doc.metrics.vocab.subject_kind_overrides.get(draft.subject.kind, {})
        compared = (
            doc.metrics.comparison_before(hit.start, s_start)
            if draft.basis is None and overrides.get(draft.metric) in doc.metrics.vocab.relation_metrics.values()
            else None
        )
        if compared is not None and draft.metric in overrides:
            # 较9月末下降553亿美元,降幅1.67%: the base is stated (9月末), so no default basis applies
            default = overrides[draft.metric]
            metric_how.append(f"a change against the base after 「{compared}」, not the {default} default")
        elif draft.metric in overrides:
            metric_how.append(f"{draft.metric} of a {draft.subject.kind} is {overrides[draft.metric]}")
            draft.metric = overrides[draft.metric]
            if draft.metric == "yield":
                draft.basis = None
                if mention.unit in ("pp", "bp"):
                    draft.metric = "yield_change"  # 下行2.3bp: a move of the rate, signed above
                else:
                    draft.value = mention.value  # the rate's level, as stated (至2.09%)
    if draft.basis is None and draft.metric in doc.metrics.vocab.metrics:
        draft.basis = doc.metrics.cues(draft.metric).basis  # growth_yoy is year on year
    draft.currency = mention.currency
    if mention.currency is None and amount:
        market = doc.market_currency(hit.start)
        if market is not None:
            draft.currency = market[0]
            words = f"an amount in 「{mention.magnitude}」 naming no currency: {market[0]} of 「{market[1]}」"
            metric_how.append(words)
    if cues is not None and cues.market_currency and mention.currency:
        explicit = both_scripts(doc.metrics.vocab.explicit_currency)
        market = subject_currency(draft) or doc.market_currency(hit.start)
        if market is not None and not any(w in mention.text for w in explicit) and market[0] != mention.currency:
            draft.currency = market[0]
            metric_how.append(f"currency {market[0]} from 「{market[1]}」 (the amount names none)")
    series = subject_currency(draft) if draft.subject is not None and draft.subject.kind == "macro" else None
    explicit = both_scripts(doc.metrics.vocab.explicit_currency)
    if (
        series is not None
        and mention.currency
        and series[0] != mention.currency
        and not any(w in mention.text for w in explicit)
    ):
        # 进口货值为4,295亿元 in a Hong Kong release: the series' own currency (the amount names none)
        draft.currency = series[0]
        metric_how.append(f"currency {series[0]} of the series {series[1]} (the amount names none)")
    if cues is not None and cues.company_currency and mention.currency:
        explicit = both_scripts(doc.metrics.vocab.explicit_currency)
        named = draft.subject_named
        name_end = draft.subject.span.end if draft.subject and draft.subject.span else None
        if name_end is None and named is not None:
            name_end = doc.span(named.start, named.end).end
        listed = company_currency(draft.subject, doc.original, name_end, doc.market_currency(hit.start))
        if listed is not None and not any(w in mention.text for w in explicit) and listed[0] != mention.currency:
            draft.currency = listed[0]
            metric_how.append(f"currency {listed[0]}: {listed[1]} (the amount names none)")
    if draft.metric == "growth" and draft.basis is None and not draft.refs:
        metric_how[0] = no_basis(metric_how[0])  # 净利润增速为2.0%: against what is not said
    elif (
        decision.cue is not None
        and decision.value in doc.metrics.vocab.relation_metrics.values()
        and not draft.refs
        and not basis_written(doc, decision, hit, lo)
    ):
        # 净利润增速为3.1%: a cue of year-on-year growth that writes no basis (the convention of results)
        metric_how[0] = no_basis(metric_how[0])
    draft.decided["metric"] = "; ".join(metric_how)  # starts with "uncertain: " when the decision did
    decide_period(doc, draft, state, notes)
    return draft
