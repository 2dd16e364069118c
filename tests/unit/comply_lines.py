"""What the comply line tables check, defined once: the loud findings of a text (errors and warnings),
whether a breach's words are quoted by a finding of its rule, in any script or punctuation width, and the
tests a table of compliant lines, compliant pieces and breaches runs in the four forms."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from analyzer.types import Finding, Severity
from tests.unit.test_comply_meaning import _S2T, _T2S, _TO_ASCII, FORMS, HEAD, TAIL, review


def loud(findings: tuple[Finding, ...]) -> list[tuple[str, str, tuple[str, ...]]]:
    """(rule, severity, quotes) of every finding above info."""
    return [(f.rule_id, f.severity.value, f.quotes) for f in findings if f.severity is not Severity.INFO]


def of_rule(findings: tuple[Finding, ...], rule: str, severity: str, *, sub_rules: bool) -> list[Finding]:
    """The findings of ``rule`` (and, with ``sub_rules``, of its sub-rules ``rule.x``) at ``severity``."""
    return [f for f in findings if (f.rule_id == rule or (sub_rules and f.rule_id.startswith(rule + ".")))
            and f.severity.value == severity]


def comparable(words: str) -> str:
    """``words`` folded to one script and width through a round trip of the script (着 → 著 → 著 is no
    change back), so words written in one form compare with quotes taken from another."""
    return _T2S.convert(_S2T.convert(words)).translate(_TO_ASCII)


def quoted(findings: list[Finding], words: str) -> bool:
    """Whether one of ``findings`` quotes ``words``."""
    want = comparable(words)
    return any(want in _T2S.convert(_S2T.convert(_T2S.convert(q).translate(_TO_ASCII)))
               for f in findings for q in f.quotes)


def clean_line_test(lines: list[str]) -> Callable[[str, str], None]:
    """A test that each of ``lines``, between the usual head and tail, raises no error or warning in any
    of the four forms; a table module binds it to a ``test_…`` name."""

    @pytest.mark.issue(22)
    @pytest.mark.parametrize("form", FORMS)
    @pytest.mark.parametrize("line", lines, ids=[c[:14] for c in lines])
    def test(line: str, form: str) -> None:
        assert loud(review(FORMS[form](HEAD + line + TAIL))) == []

    return test


def clean_piece_test(pieces: list[str]) -> Callable[[str, str], None]:
    """A test that each whole piece of ``pieces`` raises no error or warning in any of the four forms."""

    @pytest.mark.issue(22)
    @pytest.mark.parametrize("form", FORMS)
    @pytest.mark.parametrize("piece", pieces, ids=[p[:10] for p in pieces])
    def test(piece: str, form: str) -> None:
        assert loud(review(FORMS[form](piece))) == []

    return test


def breach_test(breaches: list[tuple[str, str, str, str]], *, sub_rules: bool) -> Callable[..., None]:
    """A test that each (line, rule, severity, words) of ``breaches`` is found by its rule (and, with
    ``sub_rules``, a sub-rule of it) at its severity, quoting its words, in any of the four forms."""

    @pytest.mark.issue(22)
    @pytest.mark.parametrize("form", FORMS)
    @pytest.mark.parametrize(("line", "rule", "severity", "words"), breaches, ids=[b[0][:14] for b in breaches])
    def test(line: str, rule: str, severity: str, words: str, form: str) -> None:
        findings = review(FORMS[form](HEAD + line + TAIL))
        assert quoted(of_rule(findings, rule, severity, sub_rules=sub_rules), words), loud(findings)

    return test
