"""The sample in other encodings and as HTML gives the same claims at the same offsets."""

from __future__ import annotations

import html

import pytest

from analyzer.pipeline import analyze
from analyzer.types import DocumentResult


def _key(result: DocumentResult) -> list[tuple]:
    return [(c.subject.id if c.subject else None, c.metric, c.value, c.label, c.text) for c in result.claims]


@pytest.mark.parametrize(
    ("codec", "expected"), [("gb18030", "gb18030"), ("utf-16", "utf-16"), ("utf-8-sig", "utf-8-sig"), ("big5", "big5")]
)
def test_same_claims_in_every_encoding(
    sample_text: str, sample_result: DocumentResult, codec: str, expected: str
) -> None:
    text = sample_text.replace("恒", "恆") if codec == "big5" else sample_text  # Big5 spells 恒 as 恆
    result = analyze(text.encode(codec), name=f"sample.{codec}.txt")
    assert result.meta.encoding == expected
    assert result.text == text
    assert _key(result) == [(*k[:4], k[4].replace("恒", "恆")) for k in _key(sample_result)]
    for c in result.claims:
        assert result.text[c.span.start : c.span.end] == c.text


def test_same_claims_from_html(sample_text: str, sample_result: DocumentResult) -> None:
    body = "".join(f"<p>{html.escape(line)}</p>\n" for line in sample_text.splitlines())
    page = f"<!DOCTYPE html><html><head><title>t</title><style>p{{}}</style></head><body>{body}</body></html>"
    result = analyze(page.encode("utf-8"), name="sample.html")
    assert result.meta.format == "html"
    assert _key(result) == _key(sample_result)
