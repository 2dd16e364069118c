"""HTML detection, <meta charset> sniffing, and HTML to plain text with block breaks (selectolax/lexbor)."""

from __future__ import annotations

import re

from selectolax.lexbor import LexborHTMLParser, LexborNode

__all__ = ["MAX_DEPTH", "has_html_extension", "html_to_text", "limit_depth", "looks_like_html", "meta_charset"]

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


#: the deepest element nesting kept, as in Blink's HTML parser (kMaximumHTMLParserDOMTreeDepth): deeper
#: start tags (and as many end tags) are dropped before parsing, their text kept. The parser checks
#: "element in scope" by walking the stack of open elements, so 100k nested <div>s cost it minutes.
MAX_DEPTH = 512
# elements that hold no children, and those whose end tag may be left out (never deep by themselves)
_VOID = frozenset(
    {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source", "track", "wbr"}
)
# fmt: off
_OPTIONAL_END = frozenset({
    "p", "li", "dt", "dd", "tr", "td", "th", "option", "optgroup", "thead", "tbody", "tfoot", "rb", "rt", "rp",
    "colgroup", "caption", "html", "head", "body",
})
# fmt: on
# a comment, a raw-text element whole (its content is no markup), or one tag: its name and whether it closes
_MARKUP_RE = re.compile(
    r"<!--.*?(?:-->|\Z)|<(script|style|textarea|title|xmp)\b[^<>]*>.*?(?:</\1\s*>|\Z)|<(/?)([A-Za-z][^\s/<>]*)[^<>]*?(/?)>",
    re.IGNORECASE | re.DOTALL,
)


def limit_depth(markup: str, limit: int = MAX_DEPTH) -> str:
    """``markup`` with element nesting cut at ``limit``: a start tag that would open an element deeper
    than that is dropped, and so is the end tag that closes it; text and shallower tags stay as they
    are. Markup that never nests deeper is returned unchanged (one linear scan)."""
    depth = excess = 0
    drop: list[tuple[int, int]] = []
    for m in _MARKUP_RE.finditer(markup):
        name = m.group(3)
        if name is None:
            continue  # a comment or a raw-text element
        name = name.lower()
        if name in _VOID or name in _OPTIONAL_END or m.group(4):
            continue
        if not m.group(2):  # a start tag
            if depth >= limit:
                excess += 1
                drop.append(m.span())
            else:
                depth += 1
        elif excess:
            excess -= 1
            drop.append(m.span())
        elif depth:
            depth -= 1
    if not drop:
        return markup
    parts, pos = [], 0
    for start, end in drop:
        parts.append(markup[pos:start])
        pos = end
    parts.append(markup[pos:])
    return "".join(parts)


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
    """Accumulates inline text and line breaks, collapsing spaces the way a browser would.

    Every operation costs the length of what it adds, never that of the line so far: a single table
    row of thousands of cells is one line, and joining it at every cell made it quadratic (issue 23)."""

    __slots__ = ("_line", "_lines", "_visible", "pre_depth")

    def __init__(self) -> None:
        self._lines: list[str] = []
        self._line: list[str] = []
        self._visible = False  # whether the current line holds anything but whitespace
        self.pre_depth = 0

    def _add(self, value: str) -> None:
        self._line.append(value)
        if not self._visible and not value.isspace():
            self._visible = bool(value)

    def text(self, value: str) -> None:
        if self.pre_depth:
            first, *rest = value.replace("\r\n", "\n").split("\n")
            self._add(first)
            for part in rest:
                self.newline()
                self._add(part)
            return
        value = _WS_RE.sub(" ", _CJK_BREAK_RE.sub("", value))
        if value.startswith(" ") and (not self._line or self._line[-1].endswith((" ", "\t"))):
            value = value[1:]
        if value:
            self._add(value)

    def soft_break(self) -> None:
        if self._visible:
            self.newline()
        else:
            self._clear()

    def _clear(self) -> None:
        self._line.clear()
        self._visible = False

    def newline(self) -> None:
        line = "".join(self._line)
        self._lines.append(line if self.pre_depth else line.rstrip(" \t"))
        self._clear()

    def cell(self) -> None:
        if not self._visible:
            self._clear()
            return
        # the line without its trailing spaces (only the last parts can hold them), then a tab
        line = self._line
        while line and not line[-1].rstrip(" "):
            line.pop()
        line[-1] = line[-1].rstrip(" ")
        line.append("\t")

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
    root = LexborHTMLParser(limit_depth(markup)).root
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
