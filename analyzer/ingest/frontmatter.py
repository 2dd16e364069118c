"""Front matter at the top of a Markdown-style document: a ``---`` line, ``key: value`` lines, ``---``.

    ---
    as_of: 2025-03-02
    title: 恒生科技指数周报
    ---

Only the keys of :data:`KEYS` are kept (``date`` and ``published`` are read as ``as_of``); a block
without any of them is not front matter (a text may open with a rule line). The text itself is left
whole, so offsets into it stay those of the original file.
"""

from __future__ import annotations

import datetime as dt
import re

import yaml

from analyzer.datafiles import yaml_depth
from analyzer.errors import error

__all__ = ["KEYS", "parse_as_of", "read_front_matter"]

KEYS = ("as_of", "title", "source", "language")
_ALIASES = {"date": "as_of", "published": "as_of", "as-of": "as_of", "asof": "as_of"}
_MAX_CHARS = 4096
# the opening line, the block (at most _MAX_CHARS), the closing line (--- or ...)
_BLOCK = re.compile(r"\A\ufeff?---[ \t]*\r?\n(.*?)^(?:---|\.\.\.)[ \t]*\r?$", re.S | re.M)
#: the dates an as-of may take: wide enough for any archive, narrow enough that period arithmetic never overflows
MIN_AS_OF, MAX_AS_OF = dt.date(1900, 1, 1), dt.date(2199, 12, 31)


def parse_as_of(value: object, where: str) -> dt.date:
    """A YYYY-MM-DD (or date) value as a date between 1900 and 2199; E108 naming ``where`` otherwise."""
    if isinstance(value, dt.datetime):
        value = value.date()
    if not isinstance(value, dt.date):
        try:
            value = dt.date.fromisoformat(str(value).strip())
        except ValueError:
            raise error("E108", f"{where}: as_of {str(value)[:40]!r} is not a date (YYYY-MM-DD)") from None
    if not MIN_AS_OF <= value <= MAX_AS_OF:
        raise error("E108", f"{where}: as_of {value.isoformat()} is outside {MIN_AS_OF.year}–{MAX_AS_OF.year}")
    return value


def read_front_matter(text: str, name: str = "") -> dict[str, str]:
    """The front matter of ``text`` as ``{key: str}`` (as_of in ISO form); {} when there is none."""
    if not text.startswith(("---", "\ufeff---")):
        return {}
    match = _BLOCK.match(text[: _MAX_CHARS + 8])
    if match is None:
        return {}
    try:
        block = match.group(1)
        # every scalar a string (BaseLoader): an impossible date such as 2025-13-40 is then our E108,
        # not a ValueError from YAML's own timestamp reader
        data = yaml.load(block, Loader=yaml.BaseLoader) if yaml_depth(block, 4) <= 4 else None
    except yaml.YAMLError:
        return {}  # not YAML: a rule line opening ordinary text
    if not isinstance(data, dict):
        return {}
    found: dict[str, str] = {}
    for raw_key, value in data.items():
        key = _ALIASES.get(str(raw_key).strip().lower(), str(raw_key).strip().lower())
        if key in KEYS and value is not None and key not in found:
            found[key] = (
                str(value).strip() if key != "as_of" else parse_as_of(value, name or "front matter").isoformat()
            )
    return found
