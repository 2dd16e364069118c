"""The currency of a company's amount in plain 元: the currency the company reports in.

Rules (data: ``listing_currency`` in ``corpora/patterns/metrics.yaml``, ``report_currency`` in the
instrument registry), for metrics marked ``company_currency`` only, and only when the amount's own
words name no currency (人民币, 美元 written with it always win):
  registry  a registry company reports in its ``report_currency``, else its trading currency;
  listing   a listing mark right after the company's name in the text (a five-digit code in brackets,
            0883.HK, H股) gives the listing's currency (Hong Kong: HKD);
  known     a well-known company named only by its name (``known_company_currency``: 港交所 HKD,
            台积电 TWD) reports in its home currency;
  market    a company known only by its name in the text (no registry or master listing) takes the
            currency of the market the text reports on (``market_currency``: a Hong Kong report, HKD).
"""

from __future__ import annotations

import re
from functools import cache

from analyzer.claims.vocabulary import metric_vocabulary
from analyzer.instruments import default_registry
from analyzer.normalize.convert import both_scripts
from analyzer.types import SubjectRef

#: how far after a name a listing mark may start (spaces, the bracket)
_REACH = 16


@cache
def _listing_regexes() -> tuple[tuple[str, re.Pattern[str]], ...]:
    return tuple((code, re.compile(source)) for code, source in metric_vocabulary().listing_currency.items())


@cache
def _known_currency() -> dict[str, str]:
    """Each well-known company's name (both scripts) to the currency it reports in."""
    table = metric_vocabulary().known_company_currency
    return {name: code for code, names in table.items() for name in both_scripts(names)}


def known_currency(subject: SubjectRef | None) -> tuple[str, str] | None:
    """(currency, name) of a well-known company named only by its name (``known_company_currency``):
    where it trades and reports (港交所, 长和: HKD; 台积电: TWD); None for any other subject."""
    if subject is None or subject.source != "surface":
        return None
    code = _known_currency().get(subject.alias)
    return (code, subject.alias) if code is not None else None


#: full-width brackets and colon as the data's ASCII forms (the original text is not folded)
_FOLD = str.maketrans({"（": "(", "）": ")", "：": ":", "　": " "})


def company_currency(
    subject: SubjectRef | None, original: str, name_end: int | None, market: tuple[str, str] | None = None
) -> tuple[str, str] | None:
    """(currency, why) for an amount in plain 元 of ``subject``, whose name ends at ``name_end`` in the
    original text (None when the name is not written there), in a text about ``market`` ((currency, the
    word naming it) or None); None when no rule applies."""
    if subject is None:
        return None
    inst = default_registry().get(subject.id) if subject.id else None
    if inst is not None and inst.kind in ("stock", "company"):
        code = inst.report_currency or inst.currency
        if code:
            return code, f"{subject.alias} reports in {code} (registry)"
    known = known_currency(subject)
    if known is not None:
        return known[0], f"{subject.alias} reports in {known[0]} (a well-known company)"
    if name_end is None:
        return None
    after = original[name_end : name_end + _REACH].translate(_FOLD)
    for code, regex in _listing_regexes():
        found = regex.match(after)
        if found:
            return code, f"listed where it trades in {code} (「{found.group().strip()}」 after {subject.alias})"
    if market is not None and subject.source == "surface":
        return market[0], f"a company of the market the text reports on (「{market[1]}」)"
    return None
