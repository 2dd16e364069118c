"""Span segmentation for the HTML report: nesting, crossing spans, escaping."""

from __future__ import annotations

import re
from html.parser import HTMLParser

from analyzer.report.highlight import Mark, annotate, segments


class _Collector(HTMLParser):
    """Text per data-claim / data-finding id (all pieces joined) and the plain text."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[tuple[str, str] | None] = []
        self.by_ref: dict[tuple[str, str], str] = {}
        self.first_piece: dict[tuple[str, str], str] = {}
        self.text = ""
        self.open_first: list[tuple[str, str]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        key = next(((k, a[f"data-{k}"] or "") for k in ("claim", "finding") if f"data-{k}" in a), None)
        self.stack.append(key)
        if key is not None and "data-part" not in a:
            self.first_piece.setdefault(key, "")
            self.open_first.append(key)

    def handle_endtag(self, tag: str) -> None:
        key = self.stack.pop()
        if key is not None and self.open_first and self.open_first[-1] == key and key not in self.stack:
            self.open_first.pop()

    def handle_data(self, data: str) -> None:
        self.text += data
        for key in {k for k in self.stack if k is not None}:
            self.by_ref[key] = self.by_ref.get(key, "") + data
        for key in self.open_first:
            self.first_piece[key] += data


def _parse(html: str) -> _Collector:
    c = _Collector()
    c.feed(html)
    c.close()
    return c


def test_plain_text_is_escaped_and_kept() -> None:
    text = "a<script>x</script> & \"q\" 's'"
    html = annotate(text, [])
    assert "<script>" not in html and "&lt;script&gt;" in html
    assert _parse(str(html)).text == text


def test_nested_and_crossing_marks_keep_claims_whole() -> None:
    text = "0123456789abcdefghij"
    marks = [
        Mark("finding", "f1", 0, 12, "sev-error"),  # contains c1, crosses c2
        Mark("claim", "c1", 2, 5, "st-supported"),
        Mark("claim", "c2", 10, 15, "st-contradicted"),
        Mark("finding", "f2", 13, 20, "sev-info"),  # crosses c2 from the other side
        Mark("finding", "f1", 17, 19, "sev-error"),  # a second span of f1
    ]
    html = str(annotate(text, marks))
    parsed = _parse(html)
    assert parsed.text == text
    # each claim is one element whose text is exactly its words
    assert html.count('data-claim="c1"') == 1 and html.count('data-claim="c2"') == 1
    assert parsed.first_piece[("claim", "c1")] == text[2:5]
    assert parsed.first_piece[("claim", "c2")] == text[10:15]
    # findings are continued in pieces carrying the same id
    assert parsed.by_ref[("finding", "f1")] == text[0:12] + text[17:19]
    assert parsed.by_ref[("finding", "f2")] == text[13:20]
    assert 'data-finding="f1" data-part="cont"' in html
    # well-formed: every opened element closed
    assert len(re.findall(r"<(mark|span)\b", html)) == len(re.findall(r"</(mark|span)>", html))


def test_segments_cover_text_and_drop_invalid_marks() -> None:
    text = "abcdef"
    marks = [Mark("claim", "c1", 1, 3), Mark("claim", "c1", 1, 3), Mark("claim", "c9", 4, 99), Mark("claim", "e", 2, 2)]
    segs = segments(text, marks)
    assert "".join(text[s.start : s.end] for s in segs) == text
    assert [tuple(m.ref for m in s.marks) for s in segs] == [(), ("c1",), ()]
    assert str(annotate(text, marks)).count("data-claim") == 1


def test_attributes_are_escaped() -> None:
    html = str(annotate("abc", [Mark("finding", 'f"1', 0, 2, 'x" onclick="y', title='<img src=x onerror="z">')]))
    assert 'onclick="y' not in html and "<img" not in html
    assert "&#34;" in html and "&lt;img" in html
