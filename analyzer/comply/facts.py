"""Document facts a rule can be triggered by (``when: {facts: [...]}``): a small closed set.

A fact is written ``name`` or ``name: argument`` (``mentions_fund_type: equity_etf``). Each
returns Evidence (where it holds) or None.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from analyzer.comply.context import Context, Evidence
from analyzer.comply.phrases import fold_phrase_text
from analyzer.comply.say import Say
from analyzer.errors import ConfigError
from analyzer.instruments import Instrument, InstrumentRegistry, default_registry

_FUND_TABLE: list[tuple[regex.Pattern[str] | None, dict[str, Instrument], dict[str, Instrument]]] = []


def registry_or_none() -> InstrumentRegistry | None:
    """The shipped registry, or None when its file is broken (a ConfigError, said once by the CLI).

    Only a broken registry is caught: anything else (a document timeout while loading) propagates,
    and nothing is cached on failure, so the next document tries again.
    """
    try:
        return default_registry()
    except ConfigError:
        return None


def _fund_pattern() -> tuple[regex.Pattern[str] | None, dict[str, Instrument], dict[str, Instrument]]:
    """One pattern over folded text for every fund alias and code in the registry (built once, on success)."""
    if _FUND_TABLE:
        return _FUND_TABLE[0]
    registry = registry_or_none()
    if registry is None:
        return None, {}, {}
    table: dict[str, Instrument] = {}
    codes: dict[str, Instrument] = {}
    for inst in registry.instruments:
        if inst.kind != "fund":
            continue
        for alias in (inst.name, *inst.aliases):
            table[fold_phrase_text(alias)] = inst
        if inst.code:
            table[inst.code] = inst
            codes[inst.code] = inst
    pattern = None
    if table:
        alternation = "|".join(regex.escape(a) for a in sorted(table, key=len, reverse=True))
        pattern = regex.compile(rf"(?<![0-9])(?:{alternation})(?![0-9])")
    _FUND_TABLE.append((pattern, table, codes))
    return _FUND_TABLE[0]


def named_funds(ctx: Context) -> list[tuple[Instrument, Evidence]]:
    """Registry funds the document names (alias, code, or a claim about the fund), first mention each."""
    if "funds" in ctx.cache:
        return ctx.cache["funds"]  # type: ignore[return-value]
    pattern, table, codes = _fund_pattern()
    found: dict[str, tuple[Instrument, list]] = {}
    if pattern is not None:
        for match in pattern.finditer(ctx.folded.text):
            inst = table[match.group()]
            found.setdefault(inst.id, (inst, []))[1].append(ctx.span_of_folded(*match.span()))
    registry = registry_or_none()
    for claim in ctx.result.claims:
        inst = None
        if claim.subject is not None and claim.subject.kind == "fund" and registry is not None and claim.subject.id:
            inst = registry.get(claim.subject.id)
        if inst is None and claim.metric == "fund_code" and claim.label:
            inst = codes.get(claim.label)
        if inst is not None:
            found.setdefault(inst.id, (inst, []))[1].append(claim.span)
    funds = [(inst, Evidence(spans=tuple(sorted(spans, key=lambda s: s.start))[:1])) for inst, spans in found.values()]
    ctx.cache["funds"] = funds
    return funds


def _performance(ctx: Context, kinds: set[str]) -> Evidence | None:
    """Claims that present performance of the given kinds (fund, other_fund, benchmark, index)."""
    hits = [c for c in ctx.result.claims if ctx.performance.classify(c).kind in kinds]
    if not hits:
        return None
    return Evidence(spans=tuple(c.span for c in hits), claim_ids=tuple(c.id for c in hits))


def _names_fund(ctx: Context, arg: str | None) -> Evidence | None:
    """A registry fund, or a fund's full name or type sentence in the text (「青松成长股票型基金」)."""
    spans = [e.spans[0] for _, e in named_funds(ctx) if e.spans]
    spans += [t.span for t in ctx.fund.types if t.source in ("name", "sentence")]
    return Evidence(spans=tuple(spans)) if spans else None


def fund_types(ctx: Context) -> list[tuple[str, Say, Evidence]]:
    """(type, why, evidence) for the promoted fund: the registry's funds named in the text, then what
    the text says (type sentence, full name, equity share, benchmark)."""
    out = [(inst.fund_type, Say("comply.evidence.registry", name=inst.name), ev)
           for inst, ev in named_funds(ctx) if inst.fund_type]
    out += [(t.fund_type, t.why, Evidence(spans=(t.span,))) for t in ctx.fund.types]
    return out


def _fund_type(ctx: Context, arg: str | None) -> Evidence | None:
    spans = [e.spans[0] for kind, _, e in fund_types(ctx) if kind == arg and e.spans]
    return Evidence(spans=tuple(spans)) if spans else None


def _other_funds(ctx: Context, arg: str | None) -> Evidence | None:
    spans = ctx.fund.other_fund_spans
    claims = _performance(ctx, {"other_fund"})
    if claims is not None:
        return claims
    return Evidence(spans=tuple(spans[:1])) if spans else None


def _cross_border(ctx: Context, arg: str | None) -> Evidence | None:
    spans = [e.spans[0] for inst, e in named_funds(ctx) if inst.cross_border and e.spans]
    return Evidence(spans=tuple(spans)) if spans else None


HONG_KONG_MARKERS = 2  # distinct words of a Hong Kong sale a piece must hold to be one


def _hong_kong_sale(ctx: Context, arg: str | None) -> Evidence | None:
    """A piece for a sale in Hong Kong: two distinct words only Hong Kong's selling documents use (存款保障計劃,
    投資涉及風險, 可升可跌, 港幣 …; class hong_kong_sale). Mainland conventions (the R1–R5 level) are not owed there."""
    from analyzer.comply.wordclasses import shipped_classes

    hits = ctx.class_hits("hong_kong_sale", shipped_classes()["hong_kong_sale"])
    if len({ctx.folded.text[a:b] for a, b in hits}) < HONG_KONG_MARKERS:
        return None
    return Evidence(spans=tuple(ctx.span_of_folded(a, b) for a, b in hits[:HONG_KONG_MARKERS]))


# a table's column headed by the benchmark (「| 年度 | 本基金 | 业绩比较基准 |」): a cell of its own, a figure
# in a row below it
_CELL_EDGE = r"(?:^|$|[|｜\t]|\s{2})"
_BENCHMARK_CELL = regex.compile(
    rf"{_CELL_EDGE}\s*(?:业绩比较基准|比较基准|基准)(?:收益率|回报率|涨幅|增长率)?[（(%）)\s]*{_CELL_EDGE}",
    regex.MULTILINE,
)
_FIGURE_ROW = regex.compile(r"\n[^\n]*-?\d+(?:\.\d+)?\s*%?")


def _benchmark_column(ctx: Context, arg: str | None) -> Evidence | None:
    """A table column headed by the benchmark with figures under it: the benchmark shown beside the fund."""
    text = ctx.result.simplified
    for m in _BENCHMARK_CELL.finditer(text):
        line_end = text.find("\n", m.start() + 1)
        if line_end >= 0 and _FIGURE_ROW.match(text, line_end):
            return Evidence(spans=(ctx.result.span_from_simplified(*m.span()),))
    return None


FACTS: dict[str, Callable[[Context, str | None], Evidence | None]] = {
    "names_fund": _names_fund,
    "mentions_fund_type": _fund_type,
    "cross_border": _cross_border,
    "names_other_funds": _other_funds,
    "has_performance_claims": lambda ctx, arg: _performance(ctx, {"fund", "other_fund", "benchmark", "index"}),
    "has_fund_performance_claims": lambda ctx, arg: _performance(ctx, {"fund"}),
    "has_other_fund_performance_claims": lambda ctx, arg: _performance(ctx, {"other_fund"}),
    "has_index_performance_claims": lambda ctx, arg: _performance(ctx, {"index"}),
    "benchmark_column": _benchmark_column,
    "hong_kong_sale": _hong_kong_sale,
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
