"""The quantity vocabulary (corpora/patterns/quantities.yaml) is validated when loaded: a broken
file is one coded line (E403) naming the file and the entry, never a silent default."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from analyzer.errors import ExtractError
from analyzer.extract.vocabulary import load_quantity_vocabulary
from analyzer.resources import corpora_path

SHIPPED = yaml.safe_load(corpora_path("patterns", "quantities.yaml").read_text(encoding="utf-8"))


def _first_percent_pattern(data: dict) -> dict:
    return data["recognizers"]["percent"][0]


def _drop_score(data: dict) -> None:
    del _first_percent_pattern(data)["score"]


def _bad_score(data: dict) -> None:
    _first_percent_pattern(data)["score"] = 1.5


def _bad_regex(data: dict) -> None:
    _first_percent_pattern(data)["regex"] = "(?P<num>\\d+"


def _unknown_currency_word(data: dict) -> None:
    data["currency_after"].append("贝壳")


def _not_iso(data: dict) -> None:
    data["currencies"]["港元"] = "HK"


def _context_without_window(data: dict) -> None:
    _first_percent_pattern(data)["context"] = ["利率"]


def _unknown_word_list(data: dict) -> None:
    _first_percent_pattern(data)["not_after"] = "verbs"


def _pivot_not_in_regex(data: dict) -> None:
    _first_percent_pattern(data)["pivot"] = "折"


def _unknown_field(data: dict) -> None:
    _first_percent_pattern(data)["strength"] = "strong"


@pytest.mark.parametrize(
    ("breaks", "expected"),
    [
        (_drop_score, "score"),
        (_bad_score, "score"),
        (_bad_regex, "missing )"),
        (_unknown_currency_word, "贝壳"),
        (_not_iso, "ISO 4217"),
        (_context_without_window, "context and window go together"),
        (_unknown_word_list, "no word list 'verbs'"),
        (_unknown_field, "strength"),
        (_pivot_not_in_regex, "is not a literal of its regex"),
    ],
)
def test_broken_vocabulary_is_one_coded_line(tmp_path: Path, breaks, expected: str) -> None:
    data = yaml.safe_load(yaml.safe_dump(SHIPPED, allow_unicode=True))
    breaks(data)
    path = tmp_path / "quantities.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(ExtractError) as info:
        load_quantity_vocabulary(path)
    line = info.value.one_line()
    assert line.startswith("E403") and str(path) in line and expected in line and "\n" not in line


def test_shipped_vocabulary_loads_and_every_pattern_states_its_score() -> None:
    vocab = load_quantity_vocabulary(corpora_path("patterns", "quantities.yaml"))
    raw = [spec for specs in SHIPPED["recognizers"].values() for spec in specs]
    assert all("score" in spec for spec in raw)
    assert sum(len(specs) for specs in vocab.recognizers.values()) == len(raw)
