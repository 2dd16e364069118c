"""Messages in the reader's language: one catalogue for every human-readable word the tool prints.

Three languages: ``zh-Hans`` (Simplified), ``zh-Hant`` (Traditional) and ``en``. Messages live as data
in ``corpora/messages/*.yaml`` (validated: every entry has English and Simplified text with the same
``{placeholders}``; Traditional is written out where the wording differs and otherwise derived from
the Simplified text with OpenCC ``s2twp``). A rulebook may carry its own entries in the same shape,
so a house rulebook's messages follow the reader's language too.

Why a validated YAML catalogue and not gettext/Babel: the people who write rules write YAML, not
``.po`` files; a missing translation or a misspelt placeholder is caught when the catalogue is loaded
(E920, naming the file and key), not when a reviewer first meets a half-English page; and nothing
needs compiling at build time (``.mo`` files), so the package data stays the one source of truth.

    >>> from analyzer.i18n import message
    >>> message("status.contradicted", "zh-Hans")
    '与数据不符'
"""

from __future__ import annotations

from analyzer.i18n.catalogue import Catalogue, Entry, load_catalogue, message, shipped_catalogue
from analyzer.i18n.lang import LANGS, Lang, locale_lang, resolve_lang, script_of

__all__ = [
    "LANGS",
    "Catalogue",
    "Entry",
    "Lang",
    "load_catalogue",
    "locale_lang",
    "message",
    "resolve_lang",
    "script_of",
    "shipped_catalogue",
]
