"""The article title an excerpt is read under (``benchmarks.realtext_source.source_title``): a Markdown
file's front-matter title, else its first heading, only when the kept lines leave it out; and the
claims on it are dropped with the others' spans shifted back (files made here)."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from benchmarks import realtext
from benchmarks.realtext_source import Label, Source, Text, materialize, source_title

COMMIT = "a" * 40
FRONT = "\n---\ntitle: '2024年7月外资持仓回顾'\nauthor: 某作者\n---\n\n<p>医药配比上升0.2%至6.3%。</p>\n"
HEADED = "# 2024年7月外资持仓回顾\n\n> 来源:示例\n\n医药配比上升0.2%至6.3%。\n"


def _cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, name: str, text: str) -> Source:
    path = tmp_path / "files" / "owner+repo" / COMMIT / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    monkeypatch.setenv("REALTEXT_MIRROR", str(tmp_path))
    last = len(text.split("\n"))
    return Source(repo="owner/repo", commit=COMMIT, path=name, format="markdown", lines=(last - 1, last))


def test_front_matter_title_outside_the_kept_lines(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = _cache(tmp_path, monkeypatch, "a.md", FRONT)
    assert source_title(source) == "2024年7月外资持仓回顾"  # quotes of the YAML value dropped
    assert source_title(source.model_copy(update={"lines": (1, 9)})) is None  # the excerpt holds it


def test_first_heading_when_there_is_no_front_matter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    source = _cache(tmp_path, monkeypatch, "b.md", HEADED)
    assert source_title(source) == "2024年7月外资持仓回顾"


def test_claims_read_under_the_title_keep_the_excerpts_spans(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The weight reached is dated by the month the title names, and its span still slices the excerpt."""
    source = _cache(tmp_path, monkeypatch, "c.md", FRONT)
    body = materialize(source)
    label = Label(text="6.3%", metric="portfolio_weight")
    text = Text(key="t", source=source, split="dev", as_of=dt.date(2024, 8, 6), claims=[label])
    _, claims, spans = realtext.analyze_text(text, body)
    weight = next(c for c in claims if c.metric == "portfolio_weight")
    start, end = spans[weight.id]
    assert body[start:end] == "6.3%"
    assert weight.period.end == dt.date(2024, 7, 31)
