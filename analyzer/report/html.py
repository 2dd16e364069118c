"""The review report: one self-contained HTML page per document and an index over several.

Pages are rendered with Jinja2 templates shipped in ``analyzer/report/templates`` (autoescaped; the
annotated text is built in :mod:`analyzer.report.highlight` with every piece escaped). Each page has a
Content-Security-Policy that allows only its own inline script (by a per-page nonce), inline styles
and ``data:`` images, so nothing is fetched from a network and injected markup cannot run.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re
import secrets
import unicodedata
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cache
from pathlib import Path
from urllib.parse import quote, unquote

from jinja2 import Environment, PackageLoader, StrictUndefined

from analyzer import __version__
from analyzer.atomic import write_text_atomic
from analyzer.errors import ReportError
from analyzer.extract.numbers import plain_decimal
from analyzer.i18n import LANGS, Lang, message
from analyzer.i18n.phrases import explained
from analyzer.ingest.decode import display_name
from analyzer.report.charts import SeriesLookup, svg_data_uri, verdict_chart
from analyzer.report.highlight import Mark, annotate
from analyzer.report.table import as_of_source_words, format_period, format_value, metric_words
from analyzer.report.why import status_key
from analyzer.types import Claim, DocumentResult, Finding, Severity, Span, Verdict, VerdictStatus

STATUS_LABELS = {
    "supported": "supported",
    "contradicted": "contradicted",
    "unverifiable": "unverifiable",
    "unchecked": "not checked",
}
INDEX_NAME = "index.html"


def page_lang(result: DocumentResult, lang: str | None = None) -> Lang:
    """A document page's language: ``lang``, else the configuration's ``lang``, else the document's script."""
    from analyzer.config import load_config
    from analyzer.i18n import resolve_lang

    return resolve_lang(lang, load_config().lang, document_text=result.text)


def status_label(status: str, lang: Lang = "en") -> str:
    """A verdict status (``unchecked`` for no verdict) in the page's language (the catalogue's words)."""
    return message(status_key("not checked" if status == "unchecked" else status), lang)


@cache
def environment() -> Environment:
    """The template environment (autoescape on for everything)."""
    return Environment(
        loader=PackageLoader("analyzer", "report/templates"),
        autoescape=True,
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


@dataclass(frozen=True)
class Counts:
    """What one document holds: claims, verdicts by status, findings by severity."""

    claims: int = 0
    supported: int = 0
    contradicted: int = 0
    unverifiable: int = 0
    errors: int = 0
    warnings: int = 0
    info: int = 0

    @classmethod
    def of(cls, result: DocumentResult) -> Counts:
        status = [v.status for v in result.verdicts]
        severity = [f.severity for f in result.findings]
        return cls(
            claims=len(result.claims),
            supported=status.count(VerdictStatus.SUPPORTED),
            contradicted=status.count(VerdictStatus.CONTRADICTED),
            unverifiable=status.count(VerdictStatus.UNVERIFIABLE),
            errors=severity.count(Severity.ERROR),
            warnings=severity.count(Severity.WARNING),
            info=severity.count(Severity.INFO),
        )


@dataclass
class Item:
    """One entry of the side panel (a claim or a finding) with its pre-formatted record."""

    kind: str
    ref: str
    position: int
    css: str
    label: str
    summary: str
    badge: str
    rows: list[tuple[str, str]] = field(default_factory=list)
    verdict_rows: list[tuple[str, str]] = field(default_factory=list)
    data: list[str] = field(default_factory=list)
    quotes: list[str] = field(default_factory=list)
    claim_refs: list[str] = field(default_factory=list)
    chart: str | None = None
    chart_alt: str = ""


def finding_ref(index: int) -> str:
    """The page-local id of the ``index``-th finding (f1, f2, …)."""
    return f"f{index + 1}"


def fmt_decimal(value: Decimal | None) -> str:
    """A Decimal without exponent or trailing zeros; thousands separators from 1,000,000."""
    if value is None:
        return ""
    return format(value.normalize(), ",f") if abs(value) >= 1_000_000 else plain_decimal(value)


def _with_unit(value: Decimal | None, claim: Claim, *, delta: bool = False) -> str:
    if value is None:
        return ""
    text = fmt_decimal(value)
    if claim.unit == "%":
        return f"{text} pp" if delta else f"{text}%"
    if claim.unit == "x":
        return f"{text}x"
    if claim.currency:
        return f"{text} {claim.currency}"
    return f"{text} {claim.unit or ''}".strip()


def _claim_rows(claim: Claim, lang: Lang = "en") -> list[tuple[str, str]]:
    def row(key: str, value: str) -> None:
        rows.append((message(f"page.row.{key}", lang), value))

    rows: list[tuple[str, str]] = []
    row("words", f"{claim.text}  @{claim.span.start}–{claim.span.end}")
    if claim.where is not None:  # a PDF's page (and box), a Word document's paragraph or table cell
        box = f"  {message('page.row.box', lang)} {claim.where.box}" if claim.where.box else ""
        row("page", claim.where.label() + box)
    if claim.subject is not None:
        row("subject", f"{claim.subject.alias} ({claim.subject.id}, {claim.subject.kind})")
    else:
        row("subject", "—")
    if claim.linked is not None:
        row("linked", f"{claim.linked.alias} ({claim.linked.id})")
    row("metric", metric_words(claim.metric, lang) + (f" ({claim.metric})" if lang != "en" else ""))
    row("value", format_value(claim, lang))
    if claim.period is not None:
        how = [claim.period.text]
        if claim.period.derived_from:
            how.append(message("page.period.from", lang, what=claim.period.derived_from))
        if claim.period.year_inferred:
            how.append(message("page.period.year_inferred", lang))
        row("period", f"{_period_text(claim, lang)}  ({'; '.join(how)})")
    else:
        row("period", "—")
    if claim.intraday:
        row("when", message("page.row.intraday", lang))
    if claim.source is not None:
        row("cited_source", f"{', '.join(claim.source.sources)} — {claim.source.text}")
    else:
        row("cited_source", "—")
    if claim.attribution:
        row("attributed_to", claim.attribution)
    if claim.refs:
        row("computed_from", ", ".join(claim.refs))
    return rows


def _verdict_rows(verdict: Verdict, claim: Claim, lang: Lang = "en") -> list[tuple[str, str]]:
    tolerance = ("± " + _with_unit(verdict.tolerance, claim, delta=True)) if verdict.tolerance is not None else "—"
    rows = [
        ("status", status_label(verdict.status.value, lang)),
        ("stated", _with_unit(verdict.expected, claim)),
        ("computed", _with_unit(verdict.computed, claim) or "—"),
        ("difference", _with_unit(verdict.difference, claim, delta=True) or "—"),
        ("tolerance", tolerance),
        ("method", explained(verdict.method, lang)),
        ("checker", verdict.checker),
    ]
    if verdict.reason:
        rows.append(("reason", explained(verdict.reason, lang)))
    return [(message(f"page.row.{key}", lang), value) for key, value in rows]


def _citation(finding: Finding) -> str:
    c = finding.citation
    parts = [c.document, c.article or ""]
    text = " ".join(p for p in parts if p)
    return f"{text} [{c.provenance}]" if c.provenance else text


def _claim_item(claim: Claim, verdict: Verdict | None, lookup: SeriesLookup | None, lang: Lang = "en") -> Item:
    status = verdict.status.value if verdict is not None else "unchecked"
    item = Item(
        kind="claim",
        ref=claim.id,
        position=claim.span.start,
        css=f"st-{status}",
        label=claim.text,
        summary=f"{metric_words(claim.metric, lang)} · {status_label(status, lang)}",
        badge=status_label(status, lang),
        rows=_claim_rows(claim, lang),
    )
    if verdict is not None:
        item.verdict_rows = _verdict_rows(verdict, claim, lang)
        item.data = [explained(entry, lang) for entry in verdict.data]
        svg = verdict_chart(claim, verdict, lookup)
        if svg is not None:
            item.chart = svg_data_uri(svg)
            item.chart_alt = message("page.chart_alt", lang, claim=claim.id, method=explained(verdict.method, lang))
    return item


class LineIndex:
    """Line and column (1-based) of a character offset, from one pass over the text's line breaks."""

    def __init__(self, text: str) -> None:
        self._starts = [0] + [i + 1 for i, ch in enumerate(text) if ch == "\n"]

    def where(self, offset: int) -> str:
        line = bisect_right(self._starts, offset)
        return f"{line}:{offset - self._starts[line - 1] + 1}"

    def span(self, span: Span) -> str:
        """``line L:C–L:C`` as a reviewer reads it in an editor (and on the printed page)."""
        return f"line {self.where(span.start)}–{self.where(max(span.start, span.end - 1))}"


def _finding_item(index: int, finding: Finding, text: str, lines: LineIndex) -> Item:
    spans = sorted(finding.spans, key=lambda s: (s.start, s.end))
    quotes = list(finding.quotes) or [s.slice(text) for s in spans]
    lang = finding.lang if finding.lang in LANGS else "en"  # the labels speak the finding's language

    def label(key: str, english: str) -> str:
        return english if lang == "en" else message(key, lang)  # type: ignore[arg-type]

    return Item(
        kind="finding",
        ref=finding_ref(index),
        position=spans[0].start if spans else -1,
        css=f"sev-{finding.severity.value}",
        label=finding.title,
        summary=f"{label(f'severity.{finding.severity.value}', finding.severity.value)} · {finding.rule_id}",
        badge=finding.severity.value,
        rows=[
            (label("header.rule", "rule"), finding.rule_id),
            (label("header.severity", "severity"), label(f"severity.{finding.severity.value}", finding.severity.value)),
            (label("comply.label.title", "title"), finding.title),
            (label("header.message", "message"), finding.message),
            *([(label("header.fix", "fix"), finding.fix)] if finding.fix else []),
            (label("comply.label.cites", "citation"), _citation(finding)),
            (label("header.where", "where"), ", ".join(lines.span(s) for s in spans)
             or label("comply.label.whole", "the whole document")),
            *([(label("header.page", "page"), finding.where.label())] if finding.where is not None else []),
        ],
        quotes=quotes,
        claim_refs=list(finding.claim_ids),
    )


def marks_for(result: DocumentResult, lang: Lang = "en") -> list[Mark]:
    """The highlight marks of a document: every claim (by verdict status) and every finding span."""
    status = {v.claim_id: v.status.value for v in result.verdicts}
    marks = [
        Mark(
            "claim",
            c.id,
            c.span.start,
            c.span.end,
            f"st-{status.get(c.id, 'unchecked')}",
            f"{c.id} · {metric_words(c.metric, lang)} · {status_label(status.get(c.id, 'unchecked'), lang)}",
        )
        for c in result.claims
    ]
    for i, f in enumerate(result.findings):
        ref = finding_ref(i)
        marks += [
            Mark("finding", ref, s.start, s.end, f"sev-{f.severity.value}", f"{ref} · {f.severity.value} · {f.rule_id}")
            for s in f.spans
        ]
    return marks


def _period_text(claim: Claim, lang: Lang = "en") -> str:
    """The period as dates, or in words when neither end is known (never '… → …')."""
    p = claim.period
    if p is None:
        return "—"
    if p.start is None and p.end is None:
        if p.invalid:
            return message("page.period.no_dates", lang, why=p.invalid)
        return message("page.period.no_document_date", lang) if p.text else "—"
    return format_period(claim)


def _header(result: DocumentResult, generated: dt.datetime, lang: Lang = "en") -> list[tuple[str, str]]:
    m = result.meta
    as_of = message("page.head.as_of_unknown", lang) if m.as_of is None else m.as_of.isoformat()
    if m.as_of is not None:
        source = m.as_of_source or ("text" if m.as_of_inferred else "")
        if source in ("given", "meta", "heading", "text"):
            as_of += f" ({message(f'page.head.as_of.{source}', lang)})"
    version = m.analyzer_version
    if m.analyzer_version != __version__:
        version += " " + message("page.head.report_version", lang, version=__version__)
    encoding = message("page.head.encoding_value", lang, encoding=m.encoding, format=m.format, n=m.n_chars)
    return [
        (message("page.head.as_of", lang), as_of),
        (message("page.head.conversion", lang), m.conversion),
        (message("page.head.encoding", lang), encoding),
        (message("page.head.document_id", lang), m.doc_id),
        ("analyzer", version),
        (message("page.generated", lang), generated.isoformat(timespec="seconds")),
    ]


def render_document(
    result: DocumentResult,
    *,
    series_lookup: SeriesLookup | None = None,
    notes: Sequence[str] = (),
    index_href: str | None = None,
    nonce: str | None = None,
    generated: dt.datetime | None = None,
    title: str | None = None,
    lang: str | None = None,
) -> str:
    """One document's review page: annotated original (and Simplified) text, side panel, records, charts.
    Its words are in ``lang``, else the configuration's ``lang``, else the document's script."""
    words = page_lang(result, lang)
    generated = generated or dt.datetime.now().astimezone()
    verdicts = {v.claim_id: v for v in result.verdicts}
    items = [_claim_item(c, verdicts.get(c.id), series_lookup, words) for c in result.claims]
    lines = LineIndex(result.text)
    items += [_finding_item(i, f, result.text, lines) for i, f in enumerate(result.findings)]
    items.sort(key=lambda it: (it.position, 0 if it.kind == "finding" else 1, it.ref))
    marks = marks_for(result, words)
    page_notes = list(notes)
    dropped = [m for m in marks if not (0 <= m.start < m.end <= len(result.text))]
    if dropped:
        page_notes.append(message("page.spans_dropped", words, n=len(dropped)))
    same_offsets = len(result.simplified) == len(result.text)
    simplified = annotate(result.simplified, marks if same_offsets else [])
    html = (
        environment()
        .get_template("document.html.j2")
        .render(
            t=lambda key, **params: message(key, words, **params),
            lang=words,
            title=title or Path(result.meta.path).name or result.meta.path,
            path=result.meta.path,
            header=_header(result, generated, words),
            counts=Counts.of(result),
            notes=page_notes,
            original=annotate(result.text, marks),
            simplified=simplified,
            simplified_highlighted=same_offsets,
            same_text=result.simplified == result.text,
            items=items,
            index_href=index_href,
            version=result.meta.analyzer_version,
            doc_id=result.meta.doc_id,
            generated=generated.isoformat(timespec="seconds"),
            nonce=nonce or secrets.token_hex(16),
        )
    )
    return neutralize(html)


@dataclass(frozen=True)
class IndexRow:
    """One document in the index."""

    href: str
    name: str
    path: str
    doc_id: str
    as_of: str
    counts: Counts
    as_of_source: str = ""
    #: '' for a document with a page; the error code and message of an input that failed
    error_code: str = ""
    error: str = ""

    @classmethod
    def of(cls, result: DocumentResult, page: str, title: str | None = None) -> IndexRow:
        """The index row of ``result`` whose page file is ``page``."""
        return cls(
            href=quote(page),
            name=title or Path(result.meta.path).name or result.meta.path,
            path=result.meta.path,
            doc_id=result.meta.doc_id,
            as_of=result.meta.as_of.isoformat() if result.meta.as_of else "",
            counts=Counts.of(result),
            as_of_source=(result.meta.as_of_source or ("text" if result.meta.as_of_inferred else ""))
            if result.meta.as_of
            else "",
        )

    @classmethod
    def failure(cls, path: str, doc_id: str, code: str, message: str) -> IndexRow:
        """The row of an input that failed: no page, its error instead."""
        return cls(
            href="", name=Path(path).name or path, path=path, doc_id=doc_id, as_of="", counts=Counts(),
            error_code=code, error=message.removeprefix(f"{code} "),
        )  # fmt: skip

    @property
    def failed(self) -> bool:
        return bool(self.error or self.error_code)

    @property
    def css(self) -> str:
        """The row's colour class: failed, contradicted or error findings (bad), warnings, or none."""
        c = self.counts
        if self.failed:
            return "row-failed"
        if c.contradicted or c.errors:
            return "row-bad"
        if c.warnings or c.unverifiable:
            return "row-warn"
        return "row-ok"

    def rank(self) -> tuple[int, int, int]:
        """Sort key of the index: failed inputs, then contradictions and error findings (most first),
        then warnings, then the rest (stable, so input order within a group)."""
        c = self.counts
        group = 0 if self.failed else 1 if (c.contradicted or c.errors) else 2 if c.warnings else 3
        return (group, -(c.contradicted + c.errors), -c.warnings)

    def to_json(self) -> str:
        return json.dumps(dataclasses.asdict(self), ensure_ascii=False)

    @classmethod
    def from_json(cls, text: str) -> IndexRow:
        data = json.loads(text)
        known = {f.name for f in dataclasses.fields(cls)}
        return cls(**{**{k: v for k, v in data.items() if k in known}, "counts": Counts(**data["counts"])})


def render_index(
    rows: Sequence[IndexRow],
    *,
    notes: Sequence[str] = (),
    nonce: str | None = None,
    generated: dt.datetime | None = None,
    lang: str | None = None,
) -> str:
    """The index page: one row per input, failed inputs (with their error) first, then documents with
    contradictions or error findings, then warnings; coloured by that group and sortable by every column.
    Its words are the CLI's own: ``lang``, else the configuration's ``lang``, else the locale's."""
    from analyzer.config import load_config
    from analyzer.i18n import resolve_lang

    words = resolve_lang(lang, load_config().lang)
    generated = generated or dt.datetime.now().astimezone()
    totals = Counts(
        **{k: sum(getattr(r.counts, k) for r in rows) for k in Counts.__dataclass_fields__}  # type: ignore[arg-type]
    )
    entries = sorted(rows, key=IndexRow.rank)
    html = (
        environment()
        .get_template("index.html.j2")
        .render(
            t=lambda key, **params: message(key, words, **params),
            source_word=lambda source: as_of_source_words(source, words),
            lang=words,
            entries=entries,
            totals=totals,
            n_failed=sum(r.failed for r in rows),
            notes=list(notes),
            version=__version__,
            generated=generated.isoformat(timespec="seconds"),
            nonce=nonce or secrets.token_hex(16),
        )
    )
    return neutralize(html)


_UNSAFE = re.compile(r"[^\w.-]+")
# C0 controls but tab/newline/CR, DEL and C1 controls; bidirectional embeddings, overrides and isolates
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]")


def _visible(match: re.Match[str]) -> str:
    ch = match.group()
    code = ord(ch)
    if code < 0x20:
        return chr(0x2400 + code)  # the Control Pictures block: ␛ for ESC, ␇ for BEL
    if code == 0x7F:
        return "\u2421"  # ␡
    return f"[U+{code:04X}]"


def neutralize(html: str) -> str:
    """Make raw control characters in a page visible and inert: a terminal escape (ESC, BEL) becomes its
    control picture (␛, ␇) and a bidirectional override (U+202E, which would show 'gpj.exe' as 'exe.jpg')
    becomes ``[U+202E]``. Applied to the whole rendered page, so no field can slip through; the
    templates themselves hold none of these characters."""
    return _CONTROL.sub(_visible, html)


def page_name(result: DocumentResult, taken: set[str], unique: str = "") -> str:
    """A safe, unique file name for a document's page: ``<stem>-<doc id>[-<unique>].html`` (``unique``
    tells apart identical documents at different paths when pages are written independently)."""
    stem = unicodedata.normalize("NFC", Path(result.meta.path).stem)
    stem = _UNSAFE.sub("_", stem).strip("._")[:60] or "document"
    base = f"{stem}-{result.meta.doc_id}" + (f"-{unique}" if unique else "")
    name = f"{base}.html"
    n = 2
    while name in taken or name == INDEX_NAME:
        name = f"{base}-{n}.html"
        n += 1
    taken.add(name)
    return name


def write_page(
    result: DocumentResult,
    out_dir: Path,
    taken: set[str],
    series_lookup: SeriesLookup | None = None,
    *,
    notes: Sequence[str] = (),
    index_href: str | None = None,
    unique: str = "",
    title: str | None = None,
    lang: str | None = None,
) -> IndexRow:
    """Write one document's page into ``out_dir`` (atomically); its index row. ``title`` (e.g. from the
    batch metadata) replaces the file name as the page's heading."""
    name = page_name(result, taken, unique)
    page = render_document(
        result, series_lookup=series_lookup, notes=notes, index_href=index_href, title=title, lang=lang
    )
    write_text_atomic(out_dir / name, page)
    return IndexRow.of(result, name, title)


def write_reports(
    results: Sequence[DocumentResult],
    out_dir: Path,
    series_lookup: SeriesLookup | None = None,
    *,
    notes: Sequence[str] = (),
    lang: str | None = None,
) -> list[Path]:
    """Write one page per document into ``out_dir`` and, for more than one, ``index.html``; the paths written.
    Each page speaks ``lang``, else the configuration's, else its document's script."""
    out_dir = Path(out_dir)
    if out_dir.exists() and not out_dir.is_dir():
        raise ReportError(f"{display_name(str(out_dir))}: is a file; the report needs a folder", code="E701")
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise ReportError(
            f"{display_name(str(out_dir))}: cannot create the folder ({exc.strerror})", code="E701"
        ) from None
    taken: set[str] = set()
    with_index = len(results) > 1
    index_href = INDEX_NAME if with_index else None
    rows = [
        write_page(r, out_dir, taken, series_lookup, notes=notes, index_href=index_href, lang=lang) for r in results
    ]
    written = [out_dir / unquote(row.href) for row in rows]
    if with_index:
        write_index(rows, out_dir, notes=notes, lang=lang)
        written.append(out_dir / INDEX_NAME)
    return written


def write_index(
    rows: Sequence[IndexRow], out_dir: Path, *, notes: Sequence[str] = (), lang: str | None = None
) -> Path:
    """Write ``index.html`` over ``rows`` into ``out_dir`` (atomically), its words in ``lang`` (see render_index)."""
    path = Path(out_dir) / INDEX_NAME
    write_text_atomic(path, render_index(rows, notes=notes, lang=lang))
    return path
