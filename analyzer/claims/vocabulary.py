"""The claim-assembly vocabulary (``corpora/patterns/metrics.yaml``), validated at load time."""

from __future__ import annotations

from functools import cache

from pydantic import BaseModel, ConfigDict

from analyzer.datafiles import load_model
from analyzer.errors import ExtractError
from analyzer.resources import corpora_path


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class MetricCues(_Strict):
    kinds: tuple[str, ...]
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    negate_before: tuple[str, ...] = ()


class Attribution(_Strict):
    suffixes: tuple[str, ...]
    verbs: tuple[str, ...]


class SourceNoteWords(_Strict):
    markers: tuple[str, ...]
    not_a_source: tuple[str, ...]
    max_source_chars: int


class MetricVocabulary(_Strict):
    window: int
    after_gap: int
    metrics: dict[str, MetricCues]
    subject_kind_overrides: dict[str, dict[str, str]] = {}
    fund_references: tuple[str, ...] = ()
    skip_inside: tuple[str, ...] = ()
    attribution: Attribution
    source_note: SourceNoteWords


@cache
def metric_vocabulary() -> MetricVocabulary:
    """Load and validate the shipped metric vocabulary once per process."""
    path = corpora_path("patterns", "metrics.yaml")
    return load_model(path, MetricVocabulary, ExtractError, "E405", "metric vocabulary")
