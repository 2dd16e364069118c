"""Results in a notebook: ``DocumentResult._repr_html_`` and :class:`Results` (a batch's verdicts).

One self-contained HTML fragment per document: the original text with each claim highlighted and
coloured by its verdict (a tooltip gives the short why), then the verdict table in the order the
terminal table uses (report.why), then the findings. No script, no external resource, every piece of
text escaped (report.highlight); the styles are scoped to the fragment's class, so a notebook's own
styles are left alone. Words follow the document's script unless a language is given (i18n).
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, overload

from markupsafe import Markup, escape

from analyzer.i18n import Lang, message
from analyzer.report.highlight import Mark, annotate
from analyzer.report.table import format_value, metric_words
from analyzer.report.verdicts import shown_computed, summary_line, verdict_counts
from analyzer.report.why import ordered, short_why, status_key
from analyzer.types import DocumentResult, Verdict

if TYPE_CHECKING:
    import pandas as pd

#: background of a claim by its verdict (also the status cell's), readable in light and dark themes
COLOURS = {
    "supported": "#c8efd0",
    "contradicted": "#ffc9c9",
    "unverifiable": "#ffe8a8",
    "not checked": "#e4e4e4",
}
_STYLE = """<style>
.analyzer-result{font-family:system-ui,"Noto Sans CJK SC","Noto Sans CJK TC",sans-serif;color:#111;
background:#fff;padding:.5em;max-width:60em}
.analyzer-result .ar-text{white-space:pre-wrap;line-height:1.7;border:1px solid #ddd;padding:.6em;
max-height:30em;overflow:auto}
.analyzer-result mark.claim{border-radius:3px;padding:0 1px;color:#111}
.analyzer-result table{border-collapse:collapse;margin-top:.6em;font-size:.9em}
.analyzer-result th,.analyzer-result td{border:1px solid #ddd;padding:2px 6px;text-align:left}
.analyzer-result td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
.analyzer-result td[class^="st-"]{white-space:nowrap}
.analyzer-result h4{margin:.4em 0}
%s
</style>"""


def _status_css() -> str:
    rules = []
    for status, colour in COLOURS.items():
        css = "st-" + status.replace(" ", "-")
        rules.append(f".analyzer-result .{css}{{background:{colour}}}")
    return "\n".join(rules)


def document_lang(result: DocumentResult, lang: str | None = None) -> Lang:
    """The language of a document's view: ``lang``, else the configuration's, else the document's script."""
    from analyzer.config import load_config
    from analyzer.i18n import resolve_lang

    return resolve_lang(lang, load_config().lang, document_text=result.text)


def _status(verdict: Verdict | None) -> str:
    return verdict.status.value if verdict else "not checked"


def verdict_rows(result: DocumentResult, lang: Lang) -> list[dict[str, str]]:
    """The rows of the verdict table (strings, in the table's order)."""
    by_claim = {v.claim_id: v for v in result.verdicts}
    rows = []
    for c in ordered(result.claims, by_claim):
        v = by_claim.get(c.id)
        rows.append({
            "id": c.id,
            "subject": c.subject.alias if c.subject else "",
            "metric": metric_words(c.metric, lang),
            "stated": format_value(c, lang),
            "computed": shown_computed(v, c, lang) if v else "",
            "status": _status(v),
            "why": short_why(c, v, lang),
        })
    return rows


def _verdict_table(rows: Sequence[dict[str, str]], lang: Lang, with_path: Sequence[str] = ()) -> str:
    heads = ["id", "subject", "metric", "stated", "computed", "status", "why"]
    out = ["<table><thead><tr>"]
    if with_path:
        out.append(f"<th>{escape(message('header.path', lang))}</th>")
    out.extend(f"<th>{escape(message('header.' + h, lang))}</th>" for h in heads)
    out.append("</tr></thead><tbody>")
    for i, row in enumerate(rows):
        css = "st-" + row["status"].replace(" ", "-")
        out.append(f'<tr data-claim="{escape(row["id"])}">')
        if with_path:
            out.append(f"<td>{escape(with_path[i])}</td>")
        out.append(
            f"<td>{escape(row['id'])}</td><td>{escape(row['subject'])}</td><td>{escape(row['metric'])}</td>"
            f'<td class="num">{escape(row["stated"])}</td><td class="num">{escape(row["computed"])}</td>'
            f'<td class="{css}">{escape(message(status_key(row["status"]), lang))}</td>'
            f"<td>{escape(row['why'])}</td></tr>"
        )
    out.append("</tbody></table>")
    return "".join(out)


def _findings_table(result: DocumentResult, lang: Lang) -> str:
    if not result.findings:
        return ""
    out = ["<table class=\"ar-findings\"><thead><tr>"]
    out.extend(f"<th>{escape(message(k, lang))}</th>" for k in ("header.severity", "header.rule", "header.message"))
    out.append("</tr></thead><tbody>")
    for f in result.findings:
        out.append(
            f"<tr><td>{escape(message('severity.' + f.severity.value, lang))}</td><td>{escape(f.rule_id)}</td>"
            f"<td>{escape(f.title)}</td></tr>"
        )
    out.append("</tbody></table>")
    return "".join(out)


def document_html(result: DocumentResult, lang: str | None = None) -> str:
    """The notebook view of one document (see the module docstring)."""
    words = document_lang(result, lang)
    by_claim = {v.claim_id: v for v in result.verdicts}
    marks = []
    for c in result.claims:
        v = by_claim.get(c.id)
        status = _status(v)
        title = f"{c.id} · {message(status_key(status), words)} · {short_why(c, v, words)}"
        marks.append(Mark("claim", c.id, c.span.start, c.span.end, "st-" + status.replace(" ", "-"), title))
    text = annotate(result.text, marks)
    head = escape(summary_line(verdict_counts(result), result.meta.path, words))
    body = (
        f'<div class="analyzer-result" lang="{words}">{_STYLE % _status_css()}'
        f"<h4>{head}</h4><div class=\"ar-text\">{text}</div>"
        f"{_verdict_table(verdict_rows(result, words), words)}{_findings_table(result, words)}</div>"
    )
    return str(Markup(body))


class Results(Sequence[DocumentResult]):
    """Several documents' results, shown in a notebook as one verdict table (path and claim per row)
    with the totals; indexing gives each :class:`~analyzer.types.DocumentResult` (itself shown with
    its text). ``frames()`` gives the pandas tables."""

    def __init__(self, results: Iterable[DocumentResult], lang: str | None = None) -> None:
        self._results = list(results)
        self._lang = lang

    @overload
    def __getitem__(self, index: int) -> DocumentResult: ...
    @overload
    def __getitem__(self, index: slice) -> Results: ...
    def __getitem__(self, index: int | slice) -> DocumentResult | Results:
        if isinstance(index, slice):
            return Results(self._results[index], self._lang)
        return self._results[index]

    def __len__(self) -> int:
        return len(self._results)

    def __iter__(self) -> Iterator[DocumentResult]:
        return iter(self._results)

    def __repr__(self) -> str:
        return f"Results({len(self._results)} documents, {sum(len(r.claims) for r in self._results)} claims)"

    def frames(self) -> dict[str, pd.DataFrame]:
        """claims, mentions, verdicts, findings, unattributed as DataFrames (report.frame)."""
        from analyzer.report.frame import results_to_frames

        return results_to_frames(self._results)

    def _repr_html_(self) -> str:
        from analyzer.config import load_config
        from analyzer.i18n import resolve_lang

        sample = "".join(r.text[:2000] for r in self._results[:20])
        words = resolve_lang(self._lang, load_config().lang, document_text=sample)
        rows: list[dict[str, str]] = []
        paths: list[str] = []
        total = dict.fromkeys(("supported", "contradicted", "unverifiable", "not checked"), 0)
        for r in self._results:
            for row in verdict_rows(r, words):
                rows.append(row)
                paths.append(r.meta.path)
            for status, n in verdict_counts(r).items():
                total[status] += n
        label = message("table.total_label_one", words) if len(self._results) == 1 else message(
            "table.total_label", words, n=len(self._results))
        head = escape(summary_line(total, label, words))
        return (
            f'<div class="analyzer-result" lang="{words}">{_STYLE % _status_css()}<h4>{head}</h4>'
            f"{_verdict_table(rows, words, paths)}</div>"
        )


def frames(items: Iterable[Any], **review: Any) -> dict[str, pd.DataFrame]:
    """pandas tables (claims, mentions, verdicts, findings, unattributed) over ``items``: results, or paths
    analyzed here with ``verify`` and ``comply`` (both on by default) and the other keywords of
    :func:`analyzer.analyze` (``market``, ``rules``, ``as_of`` …). Exact ``Decimal`` columns, each with
    a float64 ``*_float`` twin (report.frame)."""
    from analyzer import analyze
    from analyzer.report.frame import results_to_frames

    review.setdefault("verify", True)
    review.setdefault("comply", True)
    results = [item if isinstance(item, DocumentResult) else analyze(item, **review) for item in items]
    return results_to_frames(results)
