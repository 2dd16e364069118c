"""Word (.docx) to text with python-docx: header, body (paragraphs and tables in document order), footer.

Each paragraph is one line; a table row is one line with its cells separated by tabs (a merged cell
once), a cell's paragraphs joined by a space. Headers and footers are read once (the first section's
distinct ones), before and after the body, and stay the document's words (a footer's risk warning
counts). Each paragraph's range is recorded with its part ("paragraph 12", "table 1 row 2 cell 3",
"header", "footer"), so findings name where they are and ``--annotate`` can find their runs again.
Errors: E113 damaged or not a Word document, E114 the old binary .doc format.
"""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass

from analyzer.errors import IngestError
from analyzer.ingest.decode import display_name
from analyzer.ingest.layout import Layout, LayoutBuilder

__all__ = ["OLE_MAGIC", "DocxParagraph", "docx_paragraphs", "docx_to_text", "is_docx", "is_ole"]

#: the Compound File header of the old binary Office formats (.doc, .xls)
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def is_ole(data: bytes) -> bool:
    return data.startswith(OLE_MAGIC)


def is_docx(data: bytes, name: str) -> bool:
    """A zip that is a Word document: named .docx/.docm, or holding word/document.xml."""
    if not data.startswith(b"PK\x03\x04"):
        return False
    if name.lower().endswith((".docx", ".docm", ".dotx")):
        return True
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as z:
            return "word/document.xml" in z.namelist()
    except (zipfile.BadZipFile, OSError, ValueError):
        return False


@dataclass(frozen=True, slots=True)
class DocxParagraph:
    """One paragraph of the document, the part it is in, and the paragraph object (for annotation)."""

    part: str
    paragraph: object  # docx.text.paragraph.Paragraph
    separator: str  # what follows it in the extracted text: "\n" (line end), "\t" (next cell) or " "


def _cells(row: object) -> list[object]:
    seen: set[int] = set()
    out = []
    for cell in row.cells:  # type: ignore[attr-defined]
        if id(cell._tc) not in seen:  # a merged cell is returned once per grid column it covers
            seen.add(id(cell._tc))
            out.append(cell)
    return out


def docx_paragraphs(document: object) -> Iterator[DocxParagraph]:
    """Every paragraph in reading order, with its part label and the separator that follows it."""
    from docx.table import Table

    header = document.sections[0].header if document.sections else None  # type: ignore[attr-defined]
    footer = document.sections[0].footer if document.sections else None  # type: ignore[attr-defined]
    if header is not None and not header.is_linked_to_previous:
        for p in header.paragraphs:
            yield DocxParagraph("header", p, "\n")
    n_par = n_table = 0
    for block in document.iter_inner_content():  # type: ignore[attr-defined]
        if isinstance(block, Table):
            n_table += 1
            for r, row in enumerate(block.rows, 1):
                cells = _cells(row)
                for c, cell in enumerate(cells, 1):
                    paragraphs = cell.paragraphs
                    for k, p in enumerate(paragraphs):
                        last = k == len(paragraphs) - 1
                        sep = (" " if not last else "\t" if c < len(cells) else "\n")
                        yield DocxParagraph(f"table {n_table} row {r} cell {c}", p, sep)
        else:
            n_par += 1
            yield DocxParagraph(f"paragraph {n_par}", block, "\n")
    if footer is not None and not footer.is_linked_to_previous:
        for p in footer.paragraphs:
            yield DocxParagraph("footer", p, "\n")


def open_docx(data: bytes, name: str) -> object:
    """The python-docx Document; E113 when the package is damaged or not a Word document."""
    import docx

    try:
        return docx.Document(io.BytesIO(data))
    except Exception as exc:  # zip, XML and content-type errors all mean: not a readable .docx
        raise IngestError(
            f"{display_name(name)}: damaged Word document, cannot be read ({type(exc).__name__})", code="E113"
        ) from None


def docx_to_text(data: bytes, name: str) -> tuple[str, Layout]:
    """The text of a .docx and its layout (parts)."""
    document = open_docx(data, name)
    out = LayoutBuilder(paged=False)
    try:
        for item in docx_paragraphs(document):
            out.part(item.part)
            out.add(item.paragraph.text.replace("\n", " "))  # type: ignore[attr-defined]
            out.add(item.separator)
    except IngestError:
        raise
    except Exception as exc:
        raise IngestError(
            f"{display_name(name)}: damaged Word document, cannot be read ({type(exc).__name__})", code="E113"
        ) from None
    text = out.text()
    if not text.strip():
        raise IngestError(f"{display_name(name)}: empty document (Word document without text)", code="E102")
    return text, out.layout


def legacy_doc_error(name: str) -> IngestError:
    return IngestError(
        f"{display_name(name)}: old binary Word/Office format (.doc); save it as .docx (or convert it with "
        "LibreOffice: soffice --convert-to docx) and try again",
        code="E114",
    )
