"""A part's share of a whole the text states beside it: the share against part / whole × 100.

A share names its whole in the words after 占 (占信息技术服务收入的16.8%). When the share follows an amount of its own
subject in its sentence (the part: 云计算服务收入887.7亿元，同比增长12.1%，占信息技术服务收入的16.8%, a growth or a
change in % may stand between them, no other amount) and a figure stated before the part, in the same sentence or in
one of the few sentences before it (``text_figures.whole_reach``), is of a subject those words name, in the part's
unit, currency and period and larger than the part, that figure is the whole. A bare 占比 names no words: its whole is
the one figure of the part's own metric, of another subject and no part with a share of its own, that the sentence
just before states (营收26.33亿元。功能性护肤品收入13.46亿元，占比51.15%); a sentence listing several such figures
(segments, not their total) gives none. part / whole × 100 is computed with each figure read as the interval its
digits allow (half a unit of its last digit, 约 widened, a bound binds nothing).

Agreement supports the share, the part and the whole, naming the three figures; a disagreement is
``text_inconsistent``, never a contradiction (the whole the words name may be another basis than the figure read).
"""

from __future__ import annotations

from dataclasses import dataclass

from analyzer.claims.vocabulary import both_scripts
from analyzer.extract.numbers import plain_decimal
from analyzer.types import Claim, DocumentResult, Verdict
from analyzer.verify.checkers.arithmetic import POINT_UNITS
from analyzer.verify.checkers.session_text import half_width, period_span
from analyzer.verify.checkers.share_ratio import whole_words
from analyzer.verify.checkers.text_figures import HUNDRED, figure_key, is_summed, text_verdict
from analyzer.verify.readings import readings
from analyzer.verify.registry import CheckContext, DocIndex

CHECKER = "text_stated_whole"


@dataclass(frozen=True, eq=False)  # one triple is one object (its claims are not hashed)
class Stated:
    """A share, the part it is the share of and the whole the text states for it."""

    share: Claim
    part: Claim
    whole: Claim


def _named_whole(result: DocumentResult, part: Claim, share: Claim) -> str | None:
    """The words after the last 占 between the part and its share ('' for a bare 占比), or None without 占."""
    gap = result.text[part.span.end : share.span.start]
    marks = [i for w in both_scripts(readings().text_figures.share_words) if (i := gap.rfind(w)) >= 0]
    return whole_words(gap[max(marks) :]) if marks else None


def _part_before(figures: list[Claim], i: int) -> Claim | None:
    """The amount of the share's subject just before figures[i] (a growth or a change in % may stand between)."""
    share = figures[i]
    words = readings().text_figures
    for c in reversed(figures[:i]):
        if c.unit in ("%", *POINT_UNITS):
            if c.metric in words.growths | words.rate_changes and figure_key(c) == figure_key(share):
                continue
            return None
        ok = figure_key(c) is not None and figure_key(c) == figure_key(share) and is_summed(c) and not c.intraday
        return c if ok else None
    return None


def _same_kind(c: Claim, part: Claim) -> bool:
    """Of the part's unit, currency and period, and larger than it."""
    same = (c.unit, c.currency, period_span(c)) == (part.unit, part.currency, period_span(part))
    return same and c.value is not None and part.value is not None and c.value > part.value


def _whole_for(part: Claim, named: str, earlier: list[Claim], before: list[Claim], parts: set[str]) -> Claim | None:
    """The nearest figure before the part whose subject the words name, of the part's kind; for a bare 占比 (no
    words) the one figure of the part's metric, of another subject and no part with a share of its own, that the
    sentence just before the part's (``before``) states."""
    if not named:
        totals = [
            c
            for c in before
            if c.metric == part.metric
            and figure_key(c) not in (None, figure_key(part))
            and c.id not in parts
            and (c.unit, c.currency, period_span(c)) == (part.unit, part.currency, period_span(part))
        ]
        return totals[0] if len(totals) == 1 and _same_kind(totals[0], part) else None
    for c in reversed(earlier):
        alias = c.subject.alias if c.subject is not None else ""
        if len(alias) >= 2 and alias in named and _same_kind(c, part):
            return c
    return None


def stated_wholes(result: DocumentResult, index: DocIndex) -> dict[str, Stated]:
    """Each share's, part's and whole's claim id → its triple, read once per document (one pass over its
    sentences, each looking back over the few before it)."""
    if "stated_wholes" in index.derived:
        return index.derived["stated_wholes"]  # type: ignore[return-value]
    shares, reach = readings().text_figures.shares, readings().text_figures.whole_reach
    found: dict[str, Stated] = {}
    recent: list[list[Claim]] = []
    parts: set[str] = set()  # the amounts stated with a share of their own, so far: a sibling part is no whole
    for start in sorted(index.by_sentence):
        figures = sorted((c for c in index.by_sentence[start] if c.value is not None), key=lambda c: c.span.start)
        pairs = [
            (share, part)
            for i, share in enumerate(figures)
            if share.metric in shares and share.unit == "%" and not share.intraday
            if (part := _part_before(figures, i)) is not None
        ]
        parts.update(part.id for _, part in pairs)
        for share, part in pairs:
            named = _named_whole(result, part, share)
            if named is None:
                continue
            earlier = [c for s in recent for c in s] + [c for c in figures if c.span.end <= part.span.start]
            whole = _whole_for(part, named, earlier, recent[-1] if recent else [], parts)
            if whole is not None:
                triple = Stated(share, part, whole)
                for c in (share, part, whole):
                    found.setdefault(c.id, triple)
        recent = [*recent, figures][-reach:] if reach else []
    index.derived["stated_wholes"] = found
    return found


def check_stated_whole(ctx: CheckContext) -> Verdict | None:
    """A share, its part or its whole: the share against part / whole × 100; None when the claim is none of a
    triple or a figure is a bound."""
    assert ctx.index is not None
    triple = stated_wholes(ctx.result, ctx.index).get(ctx.claim.id)
    if triple is None:
        return None
    share, part, whole = triple.share, triple.part, triple.whole
    widths = [half_width(ctx, c) for c in (share, part, whole)]
    if any(w is None for w in widths) or share.value is None or part.value is None or whole.value is None:
        return None
    hs, hp, hw = (w for w in widths if w is not None)
    if whole.value - hw <= 0:
        return None
    corners = [
        p / w * HUNDRED for p in (part.value - hp, part.value + hp) for w in (whole.value - hw, whole.value + hw)
    ]
    agree = min(corners) - hs <= share.value <= max(corners) + hs
    pct = part.value / whole.value * HUNDRED
    computed = {
        share.id: pct,
        part.id: share.value * whole.value / HUNDRED,
        whole.id: part.value / share.value * HUNDRED,
    }
    method = (
        f"the text's own figures: the whole of the share is {whole.text} stated before it, part / whole = "
        f"{part.text} / {whole.text} = {plain_decimal(round(pct, 4))}% against the stated {share.text}"
    )
    return text_verdict(
        ctx,
        CHECKER,
        agree,
        computed[ctx.claim.id],
        method,
        (share, part, whole),
        "the share stated does not match its part over the whole stated before it, and the text does not say which "
        "is off (or whether the whole is the same), so none is called wrong",
    )
