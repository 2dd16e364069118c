"""The word classes of the clause grammar (``corpora/patterns/clauses.yaml``), validated at load time:
predicates (never a name), the words of a previous value (前值), and the frames of a backdrop
(承接昨日跌势). Written once in Simplified; Traditional forms are added at load (``both_scripts``).
"""

from __future__ import annotations

import re
from functools import cache
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator

from analyzer.claims.vocabulary import longest_first
from analyzer.datafiles import load_model
from analyzer.errors import ExtractError
from analyzer.extract.base import Hit
from analyzer.han import HAN
from analyzer.normalize.convert import both_scripts
from analyzer.regexguard import word_alternation
from analyzer.resources import corpora_path


class _Strict(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")


class Frames(_Strict):
    open: tuple[str, ...]
    close: tuple[str, ...]
    reach: int = 16


class ClauseWords(_Strict):
    predicates: tuple[str, ...]
    openers: tuple[str, ...] = ()
    pronouns: tuple[str, ...] = ()
    not_pronouns: tuple[str, ...] = ()
    prior_words: tuple[str, ...] = ()
    #: comparison words a previous value's words may follow inside a clause (较前一周(12.1亿港元))
    prior_bases: tuple[str, ...] = ()
    prior_links: tuple[str, ...] = ()
    frames: Frames
    list_closers: tuple[str, ...] = ()
    list_openers: tuple[str, ...] = ()
    approximations: tuple[str, ...] = ()
    predicate_adverbs: tuple[str, ...] = ()
    #: verbs that link a statistic's name to its figure (呈请有783宗, 人数为3,208人), and the characters that
    #: before one make it a word of its own (持有, 国有, 成为, 认为), which stays
    link_verbs: tuple[str, ...] = ()
    link_not_after: str = ""
    #: endings of a group's name (电子股, 电机机电类股, 散热族群): a clause led by one is about the group
    group_ends: tuple[str, ...] = ()
    #: the economy a release's statistic covers, before the clause's leading time (本港3月…): no part of a name
    scope_places: tuple[str, ...] = ()
    #: another economy before the clause's leading time (美国4月…): part of the statistic's name, the time dates it
    economies: tuple[str, ...] = ()
    #: characters that after a direction make it the noun of a move (增长率, 涨幅)
    move_noun_ends: tuple[str, ...] = ()
    week_of_words: tuple[str, ...] = ()
    #: words of the window a flow dated by an end runs over (当月 → month), from the end's month start
    window_of_end: dict[str, Literal["week", "month", "quarter", "year"]] = {}
    #: words that refer back to a span the sentence bounds (期间, 任内): a day before one only ends it
    span_anaphors: tuple[str, ...] = ()
    comparison_verbs: tuple[str, ...] = ()
    #: verbs of a share of a whole (占, 相当于) and what may stand between the whole and its percent
    share_verbs: tuple[str, ...] = ()
    #: words that may stand between a share verb and the whole it names (占同期A股流通市值的比例)
    share_whole_lead: tuple[str, ...] = ()
    share_tail: str = ""
    #: what links a whole to the holder whose share of it a figure is (综合行业中的北向资金占比)
    share_whole_links: tuple[str, ...] = ()
    #: the head nouns of what a count counts, right after it (79万人次旅客), and how far the head may end
    counted_heads: tuple[str, ...] = ()
    counted_reach: int = 8
    #: nouns of a number of people a statistic states (吸毒人数, 被捕人数), right before its count but for
    #: the links between them (为, 共)
    headcount_nouns: tuple[str, ...] = ()
    #: nouns a list of words shares after its last item (甲类和乙类车位售价: 售价), no part of that item
    list_shared_nouns: tuple[str, ...] = ()
    headcount_links: tuple[str, ...] = ()
    #: words that close a clause naming the sentence's topic (静丙方面,…)
    aspect_marks: tuple[str, ...] = ()
    #: endings of a rate's noun (载客率): in a company's story, a clause led by one names no subject
    owned_rate_ends: tuple[str, ...] = ()
    #: the number of an item of an enumeration at a clause's start (1), (2), ①, 一、): no part of a name
    enumerator: str = ""
    #: metrics no statistics release states (a fund's return, its NAV): the words after a leading time
    #: before one of them are no statistic's name (subject.words_after_leading_time)
    not_statistic_metrics: tuple[str, ...] = ()
    #: a broker's rating of a name (维持某某买入评级): the verbs, the rating words, the metrics of the
    #: rated name later in the sentence (a target price) and how far the verb stands before the word
    rating_verbs: tuple[str, ...] = ()
    rating_words: tuple[str, ...] = ()
    rating_metrics: tuple[str, ...] = ()
    rating_reach: int = 24
    #: markets a turnover belongs to, when the sentence names one before a turnover carried to an index
    turnover_markets: tuple[str, ...] = ()
    #: markets of one class of shares (A股, H股): after a company's figure, maybe that company's shares
    share_classes: tuple[str, ...] = ()
    #: words after an issuer's name that make it another instrument of the issuer (甲转债, 乙ADR)
    issuer_instruments: tuple[str, ...] = ()
    #: a record's span (创近8年新高, 为9个月来最低): the nouns of a record right after its time words, and the
    #: words of a record after one of its links (来, 以来)
    record_nouns: tuple[str, ...] = ()
    record_links: tuple[str, ...] = ()
    record_words: tuple[str, ...] = ()
    #: names of the first-level sectors of the mainland classification (食品饮料, 房地产) and the group words
    #: after them (行业, 板块): 房地产行业's figure is the sector's, named without its group word
    sectors: tuple[str, ...] = ()
    sector_ends: tuple[str, ...] = ()

    @field_validator("predicates", "prior_words")
    @classmethod
    def _not_empty_words(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        if any(not w.strip() for w in value):
            raise ValueError("a word may not be empty")
        return value


@cache
def clause_words() -> ClauseWords:
    """Load and validate the shipped clause word classes once per process."""
    path = corpora_path("patterns", "clauses.yaml")
    return load_model(path, ClauseWords, ExtractError, "E405", "clause word classes")


@cache
def _never_names() -> tuple[frozenset[str], tuple[int, ...]]:
    """Predicate words and previous-value words (前值为…: no name either) in both scripts, with their
    lengths longest first: looked up by prefix and suffix in a set, a few probes a clause."""
    vocab = clause_words()
    words = frozenset(both_scripts((*vocab.predicates, *vocab.prior_words)))
    return words, tuple(sorted({len(w) for w in words}, reverse=True))


def starts_with_predicate(words: str) -> str | None:
    """The predicate or previous-value word ``words`` start with (低见 of 低见19850点, 前值), else None:
    words that never start a name."""
    found = _never_names_regex().match(words)
    return found.group() if found is not None else None


@cache
def _never_names_regex() -> re.Pattern[str]:
    """The words of ``_never_names`` as one alternation, longest first: its match at a string's start is
    the longest of them it starts with (one C call; a probe per length in Python was ≈ 3 µs)."""
    table, _ = _never_names()
    return re.compile("|".join(map(re.escape, sorted(table, key=len, reverse=True))) or "(?!)")


def predicate_words(words: str) -> bool:
    """True when ``words`` are only predicates and their adverbs (最终, 其后, 直接), no name's letters."""
    while words:
        word = starts_with_predicate(words) or next((w for w in _predicate_adverbs() if words.startswith(w)), None)
        if word is None:
            return False
        words = words[len(word) :]
    return True


def without_trailing_predicates(words: str) -> str:
    """``words`` without the predicates of two or more characters they end with (某某科技最终 →
    某某科技); one-character ones (报, 曾) end too many names to be cut off."""
    table, lengths = _never_names()
    cut = True
    while cut:
        cut = False
        for n in lengths:
            if n > 1 and len(words) > n and words[-n:] in table:
                words, cut = words[:-n], True
                break
    return words


def opener_at(text: str, pos: int) -> int:
    """Where the clause opener at ``pos`` (其中, 同时; after an enumerator: 2)其中) ends; ``pos`` when there
    is none."""
    enumerator = _enumerator()
    numbered = enumerator.match(text, pos) if enumerator is not None else None
    if numbered is not None:
        pos = numbered.end()
    table, lengths = _openers()
    if lengths and pos >= 0 and pos + lengths[0] <= len(text):
        # the longest opener written at ``pos``, by the list compiled longest first (one C match); near the
        # text's end a slice is shorter than its length, which only the loop below reads as it always did
        found = word_alternation(_openers_longest_first()).match(text, pos)  # type: ignore[union-attr]
        return found.end() if found is not None else pos
    return pos + next((n for n in lengths if text[pos : pos + n] in table), 0)


@cache
def _enumerator() -> re.Pattern[str] | None:
    source = clause_words().enumerator
    return re.compile(source) if source else None


def starts_with_pronoun(words: str) -> str | None:
    """The pronoun ``words`` start with (其 of 其2020-2024年业绩), else None (其中 is none)."""
    pronouns, not_pronouns = _pronouns()
    if not words.startswith(pronouns) or words.startswith(not_pronouns):
        return None
    return next((p for p in pronouns if words.startswith(p)), None)


@cache
def _pronouns() -> tuple[tuple[str, ...], tuple[str, ...]]:
    vocab = clause_words()
    return both_scripts(vocab.pronouns), both_scripts(vocab.not_pronouns)


@cache
def _openers() -> tuple[frozenset[str], tuple[int, ...]]:
    words = frozenset(both_scripts(clause_words().openers))
    return words, tuple(sorted({len(w) for w in words}, reverse=True))


@cache
def _openers_longest_first() -> tuple[str, ...]:
    return tuple(sorted(_openers()[0], key=len, reverse=True))


@cache
def prior_regex() -> re.Pattern[str] | None:
    """A clause led by the words of a previous value: 前值, 前值为, 上月为 (group ``word``)."""
    vocab = clause_words()
    words = sorted(both_scripts(vocab.prior_words), key=len, reverse=True)
    if not words:
        return None
    links = sorted(both_scripts(vocab.prior_links), key=len, reverse=True)
    link = f"(?:{'|'.join(map(re.escape, links))})?" if links else ""
    return re.compile(rf"[ \t“”\"']*(?P<word>{'|'.join(map(re.escape, words))}){link}:?")


@cache
def prior_base_regex() -> re.Pattern[str] | None:
    """claims15c: the words of a previous value after a comparison word (较前一周, 比上月; groups ``base``
    and ``word``): the base a figure in the clause is compared with."""
    vocab = clause_words()
    words = sorted(both_scripts(vocab.prior_words), key=len, reverse=True)
    bases = sorted(both_scripts(vocab.prior_bases), key=len, reverse=True)
    if not words or not bases:
        return None
    return re.compile(rf"(?P<base>{'|'.join(map(re.escape, bases))})(?P<word>{'|'.join(map(re.escape, words))})")


@cache
def frame_regex() -> re.Pattern[str]:
    """A backdrop frame: an opening word, at most ``reach`` characters of one clause, a closing word."""
    frames = clause_words().frames
    opens = "|".join(map(re.escape, sorted(both_scripts(frames.open), key=len, reverse=True)))
    closes = "|".join(map(re.escape, sorted(both_scripts(frames.close), key=len, reverse=True)))
    return re.compile(rf"(?:{opens})[^,:;。!?\n%]{{1,{frames.reach}}}?(?:{closes})")


@cache
def _list_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    vocab = clause_words()
    closers = longest_first(vocab.list_closers)
    openers = longest_first(vocab.list_openers)
    return closers, openers


#: the characters of a count before a measure word (三个行业, 12个板块): cut off with the closer after it
_COUNT_CHARS = frozenset("零〇一二两三四五六七八九十百0123456789")


def _before_count(text: str, start: int, end: int) -> int:
    """``end`` moved back over the count written right before a closer that starts with a measure word
    (甲、乙和丙三|个行业 → before 三); unchanged when no closer there starts with 个."""
    if not text.startswith(("个", "個"), end):
        return end
    while end > start and text[end - 1] in _COUNT_CHARS:
        end -= 1
    return end


def list_end(text: str, start: int, end: int, times: tuple[str, ...] = ()) -> int:
    """Where a list of names in ``[start, end)`` ends: before the words that close it (等行业, 的, 三个行业)
    and the time words after it (…等单季净利润: 单季)."""
    closers, _ = _list_words()
    words = (*times, *closers) if times else closers
    for _ in range(3):  # 等行业的, 等单季
        if not text.endswith(words, start, end):
            break  # none of them ends the range: one C call, not a step per word
        word = next((w for w in words if text.endswith(w, start, end)), None)
        if word is None:
            break
        end = _before_count(text, start, end - len(word))
    return end


def closed_list_end(text: str, start: int, end: int) -> int | None:
    """Where a list closed by a group word inside ``[start, end)`` ends (而甲、乙、丙等行业盈利下滑严重 →
    before 等行业; 甲和乙三个行业的 → before 三): the first closer of two or more characters in it; None
    when there is none."""
    closers, _ = _list_words()
    found = [i for i in (text.find(w, start, end) for w in closers if len(w) > 1) if i > start]
    return _before_count(text, start, min(found)) if found else None


def list_start(text: str, start: int, end: int) -> int:
    """Where the first item of a list in ``[start, end)`` begins: after the last word that opens a list
    (涨幅居前的主要为电池 → 电池; 例如贵金属 → 贵金属)."""
    _, openers = _list_words()
    # mostly no opener stands in the range: one search of the compiled list says so
    finder = word_alternation(openers)
    if finder is not None and start >= 0 and end > 0 and finder.search(text, start, end - 1) is None:
        return start  # (offsets as ``rfind`` reads them: none counted from the end)
    found = max(((text.rfind(w, start, end - 1), w) for w in openers), key=lambda f: f[0] + len(f[1]))
    return found[0] + len(found[1]) if found[0] >= 0 else start


@cache
def _approximations() -> tuple[str, ...]:
    return longest_first(clause_words().approximations)


@cache
def _predicate_adverbs() -> tuple[str, ...]:
    return longest_first(clause_words().predicate_adverbs)


def bare_predicate(words: str) -> str:
    """A predicate without the adverbs before its direction and the words of size after it (分别下降 →
    下降, 跌逾 → 跌, 升近 → 升)."""
    adverbs, sizes = _predicate_adverbs(), _approximations()
    # most predicates have neither: ``startswith`` / ``endswith`` with the whole list say so in C, before
    # the list is walked for which word it is
    for _ in range(2):
        if not words.startswith(adverbs):
            break
        word = next((w for w in adverbs if words.startswith(w) and len(words) > len(w)), None)
        if word is None:
            break
        words = words[len(word) :]
    for _ in range(2):
        if not words.endswith(sizes):
            break
        word = next((w for w in sizes if words.endswith(w) and len(words) > len(w)), None)
        if word is None:
            break
        words = words[: -len(word)]
    return words


def is_group_name(words: str) -> bool:
    """Whether ``words`` end like a group's name (电子股, 航运类股, 散热族群): a sector, not one security."""
    return words.endswith(group_ends())


@cache
def group_ends() -> tuple[str, ...]:
    """The endings of a group's name in both scripts, longest first (类股 before 股)."""
    return tuple(sorted(both_scripts(clause_words().group_ends), key=len, reverse=True))


def trailing_adverbs_start(text: str, start: int, end: int) -> int:
    """Where the adverbs that end ``[start, end)`` begin (普联软件、传智教育均|涨超70%: 均), else ``end``; a verb
    linking the name to its figure after them goes too (破产呈请有|783宗, 个案共有|…: 有, then 共)."""
    end = link_verb_start(text, start, end)
    adverbs = _predicate_adverbs()
    for _ in range(2):
        if not text.endswith(adverbs, start, end):
            break  # one C call for the whole list: most clauses end with none of them
        word = next((w for w in adverbs if text.endswith(w, start, end) and end - start > len(w)), None)
        if word is None:
            break
        end -= len(word)
    return end


def link_verb_start(text: str, start: int, end: int) -> int:
    """Where a verb linking a name to its figure that ends ``[start, end)`` begins (某类申请有|783宗: 有, 某类
    人数为|N人: 为), unless the character before it makes one word with it (持有, 成为: a verb of its own, the
    words before it no name); else ``end``."""
    verb = next((w for w in clause_words().link_verbs if text.endswith(w, start, end)), None)
    if verb is None or end - start <= len(verb) + 1:
        return end
    if text[end - len(verb) - 1] in _link_not_after():
        return end
    return end - len(verb)


@cache
def _link_not_after() -> str:
    return "".join(both_scripts((clause_words().link_not_after,)))


#: the longest stretch before a percent searched for a share verb and its whole (characters)
SHARE_REACH = 24
#: what a whole never holds: a figure, punctuation, a move (占比上升2%: a move, not a share); a fund's assets
#: or NAV make it a fund's weight (占基金资产净值比例), read by the fund metrics' own cues
_NOT_WHOLE = re.compile(r"[\d,;:。%()\[\]]|上升|下降|增长|增加|减少|上涨|下跌|提高|提升|降低|回落|扩大|收窄|资产|净值")


@cache
def share_verbs() -> tuple[str, ...]:
    """The verbs of a share of a whole (占, 相当于) in both scripts, longest first."""
    return longest_first(clause_words().share_verbs)


@cache
def share_whole_lead() -> tuple[str, ...]:
    """The words that may stand between a share verb and its whole (同期), in both scripts, longest first."""
    return longest_first(clause_words().share_whole_lead)


class _ClassWords(_Strict):
    """One class of corpora/patterns/word_classes.yaml, as plain words (its ``except`` words are comply's)."""

    words: tuple[str, ...] = Field(min_length=1)
    except_: tuple[str, ...] = Field(default=(), alias="except")


class _SamePeriodClass(BaseModel):
    """The one class of the shared word-class file the claims stage reads; the others are the fund-marketing
    rules' (comply validates the whole file)."""

    model_config = ConfigDict(extra="ignore")

    same_period: _ClassWords


class _SharedClasses(BaseModel):
    model_config = ConfigDict(extra="ignore")

    classes: _SamePeriodClass


@cache
def same_period_words() -> tuple[str, ...]:
    """claims13b: the words that date a figure by the figures before it (同期业绩比较基准收益率为…), the
    ``same_period`` word class of corpora/patterns/word_classes.yaml (the one list, shared with the
    fund-marketing rules; read here from the file, so that claims never imports comply, which comes after it
    in the flow), in both scripts, longest first."""
    path = corpora_path("patterns") / "word_classes.yaml"
    shared = load_model(path, _SharedClasses, ExtractError, "E405", "word classes")
    return longest_first(shared.classes.same_period.words)


def same_period_lead(text: str, c_start: int, pos: int) -> str | None:
    """The same-period word (同期) a clause opens with, when no other figure stands between it and ``pos``."""
    while c_start < pos and text[c_start] in " \t":
        c_start += 1
    words = same_period_words()
    if not text.startswith(words, c_start):
        return None  # the clause opens with none of them: one C call, not a step per word
    return next((w for w in words if text.startswith(w, c_start) and c_start + len(w) <= pos), None)


@cache
def _share_tail() -> re.Pattern[str] | None:
    source = clause_words().share_tail
    return re.compile(source) if source else None


def share_of_whole(text: str, c_start: int, pos: int) -> tuple[int, int] | None:
    """(start, end) of the share verb whose whole the percent at ``pos`` is a share of
    (占零售业总销货价值的8.6%, 相当于本地生产总值约1.2%): the verb stands in the figure's clause (from
    ``c_start``) with only the whole's words and ``share_tail`` between it and the figure; else None."""
    lo = max(c_start, pos - SHARE_REACH)
    window = text[lo:pos]
    tail = _share_tail()
    found = tail.search(window) if tail is not None else None
    body = window[: found.start()] if found is not None else window
    best: tuple[int, str] | None = None
    for verb in share_verbs():
        at = body.rfind(verb)
        if at >= 0 and (best is None or at > best[0]):
            best = (at, verb)
    if best is None:
        return None
    at, verb = best
    whole = body[at + len(verb) :]
    if not whole or _NOT_WHOLE.search(whole):
        return None
    return lo + at, lo + at + len(verb)


def approximation_before(text: str, lo: int, pos: int) -> str:
    """The word of size (约, 逾, 超过) that ends right at ``pos`` (not before ``lo``), else ''."""
    return next((w for w in _approximations() if pos - len(w) >= lo and text.startswith(w, pos - len(w))), "")


def rating_span(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the words a broker rates stand in ``[start, end)``: after the first rating verb within
    reach of the last rating word and before that word (维持|美团买入|评级; 首次覆盖|比亚迪并给予“增持”|评级);
    None when there is none."""
    vocab = clause_words()
    word_at = max((text.rfind(w, start, end) for w in both_scripts(vocab.rating_words)), default=-1)
    if word_at < 0:
        return None
    lo = max(start, word_at - vocab.rating_reach)
    verbs = [(text.find(v, lo, word_at), v) for v in both_scripts(vocab.rating_verbs)]
    found = [(at, verb) for at, verb in verbs if at >= 0]
    if not found:
        return None
    at, verb = min(found)
    return at + len(verb), word_at


def market_named(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The span of the last market a turnover belongs to (``turnover_markets``: 港股, 两市) named in
    ``[start, end)``, the longest at one place; None when none is."""
    found = [(text.rfind(w, start, end), len(w)) for w in both_scripts(clause_words().turnover_markets)]
    at, n = max(found, default=(-1, 0))
    return (at, at + n) if at >= 0 else None


@cache
def _record_words() -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    vocab = clause_words()
    links = longest_first(vocab.record_links)
    return tuple(both_scripts(vocab.record_nouns)), links, tuple(both_scripts(vocab.record_words))


def spans_a_record(text: str, t: Hit) -> bool:
    """Whether time words ``t`` measure a record (创近8年新高, 为9个月来最低, 4年来首度转跌): they say how long
    since such a level was last seen, never the period of a figure near them. A superlative counts only
    after a trailing window's link (N个月来): 今年以来最多升12% and 本周最高见… are the period's own extremes."""
    nouns, links, words = _record_words()
    end = t.end
    if nouns and text.startswith(nouns, end):
        return True
    if not words or t.fields.get("relation") != "trailing":
        return False
    if text.endswith(links, 0, end):  # 10个月来: the link read into the time words
        return text.startswith(words, end)
    link = next((w for w in links if text.startswith(w, end)), None)
    return link is not None and text.startswith(words, end + len(link))


@cache
def _sectors() -> tuple[frozenset[str], tuple[str, ...]]:
    vocab = clause_words()
    return frozenset(both_scripts(vocab.sectors)), tuple(both_scripts(vocab.sector_ends))


def sector_end(text: str, start: int, end: int) -> int:
    """Where a sector's name ends when ``[start, end)`` is that name and its group word (房地产行业 → before
    行业), else ``end``."""
    sectors, ends = _sectors()
    word = next((w for w in ends if text.endswith(w, start, end)), None)
    return end - len(word) if word is not None and text[start : end - len(word)] in sectors else end


#: the letters of a counted thing's noun (no punctuation, digit or space between the count and its head)
_NOUN = re.compile(f"[{HAN}]+")


def headcount_before(text: str, c_start: int, start: int) -> tuple[int, int] | None:
    """The span of the noun of a number of people (``headcount_nouns``: 人数) that ends right before the count
    at ``start`` in its clause, but for the links between them (某类人数为|N人, 被捕人数共|N人: 为, 共); else None."""
    end = start
    links = _headcount_links()
    for _ in range(2):  # 为, 共, 约为, 共约: a verb and an approximation at most
        link = next((w for w in links if text.endswith(w, c_start, end)), None)
        if link is None:
            break
        end -= len(link)
    noun = next((w for w in _headcount_nouns() if text.endswith(w, c_start, end)), None)
    return None if noun is None else (end - len(noun), end)


@cache
def _headcount_nouns() -> tuple[str, ...]:
    return longest_first(clause_words().headcount_nouns)


@cache
def _headcount_links() -> tuple[str, ...]:
    return longest_first(clause_words().headcount_links)


def counted_noun(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The noun of what a count ending at ``start`` counts, when it follows right away (约79万人次旅客入境 →
    旅客, 十宗土地交易中 → 土地交易): ``[start, head's end)`` for the nearest head noun (``counted_heads``)
    ending within ``counted_reach`` characters and before ``end``, with only letters between; else None."""
    words = clause_words()
    reach = min(end, start + words.counted_reach)
    ends = [i + len(h) for h in both_scripts(words.counted_heads) if (i := text.find(h, start, reach)) >= 0]
    ends = [e for e in ends if e <= reach]
    if not ends:
        return None
    stop = min(ends)
    return (start, stop) if _NOUN.fullmatch(text, start, stop) else None


def span_anaphor(text: str, start: int, end: int) -> tuple[int, str] | None:
    """The first word in ``[start, end)`` that refers back to a span the sentence bounds (期间, 任内:
    ``span_anaphors``), with where it stands; None when there is none."""
    found = [(at, w) for w in both_scripts(clause_words().span_anaphors) if (at := text.find(w, start, end)) >= 0]
    return min(found) if found else None


def window_of_end(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The last word in ``[start, end)`` of the window a flow dated by an end runs over (当月, 当周:
    ``window_of_end``) and the calendar unit it names; None when there is none."""
    found: tuple[int, str, str] | None = None
    for word, unit in clause_words().window_of_end.items():
        for form in both_scripts((word,)):
            at = text.rfind(form, start, end)
            if at >= 0 and (found is None or at > found[0]):
                found = (at, form, unit)
    return (found[1], found[2]) if found is not None else None


def scope_place_end(text: str, start: int) -> int:
    """Where a place word of ``scope_places`` at ``start`` ends (本港|3月私人住宅楼价…), else ``start``."""
    return start + next((len(w) for w in _scope_places() if text.startswith(w, start)), 0)


@cache
def _scope_places() -> tuple[str, ...]:
    return longest_first(clause_words().scope_places)


def economy_end(text: str, start: int) -> int:
    """Where a word of ``economies`` at ``start`` ends (美国|4月某类房屋销售…), else ``start``."""
    return start + next((len(w) for w in _economies() if text.startswith(w, start)), 0)


@cache
def _economies() -> tuple[str, ...]:
    return longest_first(clause_words().economies)
