"""Hand a review back in Word: the draft (.docx) with one comment at each finding's words, nothing else changed.

The draft is read again with the same paragraph walk as ingest (analyzer.ingest.docx), so an offset of
the extracted text finds its paragraph; inside it, the runs holding the words are found, and the runs at
the two ends are split at the words' edges (each half keeps the run's formatting, so text and styles stay
as they were) for the comment to cover exactly the words. A finding without words (a missing risk
warning), or words in a header or footer (Word allows no comments there), is commented at the first
paragraph of the body and says where it belongs.
"""

from __future__ import annotations

import bisect
import copy
import io
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from analyzer.atomic import atomic_write
from analyzer.errors import ConfigError
from analyzer.ingest.decode import display_name
from analyzer.ingest.docx import docx_paragraphs, open_docx
from analyzer.types import DocumentResult, Finding, Span, VerdictStatus

__all__ = ["Note", "annotate_docx", "check_notes", "finding_notes"]

AUTHOR, INITIALS = "analyzer", "AZ"
_PLAIN_RUN_CHILDREN = frozenset({"rPr", "t", "tab", "br", "cr", "noBreakHyphen", "softHyphen"})


@dataclass(frozen=True, slots=True)
class Note:
    """One comment: where (a span of the extracted text, or None for the whole document) and what."""

    span: Span | None
    text: str


def finding_notes(findings: Sequence[Finding]) -> list[Note]:
    """One note per finding: rule, severity, title, message (which says what to do) and the regulation."""
    from analyzer.report.findings import citation_text

    return [
        Note(
            f.spans[0] if f.spans and f.spans[0].end > f.spans[0].start else None,  # a missing statement: no words
            f"[{f.rule_id}] {f.severity.value}: {f.title}. {f.message} (cites {citation_text(f.citation)})",
        )
        for f in findings
    ]


def check_notes(result: DocumentResult) -> list[Note]:
    """One note per contradicted or unverifiable claim, with the verdict's method and reason."""
    claims = {c.id: c for c in result.claims}
    notes = []
    for v in result.verdicts:
        claim = claims.get(v.claim_id)
        if claim is None or v.status not in (VerdictStatus.CONTRADICTED, VerdictStatus.UNVERIFIABLE):
            continue
        detail = f"; computed {v.computed}" if v.computed is not None else ""
        reason = f" {v.reason}" if v.reason else ""
        method = f" ({v.method})" if v.method and v.method != "none" else ""
        words = f"check: {v.status.value} — {claim.metric} {claim.text}{detail}{method}.{reason}"
        notes.append(Note(claim.span, words))
    return notes


def _runs(paragraph: object) -> list[object]:
    """The paragraph's runs in order, those inside hyperlinks included."""
    from docx.text.hyperlink import Hyperlink

    out: list[object] = []
    for item in paragraph.iter_inner_content():  # type: ignore[attr-defined]
        out.extend(item.runs if isinstance(item, Hyperlink) else [item])
    return out


def _split(run: object, k: int) -> object:
    """Split a plain-text run at character ``k``; the right half (a copy keeping the formatting) is returned."""
    from docx.text.run import Run

    r = run._r  # type: ignore[attr-defined]
    text = run.text  # type: ignore[attr-defined]
    twin = copy.deepcopy(r)
    r.addnext(twin)
    run.text = text[:k]  # type: ignore[attr-defined]
    right = Run(twin, run._parent)  # type: ignore[attr-defined]
    right.text = text[k:]
    return right


def _plain(run: object) -> bool:
    return all(child.tag.rsplit("}", 1)[-1] in _PLAIN_RUN_CHILDREN for child in run._r)  # type: ignore[attr-defined]


def _anchor(paragraph: object, a: int, b: int) -> list[object]:
    """The runs covering characters [a, b) of the paragraph, split so they cover exactly those characters
    (when the runs hold plain text); all its runs when the runs do not add up to the paragraph's text."""
    runs = _runs(paragraph)
    if sum(len(r.text) for r in runs) != len(paragraph.text):  # type: ignore[attr-defined]
        return [r for r in runs if r.text] or runs  # type: ignore[attr-defined]
    pos = 0
    chosen: list[object] = []
    for run in runs:
        n = len(run.text)  # type: ignore[attr-defined]
        lo, hi = pos, pos + n
        pos = hi
        if hi <= a or lo >= b or n == 0:
            continue
        if lo < a and _plain(run):
            run = _split(run, a - lo)
            lo = a
        if hi > b and _plain(run):
            _split(run, b - lo)
        chosen.append(run)
    return chosen


def annotate_docx(source: Path, notes: Sequence[Note], out: Path) -> int:
    """Write ``source`` with one comment per note to ``out`` (atomically); the number of comments written."""
    data = source.read_bytes()
    document = open_docx(data, str(source))
    items = list(docx_paragraphs(document))
    starts: list[int] = []
    pos = 0
    for item in items:
        starts.append(pos)
        pos += len(item.paragraph.text) + len(item.separator)  # type: ignore[attr-defined]
    body = [it for it in items if it.part not in ("header", "footer") and _runs(it.paragraph)]
    # notes from the end backwards: a split never moves the text of a note still to come
    n = 0
    for note in sorted(notes, key=lambda x: -(x.span.start if x.span else -1)):
        runs: list[object] = []
        text = note.text
        if note.span is not None:
            k = bisect.bisect_right(starts, note.span.start) - 1
            if k >= 0 and items[k].part not in ("header", "footer"):
                length = len(items[k].paragraph.text)  # type: ignore[attr-defined]
                a = note.span.start - starts[k]
                b = min(note.span.end - starts[k], length)
                if a < length:
                    runs = _anchor(items[k].paragraph, a, max(b, a + 1))
            elif k >= 0:
                text = f"{text} [in the {items[k].part}: Word takes no comments there]"
        if not runs:
            if not body:
                continue
            runs = _runs(body[0].paragraph)
            if note.span is None:
                text = f"{text} [the whole document: no words to point at]"
        document.add_comment(runs, text=text, author=AUTHOR, initials=INITIALS)  # type: ignore[attr-defined]
        n += 1
    buffer = io.BytesIO()
    document.save(buffer)  # type: ignore[attr-defined]
    try:
        with atomic_write(out) as tmp:
            Path(tmp).write_bytes(buffer.getvalue())
    except OSError as exc:
        raise ConfigError(f"{display_name(str(out))}: cannot write ({exc.strerror})", code="E904") from None
    return n
