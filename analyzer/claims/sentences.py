"""Punctuation, sentence, clause and section boundaries in the normalized text — defined once.

Claim assembly reads a *folded* copy of the normalized text in which full-width punctuation
(，：；（）！？「」) is replaced by its ASCII counterpart one character for one character, so every
rule in ``analyzer/claims`` is written once for ASCII and works for either width with identical
offsets.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass
from functools import cache
from itertools import compress
from operator import itemgetter, lt, mul, sub

from analyzer.boundaries import SENTENCE_END_CHARS
from analyzer.normalize.width import PUNCT_FOLD, fold_punct
from analyzer.regexguard import compile_guarded
from analyzer.structure.vocabulary import structure_vocabulary

#: the sentence ends of ``analyzer.boundaries`` in the folded text (。!?; one or more, or line breaks)
_FOLDED_ENDS = "".join(dict.fromkeys(PUNCT_FOLD.get(ch, ch) for ch in SENTENCE_END_CHARS if ch != "\n"))
_ENDS = re.escape(_FOLDED_ENDS)
#: a run of sentence ends, or of line breaks: ``[ends]+|\n+``, written to open with one class of the
#: characters either run starts with, so that ``re`` skips to them in C (an alternation of repeats, or a
#: look-ahead guard before it, is tried at every character: 15 → 7 ms per 0.5M characters)
SENTENCE_END = re.compile(f"[{_ENDS}\n](?:(?<=\n)\n*|(?<=[{_ENDS}])[{_ENDS}]*)")
#: a clause ends where a sentence ends or at a comma or colon (not one between digits: 20,127)
#: (and at spaces between Chinese words or after a percent, as in headlines: 「恒指跌135点 科指跌1.2%」,
#: 「国指跌1.1% 信义光能跌近6%」): ``[。!?;]+|\n+|[,:](?!\d)|(?<!\d)[,:]|(?<=[^\x00-\x24\x26-\x7f]) +(?=[^\x00-\x7f])``,
#: opening with one class as ``SENTENCE_END`` does; the look-behinds after it look back over it
CLAUSE_END = re.compile(
    r"[。!?;\n,: ](?:(?<=[。!?;])[。!?;]*|(?<=\n)\n*|(?<=[,:])(?:(?!\d)|(?<!\d[,:]))"
    r"|(?<=[^\x00-\x24\x26-\x7f] ) *(?=[^\x00-\x7f]))"
)
#: a bracketed note within one line and one sentence (剔除B股,共353家样本公司): a comma, colon or space in it
#: parts no clause, so the name before the bracket stays the head of the figures after it
_NOTE_BRACKET = re.compile(rf"\([^()\n{_ENDS}]*\)")
_SECTION_LINE = re.compile(r"^[ \t]*\d{1,2}[ \t]*$", re.MULTILINE)  # 「01」 on its own line
#: a title: a line, or a bracketed headline ([央行:…]), holding no prose punctuation (no comma but one
#: between digits, no sentence end)
_TITLE_LINE = re.compile(r"^[^\n]+$", re.MULTILINE)
_TITLE_BRACKET = re.compile(r"\[[^\]\n]+\]")
_PROSE_PUNCT = compile_guarded(r"[。!?;]|,(?!\d)|(?<!\d),")
#: in a title, spaces (an ideographic space folded) after a Chinese word and before a Latin name or a
#: figure part two headline phrases (「某股首季盈利倍增　X9系列交付達2萬輛」, 「指數跌破2%警戒線 17項物資轉跌」);
#: in prose they are a writer's spacing (沪深 300 指数下跌 11.38%) and part nothing
_TITLE_GAP = compile_guarded(r"(?<=[^\x00-\x24\x26-\x7f]) +(?=[A-Za-z0-9])")


_START, _END = itemgetter(0), itemgetter(1)


def _title_gaps(text: str) -> list[tuple[int, int]]:
    """The spans of the spaces that part two phrases of a title (``_TITLE_GAP``), in order."""
    gaps: set[tuple[int, int]] = set()
    for titles in (_TITLE_LINE, _TITLE_BRACKET):
        for title in titles.finditer(text):
            line = title.group()
            if " " in line and not _PROSE_PUNCT.search(line):
                gaps.update((title.start() + m.start(), title.start() + m.end()) for m in _TITLE_GAP.finditer(line))
    return sorted(gaps)


def _outside_notes(text: str, cuts: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """``cuts`` (in order) without those inside a bracketed note (``_NOTE_BRACKET``): two bisects per note."""
    notes = [m.span() for m in _NOTE_BRACKET.finditer(text)]
    if not notes:
        return cuts
    # a cut is inside a note when it starts strictly between the note's ends (notes do not overlap): the
    # cuts inside each note are a run of the sorted cuts, found by bisect, and the kept cuts are the
    # slices between those runs, so the work is per note, not per cut (a text has far more cuts)
    kept: list[tuple[int, int]] = []
    pos = 0
    for n_start, n_end in notes:
        first = bisect_right(cuts, (n_start, len(text)), pos)  # the first cut starting after the note's start
        last = bisect_left(cuts, (n_end, -1), first)  # the first cut starting at or after its end
        if first < last:
            kept += cuts[pos:first]
            pos = last
    return kept + cuts[pos:] if pos else cuts


def _pieces(
    text: str, ends: re.Pattern[str], more: list[tuple[int, int]] | None = None, notes: bool = False
) -> list[tuple[int, int]]:
    found = list(map(re.Match.span, ends.finditer(text)))
    cuts = sorted(found + more) if more else found
    if notes:
        cuts = _outside_notes(text, cuts)
    # A piece runs from the end of the cut before it to its cut: with the cut (a punctuation mark), or up
    # to it when the cut starts at a line break; an empty piece is none. A text has a cut every few
    # characters, so this is done with C maps over the cuts rather than a Python loop over them:
    # the piece's end is ``end - (first == "\n") * (end - first)``, i.e. ``first`` at a line break.
    firsts, cut_ends = list(map(_START, cuts)), list(map(_END, cuts))
    at_break = map("\n".__eq__, map(text.__getitem__, firsts))  # every cut holds one character at least
    piece_ends = list(map(sub, cut_ends, map(mul, at_break, map(sub, cut_ends, firsts))))
    starts = [0, *cut_ends[:-1]] if cut_ends else []  # where each piece starts: at the cut before it
    spans = list(compress(zip(starts, piece_ends, strict=True), map(lt, starts, piece_ends)))
    start = cut_ends[-1] if cut_ends else 0
    if start < len(text):
        spans.append((start, len(text)))
    if not spans:
        spans.append((0, len(text)))
    return spans


@dataclass(frozen=True, slots=True)
class Sentences:
    """Sentence and clause spans (normalized offsets), line starts and section breaks, by offset."""

    spans: tuple[tuple[int, int], ...]
    starts: tuple[int, ...]
    section_breaks: tuple[int, ...]
    clauses: tuple[tuple[int, int], ...] = ()
    clause_starts: tuple[int, ...] = ()
    line_starts: tuple[int, ...] = (0,)

    # these three are asked several times per figure: one bisect each, no further calls
    def index_at(self, pos: int) -> int:
        i = bisect_right(self.starts, pos)
        return i - 1 if i else 0

    def span_at(self, pos: int) -> tuple[int, int]:
        i = bisect_right(self.starts, pos)
        return self.spans[i - 1 if i else 0]

    def clause_at(self, pos: int) -> tuple[int, int]:
        """The clause (between commas, colons or sentence ends) holding ``pos``."""
        if not self.clauses:
            return self.span_at(pos)
        i = bisect_right(self.clause_starts, pos)
        return self.clauses[i - 1 if i else 0]

    def line_index(self, pos: int) -> int:
        """Which line (0-based) holds ``pos``."""
        return max(0, bisect_right(self.line_starts, pos) - 1)

    def line_start(self, pos: int) -> int:
        return self.line_starts[self.line_index(pos)]

    def section_start(self, pos: int) -> int:
        """Offset where the section holding ``pos`` begins (0 if there are no breaks before it)."""
        i = bisect_right(self.section_breaks, pos)
        return self.section_breaks[i - 1] if i else 0



@cache
def _wire_dateline() -> re.Pattern[str]:
    return re.compile(structure_vocabulary().wire_dateline)


def _headline_ends(text: str) -> list[tuple[int, int]]:
    """claims17b: where a bracketed headline that opens a line (【某期货收盘…】财联社…电,…) ends its sentence: the
    headline's figures are not the body's earlier figures in one sentence. The wire's dateline right after it
    (财联社…电,) stays with the headline: it names the wire, never the head of the body's first sentence."""
    cuts = []
    for m in _TITLE_BRACKET.finditer(text):
        if m.start() and text[m.start() - 1] != "\n":
            continue
        dateline = _wire_dateline().match(text, m.end())
        end = dateline.end() if dateline is not None and text[dateline.end() - 1 : dateline.end()] in ",:" else m.end()
        cuts.append((end - 1, end))
    return cuts


def split_sentences(text: str) -> Sentences:
    """Split on sentence-final punctuation, semicolons and newlines (either width); clauses also
    split on commas and colons, but not inside a bracketed note; trailing punctuation stays with its piece."""
    folded = fold_punct(text)
    headlines = _headline_ends(folded)
    spans = _pieces(folded, SENTENCE_END, headlines)
    clauses = _pieces(folded, CLAUSE_END, _title_gaps(folded) + headlines, notes=True)
    breaks = tuple(map(re.Match.start, _SECTION_LINE.finditer(folded)))
    lines = (0, *map(re.Match.end, re.finditer("\n", folded)))
    return Sentences(
        tuple(spans), tuple(map(_START, spans)), breaks, tuple(clauses), tuple(map(_START, clauses)), lines
    )
