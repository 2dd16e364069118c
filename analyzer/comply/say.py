"""A finding's concrete detail as catalogue keys, put into words in the reader's language at the end.

A condition says what it found as ``Say("comply.found", quote=…)``; parameters may themselves be
``Say`` (a metric's name, a problem) or lists of them (joined the language's way). The engine
renders the detail once it knows the language (corpora/messages/comply.yaml holds every key).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from analyzer.i18n import Lang, message

_JOIN = {"en": "; ", "zh-Hans": "；", "zh-Hant": "；"}
_AND = {"en": " and ", "zh-Hans": "、", "zh-Hant": "、"}
_CONCAT = {"en": " ", "zh-Hans": "", "zh-Hant": ""}


@dataclass(frozen=True)
class Say:
    """A message key and its parameters (str, number, Say, or a list of those)."""

    key: str
    params: dict[str, Any] = field(default_factory=dict)
    joiner: str = "join"  # how a list parameter is joined: "join" (; ) or "and"

    def __init__(self, key: str, joiner: str = "join", /, **params: Any) -> None:
        object.__setattr__(self, "key", key)
        object.__setattr__(self, "params", params)
        object.__setattr__(self, "joiner", joiner)

    def render(self, lang: Lang) -> str:
        values = {name: render(value, lang, self.joiner) for name, value in self.params.items()}
        return message(self.key, lang, **values)


class Phrase(Say):
    """A text written in English for a reader (a verdict's method or reason), put into the reader's
    language through the phrasebook (analyzer.i18n.phrases) when rendered."""

    def __init__(self, text: str) -> None:
        super().__init__("", text=text)

    def render(self, lang: Lang) -> str:
        from analyzer.i18n.phrases import explained

        return explained(self.params["text"], lang)


def render(value: object, lang: Lang, joiner: str = "join") -> str:
    """A detail in ``lang``: a string as it is, a Say rendered, a list joined."""
    if isinstance(value, Say):
        return value.render(lang)
    if isinstance(value, list | tuple):
        sep = {"and": _AND, "concat": _CONCAT}.get(joiner, _JOIN)[lang]
        return sep.join(render(v, lang, joiner) for v in value)
    return str(value)
