"""What every condition shares: the pydantic base, the ``when`` trigger, the evaluate contract."""

from __future__ import annotations

import bisect
from collections.abc import Mapping

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator

from analyzer.comply.context import Context, Evidence, Hit
from analyzer.comply.facts import evaluate_fact, parse_fact
from analyzer.comply.phrases import PhraseSet
from analyzer.comply.settings import BookSettings
from analyzer.comply.wordclasses import BUILTIN, WordClass, shipped_classes


class UnknownClass(ValueError):
    """A condition names a word class that neither the shipped file nor the rulebook defines (E607)."""


def book_classes(settings: BookSettings, names: tuple[str, ...] = (), *, where: str,
                 builtin: bool = False) -> dict[str, WordClass]:
    """The word classes a rulebook's conditions may name (the shipped ones, the rulebook's own over them); each of
    ``names`` must be one (or, with ``builtin``, a built-in slot: figure, multiple, price, level) and is registered
    in the shared automaton before the first document is scanned."""
    classes = {**shipped_classes(), **settings.classes}
    for name in names:
        if name in classes:
            classes[name].folded()
        elif not (builtin and name in BUILTIN):
            raise UnknownClass(f"{where}: unknown word class {name!r}")
    return classes


def in_scope(ctx: Context, classes: Mapping[str, WordClass], names: list[str], folded_pos: int,
             sentence: bool = False) -> bool:
    """Whether a word of one of the classes ``names`` stands in the clause (or sentence) of a folded position: the
    one definition of a condition's ``unless_clause`` / ``unless_sentence`` veto."""
    scope = ctx.clause_index(folded_pos, sentence)
    return any(scope in ctx.class_scopes(name, classes[name], sentence) for name in names)


# what makes a claim the fund's: a fund named (本基金, 这只, 债基, 净值), or a likeness (跟存款一样安全: the fund is the
# thing likened)
FUND_NAMES = ("own_fund", "fund_ref", "fund_word", "pointer")
FUND_SIDE = (*FUND_NAMES, "same_as")
COMPARED = "compare"  # a comparison before the other thing makes it the object (比存银行更安全), not the subject
OTHER_PICKED = "picked"  # a verb whose object a company or market is (精选优质公司): the object is no subject
PICK_REACH = 6  # folded characters between such a verb and its object's word


def said_of_other(ctx: Context, classes: Mapping[str, WordClass], others: list[str], folded_pos: int) -> bool:
    """Whether the claim at a folded position is said of another thing than a fund — a company, a market, an index, a
    deposit (``others``): its clause names one of them, not after a comparison (比存银行更安全 sets the fund above the
    deposit; ROE高于债息 is the company's), and no fund (FUND_SIDE); a clause naming neither carries the subject named
    last before it in its sentence, unless that word is what a verb picks (精选优质公司，获取高回报: the fund picks the
    companies and gets the return) or its clause sets it against the fund (银行存款的升级版，钱放进去不会少)."""
    clause = ctx.clause_index(folded_pos)
    if any(clause in ctx.class_scopes(n, classes[n]) for n in FUND_SIDE):
        return False
    sentence = ctx.clause_index(folded_pos, True)
    first: int | None = None  # the first other thing in the clause
    last: tuple[int, str] | None = None  # the last subject word before the claim in its sentence
    for name in (*FUND_SIDE, *others):
        hits = ctx.class_hits(name, classes[name])
        i = bisect.bisect_left(hits, folded_pos, key=lambda h: h[0]) - 1
        if i >= 0 and ctx.clause_index(hits[i][0], True) == sentence and (last is None or hits[i][0] > last[0]):
            last = (hits[i][0], name)
        if name in others:
            j = bisect.bisect_left(hits, ctx.clause_start(folded_pos), key=lambda h: h[0])
            if j < len(hits) and ctx.clause_index(hits[j][0]) == clause and (first is None or hits[j][0] < first):
                first = hits[j][0]
    if first is not None:
        compares = ctx.class_hits(COMPARED, classes[COMPARED])
        k = bisect.bisect_left(compares, ctx.clause_start(folded_pos), key=lambda h: h[0])
        return not (k < len(compares) and compares[k][0] < first and ctx.clause_index(compares[k][0]) == clause)
    if last is None or last[1] in FUND_SIDE:
        return False
    # the other thing carried only as what the fund is set against (银行存款的升级版，钱放进去不会少)
    if ctx.clause_index(last[0]) in ctx.class_scopes(COMPARED, classes[COMPARED]):
        return False
    picks = ctx.class_hits(OTHER_PICKED, classes[OTHER_PICKED])
    j = bisect.bisect_left(picks, last[0] - PICK_REACH, key=lambda h: h[0])
    return not any(b <= last[0] and ctx.clause_index(a) == ctx.clause_index(last[0]) for a, b in picks[j : j + 4])


class ConditionBase(BaseModel):
    """A condition kind: validated from YAML, prepared once (patterns compiled), evaluated per document."""

    model_config = ConfigDict(extra="forbid")

    def prepare(self, settings: BookSettings) -> None:
        """Compile patterns; raise ValueError with a clear message when the data is bad."""

    def evaluate(self, ctx: Context) -> list[Hit]:
        raise NotImplementedError


class When(BaseModel):
    """A trigger: holds when any phrase appears or any fact is true (given only ``unless_facts``: always, unless
    one of them is true)."""

    model_config = ConfigDict(extra="forbid")

    phrases: list[str] = Field(default_factory=list)
    facts: list[str] = Field(default_factory=list)
    unless_weighted: bool = Field(
        default=False,
        description="a phrase followed by its weight (黄金ETF联接5%) is a holding in a list, not the product's kind",
    )
    unless_clause: list[str] = Field(
        default_factory=list,
        description="word classes: a phrase in a clause holding one of their words does not trigger (暂无年度业绩)",
    )
    unless_facts: list[str] = Field(
        default_factory=list,
        description="facts under which nothing triggers (a piece for a Hong Kong sale owes no mainland R1–R5 level)",
    )
    _phrases: PhraseSet | None = PrivateAttr(default=None)
    _classes: dict[str, WordClass] = PrivateAttr(default_factory=dict)

    @field_validator("facts", "unless_facts")
    @classmethod
    def _known_facts(cls, facts: list[str]) -> list[str]:
        for fact in facts:
            parse_fact(fact)
        return facts

    def prepare(self, settings: BookSettings) -> None:
        if not self.phrases and not self.facts and not self.unless_facts:
            raise ValueError("when: give at least one phrase, fact or unless_fact")
        self._phrases = PhraseSet(self.phrases, settings.gap) if self.phrases else None
        self._classes = book_classes(settings, tuple(self.unless_clause), where="when.unless_clause")

    def evidence(self, ctx: Context) -> Evidence | None:
        """Where the trigger holds (facts first, they point at claims), or None."""
        if any(evaluate_fact(ctx, fact) is not None for fact in self.unless_facts):
            return None
        if not self.phrases and not self.facts:
            return Evidence()  # a rule for every piece but those the unless_facts exempt
        for fact in self.facts:
            found = evaluate_fact(ctx, fact)
            if found is not None:
                return found
        if self._phrases is not None:
            if self.unless_weighted or self.unless_clause:
                hits = [ctx.span_of_folded(a, b) for a, b in ctx.find(self._phrases)
                        if not (self.unless_weighted and _weighted(ctx, b))
                        and not in_scope(ctx, self._classes, self.unless_clause, a)]
            else:
                hits = ctx.find_spans(self._phrases)
            if hits:
                return Evidence(spans=tuple(hits))
        return None


WEIGHT_REACH = 2  # folded characters between a holding's name and its weight (黄金ETF联接 5%)


def _weighted(ctx: Context, end: int) -> bool:
    """Whether a percentage follows a folded phrase end closely, in its clause: the phrase names a holding and
    its weight (当前配置为…、黄金ETF联接5%), not what the promoted fund is."""
    figures = ctx.figure_hits()
    i = bisect.bisect_left(figures, (end, end))
    if i >= len(figures) or figures[i][0] > end + WEIGHT_REACH:
        return False
    a, b = figures[i]
    return ctx.folded.text[a:b].endswith("%") and ctx.clause_index(a) == ctx.clause_index(max(end - 1, 0))
