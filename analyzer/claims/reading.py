"""How a value's clause reads: its leading words, topic chains it continues, the name a bracket or share class
belongs to, whether a security is named before a move."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from typing import TYPE_CHECKING

from analyzer.claims import pairing
from analyzer.claims.clause_words import (
    group_ends,
    list_start,
    opener_at,
    predicate_words,
    scope_place_end,
    starts_with_pronoun,
    trailing_adverbs_start,
)
from analyzer.claims.named import Named, clause_topic, plain_words
from analyzer.claims.slash import amount_before_slash, amount_restated
from analyzer.claims.subject import is_listed_fund, is_share_class, time_words
from analyzer.extract.base import Hit
from analyzer.han import HAN, is_han
from analyzer.normalize.convert import both_scripts
from analyzer.types import MentionKind

if TYPE_CHECKING:
    from analyzer.claims.document import Doc
    from analyzer.claims.draft import Draft, State
    from analyzer.claims.topic_chain import Head


#: a noun of a ratio or rate written before a figure (期间费用率, 资本充足率): it names what the figure is
_RATIO_WORD = re.compile(f"[{HAN}]{{1,8}}?[率差]")


#: how far before its value a ratio's noun is looked for: far past any written clause, and a bound, so a
#: clause that never ends (a table row of thousands of cells) costs each value a fixed scan, not the row
RATIO_WORD_REACH = 200


def own_ratio_word(doc: Doc, start: int, end: int) -> tuple[int, int] | None:
    """Where a ratio's noun (…率, …差) stands in ``[start, end)`` (the value's own clause before it)."""
    found = list(_RATIO_WORD.finditer(doc.text, max(start, end - RATIO_WORD_REACH), end))
    return found[-1].span() if found else None


def heads_own(doc: Doc, pos: int) -> bool:
    """「南向资金净买入58亿港元,腾讯控股遭净卖出5亿港元」: a clause headed by its own name and predicate
    is that name's, not the flow's of the figure before it."""
    own = doc.chains.own(pos)
    return own is not None and own.named is not None and own.predicate is not None


#: the kinds of name a pronoun with a noun of its own (该指数, 该基金) points back to
PRONOUN_KINDS: dict[str, frozenset[str]] = {
    "指数": frozenset({"index"}),
    "指數": frozenset({"index"}),
    "基金": frozenset({"fund", "etf"}),
}


def lead_pronoun(doc: Doc, value_start: int) -> str | None:
    """The pronoun the value's clause starts with (该指数, 其), if any."""
    c_start, _ = doc.sentences.clause_at(value_start)
    return starts_with_pronoun(doc.text[c_start:value_start].strip(" \t“”\"'"))


def own_lead(doc: Doc, value_start: int) -> str:
    """The leading words of the value's clause when they read as a name (the shape ``clause_topic``
    accepts, no predicate, pronoun, opener or period word): words the topic chain passes over, which
    may name another subject; "" otherwise."""
    found = doc.own_leads.get(value_start)
    if found is None:  # asked by several subject rules for one figure: read once
        c_start, _ = doc.sentences.clause_at(value_start)
        found = doc.own_leads[value_start] = _lead_name(doc, c_start, value_start)
    return found


def _lead_name(doc: Doc, start: int, end: int) -> str:
    """The leading words of ``[start, end)`` when they read as a name, "" otherwise."""
    topic = clause_topic(doc.text, start, lead_end(doc, start, end))
    if topic is None:
        return ""
    words = doc.text[topic[0] : topic[1]]
    if starts_with_pronoun(words) or opener_at(words, 0) or words.startswith(time_words()):
        return ""
    return words


def in_chain(doc: Doc, source: int, hit_start: int) -> bool:
    """True when words at ``source`` (time words of an earlier clause) lie in the topic chain the
    figure's clause continues, from its head on (鸿海今天走势震荡,终场上涨1元收171.5元), or in the clause
    its own head mirrors (台积电今天跌2.28%,台达电跌3.43%: parallel clauses of one session)."""
    chains, clause_at = doc.chains, doc.sentences.clause_at
    c_source = clause_at(source)[0]
    own, chain = chains.own(hit_start), chains.chain(hit_start)
    if own is None:
        return chain is not None and doc.sentences.clauses[chain.head.clause][0] <= c_source
    mirrored = chains.parallel_head(hit_start)
    return mirrored is not None and doc.sentences.clauses[mirrored.clause][0] == c_source


def day_in_clean_chain(doc: Doc, source: int, hit_start: int) -> bool:
    """claims15b: True when words at ``source`` stand in the topic chain the figure's clause continues (no
    head of its own), from its head on, and nothing between the head and the figure may have changed the
    topic: no other name (``Chain.other``), no words of no predicate (``unread_lead``), no leading words of
    the figure's clause that read as a name (``own_lead``)."""
    chains = doc.chains
    chain = chains.chain(hit_start)
    if chain is None or chains.own(hit_start) is not None or chain.other is not None:
        return False
    if doc.sentences.clauses[chain.head.clause][0] > doc.sentences.clause_at(source)[0]:
        return False
    return not unread_lead(doc, chain.head, hit_start) and not own_lead(doc, hit_start)


def unread_lead(doc: Doc, head: Head, value_start: int) -> str:
    """Words of no predicate that a topic chain passes over from its head to the value: in each clause
    after the head's holding a figure, up to its first value (恒指收报19900点,内房股普遍下跌2%: 内房股), words
    ``names_nothing`` does not account for; in a clause with no figure, leading words that read as a
    name (航运股集体走强). They may name another subject. "" when there are none."""
    sentences = doc.sentences
    c_start, _ = sentences.clause_at(value_start)
    k = max(0, bisect_left(sentences.clause_starts, c_start + 1) - 1)
    j, words = _unread_back(doc, k, head.clause)
    return words if j > head.clause else ""


def _unread_back(doc: Doc, k: int, floor: int) -> tuple[int, str]:
    """The nearest clause at or before ``k`` and after ``floor`` holding words that may name someone, and
    the words; (``floor``, "") when none does. Each clause is read once: what a run of clauses held is
    kept in ``doc.unread_back`` (a clause with such words, or, with "", the clause the search stopped
    above), so a sentence of many clauses stays linear."""
    pending: list[int] = []
    found: tuple[int, str] | None = None
    while k > floor:
        known = doc.unread_back.get(k)
        if known is not None:
            if known[1]:
                found = known
                break
            pending.append(k)
            k = known[0]  # none down to there: go on below it
            continue
        words = _clause_unread(doc, *doc.sentences.clauses[k])
        if words:
            found = (k, words)
            break
        pending.append(k)
        k -= 1
    result = found if found is not None else (max(k, floor), "")
    for p in pending:
        doc.unread_back[p] = result
    return result if result[0] > floor else (floor, "")


def own_unread(doc: Doc, value_start: int) -> str:
    """``unread_lead`` of the value's own clause alone (a subject carried over a semicolon)."""
    return _clause_unread(doc, *doc.sentences.clause_at(value_start))


def _clause_unread(doc: Doc, start: int, end: int) -> str:
    i = bisect_left(doc.value_starts, start)
    if i < len(doc.value_starts) and doc.value_starts[i] < end:
        runs = doc.unread_runs(start, doc.value_starts[i])
        # one letter left over is the end of a word read in part (收市, 成交值), no name; nor is a count
        # with an ordinal (派第四次, as ``named`` reads no topic with one)
        # a bare kind noun (指数, 基金) refers back to the head, as 该指数 does
        named = (
            w
            for w in runs
            if len(w) > 1 and not w.isdigit() and "第" not in w and w not in PRONOUN_KINDS and not predicate_words(w)
        )
        return next(named, "")
    # a clause with no figure mostly describes the head (其后回落); one led by a name is another's
    while end > start and not doc.text[end - 1].isalnum():
        end -= 1
    # claims15b: read past the session or time words it opens with (尾盘电子股续强), a list of words leading
    # it (内银及内房股普遍回软) and a group named before words no cue reads (内银股普遍受压): each names others
    # that the chain's later figures may belong to
    lead = _past_session_words(doc, start, end)
    # (past session words only a list or a group word counts: 午盘后买气回笼 is the market's, no one else's)
    return _lead_name(doc, start, end) or _lead_list(doc, lead, end) or _lead_group(doc, lead, end)


def _past_session_words(doc: Doc, start: int, end: int) -> int:
    """Where the words of ``[start, end)`` begin past the spaces, opener, time and session words it opens
    with (尾盘|电子股续强); ``start`` when it opens with none or holds nothing else."""
    pos = opener_at(doc.text, start)
    while pos < end:
        if doc.text[pos] in " \t“”\"'":
            pos += 1
            continue
        span = doc.metrics.session.span_at(pos)
        times = doc.times_between(pos, end)
        if span is not None and span[0] == pos:
            pos = span[1]
        elif times and times[0].start == pos:
            pos = times[0].end
        else:
            break
    return pos if pos < end else start


def _lead_list(doc: Doc, start: int, end: int) -> str:
    """The list of words leading ``[start, end)`` (内银、内房股|普遍回软) when each item reads as a name; ""
    otherwise."""
    lead = trailing_adverbs_start(doc.text, start, lead_end(doc, start, end))
    parts = pairing.split_list(doc.text, start, lead)
    if len(parts) < 2 or any(clause_topic(doc.text, a, b) != (a, b) for a, b in parts):
        return ""
    return doc.text[start:lead]


def _lead_group(doc: Doc, start: int, end: int) -> str:
    """The name of a group leading ``[start, end)``, up to its group word (内银股|普遍受压, 航运板块|走强), when
    no cue stops the leading words before the clause's end; "" otherwise."""
    text, stop = doc.text, min(end, start + _GROUP_REACH)
    for g in group_ends():
        at = text.find(g, start, stop)
        if at > start + 1:
            topic = clause_topic(text, start, at + len(g))
            if topic is not None and topic[0] == start:
                return text[topic[0] : topic[1]]
    return ""


#: how far into a clause with no figure a group word (股, 板块) is looked for
_GROUP_REACH = 8


def name_follows_name(doc: Doc, named: Named, value_start: int) -> str:
    """Words right after the name ``named`` that read as a name of their own before the figure's cue,
    time or direction (AI概念股广达翻红…涨, 加权指数电子股大涨: a group, then one of its members); ""
    when nothing stands there or the words read as no name (台积电终场股价大涨: a session and a cue)."""
    end = lead_end(doc, named.end, value_start)
    topic = clause_topic(doc.text, named.end, end) if end > named.end else None
    return doc.text[topic[0] : topic[1]] if topic is not None else ""


def slash_base(doc: Doc, draft: Draft, state: State) -> Draft | None:
    """The amount a slash pairs with this growth (收入28.73亿元/-4.46%), if any."""
    if draft.metric != "growth_yoy" or draft.hit.kind != MentionKind.PERCENT:
        return None
    return amount_before_slash(doc.text, draft.hit.start, state.sentence)  # type: ignore[return-value]


def restated_base(doc: Doc, hit: Hit, state: State) -> Draft | None:
    """The amount this money figure restates in another currency (成交25亿元人民币(等值3.5亿美元)), if any."""
    if hit.kind != MentionKind.MONEY:
        return None
    words = both_scripts(doc.metrics.vocab.equivalence_words)
    return amount_restated(doc.text, hit.start, state.sentence, words)  # type: ignore[return-value]


def scopes_clause(doc: Doc, t: Hit, hit_start: int) -> bool:
    """True when time words of an earlier clause date the figure: they open the sentence (2026年一季度,
    A股…,其中沪深300下跌3.9%), are the item's dateline, make a clause of their own (4月末,M2余额…;
    从上半年来看,…), or stand in the clause right before, whose subject this clause continues."""
    s_start, _ = doc.sentences.span_at(hit_start)
    if not any(ch.isalnum() for ch in doc.text[s_start : t.start]) or doc.is_dateline(t):
        return True
    t_start, t_end = doc.sentences.clause_at(t.start)
    return doc.names_nothing(t_start, t_end) or chain_continues(doc, t.start, hit_start)


def chain_continues(doc: Doc, source: int, hit_start: int) -> bool:
    """A topic chain the figure's own clause continues (恒指低开102点,开报20160点; 营收…,按年升6%):
    the subject (a name or the figure at ``source``) is in the figure's clause or the one right before
    it, no other value lies between, and the figure's clause before it names nothing of its own
    (``names_nothing``). Then the subject counts as read in the figure's own clause."""
    c_start, _ = doc.sentences.clause_at(hit_start)
    if not doc.names_nothing(c_start, hit_start):
        return False
    if source < c_start and bisect_left(doc.value_starts, hit_start) > bisect_right(doc.value_starts, source):
        return False  # another value between the subject's clause and this one
    # the clause before, or through lead-in clauses that name nothing (其2020-2024年业绩为:78.71%,…)
    start = c_start
    for _ in range(_LEAD_INS + 1):
        if start <= 0:
            return False
        previous_start, previous_end = doc.sentences.clause_at(start - 1)
        if source >= previous_start:
            return True
        if not doc.names_nothing(previous_start, previous_end):
            return False
        start = previous_start
    return False


#: how many clauses that name nothing (a lead-in, 其…业绩为:) may stand between a subject and its chain
_LEAD_INS = 2


#: how many characters a name before a bracketed value may have (综合金融(32.16%), 食品饮料(-5.13%))
_BRACKET_NAME = 8
#: claims13b: a Latin name is longer in characters for as many syllables (HKEHOLDINGS(16.28%))
_BRACKET_LATIN_NAME = 16
#: how far a bracket may reach on either side of a value it holds (AMD(+52.5%、+947.6%), 国巨(2月收入同比+161%,下同))
_BRACKET_REACH = 30
#: what a bracket of figures may not hold: a sentence's end, or another bracket
_NOT_IN_BRACKET = re.compile(r"[()。;!?\n]")
#: what may stand right before a Latin name of a bracket of figures (、AMD(…), :Intel(…))
_BEFORE_LATIN_NAME = frozenset("、,:;和与及 \t\n")


def figure_bracket(doc: Doc, hit: Hit) -> int | None:
    """Where the bracket holding ``hit`` opens, when it holds figures and names nothing of its own
    (AMD(+52.5%、+947.6%), 国巨(2月收入同比+161%,下同)); None when the value stands in no such bracket."""
    text = doc.text
    opened = text.rfind("(", max(0, hit.start - _BRACKET_REACH), hit.start)
    if opened < 2:
        return None
    closed = text.find(")", hit.end, hit.end + _BRACKET_REACH)
    if closed < 0 or _NOT_IN_BRACKET.search(text, opened + 1, hit.start):
        return None
    if _NOT_IN_BRACKET.search(text, hit.end, closed):
        return None
    if doc.names.between(opened + 1, closed):
        return None  # the bracket names its own subject
    return opened


def bracket_name(doc: Doc, hit: Hit) -> Named | None:
    """The known name that ends right where the bracket of figures holding ``hit`` opens (台积电(+19.8%、
    +29.3%)): closer to the figure than any other name of its clause."""
    opened = figure_bracket(doc, hit)
    if opened is None:
        return None
    named = doc.names.last_between(max(0, opened - _BRACKET_REACH), opened)
    return named if named is not None and named.end == opened else None


def bracket_owner(doc: Doc, hit: Hit) -> tuple[int, int] | None:
    """「综合金融(32.16%)、国防军工(16.03%)」, 「AMD(+52.5%、+947.6%)、TI(+21.7%、+57.0%)」: a value in a
    bracket opened right after words is the figure of those words, when they read as a name (no cue,
    time or known name among them, not the unit of a figure before them) and the bracket names nothing
    of its own (``figure_bracket``). The words are Chinese, or a Latin name (AMD, ASML) the registry
    need not know."""
    text = doc.text
    opened = figure_bracket(doc, hit)
    if opened is None:
        return None
    end = opened
    start = end
    while start > max(0, end - _BRACKET_NAME) and is_han(text[start - 1]):
        start -= 1
    if start == end:
        while start > max(0, end - _BRACKET_LATIN_NAME) and text[start - 1].isascii() and text[start - 1].isalpha():
            start -= 1
        # a Latin name: a word of its own, after a list's or a clause's mark (not the end of PE-TTM, of a
        # longer run of letters or digits), that is no cue of a metric
        if end - start < 2 or (start and text[start - 1] not in _BEFORE_LATIN_NAME):
            return None
        if doc.times_between(start, end) or doc.metrics.before.span_at(end - 1) is not None:
            return None
        return start, end
    owner = _words_before_bracket(doc, start, end)
    if owner is None and _item_after_bracket(text, start):
        # claims13b: 「甲乙控股(23.3%)、丙和医疗(21.6%)」: a run between a bracket of figures and the next is an
        # item of their list, the whole run its name though it holds a character that may be a function word
        owner = _words_before_bracket(doc, start, end, listed=True)
    if owner is None:
        # the words open a list (涨幅居前的是甲乙牙科(31.6%)、…): its first item starts after the opener; tried
        # only when the whole run is no name, as an opener may stand inside a name
        first = list_start(text, start, end)
        owner = _words_before_bracket(doc, first, end) if first > start else None
        if owner is None and first > start and _list_goes_on(text, hit.end):
            # claims13b: the opener and the bracket bound the first item of a list of brackets as the list's
            # marks bound the others (涨幅居前的是丙再生物(-3.1%)、…)
            owner = _words_before_bracket(doc, first, end, listed=True)
    return owner


def _list_goes_on(text: str, pos: int) -> bool:
    """Whether the bracket of figures open before ``pos`` closes right before a list mark (…(-3.1%)、)."""
    closed = text.find(")", pos, pos + _BRACKET_REACH)
    return closed >= 0 and text[closed + 1 : closed + 2] == "、"


def _item_after_bracket(text: str, start: int) -> bool:
    """Whether ``start`` follows a list mark right after a closing bracket (…(23.3%)、here)."""
    return start >= 2 and text[start - 1] == "、" and text[start - 2] == ")"


def _words_before_bracket(doc: Doc, start: int, end: int, listed: bool = False) -> tuple[int, int] | None:
    """``[start, end)`` (Chinese words right before a figure's bracket) when they read as a name; ``listed``:
    an item of a list of bracketed figures, read whole (``plain_words`` with ``function_words`` allowed)."""
    text = doc.text
    if end - start < 2 or doc.names.between(start, end) or doc.times_between(start, end):
        return None
    if start and (text[start - 1].isdigit() or text[start - 1] == "."):
        return None  # the unit of a figure before it (26.33亿元(…)), no name
    if doc.metrics.before.within(start, end) or doc.metrics.directions.within(start, end):
        return None
    # the bracket is shape enough: 有色金属(15.63%), 银行(12.62%) are names there, though a clause's
    # leading words that start with 有 or are 银行 are not
    if listed:
        return plain_words(text, start, end, function_words=True)
    return clause_topic(text, start, end) or plain_words(text, start, end)


def lead_topic(doc: Doc, c_start: int, value_start: int, mid_sentence: bool) -> tuple[int, int] | None:
    """The clause's leading words up to its first cue, time word or value, when they read as a name; never
    a place word of the economy a release covers right before the clause's time (香港|今年首季经济…): the
    words after the time name the statistic (``time_led``)."""
    first = lead_end(doc, c_start, value_start)
    if scope_place_end(doc.text, c_start) == first > c_start and time_led(doc, c_start, value_start) is not None:
        return None

    def parallel() -> bool:
        return doc.chains.parallel(c_start, doc.text[first:value_start].strip(" \t") or None, loose=True)

    return leading_name(doc, c_start, first, value_start, mid_sentence, parallel)


def time_led(doc: Doc, c_start: int, value_start: int) -> int | None:
    """Where the time words that open the clause end (4月 in 「4月整体消费物价按年上升1.3%」, 今年首季 …),
    when the clause opens with them, maybe after a place word of the economy it covers (本港3月…), and words
    stand between them and its first cue; else None."""
    times = doc.times_between(c_start, value_start)
    start = c_start
    while start < value_start and doc.text[start] in " \t":
        start += 1
    start = scope_place_end(doc.text, start)  # 本港3月…: the place is the statistic's scope, the time leads
    if not times or times[0].start != start:
        return None
    end = times[0].end
    for t in times[1:]:
        if t.start != end:
            break
        end = t.end
    while end < value_start and doc.text[end] in _TIME_ENDS:
        end += 1  # 上半年末, 3月底: the end of the period, read with it (never 末基金)
    return end if lead_end(doc, end, value_start) > end else None


#: characters that after a period name its end or start (上半年末, 月底, 年初)
_TIME_ENDS = "末底初"


def leading_name(
    doc: Doc, c_start: int, lead_end: int, value_start: int, mid_sentence: bool, parallel: Callable[[], bool]
) -> tuple[int, int] | None:
    """The words ``[c_start, lead_end)`` read as a name. After a subject earlier in the sentence, only
    words followed by the noun of an amount count (五粮液营收…), not by a change (可分派总额按年减少…),
    unless the clause mirrors the head before it (沪深300跌0.5%,万得全A跌0.7%: parallel clauses)."""
    cues = doc.metrics.before.within(c_start, value_start)
    if cues and mid_sentence and not doc.metrics.names_amount(cues[0].word) and not parallel():
        return None
    return clause_topic(doc.text, c_start, lead_end) if lead_end > c_start else None


#: a fund name that ends in a share class letter (远航成长混合A, 远航成长混合基金A类)
CLASS_END = re.compile(r"[A-Z][类類]?$")


def share_class_lead(doc: Doc, c_start: int, value_start: int) -> str | None:
    """The clause's leading words when they are just a fund's share class (「C类份额净值增长率为6.71%」)."""
    words = doc.text[c_start : lead_end(doc, c_start, value_start)].strip(" \t“”\"'")
    return f"「{words}」" if words and is_share_class(words) else None


#: what makes a bracket a note rather than a name's alias or code: a comma or colon in it
_NOTE_PUNCT = re.compile(r"[,:]")


def lead_end(doc: Doc, c_start: int, value_start: int, times: bool = True) -> int:
    """Where the clause's leading words end: at its first cue, time word (unless not ``times``: 2月CPI
    leads with a name after its time), direction, session word, bracketed note or value. Read once per clause and
    value (the topic chain, the clause's topic and its pairing all ask)."""
    key = (c_start, value_start, times)
    found = doc.lead_ends.get(key)
    if found is None:
        found = doc.lead_ends[key] = _lead_end(doc, c_start, value_start, times)
    return found


def _lead_end(doc: Doc, c_start: int, value_start: int, times: bool) -> int:
    first = value_start
    stated = doc.times_between(c_start, value_start) if times else []
    if stated:
        first = min(first, stated[0].start)
    for index in (doc.metrics.before, doc.metrics.directions, doc.metrics.session):
        start = index.first_start(c_start, value_start)
        if start is not None:
            first = min(first, start)
    moved = _relation_of_move(doc, c_start, value_start)
    if moved is not None:
        first = min(first, moved)
    qualifier = doc.metrics.first_qualifier(c_start, value_start)  # 联电盘中一度跌2元: the name is 联电
    if qualifier is not None:
        first = min(first, qualifier)
    # claims11b: a backdrop frame after leading words that hold no known name (原料受海外疫情影响同比下滑…) is why
    # the figure moved, no part of the words before it; a name among them (某股似乎受…影响) is read as before
    i = bisect_right(doc.frames, (c_start, c_start))
    if i < len(doc.frames) and doc.frames[i][0] < first:
        frame = doc.frames[i][0]
        if doc.text[c_start:frame].strip(" \t") and not doc.names.between(c_start, frame):
            first = frame
    # a bracketed note (a comma or colon in it: 某行业(剔除B股,共300家)实现营收…) that ends the leading words,
    # or only a predicate after it, is no part of the name; a bracket of a name's alias (流通中货币(M0)余额)
    # or one inside a name's words (某会(Fed)会议落幕) stays
    note = doc.text.find("(", c_start + 1, first)
    close = doc.text.find(")", note, first) if note > c_start else -1
    if (
        close > 0
        and doc.text[c_start:note].strip(" \t")
        and _NOTE_PUNCT.search(doc.text, note, close)
        and predicate_words(doc.text[close + 1 : first].strip(" \t"))
    ):
        first = note
    return first


def _relation_of_move(doc: Doc, lo: int, hi: int) -> int | None:
    """Where the first relation word in ``[lo, hi)`` (``hi``: the value) that heads a move starts (水费年增2.1%:
    年增; 出口按年升): the value or a direction word follows it or ends it. One inside a longer word
    (创下历年同期新高: 年同期 before no move) is left to the name."""
    directions = doc.metrics.directions
    for start, end in doc.metrics.relations.spans_within(lo, hi):
        if end == hi or directions.span_at(end) is not None or directions.span_at(end - 1) is not None:
            return start
    return None


#: kinds of subject whose bare move in a session report is the session's change (a company named by its
#: shape, 晶瑞股份, moves as its listed stock)
TRADED = frozenset({"stock", "hk_stock", "company", "index", "etf"})


def traded_before(doc: Doc, draft: Draft, starts: tuple[int, int], value_start: int, mid_sentence: bool) -> bool:
    """A security named in the clause before a bare move: a listed stock, index or ETF; or, for a
    price move (升/跌, a return), a company named only in the text (小鵬汽車升13%), the clause's
    leading words read as a name (聯想集團升逾12%), or a security or company named last in the
    sentence (表現最差是理想汽車,急跌逾19%): a company's share price is what moves in a session."""
    s_start, c_start = starts
    named = doc.names.between(c_start, value_start)
    if any(n.kind in TRADED or (n.kind == "fund" and is_listed_fund(doc.text[n.start : n.end])) for n in named):
        return True
    if draft.metric != "return":
        return False
    if any(n.kind == "company" for n in named):
        return True
    if not named and lead_topic(doc, c_start, value_start, mid_sentence) is not None:
        return True
    if listed_words(doc, value_start) is not None:
        return True  # 甲银行及乙银行升约1%: names listed together, each a company
    earlier = doc.names.last_between(s_start, c_start)
    return earlier is not None and earlier.kind in (*TRADED, "company")


#: how many items a list of names sharing one figure may have (平保、友邦、港交所升2%以上)
_LISTED_MOST = 10


def listed_words(doc: Doc, value_start: int) -> list[tuple[int, int, Named | None]] | None:
    """The items of a list of names that leads the value's clause and shares its one figure (「甲银行及
    乙银行升约1%」, 「平保、友邦、港交所升2%以上」): each a known name or words read as a name, joined by
    、和与及; None when the leading words are no such list or the clause holds another value."""
    text = doc.text
    c_start, c_end = doc.sentences.clause_at(value_start)
    lo, hi = bisect_left(doc.value_starts, c_start), bisect_left(doc.value_starts, c_end)
    if hi - lo != 1:
        return None
    if pairing.JOINER.search(text, c_start, value_start) is None:
        return None  # no joiner before the value: no list (the items below all lie in that range)
    start = c_start
    while start < value_start and text[start] in " \t“”\"'":
        start += 1
    start = opener_at(text, start)
    end = trailing_adverbs_start(text, start, lead_end(doc, start, value_start))  # 甲、乙均涨…: 均
    parts = pairing.split_list(text, start, end)
    if not 2 <= len(parts) <= _LISTED_MOST:
        return None
    items: list[tuple[int, int, Named | None]] = []
    for p_start, p_end in parts:
        known = [n for n in doc.names.between(p_start, p_end) if (n.start, n.end) == (p_start, p_end)]
        if known:
            items.append((p_start, p_end, known[0]))
        elif clause_topic(text, p_start, p_end) == (p_start, p_end):
            items.append((p_start, p_end, None))
        else:
            return None
    return items
