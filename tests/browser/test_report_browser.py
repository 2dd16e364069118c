"""The HTML review report in a real browser (headless Chromium via selenium and chromedriver).

Skipped only when /usr/bin/chromium is absent and CI is not set; in CI (.ci/run installs Debian's
chromium and chromium-driver) these tests must run; the browser is the shared fixture in conftest.py.
Screenshots go to artifacts/report/.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from analyzer.pipeline import analyze
from analyzer.report.charts import store_lookup
from analyzer.report.html import write_reports
from analyzer.types import Citation, DocumentResult, Finding, Severity, Span

ROOT = Path(__file__).resolve().parents[2]
SAMPLE = ROOT / "corpora" / "samples" / "000_c5a5949e47dd4678.txt"
ARTIFACTS = ROOT / "artifacts" / "report"
HOSTILE_SCRIPT = "<script>window.__pwned=1</script>"
HOSTILE_IMG = '"><img src=x onerror="window.__pwned=1">'
HAND_RULE = "TEST-HAND-1"
HAND_MESSAGE = "Hand-made finding: 风险提示 <b>must</b> stay visible & escaped."

pytestmark = pytest.mark.slow


def _hand_finding(result: DocumentResult) -> Finding:
    start = result.text.index("風險提示")
    span = Span(start=start, end=start + 4)
    return Finding(
        rule_id=HAND_RULE,
        severity=Severity.ERROR,
        title="Hand-made finding",
        message=HAND_MESSAGE,
        spans=(span,),
        quotes=(span.slice(result.text),),
        citation=Citation(document="test rulebook", article="Art 1", provenance="TEST"),
    )


@pytest.fixture(scope="module")
def sample_page(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, DocumentResult]:
    """The sample's page with real verdicts and findings when those stages import, plus one hand-made finding."""
    out = tmp_path_factory.mktemp("report")
    result = analyze(SAMPLE)
    lookup = None
    try:
        from analyzer.verify import open_store, verify

        store = open_store(out / "market.duckdb")
        result.verdicts = verify(result, store)
        lookup = store_lookup(store)
    except ImportError:
        store = None
    try:
        from analyzer.comply import comply

        result.findings = comply(result)
    except ImportError:
        pass
    result.findings = [*result.findings, _hand_finding(result)]
    (page,) = write_reports([result], out / "pages", lookup)
    if store is not None:
        store.close()
    return page, result


def _utf16_len(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def test_sample_claims_highlighted_and_finding_details(driver, sample_page) -> None:
    page, result = sample_page
    driver.get(page.as_uri())
    assert driver.execute_script("return document.readyState") == "complete"
    located = driver.execute_script(
        """
        var pane = document.querySelector('#pane-original .pane');
        var out = {};
        pane.querySelectorAll('[data-claim]:not([data-part])').forEach(function (el) {
          var r = document.createRange();
          r.setStart(pane, 0);
          r.setEndBefore(el);
          out[el.getAttribute('data-claim')] = [r.toString().length, el.textContent,
            getComputedStyle(el).backgroundColor, el.className];
        });
        return out;
        """
    )
    status = {v.claim_id: v.status.value for v in result.verdicts}
    assert result.claims, "the sample has claims"
    for claim in result.claims:
        assert claim.id in located, f"{claim.id} is not highlighted"
        offset, text, background, classes = located[claim.id]
        assert text == claim.text == result.text[claim.span.start : claim.span.end]
        assert offset == _utf16_len(result.text[: claim.span.start]), f"{claim.id} highlighted at the wrong place"
        assert f"st-{status.get(claim.id, 'unchecked')}" in classes.split()
        assert background not in ("rgba(0, 0, 0, 0)", "transparent")

    # a claim with a chart: its record shows stated vs computed and the embedded SVG
    if status.get("c1") == "supported":
        driver.find_element("css selector", '#items button[data-ref="c1"]').click()
        details = driver.find_element("id", "details").text
        # the method, in the page's language (the sample is Traditional)
        assert "77.84%" in details and "77.835766%" in details and "收盤價區間漲幅" in details
        images = driver.execute_script(
            "return Array.from(document.querySelectorAll('.record[data-record=\"c1\"] img'))"
            ".map(function (i) { return [i.complete, i.naturalWidth]; })"
        )
        assert images and all(ok and width > 0 for ok, width in images), images
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        driver.save_screenshot(str(ARTIFACTS / "sample-claim.png"))

    # click the hand-made finding in the side panel: its details appear and its words are marked
    ref = f"f{len(result.findings)}"
    driver.find_element("css selector", f'#items button[data-ref="{ref}"]').click()
    details = driver.find_element("id", "details").text
    assert HAND_RULE in details and HAND_MESSAGE in details and "test rulebook" in details
    current = driver.execute_script(
        f"return Array.from(document.querySelectorAll('#pane-original [data-finding=\"{ref}\"].current'))"
        ".map(function (e) {{ return e.textContent; }})"
    )
    assert "".join(current) == "風險提示"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert driver.save_screenshot(str(ARTIFACTS / "sample.png"))

    # a real finding, when compliance ran: its rule id and message show
    real = [f for f in result.findings if f.rule_id != HAND_RULE]
    if real:
        driver.find_element("css selector", '#items button[data-ref="f1"]').click()
        details = driver.find_element("id", "details").text
        assert real[0].rule_id in details and real[0].message in details

    # the script switch shows the Simplified text
    driver.find_element("id", "show-simplified").click()
    shown = driver.find_element("id", "pane-simplified").text
    assert "恒生科技指数" in shown and driver.find_element("id", "pane-original").is_displayed() is False

    # nothing was fetched: no resource entries at all
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0


def test_hostile_document_runs_nothing(driver, tmp_path: Path) -> None:
    name = 'x"><img src=x onerror="window.__pwned=1">.txt'
    path = tmp_path / name
    path.write_text(
        f"恒生科技指数近1年累计涨幅达77.84%。{HOSTILE_SCRIPT}\n风险提示:{HOSTILE_IMG} 基金有风险。\n", encoding="utf-8"
    )
    result = analyze(path)
    start = result.text.index("<script>")
    span = Span(start=start, end=start + len(HOSTILE_SCRIPT))
    result.findings = [
        Finding(
            rule_id='<img src=x onerror="window.__pwned=1">',
            severity=Severity.WARNING,
            title=HOSTILE_SCRIPT,
            message=f"message {HOSTILE_SCRIPT} {HOSTILE_IMG}",
            spans=(span,),
            quotes=(HOSTILE_SCRIPT,),
            citation=Citation(document=HOSTILE_IMG, article=HOSTILE_SCRIPT),
        )
    ]
    other = analyze(b"plain", name="plain.txt")
    pages = write_reports([result, other], tmp_path / "out")
    assert len(pages) == 3 and pages[-1].name == "index.html"
    for page in (pages[0], pages[-1]):
        driver.get(page.as_uri())
        assert driver.execute_script("return typeof window.__pwned") == "undefined"
        assert (
            driver.execute_script(
                "return document.querySelectorAll('body img:not([src^=\"data:\"]), main script, .side script').length"
            )
            == 0
        )
        body = driver.find_element("tag name", "body").text
        assert "window.__pwned=1" in body
    driver.get(pages[0].as_uri())
    text = driver.find_element("id", "pane-original").text
    assert HOSTILE_SCRIPT in text and HOSTILE_IMG in text
    assert name in driver.find_element("tag name", "h1").text
    driver.find_element("css selector", '#items button[data-ref="f1"]').click()
    assert f"message {HOSTILE_SCRIPT} {HOSTILE_IMG}" in driver.find_element("id", "details").text
    assert driver.execute_script("return typeof window.__pwned") == "undefined"
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    driver.save_screenshot(str(ARTIFACTS / "hostile.png"))


def test_index_sorts_by_column(driver, tmp_path: Path) -> None:
    docs = [
        analyze("恒生科技指數近1年累計漲幅達77.84%,2021年-32.70%。".encode(), name="b-two.txt"),
        analyze(b"no numbers here", name="a-none.txt"),
        analyze("近1年漲幅達7.8%。".encode(), name="c-one.txt"),
    ]
    index = write_reports(docs, tmp_path / "out")[-1]
    driver.get(index.as_uri())

    def names() -> list[str]:
        return driver.execute_script(
            "return Array.from(document.querySelectorAll('#docs tbody tr td:first-child a'))"
            ".map(function (a) { return a.textContent; })"
        )

    assert names() == ["b-two.txt", "a-none.txt", "c-one.txt"]
    claims = [len(d.claims) for d in docs]
    header = driver.find_element("xpath", "//th/button[text()='claims']")
    header.click()
    expected = [d.meta.path for d in sorted(docs, key=lambda d: (-len(d.claims), d.meta.path))]
    assert names() == expected, claims
    header.click()
    assert names() == [d.meta.path for d in sorted(docs, key=lambda d: (len(d.claims), d.meta.path))]
    driver.find_element("xpath", "//th/button[text()='document']").click()
    assert names() == ["a-none.txt", "b-two.txt", "c-one.txt"]
    assert driver.find_element("xpath", "//th[button[text()='document']]").get_attribute("aria-sort") == "ascending"
