"""One headless Chromium for the browser tests (selenium and chromedriver), shared by the report's and
the notebook's tests.

Skipped only when /usr/bin/chromium is absent and CI is not set; in CI (.ci/run installs Debian's
chromium and chromium-driver, and selenium comes with ``.[test]``) a missing browser or selenium is a
failure. Network is off for the browser (no background fetches, no QUIC); each page under test also
says what it may load.
"""

from __future__ import annotations

import os
import shutil
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
    "--window-size=1440,1000",
)


@pytest.fixture(scope="session")
def driver() -> Iterator[object]:
    """A headless Chromium (selenium WebDriver) for the whole session, with its own throwaway profile."""
    if not (CHROMIUM.exists() and CHROMEDRIVER.exists()):
        if os.environ.get("CI"):
            pytest.fail("CI is set but /usr/bin/chromium or /usr/bin/chromedriver is missing")
        pytest.skip("no /usr/bin/chromium (apt-get install chromium chromium-driver)")
    if os.environ.get("CI"):
        import selenium  # noqa: F401 - in CI a missing selenium is a failure, not a skip
    webdriver = pytest.importorskip("selenium.webdriver")
    from selenium.webdriver.chrome.service import Service

    profile = tempfile.mkdtemp(prefix="analyzer-chromium-")
    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    browser = webdriver.Chrome(service=Service(str(CHROMEDRIVER)), options=options)
    browser.set_page_load_timeout(30)
    try:
        yield browser
    finally:
        browser.quit()
        shutil.rmtree(profile, ignore_errors=True)
