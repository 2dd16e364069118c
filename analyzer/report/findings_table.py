"""``comply``'s short view: one line per finding (severity, rule, where, title, the words found), in
the compact table the verdicts use; ``--explain`` adds the full review (findings.render_text) below."""

from __future__ import annotations

from collections.abc import Sequence

from rich.table import Table
from rich.text import Text

from analyzer.comply.review import Review, summary_line
from analyzer.i18n import Lang, message
from analyzer.report.table import Column, clip_cells, fit_table
from analyzer.types import Severity

SEVERITY_STYLE = {Severity.ERROR: "bold red", Severity.WARNING: "yellow", Severity.INFO: "dim"}
SEVERITY_ORDER = {Severity.ERROR: 0, Severity.WARNING: 1, Severity.INFO: 2}
#: the longest quote shown in the table (cells), cut at a word with "…"
QUOTE_MAX = 24


def findings_table(
    review: Review, width: int, lang: Lang = "en", min_severity: Severity = Severity.INFO, *, wide: bool = False
) -> tuple[Table, int]:
    """The findings of one review at least as severe as ``min_severity``, errors first, one line each."""
    columns = [
        Column(message("header.severity", lang), "key", keep=10),
        Column(message("header.rule", lang), "key", keep=9),
        Column(message("header.where", lang), "key", keep=8),
        Column(message("header.text", lang), "key", keep=5),
        Column(message("header.message", lang), "text", keep=7, min_width=16),
    ]
    limit = SEVERITY_ORDER[min_severity]
    shown = [f for f in review.findings if SEVERITY_ORDER[f.severity] <= limit]
    rows = []
    for f in sorted(shown, key=lambda f: SEVERITY_ORDER[f.severity]):  # stable: the review's order within
        where = ", ".join(f"{loc.line}:{loc.column}" for loc in (review.location(s) for s in f.spans[:2]))
        where += "…" if len(f.spans) > 2 else ""
        quote = clip_cells(f.quotes[0].replace("\n", "⏎"), QUOTE_MAX) if f.quotes and f.quotes[0] else ""
        rows.append([
            Text(message(f"severity.{f.severity.value}", lang), style=SEVERITY_STYLE[f.severity]),
            f.rule_id, where or "—", quote, f.title,
        ])
    title = f"{review.path} ({review.doc_id}): {summary_line(review.counts(), lang)}"
    return fit_table(title, columns, rows, width, wide=wide, compact=True, lang=lang)


def findings_tables(
    reviews: Sequence[Review],
    width: int,
    lang: Lang = "en",
    min_severity: Severity = Severity.INFO,
    *,
    wide: bool = False,
) -> list[tuple[Table, int]]:
    """:func:`findings_table` of each review (``wide``: every column at full width, none dropped)."""
    return [findings_table(r, width, lang, min_severity, wide=wide) for r in reviews]
