"""Rulebooks as data: pydantic models and a safe YAML loader whose errors name file, rule and field.

Error codes: E601 unreadable file or bad YAML; E602 a rulebook or rule field is invalid; E603 a
pattern or phrase does not compile; E604 duplicate rule id in one file; E605 no rulebook found;
E606 a pattern refused before compiling because it could exhaust memory (large or nested counted
repeats, or too long); E607 a word class is unknown or invalid (analyzer/comply/wordclasses.py).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, ValidationError, model_validator

from analyzer.comply.conditions import CONDITION_KINDS, Condition, When
from analyzer.comply.conditions.base import UnknownClass
from analyzer.comply.guard import PatternTooCostly
from analyzer.comply.settings import BookSettings
from analyzer.datafiles import MAX_DEPTH, read_regular, yaml_depth
from analyzer.errors import RulebookError
from analyzer.i18n import Entry, Lang
from analyzer.resources import corpora_path
from analyzer.types import Citation, Severity

RULE_ID = r"^[A-Za-z][A-Za-z0-9_.:-]*$"


class RuleWords(BaseModel):
    """A rule's title, message and fix in one language (a per-rule ``messages`` block)."""

    model_config = ConfigDict(extra="forbid")

    title: str | None = Field(default=None, min_length=1)
    message: str | None = Field(default=None, min_length=1)
    fix: str | None = Field(default=None, min_length=1)


WORD_FIELDS = ("title", "message", "fix")


class Rule(BaseModel):
    """One rule: what it checks, how severe, which regulation it rests on, what to tell the reviewer.

    ``title``, ``message`` and ``fix`` are the English words; ``messages`` gives them in Simplified
    (``zh-Hans``) and, where a Traditional reader words them differently, Traditional (``zh-Hant``;
    otherwise derived from the Simplified by OpenCC). Each field becomes one catalogue Entry
    (analyzer/i18n), so a placeholder missing in one language is caught when the rulebook loads.
    """

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=RULE_ID)
    title: str = Field(min_length=1)
    severity: Severity
    severity_reason: str | None = Field(
        default=None, description="why this severity: the regulation's wording (不得/应当 → error) or judgement"
    )
    citation: Citation
    condition: Condition
    message: str = Field(min_length=1, description="why this matters; the finding appends the concrete detail")
    fix: str | None = Field(default=None, min_length=1, description="what to do about it (a forecast is removed)")
    messages: dict[Literal["zh-Hans", "zh-Hant"], RuleWords] = Field(default_factory=dict)
    enabled: bool = True
    _entries: dict[str, Entry] = PrivateAttr(default_factory=dict)

    @model_validator(mode="after")
    def _entries_in_every_language(self) -> Rule:
        hans, hant = self.messages.get("zh-Hans"), self.messages.get("zh-Hant")
        entries = {}
        for name in WORD_FIELDS:
            en = getattr(self, name)
            zh = getattr(hans, name) if hans is not None else None
            tw = getattr(hant, name) if hant is not None else None
            if en is None:
                if zh or tw:
                    raise ValueError(f"messages: {name} is translated but has no English '{name}'")
                continue
            if tw and not zh:
                raise ValueError(f"messages: zh-Hant {name} needs a zh-Hans {name}")
            # an untranslated house rule reads its English words in every language
            entries[name] = Entry.model_validate({"en": en, "zh-Hans": zh or en, "zh-Hant": tw or (None if zh else en)})
        self._entries = entries
        return self

    def words(self, name: str, lang: Lang) -> str | None:
        """The rule's ``title``, ``message`` or ``fix`` in ``lang`` (None when the rule has no fix)."""
        entry = self._entries.get(name)
        return entry.text(lang).strip() if entry is not None else None


class Rulebook(BaseModel):
    """A named set of rules with shared settings; ``scope`` limits the documents it applies to."""

    model_config = ConfigDict(extra="forbid")

    id: str = Field(pattern=RULE_ID)
    title: str
    version: str | int = 1
    settings: BookSettings = Field(default_factory=BookSettings)
    scope: When | None = Field(default=None, description="a `when` trigger: the rulebook applies only where it holds")
    reminder: str | None = Field(default=None, description="printed under every text review (e.g. sign-off duty)")
    rules: list[Rule] = Field(default_factory=list)
    path: str | None = Field(default=None, description="file it was loaded from (set by the loader)")


def _where(loc: tuple[Any, ...]) -> str:
    """A pydantic error location as a dotted field path, without discriminator tags."""
    tags = set(CONDITION_KINDS)
    return ".".join(str(p) for p in loc if str(p) not in tags) or "(top level)"


def _first_error(exc: ValidationError) -> str:
    err = exc.errors()[0]
    msg = err["msg"].removeprefix("Value error, ")
    if err["type"] == "union_tag_invalid":
        ctx = err.get("ctx", {})
        msg = f"unknown condition kind {ctx.get('tag')!r}; expected one of {ctx.get('expected_tags')}"
    elif err["type"] == "union_tag_not_found":
        msg = "condition needs a 'kind'"
    extra = f" (and {len(exc.errors()) - 1} more)" if len(exc.errors()) > 1 else ""
    return f"{_where(err['loc'])}: {msg}{extra}"


def load_rulebook(path: Path) -> Rulebook:
    """Read, validate and compile one rulebook file."""
    try:
        text = read_regular(path).decode("utf-8")  # a FIFO named *.yaml is E107, never a hang
        if yaml_depth(text) > MAX_DEPTH:  # PyYAML builds nodes recursively: 500 levels is a RecursionError
            raise RulebookError(f"{path}: cannot read rulebook: nested more than {MAX_DEPTH} levels deep", code="E601")
        raw = yaml.safe_load(text)
    except (OSError, UnicodeDecodeError) as exc:
        raise RulebookError(f"{path}: cannot read rulebook: {exc}", code="E601") from exc
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" line {mark.line + 1} column {mark.column + 1}" if mark is not None else ""
        problem = getattr(exc, "problem", None) or str(exc)
        raise RulebookError(f"{path}:{where}: invalid YAML: {problem}", code="E601") from exc
    if not isinstance(raw, dict):
        raise RulebookError(f"{path}: a rulebook is a mapping with id, title and rules", code="E602")
    raw_rules = raw.get("rules")
    if not isinstance(raw_rules, list):
        raise RulebookError(f"{path}: 'rules' must be a list of rules", code="E602")

    rules: list[Rule] = []
    seen: set[str] = set()
    for i, item in enumerate(raw_rules):
        name = item.get("id") if isinstance(item, dict) else None
        label = f"rule {name!r}" if name else f"rules[{i}]"
        try:
            rule = Rule.model_validate(item)
        except ValidationError as exc:
            raise RulebookError(f"{path}: {label}: {_first_error(exc)}", code="E602") from exc
        if rule.id in seen:
            raise RulebookError(f"{path}: {label}: duplicate rule id", code="E604")
        seen.add(rule.id)
        rules.append(rule)
    header = {k: v for k, v in raw.items() if k != "rules"}
    try:
        book = Rulebook.model_validate({**header, "rules": [], "path": str(path)})
    except ValidationError as exc:
        raise RulebookError(f"{path}: {_first_error(exc)}", code="E602") from exc
    try:
        if book.scope is not None:
            book.scope.prepare(book.settings)
    except PatternTooCostly as exc:
        raise RulebookError(f"{path}: scope: pattern refused: {exc}", code="E606") from exc
    except ValueError as exc:
        raise RulebookError(f"{path}: scope: {exc}", code="E603") from exc
    for rule in rules:
        try:
            rule.condition.prepare(book.settings)
        except UnknownClass as exc:
            raise RulebookError(f"{path}: rule {rule.id!r}: condition: {exc}", code="E607") from exc
        except PatternTooCostly as exc:
            raise RulebookError(f"{path}: rule {rule.id!r}: pattern refused: {exc}", code="E606") from exc
        except ValueError as exc:
            raise RulebookError(f"{path}: rule {rule.id!r}: condition: {exc}", code="E603") from exc
    book.rules = rules
    return book


def _expand(paths: Sequence[Path]) -> list[Path]:
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            found = sorted([*path.glob("*.yaml"), *path.glob("*.yml")])
            if not found:
                raise RulebookError(f"{path}: no *.yaml rulebooks in this folder", code="E605")
            files += found
        elif path.is_file():
            files.append(path)
        else:
            raise RulebookError(f"{path}: no such rulebook file or folder", code="E605")
    return files


@cache
def shipped_rulebooks() -> tuple[Rulebook, ...]:
    """The rulebooks under ``corpora/rules/``, loaded once per process."""
    return tuple(load_rulebook(p) for p in _expand([corpora_path("rules")]))


def load_rulebooks(paths: Sequence[Path] | None = None, replace: bool = False) -> list[Rulebook]:
    """The shipped rulebooks plus those at ``paths`` (files or folders).

    A user rulebook with the id of a loaded one replaces it; a user rule with the id of a loaded
    rule replaces that rule. ``replace=True`` drops the shipped rulebooks and uses only ``paths``.
    """
    books: list[Rulebook] = [] if (replace and paths) else list(shipped_rulebooks())
    for path in _expand(list(paths or [])):
        new = load_rulebook(path)
        books = [b for b in books if b.id != new.id]
        ids = {r.id for r in new.rules}
        books = [b.model_copy(update={"rules": [r for r in b.rules if r.id not in ids]}) for b in books]
        books.append(new)
    return books
