"""SARIF 2.1.0 output, so findings show up in code review tools (columns in Unicode code points)."""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import PurePath
from urllib.parse import quote

from analyzer.comply.review import Review
from analyzer.comply.rulebook import Rulebook
from analyzer.i18n import Lang, message, resolve_lang
from analyzer.report.findings import citation_text
from analyzer.types import Severity

SCHEMA = "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
LEVEL = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}


STDIN = "<stdin>"
# RFC 3986: keep path separators and sub-delimiters readable, percent-encode the rest (spaces,
# quotes, <>, %, non-ASCII as UTF-8)
_SAFE = "/:@!$&'()*+,;="


@dataclass(frozen=True, slots=True)
class FailedInput:
    """An input that could not be read or analyzed (E101 unreadable, E102 too large, …)."""

    path: str
    code: str
    message: str


def artifact_uri(path: str) -> str:
    """A path as a SARIF ``uri-reference``: percent-encoded, absolute paths as ``file://`` URIs, and
    a ``./`` prefix when the first segment holds a colon (so 「javascript:alert(4).txt」 is a
    relative file, never a scheme). Standard input is ``%3Cstdin%3E``."""
    pure = PurePath(path)
    posix = pure.as_posix()
    if pure.is_absolute():
        return "file://" + quote(posix, safe=_SAFE)
    encoded = quote(posix, safe=_SAFE)
    if ":" in encoded.split("/", 1)[0]:
        encoded = "./" + encoded
    return encoded


def _artifact(path: str) -> dict[str, object]:
    artifact: dict[str, object] = {"location": {"uri": artifact_uri(path)}}
    if path == STDIN:
        artifact["description"] = {"text": "standard input"}
    return artifact


def _rule_descriptors(rulebooks: Sequence[Rulebook], lang: Lang = "en") -> list[dict[str, object]]:
    rules = []
    cites = message("comply.label.cites", lang)
    for book in rulebooks:
        for rule in book.rules:
            full = rule.words("message", lang) or rule.message.strip()
            fix = rule.words("fix", lang)
            rules.append({
                "id": rule.id,
                "name": rule.id.replace(".", "_").replace("-", "_"),
                "shortDescription": {"text": rule.words("title", lang) or rule.title},
                "fullDescription": {"text": full},
                "help": {"text": " ".join([full, *([fix] if fix else []), f"{cites}: {citation_text(rule.citation)}"])},
                "defaultConfiguration": {"level": LEVEL[rule.severity]},
                "properties": {
                    "rulebook": book.id,
                    "citation": rule.citation.model_dump(mode="json"),
                    "severityReason": rule.severity_reason or "",
                    "tags": ["compliance", rule.condition.kind],
                },
            })
    return rules


def _notification(failed: FailedInput) -> dict[str, object]:
    return {
        "level": "error",
        "message": {"text": f"{failed.code} {failed.message}"},
        "descriptor": {"id": failed.code},
        "locations": [{"physicalLocation": {"artifactLocation": {"uri": artifact_uri(failed.path)}}}],
    }


def render_sarif(
    reviews: Sequence[Review], rulebooks: Sequence[Rulebook], version: str = "0",
    failed: Sequence[FailedInput] = (), lang: str | None = None,
) -> str:
    """One run holding every rule as a descriptor and every finding as a result; inputs that failed
    are tool-execution notifications, and the invocation is unsuccessful when any failed. The rules
    are described in ``lang`` (else the language of the first review), each result in its review's."""
    run_lang = resolve_lang(lang, reviews[0].lang if reviews else "en")
    descriptors = _rule_descriptors(rulebooks, run_lang)
    index = {d["id"]: i for i, d in enumerate(descriptors)}
    results = []
    for review in reviews:
        for finding in review.findings:
            locations = []
            for span, words in zip(finding.spans, finding.quotes, strict=False):
                loc = review.location(span)
                region: dict[str, object] = {
                    "startLine": loc.line, "startColumn": loc.column,
                    "endLine": loc.end_line, "endColumn": loc.end_column,
                    "charOffset": span.start, "charLength": span.end - span.start,
                }
                if words:
                    region["snippet"] = {"text": words}
                physical = {"artifactLocation": {"uri": artifact_uri(review.path)}, "region": region}
                location: dict[str, object] = {"physicalLocation": physical}
                where = review.layout.locate(span) if review.layout is not None else None  # PDF or Word
                if where is not None and where.label():
                    location["message"] = {"text": where.label()}
                    location["properties"] = where.model_dump(mode="json", exclude_none=True)
                locations.append(location)
            result: dict[str, object] = {
                "ruleId": finding.rule_id,
                "level": LEVEL[finding.severity],
                "message": {"text": f"{finding.title}: {finding.message}"
                            + (f" {finding.fix}" if finding.fix else "")
                            + f" ({message('comply.label.cites', review.lang)} {citation_text(finding.citation)})"},
                "locations": locations,
                "properties": {"claimIds": list(finding.claim_ids), "docId": review.doc_id, "lang": review.lang,
                               **({"fix": finding.fix} if finding.fix else {})},
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
            "invocations": [{
                "executionSuccessful": not failed,
                "toolExecutionNotifications": [_notification(f) for f in failed],
            }],
            "columnKind": "unicodeCodePoints",
            # SARIF's language is xx or xx-XX; the script tag stays in the run's properties
            "language": {"zh-Hans": "zh-CN", "zh-Hant": "zh-TW"}.get(run_lang, "en-US"),
            "properties": {"lang": run_lang},
            "artifacts": [_artifact(r.path) for r in reviews] + [_artifact(f.path) for f in failed],
            "results": results,
        }],
    }
    return json.dumps(sarif, ensure_ascii=False, indent=2) + "\n"
