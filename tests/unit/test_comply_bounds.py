"""Issue 15: user patterns cannot exhaust memory or time, and a failed registry load is not cached."""

from __future__ import annotations

import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from analyzer.comply import comply, load_rulebooks
from analyzer.comply.guard import MAX_EXPANSION, MAX_REPEAT, PatternTooCostly, check_pattern
from analyzer.errors import RulebookError
from analyzer.normalize import normalize
from analyzer.types import DocumentMeta, DocumentResult, Severity

ROOT = Path(__file__).resolve().parents[2]


def _rulebook(tmp_path: Path, condition: str, name: str = "house.yaml") -> Path:
    path = tmp_path / name
    path.write_text(textwrap.dedent(f"""\
        id: house_bounds
        title: bounds
        rules:
          - id: HOUSE-B
            title: hostile
            severity: error
            citation: {{document: house}}
            condition: {condition}
            message: hostile
        """), encoding="utf-8")
    return path


def _document(text: str) -> DocumentResult:
    norm = normalize(text)
    meta = DocumentMeta(doc_id="t", path="t.txt", encoding="utf-8", format="text", conversion="t2s",
                        n_chars=len(text), as_of=None, as_of_inferred=False, analyzer_version="t")
    result = DocumentResult(meta=meta, text=text, simplified=norm.text)
    result._offsets = norm.offsets
    return result


# fmt: off
COSTLY = [
    "(?:a{65535}){100}",                 # the 17 characters, 1.7 GB
    "((a{900}){900}){900}",              # nested counted repeats
    "(?:(?:a{200}){200})",               # 40 000 copies
    "a{1001}",                           # one repeat above the cap
    "[a-z]{2,5000}",                     # a class repeated too often
    "x" * 6000,                          # too long
]
FINE = [
    r"\{1000000\}", "[{]1000000}", "a{3}b{2,4}", "(?:ab){10}(?:cd){10}", r"R[1-5]", r"(a|aa)+$",
    "(?:(?:a{100}){100})", "[^}]{0,200}",
]
# fmt: on


@pytest.mark.parametrize("pattern", COSTLY)
def test_costly_patterns_are_refused_before_compiling(pattern: str) -> None:
    with pytest.raises(PatternTooCostly):
        check_pattern(pattern)


@pytest.mark.parametrize("pattern", FINE)
def test_ordinary_patterns_pass(pattern: str) -> None:
    check_pattern(pattern)


@settings(max_examples=200, deadline=None)
@given(st.integers(1, 3000), st.integers(1, 3000))
def test_nested_repeat_limit_is_the_product(outer: int, inner: int) -> None:
    pattern = f"(?:(?:ab){{{inner}}}){{{outer}}}"
    too_big = outer > MAX_REPEAT or inner > MAX_REPEAT or outer * inner > MAX_EXPANSION
    if too_big:
        with pytest.raises(PatternTooCostly):
            check_pattern(pattern)
    else:
        check_pattern(pattern)


def test_costly_user_regex_is_a_coded_rulebook_error(tmp_path: Path) -> None:
    path = _rulebook(tmp_path, "{kind: regex, pattern: '(?:a{65535}){100}'}")
    with pytest.raises(RulebookError) as err:
        load_rulebooks([path], replace=True)
    assert err.value.code == "E606" and "HOUSE-B" in err.value.message


def test_costly_rating_pattern_is_refused_too(tmp_path: Path) -> None:
    path = _rulebook(tmp_path, "{kind: rating_consistency, allowed: {}, patterns: ['(?P<r>R[1-5]){5000}']}")
    with pytest.raises(RulebookError) as err:
        load_rulebooks([path], replace=True)
    assert err.value.code == "E606"


@pytest.mark.skipif(sys.platform != "linux", reason="RLIMIT_AS is enforced on Linux")
def test_hostile_rulebook_under_a_memory_limit_exits_with_the_code(tmp_path: Path) -> None:
    """The CLI, capped at 1.5 GB of address space, refuses the rulebook with E606 in seconds (before
    the guard, compiling it needed 1.7 GB and nested variants were killed by the kernel)."""
    rules = _rulebook(tmp_path, "{kind: regex, pattern: '((?:a{65535}){100}){100}'}")
    doc = tmp_path / "doc.txt"
    doc.write_text("本基金由某基金管理有限公司管理。", encoding="utf-8")
    script = textwrap.dedent(f"""\
        import resource, sys
        resource.setrlimit(resource.RLIMIT_AS, (1536 * 2**20, 1536 * 2**20))
        sys.argv = ["analyzer", "comply", {str(doc)!r}, "--no-verify", "--rules", {str(rules)!r}]
        from analyzer.cli import main
        main()
        """)
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", script], cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert time.perf_counter() - started < 60
    assert proc.returncode == 2, proc.stderr[-2000:]
    assert "E606" in proc.stderr and "MemoryError" not in proc.stderr


def test_gapped_phrase_is_bounded_in_time(tmp_path: Path) -> None:
    """The issue's phrase 「a…a…a…a…a…b」 with gap 100 over 150 letters took 96 s; now it finishes fast
    or reports that the rule was not checked, as a coded warning on the whole document."""
    path = tmp_path / "gap.yaml"
    path.write_text(textwrap.dedent("""\
        id: house_gap
        title: gaps
        settings: {gap: 100}
        rules:
          - id: HOUSE-GAP
            title: gapped phrase
            severity: error
            citation: {document: house}
            condition: {kind: forbidden_phrase, phrases: ["a…a…a…a…a…b"]}
            message: gapped
        """), encoding="utf-8")
    books = load_rulebooks([path], replace=True)
    started = time.perf_counter()
    findings = comply(_document("基金" + "a" * 150), books)
    elapsed = time.perf_counter() - started
    assert elapsed < 5, f"{elapsed:.1f}s"
    if findings:  # timed out: a warning without a location, saying the rule was not checked
        (f,) = findings
        assert f.rule_id == "HOUSE-GAP" and f.severity is Severity.WARNING
        assert f.spans == () and "not checked" in f.message


def test_timed_out_finding_is_not_a_missing_statement(tmp_path: Path) -> None:
    """Issue 15 #16: a regex-timeout finding must not read 「the statement is missing here」."""
    from analyzer.comply.review import Review
    from analyzer.report.findings import render_text

    books = load_rulebooks([ROOT / "tests" / "data" / "rules" / "catastrophic_regex.yaml"], replace=True)
    doc = _document("基金" + "a" * 60)
    findings = comply(doc, books, lang="en")
    assert [f.severity for f in findings] == [Severity.WARNING]
    text = render_text([Review.of(doc, findings, "en")])
    assert "missing" not in text and "(the whole document)" in text


def test_registry_failure_is_not_cached(monkeypatch: pytest.MonkeyPatch) -> None:
    """Issue 15 (read of the code): a timeout while the registry first loads must propagate and must
    not disable fund facts for the rest of the worker's life."""
    from analyzer.comply import facts
    from analyzer.errors import DocumentTimeout

    monkeypatch.setattr(facts, "_FUND_TABLE", [])
    calls = {"n": 0}
    real = facts.default_registry

    def flaky() -> object:
        calls["n"] += 1
        if calls["n"] == 1:
            raise DocumentTimeout("document took too long")
        return real()

    monkeypatch.setattr(facts, "default_registry", flaky)
    with pytest.raises(DocumentTimeout):
        facts._fund_pattern()
    pattern, table, _ = facts._fund_pattern()  # the second document gets the fund table
    assert pattern is not None and table
