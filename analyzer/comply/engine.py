"""The engine: run every enabled rule of every applicable rulebook over one document."""

from __future__ import annotations

from collections.abc import Sequence

from analyzer.comply.context import Context, Hit
from analyzer.comply.guard import PatternTimeout
from analyzer.comply.rulebook import Rule, Rulebook
from analyzer.types import DocumentResult, Finding, Severity

SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def _finding(ctx: Context, rule: Rule, hit: Hit) -> Finding:
    message = rule.message.strip()
    if hit.detail:
        message = f"{message} {hit.detail}"
    return Finding(
        rule_id=rule.id,
        severity=hit.severity or rule.severity,
        title=rule.title,
        message=message,
        spans=hit.spans,
        quotes=tuple(ctx.quote(s) for s in hit.spans),
        citation=rule.citation,
        claim_ids=hit.claim_ids,
    )


TIMED_OUT = (
    "This rule's patterns ran out of time on this document, so it was not checked; "
    "review the document for it by hand (or simplify the rule's phrases)."
)


def _timeout_finding(rule_id: str, title: str, rule: Rule | None) -> Finding:
    """A rule that could not be evaluated in time: a warning on the whole document, no location."""
    from analyzer.types import Citation

    return Finding(
        rule_id=rule_id, severity=Severity.WARNING, title=f"Not checked (time limit): {title}", message=TIMED_OUT,
        citation=rule.citation if rule is not None else Citation(document="rulebook scope", provenance=None),
    )


def _evaluate(ctx: Context, rule: Rule) -> list[Finding]:
    try:
        return [_finding(ctx, rule, hit) for hit in rule.condition.evaluate(ctx)]
    except PatternTimeout:
        return [_timeout_finding(rule.id, rule.title, rule)]


def run_rules(result: DocumentResult, rulebooks: Sequence[Rulebook]) -> list[Finding]:
    """Findings in reading order (then severity, then rule id)."""
    ctx = Context(result)
    findings: list[Finding] = []
    for book in rulebooks:
        try:
            if book.scope is not None and book.scope.evidence(ctx) is None:
                continue
        except PatternTimeout:
            findings.append(_timeout_finding(book.id, f"scope of rulebook {book.title}", None))
            continue
        for rule in book.rules:
            if rule.enabled:
                findings.extend(_evaluate(ctx, rule))
    findings.sort(key=lambda f: (f.spans[0].start if f.spans else 0, SEVERITY_RANK[f.severity], f.rule_id))
    return findings
