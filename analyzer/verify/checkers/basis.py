"""What a growth series cannot say about a figure on another basis: its currency (customs' trade growth is
computed on US-dollar values; 以人民币计 is another figure) and the band by which first releases differ from
a series computed from later values (checks.yaml ``currency_basis``, ``basis_words``, ``growth_bands``).

A figure stated in another currency's terms is not checked at all; one whose sentence names no currency is
supported when it agrees and never contradicted; a contradiction within the band is not called wrong.
"""

from __future__ import annotations

from analyzer.extract.numbers import plain_decimal
from analyzer.normalize.convert import both_scripts
from analyzer.types import Verdict, VerdictStatus
from analyzer.verify.readings import readings
from analyzer.verify.registry import Unverifiable, made_unverifiable


def stated_basis(sentence: str) -> tuple[str, str] | None:
    """(currency, the word) of the basis the sentence names (以人民币计 → CNY), or None."""
    for currency, words in readings().basis_words.items():
        for word in both_scripts(words):
            if word in sentence:
                return currency, word
    return None


def refuse_other_basis(subject_id: str, sentence: str) -> None:
    """Raise when the sentence states the figure on another currency's basis than the series is computed on."""
    series_currency = readings().currency_basis.get(subject_id)
    stated = stated_basis(sentence) if series_currency is not None else None
    if stated is None or stated[0] == series_currency:
        return
    raise Unverifiable(
        f"the sentence states the growth in {stated[0]} terms (「{stated[1]}」); the store's {subject_id} growth is "
        f"computed on values in {series_currency}, a different figure, so it is not checked",
        cause="no_series",
        missing=(subject_id, f"yoy_{stated[0].lower()}"),
    )


def guard_contradiction(subject_id: str, sentence: str, verdict: Verdict) -> Verdict:
    """A contradiction the series cannot settle made unverifiable: within the series' revision band, or with
    no currency named for a series computed in one currency."""
    if verdict.status is not VerdictStatus.CONTRADICTED or verdict.difference is None:
        return verdict
    computed = plain_decimal(verdict.computed) if verdict.computed is not None else "another value"
    band = readings().growth_bands.get(subject_id)
    if band is not None and abs(verdict.difference) <= band + (verdict.tolerance or 0):
        why = (
            f"the data give {computed}, within {plain_decimal(band)} of the stated figure: a first release and a "
            "series computed from later values differ by that much, so it is not called wrong"
        )
        return made_unverifiable(verdict, why, "providers_differ")
    series_currency = readings().currency_basis.get(subject_id)
    if series_currency is not None and stated_basis(sentence) is None:
        why = (
            f"the data give {computed}, but the sentence does not say in which currency the growth is computed and "
            f"the store's {subject_id} growth is on values in {series_currency}, so it is not called wrong"
        )
        return made_unverifiable(verdict, why, "uncertain")
    return verdict

