"""Claims of a PDF or Word document: none from running headers, footers or boilerplate; each one located.

A claim whose value stands in a page's running header or footer, or in a boilerplate section (分析师声明,
免责声明 …), is not the piece's statement: it becomes unattributed with the reason, as every dropped
figure does. The others gain their ``where``: page and box (PDF) or part (Word).
"""

from __future__ import annotations

from analyzer.ingest.layout import Layout
from analyzer.types import DocumentResult, Unattributed

__all__ = ["place_claims"]

_WHY = {
    "header": "in the page header that repeats on every page",
    "footer": "in the page footer that repeats on every page",
    "boilerplate": "in a boilerplate section ({label}): not the piece's own statement",
}


def place_claims(result: DocumentResult, layout: Layout) -> None:
    """Drop the claims of header, footer and boilerplate regions (kept as unattributed) and locate the rest."""
    kept = []
    dropped = list(result.unattributed)
    for claim in result.claims:
        region = layout.region_at(claim.span)
        if region is not None:
            reason = _WHY[region.kind].format(label=region.label)
            dropped.append(Unattributed(mention_id=claim.mention_id, text=claim.text, span=claim.span, reason=reason))
            continue
        kept.append(claim.model_copy(update={"where": layout.locate(claim.span)}))
    result.claims = kept
    result.unattributed = sorted(dropped, key=lambda u: (u.span.start, u.span.end))
    result._layout = layout
