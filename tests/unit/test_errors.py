"""Error codes are defined once (analyzer/errors.py) and every code the source raises is in that table."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

import analyzer
from analyzer import errors
from analyzer.errors import CODES, AnalyzerError, IngestError, error, internal

_SOURCE = Path(analyzer.__file__).parent
# a code literal at a raise site: code="E106", or a positional "E903" passed to a loader
_LITERAL = re.compile(r"""["'](E\d{3})["']""")
_CLASS_AT_SITE = re.compile(r"""(\w+Error|DocumentTimeout)\((?:[^()]|\([^()]*\))*?code=["'](E\d{3})["']""", re.S)


def _sources() -> list[tuple[Path, str]]:
    return [(p, p.read_text(encoding="utf-8")) for p in sorted(_SOURCE.rglob("*.py")) if p.name != "errors.py"]


def test_every_code_used_in_the_source_is_in_the_table() -> None:
    used = {(p.relative_to(_SOURCE).as_posix(), code) for p, text in _sources() for code in _LITERAL.findall(text)}
    assert used, "the scan found no codes at all: the pattern is wrong"
    unknown = sorted((where, code) for where, code in used if code not in CODES)
    assert not unknown


def test_a_raise_site_uses_the_class_the_table_gives() -> None:
    mismatched = []
    n_sites = 0
    for path, text in _sources():
        for cls_name, code in _CLASS_AT_SITE.findall(text):
            cls = getattr(errors, cls_name, None)
            if not (isinstance(cls, type) and issubclass(cls, AnalyzerError)):
                continue
            n_sites += 1
            if code in CODES and not issubclass(CODES[code].cls, cls) and not issubclass(cls, CODES[code].cls):
                mismatched.append((path.name, cls_name, code))
    assert n_sites > 20
    assert not mismatched


def test_each_code_has_one_meaning_and_its_range_matches_its_class() -> None:
    ranges = {
        "1": "IngestError",
        "2": "NormalizeError",
        "3": "SegmentError",
        "4": "ExtractError",
        "5": "MarketDataError",
        "6": "RulebookError",
        "7": "ReportError",
        "8": "BatchError",
        "9": "ConfigError",
    }
    for code, entry in CODES.items():
        assert entry.meaning and entry.code == code
        if code != "E999":
            assert ranges[code[1]] in {c.__name__ for c in entry.cls.__mro__}, code
    meanings = [e.meaning for e in CODES.values()]
    assert len(meanings) == len(set(meanings))


def test_error_builds_the_class_of_the_table() -> None:
    exc = error("E106", "x.txt: file not found")
    assert isinstance(exc, IngestError) and exc.code == "E106"
    assert exc.one_line() == "E106 x.txt: file not found"
    with pytest.raises(KeyError):
        error("E000", "no such code")


def test_internal_errors_are_one_coded_line() -> None:
    exc = internal(ValueError("bad\nthing"), "a.txt")
    assert exc.one_line() == "E999 a.txt: internal error ValueError: bad thing"


def test_the_number_and_time_vocabulary_codes_differ() -> None:
    """E401 meant two things (a number Decimal cannot read, a broken time vocabulary)."""
    from analyzer.errors import ExtractError
    from analyzer.extract.numbers import parse_decimal

    with pytest.raises(ExtractError) as info:
        parse_decimal("1.2.3")
    assert info.value.code == "E406"
