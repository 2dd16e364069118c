"""issue 16 (4): the index lists every input, failed ones with their error, puts contradictions and error
findings first and colours rows by that group."""

from __future__ import annotations

import re

import pytest

from analyzer.report.html import Counts, IndexRow, render_index


def _row(name: str, **counts: int) -> IndexRow:
    return IndexRow(href=f"{name}.html", name=name, path=f"in/{name}", doc_id=name, as_of="2025-03-06",
                    counts=Counts(**counts))  # fmt: skip


@pytest.mark.issue(16)
def test_index_order_and_colours() -> None:
    rows = [
        _row("clean.txt", claims=3, supported=3),
        _row("warned.txt", claims=2, warnings=1),
        _row("one_contradiction.txt", claims=2, contradicted=1),
        IndexRow.failure("in/broken.bin", "", "E101", "E101 in/broken.bin: binary data, not text"),
        _row("three_bad.txt", claims=5, contradicted=2, errors=1),
        _row("clean2.txt", claims=1, supported=1),
    ]
    html = render_index(rows, nonce="0" * 32)
    body = html.split("<tbody>")[1].split("</tbody>")[0]
    order = re.findall(r'<tr class="(row-\w+)"[^>]*>\s*<td data-sort="([^"]+)"', body)
    assert order == [
        ("row-failed", "broken.bin"),
        ("row-bad", "three_bad.txt"),
        ("row-bad", "one_contradiction.txt"),
        ("row-warn", "warned.txt"),
        ("row-ok", "clean.txt"),
        ("row-ok", "clean2.txt"),
    ]
    assert "failed E101</span> in/broken.bin: binary data, not text" in body  # the code once, then the message
    assert "1 input could not be analyzed" in html


@pytest.mark.issue(16)
def test_an_index_row_from_an_older_run_still_reads() -> None:
    old = '{"href": "a.html", "name": "a.txt", "path": "a.txt", "doc_id": "x", "as_of": "", "counts": {"claims": 1}}'
    row = IndexRow.from_json(old)
    assert row.counts.claims == 1 and not row.failed and row.css == "row-ok"
