"""How sure a claim is, and the one rule verification relies on before it says ``contradicted``.

A claim records, in ``decided_by``, how its subject, metric and period were decided; a decision
that used a fallback (carried over from a previous sentence, the as-of date standing in for an
unstated date, the leading words of a clause read as a name …) starts with ``"uncertain: "``.
``confidence`` is 1.0 when nothing is uncertain and falls with each uncertain decision.

Certainty means each slot was read in the figure's own clause or item by a rule that names it there.
The conditions are defined here once, and assembly marks a decision with them where it fails one:
``read_elsewhere`` (subject, metric cue or time words of another clause, a list continued, unless a
topic chain: the clause before the figure names nothing of its own), ``one_of_list`` (names sharing a
value), ``inside_word`` (a name cut out of a longer word), ``month_defaulted`` (a bare day),
``day_defaulted`` (a level's day not stated), ``no_basis`` (a growth against an unstated base) and
``off_span`` (a session's figure over more than one day), ``name_follows`` (words that read as
another name between the name and the figure, or words of no predicate a topic chain passes over)
and ``dates_a_level`` (time words that date a high or low the move is measured from). These doubt
the reading, not the value: ``guessed`` tells them from fallbacks, so what assembly carries on stays
the same.
"""

from __future__ import annotations

from analyzer.types import Claim, SubjectRef

UNCERTAIN = "uncertain: "
#: the reason ``read_elsewhere`` adds
ELSEWHERE = " (not read in the figure's own clause)"
#: the reason ``one_of_list`` adds
LISTED = " (one of a list of names sharing the value)"
#: the reason ``inside_word`` adds
IN_WORD = " (the name begins inside a longer word)"
#: the reason ``day_defaulted`` adds
LAST_DAY = " (a level dated by the last day of a longer period by default)"
#: the reason ``no_basis`` adds
NO_BASIS = " (a growth whose basis is not stated: year on year, on the month or on another base)"
#: the reason ``month_defaulted`` adds
NO_MONTH = " (a day of the month with no month stated: the month is the as-of date's)"
#: the reason ``off_span`` adds
OFF_SPAN = " (a session's figure over a period that is not one day)"
#: the reason ``name_follows`` adds
FOLLOWED = " (words that may name another subject stand between the name and the figure)"
#: the reason ``dates_a_level`` adds
FROM_LEVEL = " (the time words date a high or low the move is measured from, not the move's own span)"
#: the reason ``growth_by_multiple`` adds
BY_MULTIPLE = " (a growth written as a multiple over one: some writers mean N times the base, not N times more)"
#: the end of the reason ``demoted`` adds
NOT_SURE_ENOUGH = "; a way of reading too often wrong on text it was not written for)"
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


def dated_name(how: str) -> str:
    """``how`` of a subject whose name holds time words inside it (美国8月失业率): the name was read
    across the date that dates its figure, so which words name the series is not sure."""
    return how if how.startswith(UNCERTAIN) else uncertain(how + DATED_NAME)


def day_defaulted(how: str) -> str:
    """``how`` of the date of a level read from words of a month, quarter or year (7月份制造业PMI为49.2%)
    with no end word (末, 底, 截至): the day is the period's last by default, not read (a monthly
    survey is the month's, a balance the month-end's), so not certain."""
    return how if how.startswith(UNCERTAIN) else uncertain(how + LAST_DAY)


def no_basis(how: str) -> str:
    """``how`` of a growth that states no basis (净利润增速为2.0%, 营收…/+17.05%): which comparison it is
    is not read, so it is not certain."""
    return how if how.startswith(UNCERTAIN) else uncertain(how + NO_BASIS)


def month_defaulted(how: str) -> str:
    """``how`` of a period read from a bare day (連升3日 read as the 3rd, 29日收跌): its month and year
    are defaulted from the as-of date, not read, so never certain."""
    return how if how.startswith(UNCERTAIN) else uncertain(how + NO_MONTH)


#: the reasons that doubt how a slot was read, not what it chose
_READING_DOUBTS = (ELSEWHERE, LISTED, OFF_SPAN, NO_MONTH, IN_WORD, LAST_DAY, NO_BASIS)
_READING_DOUBTS += (FOLLOWED, FROM_LEVEL, BY_MULTIPLE)
#: why a subject read from a name with time words inside it is not certain (``dated_name``)
DATED_NAME = " (the name holds a date)"
_READING_DOUBTS += (DATED_NAME, NOT_SURE_ENOUGH)


def guessed(how: str) -> bool:
    """True when a decision is uncertain for what it chose (a fallback, a default), not only for
    where it was read or what shares it (``read_elsewhere``, ``one_of_list``, ``off_span``,
    ``month_defaulted``, ``inside_word``, ``day_defaulted``, ``no_basis``, ``dated_name``): what
    assembly carries on to later figures is decided by this, so those change certainty and nothing else."""
    return how.startswith(UNCERTAIN) and not how.endswith(_READING_DOUBTS)


def off_span(how: str) -> str:
    """``how`` of the period of a session's figure (a change, open, high, low or close of one trading
    day) that is not one day (一季度…收涨2.23%): the metric and the period disagree, so neither is
    certain (and no checker of one session may compare it)."""
    return how if how.startswith(UNCERTAIN) else uncertain(how + OFF_SPAN)


def name_follows(how: str, words: str) -> str:
    """``how`` of a subject named before more words that read as a name of their own, ahead of the
    figure's verb (AI概念股广达翻红小涨, 加权指数电子股大涨: a group, then one of its members): the figure
    may be the later name's, so the earlier one is not certain."""
    return how if how.startswith(UNCERTAIN) else uncertain(f"{how}, then 「{words}」{FOLLOWED}")


def dates_a_level(how: str) -> str:
    """``how`` of a period read from time words that date a high or low (自年内低位累计升两成, 较去年高位
    回落): the move runs from that level's day, which is not stated, so its span is not certain."""
    return how if how.startswith(UNCERTAIN) else uncertain(how + FROM_LEVEL)


def growth_by_multiple(how: str) -> str:
    """``how`` of a growth read from a multiple over one after its base (按年升1.52倍 = +152 %, the strict
    reading): some writers mean ×1.52 (+52 %), so the value is not certain."""
    return how if how.startswith(UNCERTAIN) else uncertain(how + BY_MULTIPLE)


def demoted(how: str, why: str) -> str:
    """``how`` of a slot granted by a rule (or a rule with a metric) whose certain readings were
    measured below the bar on text it was not written for (``doubted`` in claim_rules.yaml): ``why``
    says in a reader's words what may be wrong. A wrong certain claim is the worst error (it may be
    reported contradicted); an uncertain one is still checked for support."""
    return how if how.startswith(UNCERTAIN) else uncertain(f"{how} ({why}{NOT_SURE_ENOUGH}")


def registered(subject: SubjectRef | None) -> bool:
    """True when a registry knows the subject: the instrument registry (an id) or the securities master
    (a code). Any other name was read from the text's words alone, where it begins and ends a guess."""
    return subject is not None and (subject.id is not None or subject.code is not None)


def confidence(decided_by: dict[str, str]) -> float:
    """1.0 with nothing uncertain; 0.6 with one uncertain decision, 0.4 with two, 0.2 with three."""
    n = sum(1 for how in decided_by.values() if how.startswith(UNCERTAIN))
    return (1.0, 0.6, 0.4, 0.2)[min(n, 3)]


def is_certain(claim: Claim) -> bool:
    """True when subject, metric and period were all decided without a fallback: only such a claim
    may be called ``contradicted`` by verification (never a false alarm from an unsure guess).
    Forecasts are never verified, whatever their certainty."""
    return claim.confidence >= CERTAIN_AT and not any(v.startswith(UNCERTAIN) for v in claim.decided_by.values())
