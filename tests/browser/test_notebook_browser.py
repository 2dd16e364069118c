"""The example notebook's HTML output in a real browser (issue 24 item 2): headless Chromium via selenium,
as the report's browser tests. The notebook's rich outputs are put in one page whose Content-Security-
Policy forbids every script and every fetch: the text must show, each claim be highlighted in its
verdict's colour, and nothing be loaded. Skipped as the report tests are when Chromium is absent
(never in CI). A screenshot goes to artifacts/notebook/."""

from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts" / "notebook"
PAGE = """<!doctype html><html><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'">
<title>notebook outputs</title></head><body>{body}</body></html>"""

pytestmark = pytest.mark.slow


def test_notebook_output_in_chromium(driver, executed_notebook, tmp_path: Path) -> None:
    views = []
    for cell in executed_notebook.cells:
        for out in cell.get("outputs", []) if cell.cell_type == "code" else []:
            html = out.get("data", {}).get("text/html")
            if html:
                views.append("".join(html) if isinstance(html, list) else html)
    page = tmp_path / "outputs.html"
    page.write_text(PAGE.format(body="\n<hr>\n".join(views)), encoding="utf-8")
    driver.get(page.as_uri())
    assert driver.execute_script("return document.readyState") == "complete"

    first = driver.find_element("css selector", ".analyzer-result .ar-text")
    assert first.is_displayed() and "恒生科技指數" in first.text and first.size["height"] > 100
    marks = driver.execute_script(
        """
        var box = document.querySelector('.analyzer-result .ar-text');
        return Array.from(box.querySelectorAll('mark[data-claim]:not([data-part])')).map(function (m) {
          var r = m.getBoundingClientRect();
          return [m.getAttribute('data-claim'), m.className, getComputedStyle(m).backgroundColor,
                  r.width > 0 && r.height > 0, m.getAttribute('title')];
        });
        """
    )
    assert len(marks) >= 20  # the sample's 22 claims
    colours = {}
    for claim, classes, background, _visible, title in marks:
        status = next(c for c in classes.split() if c.startswith("st-"))
        assert background not in ("rgba(0, 0, 0, 0)", "transparent"), claim
        colours.setdefault(status, set()).add(background)
        assert title and title.startswith(claim)
    assert sum(visible for _, _, _, visible, _ in marks) >= 5  # the box scrolls; the first claims show
    assert {"st-supported", "st-unverifiable", "st-not-checked"} <= set(colours)
    assert all(len(found) == 1 for found in colours.values())  # one colour per verdict
    assert len({next(iter(found)) for found in colours.values()}) == len(colours)  # and each its own

    # the verdict tables: every claim a row, the status cell coloured as the claim
    rows = driver.execute_script("return document.querySelectorAll('.analyzer-result tr[data-claim]').length")
    assert rows >= len(marks)
    assert driver.execute_script("return document.scripts.length") == 0
    assert driver.execute_script("return performance.getEntriesByType('resource').length") == 0
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    assert driver.save_screenshot(str(ARTIFACTS / "notebook.png"))
