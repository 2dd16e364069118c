"""Rulebook-wide settings shared by the conditions: negation cues, anchors, phrase gap."""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from analyzer.boundaries import CLAUSE_END_CHARS
from analyzer.comply.wordclasses import WordClass

# fmt: off
DEFAULT_CUES = ["不", "不得", "非", "并非", "不保证", "不承诺", "不构成", "不等于", "无法保证", "严禁", "禁止", "未",
                "没有", "没",
                # 无法保证盈利, 难以保证; Cantonese 唔保本, 冇人可以保证
                "无法", "难以", "唔", "冇", "毋",
                # a belief the piece goes on to correct (很多人以为债基稳赚，其实…)
                "以为", "误以为", "误认为", "误区",
                # a rhetorical question or a refusal that denies what follows (谁说买基金一定能赚钱？, 别指望翻倍)
                "谁说", "哪有", "哪里有", "怎么可能", "做不到", "办不到", "不存在", "别指望", "别信", "别相信"]
# words that start with a cue character but do not negate what follows
DEFAULT_IGNORE = ["非常", "不仅", "不断", "不少", "不错", "不久", "不同", "不过", "不但", "未来", "并非常",
                  "没问题", "没关系", "没事", "冇问题", "唔该"]
# said right after a hit, these deny it (「过去的高收益并不意味着未来…」, 「保本不等于…」)
DEFAULT_AFTER = ["并不意味", "不意味", "并不代表", "不代表", "并不预示", "不预示", "并不等于", "不等于", "不能代表",
                 "不可持续", "并非", "没有依据", "没有任何依据", "毫无依据", "不可信", "不靠谱", "是假的", "不实"]
# a negation reaches over a list of what it denies (不构成对投资者的收益承诺或保本承诺, 不作任何收益、保本承诺)
DEFAULT_COORDINATORS = ["或", "或者", "及", "以及", "和", "与", "、", "亦"]
# fmt: on


class Negation(BaseModel):
    """When a forbidden phrase counts as negated (「不保证最低收益」, 「本基金不保本」)."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    cues: list[str] = Field(default_factory=lambda: list(DEFAULT_CUES), min_length=1)
    ignore: list[str] = Field(default_factory=lambda: list(DEFAULT_IGNORE))
    window: int = Field(default=12, ge=0, le=200, description="characters looked back, within the clause")
    boundaries: str = Field(default=CLAUSE_END_CHARS, description="characters that end a clause")
    after: list[str] = Field(default_factory=lambda: list(DEFAULT_AFTER),
                             description="words that deny a hit when they follow it in its clause")
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
