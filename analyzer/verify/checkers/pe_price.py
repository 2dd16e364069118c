"""A list of earnings per share and the price-earnings multiples they give at one price bind one another.

预计2021-2023年EPS分别为2.00、2.50、3.20元，对应PE分别为40、32、25倍: each multiple is one price over that year's
EPS, so PE × EPS is the same price for every year (80.0 here) though the text never states it. The figures read are
a subject's per-share earnings (``text_figures.per_share``) and its multiples (``text_figures.multiples``) in one
sentence, paired by the year their periods end in: two or more years with one of each (one currency of EPS, no EPS
at or below zero). Each figure is the interval its digits allow (half a unit of its last digit, a bound binds
nothing); a year whose rounding alone moves its price by more than ``implied_spread`` (an EPS of 0.12) binds
nothing (but one that cannot meet the others is a disagreement). The figures agree when every year's interval of the
price meets the others'. Agreement supports each EPS
and multiple, naming the years' products; a disagreement is ``text_inconsistent``, never a contradiction (the
multiples may be at different prices or on another EPS basis than the one listed).
"""

from __future__ import annotations

from analyzer.extract.numbers import plain_decimal
from analyzer.types import Claim, Verdict
from analyzer.verify.checkers.implied import Implied, bound_together, listed, others_value
from analyzer.verify.checkers.session_text import half_width
from analyzer.verify.checkers.text_figures import figure_key, sentence_neighbours, text_verdict
from analyzer.verify.readings import readings
from analyzer.verify.registry import CheckContext

#: the reason of a disagreement: the text's own inconsistency, never a contradiction
DISAGREE = (
    "the EPS and multiples listed by year imply different prices, and the text does not say which figure is off "
    "(or whether the multiples are at one price), so none is called wrong"
)
CHECKER = "text_pe_price"


def _year(claim: Claim) -> int | None:
    p = claim.period
    return p.end.year if p is not None and p.end is not None else None


def pe_years(ctx: CheckContext) -> list[tuple[Claim, Claim]] | None:
    """(EPS, multiple) of each year the claim's sentence lists for its subject, the claim among them; None when
    fewer than two years have exactly one of each."""
    words = readings().text_figures
    claim = ctx.claim
    if claim.metric not in words.per_share | words.multiples or figure_key(claim) is None or claim.value is None:
        return None
    key = figure_key(claim)
    figures = [c for c in [claim, *sentence_neighbours(ctx)] if figure_key(c) == key and _year(c) is not None]
    eps = [c for c in figures if c.metric in words.per_share]
    multiples = [c for c in figures if c.metric in words.multiples]
    if len({c.currency for c in eps}) != 1:
        return None
    years = []
    for year in sorted({_year(c) for c in eps}):
        e = [c for c in eps if _year(c) == year]
        m = [c for c in multiples if _year(c) == year]
        if len(e) == 1 and len(m) == 1:
            years.append((e[0], m[0]))
    if len(years) < 2 or not any(claim in pair for pair in years):
        return None
    return years


def _price_range(ctx: CheckContext, eps: Claim, multiple: Claim) -> Implied | None:
    he, hm = half_width(ctx, eps), half_width(ctx, multiple)
    if he is None or hm is None or eps.value is None or multiple.value is None:
        return None
    if eps.value - he <= 0 or multiple.value - hm <= 0:
        return None
    return (
        (eps.value - he) * (multiple.value - hm),
        (eps.value + he) * (multiple.value + hm),
        eps.value * multiple.value,
    )


def check_pe_price(ctx: CheckContext) -> Verdict | None:
    """An EPS or a multiple of a list of both by year: every year's implied price (PE × EPS) against the others';
    None when the claim's year is too coarse or fewer than two years are precise."""
    years = pe_years(ctx)
    if years is None:
        return None
    ranges = {i: r for i, (e, m) in enumerate(years) if (r := _price_range(ctx, e, m)) is not None}
    mine = next((i for i in ranges if ctx.claim in years[i]), None)
    agree = bound_together(ranges, mine) if mine is not None else None
    if mine is None or agree is None:
        return None
    price = others_value(ranges, mine)
    eps, multiple = years[mine]
    assert eps.value is not None and multiple.value is not None
    computed = price / multiple.value if ctx.claim is eps else price / eps.value
    products = listed(ranges, lambda i: f"{years[i][0].text} × {years[i][1].text}")
    method = (
        f"the text's own figures: each year's multiple at one price, so EPS × PE is that price every year "
        f"({products}), and the other years' price {plain_decimal(round(price, 4))} gives "
        f"{plain_decimal(round(computed, 4))} against the stated {ctx.claim.text}"
    )
    used = [c for i in ranges for c in years[i]]
    return text_verdict(ctx, CHECKER, agree, computed, method, used, DISAGREE)
