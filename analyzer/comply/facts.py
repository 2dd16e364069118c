"""Document facts a rule can be triggered by (``when: {facts: [...]}``): a small closed set.

A fact is written ``name`` or ``name: argument`` (``mentions_fund_type: equity_etf``). Each
returns Evidence (where it holds) or None.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

import regex

from analyzer.comply.context import Context, Evidence
from analyzer.comply.phrases import fold_phrase_text
from analyzer.instruments import Instrument, default_registry

PERFORMANCE_METRICS = frozenset({"return", "annual_return", "annualized_return"})

# 「上述基金为股票基金」「本基金属于货币市场基金」: the fund type the text states
_TYPE_SENTENCE = regex.compile(
    r"(?:本|上述|该|此)基金(?:为|是|属于)(?P<type>股票|混合|债券|货币市场|货币|偏股混合|偏债混合)型?(?:证券投资)?基金"
)
TYPE_WORDS = {"股票": "equity", "偏股混合": "hybrid", "混合": "hybrid", "偏债混合": "hybrid", "债券": "bond",
              "货币市场": "money_market", "货币": "money_market"}


@cache
def _fund_pattern() -> tuple[regex.Pattern[str] | None, dict[str, Instrument]]:
    """One pattern over folded text for every fund alias and code in the registry."""
    try:
        registry = default_registry()
    except Exception:
        return None, {}
    table: dict[str, Instrument] = {}
    for inst in registry.instruments:
        if inst.kind != "fund":
            continue
        for alias in (inst.name, *inst.aliases):
            table[fold_phrase_text(alias)] = inst
        if inst.code:
            table[inst.code] = inst
    if not table:
        return None, {}
    alternation = "|".join(regex.escape(a) for a in sorted(table, key=len, reverse=True))
    return regex.compile(rf"(?<![0-9])(?:{alternation})(?![0-9])"), table


def named_funds(ctx: Context) -> list[tuple[Instrument, Evidence]]:
    """Registry funds the document names (alias, code, or a claim about the fund), first mention each."""
    if "funds" in ctx.cache:
        return ctx.cache["funds"]  # type: ignore[return-value]
    pattern, table = _fund_pattern()
    found: dict[str, tuple[Instrument, list]] = {}
    if pattern is not None:
        for match in pattern.finditer(ctx.folded.text):
            inst = table[match.group()]
            found.setdefault(inst.id, (inst, []))[1].append(ctx.span_of_folded(*match.span()))
    try:
        registry = default_registry()
    except Exception:
        registry = None
    for claim in ctx.result.claims:
        inst = None
        if claim.subject is not None and claim.subject.kind == "fund" and registry is not None:
            inst = registry.get(claim.subject.id)
        if inst is None and claim.metric == "fund_code" and claim.label and registry is not None:
            inst = next((i for i in registry.instruments if i.code == claim.label), None)
        if inst is not None:
            found.setdefault(inst.id, (inst, []))[1].append(claim.span)
    funds = [(inst, Evidence(spans=tuple(sorted(spans, key=lambda s: s.start))[:1])) for inst, spans in found.values()]
    ctx.cache["funds"] = funds
    return funds


def stated_fund_types(ctx: Context) -> list[tuple[str, Evidence]]:
    """Fund types the text states about the promoted fund (「上述基金为股票基金」)."""
    out = []
    for match in _TYPE_SENTENCE.finditer(ctx.result.simplified):
        span = ctx.result.span_from_simplified(*match.span())
        out.append((TYPE_WORDS[match.group("type")], Evidence(spans=(span,))))
    return out


def _claims(ctx: Context, kinds: set[str] | None) -> Evidence | None:
    hits = [
        c for c in ctx.result.claims
        if c.metric in PERFORMANCE_METRICS and (kinds is None or (c.subject is not None and c.subject.kind in kinds))
    ]
    if not hits:
        return None
    return Evidence(spans=tuple(c.span for c in hits), claim_ids=tuple(c.id for c in hits))


def _names_fund(ctx: Context, arg: str | None) -> Evidence | None:
    funds = named_funds(ctx)
    return Evidence(spans=tuple(e.spans[0] for _, e in funds if e.spans)) if funds else None


def _fund_type(ctx: Context, arg: str | None) -> Evidence | None:
    spans = [e.spans[0] for inst, e in named_funds(ctx) if inst.fund_type == arg and e.spans]
    spans += [e.spans[0] for kind, e in stated_fund_types(ctx) if kind == arg]
    return Evidence(spans=tuple(spans)) if spans else None


def _cross_border(ctx: Context, arg: str | None) -> Evidence | None:
    spans = [e.spans[0] for inst, e in named_funds(ctx) if inst.cross_border and e.spans]
    return Evidence(spans=tuple(spans)) if spans else None


FACTS: dict[str, Callable[[Context, str | None], Evidence | None]] = {
    "names_fund": _names_fund,
    "mentions_fund_type": _fund_type,
    "cross_border": _cross_border,
    "has_performance_claims": lambda ctx, arg: _claims(ctx, {"fund", "index"}),
    "has_fund_performance_claims": lambda ctx, arg: _claims(ctx, {"fund"}),
    "has_index_performance_claims": lambda ctx, arg: _claims(ctx, {"index"}),
}
NEEDS_ARGUMENT = frozenset({"mentions_fund_type"})


def parse_fact(text: str) -> tuple[str, str | None]:
    """Split ``name: argument`` and check the name (ValueError names the known facts)."""
    name, _, arg = text.partition(":")
    name, argument = name.strip(), arg.strip() or None
    if name not in FACTS:
        raise ValueError(f"unknown fact {name!r}; known: {', '.join(sorted(FACTS))}")
    if (name in NEEDS_ARGUMENT) != (argument is not None):
        raise ValueError(f"fact {name!r} {'needs' if name in NEEDS_ARGUMENT else 'takes no'} argument")
    return name, argument


def evaluate_fact(ctx: Context, text: str) -> Evidence | None:
    """Evaluate one fact, cached per document."""
    if text not in ctx.facts:
        name, arg = parse_fact(text)
        ctx.facts[text] = FACTS[name](ctx, arg)
    return ctx.facts[text]
