"""Subject linking: what a figure can be about, found in the normalized text.

Three sources, in order of trust:
  registry — instruments the analyzer knows (``corpora/instruments.yaml``): indices, registry funds
             and stocks, flows, market aggregates, macro series;
  master   — listed securities by short name (``corpora/master/``, plus lists the user imported);
  surface  — companies, funds, indices and sectors named in the text but in no list, found by the
             shape of their names (远航优选混合基金, 汇丰控股, 中证新能源指数; ``name_shapes.yaml``).

Registry and master names are matched with one Aho-Corasick automaton over every alias (built once per
process and cached on disk): longest match first, left to right, non-overlapping. Aliases of two
characters or fewer count only as whole words when token boundaries are given.
"""

from __future__ import annotations

import hashlib
import operator
import pickle
import re
import time
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import compress, repeat
from pathlib import Path
from typing import TYPE_CHECKING, Literal, NamedTuple

import ahocorasick
import ahocorasick_rs
from pydantic import BaseModel, ConfigDict

from analyzer.atomic import atomic_write
from analyzer.boundaries import SENTENCE_END
from analyzer.claims.vocabulary import metric_vocabulary
from analyzer.datafiles import load_model
from analyzer.errors import ConfigError
from analyzer.extract.vocabulary import quantity_vocabulary
from analyzer.han import HAN, is_han
from analyzer.instruments import Instrument, InstrumentRegistry, default_registry, traditional_forms
from analyzer.master import SecuritiesMaster, default_master, master_digest
from analyzer.normalize.convert import convert_script
from analyzer.normalize.width import normalize_width
from analyzer.regexguard import compile_guarded, required_words
from analyzer.resources import corpora_path

if TYPE_CHECKING:
    from analyzer.segment import TokenBoundaries

SubjectSource = Literal["registry", "master", "surface"]
SurfaceKind = Literal["fund", "company", "index", "sector", "flow", "macro", "rate"]
#: aliases this short must be whole tokens: 恒科 in 永恒科技 or 美团 in 美团队 is no subject
SHORT_ALIAS = 2
#: the automaton is cached on disk when building it takes longer than this (seconds)
CACHE_BUILD_SECONDS = 0.02
#: how many cached automata (one per version of the data) the cache folder keeps
KEEP_CACHED = 4


@dataclass(slots=True, unsafe_hash=True)  # frozen's __init__ is 3-5x slower; never changed once built
class AliasHit:
    """A subject named at ``[start, end)`` of the normalized text.

    ``instrument`` is the registry entry (None for master and surface names); ``id`` its registry id;
    ``code`` the security or fund code when known; ``name`` the canonical name (registry name, listed
    short name, or the surface words)."""

    start: int
    end: int
    alias: str
    instrument: Instrument | None
    kind: str = ""
    id: str | None = None
    code: str | None = None
    source: SubjectSource = "registry"
    name: str = ""
    #: a registry subject read from a bare alias by default (CPI → China's CPI): less certain
    assumed: bool = False

    @classmethod
    def of(cls, start: int, end: int, alias: str, instrument: Instrument) -> AliasHit:
        """A registry hit."""
        return cls(
            start, end, alias, instrument, instrument.kind, instrument.id, instrument.code, "registry", instrument.name
        )


# -- the automaton ----------------------------------------------------------------------------------


class _Entry(NamedTuple):
    """What an automaton key stands for (a plain tuple, so the disk cache loads it fast)."""

    kind: str
    id: str | None
    code: str | None
    source: SubjectSource
    name: str
    not_before: tuple[str, ...] = ()
    but_not: tuple[str, ...] = ()
    #: a bare alias that names the instrument only by default (CPI): a qualifier before it wins
    assumed: bool = False
    #: a bare word that also modifies a noun after it (进口 in 进口白蛋白): followed by a Han character,
    #: it is a name only when one of these words comes next (empty: no such condition)
    only_before: tuple[str, ...] = ()


_ST_PREFIX = re.compile(rf"^(?:S\*ST|\*ST|ST|S)(?=[{HAN}])")
_SHARE_CLASS = re.compile(f"(?<=[{HAN}])[AB]$")


def _alias_forms(alias: str) -> set[str]:
    """The forms an alias can take in normalized text (t2s) and in unconverted Traditional text."""
    folded = normalize_width(alias)
    return {alias, folded, convert_script(folded, "t2s"), *traditional_forms(folded)}


def _master_names(name: str) -> list[str]:
    """A listed short name and the form prose uses without the share class (万科A → 万科). The ST mark
    is kept: without it many names are plain words (*ST生物 → 生物)."""
    base = _SHARE_CLASS.sub("", name)
    return [name, base] if base != name and len(base) >= 2 and not _ST_PREFIX.match(name) else [name]


def _entries(registry: InstrumentRegistry, master: SecuritiesMaster) -> dict[str, _Entry]:
    shapes = _shapes()
    company_goes_on = shapes.shapes.not_before.get("company", ())
    table: dict[str, _Entry] = {}
    for inst in registry.instruments:
        entry = _Entry(inst.kind, inst.id, inst.code, "registry", inst.name, inst.not_before)
        bare = entry._replace(assumed=True)
        for alias in (inst.name, *inst.aliases):
            for form in _alias_forms(alias):
                table.setdefault(form, bare if alias in inst.assumed else entry)
    derived: dict[str, _Entry] = {}
    for sec in master.securities:
        if sec.ambiguous:
            continue
        # a listed name that ends like a company (中国银行) must not run on into a longer word (中国银行业)
        veto = company_goes_on if sec.name.endswith(shapes.company_suffixes) else ()
        entry = _Entry(sec.kind, None, sec.code, "master", sec.name, veto, shapes.shapes.but_not if veto else ())
        names = _master_names(sec.name)
        table.setdefault(names[0], entry)
        for extra in names[1:]:
            derived.setdefault(extra, entry)
    for name, entry in derived.items():
        table.setdefault(name, entry)  # a listed name or registry alias wins over a derived form
    for kind, names in shapes.shapes.known.items():
        # a known name goes on into a longer word (京东方, 外资银行) per its kind's not_before
        veto = shapes.shapes.not_before.get(kind, ()) if kind in ("company", "flow", "macro", "rate") else ()
        known = _Entry(kind, None, None, "surface", "", veto, shapes.shapes.but_not if veto else ())
        modifiers = shapes.shapes.modifier_words
        for name in names:
            only = modifiers.before if name in modifiers.words else ()
            table.setdefault(name, known._replace(name=name, only_before=only))
    return table


def _symbols(text: str) -> str:
    """``text`` as two symbols per character (its UTF-16 code unit bytes): the automaton's alphabet.

    pyahocorasick looks a node's children up one by one, and thousands of names give the root node
    about two thousand children; in bytes no node has more than 256, which makes the search about
    six times faster (1 MB: 0.9 s → 0.15 s)."""
    return text.encode("utf-16-be", "surrogatepass").decode("latin-1")


_ASTRAL = re.compile("[\U00010000-\U0010ffff]")

#: after how many characters searched a matcher builds an ahocorasick_rs automaton of its keys: its
#: build (≈12 ms) would double a one-line document's subject search, and is won back after ~0.3M
#: characters (pyahocorasick 0.11 s per million characters, ahocorasick_rs 0.035 s)
_RUST_AFTER_CHARS = 200_000


class AliasMatcher:
    """One Aho-Corasick automaton over every registry alias and master name."""

    def __init__(self, registry: InstrumentRegistry, master: SecuritiesMaster | None = None) -> None:
        from analyzer.master import SecuritiesMaster as _Master

        table = _entries(registry, master if master is not None else _Master((), ()))
        unique = list(dict.fromkeys(table.values()))
        index = {e: i for i, e in enumerate(unique)}
        # integer values (entry index and key length) keep the automaton small and quick to unpickle
        automaton = ahocorasick.Automaton(ahocorasick.STORE_INTS)
        for key, entry in table.items():
            automaton.add_word(_symbols(key), index[entry] << 8 | len(key))
        automaton.make_automaton()
        self._setup([tuple(e) for e in unique], automaton, registry)

    def _setup(self, entries: list[tuple], automaton: ahocorasick.Automaton, registry: InstrumentRegistry) -> None:
        self._entries = entries
        self._automaton = automaton
        self._registry = {i.id: i for i in registry.instruments}
        self._qualifiers = registry.qualifiers
        self._memo: tuple[str, list[tuple[int, int, int]]] | None = None
        self._scanned = 0  # characters searched so far: past _RUST_AFTER_CHARS, ahocorasick_rs searches
        self._rust: tuple[ahocorasick_rs.AhoCorasick, list[int]] | None = None
        self._read_memo: tuple[str | None, object, dict[int, AliasHit | None]] = (None, None, {})

    @classmethod
    def restore(
        cls, entries: list[tuple], automaton: ahocorasick.Automaton, registry: InstrumentRegistry
    ) -> AliasMatcher:
        """A matcher from its cached parts (``parts()``)."""
        matcher = cls.__new__(cls)
        matcher._setup(entries, automaton, registry)
        return matcher

    def parts(self) -> tuple[list[tuple], ahocorasick.Automaton]:
        """What the disk cache stores: entries as plain tuples and the automaton."""
        return self._entries, self._automaton

    def _candidates(self, text: str) -> list[tuple[int, int, int]]:
        """Every match as (start, -length, entry index), sorted; the last text's are kept, since claim
        assembly asks for registry subjects and then for the other names of the same text."""
        memo = self._memo
        if memo is not None and memo[0] is text:
            return memo[1]
        self._scanned += len(text)
        if self._scanned > _RUST_AFTER_CHARS:
            found = self._rust_candidates(text)
            self._memo = (text, found)
            return found
        symbols = _symbols(text)
        if len(symbols) != 2 * len(text):  # characters beyond the BMP take two code units: no alias has one
            symbols = _symbols(_ASTRAL.sub("\ufffd", text))
        # each match's (start, -length, entry) computed in C (``map`` over ``operator``), no Python step per match
        lasts, values = tuple(zip(*self._automaton.iter(symbols), strict=True)) or ((), ())
        lengths = list(map(operator.and_, values, repeat(0xFF)))
        ends = map(operator.rshift, map(operator.add, lasts, repeat(1)), repeat(1))  # (last + 1) // 2
        entries = map(operator.rshift, values, repeat(8))
        columns = zip(map(operator.sub, ends, lengths), map(operator.neg, lengths), entries, strict=True)
        # a match whose last code unit is even starts in the middle of a character: dropped
        found = sorted(compress(columns, map(operator.and_, lasts, repeat(1))))
        self._memo = (text, found)
        return found

    def forget(self) -> None:
        """Drop what is kept of the last text searched (its candidates and the names they read), once
        its document has been read: kept, they would outlive it (and its word boundaries)."""
        self._memo = None
        self._read_memo = (None, None, {})

    def _rust_candidates(self, text: str) -> list[tuple[int, int, int]]:
        """``_candidates`` by ahocorasick_rs (the same matches: every occurrence of every key, in
        character offsets), about three times faster on long texts; its automaton is built from the
        keys of the cached one on first use (≈12 ms, paid once per process)."""
        if self._rust is None:
            items = list(self._automaton.items())
            keys = [key.encode("latin-1").decode("utf-16-be", "surrogatepass") for key, _ in items]
            self._rust = (ahocorasick_rs.AhoCorasick(keys), [(-(value & 0xFF), value >> 8) for _, value in items])
        finder, readings = self._rust
        # (start,) + (-length, entry) of each match, joined in C: no Python step per match
        keys, starts, _ = tuple(zip(*finder.find_matches_as_indexes(text, overlapping=True), strict=True)) or ((),) * 3
        return sorted(map(operator.add, zip(starts), map(readings.__getitem__, keys)))

    def find(self, text: str, tokens: TokenBoundaries | None = None, *, registry_only: bool = False) -> list[AliasHit]:
        """Registry and master names, left to right, non-overlapping, the longest valid one at each start.

        A match is valid when a Latin alias does not sit inside a longer Latin word, nothing after it
        says it means another instrument (``not_before``), and, with ``tokens``, a short alias is a
        whole word; a longer invalid match does not hide a shorter valid one."""
        found = self._candidates(text)
        # each candidate's reading depends on the text and tokens only, not on the pass: claim assembly
        # asks for registry subjects and then for every name of the same text, read once for both
        read = self._read_memo[2] if self._read_memo[0] is text and self._read_memo[1] is tokens else None
        if read is None:
            read = {}
            self._read_memo = (text, tokens, read)
        entries = self._entries
        hits = []
        last_end = 0
        for n, (start, neg_length, index) in enumerate(found):
            if start < last_end or (registry_only and entries[index][3] != "registry"):
                continue
            hit = read[n] if n in read else read.setdefault(n, self._read(text, tokens, start, neg_length, index))
            if hit is None:
                continue
            last_end = hit.end
            hits.append(hit)
        return hits

    def _read(
        self, text: str, tokens: TokenBoundaries | None, start: int, neg_length: int, index: int
    ) -> AliasHit | None:
        """The name a candidate match reads, or None when the match is not valid (see ``find``)."""
        end = start - neg_length
        kind, ident, code, source, name, not_before, but_not, assumed, only_before = self._entries[index]
        if not _latin_bounded(text, start, end) or _vetoed(text, end, not_before, but_not):
            return None
        if only_before and _modifies(text, end, only_before):
            return None
        if -neg_length <= SHORT_ALIAS:
            if tokens is not None and not tokens.aligned(start, end):
                return None
            if tokens is None and source != "registry" and not _word_start(text, start):
                return None  # without tokens, a short listed name counts only where a word starts (数万科技)
        inst = self._registry.get(ident) if ident else None
        alias = text[start:end]
        if assumed:
            qualifier = _qualifier(text, start, self._qualifiers)
            if qualifier:  # 美国…CPI, 核心CPI: another series, for which there is no data
                return AliasHit(start, end, alias, None, kind, None, None, "surface", qualifier + alias)
        return AliasHit(start, end, alias, inst, kind, ident, code, source, name, assumed)


def _qualifier(text: str, start: int, qualifiers: tuple[str, ...]) -> str | None:
    """The last qualifier (美国, 核心) in the sentence before ``start``, within 40 characters."""
    window = text[max(0, start - 40) : start]
    ends = list(SENTENCE_END.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    best = max(((window.rfind(q), q) for q in qualifiers), default=(-1, ""))
    return best[1] if best[0] >= 0 else None


def _word_start(text: str, start: int) -> bool:
    """Whether a word can start at ``start``: after a non-Han character or a one-character function word."""
    if start == 0:
        return True
    before = text[start - 1]
    return not is_han(before) or before in _shapes().single_boundaries


def _latin(ch: str) -> bool:
    return ch.isascii() and ch.isalnum()


def _latin_bounded(text: str, start: int, end: int) -> bool:
    """An alias that begins or ends with a Latin letter or digit must not sit inside a longer Latin word
    or number (M1 of M1X, 中证500 of 中证5000)."""
    if start > 0 and _latin(text[start]) and _latin(text[start - 1]):
        return False
    return not (end < len(text) and _latin(text[end - 1]) and _latin(text[end]))


def _vetoed(text: str, end: int, not_before: tuple[str, ...], but_not: tuple[str, ...]) -> bool:
    if not not_before:
        return False
    rest = text[end : end + 8].lstrip()
    return rest.startswith(not_before) and not rest.startswith(but_not)


def _modifies(text: str, end: int, only_before: tuple[str, ...]) -> bool:
    """Whether the word ending at ``end`` runs on into a noun it modifies (进口白蛋白): a Han character
    follows that starts none of ``only_before`` (a move, a time word, a statistic's head)."""
    return end < len(text) and is_han(text[end]) and not text.startswith(only_before, end)


def _cache_dir() -> Path:
    from platformdirs import user_cache_path

    return user_cache_path("analyzer", appauthor=False)


def _data_digest(registry: InstrumentRegistry) -> str:
    """A digest of what a matcher is built from, as this process loaded it: the registry and name shapes
    in memory, not the files as they are now (a file edited after it was loaded must not give its key
    to a matcher built from the old content), and the securities master's files."""
    shapes = _shapes()
    h = hashlib.sha256(registry.model_dump_json().encode())
    h.update(shapes.shapes.model_dump_json().encode())
    h.update("\n".join(sorted(shapes.leading_verbs)).encode())
    h.update(master_digest().encode())
    h.update(ahocorasick.__name__.encode())
    h.update(Path(__file__).read_bytes())  # a change in how keys are made invalidates the cache
    return h.hexdigest()[:16]


def _mtime(path: Path) -> float:
    try:
        return path.stat().st_mtime
    except OSError:
        return 0.0


def _cached_matcher(registry: InstrumentRegistry, master: Callable[[], SecuritiesMaster]) -> AliasMatcher:
    """The matcher, from the disk cache (keyed by the data files' digest) when building it is slow."""
    digest = _data_digest(registry)
    path = _cache_dir() / f"subjects-{digest}.pickle"
    try:
        entries, automaton = pickle.loads(path.read_bytes())
        return AliasMatcher.restore(entries, automaton, registry)
    except (OSError, EOFError, pickle.UnpicklingError, ValueError, TypeError, AttributeError):
        pass
    began = time.perf_counter()
    matcher = AliasMatcher(registry, master())
    # the master is read during the build: a master file changed meanwhile leaves the build unkeyed
    if time.perf_counter() - began > CACHE_BUILD_SECONDS and _data_digest(registry) == digest:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            # keep a few other versions: checkouts and installs with other data share the folder
            others = sorted(path.parent.glob("subjects-*.pickle"), key=_mtime, reverse=True)
            for old in others[KEEP_CACHED - 1 :]:
                old.unlink(missing_ok=True)
            with atomic_write(path) as tmp:
                tmp.write_bytes(pickle.dumps(matcher.parts(), protocol=5))
        except OSError:
            pass  # a read-only cache folder only costs the build time
    return matcher


@cache
def default_matcher() -> AliasMatcher:
    """The matcher over the shipped registry and the securities master, once per process."""
    return _cached_matcher(default_registry(), default_master)


# -- surface names ----------------------------------------------------------------------------------


class ModifierWords(BaseModel):
    """Known bare words that also modify a noun after them (``name_shapes.yaml``: modifier_words)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    words: tuple[str, ...] = ()
    before: tuple[str, ...] = ()


class MoneyHeads(BaseModel):
    """Money held in a currency, named by it (name_shapes.yaml ``money_heads``): the heads (存款) and the words
    besides currency words it may be held in (外币, 本币)."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    held_in: tuple[str, ...] = ()
    heads: tuple[str, ...] = ()


class NameShapes(BaseModel):
    """``corpora/master/name_shapes.yaml``: how an unlisted name looks."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    min_name: int = 2
    max_name: dict[SurfaceKind, int]
    known: dict[SurfaceKind, tuple[str, ...]] = {}
    modifier_words: ModifierWords = ModifierWords()
    rates: str = ""
    share_class: str = ""
    class_letters: str = "ABCDE"
    fund_managers: tuple[str, ...] = ()
    fund_absorbs: tuple[str, ...] = ("index", "fund")
    listed_funds: tuple[str, ...] = ()
    listing_marks: tuple[str, ...] = ()
    leading_markets: tuple[str, ...] = ()
    suffixes: dict[SurfaceKind, tuple[str, ...]]
    money_heads: MoneyHeads = MoneyHeads()
    not_before: dict[SurfaceKind, tuple[str, ...]] = {}
    but_not: tuple[str, ...] = ()
    boundaries: tuple[str, ...]
    times: tuple[str, ...] = ()
    contexts: tuple[str, ...] = ()
    list_ends: tuple[str, ...] = ()
    generic: tuple[str, ...]


class _Shapes:
    """The compiled name shapes."""

    def __init__(self, shapes: NameShapes) -> None:
        self.shapes = shapes
        self.kind_of = {s: kind for kind, words in shapes.suffixes.items() for s in words}
        alternation = "|".join(map(re.escape, sorted(self.kind_of, key=len, reverse=True)))
        # a run of suffixes; a fund's share class letter (远航优选混合A, 联接C类) stays with the name
        # the lookahead on first characters lets the engine skip most positions (3x faster)
        first = re.escape("".join(sorted({s[0] for s in self.kind_of})))
        letters = re.escape(shapes.class_letters)
        managers = "|".join(map(re.escape, sorted(shapes.fund_managers, key=len, reverse=True))) or "(?!)"
        # an exchange-traded fund's listed name may end with its manager's short name (…ETF + manager)
        tail = f"(?:[{letters}]类?(?![A-Za-z])|(?<=ETF)(?:{managers}))"
        self.suffix_run = re.compile(f"(?=[{first}])(?:{alternation})+{tail}?")
        self.last_suffix = re.compile(f"(?:{alternation})(?=(?:[{letters}]类?|{managers})?$)")
        self.class_letters = frozenset(shapes.class_letters)
        self.fund_absorbs = frozenset(shapes.fund_absorbs)
        # a name starts after a boundary word, a time word (本周) or a classification context (行业中)
        cuts = (*shapes.boundaries, *shapes.times, *shapes.contexts)
        self.boundaries = frozenset(cuts)
        self.boundary_lengths = sorted({len(b) for b in cuts}, reverse=True)
        self.single_boundaries = frozenset(b for b in cuts if len(b) == 1)
        self.generic = frozenset(shapes.generic)
        self.generic_lengths = sorted({len(g) for g in shapes.generic}, reverse=True)
        self.list_ends = (*shapes.boundaries, *shapes.list_ends)
        self.reach = max(shapes.max_name.values()) + max(self.boundary_lengths)
        self.company_suffixes = tuple(shapes.suffixes.get("company", ()))
        lines = corpora_path("master", "leading_verbs.txt").read_text(encoding="utf-8").splitlines()
        self.leading_verbs = frozenset(w for w in lines if w and not w.startswith("#"))
        self.rates = compile_guarded(shapes.rates) if shapes.rates else None
        # words one of which every rate name holds (收益率, LPR …): a text with none names no rate
        self.rate_words = required_words(shapes.rates) if shapes.rates else None
        self.share_class = compile_guarded(shapes.share_class) if shapes.share_class else None
        marks = "|".join(map(re.escape, sorted(shapes.listing_marks, key=len, reverse=True)))
        # opens with a look-behind: compiled with it moved past the hyphen, which re then skips to (9 → 0.4 ms per 0.5M)
        self.listing_mark = compile_guarded(f"(?<=[{HAN}A-Za-z])-(?:{marks})(?![A-Za-z0-9])") if marks else None

    def strip_verbs(self, name: str) -> str:
        """``name`` without the frequent verbs it starts with (运用基金, 购买货币市场基金)."""
        while name[:2] in self.leading_verbs:
            name = name[2:]
        return name

    def goes_on(self, text: str, pos: int, kind: str) -> bool:
        """Whether the word goes on at ``pos`` after a name of ``kind`` (银行业, 科技股; not 银行业绩)."""
        if text.startswith(self.shapes.but_not, pos):
            return False
        return text.startswith(self.shapes.not_before.get(kind, ()), pos)  # type: ignore[call-overload]


#: the characters a name is made of (CJK, Latin letters, digits, &), as a regex class body
_NAME_CHARS = f"{HAN}A-Za-z0-9&"
_NAME_CHAR = re.compile(f"[{_NAME_CHARS}]")
#: a run of name characters to the end of the string (a gap between two names read whole)
_NAME_RUN_TO_END = re.compile(f"[{_NAME_CHARS}]*\\Z")
_NOT_NAME_CHAR = re.compile(f"[^{_NAME_CHARS}]")


def _name_run_start(text: str, lo: int, hi: int) -> int:
    """Where the run of name characters ending at ``hi`` begins, not before ``lo``: after the last other
    character of ``text[lo:hi]``, found as the first of the range reversed (one C search; the search of
    ``_NAME_RUN_TO_END`` from ``lo`` tried every start, running each to the range's end: 3.6 → 0.9 µs)."""
    last = _NOT_NAME_CHAR.search(text[lo:hi][::-1])
    return hi - last.start() if last is not None else lo


#: dates before a name, in digits or in Chinese numerals as official releases write them (二零二四年三月)
_LEADING_TIME = re.compile(
    r"^(?:(?:[0-9.\-/]+(?:年|月|日|号|季度|季|周)?|[〇零一二三四五六七八九十]+(?:年|月份|月|日|号))(?:末|初|底)?)+"
)


@cache
def _shapes() -> _Shapes:
    path = corpora_path("master", "name_shapes.yaml")
    return _Shapes(_with_money_heads(load_model(path, NameShapes, ConfigError, "E910", "name shapes")))


#: a currency word written in Han (港元, 新台币), not one written with 元 added to another (人民币元, 元港币)
_HAN_WORD = re.compile(f"[{HAN}]{{2,}}")


def _with_money_heads(shapes: NameShapes) -> NameShapes:
    """``shapes`` with money held in a currency among the macro suffixes (港元存款, 新台币存款, 外币存款): each
    currency word the quantities name in Han, or a ``held_in`` word, then a head (claims15a: composed, not listed)."""
    heads = shapes.money_heads
    currencies = quantity_vocabulary().currencies
    words = [w for w in currencies if _HAN_WORD.fullmatch(w) and not w.startswith("元")]
    words = [w for w in words if not (w.endswith("元") and w[:-1] in currencies)]
    composed = tuple(w + head for w in (*heads.held_in, *words) for head in heads.heads)
    suffixes = {**shapes.suffixes, "macro": (*shapes.suffixes.get("macro", ()), *composed)}
    return shapes.model_copy(update={"suffixes": suffixes})


def time_words() -> tuple[str, ...]:
    """Time and period words that are never a name (本周, 单季, 前三季度)."""
    return _shapes().shapes.times


def fund_absorbs() -> frozenset[str]:
    """The kinds of registry names a fund's own name may take in (恒指 + 港股通 + ETF + manager)."""
    return _shapes().fund_absorbs


def is_listed_fund(name: str) -> bool:
    """Whether a fund named only in the text trades on an exchange (港股通科技ETF + manager, 某某LOF)."""
    return any(s in name.upper() for s in _shapes().shapes.listed_funds)


#: how many characters a name written with a listing mark may have before it (MINIMAX-W, 精锋医疗-B)
_MARKED_NAME = 12


def listing_marks(text: str) -> list[tuple[int, int, int]]:
    """Hong Kong listing marks after a name (小米集团-W, 剂泰科技-P): (name start, mark start, mark end)
    each, the name being the run of name characters before the mark after its last boundary word
    (其中禾赛-W → 禾赛); a run longer than a name, or none, gives no name start (-1)."""
    shapes = _shapes()
    if shapes.listing_mark is None:
        return []
    out = []
    for match in shapes.listing_mark.finditer(text):
        mark = match.start()
        start = mark
        while start > max(0, mark - _MARKED_NAME - 1) and _NAME_CHAR.match(text[start - 1]):
            start -= 1
        run = text[start:mark]
        if start > 0 and _NAME_CHAR.match(text[start - 1]):
            out.append((-1, mark, match.end()))  # longer than a name: the mark only extends a name found
            continue
        name = _after_boundary(run, shapes)  # no verb stripped: 联想集团-R is a name, 联想 no verb there
        ok = shapes.shapes.min_name <= len(name) and not name.isdigit()
        out.append((mark - len(name) if ok else -1, mark, match.end()))
    return out


def statistic_heads() -> tuple[str, ...]:
    """The head nouns of a statistic's name in common words (出口, 存款, 失业人数's 人数): name_shapes'
    macro suffixes, which the surface names end in too."""
    return tuple(_shapes().shapes.suffixes.get("macro", ()))


def is_share_class(words: str) -> bool:
    """Whether ``words`` are just a fund's share class (C类, A类份额): never a name of its own."""
    regex = _shapes().share_class
    return regex is not None and regex.fullmatch(words) is not None


def share_class_end(text: str, pos: int) -> int | None:
    """Where the share class written right at ``pos`` (A类份额, C类) ends; None when there is none."""
    regex = _shapes().share_class
    found = regex.match(text, pos) if regex is not None else None
    return found.end() if found is not None else None


def ends_with_share_class(name: str) -> bool:
    """Whether ``name`` is a fund's name followed by its share class (远航成长A类份额): a fund's class."""
    regex = _shapes().share_class
    return regex is not None and any(regex.fullmatch(name, i) for i in range(1, len(name)))


def _all_generic(name: str, shapes: _Shapes) -> bool:
    """Whether ``name`` is made only of generic words (新能源 + 电动)."""
    n = len(name)
    ok = [True] + [False] * n  # ok[i]: name[:i] is covered
    for i in range(n):
        if not ok[i]:
            continue
        for length in shapes.generic_lengths:
            if i + length <= n and name[i : i + length] in shapes.generic:
                ok[i + length] = True
    return ok[n]


_COUNTED = re.compile(r".*[0-9一二三四五六七八九十几多]+(?:只|家|个|支|款|项|位|名)")


@lru_cache(maxsize=1 << 16)  # a pure reading of a short run of words, which recur across a text
def _after_boundary(prefix: str, shapes: _Shapes) -> str:
    """What follows the last boundary word in ``prefix`` (管理的远航优选 → 远航优选), or the last count
    (200只新 → 新)."""
    counted = _COUNTED.match(prefix)
    if counted:
        prefix = prefix[counted.end() :]
    for end in range(len(prefix), 0, -1):
        for length in shapes.boundary_lengths:
            if length <= end and prefix[end - length : end] in shapes.boundaries:
                return prefix[end:]
    return prefix


def _extend(found: list[AliasHit], absorbed: set[int], index: int, hit: AliasHit) -> None:
    """Add ``hit``, a known name written out with its suffixes, in place of known name ``index``."""
    if not found or found[-1].end <= hit.start:
        found.append(hit)
        absorbed.add(index)


def _plain_gap(text: str, start: int, end: int, shapes: _Shapes) -> bool:
    """Whether ``text[start:end]`` is a run of name characters with no boundary or time word in it
    (人工智能 between 科创板 and 指数), so the names on both sides can be one name."""
    gap = text[start:end]
    return len(gap) > 0 and _NAME_RUN_TO_END.match(gap) is not None and _after_boundary(gap, shapes) == gap


def _surface(text: str, known: Sequence[AliasHit], shapes: _Shapes | None = None) -> tuple[list[AliasHit], set[int]]:
    """Surface names, and the indices of ``known`` hits they absorb: an index or fund inside a longer
    fund name (南方中证500指数基金, 华夏恒生科技ETF联接A) is that fund, not the index."""
    shapes = shapes or _shapes()
    cfg = shapes.shapes
    ends = [h.end for h in known]
    found: list[AliasHit] = []
    absorbed: set[int] = set()
    for match in shapes.suffix_run.finditer(text):
        s_start, s_end = match.span()
        run = match.group()
        last = _last_suffix(run, shapes)  # (the last suffix, where it ends in the run)
        kind = shapes.kind_of[last[0]] if last else "company"
        if kind != "fund" and last:
            s_end = s_start + last[1]  # a share class letter belongs to funds only
        if kind == "macro":
            # 星辰汽车 + 出口: a company's exports; the company's name ends at its own suffix
            owner = next((n for n in range(len(run), 0, -1) if shapes.kind_of.get(run[:n], "macro") != "macro"), 0)
            if owner:
                kind, s_end = shapes.kind_of[run[:owner]], s_start + owner
        if shapes.goes_on(text, s_end, kind):
            continue
        absorbs = kind == "fund"

        if absorbs and text.startswith(("份额", "份額"), s_end) and text[s_start - 1 : s_start] in shapes.class_letters:
            continue  # …发起A + 基金份额: the class's shares; the fund's name ends at its class letter

        def absorbable(hit: AliasHit, absorbs: bool = absorbs) -> bool:
            # a fund name takes in the index, fund, flow or market it is built on; any name takes in
            # a known unlisted name it extends (京东 + 集团)
            return (absorbs and hit.kind in shapes.fund_absorbs) or hit.source == "surface"

        swallowed: list[int] = []
        core = s_start
        k = bisect_left(ends, s_start + 1)  # the first known name ending after s_start
        if k < len(known) and known[k].start < s_end:  # the suffixes overlap a known name
            hit = known[k]
            if kind == "company" and hit.kind in ("stock", "company") and hit.start <= s_start < hit.end < s_end:
                _extend(found, absorbed, k, replace(hit, end=s_end, alias=text[hit.start : s_end]))
                continue  # 中国人寿 + 保险股份有限公司: the listed company, written out in full
            if not (absorbable(hit) and hit.end <= s_end):
                continue  # the suffix is part of that name (恒生科技指数): the name stands
            swallowed.append(k)
            core = known[k].start
        j = k - 1
        while j >= 0:
            if known[j].end == core:  # known names right before: absorb or give way
                if not absorbable(known[j]):
                    break
            elif not (absorbs and absorbable(known[j]) and _plain_gap(text, known[j].end, core, shapes)):
                break  # a fund's name also runs over the words between the names it is built on
            if s_start - known[j].start > cfg.max_name.get(kind, 8):  # type: ignore[call-overload]
                break
            swallowed.append(j)
            core = known[j].start
            j -= 1
        if j >= 0 and known[j].end == core and not swallowed:
            # 中国平安 + 集团, 比亚迪 + 股份有限公司: the listed company, written out in full
            if kind == "company" and known[j].kind in ("stock", "company"):
                _extend(found, absorbed, j, replace(known[j], end=s_end, alias=text[known[j].start : s_end]))
            continue
        if kind == "fund" and shapes.share_class is not None and shapes.share_class.fullmatch(text[core - 2 : core]):
            continue  # 基金 after a share class (A类基金份额) is the class's shares, no fund of its own
        limit = max(known[j].end if j >= 0 else 0, core - shapes.reach)
        start = _name_run_start(text, limit, core) if core > limit else core
        raw = _after_boundary(text[start:core], shapes)
        free = _free_words(raw, kind == "fund", shapes)
        longest = cfg.max_name.get(kind, 8)  # type: ignore[call-overload]
        if (
            kind == "fund"
            and not swallowed
            and raw == text[start:core]
            and j >= 0
            and known[j].end == core - len(raw)
            and known[j].kind in ("stock", "company")
        ):
            # a fund named after a brand that is also a listed name (星辰科技 + 创新混合型证券投资基金):
            # the whole run is the fund, not the company plus a fragment
            swallowed.append(j)
            free = text[known[j].start : core]
        if swallowed:
            if len(free) > longest or (free and len(free) < cfg.min_name):
                free = ""
        elif (
            not cfg.min_name <= len(free) <= longest
            # a sector or a statistic may be named in generic words (整体 + 投资开支, 中小 + 企业)
            or (kind not in ("sector", "macro") and _all_generic(free, shapes))
            or not re.search(f"[{HAN}A-Za-z]", free)
            # a name glued to a known name before it is a piece of a longer word (中纺标|普500指数)
            or (kind != "sector" and j >= 0 and known[j].end == core - len(raw))
        ):
            continue
        n_start = core - len(free)
        if swallowed and n_start == known[swallowed[-1]].start and s_end == known[swallowed[0]].end:
            continue  # exactly a known name: it stands
        bare = last is not None and last[1] == len(run)  # no class letter or manager
        # claims17b: a theme between the flow and the fund's suffix (港股通 + 汽车ETF) names one fund, no category
        themed = last is not None and shapes.kind_of.get(run[: last[1] - len(last[0])], "fund") != "fund"
        category = absorbs and bare and not free and not themed
        if category and len(swallowed) == 1 and known[swallowed[0]].kind not in ("index", "fund"):
            continue  # a market's or flow's ETFs (沪市ETF): a category, no fund of its own
        words = text[n_start:s_end]
        hit = AliasHit(n_start, s_end, words, None, kind, None, None, "surface", words)
        if found and hit.start <= found[-1].start:
            found[-1] = hit  # a longer name that contains the previous one (易方达科技 in 易方达科技创新混合)
        elif found and hit.start < found[-1].end:
            continue
        else:
            found.append(hit)
        absorbed.update(swallowed)
    return found, absorbed


@lru_cache(maxsize=1 << 12)  # one reading per distinct run of suffixes (基金, 指数, 股份有限公司 …)
def _last_suffix(run: str, shapes: _Shapes) -> tuple[str, int] | None:
    """The last suffix of a run of suffixes and where it ends in the run (before a class letter or a
    manager's name), if any."""
    last = shapes.last_suffix.search(run)
    return (last.group(), last.end()) if last else None


@lru_cache(maxsize=1 << 16)  # a pure reading of a short run of words, which recur across a text
def _free_words(raw: str, fund: bool, shapes: _Shapes) -> str:
    """The words of a surface name before its suffixes: ``raw`` without leading dates and frequent
    verbs, and (for a name other than a fund's) without the market it trades in."""
    free = shapes.strip_verbs(_LEADING_TIME.sub("", raw))
    market = "" if fund else next((m for m in shapes.shapes.leading_markets if free.startswith(m)), "")
    return free[len(market) :]  # 美股 + 某某半导体指数: the market it trades in is no part of the name


def _with_rates(text: str, surface: list[AliasHit]) -> list[AliasHit]:
    """``surface`` plus the rate and yield series named in ``text`` (10年期国债收益率, 3个月HIBOR), which
    win over a surface name they overlap."""
    regex = _shapes().rates
    if regex is None:
        return surface
    words = _shapes().rate_words
    if words is not None and not any(w in text for w in words):
        return surface  # one quick search per word instead of trying the pattern at every character
    rates = [
        AliasHit(m.start(), m.end(), m.group(), None, "rate", None, None, "surface", m.group())
        for m in regex.finditer(text)
    ]
    if not rates:
        return surface
    starts = [r.start for r in rates]
    kept = []
    for hit in surface:
        i = bisect_left(starts, hit.end)
        if i and rates[i - 1].end > hit.start:
            continue  # overlaps a rate name
        kept.append(hit)
    return sorted([*kept, *rates], key=lambda h: h.start)


#: a sector named in a classification list: two to four characters (申万 level-1 names: 电子, 非银金融)
_SECTOR = re.compile(f"[{HAN}]{{2,4}}")
_LIST_JOINER = re.compile(r"[、和与及]")


def _list_item_end(text: str, start: int, shapes: _Shapes) -> int:
    """Where the item of a classification list starting at ``start`` ends: at a joiner, at a boundary
    word (计算机|领涨) or at the first character that is not Han."""
    pos = start
    while pos < len(text) and is_han(text[pos]) and not _LIST_JOINER.match(text, pos):
        if pos > start + 1 and text.startswith(shapes.list_ends, pos):
            break
        pos += 1
    return pos


@cache  # built once per process, not per document
def _context_regex(contexts: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(map(re.escape, contexts)))


def _classified(text: str, shapes: _Shapes | None = None) -> list[AliasHit]:
    """Sectors listed right after a classification context (申万一级行业中电子、计算机领涨 → 电子, 计算机):
    each item of two to four characters, joined by 、/和/与/及; a list with a longer item is no list
    (conservative: 行业中部分公司 names no sector)."""
    shapes = shapes or _shapes()
    contexts = shapes.shapes.contexts
    if not contexts:
        return []
    out: list[AliasHit] = []
    for match in _context_regex(contexts).finditer(text):
        items: list[AliasHit] = []
        pos = match.end()
        while True:
            end = _list_item_end(text, pos, shapes)
            word = text[pos:end]
            if not _SECTOR.fullmatch(word):
                items = []
                break
            items.append(AliasHit(pos, end, word, None, "sector", None, None, "surface", word))
            if not _LIST_JOINER.match(text, end):
                break
            pos = end + 1
        out.extend(items)
    return out


def _with_sectors(text: str, surface: list[AliasHit]) -> list[AliasHit]:
    """``surface`` plus the sectors of classification lists, which win over a surface name they overlap."""
    sectors = _classified(text)
    if not sectors:
        return surface
    starts = [s.start for s in sectors]  # in text order, not overlapping
    kept = []
    for hit in surface:
        i = bisect_left(starts, hit.end)
        if i and sectors[i - 1].end > hit.start:
            continue  # overlaps a sector of the list
        kept.append(hit)
    return sorted([*kept, *sectors], key=lambda h: h.start)


def find_surface_names(text: str, tokens: TokenBoundaries | None = None) -> list[AliasHit]:
    """Companies, funds, indices and sectors named in ``text`` (normalized) but not in the registry: listed
    securities (source "master", with their code) and names found by shape (source "surface", no id), in
    order, non-overlapping. A fund named after a registry index or fund (南方中证500ETF, 易方达恒生科技ETF)
    is here, and the registry alias inside it is not in ``find_subjects(..., open_world=True)``."""
    known = default_matcher().find(text, tokens)
    surface, absorbed = _surface(text, known)
    hits = _merge(known, _with_sectors(text, _with_rates(text, surface)), absorbed)
    return [h for h in hits if h.source != "registry"]


# -- putting them together --------------------------------------------------------------------------

#: the subject of 本基金 when the document names no fund before it
UNNAMED_FUND = Instrument(id="unnamed_fund", kind="fund", name="本基金", aliases=("本基金",))


@cache
def _reference_regex() -> re.Pattern[str] | None:
    words = sorted(metric_vocabulary().fund_references, key=len, reverse=True)
    if not words:
        return None
    # an alternation of words: re skips to their first characters in C itself (8 → 3.6 ms per 0.5M)
    return compile_guarded("|".join(map(re.escape, words)))


def _merge(known: list[AliasHit], surface: list[AliasHit], absorbed: set[int]) -> list[AliasHit]:
    kept = [h for k, h in enumerate(known) if k not in absorbed]
    out: list[AliasHit] = []
    i = j = 0
    while i < len(kept) or j < len(surface):
        if j == len(surface) or (i < len(kept) and kept[i].start <= surface[j].start):
            hit, i = kept[i], i + 1
        else:
            hit, j = surface[j], j + 1
        if out and hit.start < out[-1].end:
            continue  # overlapping: the earlier (known first on a tie) stands
        out.append(hit)
    return out


def _with_references(text: str, hits: list[AliasHit]) -> list[AliasHit]:
    """Fund references (本基金, 上述基金) resolved to the last fund named before them."""
    regex = _reference_regex()
    if regex is None:
        return hits
    merged: list[AliasHit] = []
    last_fund: AliasHit | None = None
    i = 0
    for match in regex.finditer(text):
        # one walk over the hits (both lists are in text order), remembering the last fund
        while i < len(hits) and hits[i].start < match.end():
            hit = hits[i]
            merged.append(hit)
            if hit.kind == "fund" and hit.end <= match.start():
                last_fund = hit
            i += 1
        if merged and merged[-1].end > match.start():
            continue  # part of a longer name
        alias = match.group()
        if last_fund is None:
            merged.append(AliasHit.of(match.start(), match.end(), alias, UNNAMED_FUND))
        else:
            f = last_fund
            merged.append(
                AliasHit(match.start(), match.end(), alias, f.instrument, f.kind, f.id, f.code, f.source, f.name)
            )
    merged.extend(hits[i:])
    return merged


def find_subjects(text: str, tokens: TokenBoundaries | None = None, *, open_world: bool = False) -> list[AliasHit]:
    """Subjects named in ``text`` (normalized), in order of position, non-overlapping.

    Registry aliases always; with ``open_world``, also listed securities (source "master") and surface
    names (source "surface", id None). Fund references (本基金, 上述基金) take the last fund named
    before them. With ``tokens``, aliases of two characters or fewer count only as whole words."""
    if open_world:
        known = default_matcher().find(text, tokens)
        surface, absorbed = _surface(text, known)
        hits = _merge(known, _with_sectors(text, _with_rates(text, surface)), absorbed)
    else:
        hits = default_matcher().find(text, tokens, registry_only=True)
    return _with_references(text, hits)
