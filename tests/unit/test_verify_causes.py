"""issue 21 (4): every unverifiable verdict says why as one cause a reader can act on, and names the
series a fetch could bring; ``check`` totals them."""

from __future__ import annotations

import datetime as dt

import opencc
import pytest
from typer.testing import CliRunner

from analyzer import analyze
from analyzer.cli import app
from analyzer.types import SubjectRef, VerdictStatus
from analyzer.verify import open_store, verify
from analyzer.verify.causes import CAUSES, by_cause, cause_line, fetchable, fetchable_subjects

CASES = [
    ("预计2026年沪深300指数将上涨10%。", "forecast", None),
    ("2025年3月6日，恒生指数半日收报23500点。", "intraday", None),
    ("2025年3月6日，恒生指数盘中一度跌3%。", "no_series", "hsi low"),  # the store has HSI closes, not its lows
    ("伊利股份（600887）2024年3月6日收盘价为28.5元。", "no_series", "600887 close"),
    ("2030年3月6日，沪深300指数收盘上涨1.2%。", "past_store", "csi300 close"),
    ("2024年3月，该行净息差收窄12个基点。", "rate_change", None),
    ("截至2024年12月31日，沪深300指数市盈率为12.5倍。", "no_series", "csi300 pe_ttm"),
]
_S2T = opencc.OpenCC("s2t")
_FULL = str.maketrans("，：；（）", ",:;()")


def _forms(text: str) -> list[str]:
    return [text, _S2T.convert(text), text.translate(_FULL), _S2T.convert(text).translate(_FULL)]


@pytest.fixture(scope="module")
def store():
    return open_store(None, read_only=True)


@pytest.mark.issue(21)
@pytest.mark.parametrize(("text", "cause", "missing"), [(f, c, m) for t, c, m in CASES for f in _forms(t)])
def test_each_unverifiable_figure_says_its_cause(store, text, cause, missing):
    result = analyze(text.encode(), name="t.txt", as_of=dt.date(2025, 3, 7))
    verdicts = verify(result, store)
    assert verdicts, text
    first = verdicts[0]
    assert first.status is VerdictStatus.UNVERIFIABLE
    assert first.cause == cause, (text, first.reason)
    assert first.missing_series == missing


@pytest.mark.issue(21)
def test_fetchable_follows_the_fetch_map():
    def named(code: str, kind: str) -> SubjectRef:
        return SubjectRef(id=None, alias=code, kind=kind, code=code)

    assert fetchable("600887 close", named("600887", "stock"))  # an A-share code: closes map by kind
    assert fetchable("00700 close", named("00700", "stock"))
    assert fetchable("513180 nav", named("513180", "fund"))
    assert fetchable("csi300 close")  # a registry id fetch.yaml maps
    assert not fetchable("csi300 pe_ttm")  # ... but not for this field
    assert not fetchable("600887 close")  # a code of unknown kind is never guessed
    assert not fetchable("hk_ai_top10 pe_ttm")  # a basket no AKShare function serves
    assert not fetchable(None)


@pytest.mark.issue(21)
def test_every_unverifiable_verdict_of_the_sample_has_a_known_cause(store):
    from analyzer.resources import corpora_path

    sample = next(corpora_path("samples").glob("*.txt"))
    result = analyze(sample)
    verdicts = verify(result, store)
    unverifiable = [v for v in verdicts if v.status is VerdictStatus.UNVERIFIABLE]
    assert unverifiable
    assert all(v.cause in CAUSES and v.cause != "other" for v in unverifiable), [v.reason for v in unverifiable]
    assert sum(by_cause(verdicts).values()) == len(unverifiable)
    assert all(v.cause is None for v in verdicts if v.status is not VerdictStatus.UNVERIFIABLE)


@pytest.mark.issue(21)
def test_check_ends_with_causes_and_what_a_fetch_could_bring(tmp_path, store):
    doc = tmp_path / "note.txt"
    doc.write_text("伊利股份（600887）2024年3月6日收盘价为28.5元。预计2026年沪深300指数将上涨10%。", encoding="utf-8")
    result = CliRunner().invoke(app, ["check", str(doc), "--as-of", "2025-03-07"])
    out = result.stdout + result.stderr
    assert "unverifiable by cause: " in out and "no series in the store 1" in out and "forecast 1" in out
    assert "fetchable with --fetch: 伊利股份" in out


@pytest.mark.issue(21)
def test_cause_words_in_each_language(store):
    result = analyze("预计2026年沪深300指数将上涨10%。".encode(), name="t.txt", as_of=dt.date(2025, 3, 7))
    verdicts = verify(result, store)
    assert cause_line(verdicts, "zh-Hans") == "无法核对的原因：预测 1"
    assert cause_line(verdicts, "zh-Hant") == "無法核對的原因：預測 1"
    assert cause_line([], "en") is None
    assert fetchable_subjects(verdicts, {c.id: c for c in result.claims}) == []


@pytest.mark.issue(21)
def test_batch_manifest_counts_causes_per_document_and_the_run_totals_them(tmp_path):
    import json

    import pandas as pd

    folder = tmp_path / "in"
    folder.mkdir()
    (folder / "a.txt").write_text("预计2026年沪深300指数将上涨10%。", encoding="utf-8")
    b_text = "伊利股份（600887）2024年3月6日收盘价为28.5元。预计2027年恒生指数将上涨5%。"
    (folder / "b.txt").write_text(b_text, encoding="utf-8")
    out = tmp_path / "out"
    result = CliRunner().invoke(app, ["batch", str(folder), "--out", str(out), "--workers", "0", "--verify",
                                      "--as-of", "2025-03-07"])
    manifest = pd.read_parquet(out / "manifest.parquet").set_index("path")
    causes = {p.split("/")[-1]: json.loads(c) for p, c in manifest["unverifiable_causes"].items()}
    assert causes == {"a.txt": {"forecast": 1}, "b.txt": {"forecast": 1, "no_series": 1}}
    assert "unverifiable by cause: forecast 2, no series in the store 1" in result.stderr
