"""The real-text benchmark's machinery on files made here: RSS and JSONL items out of a real git
repository, label validation, and scoring (texts written for this test, not the labelled set)."""

from __future__ import annotations

import datetime as dt
import subprocess
from pathlib import Path

import pytest
import yaml

from benchmarks import realtext, realtext_source
from benchmarks.realtext_source import Label, Missing, Source, Text, html_to_text, jsonl_rows, materialize, rss_items

RSS = """<?xml version="1.0" encoding="utf-8"?>
<rss version="2.0"><channel><title>feed</title>
 <item>
  <title>
   恒指收市跌135點
  </title>
  <guid>
   https://example.org/news/1001-20240419.htm
  </guid>
  <description>
   <![CDATA[<p>恒指收報20,127點，跌135點。</p><p>主板成交額約1,000億元&amp;以上。</p>]]>
  </description>
  <pubDate>Fri, 19 Apr 2024 16:20:00 +0800</pubDate>
 </item>
 <item>
  <title>另一則</title>
  <guid>https://example.org/news/1002-20240419.htm</guid>
  <description>沒有數字</description>
 </item>
</channel></rss>
"""
JSONL = (
    '{"id": "7", "title": "港股收评", "content": "恒生指数涨0.48%。", "datetime": "2026-05-19T16:10:19+08:00"}\n'
    '{"id": "8", "title": "沪指收涨", "content": "【沪指收涨】上证指数涨0.5%。", "datetime": "2026-05-19"}\n'
)


def test_rss_item_is_title_then_body_as_plain_text() -> None:
    first, second = rss_items(RSS)
    assert first["key"] == "https://example.org/news/1001-20240419.htm"
    assert first["text"] == "恒指收市跌135點\n\n恒指收報20,127點，跌135點。\n主板成交額約1,000億元&以上。"
    assert second["text"] == "另一則\n\n沒有數字"


def test_html_to_text_keeps_blocks_apart_and_cuts_blank_runs() -> None:
    assert html_to_text("<div>甲</div>\n\n\n\n<br/>乙 &lt;丙&gt;") == "甲\n\n乙 <丙>"


def test_jsonl_title_heads_the_text_unless_the_content_opens_with_it() -> None:
    rows = {r["key"]: r["text"] for r in jsonl_rows(JSONL)}
    assert rows == {"7": "港股收评\n恒生指数涨0.48%。", "8": "【沪指收涨】上证指数涨0.5%。"}


@pytest.fixture
def mirror(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> tuple[Path, str]:
    """A bare mirror laid out as the search tool's fetch lays it: MIRROR/OWNER+NAME/repo."""
    work = tmp_path / "work"
    work.mkdir()
    (work / "feed.rss").write_text(RSS, encoding="utf-8")
    (work / "rows.jsonl").write_text(JSONL, encoding="utf-8")
    git = ["git", "-c", "user.name=t", "-c", "user.email=t@example.org", "-C", str(work)]
    subprocess.run([*git, "init", "-q"], check=True)
    subprocess.run([*git, "add", "."], check=True)
    subprocess.run([*git, "commit", "-qm", "snapshot"], check=True)
    commit = subprocess.run([*git, "rev-parse", "HEAD"], check=True, capture_output=True, text=True).stdout.strip()
    root = tmp_path / "mirror"
    subprocess.run(["git", "clone", "-q", "--bare", str(work), str(root / "someone+feeds" / "repo")], check=True)
    monkeypatch.setenv("REALTEXT_MIRROR", str(root))
    return root, commit


def test_materialize_reads_the_item_at_the_commit(mirror: tuple[Path, str]) -> None:
    _, commit = mirror
    source = Source(repo="someone/feeds", commit=commit, path="feed.rss", format="rss", item="1001-20240419")
    assert materialize(source).startswith("恒指收市跌135點\n\n恒指收報20,127點")
    lines = source.model_copy(update={"lines": (3, 3)})
    assert materialize(lines) == "恒指收報20,127點，跌135點。"
    chars = source.model_copy(update={"chars": (0, 4)})
    assert materialize(chars) == "恒指收市"
    row = Source(repo="someone/feeds", commit=commit, path="rows.jsonl", format="jsonl", item="8")
    assert materialize(row) == "【沪指收涨】上证指数涨0.5%。"


def test_an_absent_snapshot_or_item_is_missing_not_a_crash(mirror: tuple[Path, str]) -> None:
    _, commit = mirror
    with pytest.raises(Missing, match="no snapshot of other/repo"):
        materialize(Source(repo="other/repo", commit=commit, path="feed.rss", format="rss", item="1"))
    with pytest.raises(Missing, match="0 items match"):
        materialize(Source(repo="someone/feeds", commit=commit, path="feed.rss", format="rss", item="9999"))


def test_problems_name_a_wrong_span_and_a_changed_text() -> None:
    body = "恒指收報20,127點，跌135點。"
    source = Source(repo="a/b", commit="0" * 40, path="x", format="text")
    text = Text(
        key="k",
        source=source,
        split="dev",
        as_of=dt.date(2024, 4, 19),
        sha="ffffffffffffffff",
        claims=[Label(text="135點", span=(0, 4), metric="change_points", value="-135")],
    )
    found = realtext_source.problems(text, body)
    assert any("materialized text changed" in p for p in found)
    assert any("span [0, 4] is '恒指收報'" in p for p in found)


def _label_file(directory: Path, commit: str, claims: list[dict[str, object]]) -> None:
    data = {
        "genre": "hk_news",
        "texts": [
            {
                "key": "one",
                "source": {"repo": "someone/feeds", "commit": commit, "path": "feed.rss", "format": "rss",
                           "item": "1001-20240419"},
                "split": "dev",
                "as_of": "2024-04-19",
                "claims": claims,
            }
        ],
    }
    (directory / "hk_news.yaml").write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")


def test_scores_count_a_right_claim_and_name_a_wrong_field(
    mirror: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    _, commit = mirror
    labels = tmp_path / "labels"
    labels.mkdir()
    day = ["2024-04-19", "2024-04-19"]
    _label_file(
        labels,
        commit,
        [
            {"text": "20,127點", "subject": "恒指", "metric": "close", "value": "20127", "period": day},
            # deliberately mislabelled as a close: the analyzer's change_points must count as a wrong metric
            {"text": "135點", "nth": 1, "subject": "恒指", "metric": "close", "value": "-135", "period": day},
        ],
    )
    monkeypatch.setattr(realtext_source, "LABELS", labels)
    realtext_source.main(["spans", "hk_news"])
    assert realtext_source.main(["check", "hk_news"]) == 0
    text = realtext_source.load("hk_news").texts[0]
    score = realtext.score_text(text, materialize(text.source))
    assert (score.labelled, score.right) == (2, 1)
    assert score.wrong_fields == {"metric": 1}
    assert realtext.main(["--json"]) == 0
    assert '"right": 1' in capsys.readouterr().out


def test_without_snapshots_it_says_so_and_exits_0(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    labels = tmp_path / "labels"
    labels.mkdir()
    _label_file(labels, "a" * 40, [{"text": "1%", "span": [0, 2], "metric": "return", "value": "1"}])
    monkeypatch.setattr(realtext_source, "LABELS", labels)
    monkeypatch.setenv("REALTEXT_MIRROR", str(tmp_path / "empty"))
    assert realtext.main([]) == 0
    assert "snapshots are not on this machine" in capsys.readouterr().out


def test_holdout_errors_are_refused() -> None:
    with pytest.raises(SystemExit):
        realtext.main(["--split", "holdout", "--errors"])


def test_claim_spans_map_back_to_the_labelled_html_body() -> None:
    """A body the analyzer reads as HTML (tags dropped) is labelled with its markup: each claim's span is
    compared at the place its text stands in the body."""
    from analyzer.pipeline import analyze

    body = '<p><strong>沪深300收涨1.2%。</strong></p><p style="margin-top: 0px;">创业板指收跌0.8%。</p>'
    result = analyze(body.encode("utf-8"), name="note.txt", as_of="2025-03-06")
    assert result.text != body
    spans = realtext._spans_in_body(body, result)
    assert [body[slice(*spans[c.id])] for c in result.claims] == ["1.2%", "0.8%"]
    assert all(spans[c.id] != (c.span.start, c.span.end) for c in result.claims)
    assert realtext.body_offsets("a<b>c</b>", "ac")[:2] == [0, 4]


@pytest.mark.parametrize(
    ("label_metric", "label_intraday", "claim_metric", "claim_intraday", "wrong"),
    [
        ("open", True, "open", False, []),  # the open: labels differ on calling it intraday, the metric says it
        ("open", False, "open", False, []),
        ("close", False, "close", True, ["intraday"]),  # a close read as during the session is wrong
        ("change_pct", True, "change_pct", False, ["intraday"]),  # 一度跌3% read as the session's move
        ("open", False, "close", False, ["metric"]),  # the open read as the close: the metric is wrong
        ("open", True, "close", False, ["metric", "intraday"]),  # and, where the label says intraday, the flag
    ],
)
def test_the_intraday_flag_is_scored_unless_the_metric_names_the_time(
    label_metric: str, label_intraday: bool, claim_metric: str, claim_intraday: bool, wrong: list[str]
) -> None:
    from types import SimpleNamespace

    label = Label(text="20,127點", metric=label_metric, value="20127", intraday=label_intraday)
    claim = SimpleNamespace(subject=None, metric=claim_metric, value="20127", intraday=claim_intraday, forecast=False)
    assert realtext.wrong_fields(label, claim) == wrong
