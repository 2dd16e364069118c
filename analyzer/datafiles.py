"""Reading the YAML data files (registry, vocabularies, catalogs): safe loader, bounded nesting depth,
pydantic validation, and one-line coded errors that name the file and the offending entry."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import TypeVar

import yaml
from pydantic import BaseModel, ValidationError

from analyzer.errors import AnalyzerError, ConfigError, IngestError

M = TypeVar("M", bound=BaseModel)

# libyaml's safe loader when PyYAML was built with it (about 10x faster at start-up), else the Python one
_SafeLoader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> object:
    """``yaml.safe_load`` with the C loader when available (same safe subset of YAML)."""
    return yaml.load(text, Loader=_SafeLoader)  # a safe loader: no arbitrary objects


#: deepest nesting of mappings and lists a data file may have; real files use fewer than 10 levels, and
#: PyYAML builds nested nodes recursively, so a file nested thousands deep would end in RecursionError
MAX_DEPTH = 64


def yaml_depth(text: str, limit: int = MAX_DEPTH) -> int:
    """How deep mappings and lists nest in ``text``, counted on the parser's event stream (which is not
    recursive), stopping as soon as ``limit`` is passed; raises ``yaml.YAMLError`` on bad YAML."""
    depth = deepest = 0
    for event in yaml.parse(text, Loader=_SafeLoader):
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
    return parse_yaml(text)


#: the largest rulebook, configuration or sidecar file read (real ones are a few KB to a few MB)
MAX_DATA_BYTES = 256 * 1024 * 1024


def read_regular(path: Path, max_bytes: int = MAX_DATA_BYTES) -> bytes:
    """The bytes of ``path`` when it is a regular file, as for documents found in a folder: a FIFO, socket
    or device is E107 without being read (opened without blocking, so a FIFO cannot hang the caller),
    more than ``max_bytes`` is E103; a missing or unreadable file raises the usual OSError."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_CLOEXEC", 0))
    with os.fdopen(fd, "rb") as fh:
        _refuse_special(path, os.fstat(fd).st_mode)
        data = fh.read(max_bytes + 1)
    if len(data) > max_bytes:
        raise IngestError(f"{path}: larger than {max_bytes} bytes; not read", code="E103")
    return data


def require_regular(path: Path) -> None:
    """E107 when ``path`` is a FIFO, socket or device (for readers that open the file themselves, such
    as pyarrow or csv); reads nothing. A missing or unreadable path is left to that reader to report."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return
    if not stat.S_ISDIR(mode):
        _refuse_special(path, mode)


def _refuse_special(path: Path, mode: int) -> None:
    if not stat.S_ISREG(mode):
        kind = (
            "a FIFO" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode)
            else "a folder" if stat.S_ISDIR(mode) else "a device"
        )
        raise IngestError(f"{path}: not a regular file ({kind}); not read", code="E107")


def read_yaml(path: Path, error: type[AnalyzerError], code: str, what: str) -> object:
    """Parse ``path`` with the safe loader; unreadable files, bad YAML and YAML nested deeper than
    :data:`MAX_DEPTH` raise ``error(code)``."""
    try:
        text = read_regular(path).decode("utf-8")
        if yaml_depth(text) > MAX_DEPTH:
            raise error(f"{path}: cannot read {what}: nested more than {MAX_DEPTH} levels deep", code=code)
        return parse_yaml(text)
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as exc:
        raise error(f"{path}: cannot read {what}: {exc}".replace("\n", " "), code=code) from exc


def validation_message(exc: ValidationError) -> str:
    """The first validation error as ``dotted.location: message``."""
    first = exc.errors()[0]
    where = ".".join(str(p) for p in first["loc"])
    msg = first["msg"].removeprefix("Value error, ")  # pydantic's prefix for a validator's own words
    return f"{where}: {msg}" if where else msg


def load_model(path: Path, model: type[M], error: type[AnalyzerError], code: str, what: str) -> M:
    """Read ``path`` and validate it as ``model``; every failure is one line naming file and entry."""
    raw = read_yaml(path, error, code, what)
    try:
        return model.model_validate(raw or {})
    except ValidationError as exc:
        raise error(f"{path}: {validation_message(exc)}", code=code) from exc
