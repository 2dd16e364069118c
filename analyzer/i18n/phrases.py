"""The long texts of a record (a verdict's method and reason, a claim's ``decided_by``, a figure's
reason for being no claim) in the reader's language, through the phrasebook of the catalogue.

Those texts are data: checkers and rules write them in English, once, and JSON, CSV and Parquet keep
them as written (tools and tests compare them). A reader of ``--explain`` or of a review page gets them
in ``--lang``: each text is cut into clauses at ``; `` (and a data line at `` — ``), and a clause that is
one of the phrasebook's forms (``phrase.*`` entries of ``corpora/messages/*.yaml``, whose English is the
form with ``{placeholders}``) is written in the reader's language, its placeholders translated in turn
(``uncertain: {why}``). A clause the phrasebook does not know stays as written: never a wrong
translation, and :func:`unknown_clauses` lists them so a test can hold a corpus to full coverage.

A placeholder's name says what it stands for and so what it may match: ``{date}``/``{start}``/``{end}``
an ISO date, ``{year}`` four digits, ``{n}``/``{value}``/``{diff}`` a number, ``{provider}``/``{series}``/
``{field}``/``{id}``/``{calendar}`` one identifier, anything else any text (shortest first). Forms with
more fixed words are tried first, so ``{provider}: {why}`` is the last resort.
"""

from __future__ import annotations

import re
import string
from functools import cache

import opencc

from analyzer.i18n.catalogue import Entry, shipped_catalogue
from analyzer.i18n.lang import Lang

PREFIX = "phrase."
_DATE = r"\d{4}-\d{2}-\d{2}"
_NUMBER = r"[-+]?\d[\d,]*(?:\.\d+)?"
_IDENT = r"[A-Za-z0-9_.^-]+"
_ANY = r".+?"
_CLASSES = {
    "date": _DATE, "start": _DATE, "end": _DATE, "first": _DATE, "last": _DATE, "day": _DATE,
    "year": r"\d{4}", "n": _NUMBER, "value": _NUMBER, "diff": _NUMBER, "count": r"\d+",
    "provider": _IDENT, "series": _IDENT, "field": _IDENT, "id": _IDENT, "calendar": _IDENT,
    "metric": _IDENT, "currency": r"[A-Z]{3}",
}  # fmt: skip
#: how deep placeholders are translated in turn (uncertain: carried over …: named in …)
DEPTH = 3
SEPARATORS = ("; ", " — ")
#: what needs no words: an identifier (a metric id as a method), an observation 'hstech close 2024-03-06 3412.57'
_DATA_LINE = re.compile(rf"[a-z_]+|{_IDENT}( {_IDENT})* {_DATE}( {_NUMBER})?|c\d+ .*= {_NUMBER}")
JOINS = {"en": ("; ", " — "), "zh-Hans": ("；", " — "), "zh-Hant": ("；", " — ")}


def _kind(name: str) -> str:
    """A placeholder's class: its name without a trailing number ({date2} is a date)."""
    return re.sub(r"\d+$", "", name)


@cache
def _s2tw() -> opencc.OpenCC:
    return opencc.OpenCC("s2tw")


def _breaks(value: str) -> bool:
    return any(len(split_outside(value, sep)) > 1 for sep in SEPARATORS)


def _metric_in_words(words: str, lang: Lang) -> str | None:
    """A metric id written with spaces for a reader (``growth mom``) in the reader's words, else None."""
    entry = shipped_catalogue().entries.get("metric." + words.replace(" ", "_"))
    return entry.text(lang) if entry is not None else None


def _metric(metric: str, lang: Lang) -> str:
    """A metric id in the reader's words (``metric.*`` of the catalogue), else the id."""
    entry = shipped_catalogue().entries.get(f"metric.{metric}")
    return entry.text(lang) if entry is not None else metric


def _pattern(form: str) -> re.Pattern[str]:
    parts = []
    for literal, name, _, _ in string.Formatter().parse(form):
        parts.append(re.escape(literal))
        if name:
            parts.append(f"(?P<{name}>{_CLASSES.get(_kind(name), _ANY)})")
    return re.compile("".join(parts), re.DOTALL)


@cache
def phrasebook() -> tuple[tuple[re.Pattern[str], Entry], ...]:
    """The phrase forms as patterns, most fixed words first (ties: the longer form)."""
    entries = [e for k, e in shipped_catalogue().entries.items() if k.startswith(PREFIX)]

    def fixed(entry: Entry) -> tuple[int, int]:
        literal = "".join(lit for lit, _, _, _ in string.Formatter().parse(entry.en))
        return -len(literal.strip()), -len(entry.en)

    return tuple((_pattern(e.en), e) for e in sorted(entries, key=fixed))


def _phrase(text: str, lang: Lang, depth: int) -> str | None:
    """``text`` as one phrase of the book in ``lang``, or None when it is none."""
    for pattern, entry in phrasebook():
        found = pattern.fullmatch(text)
        if found is None or any(
            _kind(k) not in _CLASSES and _breaks(v) and _phrase(v, lang, depth + 1) is None
            for k, v in found.groupdict().items()
        ):  # a placeholder spans a clause break only when what it holds is one phrase itself
            continue
        params: dict[str, str | None] = {}
        for k, v in found.groupdict().items():
            if _kind(k) == "metric":
                params[k] = _metric(v, lang)
            elif _kind(k) in _CLASSES:
                params[k] = v  # a date, a number, an identifier: as written
            else:  # words: a phrase of their own, or a metric written in words (growth mom), or as written
                params[k] = (_phrase(v, lang, depth + 1) if depth < DEPTH else None) or _metric_in_words(v, lang)
        for k, v in found.groupdict().items():
            if params[k] is None:  # words the book does not know: quoted as written (in Traditional, its Han too)
                params[k] = _s2tw().convert(v) if lang == "zh-Hant" else v
        return entry.text(lang).format(**params)
    return None


def explained(text: str | None, lang: Lang) -> str:
    """``text`` (a method, reason, data line or decided_by) in ``lang``: clause by clause through the
    phrasebook; English (and a clause it does not know) as written."""
    if not text or lang == "en":
        return text or ""
    return _translate(text, lang, 0)


def _translate(text: str, lang: Lang, level: int) -> str:
    whole = _phrase(text, lang, 0)
    if whole is not None:
        return whole
    if level >= len(SEPARATORS) or SEPARATORS[level] not in text:
        return text if level >= len(SEPARATORS) else _translate(text, lang, level + 1)
    join = JOINS[lang][level]
    return join.join(_translate(part, lang, level + 1) for part in split_outside(text, SEPARATORS[level]))


_OPEN, _CLOSE = "(（「《[", ")）」》]"


def split_outside(text: str, sep: str) -> list[str]:
    """``text`` split at ``sep`` where it stands outside brackets (a licence's parenthesis may hold '; ')."""
    parts, depth, start, i = [], 0, 0, 0
    while i < len(text):
        ch = text[i]
        if ch in _OPEN:
            depth += 1
        elif ch in _CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0 and text.startswith(sep, i):
            parts.append(text[start:i])
            i += len(sep)
            start = i
            continue
        i += 1
    parts.append(text[start:])
    return parts


def unknown_clauses(text: str | None) -> list[str]:
    """The clauses of ``text`` the phrasebook does not know (what :func:`explained` leaves in English)."""
    if not text:
        return []
    out: list[str] = []

    def walk(piece: str, level: int) -> None:
        if _phrase(piece, "zh-Hans", 0) is not None:
            return
        if level < len(SEPARATORS) and SEPARATORS[level] in piece:
            for part in split_outside(piece, SEPARATORS[level]):
                walk(part, level + 1)
        elif level < len(SEPARATORS):
            walk(piece, level + 1)
        elif re.search(r"[A-Za-z]{3,}", piece) and not _DATA_LINE.fullmatch(piece):
            out.append(piece)

    walk(text, 0)
    return out
