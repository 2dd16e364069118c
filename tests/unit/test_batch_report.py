"""``analyzer batch --report``: a review page per document and an index, next to the batch output."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from batch_support import make_corpus
from typer.testing import CliRunner

from analyzer.cli import app


def test_batch_report_pages_and_index_survive_a_rerun(tmp_path: Path) -> None:
    paths = make_corpus(tmp_path / "in", 3)
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    args = [
        "batch",
        str(tmp_path / "in"),
        "--out",
        str(out),
        "--workers",
        "0",
        "--verify",
        "--comply",
        "--report",
        "--market",
        str(tmp_path / "market.duckdb"),
    ]
    first = CliRunner().invoke(app, args)
    assert first.exit_code == 1, first.output  # the empty file failed, the rest went on
    manifest = pd.read_parquet(out / "manifest.parquet")
    ok = manifest[manifest.status == "ok"]
    assert len(ok) == len(paths)
    report = out / "report"
    pages = sorted(p for p in report.glob("*.html") if p.name != "index.html")
    assert len(pages) == len(paths)
    for doc_id in ok.doc_id:
        page = next(p for p in pages if doc_id in p.name).read_text(encoding="utf-8")
        assert 'data-claim="c1"' in page and "st-supported" in page and 'href="index.html"' in page
    index = (report / "index.html").read_text(encoding="utf-8")
    assert all(p.name in index for p in pages)
    # every input is listed: the failed one first, with its error and no link
    rows = index.split("<tbody>")[1].split("</tbody>")[0].split("<tr ")[1:]
    assert len(rows) == len(paths) + 1
    assert 'class="row-failed"' in rows[0] and "empty.txt" in rows[0] and "failed E102" in rows[0]
    assert "<a href" not in rows[0]

    # a rerun skips every done document and still lists all of them in the index
    second = CliRunner().invoke(app, args)
    assert second.exit_code == 1
    rerun = pd.read_parquet(out / "manifest.parquet")
    assert set(rerun[rerun.path.str.endswith(".txt") & (rerun.status == "skipped")].doc_id) == set(ok.doc_id)
    index = (report / "index.html").read_text(encoding="utf-8")
    assert all(p.name in index for p in pages)
