"""Reading the YAML data files (registry, vocabularies, catalogs): safe loader, pydantic validation,
and one-line coded errors that name the file and the offending entry."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from analyzer.errors import AnalyzerError

M = TypeVar("M", bound=BaseModel)

# libyaml's safe loader when PyYAML was built with it (about 10x faster at start-up), else the Python one
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> object:
    """``yaml.safe_load`` with the C loader when available (same safe subset of YAML)."""
    return yaml.load(text, Loader=_SafeLoader)  # a safe loader: no arbitrary objects


def read_yaml(path: Path, error: type[AnalyzerError], code: str, what: str) -> object:
    """Parse ``path`` with the safe loader; unreadable files and bad YAML raise ``error(code)``."""
    try:
        return parse_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        raise error(f"{path}: cannot read {what}: {exc}".replace("\n", " "), code=code) from exc


def validation_message(exc: ValidationError) -> str:
    """The first validation error as ``dotted.location: message``."""
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    return f"{where}: {first['msg']}" if where else first["msg"]


def load_model(path: Path, model: type[M], error: type[AnalyzerError], code: str, what: str) -> M:
    """Read ``path`` and validate it as ``model``; every failure is one line naming file and entry."""
    raw = read_yaml(path, error, code, what)
    try:
        return model.model_validate(raw or {})
    except ValidationError as exc:
        raise error(f"{path}: {validation_message(exc)}", code=code) from exc
