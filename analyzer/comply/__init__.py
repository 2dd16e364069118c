"""Compliance review: run the rulebooks (YAML under ``corpora/rules/``) over an analyzed document.

``comply(result)`` returns the findings; ``load_rulebooks(paths, replace)`` adds user rulebooks.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from analyzer.comply.engine import run_rules
from analyzer.comply.rulebook import Rule, Rulebook, load_rulebook, shipped_rulebooks
from analyzer.comply.rulebook import load_rulebooks as _load_rulebooks
from analyzer.gcpause import paused_gc
from analyzer.i18n import resolve_lang
from analyzer.types import DocumentResult, Finding

__all__ = ["Rule", "Rulebook", "comply", "load_rulebook", "load_rulebooks"]


def load_rulebooks(paths: Sequence[Path] | None = None, replace: bool = False) -> list[Rulebook]:
    """The shipped rulebooks plus ``paths`` (a user rulebook or rule with a known id replaces it);
    ``replace=True`` uses only ``paths``. Raises RulebookError (E6xx) naming file, rule and field."""
    return _load_rulebooks(paths, replace)


def comply(
    result: DocumentResult, rulebooks: Sequence[Rulebook] | None = None, lang: str | None = None
) -> list[Finding]:
    """The compliance findings for one document (the shipped rulebooks when none are given), worded in
    ``lang`` (zh-Hans, zh-Hant or en; by default the document's own script)."""
    chosen = resolve_lang(lang, document_text=result.text)
    with paused_gc():
        return run_rules(result, rulebooks if rulebooks is not None else shipped_rulebooks(), chosen)
