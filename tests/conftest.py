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
