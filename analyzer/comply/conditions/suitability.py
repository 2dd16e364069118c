"""Suitability: the investors a text says a fund suits must be able to bear its risk level.

The product's level is the highest R-level the text states, and at least the lowest level its
type allows (a stock fund is R3 or above). The audience comes from 「适合/适用于/面向…」 clauses
(not 「不适合」): an investor type (保守型 C1 … 激进型 C5), a class 「C3及以上」, or money that
must stay safe (养老资金), which suits no fund above a given level.
"""

from __future__ import annotations

import bisect
from typing import Literal

import regex
from pydantic import Field, PrivateAttr

from analyzer.boundaries import SENTENCE_END_CHARS
from analyzer.comply.conditions.base import ConditionBase
from analyzer.comply.conditions.rating import DEFAULT_PATTERNS
from analyzer.comply.context import Context, Hit
from analyzer.comply.facts import fund_types
from analyzer.comply.fundfacts import type_name
from analyzer.comply.say import Say
from analyzer.comply.settings import BookSettings
from analyzer.types import Span

_NOT_END = regex.escape(SENTENCE_END_CHARS)
_RATING_PATTERNS = [regex.compile(p) for p in DEFAULT_PATTERNS]
_WORD_LEVEL = {"低": 1, "中低": 2, "中": 3, "中高": 4, "高": 5}
_CLASS = regex.compile(r"C(?P<n>[1-5])")
ANSWER_REACH = 24  # characters after a yes-no question searched for its answer


class Suitability(ConditionBase):
    """The stated audience fits the product's risk level."""

    kind: Literal["suitability"]
    cues: list[str] = Field(default_factory=lambda: ["适合", "适用于", "面向", "推荐给", "专为", "适宜"])
    investors: dict[str, int] = Field(
        default_factory=lambda: {"保守型": 1, "谨慎型": 2, "稳健型": 3, "积极型": 4, "激进型": 5,
                                 "风险承受能力较低": 1, "风险承受能力低": 1, "低风险偏好": 1},
        description="investor words → their class (C1–C5)",
    )
    money: dict[str, int] = Field(
        default_factory=lambda: {"养老资金": 3, "养老钱": 3, "养老的钱": 3, "养老金": 3, "退休金": 3, "养老储蓄": 3,
                                 "保命钱": 2, "救命钱": 2, "应急资金": 2},
        description="money that must stay safe → the highest R-level it may go into",
    )
    type_min_level: dict[str, int] = Field(
        default_factory=lambda: {"equity": 3, "equity_etf": 3, "equity_feeder": 3, "equity_qdii": 3,
                                 "equity_index": 3, "equity_heavy": 3},
        description="fund type → the lowest R-level such a fund can have",
    )
    window: int = Field(default=40, ge=5, le=200, description="characters after a cue searched for the audience")
    permissions: bool = Field(
        default=True,
        description="also read 「保守型客户也可以买」「养老的钱投进来也没问题」: an audience word (word classes "
        "cautious_investor, safe_money) with a word of permission (permit) after it in its sentence, not negated",
    )
    permission_gap: int = Field(default=16, ge=0, le=60)
    negation_window: int = Field(default=12, ge=0, le=60, description="a negator this close before")
    _clause: regex.Pattern[str] | None = PrivateAttr(default=None)
    _words: regex.Pattern[str] | None = PrivateAttr(default=None)

    def prepare(self, settings: BookSettings) -> None:
        cues = "|".join(regex.escape(c) for c in self.cues)
        # a half-width full stop ends the audience's sentence unless it is a decimal point (适合C4及以上投资者.您当前
        # 测评结果为C3: the investor's own class is no audience)
        body = rf"(?:[^{_NOT_END}.]|(?<=\d)\.(?=\d))"
        self._clause = regex.compile(rf"(?<!不|非|并不)(?:{cues})(?P<body>{body}{{0,{self.window}}})")
        words = sorted({*self.investors, *self.money}, key=len, reverse=True)
        self._words = regex.compile("|".join(regex.escape(w) for w in words) + r"|C[1-5](?:级|类)?(?:及以上|以上)?")

    def _product_level(self, ctx: Context) -> tuple[int, Say] | None:
        best: tuple[int, Say] | None = None
        for pattern in _RATING_PATTERNS:
            for m in pattern.finditer(ctx.result.simplified):
                groups = m.groupdict()
                level = int(groups["r"][1]) if groups.get("r") else _WORD_LEVEL.get(groups.get("word") or "", 0)
                if level and (best is None or level > best[0]):
                    quote = ctx.quote(ctx.result.span_from_simplified(*m.span()))
                    best = (level, Say("comply.suit.rated", quote=quote))
        for fund_type, why, _ in fund_types(ctx):
            level = self.type_min_level.get(fund_type)
            if level and (best is None or level > best[0]):
                best = (level, Say("comply.suit.type", why=why, name=type_name(fund_type), level=level))
        return best

    def evaluate(self, ctx: Context) -> list[Hit]:
        assert self._clause is not None and self._words is not None
        text = ctx.result.simplified
        clauses = list(self._clause.finditer(text))
        permitted = self._permitted(ctx) if self.permissions else []
        if not clauses and not permitted:
            return []
        product = self._product_level(ctx)
        if product is None:
            return []
        level, why = product
        hits = []
        for clause in clauses:
            if ctx.asked_at(clause.start()):
                continue  # 客户：我是C2，适合买吗？ — asked, not offered
            for word in self._words.finditer(text, clause.start("body"), clause.end("body")):
                problem = self._problem(word.group(), level)
                if problem is None or self._told_not_to(ctx, word.end()):
                    continue
                span = ctx.result.span_from_simplified(clause.start(), word.end())
                hits.append(Hit(spans=(span,), detail=Say(
                    "comply.suit.detail", quote=ctx.quote(span), problem=problem, why=why, level=level)))
                break
        covered = [h.spans[0] for h in hits]
        for span, word in permitted:
            if any(c.start <= span.start < c.end or span.start <= c.start < span.end for c in covered):
                continue  # one finding per audience-and-permission (稳健型、保守型投资者均可放心配置)
            problem = self._problem(word, level) if (word in self.investors or word in self.money or
                                                     _CLASS.match(word.upper())) else self._class_problem(word, level)
            if problem is None:
                continue
            hits.append(Hit(spans=(span,), detail=Say(
                "comply.suit.detail", quote=ctx.quote(span), problem=problem, why=why, level=level)))
            covered.append(span)
        return hits

    def _class_problem(self, word: str, level: int) -> Say | None:
        """An audience word the tables do not list: cautious investors are C2 at most, safe money R3."""
        if self._is_money(word):
            return None if level <= 3 else Say("comply.suit.money", cap=3)
        return None if level <= 2 else Say("comply.suit.class_or_below", cls=2)

    @staticmethod
    def _is_money(word: str) -> bool:
        return any(ch in word for ch in "钱金费资积蓄本")

    def _permitted(self, ctx: Context) -> list[tuple[Span, str]]:
        """(span, audience word) of 「audience … permission」 in one sentence, nearest permission, not negated."""
        from analyzer.comply.wordclasses import shipped_classes

        classes = shipped_classes()
        audience = sorted(ctx.class_hits("cautious_investor", classes["cautious_investor"])
                          + ctx.class_hits("safe_money", classes["safe_money"]))
        permits = ctx.class_hits("permit", classes["permit"])
        questions = ctx.class_hits("question_pair", classes["question_pair"])
        # the 不 of a yes-no question (适不适合) negates nothing
        negators = [n for n in ctx.class_hits("negator", classes["negator"])
                    if not any(qa <= n[0] and n[1] <= qb for qa, qb in questions)]
        starts = [a for a, _ in permits]
        out = []
        for a, b in audience:
            if ctx.asked(a):
                continue  # 客户：我是C2，能买R4的基金吗？ — asked, not permitted
            j = bisect.bisect_left(starts, b)
            if j >= len(starts) or starts[j] > b + self.permission_gap:
                continue
            pa, pb = permits[j]
            if ctx.clause_index(pa, True) != ctx.clause_index(a, True):
                continue
            if any(qa <= pa < qb for qa, qb in questions):
                # asked (退休金放这里适不适合？, 可唔可以買？ whose 可以買 runs past the pair): the answer in the next
                # sentence says it (我觉得很适合)
                answer = self._answer(ctx, permits, starts, negators, pa)
                if answer is None and not ctx.affirmed(pa):  # 可唔可以買？——可以: the bare yes says it
                    continue
                pa, pb = answer or (pa, pb)
            if any(b <= na and ne <= pa for na, ne in negators):
                continue  # 保守型客户不宜购买, 养老钱不要投进来
            clause, k = ctx.clause_index(a), bisect.bisect_left(negators, a - self.negation_window, key=lambda h: h[0])
            if any(ne <= a and ctx.clause_index(na) == clause for na, ne in negators[k : k + 4]):
                continue  # 不要把养老的钱拿来买, 请勿让保守型客户购买
            word = ctx.folded.text[a:b]
            out.append((ctx.span_of_folded(a, pb), word))
        return out

    @staticmethod
    def _told_not_to(ctx: Context, end: int) -> bool:
        """An audience word whose own clause forbids it after it (适合C4及以上的投资者，风险承受能力较低的朋友请不要
        购买): those investors are told not to buy, not offered the fund."""
        from analyzer.comply.wordclasses import shipped_classes

        words = ctx.class_hits("prohibitor", shipped_classes()["prohibitor"])
        at = ctx.folded.at_or_after(end)
        clause = ctx.clause_index(ctx.folded.at_or_after(end - 1))
        i = bisect.bisect_left(words, at, key=lambda h: h[0])
        return i < len(words) and ctx.clause_index(words[i][0]) == clause

    def _answer(
        self, ctx: Context, permits: list[tuple[int, int]], starts: list[int], negators: list[tuple[int, int]],
        asked: int,
    ) -> tuple[int, int] | None:
        """The permission that answers a yes-no question: in the next sentence's first clauses, not
        negated (我觉得很适合 — not 我觉得不适合)."""
        sentence = ctx.clause_index(asked, True)
        j = bisect.bisect_right(starts, asked)
        while j < len(starts) and starts[j] <= asked + self.permission_gap + ANSWER_REACH:
            pa, pb = permits[j]
            j += 1
            if ctx.clause_index(pa, True) == sentence:
                continue
            if ctx.clause_index(pa, True) != sentence + 1:
                return None
            first = ctx.sentences.starts[sentence + 1]  # Simplified offset of the answer's sentence
            if any(na < pa and ctx.folded.source(na) >= first for na, _ in negators):
                return None
            return pa, pb
        return None

    def _problem(self, word: str, level: int) -> Say | None:
        if word in self.investors:
            cls = self.investors[word]
            return None if cls >= level else Say("comply.suit.class", cls=cls)
        if word in self.money:
            cap = self.money[word]
            return None if level <= cap else Say("comply.suit.money", cap=cap)
        match = _CLASS.match(word.upper())
        if match is not None:
            cls = int(match.group("n"))
            return None if cls >= level else Say("comply.suit.admits", cls=cls)
        return None
