"""Ingest: turn a path or raw bytes into document text (decoding, binary/empty/size checks, HTML to text,
PDF and Word documents to text with their layout).

>>> doc = ingest("article.txt")          # doctest: +SKIP
>>> doc.text, doc.encoding, doc.format    # doctest: +SKIP
"""

from __future__ import annotations

import errno
import hashlib
import os
import stat
from dataclasses import dataclass, field
from typing import BinaryIO, Literal

from analyzer.errors import IngestError
from analyzer.ingest.decode import decode_bytes, display_name, resolve_codec
from analyzer.ingest.frontmatter import read_front_matter
from analyzer.ingest.html import has_html_extension, html_to_text, looks_like_html, meta_charset
from analyzer.ingest.layout import Layout

__all__ = ["DEFAULT_MAX_BYTES", "IngestedText", "ingest", "read_limited"]

DEFAULT_MAX_BYTES = 20 * 1024 * 1024

Format = Literal["text", "html", "pdf", "docx"]


@dataclass(frozen=True, slots=True)
class IngestedText:
    """A decoded document and where it came from."""

    text: str  # exactly as decoded (BOM removed, newlines unchanged); for HTML the extracted text
    encoding: str  # canonical codec actually used: "utf-8", "utf-8-sig", "utf-16", "gb18030", "big5", ...
    format: Format
    name: str  # the path as given, "<stdin>", or the name= argument
    sha256: str  # hex digest of the raw bytes
    n_bytes: int
    #: Markdown-style front matter at the top of the text (as_of, title, source, language); the text keeps it
    front_matter: dict[str, str] = field(default_factory=dict)
    #: page and box per character (PDF), parts (Word), running headers/footers, tables, boilerplate
    layout: Layout | None = None


def _too_large(shown: str, size: int, max_bytes: int) -> IngestError:
    return IngestError(f"{shown}: too large ({size} bytes > limit of {max_bytes} bytes)", code="E103")


def _kind(mode: int) -> str:
    """A reader's word for a non-regular file type."""
    for test, word in (
        (stat.S_ISFIFO, "a FIFO"),
        (stat.S_ISSOCK, "a socket"),
        (stat.S_ISCHR, "a character device"),
        (stat.S_ISBLK, "a block device"),
    ):
        if test(mode):
            return word
    return "a special file"


def read_limited(stream: BinaryIO, max_bytes: int, shown: str = "<stdin>") -> bytes:
    """Read at most ``max_bytes`` + 1 bytes from ``stream`` (E103 when there are more): an endless or
    huge input costs at most the limit in memory, never more."""
    chunks: list[bytes] = []
    n = 0
    while n <= max_bytes:
        block = stream.read(min(1 << 20, max_bytes + 1 - n))
        if not block:
            break
        chunks.append(block)
        n += len(block)
    if n > max_bytes:
        raise IngestError(f"{shown}: too large (more than the limit of {max_bytes} bytes)", code="E103")
    return b"".join(chunks)


def _read(path: str, max_bytes: int, *, special: bool = True) -> bytes:
    """Read at most ``max_bytes`` from ``path``: E106 if it cannot be read, E103 if it is larger.

    The file is opened without blocking, so a FIFO with no writer cannot hang the caller; a
    non-regular file (FIFO, socket, device) is read only when ``special`` (a path the user named
    on the command line, e.g. ``<(cmd)``), else refused unread with E107 (batch folders)."""
    shown = display_name(path)
    try:
        kind = os.stat(path).st_mode  # follows links: ELOOP and missing files are caught below
        if stat.S_ISDIR(kind):
            raise IsADirectoryError(path)
        if not stat.S_ISREG(kind):
            if not special:
                raise IngestError(f"{shown}: not a regular file ({_kind(kind)}); skipped unread", code="E107")
            # a FIFO or device named on purpose (e.g. <(cmd)): a blocking open waits for the writer as
            # a shell redirection would (a first non-blocking reader closed again would let a writer
            # that connected to it die of SIGPIPE); pipes have no size up front, hence the bound
            with open(path, "rb") as fh:
                return read_limited(fh, max_bytes, shown)
        # non-blocking, so a regular file swapped for a FIFO after the stat still cannot hang the caller
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
        with os.fdopen(fd, "rb") as fh:
            info = os.fstat(fd)
            if not stat.S_ISREG(info.st_mode):
                raise IngestError(f"{shown}: not a regular file ({_kind(info.st_mode)}); skipped unread", code="E107")
            if info.st_size > max_bytes:
                raise _too_large(shown, info.st_size, max_bytes)
            return read_limited(fh, max_bytes, shown)
    except FileNotFoundError:
        raise IngestError(f"{shown}: file not found", code="E106") from None
    except IsADirectoryError:
        raise IngestError(f"{shown}: is a directory, not a file", code="E106") from None
    except PermissionError:
        raise IngestError(f"{shown}: cannot read file (permission denied)", code="E106") from None
    except OSError as exc:
        reason = "a symlink loop" if exc.errno == errno.ELOOP else display_name(exc.strerror or type(exc).__name__)
        raise IngestError(f"{shown}: cannot read file ({reason})", code="E106") from None


def ingest(
    source: str | os.PathLike[str] | bytes,
    *,
    encoding: str | None = None,
    name: str | None = None,
    fmt: Literal["auto", "text", "html"] = "auto",
    max_bytes: int = DEFAULT_MAX_BYTES,
    special: bool = True,
) -> IngestedText:
    """Read and decode a document.

    ``source`` is a path (``str``/``PathLike``; a ``str`` is never treated as text) or the raw
    bytes (e.g. stdin, named ``"<stdin>"`` unless ``name`` is given). ``encoding`` forces a codec
    (E104 unknown, E105 does not decode); otherwise BOM, UTF-8, GB18030 or Big5 is detected.
    ``fmt="auto"`` treats .html/.htm/.xhtml files and documents that look like HTML as HTML.
    Raises :class:`IngestError`: E101 binary, E102 empty, E103 larger than ``max_bytes``,
    E104/E105 forced encoding, E106 missing or unreadable file, E107 a FIFO, socket or device when
    ``special`` is False (it is then never opened for reading). A PDF (``%PDF-``) or Word document (.docx)
    is read by its own reader whatever ``fmt`` says: E110 a PDF without a text layer, E111 encrypted,
    E112 damaged, E113 a damaged Word document, E114 the old binary .doc format. An error raised after the bytes were
    read carries their ``sha256``, so a caller recording the failure never reads the input again.
    """
    if isinstance(source, (bytes, bytearray, memoryview)):
        label = name if name is not None else "<stdin>"
        data = bytes(source)
        if len(data) > max_bytes:
            raise _too_large(display_name(label), len(data), max_bytes)
    else:
        path = os.fspath(source)
        label = name if name is not None else path
        if encoding is not None:
            resolve_codec(encoding, label)  # fail on a bad codec name before touching the file
        data = _read(path, max_bytes, special=special)
    try:
        return _decode(source, data, label, encoding, fmt)
    except IngestError as exc:
        exc.sha256 = hashlib.sha256(data).hexdigest()  # type: ignore[attr-defined]
        raise


def _decode(
    source: str | os.PathLike[str] | bytes, data: bytes, label: str, encoding: str | None, fmt: str
) -> IngestedText:
    document = _document(data, label)
    if document is not None:
        return document
    html_by_name = has_html_extension(label) or (
        not isinstance(source, bytes | bytearray | memoryview) and has_html_extension(os.fspath(source))
    )
    maybe_html = fmt == "html" or (fmt == "auto" and (html_by_name or looks_like_html(data[:4096].decode("latin-1"))))
    declared = meta_charset(data) if maybe_html and encoding is None else None
    text, codec = decode_bytes(data, label, encoding=encoding, declared=declared)

    is_html = fmt == "html" or (fmt == "auto" and (maybe_html or looks_like_html(text[:4096])))
    if is_html:
        text = html_to_text(text)
        if not text.strip():
            raise IngestError(f"{display_name(label)}: empty document (HTML without text)", code="E102")
    return IngestedText(
        text=text,
        encoding=codec,
        format="html" if is_html else "text",
        name=label,
        sha256=hashlib.sha256(data).hexdigest(),
        n_bytes=len(data),
        front_matter=read_front_matter(text, label) if not is_html else {},
    )


def _document(data: bytes, label: str) -> IngestedText | None:
    """A PDF or Word document read with its layout (boilerplate sections marked), or None for text."""
    from analyzer.ingest.docx import is_docx, is_ole, legacy_doc_error

    fmt: Format
    if data.startswith(b"%PDF-") or (b"%PDF-" in data[:1024] and label.lower().endswith(".pdf")):
        from analyzer.ingest.pdf import pdf_to_text

        text, layout = pdf_to_text(data, label)
        fmt = "pdf"
    elif is_docx(data, label):
        from analyzer.ingest.docx import docx_to_text

        text, layout = docx_to_text(data, label)
        fmt = "docx"
    elif is_ole(data):
        raise legacy_doc_error(label)
    else:
        return None
    from analyzer.ingest.boilerplate import mark_boilerplate

    mark_boilerplate(text, layout)
    return IngestedText(
        text=text, encoding=fmt, format=fmt, name=label, sha256=hashlib.sha256(data).hexdigest(),
        n_bytes=len(data), layout=layout,
    )
