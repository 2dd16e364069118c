"""A total stated in one sentence and its parts listed in the sentence just before or after it.

公司营业收入40.50亿元，同比增长8.00%。男装业务收入20.10亿元，女装业务收入12.40亿元，童装业务收入8.00亿元。 —
the segments' sum against the company's figure, though no word (其中, 合计) joins them; or the other way round,
parts listed clause by clause (split at ；) and then the total (…竞价成交量2000吨。今日全市场总成交量42.60万吨).
The figures read:

- **a block** is a sentence with the clauses joined to it by ； (a list written clause by clause is one block);
- **the parts** are every figure of one kind (metric, unit, currency and period) in a block, two or more, each of its
  own subject, each a level, amount or share (``text_figures.is_summed``: never a change or a growth rate);
- **the total** is the one figure of that kind in the block right before or right after the parts' (no other block
  between them), of a subject none of the parts has.

Each figure is read as the interval its digits allow (half a unit of its last digit, 约 widened, a bound binds
nothing). Agreement supports the total and each part, naming them; a disagreement binds nothing and is never a
contradiction: the parts listed need not be all of the whole (a segment left out, or named as some of it: 其中), so
the claim keeps the verdict its other checks give.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from analyzer.types import Claim, DocumentResult, Verdict
from analyzer.verify.checkers.session_text import period_span
from analyzer.verify.checkers.text_figures import figure_key, is_summed, sum_verdict
from analyzer.verify.registry import CheckContext, DocIndex, Unverifiable

CHECKER = "text_adjacent_total"
#: a sentence ending in one of these goes on in the next: the clauses of one list (split at ；)
CLAUSE_JOINS = frozenset("；;")


@dataclass(frozen=True, eq=False)  # one relation is one object (its claims are not hashed)
class Adjacent:
    """A total and the parts listed in the block next to it."""

    total: Claim
    parts: tuple[Claim, ...]


def _kind(claim: Claim) -> tuple[object, ...]:
    return (claim.metric, claim.unit, claim.currency, period_span(claim))


def _blocks(result: DocumentResult, index: DocIndex) -> list[list[Claim]]:
    """The summed figures of each block (a sentence and the clauses joined to it by ；), in order; a block with no
    figure still separates the blocks around it."""
    blocks: list[list[Claim]] = []
    text, joined, last_end = result.text, False, -1
    for start in sorted(index.by_sentence):
        claims = index.by_sentence[start]
        end = claims[0].sentence.end
        # a sentence without claims between two with claims is a block of its own: the two are not adjacent
        gap = text[last_end:start] if last_end >= 0 else ""
        if joined and not gap.strip():
            blocks[-1].extend(c for c in claims if c.value is not None)
        else:
            if last_end >= 0 and gap.strip():
                blocks.append([])
            blocks.append([c for c in claims if c.value is not None])
        joined = text[end - 1 : end] in CLAUSE_JOINS if end > 0 else False
        last_end = end
    return blocks


def _parts_of(block: Sequence[Claim]) -> dict[tuple[object, ...], list[Claim]]:
    """Each kind's figures in a block, when there are two or more, each of its own subject, all summed."""
    kinds: dict[tuple[object, ...], list[Claim]] = {}
    for c in block:
        if c.period is not None and not c.intraday:
            kinds.setdefault(_kind(c), []).append(c)
    found = {}
    for kind, figures in kinds.items():
        keys = [figure_key(c) for c in figures]
        if len(figures) >= 2 and None not in keys and len(set(keys)) == len(keys) and all(map(is_summed, figures)):
            found[kind] = figures
    return found


def adjacent_totals(result: DocumentResult, index: DocIndex) -> dict[str, list[Adjacent]]:
    """Each total's and part's claim id → the relations it is in, read once per document (one pass over its
    blocks, each against the one before and the one after)."""
    if "adjacent_totals" in index.derived:
        return index.derived["adjacent_totals"]  # type: ignore[return-value]
    blocks = _blocks(result, index)
    found: dict[str, list[Adjacent]] = {}
    for i, block in enumerate(blocks):
        for kind, parts in _parts_of(block).items():
            keys = {figure_key(c) for c in parts}
            for j in (i - 1, i + 1):
                if not 0 <= j < len(blocks):
                    continue
                alike = [c for c in blocks[j] if c.period is not None and not c.intraday and _kind(c) == kind]
                if len(alike) != 1 or not is_summed(alike[0]) or figure_key(alike[0]) in keys | {None}:
                    continue
                relation = Adjacent(alike[0], tuple(parts))
                for c in (alike[0], *parts):
                    found.setdefault(c.id, []).append(relation)
    index.derived["adjacent_totals"] = found
    return found


def check_adjacent_total(ctx: CheckContext) -> Verdict | None:
    """A total or one of its parts listed in the block next to it: the parts' sum against the total, supported when
    every relation of the claim holds (the first speaks). None when the claim is in none, a figure is a bound, or a
    relation does not hold."""
    assert ctx.index is not None
    relations = adjacent_totals(ctx.result, ctx.index).get(ctx.claim.id)
    if not relations:
        return None
    verdicts = []
    for r in relations:
        try:
            verdicts.append(
                sum_verdict(
                    ctx,
                    r.total,
                    list(r.parts),
                    CHECKER,
                    "in the sentence next to the total, every figure of its kind there",
                    "the parts listed next to the total do not add up to it, and they need not be all of it (the "
                    "text does not say so), so nothing is called wrong",
                )
            )
        except Unverifiable:
            return None
    # parts that fall short bind nothing: the text never says they are all of the whole (其中 before them says they are
    # not), so the other checks of the claim speak
    agreed = [v for v in verdicts if v.cause != "text_inconsistent"]
    return agreed[0] if agreed and len(agreed) == len(verdicts) else None
