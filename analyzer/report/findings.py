"""The review as text (for a reviewer to sign off), JSON or CSV."""

from __future__ import annotations

import csv
import io
import json
from collections import Counter
from collections.abc import Sequence

from analyzer.comply.review import Review, summary_line
from analyzer.i18n import message
from analyzer.report.cells import csv_cell
from analyzer.report.table import wrap_cells
from analyzer.types import Citation, Finding, Severity

QUOTE_MAX = 80


def citation_text(citation: Citation) -> str:
    """「document article [provenance]」; ``a; b`` documents pair with ``x; y`` articles."""
    documents = [d.strip() for d in citation.document.split(";")]
    articles = [a.strip() for a in (citation.article or "").split(";")] if citation.article else []
    if len(articles) == len(documents):
        text = "; ".join(f"{d} {a}" for d, a in zip(documents, articles, strict=True))
    else:
        text = " ".join([citation.document, *([citation.article] if citation.article else [])])
    return f"{text} [{citation.provenance}]" if citation.provenance else text


def _short(quote: str) -> str:
    quote = quote.replace("\n", "⏎")
    return quote if len(quote) <= QUOTE_MAX else quote[: QUOTE_MAX - 1] + "…"


SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}


def _where(review: Review, finding: Finding) -> list[str]:
    at = message("comply.label.at", review.lang)
    if not finding.spans:  # a rule not evaluated (time limit): it concerns the whole document
        return [f"    {at} {review.path}  {message('comply.label.whole', review.lang)}"]
    lines = []
    for span, quote in zip(finding.spans, finding.quotes, strict=False):
        loc = review.location(span)
        shown = f"「{_short(quote)}」" if quote else message("comply.label.missing", review.lang)
        lines.append(f"    {at} {review.path}:{loc.line}:{loc.column}  {shown}")
    return lines


def render_text(
    reviews: Sequence[Review],
    reminders: Sequence[str] = (),
    min_severity: Severity = Severity.INFO,
    width: int | None = None,
) -> str:
    """The review a compliance reviewer reads: a summary line, then each finding at least as severe
    as ``min_severity`` (the counts always cover every finding, and say how many are hidden). With
    ``width`` the reasons, citations and notes wrap to that many terminal cells (never a number split)."""

    def block(label: str, text: str) -> list[str]:
        if width is None:
            return [f"{label}{text}"]
        return wrap_cells(text, width, indent=label, subsequent_indent=" " * len(label))

    total: Counter[Severity] = Counter()
    for review in reviews:
        total.update(review.counts())
    limit = SEVERITY_ORDER[min_severity]
    hidden = sum(n for sev, n in total.items() if SEVERITY_ORDER[sev] > limit)
    lang = reviews[0].lang if reviews else "en"
    if lang == "en":
        head = f"{summary_line(total)} in {len(reviews)} document{'s' * (len(reviews) != 1)}"
        if hidden:
            head += f" ({hidden} below {min_severity.value} not shown)"
    else:
        head = message("comply.label.head", lang, summary=summary_line(total, lang), count=len(reviews))
        if hidden:
            head += message("comply.label.hidden", lang, hidden=hidden,
                            severity=message(f"severity.{min_severity.value}", lang))
    out = [head]
    for review in reviews:
        out.append("")
        lang = review.lang
        out.append(f"{review.path} ({review.doc_id}): {summary_line(review.counts(), lang)}")
        for finding in review.findings:
            if SEVERITY_ORDER[finding.severity] > limit:
                continue
            out.append("")
            severity = finding.severity.value.upper() if lang == "en" else message(
                f"severity.{finding.severity.value}", lang)
            out.append(f"  {severity:7} {finding.rule_id}  {finding.title}")
            out.extend(_where(review, finding))
            out.extend(block(f"    {message('comply.label.why', lang)}: ", finding.message))
            if finding.fix:
                out.extend(block(f"    {message('comply.label.fix', lang)}: ", finding.fix))
            out.extend(block(f"    {message('comply.label.cites', lang)}: ", citation_text(finding.citation)))
    if reminders:
        out.append("")
        for reminder in reminders:
            out.extend(block(f"{message('comply.label.note', lang)}: ", reminder))
    return "\n".join(out) + "\n"


def finding_record(review: Review, finding: Finding) -> dict[str, object]:
    """A finding as JSON-ready data, with 1-based line/column for each span."""
    record = finding.model_dump(mode="json")
    record["locations"] = [
        {"line": loc.line, "column": loc.column, "end_line": loc.end_line, "end_column": loc.end_column}
        for loc in (review.location(s) for s in finding.spans)
    ]
    return record


def render_json(reviews: Sequence[Review]) -> str:
    docs = [
        {
            "path": r.path,
            "doc_id": r.doc_id,
            "lang": r.lang,
            "summary": {s.value: r.counts()[s] for s in Severity},
            "findings": [finding_record(r, f) for f in r.findings],
        }
        for r in reviews
    ]
    return json.dumps({"documents": docs}, ensure_ascii=False, indent=2) + "\n"


CSV_COLUMNS = ["path", "doc_id", "rule_id", "severity", "title", "line", "column", "end_line", "end_column",
               "quote", "message", "document", "article", "provenance", "claim_ids", "fix", "lang"]


def render_csv(reviews: Sequence[Review]) -> str:
    """One row per finding span (a finding with no span gets one row with empty location)."""
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for r in reviews:
        for f in r.findings:
            for span, quote in list(zip(f.spans, f.quotes, strict=False)) or [(None, "")]:
                loc = r.location(span) if span is not None else None
                where = (loc.line, loc.column, loc.end_line, loc.end_column) if loc else ("", "", "", "")
                writer.writerow([csv_cell(v) for v in [
                    r.path, r.doc_id, f.rule_id, f.severity.value, f.title, *where,
                    quote, f.message, f.citation.document, f.citation.article or "", f.citation.provenance or "",
                    " ".join(f.claim_ids), f.fix or "", r.lang,
                ]])
    return buffer.getvalue()
