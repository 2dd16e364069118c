"""What the comply line tables check, defined once: the loud findings of a text (errors and warnings),
and whether a breach's words are quoted by a finding of its rule, in any script or punctuation width."""

from __future__ import annotations

from analyzer.types import Finding, Severity
from tests.unit.test_comply_meaning import _S2T, _T2S, _TO_ASCII


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
