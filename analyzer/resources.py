"""Where the runtime data (dictionary, patterns, instruments, rules, market series) lives.

The data has one source of truth, the repository's ``corpora/``. A wheel carries it as
``analyzer/_corpora`` (see pyproject's force-include); a source checkout or editable install
reads ``corpora/`` beside the package.
"""

from __future__ import annotations

from functools import cache
from pathlib import Path

from analyzer.errors import ConfigError


@cache
def corpora_root() -> Path:
    """The folder that holds the runtime data, installed or in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "_corpora", here.parent / "corpora"):
        if (candidate / "instruments.yaml").is_file():
            return candidate
    raise ConfigError(
        f"runtime data not found (looked in {here / '_corpora'} and {here.parent / 'corpora'}); reinstall the package",
        code="E901",
    )


def corpora_path(*parts: str) -> Path:
    """A path inside the runtime data folder."""
    return corpora_root().joinpath(*parts)
