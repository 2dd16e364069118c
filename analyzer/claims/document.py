"""What claim assembly knows about one document, each concern (names, times, cues, notes, headlines) found once
and looked up by position."""

from __future__ import annotations

import datetime as dt
import operator
import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from functools import cache, partial
from itertools import compress

from analyzer.cached import cached_property
from analyzer.claims import named as names_mod
from analyzer.claims.clause_time import (
    find_frames,
    outside_frames,
)
from analyzer.claims.clause_words import clause_words, opener_at, sector_end, spans_a_record
from analyzer.claims.company_ref import REFERENCE as COMPANY_REFERENCE
from analyzer.claims.company_ref import with_company_references
from analyzer.claims.cues import CueHit, CueIndex
from analyzer.claims.metric import MetricReader
from analyzer.claims.named import Named, NamedIndex, clause_topic, from_alias
from analyzer.claims.period import (
    Anchors,
    PeriodBuilder,
    local_period_hits,
    merge_times,
    period_ending,
    period_published_by,
    report_period,
    with_report_year,
)
from analyzer.claims.period_reading import is_base, is_day
from analyzer.claims.reading import lead_end, leading_name
from analyzer.claims.sentences import Sentences, split_sentences
from analyzer.claims.source_note import find_notes
from analyzer.claims.subject import UNNAMED_FUND, default_matcher, find_subjects
from analyzer.claims.topic_chain import TopicChains
from analyzer.claims.vocabulary import metric_vocabulary
from analyzer.extract.base import Hit
from analyzer.normalize import Normalized
from analyzer.normalize.convert import both_scripts
from analyzer.normalize.width import fold_punct
from analyzer.regexguard import compile_guarded
from analyzer.segment import TokenBoundaries
from analyzer.structure.items import genre_spans, genre_words
from analyzer.structure.model import DocumentStructure, Role
from analyzer.structure.vocabulary import structure_vocabulary
from analyzer.types import Mention, MentionKind, Span, SubjectRef

#: numeric mentions: each becomes a claim or an Unattributed record
NUMERIC_KINDS = frozenset(
    {
        MentionKind.PERCENT,
        MentionKind.MONEY,
        MentionKind.MULTIPLE,
        MentionKind.POINTS,
        MentionKind.COUNT,
        MentionKind.NUMBER,
    }
)


LABEL_KINDS = frozenset({MentionKind.RATING, MentionKind.CODE})


TIME_KINDS = (MentionKind.DATE, MentionKind.PERIOD)


#: parts a title line may be: a headline, or a short body line (a sub-heading) of the item
_TITLE_ROLES = (Role.HEADLINE, Role.BODY)


#: a title line that is only a bracketed label (【核心观点】, folded to [核心观点]) or a markdown
#: heading (## 业绩表现, ### 投资策略): it labels a section of the text, and its words name no subject
#: unless they hold a known name (## 腾讯控股, read before this)
_SECTION_LABEL = re.compile(r"\[[^\]]*\]|#{1,6}[ \t].*")


#: parts whose date is the item's own (read as its date, never as a period beside a figure)
_DATE_ROLES = (Role.DATELINE, Role.BYLINE)
_IS_DATE_ROLE = frozenset(_DATE_ROLES).__contains__
_NOT_BYLINE = partial(operator.ne, Role.BYLINE)  # a bool for None too (``Role.BYLINE.__ne__`` would not be)
_START = operator.attrgetter("start")


HEADLINE_REACH = 6  # lines


class Doc:
    """What assembly needs to know about one document, each concern found once."""

    def __init__(
        self,
        original: str,
        normalized: Normalized,
        hits: Sequence[Hit],
        mentions: Sequence[Mention],
        as_of: dt.date | None,
        tokens: TokenBoundaries | None = None,
        structure: DocumentStructure | None = None,
    ) -> None:
        from analyzer.structure import structure as build_structure  # the stage, when not run before

        self.original = original
        self._attributions: dict[int, tuple[list[int], list[tuple[int, int]]]] = {}
        self._session_words: dict[tuple[int, int], str | None] = {}
        self._line_sessions: dict[int, CueHit | None] = {}
        self._names_nothing: dict[tuple[int, int], bool] = {}
        self._spans: dict[tuple[int, int], Span] = {}
        self._refs: dict[tuple[object, ...], SubjectRef] = {}
        self._headline_refs: dict[int, SubjectRef] = {}
        #: where a clause's leading words end, by (clause start, value start, times) (``reading.lead_end``)
        self.lead_ends: dict[tuple[int, int, bool], int] = {}
        #: clause index -> (the nearest clause at or before it whose words may name someone, those words);
        #: filled once per clause by ``reading.unread_lead`` (a chain's clauses are read once, not per figure)
        self.unread_back: dict[int, tuple[int, str]] = {}
        #: a value's start -> its clause's leading words read as a name (``reading.own_lead``)
        self.own_leads: dict[int, str] = {}
        self._inside_word: dict[tuple[int, int], bool] = {}
        #: a value's start -> its place in a list a、b、c (``period_reading._list_span``)
        self.list_spans: dict[int, tuple[int, int] | None] = {}
        self.text = fold_punct(normalized.text)
        # items of a page: nothing (subject, period, headline topic, market, note) reaches across one
        self.structure = structure if structure is not None else build_structure(normalized.text, hits, as_of)
        self.offsets = normalized.offsets
        self.as_of = as_of
        self.sentences: Sentences = split_sentences(self.text)
        self.pairs = list(zip(hits, mentions, strict=True))
        # a day word of a backdrop (承接昨日跌势) dates no figure; the date of a dateline or byline is the
        # item's date, no period stated beside a figure
        self.frames = find_frames(self.text)
        # a record's span (创9个月来最低, 近8年新高) says how long since a level was last seen: no period
        times = [h for h in hits if h.kind in TIME_KINDS]
        dated = map(_IS_DATE_ROLE, self.structure.roles_at(list(map(_START, times))))  # in a dateline or byline
        times = list(compress(times, map(operator.not_, dated)))
        self.records = [(h.start, h.end) for h in times if spans_a_record(self.text, h)]
        stated_times = outside_frames(self.frames, outside_frames(self.records, times))
        self.anchors = Anchors(self.text, stated_times)
        # an inception date (成立于2019年5月8日) is the start of 成立以来, no period of other figures
        self.time_hits = [
            t
            for t in with_report_year(
                self.text,
                merge_times(stated_times, local_period_hits(self.text, as_of)),
                [item.start for item in self.structure.items[1:]],
            )
            if not self.anchors.is_inception(t)
        ]
        self._time_ends = [t.end for t in self.time_hits]
        # a periodic report's own period (its title: …2024年第1季度报告): 本报告期, and the end that
        # trailing windows (过去六个月) count back from
        self.report = report_period(self.text, self.time_hits, self.sentences.line_starts)
        self.report_end: dt.date | None = self.report.fields["end_date"] if self.report is not None else None
        self.day_dates = [t for t in outside_frames(self.frames, hits) if is_day(t)]
        self._day_ends = [t.end for t in self.day_dates]
        self.datelines = [t for t in self.day_dates if self.is_dateline(t)]
        self._dateline_ends = [t.end for t in self.datelines]
        aliases = [from_alias(a) for a in find_subjects(self.text, tokens)]
        # registry aliases (fund references such as 本基金 resolved to registry funds only: a generic
        # 货币市场基金 in a risk statement is no referent) plus master and surface names
        merged = names_mod.with_full_names(
            self.text, names_mod.merge(aliases, names_mod.surface_names(self.text, tokens))
        )
        merged = names_mod.with_listing_marks(self.text, merged)  # 剂泰科技-P, MINIMAX-W
        merged = names_mod.without_owned_statistics(self.text, merged)  # 比亚迪出口…: BYD's, no statistic
        merged = names_mod.after_time_words(merged, [(t.start, t.end) for t in self.time_hits])  # 第1季经济…
        merged = names_mod.after_openers(self.text, merged)  # 不过消费者物价指数 → 消费者物价指数
        merged = names_mod.after_country_words(self.text, merged)  # 我国商品出口 → 商品出口
        merged = names_mod.with_fund_suffixes(self.text, merged)  # 南向ETF: a fund, not southbound
        # a byline names the writer (某某证券研究所, 记者 张三), never the subject of a figure
        merged = list(compress(merged, map(_NOT_BYLINE, self.structure.roles_at(list(map(_START, merged))))))
        merged = with_company_references(self.text, merged, self.structure.item_start)
        self.names = NamedIndex(names_mod.with_title_fund(self.text, merged, UNNAMED_FUND.id))
        self.title_fund = names_mod.title_fund(self.text, merged)
        self.first_item_end = self.structure.items[0].end
        self.notes = find_notes(self.text, self.time_hits)
        self.note_starts = [n.start for n in self.notes]
        self.skip = sorted(
            [(n.start, n.end, "inside a data-source note") for n in self.notes]
            + [(s, e, "part of a title in 《》") for s, e in _bracket_regions(self.text)]
            + [(s, e, UNOCCURRED) for s, e in _unoccurred_regions(self.text)]
        )
        self._skip_starts = [s for s, _, _ in self.skip]
        self.value_starts = [h.start for h, _ in self.pairs if h.kind in NUMERIC_KINDS or h.kind in LABEL_KINDS]
        self.value_ends = [h.end for h, _ in self.pairs if h.kind in NUMERIC_KINDS or h.kind in LABEL_KINDS]
        self._points = [h.start for h, _ in self.pairs if h.kind == MentionKind.POINTS]
        self._figure_starts = [h.start for h, _ in self.pairs if h.kind in NUMERIC_KINDS]
        self.multiple_starts = [h.start for h, _ in self.pairs if h.kind == MentionKind.MULTIPLE]
        self.metrics = MetricReader(self.text)
        self.periods = PeriodBuilder(self.text, original, self.span, as_of)
        self.bare_years = CueIndex(self.text, self.metrics.vocab.period_words.bare_year)
        market_words, self._market_currency = _market_words()
        self._market = CueIndex(self.text, market_words)
        self.headlines = self._headlines()
        self._headline_starts = [h[0] for h in self.headlines]
        self.chains = TopicChains(
            self.text,
            self.sentences,
            self.names,
            self.value_starts,
            lambda start, end, times: lead_end(self, start, end, times),
            lambda start, lead, end, mid, parallel: leading_name(self, start, lead, end, mid, lambda: parallel),
            self.metrics.direction_words,
            [(t.start, t.end) for t in self.time_hits],
        )

    def close(self) -> None:
        """Drop everything the document holds. Its readers hold it back (``periods`` a bound method,
        ``chains`` closures), so without this the whole reading (hundreds of thousands of records on a
        large text) outlives the stage as a reference cycle, and the cyclic collector walks all of it
        when it runs next (0.5M characters: 80 ms); dropped here, reference counting frees it at once.
        The subject matcher's memo of the text goes too."""
        self.__dict__.clear()
        default_matcher().forget()
        clause_topic.cache_clear()  # its keys hold the text

    def scope_start(self, pos: int) -> int:
        """Where the section or item holding ``pos`` begins (what may reach a figure at ``pos``)."""
        return max(self.sentences.section_start(pos), self.structure.item_start(pos))

    def neighbour_values(self, start: int) -> tuple[tuple[Hit, Mention] | None, tuple[Hit, Mention] | None]:
        """The numeric figures right before and right after the one starting at ``start`` (by bisect)."""
        starts = self._numeric_starts
        i = bisect_left(starts, start)
        numeric = self._numeric_pairs
        before = numeric[i - 1] if i > 0 else None
        after = numeric[i + 1] if i + 1 < len(numeric) and starts[i] == start else None
        return before, after

    def values_in(self, start: int, end: int) -> list[int]:
        """Where the figures in ``[start, end)`` start, but a change in a bracket right after an amount
        (261.5万瓶(-14.9%): the amount's, no item of a row); by bisect."""
        starts, ends = self.value_starts, self.value_ends
        lo, hi = bisect_left(starts, start), bisect_left(starts, end)
        text = self.text
        return [v for j, v in enumerate(starts[lo:hi], lo) if not (j and text[v - 1] == "(" and ends[j - 1] == v - 1)]

    @cached_property
    def _numeric_pairs(self) -> list[tuple[Hit, Mention]]:
        return [(h, m) for h, m in self.pairs if h.kind in NUMERIC_KINDS]

    @cached_property
    def _numeric_starts(self) -> list[int]:
        return [h.start for h, _ in self._numeric_pairs]

    @cached_property
    def _company_refs(self) -> tuple[list[Named], list[int]]:
        refs = [n for n in self.names.names if n.source == COMPANY_REFERENCE]
        return refs, [n.start for n in refs]

    def company_reference_before(self, pos: int) -> Named | None:
        """The last company reference (公司, 该公司) before ``pos`` in its item, by bisect."""
        refs, starts = self._company_refs
        i = bisect_left(starts, pos)
        if not i or refs[i - 1].start < self.structure.item_start(pos):
            return None
        return refs[i - 1]

    def company_reference_after(self, pos: int) -> Named | None:
        """The first company reference (公司, 该公司) after ``pos`` in its item, by bisect."""
        refs, starts = self._company_refs
        i = bisect_left(starts, pos)
        if i == len(refs) or self.structure.item_start(refs[i].start) != self.structure.item_start(pos):
            return None
        return refs[i]

    @cached_property
    def _fund_refs(self) -> tuple[list[Named], list[int]]:
        refs = [n for n in self.names.names if n.kind == "fund"]
        return refs, [n.start for n in refs]

    @cached_property
    def own_fund(self) -> Named | None:
        """The first reference by which the text speaks as a fund itself (本基金: ``own_fund_references``),
        anywhere in the document; None when it has none (found once)."""
        words = self.metrics.vocab.own_fund_references
        return next((n for n in self._fund_refs[0] if self.text[n.start : n.end] in words), None)

    def fund_reference_before(self, pos: int) -> Named | None:
        """The last fund named (本基金, a fund's name) before ``pos`` in its item, by bisect."""
        refs, starts = self._fund_refs
        i = bisect_left(starts, pos)
        if not i or refs[i - 1].start < self.structure.item_start(pos):
            return None
        return refs[i - 1]

    def in_headline(self, pos: int) -> bool:
        return self.structure.role_at(pos) == Role.HEADLINE

    def item_genre(self, pos: int) -> str | None:
        return self.structure.item_at(pos).genre

    def session_word(self, start: int, end: int) -> str | None:
        """What makes ``[start, end)`` a market-session report: a session word (收报, 高开 …) or an
        index level in points; None when there is neither. Read once per sentence, however many
        figures it holds."""
        key = (start, end)
        if key not in self._session_words:
            self._session_words[key] = self._session_word(start, end)
        return self._session_words[key]

    def _session_word(self, start: int, end: int) -> str | None:
        cue = self.metrics.in_session(start, end)
        if cue is not None:
            return f"「{cue.word}」 in the sentence"
        i = bisect_left(self._points, start)
        if i < len(self._points) and self._points[i] < end:
            return "an index level in the sentence"
        return None

    def item_session_word(self, pos: int) -> str | None:
        """A session word on the line holding ``pos``, on its item's first line (「港股收市：…」) or in
        its lead (the first body line: 港股高收366点 / 恒生指数收市报17651点…): a security's bare move
        there (阿里巴巴跌4.2%) is that session's change."""
        starts = self.sentences.line_starts
        lines = {self.sentences.line_index(pos), self.sentences.line_index(self.scope_start(pos))}
        lead = self._item_lead(pos)
        if lead is not None and (lead < pos or self.in_headline(pos)):
            # a headline sums up its lead (长和绩后跌约4% | 长和今日收报33.85元,跌3.8%): the same session
            lines.add(self.sentences.line_index(lead))
        for line in lines:
            if line not in self._line_sessions:  # read once per line, however many figures it holds
                end = starts[line + 1] if line + 1 < len(starts) else len(self.text)
                self._line_sessions[line] = self.metrics.in_session(starts[line], end)
            cue = self._line_sessions[line]
            if cue is not None:
                return f"「{cue.word}」 in the item"
        genre = self.item_genre(pos)
        if genre is not None and structure_vocabulary().genres[genre].session is not None:
            return f"the item is a {genre.replace('_', ' ')}"  # 【A股收评】: its moves are the session's
        return None

    def _item_lead(self, pos: int) -> int | None:
        """Where the lead of the item holding ``pos`` starts: its first body part after its headline."""
        item = self.structure.item_at(pos)
        if item.headline is None:
            return None
        return next((p.start for p in item.parts if p.role == Role.BODY and p.start > item.headline.start), None)

    def intraday_item(self, pos: int) -> tuple[str, str | None] | None:
        """(genre, level) when the item holding ``pos`` reports the session so far (恒指半日升281点,
        港股低开139点): its session figures are read during the session; None otherwise."""
        genre = self.item_genre(pos)
        if genre is None:
            return None
        conventions = structure_vocabulary().genres[genre]
        return (genre, conventions.level) if conventions.intraday else None

    @cached_property
    def _close_words(self) -> CueIndex:
        """The close words (收市, 收报, 终场 …) of the intraday genres and their cues, found once over the
        text: a cue holding a close word (中午收市) is no close."""
        genres = [g for g in structure_vocabulary().genres.values() if g.intraday]
        words = {w for g in genres for w in (*g.unless, *g.cues)}
        return CueIndex(self.text, both_scripts(tuple(sorted(words))))

    @cached_property
    def _closing(self) -> frozenset[str]:
        return frozenset(both_scripts(tuple(w for g in structure_vocabulary().genres.values() for w in g.unless)))

    def close_word_before(self, start: int, pos: int) -> str | None:
        """The last close word in ``[start, pos)``, if any (科指收报3980点 in a midday report is the close)."""
        found = [h for h in self._close_words.within(start, pos) if h.word in self._closing]
        return found[-1].word if found else None

    def closes_at_midday(self, start: int, pos: int) -> bool:
        """Whether a close word in ``[start, pos)`` names the midday close: the item is a review written at
        the midday break (午评, ``Genre.written_at_midday``) and no time words there date another day."""
        item = self.structure.item_at(pos)
        if item.genre is None or self.times_between(start, pos):
            return False
        genre = structure_vocabulary().genres[item.genre]
        return genre.written_before_close(genre_words(self.text, item.parts))

    def closing_span(self, pos: int) -> Hit | None:
        """The time words of a span (7月, 上半年) that the headline of the item holding ``pos`` says closes
        with the session (A股7月收官: ``span_closing`` right after them), if any."""
        item = self.structure.item_at(pos)
        words = both_scripts(structure_vocabulary().span_closing)
        for a, b in genre_spans(self.text, item.parts):
            for t in self.times_between(a, min(b, pos)):
                start, end = t.fields.get("start_date"), t.fields.get("end_date")
                if start is not None and end is not None and start < end and self.text.startswith(words, t.end):
                    return t
        return None

    @cached_property
    def _night_closes(self) -> list[tuple[int, str]]:
        """(start, words) of each close posted in the small hours (北京时间03:00收报), found once over the text."""
        pattern = structure_vocabulary().night_close
        if pattern is None:
            return []
        return [(m.start(), m.group()) for m in re.finditer(pattern, self.text)]

    def night_close_between(self, start: int, pos: int) -> str | None:
        """The words of the last close posted in the small hours in ``[start, pos)``, if any."""
        found = self._night_closes
        i = bisect_left(found, (pos,)) - 1
        return found[i][1] if i >= 0 and found[i][0] >= start else None

    def span(self, start: int, end: int) -> Span:
        """The original-text span of ``[start, end)`` (one record per span: they are immutable)."""
        found = self._spans.get((start, end))
        if found is None:
            found = Span(start=self.offsets.to_original(start), end=self.offsets.to_original_end(end))
            self._spans[(start, end)] = found
        return found

    def words(self, start: int, end: int) -> str:
        # the original slice read from the offsets: no ``Span`` record built for a reading (records are
        # for output: ``span`` builds those)
        found = self._spans.get((start, end))
        if found is not None:
            return self.original[found.start : found.end]
        return self.original[self.offsets.to_original(start) : self.offsets.to_original_end(end)]

    def skip_reason(self, hit: Hit) -> str | None:
        i = bisect_right(self._skip_starts, hit.start)
        for s, e, reason in reversed(self.skip[max(0, i - 2) : i]):  # the innermost region first
            if s <= hit.start and hit.end <= e:
                return reason
        return None

    @cached_property
    def _predicate_words(self) -> tuple[CueIndex, ...]:
        vocab = self.metrics.vocab
        fillers = CueIndex(self.text, both_scripts((*vocab.predicate_words, *vocab.session_cues)))
        m = self.metrics
        return (m.before, m.relations, m.session, m.growth_nouns, m.this_period, m.daily, fillers)

    def names_nothing(self, start: int, end: int) -> bool:
        """True when ``[start, end)`` (a clause up to its value) holds only cue, direction, relation,
        session and time words and the small words between them (按年升, 開報, 盤中最高見,
        成立以来累计收益): a predicate of the subject before it that names no subject of its own."""
        key = (start, end)
        found = self._names_nothing.get(key)
        if found is None:  # asked for the same clause by each figure that continues it
            found = self._names_nothing[key] = not self._names_outside_words(start, end)
        return found

    def unread_runs(self, start: int, end: int) -> list[str]:
        """The runs of letters or digits in ``[start, end)`` that ``names_nothing`` does not account
        for (内房股普遍 of 「内房股普遍下跌」), in order; none when it names nothing."""
        if self.names_nothing(start, end):
            return []
        covered = self._read_words(start, end)
        text, runs, run = self.text[start:end], [], ""
        for i, ch in enumerate(text):
            if not covered[i] and (ch.isalpha() or ch.isdigit()):
                run += ch
            elif run:
                runs.append(run)
                run = ""
        return [*runs, run] if run else runs

    def _word_spans(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans inside ``[start, end)`` of every cue, relation, session, time and small word."""
        spans = [span for index in self._predicate_words for span in index.spans_within(start, end)]
        return spans + [(t.start, t.end) for t in self.times_between(start, end)]

    def _read_words(self, start: int, end: int) -> bytearray:
        """1 for each character of ``[start, end)`` inside a cue, relation, session, time or small word."""
        covered = bytearray(end - start)
        for s, e in self._word_spans(start, end):
            covered[max(s, start) - start : min(e, end) - start] = b"\x01" * (min(e, end) - max(s, start))
        return covered

    def _names_outside_words(self, start: int, end: int) -> bool:
        """Whether a letter or digit of ``[start, end)`` lies outside every cue, relation, session, time
        and small word: only the gaps between those words are searched, by regex."""
        pos = start
        for s, e in sorted(self._word_spans(start, end)):  # all inside [start, end)
            if s > pos and _letter_in(self.text, pos, s):
                return True
            pos = max(pos, e)
        return pos < end and _letter_in(self.text, pos, end)

    def attributions(
        self, start: int, end: int, regex: re.Pattern[str], gate: re.Pattern[str] | None = None
    ) -> tuple[list[int], list[tuple[int, int]]]:
        """(match ends, spans of the ``who`` group) of ``regex`` in the sentence ``[start, end)``,
        found once per sentence and kept: figures look up the last one before them by bisect.
        ``gate``, a pattern every match of ``regex`` contains, skips sentences without it: a quick
        search instead of trying ``regex`` at every character."""
        found = self._attributions.get(start)
        if found is None and gate is not None and gate.search(self.text, start, end) is None:
            found = self._attributions[start] = ([], [])
        if found is None:
            matches = list(regex.finditer(self.text, start, end))
            found = ([m.end() for m in matches], [m.span("who") for m in matches])
            self._attributions[start] = found
        return found

    def inside_word(self, named: Named) -> bool:
        """True when the name begins right after a letter that no read word covers (債券通北向通: 北向),
        or inside time words (6月份中证…: 份中证…, or cut at their end: ``Named.cut_from_time``)."""
        if named.cut_from_time:
            return True
        key = (named.start, named.end)
        found = self._inside_word.get(key)
        if found is None:  # asked for one name by each figure whose subject rules read it: once
            found = self._inside_word[key] = self._read_inside_word(named.start, named.end)
        return found

    def _read_inside_word(self, start: int, end: int) -> bool:
        if any(t.start < start < t.end for t in self.times_between(max(0, start - 8), end + 8)):
            return True
        c_start, _ = self.sentences.clause_at(start)
        if start <= c_start or any(n.end == start for n in self.names.between(c_start, start)):
            return False  # at the clause's start or right after another name
        if opener_at(self.text, c_start) == start:
            return False  # 不过消费者物价指数: right after the opener of its clause
        if self.text.endswith(both_scripts(self.metrics.vocab.name_qualifiers), c_start, start):
            return False  # 美股纳斯达克指数: a market word qualifies the name
        ch = self.text[start - 1]
        if not ch.isalpha():
            return False
        pos = start - 1
        return not self._covered(pos, pos, start) and not self._covered(pos, c_start, start)

    def _covered(self, pos: int, start: int, end: int) -> bool:
        """Whether ``pos`` is inside a read word (``names_nothing``), without reading the whole range: whether a cue,
        relation, session, time or small word lying inside ``[start, end)`` covers ``pos``."""
        for index in self._predicate_words:
            c = index.span_at(pos)
            if c is not None and start <= c[0] and c[1] <= end:
                return True
        return any(t.start <= pos < t.end for t in self.times_between(start, end))

    @cached_property
    def _head_times(self) -> tuple[list[int], list[Hit]]:
        """Sentences opened by a clause of time words alone (2021年10月15日当周,…; 2024年3月,…): where each
        such sentence starts and its time, in order (found once, one pass over the sentences)."""
        starts: list[int] = []
        heads: list[Hit] = []
        week_words = both_scripts(clause_words().week_of_words)
        for s_start, _ in self.sentences.spans:
            c_start, c_end = self.sentences.clause_at(s_start)
            times = self.times_between(c_start, c_end)
            if len(times) != 1:
                continue
            t = times[0]
            rest = (self.text[c_start : t.start] + self.text[t.end : c_end]).strip(" \t,:[]")
            for w in week_words:
                rest = rest.removeprefix(w)
            if not rest:
                starts.append(s_start)
                heads.append(t)
        return starts, heads

    def head_time_before(self, pos: int) -> Hit | None:
        """The time of the last sentence before ``pos``'s own, on its line, that opens with a clause of
        time words alone (a weekly or monthly note states its window once a paragraph); by bisect."""
        starts, heads = self._head_times
        s_start, _ = self.sentences.span_at(pos)
        i = bisect_left(starts, s_start)
        if not i or self.sentences.line_index(starts[i - 1]) != self.sentences.line_index(pos):
            return None
        return heads[i - 1]

    @cached_property
    def _window_times(self) -> tuple[list[int], list[Hit | None], list[Hit | None]]:
        """Sentences with time words, where each starts and, when its time words (bases of a comparison
        aside) are one window of days, that window (3月份申万28个一级行业中…相比2月底有所提升; 5月份食品饮料
        行业仍旧占据…榜首), else None; and when its only time words are a comparison's base (与2020年12月
        底相比,…提升最为明显), that base (its last), else None; in order (one pass over the sentences)."""
        starts: list[int] = []
        windows: list[Hit | None] = []
        bases: list[Hit | None] = []
        for s_start, s_end in self.sentences.spans:
            times = self.times_between(s_start, s_end)
            if not times:
                continue
            # a sentence dated otherwise (a base alone: 与2020年12月底相比,…) ends the window before it
            found = [t for t in times if not is_base(self, t)]
            start, end = (found[0].fields.get("start_date"), found[0].fields.get("end_date")) if found else (None, None)
            window = len(found) == 1 and start is not None and end is not None and start < end
            starts.append(s_start)
            windows.append(found[0] if window else None)
            bases.append(times[-1] if not found else None)
        return starts, windows, bases

    def _last_timed(self, pos: int) -> int | None:
        """The index in ``_window_times`` of the last sentence with time words before ``pos``'s own, in
        its item; None when there is none."""
        starts = self._window_times[0]
        s_start, _ = self.sentences.span_at(pos)
        i = bisect_left(starts, s_start)
        if not i or starts[i - 1] < self.structure.item_start(pos):
            return None
        return i - 1

    def window_before(self, pos: int) -> Hit | None:
        """The window of the last sentence with time words before ``pos``'s own, in its item, when its only
        time words are that window (``_window_times``): what a note's undated sentences after it go on
        about; by bisect."""
        i = self._last_timed(pos)
        return self._window_times[1][i] if i is not None else None

    def base_before(self, pos: int) -> Hit | None:
        """The comparison's base of the last sentence with time words before ``pos``'s own, in its item,
        when a base is all its time words (与2021年3月底相比,三个行业的占比提升最为明显。具体来看,…): what
        the changes of the sentences after it are measured from; by bisect."""
        i = self._last_timed(pos)
        return self._window_times[2][i] if i is not None else None

    def times_between(self, start: int, end: int) -> list[Hit]:
        """Time expressions that lie within ``[start, end)``, in order."""
        lo = bisect_left(self._time_ends, start)
        hi = bisect_right(self._time_ends, end, lo)
        if lo == hi:
            return []  # most ranges asked hold none: no filtering pass
        return [t for t in self.time_hits[lo:hi] if t.start >= start]

    def last_dateline(self, pos: int, lo: int) -> Hit | None:
        """The last dateline (a line that is just a full date) before ``pos`` and after ``lo``."""
        i = bisect_right(self._dateline_ends, pos)
        return self.datelines[i - 1] if i and self.datelines[i - 1].start >= lo else None

    def is_dateline(self, t: Hit) -> bool:
        """Whether ``t`` is its item's own date (the structure stage's: its dateline, byline or a
        dated headline), with its year stated."""
        own = self.structure.item_at(t.start).date
        return own is not None and own.start == t.start and not t.fields.get("year_inferred")

    def day_date_at(self, start: int) -> Hit | None:
        """The day-precision date starting at ``start``, if any."""
        i = bisect_left(self._day_ends, start)
        return next((t for t in self.day_dates[i : i + 2] if t.start == start), None)

    @cached_property
    def _session_days(self) -> tuple[list[Hit], list[int]]:
        """Day dates that may date a session: not the base of a comparison (较周二增加43%), and in a
        sentence that reports a session (a session word or an index level): 副司长7月28日在发布会上介绍…
        is the day of a story, not the session the item reports."""
        days = [
            t
            for t in self.day_dates
            if not is_base(self, t) and (self.is_dateline(t) or self.session_word(*self.sentences.span_at(t.start)))
        ]
        return days, [t.end for t in days]

    def last_day_date(self, pos: int, lo: int) -> Hit | None:
        days, ends = self._session_days
        i = bisect_right(ends, pos)
        return days[i - 1] if i and days[i - 1].start >= lo else None

    def market_currency(self, pos: int) -> tuple[str, str] | None:
        """(currency, cue) of the market named last before ``pos`` (港股 → HKD, 沪深 → CNY); with none
        named before it, the document's one market when all its market words name the same (a Taiwan
        report that names its exchange only in the closing source line)."""
        cue = self._market.last_before(pos, self.structure.item_start(pos))
        if cue is not None:
            return self._market_currency[cue.word], cue.word
        return self._one_market

    def market_named_in(self, pos: int, lo: int) -> bool:
        """True when the market ``market_currency(pos)`` reads is sure for a figure at ``pos`` whose
        clause starts at ``lo``: its word stands in ``[lo, pos)``, or the document names one market only."""
        cue = self._market.last_before(pos, self.structure.item_start(pos))
        return (cue is not None and cue.start >= lo) or self._one_market is not None

    @property
    def origin_market(self) -> tuple[str, str] | None:
        """(currency, cue) of the market the document comes from: all its market words name one market,
        and the first, a word of origin (``origin_words``: 地政总署公布,…), stands before the first figure
        of its body; else None (a market named after the text's own figures may be another's)."""
        if self._one_market is None or self._market.hits[0].word not in self.metrics.vocab.origin_words:
            return None
        first = next((v for v in self.value_starts if not self.in_headline(v)), len(self.text))
        return self._one_market if self._market.hits[0].start < first else None

    @cached_property
    def _one_market(self) -> tuple[str, str] | None:
        """(currency, first cue) when all the document's market words name one market (found once)."""
        markets = {self._market_currency[c.word] for c in self._market.hits}
        if len(markets) == 1:
            first = self._market.hits[0]
            return self._market_currency[first.word], first.word
        return None

    def _headlines(self) -> list[tuple[int, int, Named | tuple[int, int], Hit | None]]:
        """Short title lines without values, with what names their subject (an item's headline): a name,
        or the (start, end) of the topic words. The subject's record is built when a figure asks
        (``headline_before``): most headlines are never asked about."""
        out = []
        starts = self.sentences.line_starts
        for i, start in enumerate(starts):
            end = (starts[i + 1] - 1) if i + 1 < len(starts) else len(self.text)
            line = self.text[start:end]
            if not line.strip() or len(line.strip()) > structure_vocabulary().headline_chars or "。" in line:
                continue
            if self.structure.role_at(start + len(line) - len(line.lstrip())) not in (None, *_TITLE_ROLES):
                continue  # a byline, dateline, source bracket, caption or table row is no headline
            # a figure makes a line no title; a code (伊利股份(600887)年报点评) labels its subject
            j = bisect_left(self._figure_starts, start)
            if j < len(self._figure_starts) and self._figure_starts[j] < end:
                continue
            times = [t for t in self.times_between(start, end) if not is_day(t)]
            when = times[-1] if times else None
            named = self.names.between(start, end)
            if named:
                out.append((start, end, named[0], when))
                continue
            if _SECTION_LABEL.fullmatch(line.strip()):
                continue  # 【核心观点】 alone labels a section; its words name no subject
            inner = line.strip().strip('[]【】“”"# ')
            offset = start + line.find(inner) if inner else start
            topic = clause_topic(self.text, offset, offset + len(inner)) if inner else None
            if topic:
                out.append((start, end, topic, when))
        return out

    def headline_before(self, pos: int) -> tuple[SubjectRef, Hit | None] | None:
        """The subject (and time words) of the item headline above ``pos``, if there is one near."""
        i = bisect_right(self._headline_starts, pos)
        if not i:
            return None
        start, _, subject, when = self.headlines[i - 1]
        line_now = self.sentences.line_index(pos)
        if line_now - self.sentences.line_index(start) > HEADLINE_REACH:
            return None
        if self.scope_start(pos) > start:
            return None
        ref = self._headline_refs.get(i - 1)
        if ref is None:  # one record per headline, built on the first ask
            ref = self.subject_ref(subject) if isinstance(subject, Named) else self.topic_ref(*subject)
            self._headline_refs[i - 1] = ref
        return ref, when

    def subject_ref(self, n: Named, carried: bool = False) -> SubjectRef:
        """The subject a name refers to (one record per name read: they are immutable)."""
        key = (n.start, n.end, n.named_at, n.id, n.kind, n.code, n.source, carried)
        found = self._refs.get(key)
        if found is None:
            found = self._refs[key] = self._subject_ref(n, carried)
        return found

    def _subject_ref(self, n: Named, carried: bool) -> SubjectRef:
        span = self.span(*(n.named_at or (n.start, n.end)))
        return SubjectRef(
            id=n.id,
            alias=span.slice(self.original),
            kind=n.kind,
            span=None if carried else span,
            code=n.code,
            source=n.source,
        )

    @cached_property
    def stated_report(self) -> Hit | None:
        """The whole report period the text names that ends on the as-of date (found once)."""
        return period_ending(self.time_hits, self.as_of) if self.as_of is not None else None

    @cached_property
    def published_report(self) -> Hit | None:
        """The report period the text names that a report published on the as-of date covers, by the
        publishing lags of ``period_words.report_lag`` (found once)."""
        lags = metric_vocabulary().period_words.report_lag
        return period_published_by(self.time_hits, self.as_of, lags) if self.as_of is not None and lags else None

    def topic_ref(self, start: int, end: int) -> SubjectRef:
        end = sector_end(self.text, start, end)  # 房地产行业 → 房地产
        span = self.span(start, end)
        alias = span.slice(self.original)
        return SubjectRef(
            id=None, alias=alias, kind=names_mod.kind_of_name(self.text[start:end]), span=span, source="surface"
        )


#: a letter or digit in Unicode's sense (``str.isalnum``); ``_letter_in`` keeps those that are
#: ``isalpha`` or ``isdigit``, as ``names_nothing`` reads them
_ALNUM = re.compile(r"[^\W_]")


def _letter_in(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` holds a character that ``isalpha`` or ``isdigit``."""
    return any(m.group().isalpha() or m.group().isdigit() for m in _ALNUM.finditer(text, start, end))


@cache  # built once per process, not per document
def _market_words() -> tuple[tuple[str, ...], dict[str, str]]:
    """(market words, market word in either script → its currency)."""
    currency = metric_vocabulary().market_currency
    words = tuple(w for words in currency.values() for w in words)
    return words, {w: code for code, words in currency.items() for w in both_scripts(words)}


@cache  # built once per process, not per document
def _bracket_patterns() -> tuple[re.Pattern[str], ...]:
    return tuple(
        re.compile(f"{re.escape(pair[0])}[^{re.escape(pair[-1])}]*{re.escape(pair[-1])}")
        for pair in metric_vocabulary().skip_inside
    )


#: why a value inside a case the text says did not occur is no claim
UNOCCURRED = "inside a case the text says did not occur (未出现…的情形): a rule's threshold, no figure of anything"


@cache  # built once per process, not per document
def _unoccurred_pattern() -> re.Pattern[str] | None:
    case = metric_vocabulary().unoccurred_case
    if not case.open or not case.close:
        return None
    opened, closed = ("|".join(map(re.escape, words)) for words in (case.open, case.close))
    return compile_guarded(f"(?:{opened})[^。;!?\\n]{{0,{case.reach}}}?(?:{closed})")


def _unoccurred_regions(text: str) -> list[tuple[int, int]]:
    """claims11b: the spans of the cases the text says did not occur (未出现…的情形), within one sentence."""
    pattern = _unoccurred_pattern()
    return [] if pattern is None else [(m.start(), m.end()) for m in pattern.finditer(text)]


def _bracket_regions(text: str) -> list[tuple[int, int]]:
    regions = []
    for pattern in _bracket_patterns():
        regions += [(m.start(), m.end()) for m in pattern.finditer(text)]
    return regions
