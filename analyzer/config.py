"""Team settings in one file: ``analyzer.toml`` in the working directory, else ``[tool.analyzer]`` in
its ``pyproject.toml``. One loader (:func:`load_config`), validated by pydantic; command-line flags
override every value.

```toml
# analyzer.toml (or the same keys under [tool.analyzer] in pyproject.toml)
market = "data/market.duckdb"        # market store; relative paths are relative to this file
rules = ["compliance/house.yaml"]    # rulebooks added to the shipped one (files or folders)
replace_rules = false                # true: only these rulebooks
as_of = "text"                       # as-of policy: "text" (latest full date in the text), "today", or a date
fail_on = "contradicted"             # check's exit code: contradicted | unverifiable | never
convert = "t2s"                      # OpenCC conversion: t2s | hk2s | tw2s | none
```
"""

from __future__ import annotations

import datetime as dt
import tomllib
from pathlib import Path
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from analyzer.datafiles import validation_message
from analyzer.errors import AnalyzerError, ConfigError

CONFIG_FILE = "analyzer.toml"
FailOn = Literal["contradicted", "unverifiable", "never"]


class AnalyzerConfig(BaseModel):
    """The settings a configuration file may hold (every one optional)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    market: Path | None = Field(default=None, description="market store (DuckDB file)")
    rules: tuple[Path, ...] = Field(default=(), description="rulebooks (files or folders) added to the shipped ones")
    replace_rules: bool = Field(default=False, description="use only `rules`, not the shipped rulebook")
    as_of: Literal["text", "today"] | dt.date = Field(
        default="text", description="as-of policy: the latest full date in the text, today, or a fixed date"
    )
    fail_on: FailOn = Field(default="contradicted", description="which verdicts make `check` exit non-zero")
    convert: Literal["t2s", "hk2s", "tw2s", "none"] = Field(default="t2s", description="OpenCC conversion")
    lang: str | None = Field(
        default=None, description="language of messages: zh-Hans, zh-Hant or en (default: the document's script)"
    )

    @field_validator("lang")
    @classmethod
    def _known_lang(cls, value: str | None) -> str | None:
        from analyzer.i18n.lang import parse_lang

        if value is None:
            return None
        try:
            return parse_lang(value, "lang")
        except AnalyzerError as exc:
            raise ValueError(exc.message) from None
    source: Path | None = Field(default=None, exclude=True, description="the file these settings came from")

    def as_of_date(self, given: dt.date | str | None = None) -> dt.date | str | None:
        """The as-of date to analyze with: ``given`` (a command-line flag) wins, else the policy."""
        if given is not None:
            return given
        if self.as_of == "today":
            return dt.date.today()
        return None if self.as_of == "text" else self.as_of


def _read(path: Path, table: tuple[str, ...]) -> dict[str, object] | None:
    try:
        data: object = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the configuration: {exc}".replace("\n", " "), code="E901") from exc
    for key in table:
        if not isinstance(data, dict) or key not in data:
            return None
        data = data[key]
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: [{'.'.join(table)}] must be a table", code="E902")
    return data


def parse_config(data: dict[str, object], source: Path) -> AnalyzerConfig:
    """Validate settings read from ``source``; paths become relative to its folder. E902 names the key."""
    try:
        config = AnalyzerConfig.model_validate(data)
    except ValidationError as exc:
        raise ConfigError(f"{source}: {validation_message(exc)}", code="E902") from exc
    base = source.parent

    def resolve(p: Path) -> Path:
        p = p.expanduser()
        return p if p.is_absolute() else base / p

    return config.model_copy(
        update={
            "market": resolve(config.market) if config.market else None,
            "rules": tuple(resolve(p) for p in config.rules),
            "source": source,
        }
    )


def load_config(directory: Path | None = None) -> AnalyzerConfig:
    """The settings of ``directory`` (default: the working directory): ``analyzer.toml``, else
    ``[tool.analyzer]`` of ``pyproject.toml``, else the defaults."""
    directory = Path(directory or Path.cwd()).resolve()
    own = directory / CONFIG_FILE
    if own.is_file():
        return parse_config(_read(own, ()) or {}, own)
    pyproject = directory / "pyproject.toml"
    if pyproject.is_file():
        data = _read(pyproject, ("tool", "analyzer"))
        if data is not None:
            return parse_config(data, pyproject)
    return AnalyzerConfig()
