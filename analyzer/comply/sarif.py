"""SARIF 2.1.0 output, so findings show up in code review tools (columns in Unicode code points)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from pathlib import PurePath

from analyzer.comply.render import citation_text
from analyzer.comply.review import Review
from analyzer.comply.rulebook import Rulebook
from analyzer.types import Severity

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


def _uri(path: str) -> str:
    return PurePath(path).as_posix()


def _rule_descriptors(rulebooks: Sequence[Rulebook]) -> list[dict[str, object]]:
    rules = []
    for book in rulebooks:
        for rule in book.rules:
            rules.append({
                "id": rule.id,
                "name": rule.id.replace(".", "_").replace("-", "_"),
                "shortDescription": {"text": rule.title},
                "fullDescription": {"text": rule.message.strip()},
                "help": {"text": f"{rule.message.strip()} Cites: {citation_text(rule.citation)}"},
                "defaultConfiguration": {"level": LEVEL[rule.severity]},
                "properties": {
                    "rulebook": book.id,
                    "citation": rule.citation.model_dump(mode="json"),
                    "tags": ["compliance", rule.condition.kind],
                },
            })
    return rules


def render_sarif(reviews: Sequence[Review], rulebooks: Sequence[Rulebook], version: str = "0") -> str:
    """One run holding every rule as a descriptor and every finding as a result."""
    descriptors = _rule_descriptors(rulebooks)
    index = {d["id"]: i for i, d in enumerate(descriptors)}
    results = []
    for review in reviews:
        for finding in review.findings:
            locations = []
            for span, quote in zip(finding.spans, finding.quotes, strict=False):
                loc = review.location(span)
                region: dict[str, object] = {
                    "startLine": loc.line, "startColumn": loc.column,
                    "endLine": loc.end_line, "endColumn": loc.end_column,
                    "charOffset": span.start, "charLength": span.end - span.start,
                }
                if quote:
                    region["snippet"] = {"text": quote}
                physical = {"artifactLocation": {"uri": _uri(review.path)}, "region": region}
                locations.append({"physicalLocation": physical})
            result: dict[str, object] = {
                "ruleId": finding.rule_id,
                "level": LEVEL[finding.severity],
                "message": {"text": f"{finding.title}: {finding.message} (cites {citation_text(finding.citation)})"},
                "locations": locations,
                "properties": {"claimIds": list(finding.claim_ids), "docId": review.doc_id},
            }
            if finding.rule_id in index:
                result["ruleIndex"] = index[finding.rule_id]
            results.append(result)
    sarif = {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "analyzer-comply",
                "version": version,
                "rules": descriptors,
            }},
            "columnKind": "unicodeCodePoints",
            "artifacts": [{"location": {"uri": _uri(r.path)}} for r in reviews],
            "results": results,
        }],
    }
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"
