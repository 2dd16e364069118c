"""Granting rules that do not hold on text they were not written for (cert9): ``doubted`` in
corpora/patterns/claim_rules.yaml names rules, or rules with the metrics of their claims, whose
certain slots the dev audit (benchmarks/certainty_audit.py) found below 98 % right in several texts.
Their readings stay; they are never certain, and say why. Each case in the four forms of the claim
cases, written in other words than the texts they were measured on."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

import analyzer.claims  # noqa: F401  (imports every rule module, so every rule is registered)
from analyzer.claims import is_certain
from analyzer.claims import rules as rules_mod
from analyzer.claims.certainty import NOT_SURE_ENOUGH, demoted, guessed, registered
from analyzer.claims.rules import RULES, RuleTables, demote_doubted, rule_tables
from analyzer.datafiles import load_model
from analyzer.errors import ExtractError
from analyzer.pipeline import analyze
from analyzer.types import SubjectRef
from tests.unit.test_claim_cases import VARIANTS, run

AS_OF = dt.date(2025, 7, 10)

#: text, then per claim in order: (value text, metric, certain)
CASES = [
    # a percent or an amount crossed: the size of a move or a round figure, not a level; a level in
    # points crossed stays certain
    ("台积电今日(9日)跌幅跌破2%。", [("2%", "threshold", False)]),
    ("北方稀土市值今日(9日)突破1000亿元。", [("1000亿元", "threshold", False)]),
    ("深证成指今日(9日)跌破9000点。", [("9000点", "threshold", True)]),
    # a turnover of a name no registry knows: of a market, a product or a deal; of a board it stays certain
    ("东华新材今日(9日)成交额12亿元。", [("12亿元", "turnover", False)]),
    ("创业板今日(9日)成交额3200亿元。", [("3200亿元", "turnover", True)]),
    # a period read before a semicolon, carried to the part after it
    ("东海电气2024年营收88亿元;毛利率21.5%。", [("88亿元", "revenue", False), ("21.5%", "gross_margin", False)]),
    # a change in percentage points of a ratio the clause's name owns: the ratio may be another's
    ("2024年四季度,食品饮料板块毛利率同比提升0.45个百分点。", [("0.45个百分点", "ratio_change", False)]),
    # a statistic no registry knows is named by the words alone; a known one keeps its certainty
    ("海关总署数据显示,6月集成电路出口同比增长9%。", [("9%", "growth_yoy", False)]),
    ("6月社会消费品零售总额同比增长4.8%。", [("4.8%", "growth_yoy", True)]),
    # a rule not doubted keeps its certainty: a results figure named and dated in its own clause, of a
    # company the securities master knows (or a stock the registry knows)
    ("长江电力2024年营业收入36.4亿元。", [("36.4亿元", "revenue", True)]),
    ("汇丰控股首季税前盈利95亿美元。", [("95亿美元", "profit_before_tax", True)]),
    # cert10: a name neither knows, whichever rule read it: where it begins and ends is a guess
    ("远山光电2024年营业收入36.4亿元。", [("36.4亿元", "revenue", False)]),
    ("远山光电公布,2024年营业收入36.4亿元,按年增长8%。", [("36.4亿元", "revenue", False), ("8%", "growth_yoy", False)]),
]


@pytest.mark.parametrize("variant", VARIANTS)
@pytest.mark.parametrize(("text", "expected"), CASES, ids=[c[0][:10] for c in CASES])
def test_a_doubted_rule_is_never_certain(text: str, expected: list[tuple], variant: str) -> None:
    claims = run(VARIANTS[variant](text), AS_OF).claims
    assert [(c.text, c.metric) for c in claims] == [(VARIANTS[variant](v), m) for v, m, _ in expected]
    for claim, (_, _, certain) in zip(claims, expected, strict=True):
        assert is_certain(claim) == certain, claim.decided_by
        known = registered(claim.subject)
        kind = next(m.kind.value for m in run(VARIANTS[variant](text), AS_OF).mentions if m.id == claim.mention_id)
        for slot, name in claim.rules.items():
            # a slot its rule is doubted for is never certain; no other slot is marked by the table
            how = claim.decided_by[slot]
            of = claim.subject.kind if claim.subject is not None else None
            if any(d.rule in (name, slot) and d.holds(claim.metric, kind, known, of) for d in rule_tables().doubted):
                assert how.startswith("uncertain: "), (slot, how)
            else:
                assert not how.endswith(NOT_SURE_ENOUGH), (slot, how)


def test_demoting_changes_certainty_and_nothing_else(monkeypatch: pytest.MonkeyPatch) -> None:
    """The same claims with the table emptied: values, subjects, metrics and periods agree; only how
    sure they are differs (the doubt is applied to the finished claim, nothing later reads it)."""
    text = "东海电气2024年营收88亿元;毛利率21.5%。东华新材今日(9日)成交额12亿元。台积电今日(9日)跌幅跌破2%。"
    doubted = analyze(text.encode("utf-8"), name="case.txt", as_of=AS_OF).claims
    monkeypatch.setattr(rules_mod, "_doubts", lambda: {})
    plain = analyze(text.encode("utf-8"), name="case.txt", as_of=AS_OF).claims
    keep = ("subject", "metric", "value", "period", "unit", "currency", "span", "rules")
    assert [c.model_dump(include=set(keep)) for c in doubted] == [c.model_dump(include=set(keep)) for c in plain]
    assert sum(map(is_certain, doubted)) < sum(map(is_certain, plain))


def test_a_demoted_reading_is_a_doubt_of_where_it_was_read_not_a_guess() -> None:
    how = demoted("time words beside the value", "the time words may date an event")
    assert how.startswith("uncertain: ") and how.endswith(NOT_SURE_ENOUGH) and not guessed(how)
    assert demoted("uncertain: no subject found", "whatever") == "uncertain: no subject found"
    decided = {"subject": "named in the clause before the value", "metric": "cue 「成交额」", "period": "time words"}
    rules = {"subject": "subject.named_in_clause", "metric": "metric.cue", "period": "period.time_words_beside"}
    out = demote_doubted(decided, rules, "amount", "money")
    assert out["metric"].endswith(NOT_SURE_ENOUGH) and out["subject"] == decided["subject"]
    assert demote_doubted(decided, rules, "revenue", "money") == decided
    # a turnover is doubted only for a name no registry knows; a threshold only in percent or money
    assert demote_doubted(decided, rules, "turnover", "money", known=True) == decided
    assert demote_doubted(decided, rules, "turnover", "money", known=False) != decided
    assert demote_doubted(decided, rules, "threshold", "points") == decided
    assert demote_doubted(decided, rules, "threshold", "percent") != decided


def test_every_doubted_rule_is_registered() -> None:
    assert {d.rule for d in rule_tables().doubted} <= set(RULES.names()) | set(rules_mod.SLOTS)


def test_a_rule_doubted_twice_is_refused(tmp_path: Path) -> None:
    raw = Path(rules_mod.corpora_path("patterns", "claim_rules.yaml")).read_text(encoding="utf-8")
    raw += "  - rule: period.carried_on_line\n    why: twice\n"
    path = tmp_path / "claim_rules.yaml"
    path.write_text(raw, encoding="utf-8")
    with pytest.raises(ExtractError, match="doubted twice"):
        load_model(path, RuleTables, ExtractError, "E411", "claim rule tables")


def test_a_doubt_may_hold_a_whole_slot() -> None:
    """cert10: a doubt naming a slot (rule: subject) holds whichever rule of that slot decided it; known
    means a registry id or a securities-master code, never a name read from the words alone."""
    decided = {"subject": "paired with its value in the list", "metric": "cue 「营收」", "period": "time words"}
    rules = {"subject": "subject.paired_in_list", "metric": "metric.cue", "period": "period.time_words_beside"}
    out = demote_doubted(decided, rules, "revenue", "money", known=False)
    assert out["subject"].endswith(NOT_SURE_ENOUGH) and out["metric"] == decided["metric"]
    assert demote_doubted(decided, rules, "revenue", "money", known=True) == decided
    assert not registered(None)
    assert registered(SubjectRef(id="hsi", alias="恒指", kind="index", span=None, source="registry"))
    assert registered(SubjectRef(id=None, alias="格力电器", kind="stock", span=None, code="000651", source="master"))
    assert not registered(SubjectRef(id=None, alias="远山光电", kind="company", span=None, source="surface"))
