"""The claim-assembly vocabulary (``corpora/patterns/metrics.yaml``), validated at load time."""

from __future__ import annotations

from functools import cache

import yaml
from pydantic import BaseModel, ConfigDict, ValidationError

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
    skip_inside: tuple[str, ...] = ()
    attribution: Attribution
    source_note: SourceNoteWords


@cache
def metric_vocabulary() -> MetricVocabulary:
    """Load and validate the shipped metric vocabulary once per process."""
    path = corpora_path("patterns", "metrics.yaml")
    try:
        return MetricVocabulary.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))
    except (OSError, yaml.YAMLError) as exc:
        raise ExtractError(f"{path}: {exc}".replace("\n", " "), code="E405") from exc
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise ExtractError(f"{path}: {where}: {first['msg']}", code="E405") from exc
