"""Rulebook loading: the shipped book is valid and cited; broken books give one clear error line."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from analyzer.comply import comply, load_rulebook, load_rulebooks
from analyzer.comply.rulebook import shipped_rulebooks
from analyzer.errors import RulebookError
from analyzer.types import Severity

DATA = Path(__file__).resolve().parents[1] / "data" / "rules"
PROVENANCE_CODES = ("VQ", "VP", "R", "IND", "S1")


def test_shipped_rulebook_loads_with_cited_unique_rules() -> None:
    books = shipped_rulebooks()
    assert [b.id for b in books] == ["cn_public_fund"]
    rules = books[0].rules
    assert len(rules) >= 40
    ids = [r.id for r in rules]
    assert len(ids) == len(set(ids))
    for rule in rules:
        assert rule.id.startswith("CN-FUND-MKT-0"), rule.id
        assert rule.citation.document and rule.citation.provenance, rule.id
        assert any(code in rule.citation.provenance for code in PROVENANCE_CODES), rule.id


def test_shipped_rulebook_covers_the_issue_checklist() -> None:
    ids = {r.id for r in shipped_rulebooks()[0].rules}
    wanted = {
        "CN-FUND-MKT-027.no-guarantee", "CN-FUND-MKT-020", "CN-FUND-MKT-027.caution",  # required statements
        "CN-FUND-MKT-046", "CN-FUND-MKT-044",  # suitability
        "CN-FUND-MKT-017.fund", "CN-FUND-MKT-017.market", "CN-FUND-MKT-017.period", "CN-FUND-MKT-014",
        "CN-FUND-MKT-005", "CN-FUND-MKT-033", "CN-FUND-MKT-039", "CN-FUND-MKT-038", "CN-FUND-MKT-041",
        "CN-FUND-MKT-036", "CN-FUND-MKT-006.market", "CN-FUND-MKT-006.fund",
        "CN-FUND-MKT-047", "CN-FUND-MKT-053", "CN-FUND-MKT-052", "CN-FUND-MKT-004",
    }
    assert wanted <= ids


def test_research_severities_are_kept() -> None:
    sev = {r.id: r.severity for r in shipped_rulebooks()[0].rules}
    assert sev["CN-FUND-MKT-020"] is Severity.ERROR
    assert sev["CN-FUND-MKT-044"] is Severity.ERROR
    assert sev["CN-FUND-MKT-046"] is Severity.WARNING  # industry practice, not a clause
    assert sev["CN-FUND-MKT-017.market"] is Severity.INFO  # other statistics: background, not performance (issue 22)
    assert sev["CN-FUND-MKT-017.index"] is Severity.ERROR  # index returns are performance data (issue 13)
    assert sev["CN-FUND-MKT-041"] is Severity.ERROR  # 禁止 certainty (issue 13)
    assert sev["CN-FUND-MKT-004"] is Severity.ERROR


def test_every_shipped_rule_says_why_its_severity() -> None:
    """Issue 13: the reason for each rule's severity is written next to it; errors rest on the
    regulation's 不得/应当/禁止 wording, warnings on judgement."""
    for rule in shipped_rulebooks()[0].rules:
        assert rule.severity_reason, rule.id
        if rule.severity is Severity.ERROR:
            assert any(w in rule.severity_reason for w in ("不得", "应当", "禁止", "misleading")), rule.id


def test_every_shipped_required_statement_has_an_example() -> None:
    """What to add is shown as a reviewer reads it, never a phrase pattern's first alternatives."""
    for rule in shipped_rulebooks()[0].rules:
        if rule.condition.kind == "required_phrase":
            assert rule.condition.examples, rule.id


# fmt: off
BROKEN = [
    ("bad_yaml.yaml", "E601", "line 6"),
    ("python_tag.yaml", "E601", "python/object"),
    ("unknown_kind.yaml", "E602", "rule 'HOUSE-002': condition: unknown condition kind 'fuzzy_phrase'"),
    ("bad_severity.yaml", "E602", "rule 'HOUSE-003': severity:"),
    ("missing_field.yaml", "E602", "rule 'HOUSE-004': citation: Field required"),
    ("bad_fact.yaml", "E602", "rule 'HOUSE-006': condition.when.facts: unknown fact 'is_cross_border_fund'"),
    ("bad_regex.yaml", "E603", "rule 'HOUSE-005': condition: pattern does not compile"),
    ("duplicate_id.yaml", "E604", "rule 'HOUSE-007': duplicate rule id"),
]
# fmt: on


@pytest.mark.parametrize(("name", "code", "fragment"), BROKEN)
def test_malformed_rulebook_gives_one_clear_line(name: str, code: str, fragment: str) -> None:
    with pytest.raises(RulebookError) as info:
        load_rulebook(DATA / name)
    line = info.value.one_line()
    assert "\n" not in line
    assert line.startswith(f"{code} ")
    assert name in line
    assert fragment in line


def test_missing_rulebook_path() -> None:
    with pytest.raises(RulebookError, match="E605"):
        load_rulebooks([DATA / "nope.yaml"])


def test_user_rulebook_adds_and_replaces_rules(sample_result) -> None:
    books = load_rulebooks([DATA / "house_override.yaml"])
    assert [b.id for b in books] == ["cn_public_fund", "house"]
    all_ids = [r.id for b in books for r in b.rules]
    assert all_ids.count("CN-FUND-MKT-041") == 1
    findings = comply(sample_result, books)
    by_rule = {f.rule_id: f for f in findings}
    assert by_rule["CN-FUND-MKT-041"].severity is Severity.INFO
    assert by_rule["HOUSE-101"].quotes[0].endswith("億港元")


def test_replace_uses_only_the_given_rulebooks() -> None:
    books = load_rulebooks([DATA / "house_override.yaml"], replace=True)
    assert [b.id for b in books] == ["house"]


def test_catastrophic_pattern_times_out() -> None:
    from analyzer.normalize import normalize
    from analyzer.types import DocumentMeta, DocumentResult

    text = "基金" + "a" * 60
    norm = normalize(text)
    meta = DocumentMeta(doc_id="t", path="t", encoding="utf-8", format="text", conversion="t2s", n_chars=len(text),
                        as_of=None, as_of_inferred=False, analyzer_version="t")
    result = DocumentResult(meta=meta, text=text, simplified=norm.text)
    books = load_rulebooks([DATA / "catastrophic_regex.yaml"], replace=True)
    started = time.perf_counter()
    findings = comply(result, books, lang="en")
    assert time.perf_counter() - started < 2
    assert [f.rule_id for f in findings] == ["HOUSE-SLOW"]
    assert findings[0].severity is Severity.WARNING
    assert "not evaluated" in findings[0].message
