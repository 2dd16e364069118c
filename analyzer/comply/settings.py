"""Rulebook-wide settings shared by the conditions: negation cues, anchors, phrase gap."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from analyzer.boundaries import CLAUSE_END_CHARS
from analyzer.comply.wordclasses import WordClass

# fmt: off
DEFAULT_CUES = ["不", "不得", "非", "并非", "不保证", "不承诺", "不构成", "不等于", "无法保证", "严禁", "禁止", "未",
                "没有", "没"]
# words that start with a cue character but do not negate what follows
DEFAULT_IGNORE = ["非常", "不仅", "不断", "不少", "不错", "不久", "不同", "不过", "不但", "未来", "并非常",
                  "没问题", "没关系", "没事"]
# fmt: on


class Negation(BaseModel):
    """When a forbidden phrase counts as negated (「不保证最低收益」, 「本基金不保本」)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    cues: list[str] = Field(default_factory=lambda: list(DEFAULT_CUES), min_length=1)
    ignore: list[str] = Field(default_factory=lambda: list(DEFAULT_IGNORE))
    window: int = Field(default=12, ge=0, le=200, description="characters looked back, within the clause")
    boundaries: str = Field(default=CLAUSE_END_CHARS, description="characters that end a clause")


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
