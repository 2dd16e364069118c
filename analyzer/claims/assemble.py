"""Claim assembly: every numeric mention becomes a Claim (subject, metric, signed value, period,
source note, how each was decided) or an ``Unattributed`` record saying why not.

Everything here works in normalized-text offsets on the punctuation-folded text
(``normalize.width.fold_punct``) and maps to the original text at the end. Each concern is found once
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

from analyzer.claims.certainty import read_elsewhere
from analyzer.claims.document import LABEL_KINDS, NUMERIC_KINDS, Doc
from analyzer.claims.draft import Draft, State, enter
from analyzer.claims.metric_rules import bare_amount, decide_metric, no_metric_reason
from analyzer.claims.period_decide import decide_period
from analyzer.claims.records import source_note, to_claim
from analyzer.claims.restated import date_restated
from analyzer.claims.rules import draft_runner
from analyzer.claims.steps import DraftContext
from analyzer.claims.subject_rules import decide_subject, shared_by_list
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
                    state.add(each)
            state.prev_value_end = hit.end
            state.prev_kind_end[hit.kind.value] = hit.end
        if reason is not None:
            unattributed.append(
                Unattributed(mention_id=mention.id, text=mention.text, span=mention.span, reason=reason)
            )
    date_restated(doc, state.drafts)  # a headline's figure its body states again: the body's period
    claims = [to_claim(doc, d, notes) for d in state.drafts]
    doc.close()  # freed now by reference counting, not later by the cyclic collector
    return Assembly(claims, notes, unattributed)


def _draft(doc: Doc, hit: Hit, mention: Mention, state: State, notes: list[SourceNote]) -> Draft | None:
    """The figure at ``hit`` drafted by the steps of the ``draft`` table in order (the first decides its
    metric: no metric, no claim); None when no metric rule decides."""
    decision = decide_metric(doc, hit, mention, state)
    if decision is None:
        return None
    s_start, s_end = doc.sentences.span_at(hit.start)
    c_start, _ = doc.sentences.clause_at(hit.start)
    metric = decision.value
    draft = Draft(hit=hit, mention=mention, metric=metric, value=mention.value)
    draft.rules["metric"] = decision.rule
    ctx = DraftContext(
        doc=doc,
        state=state,
        notes=notes,
        draft=draft,
        decision=decision,
        cues=doc.metrics.cues(metric) if metric in doc.metrics.vocab.metrics else None,
        how=[decision.how],
        s_start=s_start,
        s_end=s_end,
        c_start=c_start,
        lo=max(c_start, state.prev_value_end),
        amount=hit.kind == MentionKind.MONEY or bare_amount(doc, hit, mention),
    )
    draft_runner(_decide_subject, _decide_period)(ctx)
    return draft


def _decide_subject(ctx: DraftContext) -> None:
    """The ``subject`` slot of a draft: its table of rules."""
    decide_subject(ctx.doc, ctx.draft, ctx.state)


def _decide_period(ctx: DraftContext) -> None:
    """The ``period`` slot, last: it reads (and may add to) how the metric was decided."""
    how = "; ".join(ctx.how)  # starts with "uncertain: " when the decision did
    ctx.draft.decided["metric"] = read_elsewhere(how) if ctx.elsewhere else how
    decide_period(ctx.doc, ctx.draft, ctx.state, ctx.notes)
