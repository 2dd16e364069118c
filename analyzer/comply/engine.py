"""The engine: run every enabled rule of every applicable rulebook over one document, and put each
finding into words in the reader's language (the rule's own words, the detail through the catalogue)."""

from __future__ import annotations

from collections.abc import Sequence

from analyzer.comply.context import Context, Hit
from analyzer.comply.guard import PatternTimeout
from analyzer.comply.rulebook import Rule, Rulebook
from analyzer.comply.say import render
from analyzer.i18n import Lang, message
from analyzer.types import Citation, DocumentResult, Finding, Severity

SEVERITY_RANK = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def _finding(ctx: Context, rule: Rule, hit: Hit, lang: Lang) -> Finding:
    text = rule.words("message", lang) or rule.message.strip()
    detail = render(hit.detail, lang) if hit.detail else ""
    if detail:
        # Chinese runs on without a space, unless the rule's own words end in a Latin letter (an
        # untranslated house rule)
        text = f"{text} {detail}" if lang == "en" or text[-1:].isascii() else f"{text}{detail}"
    return Finding(
        rule_id=rule.id,
        severity=hit.severity or rule.severity,
        title=rule.words("title", lang) or rule.title,
        message=text,
        fix=rule.words("fix", lang),
        lang=lang,
        spans=hit.spans,
        quotes=tuple(ctx.quote(s) for s in hit.spans),
        citation=rule.citation,
        claim_ids=hit.claim_ids,
    )


def _timeout_finding(rule_id: str, title: str, rule: Rule | None, lang: Lang) -> Finding:
    """A rule that could not be evaluated in time: a warning on the whole document, no location."""
    return Finding(
        rule_id=rule_id, severity=Severity.WARNING, title=message("comply.timeout.title", lang, title=title),
        message=message("comply.timeout.message", lang),
        lang=lang,
        citation=rule.citation if rule is not None else Citation(document="rulebook scope", provenance=None),
    )


def _evaluate(ctx: Context, rule: Rule, lang: Lang) -> list[Finding]:
    try:
        return [_finding(ctx, rule, hit, lang) for hit in rule.condition.evaluate(ctx)]
    except PatternTimeout:
        return [_timeout_finding(rule.id, rule.words("title", lang) or rule.title, rule, lang)]


def run_rules(result: DocumentResult, rulebooks: Sequence[Rulebook], lang: Lang = "en") -> list[Finding]:
    """Findings in reading order (then severity, then rule id), worded in ``lang``."""
    ctx = Context(result)
    findings: list[Finding] = []
    for book in rulebooks:
        try:
            if book.scope is not None and book.scope.evidence(ctx) is None:
                continue
        except PatternTimeout:
            findings.append(_timeout_finding(book.id, book.title, None, lang))
            continue
        for rule in book.rules:
            if rule.enabled:
                findings.extend(_evaluate(ctx, rule, lang))
    findings.sort(key=lambda f: (f.spans[0].start if f.spans else 0, SEVERITY_RANK[f.severity], f.rule_id))
    return findings
