"""Named decision rules, after Duckling's named rules and spaCy's registry.

Each decision a claim needs (its metric, subject and period) is an ordered table of rule names in
``corpora/patterns/claim_rules.yaml``; each name is a small function registered here with
``@rule("subject.named_in_clause")``. A rule reads one figure (a slot's context object) and returns a
``Decision`` or None; the first rule of the table that decides wins, and the claim records its name
(``Claim.rules``) beside the words of how it was decided (``Claim.decided_by``). The same file orders
the steps of a draft (``draft``): a slot's name there runs its table, any other name a registered step
that refines what the slots before it decided (a sign, a basis, a currency, an intraday reading).
Order and names are data; what a rule reads is code, one function each.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any, Generic, TypeVar

from pydantic import BaseModel, ConfigDict, field_validator

from analyzer.claims.certainty import UNCERTAIN, demoted
from analyzer.claims.cues import CueHit
from analyzer.claims.named import Named
from analyzer.datafiles import load_model
from analyzer.errors import ExtractError
from analyzer.registry import Registry
from analyzer.resources import corpora_path

T = TypeVar("T")

#: the slots decided by a table of rules (first that decides wins)
SLOTS = ("metric", "subject", "period")


@dataclass(slots=True)
class Decision(Generic[T]):
    """What one rule decided for one slot: the value, in a reader's words how (``uncertain: …`` when
    it is a fallback), the rule's name, and what it read (the name, the cue) where it read one."""

    value: T
    how: str
    rule: str = ""
    evidence: tuple[int, int] | None = None  # normalized offsets of the words it read
    named: Named | None = None  # the subject's name as read (subject rules)
    cue: CueHit | None = None  # the metric's cue word (metric rules)
    final: bool = False  # what the slot adjusts after its table (a week, a span) leaves it as decided

    @property
    def certain(self) -> bool:
        return not self.how.startswith(UNCERTAIN)


#: a rule: the slot's context → a Decision, or None when it does not decide
Rule = Callable[[Any], "Decision[Any] | None"]
#: a step of a draft: refines it in place (the draft's context)
Step = Callable[[Any], None]

RULES: Registry[Rule] = Registry("claim_rule")
STEPS: Registry[Step] = Registry("claim_step")


def rule(name: str) -> Callable[[Rule], Rule]:
    """Decorator: register a decision rule under ``name`` (``slot.what_it_reads``)."""
    return RULES.register(name)


def step(name: str) -> Callable[[Step], Step]:
    """Decorator: register a step of a draft under ``name``."""
    return STEPS.register(name)


class Doubted(BaseModel):
    """A granting rule, or a rule with the metrics of the claims it decided (a combination), whose
    readings are never certain: measured below the bar on text it was not written for
    (``benchmarks/certainty_audit.py``). What it reads stays; only its certainty goes."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    rule: str  # a rule's name, or a slot's (subject, metric, period): whichever of its rules decided it
    metrics: tuple[str, ...] = ()  # empty: whatever the claim's metric
    #: only for figures of these kinds (percent, money, points; empty: any)
    kinds: tuple[str, ...] = ()
    #: only when the claim's subject is a name no registry knows (read from the words alone)
    unknown_name: bool = False
    #: only for subjects of these kinds (macro, company, index …; empty: any)
    subject_kinds: tuple[str, ...] = ()
    why: str  # the reason a reader sees, in a reader's words

    def holds(self, metric: str, kind: str, known: bool, subject_kind: str | None = None) -> bool:
        """True when this doubt covers a claim of ``metric`` on a figure of ``kind`` whose subject, of
        ``subject_kind``, is ``known`` to a registry (or not)."""
        if (self.metrics and metric not in self.metrics) or (self.kinds and kind not in self.kinds):
            return False
        if self.subject_kinds and subject_kind not in self.subject_kinds:
            return False
        return not (self.unknown_name and known)


class RuleTables(BaseModel):
    """The rule tables: for each slot its rules in order, and the order of a draft's steps."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    metric: tuple[str, ...]
    subject: tuple[str, ...]
    period: tuple[str, ...]
    draft: tuple[str, ...]
    doubted: tuple[Doubted, ...] = ()

    @field_validator("metric", "subject", "period", "draft")
    @classmethod
    def _unique(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        seen = [n for i, n in enumerate(value) if n in value[:i]]
        if seen:
            raise ValueError(f"named twice: {', '.join(seen)}")
        return value

    @field_validator("draft")
    @classmethod
    def _slots_once(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        missing = [s for s in SLOTS if s not in value]
        if missing:
            raise ValueError(f"a draft decides every slot; missing: {', '.join(missing)}")
        if value[0] != "metric" or value[-1] != "period":
            raise ValueError("a draft starts with its metric (no metric, no claim) and ends with its period")
        return value

    def table(self, slot: str) -> tuple[str, ...]:
        return getattr(self, slot)

    @field_validator("doubted")
    @classmethod
    def _doubted_once(cls, value: tuple[Doubted, ...]) -> tuple[Doubted, ...]:
        seen = [(d.rule, m, d.kinds, d.unknown_name, d.subject_kinds) for d in value for m in d.metrics or ("*",)]
        twice = sorted({f"{key[0]} {key[1]}" for i, key in enumerate(seen) if key in seen[:i]})
        if twice:
            raise ValueError(f"doubted twice: {', '.join(twice)}")
        return value


@cache
def rule_tables() -> RuleTables:
    """The shipped rule tables, validated once per process."""
    path = corpora_path("patterns", "claim_rules.yaml")
    return load_model(path, RuleTables, ExtractError, "E411", "claim rule tables")


@cache
def _resolved(slot: str) -> Callable[[Any], Decision[Any] | None]:
    """``slot``'s table compiled once per process into one function that calls its rules in order
    (``_compiled``): the table read per figure cost a loop step and an unpacking per rule tried (≈ 11
    per figure), more than the call itself."""
    tables = rule_tables()
    try:
        table = tuple((name, RULES.get(name)) for name in tables.table(slot))
    except KeyError as exc:
        raise ExtractError(f"claim_rules.yaml, {slot}: {exc.args[0]}", code="E412") from None
    return _compiled(slot, table)


def _compiled(slot: str, table: tuple[tuple[str, Rule], ...]) -> Callable[[Any], Decision[Any] | None]:
    """One function deciding ``slot`` by ``table``: each rule called in turn, the first decision stamped
    with its rule's name and returned; None when none decides. The order and names stay the table's
    (data): only the loop that read them is unrolled."""
    scope: dict[str, Any] = {}
    lines = ["def decide(context):"]
    for i, (name, fn) in enumerate(table):
        scope[f"rule_{i}"], scope[f"name_{i}"] = fn, name
        lines += [
            f"    found = rule_{i}(context)",
            "    if found is not None:",
            f"        found.rule = name_{i}",  # a rule returns a new Decision each time: naming it in place is safe
            "        return found",
        ]
    lines.append("    return None")
    exec(compile("\n".join(lines), f"<claim_rules.yaml: {slot}>", "exec"), scope)
    decider: Callable[[Any], Decision[Any] | None] = scope["decide"]
    return decider


@cache
def draft_steps() -> tuple[tuple[str, Step | None], ...]:
    """The draft's steps in order: (name, step), the step None for a slot (decided by its table)."""
    out: list[tuple[str, Step | None]] = []
    for name in rule_tables().draft:
        if name in SLOTS:
            out.append((name, None))
            continue
        try:
            out.append((name, STEPS.get(name)))
        except KeyError as exc:
            raise ExtractError(f"claim_rules.yaml, draft: {exc.args[0]}", code="E412") from None
    return tuple(out)


@cache
def draft_runner(subject: Step, period: Step) -> Step:
    """The draft's steps after its metric (``draft_steps``, the metric is decided first, apart) compiled
    once into one function calling each in the table's order, ``subject`` and ``period`` where those
    slots stand: the table read per figure cost a loop step, an unpacking and a test per step (25)."""
    scope: dict[str, Any] = {}
    lines = ["def run(ctx):"]
    for i, (name, fn) in enumerate(draft_steps()[1:]):
        scope[f"step_{i}"] = fn if fn is not None else subject if name == "subject" else period
        lines.append(f"    step_{i}(ctx)  # {name}")
    exec(compile("\n".join(lines), "<claim_rules.yaml: draft>", "exec"), scope)
    runner: Step = scope["run"]
    return runner


@cache
def _doubts() -> dict[str, tuple[Doubted, ...]]:
    out: dict[str, tuple[Doubted, ...]] = {}
    for d in rule_tables().doubted:
        if d.rule not in RULES.names() and d.rule not in SLOTS:
            raise ExtractError(f"claim_rules.yaml, doubted: no rule {d.rule!r}", code="E412")
        out[d.rule] = (*out.get(d.rule, ()), d)
    return out


def demote_doubted(
    decided: dict[str, str],
    rules: dict[str, str],
    metric: str,
    kind: str = "",
    known: bool = True,
    subject_kind: str | None = None,
) -> dict[str, str]:
    """``decided`` with every slot a doubted rule (or rule with the claim's metric, the figure's
    ``kind``, a subject no registry knows: ``known`` False; or any rule of a doubted slot) granted
    marked uncertain with the doubt's reason. Run on the finished claim, so it changes certainty and
    nothing a later figure reads."""
    out = dict(decided)
    doubts = _doubts()
    for slot, name in rules.items():
        for d in (*doubts.get(name, ()), *doubts.get(slot, ())):
            if slot in out and d.holds(metric, kind, known, subject_kind):
                out[slot] = demoted(out[slot], d.why)
    return out


def decide(slot: str, context: object) -> Decision[Any] | None:
    """The decision of the first rule of ``slot``'s table that decides, stamped with its name."""
    return _resolved(slot)(context)
