"""Rulebook-wide settings shared by the conditions: how far a negation reaches, anchors, phrase gap."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from analyzer.boundaries import CLAUSE_END_CHARS
from analyzer.comply.wordclasses import WordClass

# a negation reaches over a list of what it denies (不构成对投资者的收益承诺或保本承诺, 不作任何收益、保本承诺), and a
# list of quoted words is a list too (不得作出“保本”“保收益”之类的承诺)
DEFAULT_COORDINATORS = ["或", "或者", "及", "以及", "和", "与", "、", "亦", "”“", "」「", "』『", "\"\""]


class Negation(BaseModel):
    """How far a negation reaches (「不保证最低收益」, 「本基金不保本」). The words that negate are one vocabulary
    for every rule kind, the word classes ``negator`` (before a hit; its ``except`` words deny nothing) and
    ``denier`` (right after a hit); a rulebook's ``settings.classes`` may replace them."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    window: int = Field(default=12, ge=0, le=200, description="characters looked back, within the clause")
    boundaries: str = Field(default=CLAUSE_END_CHARS, description="characters that end a clause")
    after_window: int = Field(default=4, ge=0, le=40, description="characters between a hit and a denying word")
    coordinators: list[str] = Field(default_factory=lambda: list(DEFAULT_COORDINATORS),
                                    description="words joining a list: a cue before the list negates each item")
    list_window: int = Field(default=30, ge=0, le=200,
                             description="characters looked back, within the clause, for a cue before a list")


class BookSettings(BaseModel):
    """Settings a rulebook gives all its rules."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    negation: Negation = Field(default_factory=Negation)
    anchor: list[str] = Field(
        default_factory=lambda: ["风险提示", "风险揭示", "重要提示"],
        description="where a missing statement is pointed at when nothing more specific triggered it",
    )
    gap: int = Field(default=12, ge=0, le=100, description="longest gap a … in a phrase stands for")
    classes: dict[str, WordClass] = Field(
        default_factory=dict,
        description="word classes of this rulebook (added to, or replacing, the shipped ones of the same name)",
    )
