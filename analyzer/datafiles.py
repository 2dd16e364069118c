"""Reading the YAML data files (registry, vocabularies, catalogs): safe loader, bounded nesting depth,
pydantic validation, and one-line coded errors that name the file and the offending entry."""

from __future__ import annotations

from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from analyzer.errors import AnalyzerError, ConfigError

M = TypeVar("M", bound=BaseModel)


#: deepest nesting of mappings and lists a data file may have; real files use fewer than 10 levels, and
#: PyYAML builds nested nodes recursively, so a file nested thousands deep would end in RecursionError
MAX_DEPTH = 64


def yaml_depth(text: str, limit: int = MAX_DEPTH) -> int:
    """How deep mappings and lists nest in ``text``, counted on the parser's event stream (which is not
    recursive), stopping as soon as ``limit`` is passed; raises ``yaml.YAMLError`` on bad YAML."""
    depth = deepest = 0
    for event in yaml.parse(text, Loader=yaml.SafeLoader):
        if isinstance(event, yaml.CollectionStartEvent):
            depth += 1
            deepest = max(deepest, depth)
            if deepest > limit:
                break
        elif isinstance(event, yaml.CollectionEndEvent):
            depth -= 1
    return deepest


def safe_load_bounded(text: str, where: str, limit: int = MAX_DEPTH) -> object:
    """``yaml.safe_load`` after checking the nesting depth: deeper than ``limit`` is a coded error (E905)
    instead of a RecursionError traceback."""
    if yaml_depth(text, limit) > limit:
        raise ConfigError(f"{where}: nested more than {limit} levels deep", code="E905")
    return yaml.safe_load(text)


def read_yaml(path: Path, error: type[AnalyzerError], code: str, what: str) -> object:
    """Parse ``path`` with the safe loader; unreadable files, bad YAML and YAML nested deeper than
    :data:`MAX_DEPTH` raise ``error(code)``."""
    try:
        text = path.read_text(encoding="utf-8")
        if yaml_depth(text) > MAX_DEPTH:
            raise error(f"{path}: cannot read {what}: nested more than {MAX_DEPTH} levels deep", code=code)
        return yaml.safe_load(text)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
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
