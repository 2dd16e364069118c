"""Issue 13: leaflets and snippets written afresh (corpora/eval/leaflets/), reviewed as a careful
reviewer would — the right rules at the right severity, in both punctuation widths and, where
marked, both scripts; compliant leaflets raise no error and no warning."""

from __future__ import annotations

from functools import cache
from pathlib import Path
from typing import Literal

import opencc
import pytest
import yaml
from pydantic import BaseModel, ConfigDict, Field, model_validator

from analyzer.comply import comply
from analyzer.comply.rulebook import shipped_rulebooks
from analyzer.pipeline import analyze
from analyzer.types import Finding, Severity

CORPUS = Path(__file__).resolve().parents[2] / "corpora" / "eval" / "leaflets" / "leaflets.yaml"
KINDS = Literal["equity", "hybrid", "bond", "money_market", "index", "qdii", "fof"]


class Leaflet(BaseModel):
    model_config = ConfigDict(extra="forbid")

    id: str
    kind: KINDS
    why: str = Field(min_length=1)
    text: str = Field(min_length=1)
    tail: str | None = None
    compliant: bool = False
    both_scripts: bool = False
    expect: list[tuple[str, Literal["error", "warning"], str | None]] = Field(default_factory=list)

    @model_validator(mode="after")
    def _consistent(self) -> Leaflet:
        if self.compliant == bool(self.expect):
            raise ValueError(f"{self.id}: a compliant leaflet expects nothing; any other expects something")
        return self


class Corpus(BaseModel):
    model_config = ConfigDict(extra="forbid")

    tails: dict[str, str]
    leaflets: list[Leaflet] = Field(min_length=30)


@cache
def corpus() -> Corpus:
    return Corpus.model_validate(yaml.safe_load(CORPUS.read_text(encoding="utf-8")))


LEAFLETS = corpus().leaflets
# full width ↔ ASCII for the punctuation the two widths share
_TO_ASCII = str.maketrans({"，": ",", "：": ":", "；": ";", "（": "(", "）": ")", "！": "!", "？": "?"})
_TO_FULL = str.maketrans({",": "，", ":": "：", ";": "；", "(": "（", ")": "）", "!": "！", "?": "？"})


def full_text(leaflet: Leaflet) -> str:
    tail = corpus().tails[leaflet.tail] if leaflet.tail else ""
    return leaflet.text + ("\n" + tail if tail else "")


def other_width(text: str) -> str:
    ascii_count = sum(text.count(c) for c in ",:;()")
    full_count = sum(text.count(c) for c in "，：；（）")
    return text.translate(_TO_FULL if ascii_count > full_count else _TO_ASCII)


def review(text: str) -> list[Finding]:
    return comply(analyze(text.encode("utf-8"), name="leaflet.txt"), shipped_rulebooks())


def check(findings: list[Finding], leaflet: Leaflet, convert: object = None) -> None:
    """Exactly the expected errors and warnings (as a multiset of rule and severity); each expected
    quote is part of a quote of one finding of its rule."""
    got = sorted((f.rule_id, f.severity.value) for f in findings if f.severity is not Severity.INFO)
    want = sorted((rule, severity) for rule, severity, _ in leaflet.expect)
    assert got == want, f"{leaflet.id}: got {got}"
    for rule, _, words in leaflet.expect:
        if words is None:
            continue
        words = convert(words) if callable(convert) else words
        quotes = [q for f in findings if f.rule_id == rule for q in f.quotes]
        assert any(words in q for q in quotes), f"{leaflet.id}: {rule} quotes {quotes}, expected {words!r}"


def test_corpus_covers_every_kind_and_both_outcomes() -> None:
    kinds = {leaflet.kind for leaflet in LEAFLETS}
    assert {"equity", "bond", "money_market", "index", "qdii"} <= kinds
    assert sum(leaflet.compliant for leaflet in LEAFLETS) >= 6
    assert any("適" in leaflet.text or "風險" in leaflet.text for leaflet in LEAFLETS)  # Traditional ones
    rules = {rule for leaflet in LEAFLETS for rule, _, _ in leaflet.expect}
    for needed in ("CN-FUND-MKT-044", "CN-FUND-MKT-042", "CN-FUND-MKT-021", "CN-FUND-MKT-006.fund",
                   "CN-FUND-MKT-034", "CN-FUND-MKT-024.ranking", "CN-FUND-MKT-017.fund", "CN-FUND-MKT-017.index"):
        assert needed in rules


@pytest.mark.parametrize("leaflet", LEAFLETS, ids=[leaflet.id for leaflet in LEAFLETS])
def test_leaflet_as_written(leaflet: Leaflet) -> None:
    check(review(full_text(leaflet)), leaflet)


@pytest.mark.parametrize("leaflet", LEAFLETS, ids=[leaflet.id for leaflet in LEAFLETS])
def test_leaflet_in_the_other_punctuation_width(leaflet: Leaflet) -> None:
    text = other_width(full_text(leaflet))
    assert text != full_text(leaflet)
    check(review(text), leaflet, lambda w: w.translate(_TO_ASCII) if "(" in text else w)


SCRIPTED = [leaflet for leaflet in LEAFLETS if leaflet.both_scripts]


@pytest.mark.parametrize("leaflet", SCRIPTED, ids=[leaflet.id for leaflet in SCRIPTED])
def test_leaflet_in_the_other_script(leaflet: Leaflet) -> None:
    traditional = opencc.OpenCC("t2s").convert(leaflet.text) != leaflet.text
    converter = opencc.OpenCC("t2s" if traditional else "s2t")
    text = converter.convert(full_text(leaflet))
    assert text != full_text(leaflet)
    check(review(text), leaflet, converter.convert)


def test_compliant_leaflets_raise_nothing_a_reviewer_would_dismiss() -> None:
    for leaflet in LEAFLETS:
        if leaflet.compliant:
            findings = review(full_text(leaflet))
            assert [f.rule_id for f in findings if f.severity is not Severity.INFO] == [], leaflet.id
