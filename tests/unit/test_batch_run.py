"""Batch runs in the process pool: mixed inputs, the manifest, exact decimals, resume, formats, crashes, the CLI."""

from __future__ import annotations

import json
import time
from decimal import Decimal
from pathlib import Path

import pandas as pd
import pytest
from batch_support import SAMPLE, crashy_pipeline, make_corpus, make_mixed_folder
from typer.testing import CliRunner

import analyzer
from analyzer.batch import BatchOptions, analyze_many, run_batch
from analyzer.batch.progress import NullProgress
from analyzer.errors import IngestError
from analyzer.report.frame import CLAIM_COLUMNS, MENTION_COLUMNS

MANIFEST_COLUMNS = [
    "doc_id",
    "path",
    "status",
    "error_class",
    "error_code",
    "error_message",
    "n_claims",
    "n_mentions",
    "n_verdicts",
    "n_findings",
    "n_supported",
    "n_contradicted",
    "n_unverifiable",
    "n_errors",
    "n_warnings",
    "n_chars",
    "seconds",
    "finished_at",
    "sha256",
    "as_of",
    "as_of_source",
    "title",
    "source",
    "language",
    "notes",
    "unverifiable_causes",
]


@pytest.fixture(scope="module")
def mixed(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("mixed")
    expected = make_mixed_folder(root / "in")
    (root / "in" / "crash.txt").write_text(SAMPLE, encoding="utf-8")
    expected["crash.txt"] = "failed"
    options = BatchOptions(analyze_fn=crashy_pipeline)
    summary = run_batch([root / "in"], root / "out", workers=2, options=options, progress=NullProgress())
    assert summary.n_inputs == len(expected)
    return root / "in", root / "out", expected


def test_manifest_accounts_for_every_input(mixed: tuple[Path, Path, dict[str, str]]) -> None:
    folder, out, expected = mixed
    manifest = pd.read_parquet(out / "manifest.parquet")
    assert list(manifest.columns) == MANIFEST_COLUMNS
    got = {Path(p).relative_to(folder).as_posix(): s for p, s in zip(manifest["path"], manifest["status"], strict=True)}
    assert got == expected
    assert manifest["path"].is_unique
    failed = manifest.set_index(manifest["path"].map(lambda p: Path(p).name))
    assert failed.loc["empty.txt", "error_code"] == "E102"
    assert failed.loc["binary.bin", "error_code"] == "E101"
    assert failed.loc["huge.txt", "error_code"] == "E103"
    assert failed.loc["huge.txt", "seconds"] < 1.0 and failed.loc["huge.txt", "doc_id"] == ""
    assert failed.loc["crash.txt", "error_class"] == "RuntimeError"
    assert failed.loc["crash.txt", "error_message"] == "parser exploded on two lines"
    assert failed.loc["crash.txt", "error_code"] == "E807"  # not an analyzer error, still a code
    assert failed.loc["good.txt", "as_of_source"] in ("heading", "text")
    assert failed.loc["good.txt", "doc_id"] == failed.loc["copy.txt", "doc_id"]


def test_tables_have_documented_columns_and_counts(mixed: tuple[Path, Path, dict[str, str]]) -> None:
    _, out, _ = mixed
    manifest = pd.read_parquet(out / "manifest.parquet")
    claims = pd.read_parquet(out / "claims.parquet")
    mentions = pd.read_parquet(out / "mentions.parquet")
    assert list(claims.columns) == CLAIM_COLUMNS and list(mentions.columns) == MENTION_COLUMNS
    assert not (out / "verdicts.parquet").exists()
    per_doc = claims.groupby("path").size()
    for row in manifest.itertuples():
        assert per_doc.get(row.path, 0) == row.n_claims
    assert len(mentions) == manifest["n_mentions"].sum()
    assert not claims.duplicated(["path", "claim_id"]).any()
    assert set(claims["path"]) == set(manifest.loc[manifest["n_claims"] > 0, "path"])
    assert not list(out.rglob("*.tmp"))


def test_decimals_round_trip_exactly(mixed: tuple[Path, Path, dict[str, str]]) -> None:
    folder, out, _ = mixed
    claims = pd.read_parquet(out / "claims.parquet")
    direct = analyzer.analyze(folder / "good.txt")
    stored = claims[claims["path"] == str(folder / "good.txt")]
    want = [c.value for c in direct.claims]
    got = [None if v is None or pd.isna(v) else Decimal(v) for v in stored["value"]]
    assert got == want
    assert [str(v) for v in got if v is not None] == [str(v) for v in want if v is not None]  # same exponent


def _norm(value: object) -> object:
    if value is None or (not isinstance(value, str | Decimal) and pd.isna(value)):  # type: ignore[arg-type]
        return None
    if isinstance(value, Decimal):
        return str(value)
    return value.item() if hasattr(value, "item") else value


def test_stored_rows_equal_results_to_frames(mixed: tuple[Path, Path, dict[str, str]]) -> None:
    folder, out, _ = mixed
    direct = analyzer.results_to_frames([analyzer.analyze(folder / "good.txt")])
    for table in ("claims", "mentions"):
        stored = pd.read_parquet(out / f"{table}.parquet")
        stored = stored[stored["path"] == str(folder / "good.txt")].reset_index(drop=True)
        want = direct[table]
        assert list(stored.columns) == list(want.columns) and len(stored) == len(want) > 0
        for column in want.columns:
            assert [_norm(v) for v in stored[column]] == [_norm(v) for v in want[column]], (table, column)


def test_rerun_skips_done_redoes_failed_and_keeps_rows(mixed: tuple[Path, Path, dict[str, str]]) -> None:
    folder, out, expected = mixed
    before = pd.read_parquet(out / "claims.parquet")
    options = BatchOptions(analyze_fn=crashy_pipeline)
    summary = run_batch([folder], out, workers=1, options=options, progress=NullProgress())
    n_ok = sum(s == "ok" for s in expected.values())
    assert (summary.n_skipped, summary.n_failed, summary.n_ok) == (n_ok, len(expected) - n_ok, 0)
    manifest = pd.read_parquet(out / "manifest.parquet")
    assert sorted(set(manifest["status"])) == ["failed", "skipped"] and len(manifest) == len(expected)
    pd.testing.assert_frame_equal(pd.read_parquet(out / "claims.parquet"), before)


def test_csv_and_jsonl_formats(tmp_path: Path) -> None:
    paths = make_corpus(tmp_path / "in", 3)
    for fmt in ("csv", "jsonl"):
        summary = run_batch(paths, tmp_path / fmt, workers=0, fmt=fmt, progress=NullProgress())  # type: ignore[arg-type]
        assert summary.ok and (tmp_path / fmt / f"manifest.{fmt}").exists()
    claims_csv = pd.read_csv(tmp_path / "csv" / "claims.csv", dtype=str)
    lines = (tmp_path / "jsonl" / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    rows = [json.loads(line) for line in lines]
    assert len(rows) == len(claims_csv) > 0
    assert [r["value"] for r in rows] == [None if pd.isna(v) else v for v in claims_csv["value"]]
    assert rows[0]["path"] == str(paths[0])


def test_dead_worker_fails_only_its_document(tmp_path: Path) -> None:
    paths = make_corpus(tmp_path / "in", 6)
    dying = tmp_path / "in" / "die.txt"
    dying.write_text(SAMPLE, encoding="utf-8")
    options = BatchOptions(analyze_fn=crashy_pipeline)
    summary = run_batch([tmp_path / "in"], tmp_path / "out", workers=2, options=options, progress=NullProgress())
    manifest = pd.read_parquet(tmp_path / "out" / "manifest.parquet").set_index("path")
    assert summary.n_failed == 1 and summary.n_ok == len(paths)
    assert manifest.loc[str(dying), "error_class"] == "WorkerDied"


@pytest.mark.parametrize("workers", [0, 1])
def test_hanging_document_times_out_and_the_run_goes_on(tmp_path: Path, workers: int) -> None:
    paths = make_corpus(tmp_path / "in", 3)
    hanging = tmp_path / "in" / "hang.txt"
    hanging.write_text(SAMPLE, encoding="utf-8")
    options = BatchOptions(analyze_fn=crashy_pipeline, time_limit=2.0)
    started = time.perf_counter()
    summary = run_batch([tmp_path / "in"], tmp_path / "out", workers=workers, options=options, progress=NullProgress())
    assert time.perf_counter() - started < 60
    manifest = pd.read_parquet(tmp_path / "out" / "manifest.parquet").set_index("path")
    assert summary.n_failed == 1 and summary.n_ok == len(paths)
    row = manifest.loc[str(hanging)]
    assert (row.error_class, row.error_code) == ("DocumentTimeout", "E810")
    assert "2s limit" in row.error_message


def test_cli_exit_codes_and_log_lines(tmp_path: Path) -> None:
    from analyzer.cli import app

    paths = make_corpus(tmp_path / "in", 2)
    runner = CliRunner()
    ok = runner.invoke(app, ["batch", *map(str, paths), "--out", str(tmp_path / "out"), "--workers", "0"])
    assert ok.exit_code == 0, ok.output
    assert "2 inputs: 2 ok, 0 failed, 0 skipped" in ok.output and "batch: 2/2 documents" in ok.output
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    bad = runner.invoke(app, ["batch", str(tmp_path / "in"), "--out", str(tmp_path / "out"), "--workers", "0"])
    assert bad.exit_code == 1
    assert "3 inputs: 0 ok, 1 failed, 2 skipped" in bad.output
    none = runner.invoke(app, ["batch", str(tmp_path / "*.nothing"), "--out", str(tmp_path / "o2")])
    assert none.exit_code == 2 and "E801" in none.output


def test_analyze_many_and_frames(tmp_path: Path) -> None:
    paths = make_corpus(tmp_path / "in", 3)
    results = list(analyzer.analyze_many(paths, workers=2))
    assert [r.meta.path for r in results] == [str(p) for p in paths]
    assert [len(r.claims) for r in results] == [len(analyzer.analyze(p).claims) for p in paths]
    frames = analyzer.results_to_frames(results)
    assert list(frames["claims"].columns) == CLAIM_COLUMNS
    assert len(frames["claims"]) == sum(len(r.claims) for r in results)
    assert list(results[0].to_frame()["mentions"].columns) == MENTION_COLUMNS
    (tmp_path / "in" / "empty.txt").write_bytes(b"")
    with pytest.raises(IngestError) as err:
        list(analyze_many([tmp_path / "in"], workers=0))
    assert err.value.code == "E102"
    assert len(list(analyze_many([tmp_path / "in"], workers=0, errors="skip"))) == 3


def test_verify_and_comply_tables(tmp_path: Path) -> None:
    try:
        import analyzer.comply
        import analyzer.verify  # noqa: F401
    except ImportError as exc:  # pragma: no cover - depends on the other stages being present
        pytest.skip(f"analyzer.verify / analyzer.comply not importable: {exc}")
    paths = make_corpus(tmp_path / "in", 2)
    options = BatchOptions(verify=True, store_path=str(tmp_path / "market.duckdb"), comply=True)
    summary = run_batch(paths, tmp_path / "out", workers=0, options=options, progress=NullProgress())
    assert summary.ok
    manifest = pd.read_parquet(tmp_path / "out" / "manifest.parquet")
    verdicts = pd.read_parquet(tmp_path / "out" / "verdicts.parquet")
    findings = pd.read_parquet(tmp_path / "out" / "findings.parquet")
    assert len(verdicts) == manifest["n_verdicts"].sum() > 0
    assert len(findings) == manifest["n_findings"].sum()
    assert Decimal(verdicts["expected"].dropna().iloc[0]) is not None


def test_review_counts_in_manifest_and_exit_code(tmp_path: Path) -> None:
    """batch --verify --comply totals verdicts and findings per document in the manifest, names the
    documents with a contradicted claim or an error finding, and exits 1 for them unless --fail-on never."""
    from analyzer.cli import app

    folder = tmp_path / "in"
    folder.mkdir()
    text = SAMPLE
    assert "77.84%" in text
    (folder / "wrong.txt").write_text(text.replace("77.84%", "97.84%"), encoding="utf-8")
    (folder / "plain.txt").write_text("2025年3月6日\n今日天气晴朗，市场休市。\n", encoding="utf-8")
    market = ["--market", str(tmp_path / "market.duckdb")]
    runner = CliRunner()
    args = ["batch", str(folder), "--workers", "0", "--verify", "--comply", *market]
    flagged = runner.invoke(app, [*args, "--out", str(tmp_path / "out")])
    assert flagged.exit_code == 1, flagged.output
    assert "contradicted claims in 1 document(s):" in flagged.output and "wrong.txt" in flagged.output
    assert "error findings in 1 document(s):" in flagged.output
    manifest = pd.read_parquet(tmp_path / "out" / "manifest.parquet").set_index("path")
    wrong = manifest.loc[str(folder / "wrong.txt")]
    plain = manifest.loc[str(folder / "plain.txt")]
    assert wrong["n_contradicted"] >= 1 and wrong["n_errors"] >= 1 and wrong["n_supported"] >= 1
    assert plain[["n_contradicted", "n_errors", "n_supported"]].tolist() == [0, 0, 0]
    assert wrong["n_verdicts"] == wrong[["n_supported", "n_contradicted", "n_unverifiable"]].sum()
    quiet = runner.invoke(app, [*args, "--out", str(tmp_path / "out2"), "--fail-on", "never"])
    assert quiet.exit_code == 0, quiet.output
    assert "verify:" in quiet.output and "contradicted claims in 1 document(s):" in quiet.output
