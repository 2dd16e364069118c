"""Optional: real broker and fund-report PDFs from public repositories (issue 26).

None is committed (broker research is under its publisher's copyright). Put the files in a folder with a
``sources.yaml`` naming, per file, its repository, commit, path and licence, and point
``ANALYZER_REAL_PDFS`` at it; without it this test is skipped. Only invariants are checked: every record's
text is the extracted text at its span, every claim names its page, none comes from a running header or
footer or a boilerplate section.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml

from analyzer.errors import IngestError
from analyzer.pipeline import analyze

pytestmark = pytest.mark.issue(26)

FOLDER = os.environ.get("ANALYZER_REAL_PDFS", "")


@pytest.mark.skipif(not FOLDER, reason="ANALYZER_REAL_PDFS is not set (real PDFs are not committed: copyright)")
def test_real_pdfs_keep_the_invariants() -> None:
    folder = Path(FOLDER)
    sources = yaml.safe_load((folder / "sources.yaml").read_text(encoding="utf-8"))
    assert sources, "sources.yaml lists each file's repository, commit, path and licence"
    for name, source in sources.items():
        assert {"repository", "commit", "path", "licence"} <= set(source), name
        try:
            result = analyze(folder / name)
        except IngestError as exc:  # a scan or an encrypted file: a coded line, never a crash
            assert exc.code in ("E110", "E111", "E112"), exc.one_line()
            continue
        for claim in result.claims:
            assert result.text[claim.span.start : claim.span.end] == claim.text
            assert claim.where is not None and claim.where.page is not None
            assert result._layout.region_at(claim.span) is None
