"""HTML detection, <meta charset> sniffing, and HTML to plain text with block breaks (selectolax/lexbor)."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["has_html_extension", "html_to_text", "looks_like_html", "meta_charset"]

HTML_EXTENSIONS = (".html", ".htm", ".xhtml")

# Elements whose content is never document text.
_DROP = frozenset(
    {"head", "script", "style", "noscript", "template", "iframe", "object", "embed", "svg", "math"}
)
# Elements that start and end on their own line.
# fmt: off
_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "body", "caption", "center", "dd", "details", "dialog",
    "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4",
    "h5", "h6", "header", "hgroup", "hr", "html", "legend", "li", "listing", "main", "menu", "nav", "ol",
    "option", "p", "plaintext", "pre", "section", "summary", "table", "tbody", "tfoot", "thead", "tr",
    "ul", "xmp",
})
# fmt: on
_CELLS = frozenset({"td", "th"})
_PRE = frozenset({"pre", "textarea", "listing", "plaintext", "xmp"})

_TAG_RE = re.compile(
    r"</?(?:p|div|br|li|ul|ol|h[1-6]|table|tr|td|th|section|article|blockquote|pre|hr|body|head|"
    r"meta|title|span|a|b|strong|em|img|link|script|style)\b[^<>]{0,400}>",
    re.IGNORECASE,
)
_META_CHARSET_RE = re.compile(rb"<meta\b[^>]*?\bcharset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
_WS_RE = re.compile(r"[ \t\n\r\f]+")
# A whitespace run holding a line break between two wide (CJK) characters disappears, as in
# CSS Text 3 segment-break transformation; elsewhere whitespace collapses to one space.
_CJK = "\u2e80-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f"
_CJK_BREAK_RE = re.compile(rf"(?<=[{_CJK}])[ \t\r\f]*\n[ \t\n\r\f]*(?=[{_CJK}])")
_MANY_BLANKS_RE = re.compile(r"\n{4,}")


def has_html_extension(name: str) -> bool:
    """True if ``name`` ends in .html, .htm or .xhtml (any case)."""
    return name.lower().endswith(HTML_EXTENSIONS)


def looks_like_html(head: str) -> bool:
    """Sniff the start of a document: a doctype/<html> opening, or a high density of HTML tags."""
    start = head[:4096].lstrip("\ufeff \t\r\n").lower()
    if start.startswith(("<!doctype html", "<html")):
        return True
    if start.startswith("<?xml") and "<html" in start:
        return True
    n_tags = len(_TAG_RE.findall(start))
    if start.startswith("<") and n_tags >= 3:
        return True
    return n_tags >= 8 and n_tags * 200 >= len(start)


def meta_charset(data: bytes) -> str | None:
    """The charset label from ``<meta charset>`` or ``<meta http-equiv content="...; charset=">``."""
    match = _META_CHARSET_RE.search(data[:4096])
    return match.group(1).decode("ascii").lower() if match else None


class _Lines:
    """Accumulates inline text and line breaks, collapsing spaces the way a browser would."""

    __slots__ = ("_line", "_lines", "pre_depth")

    def __init__(self) -> None:
        self._lines: list[str] = []
        self._line: list[str] = []
        self.pre_depth = 0

    def text(self, value: str) -> None:
        if self.pre_depth:
            first, *rest = value.replace("\r\n", "\n").split("\n")
            self._line.append(first)
            for part in rest:
                self.newline()
                self._line.append(part)
            return
        value = _WS_RE.sub(" ", _CJK_BREAK_RE.sub("", value))
        if value.startswith(" ") and (not self._line or self._line[-1].endswith((" ", "\t"))):
            value = value[1:]
        if value:
            self._line.append(value)

    def soft_break(self) -> None:
        if "".join(self._line).strip():
            self.newline()
        else:
            self._line.clear()

    def newline(self) -> None:
        line = "".join(self._line)
        self._lines.append(line if self.pre_depth else line.rstrip(" \t"))
        self._line.clear()

    def cell(self) -> None:
        current = "".join(self._line).rstrip(" ")
        self._line[:] = [current, "\t"] if current.strip() else []

    def result(self) -> str:
        self.soft_break()
        text = _MANY_BLANKS_RE.sub("\n\n\n", "\n".join(self._lines))
        return text.strip("\n") + "\n" if text.strip() else ""


def html_to_text(markup: str) -> str:
    """Visible text of an HTML document: one line per block element, inline text kept on its line.

    Drops head/script/style/noscript/template (and embedded svg/iframe/object); <br> and the end of
    every block (p, div, li, h1-h6, tr, table, section, article, blockquote, pre, hr, ...) break the
    line; table cells are tab-separated; entities are decoded; runs of more than two blank lines
    are collapsed to two.
    """
    root = LexborHTMLParser(markup).root
    out = _Lines()
    if root is None:
        return ""
    # Iterative walk (deeply nested markup must not hit the recursion limit). Items are nodes to
    # visit or closing markers (tag names) for blocks and preformatted elements.
    stack: list[LexborNode | str] = [root]
    while stack:
        item = stack.pop()
        if isinstance(item, str):
            out.soft_break()
            if item in _PRE:
                out.pre_depth -= 1
            continue
        tag = item.tag
        if tag == "-text":
            out.text(item.text_content or "")
            continue
        if tag is None or tag.startswith(("-", "!", "_")) or tag in _DROP:
            continue
        if tag == "br":
            out.newline()
            continue
        if tag in _CELLS:
            out.cell()
        elif tag in _BLOCK or tag in _PRE:
            out.soft_break()
            stack.append(tag)
            if tag in _PRE:
                out.pre_depth += 1
        children = list(item.iter(include_text=True))
        stack.extend(reversed(children))
    return out.result()
