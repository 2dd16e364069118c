"""A total stated in one sentence and its parts listed in the sentence just before or after it.

公司营业收入40.50亿元，同比增长8.00%。男装业务收入20.10亿元，女装业务收入12.40亿元，童装业务收入8.00亿元。 —
the segments' sum against the company's figure, though no word (其中, 合计) joins them; or the other way round,
parts listed clause by clause (split at ；) and then the total (…竞价成交量2000吨。今日全市场总成交量42.60万吨).
The figures read:

- **a block** is a sentence with the clauses joined to it by ； (a list written clause by clause is one block);
- **the parts** are every figure of one kind (metric, unit, currency and period) in a block, two or more, each of its
  own subject, each a level, amount or share of one whole (never a change, a growth rate, a return or a per-unit
  figure: ``text_figures.is_summed``, ``summed_shares``, ``not_summed``);
- **the total** is the one figure of that kind in the block right before or right after the parts' (no other block
  between them), of a subject none of the parts has; failing that, the one earlier figure of that kind whose subject
  the words before the parts name as a whole of members (a clause ending 中: ``text_figures.member_heads``), in
  their block or a heading sentence without figures just before it (周期板块配比
  21.50%。… 周期板块中，煤炭配比上升…。具体地，煤炭配比12.40%；钢铁配比9.10%。), a name inside a longer name counting
  once (金融 in 金融地产类中).

Each figure is read as the interval its digits allow (half a unit of its last digit, 约 widened, a bound binds
nothing). Agreement supports the total and each part, naming them; a disagreement binds nothing and is never a
contradiction: the parts listed need not be all of the whole (a segment left out, or named as some of it: 其中), so
the claim keeps the verdict its other checks give.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from analyzer.normalize.convert import both_scripts
from analyzer.types import Claim, DocumentResult, Verdict
from analyzer.verify.checkers.session_text import period_span
from analyzer.verify.checkers.text_figures import CLAUSE_BREAKS, figure_key, is_summed, sum_verdict
from analyzer.verify.readings import readings
from analyzer.verify.registry import CheckContext, DocIndex, Unverifiable

CHECKER = "text_adjacent_total"
#: a sentence ending in one of these goes on in the next: the clauses of one list (split at ；)
CLAUSE_JOINS = frozenset("；;")


@dataclass(frozen=True, eq=False)  # one relation is one object (its claims are not hashed)
class Adjacent:
    """A total and the parts listed in the block next to it."""

    total: Claim
    parts: tuple[Claim, ...]
    #: how the total was told: in the block next to the parts, or named (by its subject) in the words before them
    how: str = "in the sentence next to the total, every figure of its kind there"


def _kind(claim: Claim) -> tuple[object, ...]:
    return (claim.metric, claim.unit, claim.currency, period_span(claim))


@dataclass
class Block:
    """A sentence and the clauses joined to it by ；: where it starts and ends, and its figures."""

    start: int
    end: int
    figures: list[Claim]


def _blocks(result: DocumentResult, index: DocIndex) -> list[Block]:
    """The blocks with figures, in order, a sentence without any between two of them standing as an empty block
    (the two are not adjacent)."""
    blocks: list[Block] = []
    text, joined, last_end = result.text, False, -1
    for start in sorted(index.by_sentence):
        claims = index.by_sentence[start]
        end = claims[0].sentence.end
        figures = [c for c in claims if c.value is not None]
        gap = text[last_end:start] if last_end >= 0 else ""
        if joined and not gap.strip():
            blocks[-1].figures.extend(figures)
            blocks[-1].end = end
        else:
            if last_end >= 0 and gap.strip():
                blocks.append(Block(last_end, start, []))
            blocks.append(Block(start, end, figures))
        joined = text[end - 1 : end] in CLAUSE_JOINS if end > 0 else False
        last_end = end
    return blocks


def _adds_up(claim: Claim) -> bool:
    """Whether a figure adds up over the parts of one whole (``text_figures.is_summed``), and in % only a share of
    one whole, never a return or a rate (``summed_shares``), nor a per-unit figure (``not_summed``: EPS, a price)."""
    words = readings().text_figures
    if not is_summed(claim) or claim.metric in words.not_summed:
        return False
    return claim.unit != "%" or claim.metric in words.summed_shares


def _parts_of(block: Sequence[Claim]) -> dict[tuple[object, ...], list[Claim]]:
    """Each kind's figures in a block, when there are two or more, each of its own subject, all summed."""
    kinds: dict[tuple[object, ...], list[Claim]] = {}
    for c in block:
        if c.period is not None and not c.intraday:
            kinds.setdefault(_kind(c), []).append(c)
    found = {}
    for kind, figures in kinds.items():
        keys = [figure_key(c) for c in figures]
        if len(figures) >= 2 and None not in keys and len(set(keys)) == len(keys) and all(map(_adds_up, figures)):
            found[kind] = figures
    return found


def _heads(header: str, name: str) -> bool:
    """Whether ``header`` names ``name`` as the whole of what follows: the name, then within a few words
    (``text_figures.sum_gap``) a word ending its clause that turns to its members (周期板块中，: ``member_heads``)."""
    words = readings().text_figures
    heads = both_scripts(words.member_heads)
    i = header.find(name)
    while i >= 0:
        rest = header[i + len(name) : i + len(name) + words.sum_gap + 2]
        cut = next((k for k, ch in enumerate(rest) if ch in CLAUSE_BREAKS), None)
        if cut is not None and any(rest[:cut].endswith(h) for h in heads):
            return True
        i = header.find(name, i + len(name))
    return False


def _named_whole(header: str, earlier: dict[str, Claim], keys: set[object]) -> Claim | None:
    """The one earlier figure of the parts' kind whose subject the words before the parts name (周期板块中: 周期板块),
    of no part's subject; None when none or several are named (a name inside another named counts once)."""
    # the header's substrings looked up (linear in the header, whatever the number of names seen so far)
    longest = max(map(len, earlier), default=0)
    spans = {header[i : i + n] for i in range(len(header)) for n in range(2, longest + 1) if i + n <= len(header)}
    named = {alias: earlier[alias] for alias in spans & earlier.keys() if _heads(header, alias)}
    # a name inside a longer one named is not named itself (金融 in 金融地产类中)
    whole = [c for alias, c in named.items() if not any(alias in other and alias != other for other in named)]
    return whole[0] if len(whole) == 1 and figure_key(whole[0]) not in keys else None


def adjacent_totals(result: DocumentResult, index: DocIndex) -> dict[str, list[Adjacent]]:
    """Each total's and part's claim id → the relations it is in, read once per document (one pass over its
    blocks, each against the one before and the one after, and the earlier figures the words before it name)."""
    if "adjacent_totals" in index.derived:
        return index.derived["adjacent_totals"]  # type: ignore[return-value]
    blocks = _blocks(result, index)
    found: dict[str, list[Adjacent]] = {}
    #: each kind's latest summed figure of each subject, in the blocks before the one read (a whole named later)
    earlier: dict[tuple[object, ...], dict[str, Claim]] = {}
    for i, block in enumerate(blocks):
        for kind, parts in _parts_of(block.figures).items():
            keys = {figure_key(c) for c in parts}
            totals: list[Adjacent] = []
            for j in (i - 1, i + 1):
                if not 0 <= j < len(blocks):
                    continue
                alike = [c for c in blocks[j].figures if c.period is not None and not c.intraday and _kind(c) == kind]
                if len(alike) == 1 and _adds_up(alike[0]) and figure_key(alike[0]) not in keys | {None}:
                    totals.append(Adjacent(alike[0], tuple(parts)))
            if not totals:
                # the words before the first part, from a heading sentence without figures just before (周期板块中，
                # 煤炭配比上升。具体地，煤炭配比12.40%；…) may name a whole stated earlier (周期板块配比21.50%)
                heading = i >= 1 and not blocks[i - 1].figures
                header = result.text[blocks[i - 1].start if heading else block.start : parts[0].span.start]
                whole = _named_whole(header, earlier.get(kind, {}), keys)
                if whole is not None and whole.subject is not None:
                    how = f"after words naming the total's subject ({whole.subject.alias}), every figure of its kind"
                    totals.append(Adjacent(whole, tuple(parts), how))
            for relation in totals:
                for c in (relation.total, *parts):
                    found.setdefault(c.id, []).append(relation)
        if i >= 1:
            for c in blocks[i - 1].figures:
                if c.subject is not None and c.period is not None and not c.intraday and _adds_up(c):
                    earlier.setdefault(_kind(c), {})[c.subject.alias] = c
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
                    r.how,
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
