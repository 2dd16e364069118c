"""Shared fixtures: the sample article and its analysis (computed once per session)."""

from __future__ import annotations

from pathlib import Path

import opencc
import pytest

from analyzer.pipeline import analyze
from analyzer.types import DocumentResult

ROOT = Path(__file__).resolve().parents[1]
SAMPLE = ROOT / "corpora" / "samples" / "000_c5a5949e47dd4678.txt"
GOLDEN = ROOT / "tests" / "golden"


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line("markers", "issue(n): regression test for issue n")


@pytest.fixture(scope="session")
def sample_path() -> Path:
    return SAMPLE


@pytest.fixture(scope="session")
def sample_text() -> str:
    return SAMPLE.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def sample_result() -> DocumentResult:
    return analyze(SAMPLE)


@pytest.fixture(scope="session")
def sample_simplified_result(sample_text: str) -> DocumentResult:
    """The same article converted to Simplified first, then analyzed (script parity)."""
    simplified = opencc.OpenCC("t2s").convert(sample_text)
    return analyze(simplified.encode("utf-8"), name="sample-simplified.txt")


EXAMPLE_NOTEBOOK = ROOT / "corpora" / "examples" / "analyst.ipynb"


@pytest.fixture(scope="session")
def executed_notebook(tmp_path_factory: pytest.TempPathFactory) -> object:
    """The example notebook run top to bottom in a fresh kernel (nbclient), offline, against a market
    store of its own (the shipped series); the executed notebook (nbformat) is returned."""
    import os

    if os.environ.get("CI"):  # the test extra has them: in CI a missing one is a failure, not a skip
        import ipykernel  # noqa: F401
        import nbclient
        import nbformat
    else:
        nbclient = pytest.importorskip("nbclient")
        nbformat = pytest.importorskip("nbformat")
        pytest.importorskip("ipykernel")
    work = tmp_path_factory.mktemp("notebook")
    notebook = nbformat.read(EXAMPLE_NOTEBOOK, as_version=4)
    saved = {k: os.environ.get(k) for k in ("ANALYZER_MARKET_DB", "PYTHONPATH")}
    os.environ["ANALYZER_MARKET_DB"] = str(work / "market.duckdb")  # the kernel inherits it
    os.environ["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), saved["PYTHONPATH"]) if p)
    try:
        nbclient.NotebookClient(
            notebook, timeout=600, kernel_name="python3", resources={"metadata": {"path": str(work)}}
        ).execute()
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value
    return notebook
