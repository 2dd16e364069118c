"""How sure a claim is, and the one rule verification relies on before it says ``contradicted``.

A claim records, in ``decided_by``, how its subject, metric and period were decided; a decision
that used a fallback (carried over from a previous sentence, the as-of date standing in for an
unstated date, the leading words of a clause read as a name …) starts with ``"uncertain: "``.
``confidence`` is 1.0 when nothing is uncertain and falls with each uncertain decision.
"""

from __future__ import annotations

from analyzer.types import Claim

UNCERTAIN = "uncertain: "
#: the reason ``read_elsewhere`` adds
ELSEWHERE = " (not read in the figure's own clause)"
#: the reason ``one_of_list`` adds
LISTED = " (one of a list of names sharing the value)"
#: the reason ``inside_word`` adds
IN_WORD = " (the name begins inside a longer word)"
#: the reason ``month_defaulted`` adds
NO_MONTH = " (a day of the month with no month stated: the month is the as-of date's)"
#: the reason ``off_span`` adds
OFF_SPAN = " (a session's figure over a period that is not one day)"
#: the confidence at or above which a claim with no uncertain decision counts as certain
CERTAIN_AT = 0.9


def uncertain(reason: str) -> str:
    """``reason`` marked as a fallback."""
    return UNCERTAIN + reason


def own_clause(start: int, clause: tuple[int, int]) -> bool:
    """True when words starting at ``start`` lie in the figure's own clause ``clause`` (its
    ``[start, end)`` from ``Sentences.clause_at``): the one place a slot may be read for certainty."""
    return clause[0] <= start < clause[1]


def read_elsewhere(how: str) -> str:
    """``how`` of a subject, metric or period not read in the figure's own clause: taken from the
    figure before it, a name or time words of an earlier clause, a list the sentence began, the
    words before a semicolon. Often right, never certain: only a reading in the figure's own clause
    (or item) by a rule that names it there may lead to ``contradicted``."""
    return how if how.startswith(UNCERTAIN) else uncertain(how + ELSEWHERE)


def one_of_list(how: str) -> str:
    """``how`` of a subject named last in a list of names sharing the value (深成指、中证500跌超15%)
    with no 分别 to pair them: the value is each name's, or only one's; never certain."""
    return how if how.startswith(UNCERTAIN) else uncertain(how + LISTED)


def inside_word(how: str) -> str:
    """``how`` of a subject whose name begins right after letters that are no word read there
    (債券通北向通 read as 北向, 本地固定资本… read as 地固定资本, 6月份中证… as 份中证…): the name may be
    a piece of another one, so it is not certain."""
    return how if how.startswith(UNCERTAIN) else uncertain(how + IN_WORD)


def month_defaulted(how: str) -> str:
    """``how`` of a period read from a bare day (連升3日 read as the 3rd, 29日收跌): its month and year
    are defaulted from the as-of date, not read, so never certain."""
    return how if how.startswith(UNCERTAIN) else uncertain(how + NO_MONTH)


def guessed(how: str) -> bool:
    """True when a decision is uncertain for what it chose (a fallback, a default), not only for
    where it was read or what shares it (``read_elsewhere``, ``one_of_list``, ``off_span``,
    ``month_defaulted``, ``inside_word``): what
    assembly carries on to later figures is decided by this, so those change certainty and nothing else."""
    return how.startswith(UNCERTAIN) and not how.endswith((ELSEWHERE, LISTED, OFF_SPAN, NO_MONTH, IN_WORD))


def off_span(how: str) -> str:
    """``how`` of the period of a session's figure (a change, open, high, low or close of one trading
    day) that is not one day (一季度…收涨2.23%): the metric and the period disagree, so neither is
    certain (and no checker of one session may compare it)."""
    return how if how.startswith(UNCERTAIN) else uncertain(how + OFF_SPAN)


def confidence(decided_by: dict[str, str]) -> float:
    """1.0 with nothing uncertain; 0.6 with one uncertain decision, 0.4 with two, 0.2 with three."""
    n = sum(1 for how in decided_by.values() if how.startswith(UNCERTAIN))
    return (1.0, 0.6, 0.4, 0.2)[min(n, 3)]


def is_certain(claim: Claim) -> bool:
    """True when subject, metric and period were all decided without a fallback: only such a claim
    may be called ``contradicted`` by verification (never a false alarm from an unsure guess).
    Forecasts are never verified, whatever their certainty."""
    return claim.confidence >= CERTAIN_AT and not any(v.startswith(UNCERTAIN) for v in claim.decided_by.values())
