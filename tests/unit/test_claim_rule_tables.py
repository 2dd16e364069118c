"""The claim decision rules as data (corpora/patterns/claim_rules.yaml): every name in a table is a
registered rule or step and every registered one stands in a table; a claim names, for each slot,
the rule that decided it; and the order of a table, not the code, decides which rule wins."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import analyzer.claims  # noqa: F401  (imports every rule module, so every rule is registered)
from analyzer.claims import rules as rules_mod
from analyzer.claims.rules import RULES, SLOTS, STEPS, RuleTables, rule_tables
from analyzer.datafiles import load_model
from analyzer.errors import ExtractError
from analyzer.pipeline import analyze
from tests.unit.claim_cases import CASES


def _run(text: str, as_of: dt.date | None) -> list:
    return analyze(text.encode("utf-8"), name="case.txt", as_of=as_of).claims


def test_every_table_name_is_registered_and_every_registered_rule_is_in_a_table() -> None:
    tables = rule_tables()
    in_tables = {name for slot in SLOTS for name in tables.table(slot)}
    assert in_tables <= set(RULES.names()), sorted(in_tables - set(RULES.names()))
    assert set(RULES.names()) <= in_tables, sorted(set(RULES.names()) - in_tables)
    steps = {name for name in tables.draft if name not in SLOTS}
    assert steps == set(STEPS.names()), sorted(steps ^ set(STEPS.names()))
    for slot in SLOTS:  # a rule belongs to the slot its name starts with
        assert all(name.startswith(f"{slot}.") for name in tables.table(slot)), slot


def test_each_claim_names_the_rule_that_decided_each_slot() -> None:
    seen: dict[str, set[str]] = {slot: set() for slot in SLOTS}
    for text, as_of, _rows in CASES:
        for claim in _run(text, as_of):
            assert set(claim.rules) == set(SLOTS), (text, claim.rules)
            for slot, name in claim.rules.items():
                assert name in rule_tables().table(slot), (text, slot, name)
                seen[slot].add(name)
            if claim.rules["subject"] == "subject.none_found":
                assert claim.subject is None and claim.decided_by["subject"].startswith("uncertain: ")
    # the cases reach most rules of every table (a table whose rules are never used would be dead)
    for slot in SLOTS:
        assert len(seen[slot]) >= len(rule_tables().table(slot)) // 2, (slot, seen[slot])


def test_a_rule_that_reads_the_name_in_the_clause_is_named_so() -> None:
    (revenue, growth) = _run("某某科技2025年上半年营业收入12.5亿元,同比增长8%。", dt.date(2025, 9, 1))[:2]
    assert revenue.rules == {
        "metric": "metric.cue",
        "subject": "subject.named_in_clause",
        "period": "period.time_words_beside",
    }
    assert growth.rules["subject"] in (
        "subject.topic_chain",
        "subject.named_earlier_in_sentence",
        "subject.figure_before",
    )


def test_the_order_of_a_table_decides(monkeypatch: pytest.MonkeyPatch) -> None:
    """Moving the last subject rule (no subject found) to the front leaves every figure without a
    subject: the order lives in the data file, not in control flow."""
    text = "恒生指数收报20100点,上涨1.2%。"
    as_of = dt.date(2025, 3, 6)
    before = _run(text, as_of)
    assert before and all(c.subject is not None for c in before)
    shipped = rule_tables()
    reordered = shipped.model_copy(update={"subject": ("subject.none_found", *shipped.subject[:-1])})
    monkeypatch.setattr(rules_mod, "rule_tables", lambda: reordered)
    rules_mod._resolved.cache_clear()
    try:
        after = _run(text, as_of)
        assert all(c.subject is None and c.rules["subject"] == "subject.none_found" for c in after)
    finally:
        monkeypatch.undo()
        rules_mod._resolved.cache_clear()
    assert [c.subject for c in _run(text, as_of)] == [c.subject for c in before]


@pytest.mark.parametrize(
    ("body", "message"),
    [
        (
            "metric: [metric.cue, metric.cue]\nsubject: []\nperiod: []\ndraft: [metric, subject, period]\n",
            "named twice",
        ),
        ("metric: []\nsubject: []\nperiod: []\ndraft: [metric, subject]\n", "missing: period"),
        ("metric: []\nsubject: []\nperiod: []\ndraft: [metric, subject, period]\nextra: []\n", "extra"),
    ],
)
def test_a_malformed_table_is_a_coded_error(tmp_path: Path, body: str, message: str) -> None:
    path = tmp_path / "claim_rules.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ExtractError) as info:
        load_model(path, RuleTables, ExtractError, "E411", "claim rule tables")
    assert info.value.code == "E411" and message in str(info.value)


def test_an_unknown_rule_name_is_a_coded_error(monkeypatch: pytest.MonkeyPatch) -> None:
    shipped = rule_tables()
    broken = shipped.model_copy(update={"metric": (*shipped.metric, "metric.no_such_rule")})
    monkeypatch.setattr(rules_mod, "rule_tables", lambda: broken)
    rules_mod._resolved.cache_clear()
    try:
        with pytest.raises(ExtractError) as info:
            rules_mod.decide("metric", object())
        assert info.value.code == "E412" and "metric.no_such_rule" in str(info.value)
    finally:
        monkeypatch.undo()
        rules_mod._resolved.cache_clear()


def test_a_compiled_table_calls_its_rules_in_order_and_stamps_the_first_decision() -> None:
    """The table compiled into one function decides as reading it rule by rule does: every rule up to
    the first that decides is called once, in order, none after it, and the decision carries its name."""
    called: list[str] = []

    def rule_of(name: str, decides: bool) -> rules_mod.Rule:
        def read(context: object) -> rules_mod.Decision[str] | None:
            called.append(name)
            return rules_mod.Decision(f"{name} on {context}", "read") if decides else None

        return read

    table = tuple((n, rule_of(n, d)) for n, d in [("s.a", False), ("s.b", True), ("s.c", True)])
    found = rules_mod._compiled("s", table)("ctx")
    assert found is not None and (found.value, found.rule) == ("s.b on ctx", "s.b")
    assert called == ["s.a", "s.b"]
    called.clear()
    assert rules_mod._compiled("s", table[:1])("ctx") is None and called == ["s.a"]
    assert rules_mod._compiled("s", ())("ctx") is None


def test_the_compiled_draft_runs_every_step_in_the_table_order(monkeypatch: pytest.MonkeyPatch) -> None:
    """The draft's steps compiled into one function: each step of ``draft_steps`` after the metric
    once, in order, the slots' own functions where the slots stand."""
    shipped = rules_mod.draft_steps()
    called: list[str] = []
    steps = tuple((name, None if name in SLOTS else (lambda ctx, n=name: called.append(n))) for name, _ in shipped)
    monkeypatch.setattr(rules_mod, "draft_steps", lambda: steps)
    rules_mod.draft_runner.cache_clear()
    try:
        rules_mod.draft_runner(lambda ctx: called.append("subject"), lambda ctx: called.append("period"))(None)
    finally:
        monkeypatch.undo()
        rules_mod.draft_runner.cache_clear()
    assert called == [name for name, _ in shipped[1:]]
