"""Boilerplate sections of a broker report: analyst certification, rating definitions, legal disclaimer.

A section opens at a line of its own that starts with a heading of ``corpora/patterns/boilerplate.yaml``
(numbering and brackets before it allowed: 「【免责声明】」, 「一、分析师声明」) and runs to the next heading
line that is not boilerplate, or to the end. A heading line is short and holds no sentence punctuation.
Running headers and footers never open one (「请务必阅读正文之后的免责声明」 starts with 请). One pass over
the lines.
"""

from __future__ import annotations

import re
from functools import lru_cache

from pydantic import BaseModel, ConfigDict, Field

from analyzer.datafiles import load_model
from analyzer.errors import IngestError
from analyzer.ingest.layout import Layout, Region
from analyzer.resources import corpora_path

__all__ = ["mark_boilerplate"]

_LEAD = re.compile(r"^[\s\d一二三四五六七八九十、.．()（）【】\[\]〔〕《》#*·•]*")
_SENTENCE = re.compile(r"[。，；,;！？!?]")


class BoilerplateVocabulary(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)

    headings: tuple[str, ...] = Field(min_length=1)
    max_heading_chars: int = Field(ge=4, le=200)


@lru_cache(maxsize=1)
def vocabulary() -> BoilerplateVocabulary:
    return load_model(
        corpora_path("patterns", "boilerplate.yaml"), BoilerplateVocabulary, IngestError, "E115",
        "the boilerplate vocabulary",
    )


def _heading(line: str, limit: int) -> str | None:
    """``"boilerplate: <word>"`` for a boilerplate heading, ``"other"`` for another heading, None for text."""
    body = line.strip()
    if not body or len(body) > limit:
        return None
    rest = _LEAD.sub("", body)
    for word in vocabulary().headings:
        if rest.startswith(word):
            return f"boilerplate: {word}"
    if _SENTENCE.search(body) or body.endswith(("：", ":")) or "\t" in body:
        return None
    return "other" if len(body) <= 20 else None


def mark_boilerplate(text: str, layout: Layout) -> None:
    """Add a ``boilerplate`` region (labelled with its heading word) for each section found in ``text``."""
    limit = vocabulary().max_heading_chars
    running = [(r.start, r.end) for r in layout.regions if r.kind in ("header", "footer", "table")]
    found: list[Region] = []
    open_at: int | None = None
    label = ""
    pos = 0
    k = 0
    for line in text.splitlines(keepends=True):
        start, pos = pos, pos + len(line)
        while k < len(running) and running[k][1] <= start:
            k += 1
        if k < len(running) and running[k][0] <= start < running[k][1]:
            continue  # a running header or footer, or a table row: never a heading
        kind = _heading(line, limit)
        if kind is None:
            continue
        if kind.startswith("boilerplate"):
            if open_at is None:
                open_at, label = start, kind.split(": ", 1)[1]
        elif open_at is not None:
            found.append(Region(open_at, start, "boilerplate", label))
            open_at = None
    if open_at is not None:
        found.append(Region(open_at, len(text), "boilerplate", label))
    layout.regions.extend(found)
