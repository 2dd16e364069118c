"""The example notebook runs (issue 24 item 2) and the notebook views hold what they promise:
the text with claims marked by verdict, the verdict table, no script; Results and frames."""

from __future__ import annotations

import re
from decimal import Decimal
from html.parser import HTMLParser

import analyzer
from analyzer.report.notebook import COLOURS, document_html
from analyzer.types import DocumentResult


def _html_outputs(notebook) -> list[str]:
    return [
        "".join(out["data"]["text/html"]) if isinstance(out["data"]["text/html"], list) else out["data"]["text/html"]
        for cell in notebook.cells if cell.cell_type == "code"
        for out in cell.get("outputs", []) if "data" in out and "text/html" in out["data"]
    ]


def test_example_notebook_runs_and_shows_results(executed_notebook) -> None:
    errors = [out for cell in executed_notebook.cells if cell.cell_type == "code"
              for out in cell.get("outputs", []) if out.get("output_type") == "error"]
    assert not errors
    html = _html_outputs(executed_notebook)
    # the document view (twice: its own language and English), the batch table, two DataFrames
    views = [h for h in html if 'class="analyzer-result"' in h]
    assert len(views) == 3 and sum("<mark" in h for h in views) == 2
    assert all("<script" not in h.lower() for h in views)
    assert sum("<table" in h and "dataframe" in h for h in html) == 2


class _Marks(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.marks: dict[str, str] = {}
        self.text: list[str] = []
        self._in_text = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        a = dict(attrs)
        if tag == "mark" and a.get("data-claim") and not a.get("data-part"):
            self.marks[a["data-claim"] or ""] = a.get("class") or ""
        if tag == "div" and a.get("class") == "ar-text":
            self._in_text = 1
        elif self._in_text and tag == "div":
            self._in_text += 1

    def handle_endtag(self, tag: str) -> None:
        if self._in_text and tag == "div":
            self._in_text -= 1

    def handle_data(self, data: str) -> None:
        if self._in_text:
            self.text.append(data)


def test_document_view_marks_every_claim_by_verdict(tmp_path) -> None:
    # other words than the sample: a contradicted and a supported index figure, a hostile bit of markup
    text = "恒生科技指数2023年下跌8.83%，2024年全年上涨31.0%。<script>alert(1)</script>\n"
    result = analyzer.analyze(text.encode(), name="n.txt", verify=True, market=tmp_path / "m.duckdb")
    html = document_html(result, lang="en")
    parser = _Marks()
    parser.feed(html)
    assert "".join(parser.text) == result.text  # the original text, whole and unchanged
    status = {v.claim_id: v.status.value for v in result.verdicts}
    assert set(parser.marks) == {c.id for c in result.claims}
    for cid, classes in parser.marks.items():
        assert f"st-{status.get(cid, 'not checked').replace(' ', '-')}" in classes.split()
    assert "<script>" not in html and "&lt;script&gt;" in html
    for status_name, colour in COLOURS.items():
        assert f".st-{status_name.replace(' ', '-')}{{background:{colour}}}" in html
    # the table: contradicted first
    rows = re.findall(r'<tr data-claim="(c\d+)">', html)
    assert rows and status[rows[0]] == "contradicted"


def test_results_and_frames(sample_result: DocumentResult, tmp_path) -> None:
    results = analyzer.Results([sample_result, sample_result])
    assert len(results) == 2 and results[0] is sample_result and len(results[:1]) == 1
    html = results._repr_html_()
    assert html.count("<tr data-claim=") == 2 * len(sample_result.claims)
    tables = analyzer.frames(results)
    claims = tables["claims"]
    assert len(claims) == 2 * len(sample_result.claims)
    exact = claims["value"].dropna()
    assert all(isinstance(v, Decimal) for v in exact)
    assert (claims["value_float"].dropna() == [float(v) for v in exact]).all()
    path = tmp_path / "d.txt"
    path.write_text("恒生科技指数2024年全年上涨18.70%。\n", encoding="utf-8")
    from_path = analyzer.frames([path], market=tmp_path / "m.duckdb", comply=False)
    assert list(from_path["verdicts"]["status"]) == ["supported"]
    computed = from_path["verdicts"]["computed"].iloc[0]
    assert isinstance(computed, Decimal) and abs(computed - Decimal("18.70")) < Decimal("0.01")
    assert from_path["verdicts"]["computed_float"].iloc[0] == float(computed)
