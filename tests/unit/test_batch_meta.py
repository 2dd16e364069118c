"""issue 16 (3): per-document metadata in batch — a sidecar (CSV, JSONL, Parquet; by path or doc id) and
Markdown front matter give each document its own as-of date; the manifest says which date and from where."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from pathlib import Path

import opencc
import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest

from analyzer.batch import BatchOptions, run_batch
from analyzer.batch.meta import convert_for_language, load_meta
from analyzer.batch.progress import NullProgress
from analyzer.errors import AnalyzerError
from analyzer.ingest.frontmatter import read_front_matter

# a relative period and no date in the text: only the document's own date can resolve it
BODY = {
    ("simplified", "ascii"): "恒生科技指数近1年涨幅达{v}%,南向资金持续流入.",
    ("simplified", "full"): "恒生科技指数近1年涨幅达{v}%，南向资金持续流入。",
}
BODY[("traditional", "ascii")] = opencc.OpenCC("s2t").convert(BODY[("simplified", "ascii")])
BODY[("traditional", "full")] = opencc.OpenCC("s2t").convert(BODY[("simplified", "full")])
DATES = ["2025-03-06", "2024-06-28", "2023-12-29", "2022-01-04"]


def _claims_by_file(out: Path) -> dict[str, pd.DataFrame]:
    claims = pd.read_parquet(out / "claims.parquet")
    return {Path(p).name: g for p, g in claims.groupby("path")}


def _return_period(rows: pd.DataFrame) -> tuple[dt.date, dt.date]:
    row = rows[rows.metric == "return"].iloc[0]
    return row.period_start, row.period_end


@pytest.mark.issue(16)
@pytest.mark.parametrize(("script", "width"), list(BODY))
@pytest.mark.parametrize("kind", ["csv", "jsonl", "parquet"])
def test_each_document_resolves_its_relative_periods_to_its_own_date(
    tmp_path: Path, script: str, width: str, kind: str
) -> None:
    folder = tmp_path / "news"
    folder.mkdir()
    text = BODY[(script, width)]
    paths = []
    for i, day in enumerate(DATES[:2]):
        p = folder / f"n{i}.txt"
        p.write_text(text.format(v=f"{10 + i}.5"), encoding="utf-8")
        paths.append((p, day))
    # the third document dates itself in its front matter, the fourth takes the run's --as-of
    (folder / "n2.md").write_text(f"---\nas_of: {DATES[2]}\ntitle: 周报\n---\n" + text.format(v="12.5"), "utf-8")
    (folder / "n3.txt").write_text(text.format(v="13.5"), encoding="utf-8")
    rows = [
        {"path": f"news/{p.name}", "as_of": day, "title": f"t{i}", "source": "wire"} for i, (p, day) in enumerate(paths)
    ]
    if kind == "jsonl":  # by doc id instead of path
        rows = [{"doc_id": hashlib.sha256(p.read_bytes()).hexdigest()[:16], "as_of": day} for p, day in paths]
    sidecar = tmp_path / f"meta.{kind}"
    if kind == "csv":
        pd.DataFrame(rows).to_csv(sidecar, index=False, encoding="utf-8-sig")
    elif kind == "jsonl":
        sidecar.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    else:
        pq.write_table(pa.Table.from_pylist(rows), sidecar)
    options = BatchOptions(as_of=dt.date.fromisoformat(DATES[3]))
    out = tmp_path / "out"
    summary = run_batch([folder], out, workers=0, options=options, progress=NullProgress(), meta=sidecar)
    assert summary.n_ok == 4
    claims = _claims_by_file(out)
    for name, day in [("n0.txt", DATES[0]), ("n1.txt", DATES[1]), ("n2.md", DATES[2]), ("n3.txt", DATES[3])]:
        start, end = _return_period(claims[name])
        as_of = dt.date.fromisoformat(day)
        assert end == as_of, name
        assert start == as_of.replace(year=as_of.year - 1) + dt.timedelta(days=1), name
    m = pd.read_parquet(out / "manifest.parquet")
    m.index = m.path.map(lambda p: Path(p).name)
    assert [m.loc[n, "as_of_source"] for n in ("n0.txt", "n1.txt", "n2.md", "n3.txt")] == [
        "meta",
        "meta",
        "meta",
        "given",
    ]
    assert m.loc["n1.txt", "as_of"] == dt.date.fromisoformat(DATES[1])
    assert m.loc["n2.md", "title"] == "周报"
    if kind != "jsonl":
        assert m.loc["n0.txt", "title"] == "t0" and m.loc["n0.txt", "source"] == "wire"


@pytest.mark.issue(16)
def test_a_changed_sidecar_row_redoes_that_document_only(tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    for i in range(2):
        (folder / f"d{i}.txt").write_text(BODY[("simplified", "full")].format(v=f"1{i}.5"), encoding="utf-8")
    sidecar = tmp_path / "meta.csv"
    sidecar.write_text("path,as_of\nin/d0.txt,2025-03-06\nin/d1.txt,2025-03-06\n", encoding="utf-8")
    first = run_batch([folder], tmp_path / "out", workers=0, progress=NullProgress(), meta=sidecar)
    assert first.n_ok == 2
    sidecar.write_text("path,as_of\nin/d0.txt,2025-03-06\nin/d1.txt,2024-01-05\n", encoding="utf-8")
    second = run_batch([folder], tmp_path / "out", workers=0, progress=NullProgress(), meta=sidecar)
    assert (second.n_skipped, second.n_ok) == (1, 1)
    assert _return_period(_claims_by_file(tmp_path / "out")["d1.txt"])[1] == dt.date(2024, 1, 5)


@pytest.mark.issue(16)
@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("path,as_of\nin/a.txt,2025-02-30\n", "not a date"),
        ("path,as_of\nin/a.txt,0001-01-01\n", "outside"),
        ("title,as_of\nx,2025-01-02\n", "names no document"),
        ("doc_id,as_of\nxyz,2025-01-02\n", "hex digits"),
    ],
)
def test_a_bad_sidecar_is_one_coded_error(tmp_path: Path, content: str, problem: str) -> None:
    sidecar = tmp_path / "meta.csv"
    sidecar.write_text(content, encoding="utf-8")
    with pytest.raises(AnalyzerError) as info:
        load_meta(sidecar)
    assert info.value.code == "E809" and problem in info.value.message and "row 1" in info.value.message


def test_an_unknown_sidecar_type_is_refused(tmp_path: Path) -> None:
    sidecar = tmp_path / "meta.xml"
    sidecar.write_text("<x/>", encoding="utf-8")
    with pytest.raises(AnalyzerError, match="E809"):
        load_meta(sidecar)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("---\nas_of: 2025-03-02\ntitle: 周报\n---\n正文", {"as_of": "2025-03-02", "title": "周报"}),
        ("---\ndate: 2025-03-02\n---\n正文", {"as_of": "2025-03-02"}),
        ("\ufeff---\r\nlanguage: zh-HK\r\n...\r\n正文", {"language": "zh-HK"}),
        ("---\n正文没有结束线\n", {}),
        ("---\n- a\n- b\n---\n", {}),  # a list, not front matter
        ("正文\n---\nas_of: 2025-03-02\n---\n", {}),  # not at the top
        ("---\nauthor: x\n---\n", {}),  # no key we use
    ],
)
def test_front_matter(text: str, expected: dict[str, str]) -> None:
    assert read_front_matter(text) == expected


def test_front_matter_with_an_impossible_date_is_a_coded_error() -> None:
    with pytest.raises(AnalyzerError, match="E108"):
        read_front_matter("---\nas_of: 2025-13-40\n---\n")


@pytest.mark.parametrize(
    ("tag", "conversion"),
    [("zh-HK", "hk2s"), ("zh_hant_hk", "hk2s"), ("zh-TW", "tw2s"), ("zh-CN", "t2s"), (None, "t2s")],
)
def test_language_tags_choose_the_conversion(tag: str | None, conversion: str) -> None:
    assert convert_for_language(tag, "t2s") == conversion


@pytest.mark.issue(16)
def test_batch_cli_takes_a_meta_sidecar(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from analyzer.cli import app

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "hk.txt").write_text(BODY[("traditional", "full")].format(v="8.5"), encoding="utf-8")
    sidecar = tmp_path / "meta.jsonl"
    sidecar.write_text(json.dumps({"path": "in/hk.txt", "as_of": "2024-09-03", "language": "zh-HK"}) + "\n", "utf-8")
    out = tmp_path / "out"
    done = CliRunner().invoke(app, ["batch", str(folder), "-o", str(out), "--workers", "0", "--meta", str(sidecar)])
    assert done.exit_code == 0, done.output
    m = pd.read_parquet(out / "manifest.parquet").iloc[0]
    assert (m.as_of, m.as_of_source, m.language) == (dt.date(2024, 9, 3), "meta", "zh-HK")
    assert _return_period(_claims_by_file(out)["hk.txt"])[1] == dt.date(2024, 9, 3)
    bad = CliRunner().invoke(app, ["batch", str(folder), "-o", str(out), "--meta", str(tmp_path / "missing.csv")])
    assert bad.exit_code == 2 and "E809" in bad.output
