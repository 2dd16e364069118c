"""Per-document state shared by all rules: the folded text, phrase hits, facts, span helpers."""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import cache

import regex

from analyzer.boundaries import COMMA_CHARS, FULL_STOP_CHARS, LIST_SEPARATOR_CHARS, SENTENCE_END_CHARS
from analyzer.cached import cached_property
from analyzer.claims.sentences import Sentences, split_sentences
from analyzer.comply.fundfacts import FundFacts, fund_facts
from analyzer.comply.lexicon import LEXICON, Occurrences
from analyzer.comply.performance import PerformanceIndex, performance_words
from analyzer.comply.phrases import FoldedText, PhraseSet, number_runs
from analyzer.comply.say import Say
from analyzer.comply.settings import Negation
from analyzer.comply.wordclasses import (
    CHINESE_FIGURE,
    CHINESE_PRICE,
    FIGURE_UNITS,
    LEVEL,
    PRICE_UNITS,
    NegationWords,
    WordClass,
    covered,
    negation_words,
    shipped_classes,
)
from analyzer.normalize.convert import convert_script
from analyzer.segment import WordBoundaries, word_boundaries
from analyzer.types import Claim, DocumentResult, Severity, Span

_SENTENCE_END = frozenset(SENTENCE_END_CHARS)
_ROUGHLY = ("多", "余")  # between a number and its unit: 130多万
_FULL_STOP = frozenset(FULL_STOP_CHARS)
# words written together stop at a comma and at a list's 、, not at a label's colon (风险等级：R3)
_CLAUSE_END = frozenset(SENTENCE_END_CHARS + COMMA_CHARS + LIST_SEPARATOR_CHARS)
# a quoted claim (“…”, "…", 「…」, 『…』) and what may stand between it and a denial of it (：不是！)
_QUOTED = regex.compile(r"“[^”\n]{1,60}”|\"[^\"\n]{1,60}\"|「[^」\n]{1,60}」|『[^』\n]{1,60}』|＂[^＂\n]{1,60}＂")
_AFTER_QUOTE = " \t:：-—－=＝?？"
_ANSWER_END = frozenset("!！。.,，;；?？ \n") | {""}
_ANSWER_PAD = " —-－…“\"'"  # what may open an answer before its words (——不能)
ANSWER_OPENING = 10  # characters of an answer read for its yes or no
REFUTE_OPENING = 10  # characters of the next sentence a refutation of a quote may open with (…“稳赚”。这是误解),
# and before a quote on its line, a label calling it a myth (误区一：“…”)
WISH_REACH = 6  # folded characters between a wish word and the wished words (若您追求稳赚不赔)
CLAIM_NOUN_REACH = 16  # folded characters from a claim's first word (or the refutation opening it) to the noun
# naming it a saying (保证收益的说法; 不存在|今天不买明天就不是这个价的|说法 is 13)
_TITLE = regex.compile(r"《[^》\n]{0,200}》")
_CHINESE_FIGURE = regex.compile(CHINESE_FIGURE)
_CHINESE_PRICE = regex.compile(CHINESE_PRICE)
_LEVEL = regex.compile(LEVEL)


def _speaker(text: str, start: int) -> str:
    """The speaker label that opens the text at ``start`` (「客户」 of 「客户：…」), or ''."""
    head = text[start : start + 10]
    for i, ch in enumerate(head):
        if ch in "：:":
            return head[:i].strip()
        if ch in "，,。？?！!\n":
            break
    return ""


@dataclass(frozen=True, slots=True)
class AnswerWords:
    """The words that tell a question's or a quote's answer, in Simplified script (built once per process)."""

    askers: tuple[str, ...]
    answerers: tuple[str, ...]
    denials: tuple[str, ...]
    affirmations: tuple[str, ...]
    refutations: tuple[str, ...]
    leads: tuple[str, ...]  # how an answer opens before its yes or no (那是, 很遗憾), longest first

    def answer_opening(self, answer: str) -> str:
        """An answer's first words with a lead before its yes or no dropped (那是不可能的 → 不可能的)."""
        answer = answer.lstrip(_ANSWER_PAD)
        lead = next((w for w in self.leads if answer.startswith(w)), "")
        return answer[len(lead) :].lstrip(_ANSWER_PAD + "，,：:")[:ANSWER_OPENING]

    def denies(self, opening: str) -> bool:
        """Whether an answer's opening denies the question: it opens with a denial, or, opening with no
        affirmation, its first clause holds one (市场上没有这样的产品)."""
        if any(opening.startswith(w) for w in self.denials):
            return True
        if any(opening.startswith(w) for w in self.affirmations):
            return False
        clause = opening[: next((i for i, ch in enumerate(opening) if ch in _CLAUSE_END), len(opening))]
        return any(w in clause for w in self.denials)


@cache
def answer_words() -> AnswerWords:
    """The shipped asker, answerer, denial, affirmation and refutation classes in Simplified script."""
    classes = shipped_classes()

    def simplified(name: str) -> tuple[str, ...]:
        return tuple(dict.fromkeys(convert_script(w, "t2s") for w in classes[name].words))

    leads = tuple(sorted(simplified("answer_lead"), key=len, reverse=True))
    return AnswerWords(*(simplified(n) for n in ("asker", "answerer", "denial", "affirmation", "refutation")), leads)


@dataclass(frozen=True, slots=True)
class Hit:
    """One thing a condition found: where, the concrete detail, the claims involved."""

    spans: tuple[Span, ...]
    detail: str | Say = ""  # put into words in the reader's language by the engine
    claim_ids: tuple[str, ...] = ()
    severity: Severity | None = None  # overrides the rule's severity (e.g. a pattern that timed out)


@dataclass(frozen=True, slots=True)
class Evidence:
    """Why a trigger holds: where in the text, and which claims."""

    spans: tuple[Span, ...] = ()
    claim_ids: tuple[str, ...] = ()


@dataclass
class Context:
    """A document prepared for rule evaluation; built once per ``comply`` call."""

    result: DocumentResult
    facts: dict[str, Evidence | None] = field(default_factory=dict)
    cache: dict[str, object] = field(default_factory=dict)
    _phrase_hits: dict[int, list[tuple[int, int]]] = field(default_factory=dict)
    _phrase_spans: dict[int, list[Span]] = field(default_factory=dict)

    @cached_property
    def folded(self) -> FoldedText:
        return FoldedText.build(self.result.simplified)

    @cached_property
    def _titles(self) -> tuple[list[int], list[int]]:
        """Starts and ends of the cited titles 《…》 (sorted, non-overlapping), for bisect."""
        spans = [m.span() for m in _TITLE.finditer(self.result.simplified)]
        return [a for a, _ in spans], [b for _, b in spans]

    @cached_property
    def fund(self) -> FundFacts:
        """The promoted fund as the text describes it (type, equity share, benchmark)."""
        return fund_facts(self.result)

    @cached_property
    def performance(self) -> PerformanceIndex:
        """Which claims present performance, and whose."""
        return PerformanceIndex(self.result, self.fund, self._simulated(), performance_words(), self._mentioned)

    def _mentioned(self, span: Span) -> bool:
        """Whether a figure at an original span is asked, reported and denied, wished or forbidden (see ``asked``):
        mentioned, not presented as the piece's figure."""
        offsets = self.result._offsets
        start = span.start
        if offsets is not None and hasattr(offsets, "to_original"):
            start = bisect.bisect_left(range(len(self.result.simplified)), span.start, key=offsets.to_original)
        return self.asked(self.folded.at_or_after(start))

    def _simulated(self) -> list[Span]:
        """From a what-if or back-test cue (如果, 假设, 回测) with an investing verb after it in its
        sentence, to the end of its line: figures there are simulated."""
        classes = shipped_classes()
        cues = self.class_hits("hypothetical", classes["hypothetical"])
        verbs = self.class_hits("invest_verb", classes["invest_verb"])
        starts = [a for a, _ in verbs]
        text = self.result.simplified
        out: list[Span] = []
        for a, b in cues:
            j = bisect.bisect_left(starts, b)
            if j < len(starts) and self.clause_index(starts[j], True) == self.clause_index(a, True):
                start = self.folded.source(a)
                end = text.find("\n", start)
                out.append(self.result.span_from_simplified(start, len(text) if end < 0 else end))
        return out

    @property
    def _asked(self) -> frozenset[int]:
        """Sentences that ask rather than say: a question (ending in ？) on a line an asker speaks
        (客户：这只基金能保本吗？, 问：…), or one whose answer, the next sentence, opens with a denial
        (能保本吗？——不能，本基金不保本)."""
        return self._answers[0]

    def affirmed(self, folded_pos: int) -> bool:
        """Whether a folded position stands in a question whose answer, the next sentence, opens by taking
        it up (可唔可以買？——可以): what the question asks is said."""
        return self.clause_index(folded_pos, True) in self._answers[1]

    @cached_property
    def _answers(self) -> tuple[frozenset[int], frozenset[int]]:
        """(questions asked, questions affirmed by their answer), as sentence indices (see ``_asked``)."""
        words = answer_words()
        askers, answerers, affirmations = words.askers, words.answerers, words.affirmations
        text = self.result.simplified
        spans = self.sentences.spans
        out, affirmed = set(), set()

        def label_opens_line(pos: int) -> bool:
            return self.sentences.line_start(pos) == pos

        for i, (a, b) in enumerate(spans):
            if not text[a:b].rstrip().endswith(("?", "？")):
                continue
            opening = label = ""
            if i + 1 < len(spans):
                na, nb = spans[i + 1]
                label = _speaker(text, na)
                opening = words.answer_opening(text[na + (len(label) + 1 if label else 0) : nb])
            if words.denies(opening):
                out.add(i)  # denied by its answer
            elif any(opening.startswith(w) for w in affirmations):
                affirmed.add(i)  # the answer takes the question up: said (能保本吗？——放心，能)
            else:
                head = _speaker(text, self.sentences.line_start(a))
                if head and any(w in head for w in askers) and not any(w in head for w in answerers):
                    out.add(i)
                elif (head and not any(w in head for w in answerers) and label and label != head
                      and label_opens_line(spans[i + 1][0])):
                    # a dialogue: a speaker who is not the seller asks (李姐：和定期比哪个收益高？), another answers
                    # without taking the question up as said: the question is the asker's, not the seller's claim
                    out.add(i)
        return frozenset(out), frozenset(affirmed)

    def asked(self, folded_pos: int) -> bool:
        """Whether a folded position stands in a sentence that asks rather than says (see ``_asked``),
        in a claim its sentence reports and then denies (see ``refuted``), in a wish the sentence turns
        down (see ``wished``), or in a clause that forbids it (see ``prohibited``)."""
        return (self.clause_index(folded_pos, True) in self._asked or self.refuted(folded_pos)
                or self.wished(folded_pos) or self.prohibited(folded_pos))

    def prohibited(self, folded_pos: int) -> bool:
        """Whether the words at a folded position stand in a clause that opens with a prohibitor (不要因为七日年化比
        活期高就把它当成活期存款; 切勿…): the whole clause is what the reader is told not to do or think."""
        words = self.class_hits("prohibitor", shipped_classes()["prohibitor"])
        clause = self.clause_index(folded_pos)
        opening = self.folded.at_or_after(self.sentences.clause_starts[clause]) if clause >= 0 else 0
        i = bisect.bisect_left(words, opening, key=lambda h: h[0])
        return i < len(words) and words[i][0] == opening and words[i][1] <= folded_pos

    def wished(self, folded_pos: int) -> bool:
        """Whether the words at a folded position are a wish put as a condition and turned down later in the
        sentence (如果您需要保本，请选择存款，而不是本基金; 若您追求稳赚不赔，本基金并不适合您): a condition word,
        then a wish word, then the words, in one clause, and a negating word in a later clause of the sentence."""
        classes = shipped_classes()
        wishes = self.class_hits("wish", classes["wish"])
        i = bisect.bisect_right(wishes, folded_pos, key=lambda h: h[0]) - 1
        if i < 0 or folded_pos - wishes[i][1] > WISH_REACH:
            return False
        clause = self.clause_index(folded_pos)
        wish = wishes[i][0]
        if self.clause_index(wish) != clause:
            return False
        conditions = self.class_hits("condition", classes["condition"])
        j = bisect.bisect_right(conditions, wish, key=lambda h: h[0]) - 1
        if j < 0 or conditions[j][1] > wish or self.clause_index(conditions[j][0]) != clause:
            return False
        negators = self.class_hits("negator", classes["negator"])
        sentence = self.clause_index(folded_pos, True)
        k = bisect.bisect_right(negators, folded_pos, key=lambda h: h[0])
        while k < len(negators) and self.clause_index(negators[k][0], True) == sentence:
            if self.clause_index(negators[k][0]) != clause:
                return True
            k += 1
        return False

    def refuted(self, folded_pos: int) -> bool:
        """Whether the words at a folded position are a claim reported from others, or named as a saying, and
        denied later in its sentence (有人说“买基金稳赚不赔”，这是错误的说法; 很多人觉得货币基金就是存款，其实不是;
        任何保证收益的说法都属于违规宣传)."""
        if self._quoted_denied and self._in_quoted_denied(self.folded.source(folded_pos)):
            return True
        classes = shipped_classes()
        refutations = self.class_hits("refutation", classes["refutation"])
        if not refutations:
            return False
        sentence = self.clause_index(folded_pos, True)
        reported = self.class_hits("reported", classes["reported"])
        i = bisect.bisect_left(reported, folded_pos, key=lambda h: h[0]) - 1
        after = folded_pos
        if i < 0 or self.clause_index(reported[i][0], True) != sentence:
            # or the claim named as a saying right after it (保证收益的说法…违规): the refutation follows the name
            nouns = self.class_hits("claim_noun", classes["claim_noun"])
            k = bisect.bisect_right(nouns, folded_pos, key=lambda h: h[0])
            if not (k < len(nouns) and nouns[k][0] - folded_pos <= CLAIM_NOUN_REACH
                    and self.clause_index(nouns[k][0], True) == sentence):
                return False
            # or the saying opened by a refutation in its clause (不存在…的说法): every word between them is denied
            b = bisect.bisect_right(refutations, folded_pos, key=lambda h: h[0]) - 1
            if (b >= 0 and refutations[b][1] <= folded_pos and nouns[k][0] - refutations[b][1] <= CLAIM_NOUN_REACH
                    and self.clause_index(refutations[b][0]) == self.clause_index(nouns[k][0])):
                return True
            after = nouns[k][1] - 1
        j = bisect.bisect_right(refutations, after, key=lambda h: h[0])
        return j < len(refutations) and self.clause_index(refutations[j][0], True) == sentence

    @cached_property
    def _quoted_denied(self) -> list[tuple[int, int]]:
        """Simplified spans of quoted claims that the piece denies (“养老基金=保本”：不是！; 「穩賺不賠」？錯; 坊间
        有“定投稳赚”一说，这是误解; “稳赚”这种话，正规机构都不会说): a myth quoted to be knocked down, not the
        piece's claim. Denied right after its closing quote, by a negation before it in its clause (我们不会用“收益
        翻倍”这样的话), or by a refutation later in the quote's sentence or opening the next one. One pass over the
        quotes."""
        words = answer_words()
        text = self.result.simplified
        sentences = self.sentences
        negation = Negation(window=REFUTE_OPENING)
        out: list[tuple[int, int]] = []
        for m in _QUOTED.finditer(text):
            after = text[m.end() : m.end() + 16].lstrip(_AFTER_QUOTE)
            # a bare denial must stand as the whole answer (：不是！), so “翻倍”不是梦 stays said
            if any(after.startswith(w) and after[len(w) : len(w) + 1] in _ANSWER_END for w in words.denials) or any(
                after.startswith(w) or after.startswith("是" + w) for w in words.refutations
            ):
                out.append((m.start(), m.end()))
                continue
            # a quote labelled a myth before it on its line (常见误区一：“债基稳赚不赔”; 迷思：「穩賺」)
            line_start = text.rfind("\n", 0, m.start()) + 1
            label = text[max(line_start, m.start() - REFUTE_OPENING) : m.start()]
            if any(w in label for w in words.refutations):
                out.append((m.start(), m.end()))
                continue
            # a quote a negation before it in its clause denies (我们不会用“收益翻倍”这样的话), and each quote of a list
            # right after a denied one (…“收益翻倍”“稳稳的幸福”…)
            if (out and out[-1][1] == m.start()) or self.is_negated(self.folded.at_or_after(m.start()), negation):
                out.append((m.start(), m.end()))
                continue
            i = sentences.index_at(m.start())
            rest = text[m.end() : sentences.spans[i][1]]
            if i + 1 < len(sentences.spans):
                na = sentences.spans[i + 1][0]
                rest += "\n" + text[na : na + REFUTE_OPENING]
            if any(w in rest for w in words.refutations):
                out.append((m.start(), m.end()))
        return out

    def _in_quoted_denied(self, simplified_pos: int) -> bool:
        spans = self._quoted_denied
        i = bisect.bisect_right(spans, (simplified_pos, len(self.result.simplified))) - 1
        return i >= 0 and spans[i][0] <= simplified_pos < spans[i][1]

    def asked_at(self, simplified_pos: int) -> bool:
        """``asked`` for a Simplified-text offset."""
        return self.sentences.index_at(simplified_pos) in self._asked

    @cached_property
    def claims_by_id(self) -> dict[str, Claim]:
        return {c.id: c for c in self.result.claims}

    @cached_property
    def _claim_spans(self) -> list[tuple[int, int]]:
        return sorted((c.span.start, c.span.end) for c in self.result.claims)

    def claim_within(self, span: Span) -> bool:
        """Whether a claim's figure lies inside ``span`` (original offsets; bisect over sorted claims)."""
        spans = self._claim_spans
        i = bisect.bisect_left(spans, (span.start, -1))
        return i < len(spans) and spans[i][1] <= span.end

    def span_of_folded(self, start: int, end: int) -> Span:
        """Original-text span of a folded range."""
        s_start, s_end = self.folded.to_simplified(start, end)
        return self.result.span_from_simplified(s_start, s_end)

    def quote(self, span: Span) -> str:
        return span.slice(self.result.text)

    @cached_property
    def occurrences(self) -> Occurrences:
        """Every registered word's occurrences in the folded text: the one automaton pass."""
        return LEXICON.scan(self.folded.text)

    @cached_property
    def numbers(self) -> dict[int, int]:
        return number_runs(self.folded.text)

    @cached_property
    def sentences(self) -> Sentences:
        """Sentences and clauses of the Simplified text (the one definition claims use too)."""
        return split_sentences(self.result.simplified)

    @cached_property
    def _words(self) -> WordBoundaries:
        return word_boundaries(self.result.simplified, [])

    def class_hits(self, name: str, word_class: WordClass) -> list[tuple[int, int]]:
        """Folded ``(start, end)`` of the class's words outside its ``except`` words (a one-character
        word only where a segmented word starts or ends); sorted by start, overlaps kept (cached per
        class and document)."""
        key = f"class:{name}:{id(word_class)}"
        cached = self.cache.get(key)
        if cached is not None:
            return cached  # type: ignore[return-value]
        words, excepts = word_class.folded()
        occ = self.occurrences
        hits: list[tuple[int, int]] = []
        for word in words:
            for start in occ.of(word):
                end = start + len(word)
                if any(covered(occ.of(x), len(x), start, end) for x in excepts):
                    continue
                # a one-character word must start or end a segmented word (涨 in 再涨, 赚 in 赚个; not
                # 稳 in 稳健方法 mid-word); the class's except list tells the rest apart (能源, 包括), as
                # it does for longer words (jieba glues 比存银行 as 比存/银行)
                if len(word) == 1:
                    pos = self.folded.source(start)
                    if not (self._words.is_boundary(pos) or self._words.is_boundary(pos + 1)):
                        continue
                hits.append((start, end))
        hits.sort(key=lambda h: (h[0], -h[1]))  # at one start, the longest word first (赚钱 before 赚)
        self.cache[key] = hits
        return hits

    def slot_hits(self, name: str, word_class: WordClass | None) -> list[tuple[int, int]]:
        """Folded hits of a rule's slot: the built-in ``figure``, ``multiple``, ``price`` or ``level``, else a word
        class."""
        if name == "figure":
            return self.figure_hits()
        if name == "multiple":  # a figure in 倍 (存单的两三倍, 2倍于)
            return [(a, b) for a, b in self.figure_hits() if self.folded.text[b - 1] == "倍"]
        if name == "price":
            return self.figure_hits(PRICE_UNITS)
        if name == "level":
            key = "levels"
            if key not in self.cache:
                self.cache[key] = [m.span() for m in _LEVEL.finditer(self.folded.text)]
            return self.cache[key]  # type: ignore[return-value]
        assert word_class is not None
        return self.class_hits(name, word_class)

    def class_scopes(self, name: str, word_class: WordClass, sentence: bool = False) -> set[int]:
        """The clauses (or sentences) holding a word of the class (cached per class and document)."""
        key = f"scopes:{name}:{id(word_class)}:{sentence}"
        scopes = self.cache.get(key)
        if scopes is None:
            hits = self.class_hits(name, word_class)
            scopes = self.cache[key] = {self.clause_index(a, sentence) for a, _ in hits}
        return scopes  # type: ignore[return-value]

    def line_end(self, folded_pos: int) -> int:
        """The folded offset where the line holding a folded position ends."""
        lines = self.sentences.line_starts
        i = bisect.bisect_right(lines, self.folded.source(folded_pos))
        if i >= len(lines):
            return len(self.folded.text)
        return self.folded.at_or_after(lines[i] - 1)

    def figure_hits(self, units: tuple[str, ...] = FIGURE_UNITS) -> list[tuple[int, int]]:
        """Folded ``(start, end)`` of figures with one of ``units`` (20%, 3个百分点, 2倍; 1.5元 for
        PRICE_UNITS); figures in Chinese numerals too (三四成, 四厘)."""
        key = f"figures:{units}"
        cached = self.cache.get(key)
        if cached is None:
            text = self.folded.text
            runs = sorted({(a, b) for a, b in self.numbers.items() if a == 0 or not text[a - 1].isdigit()})
            cached = []
            for start, end in runs:
                if text[start - 1 : start] == "." and start > 1 and text[start - 2].isdigit():
                    continue
                # a round sum said with 多 or 余 before its unit (130多万, 20余倍) is a figure all the same
                at = end + 1 if text[end : end + 1] in _ROUGHLY else end
                unit = next((u for u in units if text.startswith(u, at)), None)
                if unit is not None:
                    cached.append((start, at + len(unit)))
            if units == FIGURE_UNITS:
                cached += [m.span() for m in _CHINESE_FIGURE.finditer(text)]
                cached.sort()
            elif units == PRICE_UNITS:
                cached += [m.span() for m in _CHINESE_PRICE.finditer(text)]
                cached.sort()
            self.cache[key] = cached
        return cached  # type: ignore[return-value]

    def clause_index(self, folded_pos: int, sentence: bool = False) -> int:
        """Which clause (or sentence) of the Simplified text holds a folded position."""
        pos = self.folded.source(folded_pos)
        starts = self.sentences.starts if sentence else self.sentences.clause_starts
        return bisect.bisect_right(starts, pos) - 1

    def clause_start(self, folded_pos: int) -> int:
        """The folded offset where the clause holding a folded position starts."""
        starts = self.sentences.clause_starts
        i = bisect.bisect_right(starts, self.folded.source(folded_pos)) - 1
        return self.folded.at_or_after(starts[i]) if i >= 0 else 0

    def find(self, phrases: PhraseSet) -> list[tuple[int, int]]:
        """Folded hits of a phrase set (cached per set, so shared anchors are searched once)."""
        key = id(phrases)
        if key not in self._phrase_hits:
            ends = _CLAUSE_END if phrases.solid else _SENTENCE_END if phrases.gapless else _FULL_STOP

            def accept(a: int, b: int, loose: bool) -> bool:
                # a hit of a solid phrase of a mixed set still stops at a clause end
                return (
                    not self._crosses(a, b, ends)
                    and (loose or not self._crosses(a, b, _CLAUSE_END))
                    and not self.in_boilerplate(a, b)
                )

            hits = phrases.matches(self.folded, self.occurrences, self.numbers, accept)
            self._phrase_hits[key] = [(a, b) for a, b, _ in hits]
        return self._phrase_hits[key]

    def in_boilerplate(self, start: int, end: int) -> bool:
        """Whether a folded hit stands in a broker's boilerplate section of a PDF or Word input (分析师声明,
        免责声明 …): a broker's 「投资有风险」 there is not the piece's own risk warning (analyzer.ingest)."""
        layout = self.result._layout
        if layout is None or not getattr(layout, "regions", None):
            return False
        return layout.region_at(self.span_of_folded(start, end), frozenset({"boilerplate"})) is not None

    def _crosses(self, start: int, end: int, ends: frozenset[str]) -> bool:
        """Whether a folded hit spans a dropped sentence end (「回撤低。风险提示」 is not 「低风险」). Words
        written together stop at any clause end (「保险，资金」 is not 「保险资金」), those written with
        their own punctuation at a sentence end, and a phrase with gaps (「错过…再等」 over
        「错过这一次！再等五年」) only at a full stop or a line end."""
        a, b = self.folded.to_simplified(start, end)
        return any(c in ends for c in self.result.simplified[a:b])

    def find_spans(self, phrases: PhraseSet) -> list[Span]:
        """Original-text spans of a phrase set's hits (cached like ``find``)."""
        key = id(phrases)
        if key not in self._phrase_spans:
            self._phrase_spans[key] = [self.span_of_folded(a, b) for a, b in self.find(phrases)]
        return self._phrase_spans[key]

    def in_title(self, folded_start: int) -> bool:
        """Whether a folded position lies inside a cited title 《…》."""
        pos = self.folded.source(folded_start)
        starts, ends = self._titles
        i = bisect.bisect_left(starts, pos) - 1
        return i >= 0 and pos < ends[i]

    def is_negated(
        self, folded_start: int, negation: Negation, folded_end: int | None = None, words: NegationWords | None = None
    ) -> bool:
        """Whether a negating word (``negator``) stands before a hit, within the window and the same clause, or
        (given the hit's end) a denying word (``denier``) right after it. ``words`` default to the shipped ones."""
        words = words or negation_words(shipped_classes())
        text = self.result.simplified
        end = self.folded.source(folded_start)
        window = self._clause_before(text, end, negation.window, negation, words)
        if any(cue in window for cue in words.cues):
            return True
        if self._listed_after_cue(text, end, negation, words):
            return True
        return folded_end is not None and self.denied_after(folded_end, negation, words)

    @staticmethod
    def _clause_before(text: str, end: int, width: int, negation: Negation, words: NegationWords) -> str:
        """Up to ``width`` characters before ``end`` within its clause, ignored words blanked."""
        window = text[max(0, end - width) : end]
        for i in range(len(window) - 1, -1, -1):
            if window[i] in negation.boundaries:
                window = window[i + 1 :]
                break
        for word in words.ignore:
            window = window.replace(word, "\x00" * len(word))
        return window

    def _listed_after_cue(self, text: str, end: int, negation: Negation, words: NegationWords) -> bool:
        """Whether the hit is a later item of a list whose head a cue denies, in its clause
        (「不构成对投资者的收益承诺或保本承诺」: 不构成 denies both)."""
        window = self._clause_before(text, end, negation.list_window, negation, words)
        last = max((window.rfind(cue) for cue in words.cues), default=-1)
        if last < 0:
            return False
        between = window[last:]
        return any(word in between for word in negation.coordinators)

    def denied_after(self, folded_end: int, negation: Negation, words: NegationWords | None = None) -> bool:
        """Whether a denying word (并不意味, 不代表) follows a hit closely, in its clause."""
        after = (words or negation_words(shipped_classes())).after
        text = self.result.simplified
        start = self.folded.source(folded_end - 1) + 1
        window = text[start : start + negation.after_window + max(map(len, after), default=0)]
        for i, ch in enumerate(window):
            if ch in negation.boundaries:
                window = window[:i]
                break
        return any(0 <= window.find(word) <= negation.after_window for word in after)
