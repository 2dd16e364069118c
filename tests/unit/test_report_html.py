"""HTML review pages and the index: templates, escaping, CSP, charts, file names, golden index."""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import re
from decimal import Decimal
from pathlib import Path

import pytest

from analyzer.report.charts import parse_observations, svg_data_uri, verdict_chart
from analyzer.report.html import Counts, IndexRow, page_name, render_document, render_index, write_reports
from analyzer.types import (
    Citation,
    Claim,
    DocumentMeta,
    DocumentResult,
    Finding,
    Period,
    Severity,
    SourceNote,
    Span,
    SubjectRef,
    Verdict,
    VerdictStatus,
)

GOLDEN = Path(__file__).resolve().parents[1] / "golden" / "report" / "index.html"
FIXED = dt.datetime(2025, 3, 7, 9, 30, tzinfo=dt.UTC)
HOSTILE = '<script>window.__pwned=1</script> "><img src=x onerror="window.__pwned=1">'


def make_result(
    name: str,
    text: str,
    values: list[tuple[str, str]],
    statuses: list[VerdictStatus | None] | None = None,
    severities: list[Severity] = (),  # type: ignore[assignment]
    as_of: dt.date | None = dt.date(2025, 3, 6),
) -> DocumentResult:
    """A hand-made result: one claim per (metric, words) found in ``text``, verdicts and findings as given."""
    claims: list[Claim] = []
    for i, (metric, words) in enumerate(values, 1):
        start = text.index(words)
        claims.append(
            Claim(
                id=f"c{i}",
                subject=SubjectRef(id="hstech", alias="恒生科技指数", kind="index"),
                metric=metric,
                value=Decimal(re.sub(r"[^\d.-]", "", words)),
                unit="%",
                mention_id=f"m{i}",
                span=Span(start=start, end=start + len(words)),
                text=words,
                period=Period(start=dt.date(2024, 3, 7), end=dt.date(2025, 3, 6), text="近1年"),
                source=SourceNote(id="s1", sources=("Wind",), text="(數據來源:Wind)", span=Span(start=0, end=1)),
                sentence=Span(start=0, end=len(text)),
            )
        )
    verdicts = [
        Verdict(
            claim_id=c.id,
            status=s,
            checker="return",
            expected=c.value,
            computed=c.value,
            difference=Decimal(0),
            tolerance=Decimal("0.005"),
            method="close-to-close return",
        )
        for c, s in zip(claims, statuses or [], strict=False)
        if s is not None
    ]
    findings = [
        Finding(
            rule_id=f"R-{i}",
            severity=sev,
            title=f"rule {i}",
            message=f"message {i}",
            spans=(Span(start=0, end=2),),
            citation=Citation(document="doc", article=f"Art {i}"),
        )
        for i, sev in enumerate(severities, 1)
    ]
    meta = DocumentMeta(
        doc_id=hashlib.sha256(name.encode()).hexdigest()[:16],
        path=f"in/{name}",
        encoding="utf-8",
        format="text",
        conversion="t2s",
        n_chars=len(text),
        as_of=as_of,
        as_of_inferred=True,
        analyzer_version="0.1.0",
    )
    return DocumentResult(meta=meta, text=text, simplified=text, claims=claims, verdicts=verdicts, findings=findings)


def _fake_lookup(instrument: str, field: str, start: dt.date, end: dt.date) -> list[tuple[dt.date, Decimal]]:
    days = [start + dt.timedelta(days=i) for i in range((end - start).days + 1)]
    return [(d, Decimal(3400 + 7 * i)) for i, d in enumerate(days)]


def test_document_page_escapes_everything_and_has_a_csp() -> None:
    text = f"近1年累計漲幅達77.84%。{HOSTILE}\n"
    result = make_result(f"{HOSTILE}.txt", text, [("return", "77.84%")], [VerdictStatus.SUPPORTED], [Severity.ERROR])
    result.findings[0] = result.findings[0].model_copy(update={"message": HOSTILE, "rule_id": HOSTILE})
    html = render_document(result, nonce="abc123", notes=[HOSTILE])
    assert "<script>window" not in html and "<img src=x" not in html
    assert html.count("&lt;script&gt;window.__pwned=1&lt;/script&gt;") >= 4  # text, name, note, message
    csp = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', html)
    assert csp and "default-src 'none'" in csp[1] and "script-src 'nonce-abc123'" in csp[1]
    assert "img-src data:" in csp[1]
    assert re.findall(r"<script\b[^>]*>", html) == ['<script nonce="abc123">']
    assert not re.search(r'(src|href)="(https?:)?//', html), "no network references"
    assert "@media print" in html


def test_document_page_structure_and_records() -> None:
    text = "恒生科技指數近1年累計漲幅達77.84%,另一數字12.5%。\n風險提示"
    result = make_result(
        "a.txt",
        text,
        [("return", "77.84%"), ("return", "12.5%")],
        [VerdictStatus.CONTRADICTED, None],
        [Severity.WARNING],
    )
    # the page speaks the document's script by default (issue 24): these assertions read its English words
    html = render_document(result, notes=["Claims were not verified: test"], generated=FIXED, lang="en")
    assert '<mark class="claim st-contradicted" data-claim="c1"' in html
    assert '<mark class="claim st-unchecked" data-claim="c2"' in html
    assert 'data-finding="f1"' in html and "sev-warning" in html
    for ref in ("c1", "c2", "f1"):
        assert f'data-record="{ref}"' in html and f'data-ref="{ref}"' in html
    assert "Claims were not verified: test" in html
    assert "2025-03-06 (inferred from the text)" in html and ">t2s<" in html
    assert "No verdict: this claim was not checked." in html
    # reading order: f1 (at 0) before c1 before c2
    order = re.findall(r'<button type="button" class="item" data-kind="\w+" data-ref="(\w+)"', html)
    assert order == ["f1", "c1", "c2"]
    assert "The Simplified text is the same as the original." in html


def test_simplified_pane_without_highlights_when_lengths_differ() -> None:
    result = make_result("b.txt", "漲幅達77.84%", [("return", "77.84%")])
    result.simplified = "涨幅达77.84%!!"
    html = render_document(result, lang="en")
    assert "differs in length" in html
    assert "簡體文本與原文長度不同" in render_document(result)  # by default, in the document's script
    simplified_pane = html[html.index('id="pane-simplified"') :]
    assert "data-claim" not in simplified_pane.split("</main>")[0]


def _series_verdict(status: VerdictStatus, checker: str, figures: tuple[str, str, str, str]) -> Verdict:
    """A verdict of claim c1 computed from two hstech closes: (expected, computed, difference, tolerance)."""
    expected, computed, difference, tolerance = map(Decimal, figures)
    return Verdict(
        claim_id="c1",
        status=status,
        checker=checker,
        expected=expected,
        computed=computed,
        difference=difference,
        tolerance=tolerance,
        method="close-to-close return of hstech close, 2024-03-06 → 2025-03-06",
        data=("hstech close 2024-03-06 3412.57", "hstech close 2025-03-06 6068.77"),
    )


def test_chart_embedded_for_a_series_verdict() -> None:
    result = make_result("c.txt", "漲幅達77.84%", [("return", "77.84%")])
    verdict = _series_verdict(VerdictStatus.SUPPORTED, "return", ("77.84", "77.835766", "-0.004234", "0.005"))
    result.verdicts = [verdict]
    obs = parse_observations(verdict.data)
    assert (obs[0].instrument, obs[0].field, obs[0].date, obs[0].value) == (
        "hstech",
        "close",
        dt.date(2024, 3, 6),
        Decimal("3412.57"),
    )
    assert parse_observations(["c6 3,018.1億港元 = 301810000000", "hstech: 1136 observations"]) == []
    svg = verdict_chart(result.claims[0], verdict, _fake_lookup)
    assert svg is not None and svg.startswith("<svg") and "<?xml" not in svg
    assert "<script" not in svg and not re.search(r'href="https?:', svg)
    assert verdict_chart(result.claims[0], verdict, None) is None
    html = render_document(result, series_lookup=_fake_lookup)
    assert html.count('<img src="data:image/svg+xml;base64,') == 1
    assert svg_data_uri("<svg/>").startswith("data:image/svg+xml;base64,")
    assert "77.835766%" in html and "-0.004234 pp" in html and "± 0.005 pp" in html


def test_chart_of_a_points_figure_draws_no_missing_glyph(recwarn: pytest.WarningsRecorder) -> None:
    result = make_result("p.txt", "恒指跌289点", [("change_points", "289点")])
    verdict = _series_verdict(VerdictStatus.CONTRADICTED, "change_points", ("-289", "-1.35", "287.65", "0.5"))
    claim = result.claims[0].model_copy(update={"unit": "点"})
    svg = verdict_chart(claim, verdict, _fake_lookup)
    assert svg is not None
    assert not [w for w in recwarn.list if "missing from font" in str(w.message)]


def test_write_reports_pages_and_index(tmp_path: Path) -> None:
    one = make_result('x"><img src=x>.txt', "漲幅達77.84%", [("return", "77.84%")], [VerdictStatus.SUPPORTED])
    two = make_result("two.txt", "漲幅達1.5%", [("return", "1.5%")])
    single = write_reports([one], tmp_path / "single")
    assert [p.name for p in single] == [f"x_img_src_x-{one.meta.doc_id}.html"]
    paths = write_reports([one, two, two], tmp_path / "many")
    names = [p.name for p in paths]
    assert names[-1] == "index.html" and len(set(names)) == 4
    assert names[2] == f"two-{two.meta.doc_id}-2.html"
    index = paths[-1].read_text(encoding="utf-8")
    for page in names[:-1]:
        assert f'href="{page}"' in index
    assert "<img src=x>" not in index and "x&#34;&gt;&lt;img src=x&gt;.txt" in index
    assert 'href="index.html"' in paths[0].read_text(encoding="utf-8")
    assert page_name(two, set()) == f"two-{two.meta.doc_id}.html"


def _normalize(html: str) -> str:
    """Strip what changes run to run or with styling: nonce, timestamps, version, the shared stylesheet."""
    html = re.sub(r"<style>.*?</style>", "<style>/* shared stylesheet */</style>", html, flags=re.S)
    html = re.sub(r"nonce-[\w-]+|nonce=\"[\w-]+\"", "NONCE", html)
    html = re.sub(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d", "TIMESTAMP", html)
    return re.sub(r'(name="generator" content="analyzer |<dt>analyzer</dt><dd>)[^"<]+', r"\1VERSION", html)


def _three() -> list[tuple[DocumentResult, str]]:
    docs = [
        make_result(
            "港股科技.txt",
            "近1年漲幅達77.84%,2021年-32.70%,2022年-27.19%",
            [("return", "77.84%"), ("annual_return", "-32.70%"), ("annual_return", "-27.19%")],
            [VerdictStatus.SUPPORTED, VerdictStatus.CONTRADICTED, VerdictStatus.UNVERIFIABLE],
            [Severity.ERROR, Severity.WARNING, Severity.WARNING],
        ),
        make_result("m1.txt", "9月-3.3%", [("growth_yoy", "-3.3%")], [VerdictStatus.SUPPORTED], [Severity.INFO]),
        make_result("<empty> & co.txt", "沒有數字", [], [], [], as_of=None),
    ]
    return [(d, page_name(d, set())) for d in docs]


def test_index_counts() -> None:
    (a, _), (b, _), (c, _) = _three()
    assert Counts.of(b).info == 1
    assert Counts.of(a) == Counts(3, 1, 1, 1, 1, 2, 0)
    assert Counts.of(c) == Counts()


def test_index_row_round_trips_through_json() -> None:
    row = IndexRow.of(*_three()[0])
    assert IndexRow.from_json(row.to_json()) == row


def test_index_golden() -> None:
    rows = [IndexRow.of(doc, page) for doc, page in _three()]
    html = _normalize(render_index(rows, nonce="0" * 32, generated=FIXED, lang="en"))
    if os.environ.get("ANALYZER_UPDATE_GOLDEN"):
        GOLDEN.parent.mkdir(parents=True, exist_ok=True)
        GOLDEN.write_text(html, encoding="utf-8")
    assert GOLDEN.exists(), "run with ANALYZER_UPDATE_GOLDEN=1 to create the golden file"
    assert html == GOLDEN.read_text(encoding="utf-8")


@pytest.mark.parametrize("template", ["document.html.j2", "index.html.j2", "_style.css.j2", "_document.js.j2"])
def test_templates_ship_in_the_package(template: str) -> None:
    from importlib.resources import files

    assert files("analyzer").joinpath("report", "templates", template).is_file()


def test_the_same_chart_is_drawn_once_per_process() -> None:
    from analyzer.report.charts import Observation, _render_svg, render_svg

    day = dt.date(2024, 3, 6)
    points = [(day + dt.timedelta(days=i), Decimal(100 + i)) for i in range(5)]
    marked = [Observation("x", "close", day, Decimal(100))]
    before = _render_svg.cache_info().hits
    first = render_svg(points, marked, "x close", "computed 4%")
    second = render_svg(list(points), list(marked), "x close", "computed 4%")
    assert first == second and first.startswith("<svg")
    assert _render_svg.cache_info().hits == before + 1


def test_finding_location_is_line_and_column():
    """A reviewer reads where a finding is as line:column (also on the printed page), not offsets."""
    from analyzer.report.html import LineIndex
    from analyzer.types import Span

    text = "第一行\n第二行有势不可挡\n"
    start = text.index("势不可挡")
    lines = LineIndex(text)
    assert lines.span(Span(start=start, end=start + 4)) == "line 2:5–2:8"
    assert lines.where(0) == "1:1"


@pytest.mark.issue(24)
@pytest.mark.parametrize(
    ("text", "lang", "words", "absent"),
    [
        ("恒生科技指数近1年累计涨幅达77.84%。", None, ("与数据不符", "详情", 'lang="zh-Hans"'), "Details"),
        ("恆生科技指數近1年累計漲幅達77.84%。", None, ("與數據不符", "詳情", 'lang="zh-Hant"'), "Details"),
        ("恆生科技指數近1年累計漲幅達77.84%。", "en", ("contradicted", "Details", 'lang="en"'), "詳情"),
    ],
)
def test_page_speaks_the_document_script_or_the_chosen_language(
    text: str, lang: str | None, words: tuple[str, ...], absent: str
) -> None:
    result = make_result("l.txt", text, [("return", "77.84%")], [VerdictStatus.CONTRADICTED])
    html = render_document(result, generated=FIXED, lang=lang)
    assert all(w in html for w in words) and absent not in html
