"""Company references (公司, 本公司, 该公司): the company a research note or results story is about.

「公司前三季度实现营收4.64亿元」 names no company, yet the figure is the company's: the word is a
reference to the company its item names first (华熙生物 … 公司发布中报: a note covers one company; the
others it names are its units, peers or holders), or, when none is named before it, to the note's
unnamed company (alias 公司). A reference is read only where it starts a clause, follows a period
word (2020年公司…) or a verb (预计公司…), not inside a compound (子公司, 上市公司). A subject read from
a reference is never certain: the name itself was not read in the figure's clause.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from functools import cache

from analyzer.claims.named import Named
from analyzer.claims.vocabulary import metric_vocabulary
from analyzer.han import HAN
from analyzer.normalize.convert import both_scripts

#: the source of a Named that is a reference, not a name
REFERENCE = "reference"
#: the kinds of name a company reference may point to (a listed stock, a company named by shape)
_COMPANY_KINDS = frozenset({"company", "stock", "hk_stock"})

#: a reference starts a clause: after anything but a Chinese character (punctuation, a line break, any
#: bullet symbol: ■, ⚫, ➢, a digit or letter), or after a period word's last character; a character
#: before it makes a compound (子公司, 上市公司)
_BEFORE = re.compile(f"[^{HAN}]|[年月日度季]")


@cache
def _regex() -> re.Pattern[str] | None:
    words = sorted(both_scripts(metric_vocabulary().company_references), key=len, reverse=True)
    if not words:
        return None
    return re.compile("|".join(map(re.escape, words)))


@cache
def _after_words() -> tuple[str, ...]:
    return both_scripts(metric_vocabulary().company_reference_after)


def with_company_references(text: str, names: list[Named], item_start: object) -> list[Named]:
    """``names`` plus the company references of ``text``, each pointing (``named_at``) to the company
    its item names first before it (``item_start(pos)`` gives where the item holding ``pos`` begins);
    one pass over both position-sorted lists."""
    regex = _regex()
    if regex is None:
        return names
    starts = [n.start for n in names]
    refs: list[Named] = []
    first_company: Named | None = None
    i = 0
    for match in regex.finditer(text):
        start, end = match.span()
        if start and not _BEFORE.match(text, start - 1) and not text.endswith(_after_words(), 0, start):
            continue  # inside a compound: 子公司, 上市公司
        begin = item_start(start)  # type: ignore[operator]
        while i < len(names) and names[i].end <= start:
            n = names[i]
            if n.kind in _COMPANY_KINDS and (first_company is None or first_company.start < item_start(n.start)):  # type: ignore[operator]
                first_company = n  # the first company of its item
            i += 1
        k = bisect_left(starts, end)
        if k and names[k - 1].end > start:
            continue  # part of a longer name
        company = first_company if first_company is not None and first_company.start >= begin else None
        if company is None:
            refs.append(Named(start, end, None, "company", None, REFERENCE))
        else:
            refs.append(
                Named(start, end, company.id, company.kind, company.code, REFERENCE, None, (company.start, company.end))
            )
    if not refs:
        return names
    return sorted([*names, *refs], key=lambda n: (n.start, n.end))
