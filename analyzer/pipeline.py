"""The one file that knows the order of the stages (DESIGN.md's flow, one direction)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from analyzer import __version__
from analyzer.claims import assemble_claims
from analyzer.claims.regions import place_claims
from analyzer.claims.tables import table_claims
from analyzer.extract import extract_mentions, redate_scopes
from analyzer.extract.timeexpr import infer_as_of_with_source
from analyzer.extract.timevocab import TimeSettings
from analyzer.gcpause import paused_gc
from analyzer.ingest import IngestedText, ingest
from analyzer.normalize import Conversion, normalize
from analyzer.segment import word_boundaries
from analyzer.structure import structure
from analyzer.types import DocumentMeta, DocumentResult

if TYPE_CHECKING:
    from analyzer.comply.rulebook import Rulebook
    from analyzer.verify.store import MarketStore

STAGES = ("ingest", "normalize", "extract", "segment", "structure", "claims", "verify", "comply", "report")


def analyze(
    source: str | os.PathLike[str] | bytes | IngestedText,
    *,
    convert: Conversion = "t2s",
    as_of: dt.date | str | None = None,
    encoding: str | None = None,
    name: str | None = None,
    time_settings: TimeSettings | None = None,
) -> DocumentResult:
    """Read one document and extract its mentions and claims (verify and comply are separate stages).

    ``source`` is a path, raw bytes (with ``name``), or already-ingested text. ``as_of`` (a date or an
    ISO ``YYYY-MM-DD`` string) is the date that partial and relative dates resolve against; by default
    a dated heading or the latest full date in the text. ``meta.as_of_source`` says which: given,
    heading, text or none.
    ``time_settings`` chooses how a month or day without a year resolves (default: time.yaml).
    """
    as_of = as_of_date(as_of)
    with paused_gc():
        return _analyze(source, convert, as_of, encoding, name, time_settings)


def _analyze(
    source: str | os.PathLike[str] | bytes | IngestedText,
    convert: Conversion,
    as_of: dt.date | None,
    encoding: str | None,
    name: str | None,
    time_settings: TimeSettings | None,
) -> DocumentResult:
    doc_in = (
        source
        if isinstance(source, IngestedText)
        else ingest(Path(source) if isinstance(source, str | os.PathLike) else source, encoding=encoding, name=name)
    )
    normalized = normalize(doc_in.text, convert)
    inferred, inferred_source = infer_as_of_with_source(normalized.text)
    effective_as_of = as_of or inferred
    as_of_source = "given" if as_of else (inferred_source if inferred else "none")
    # Recognizers read the normalized text itself, so they run before segmentation; the segmenter
    # then keeps every mention whole without scanning for quantities a second time.
    mentions, hits = extract_mentions(doc_in.text, normalized, effective_as_of, time_settings=time_settings)
    # segmentation decides only whether a short alias is a whole word: the words around those aliases
    # are cut on demand (analyzer/segment/lazy.py), with the same boundaries as cutting the whole text
    words = word_boundaries(normalized.text, [(h.start, h.end) for h in hits])
    # items of a page and their parts (headline, byline, dateline …): claims carry nothing across items
    doc_structure = structure(normalized.text, hits, effective_as_of)
    # an item dated by its own dateline reads its relative dates (今天, 昨日, 3月5日) against that date
    own_dates = [
        (item.start, item.end, item.date.day)
        for item in doc_structure.items
        if item.date is not None and item.date.source != "document" and item.date.day != effective_as_of
    ]
    if own_dates:
        mentions, hits = redate_scopes(normalized, mentions, hits, own_dates, time_settings=time_settings)
    claims, _notes, unattributed = assemble_claims(
        doc_in.text, normalized, hits, mentions, effective_as_of, words, doc_structure
    )
    meta = DocumentMeta(
        doc_id=doc_in.sha256[:16],
        path=doc_in.name,
        encoding=doc_in.encoding,
        format=doc_in.format,
        conversion=convert,
        n_chars=len(doc_in.text),
        as_of=effective_as_of,
        as_of_inferred=as_of is None and inferred is not None,
        as_of_source=as_of_source,
        analyzer_version=__version__,
    )
    result = DocumentResult(meta=meta, text=doc_in.text, simplified=normalized.text, mentions=mentions, claims=claims)
    result.unattributed = unattributed
    result._offsets = normalized.offsets
    # tables (PDF, Word and HTML tables reach the text as tab-separated rows) give one claim per cell;
    # a PDF's running headers/footers and boilerplate sections give none, and every claim names its page
    table_claims(result)
    if doc_in.layout is not None:
        place_claims(result, doc_in.layout)
    return result


def warm_up() -> None:
    """Analyze one short sentence, so the lazily loaded parts (conversion tables, recognizer patterns,
    vocabularies) are loaded before a per-document time limit starts (they are loaded once per process)."""
    with suppress(Exception):  # a real failure is reported by the first document itself
        analyze("2025年3月6日，恒生科技指数近1年涨幅达7.5%。".encode(), name="<warm-up>")


def as_of_date(value: dt.date | str | None, where: str = "analyze(as_of=…)") -> dt.date | None:
    """``as_of`` as a date: a date (a datetime gives its date), an ISO ``YYYY-MM-DD`` string, or None.

    The CLI's bounds apply (1900–2199: relative periods such as 下周 or 未来6个月 are computed from it and
    would fall off the calendar at its ends); a value outside them or not a date is E911 naming ``where``."""
    from analyzer.errors import AsOfError
    from analyzer.ingest.frontmatter import MAX_AS_OF, MIN_AS_OF

    if value is None:
        return None
    if isinstance(value, dt.datetime):
        value = value.date()
    elif isinstance(value, str):
        try:
            value = dt.date.fromisoformat(value.strip())
        except ValueError:
            raise AsOfError(f"{where}: as_of {value[:40]!r} is not a date (YYYY-MM-DD)") from None
    elif not isinstance(value, dt.date):
        raise TypeError(f"as_of must be a date, a YYYY-MM-DD string or None, not {type(value).__name__}")
    if not MIN_AS_OF <= value <= MAX_AS_OF:
        raise AsOfError(
            f"{where}: as_of {value.isoformat()} is outside the supported dates {MIN_AS_OF.isoformat()} to "
            f"{MAX_AS_OF.isoformat()}"
        )
    return value


def review(
    result: DocumentResult,
    *,
    store: MarketStore | None = None,
    comply: bool = False,
    rulebooks: Sequence[Rulebook] | None = None,
    lang: str | None = None,
) -> DocumentResult:
    """The stages after extraction, in order: verify against ``store`` (when given), then comply with
    ``rulebooks`` (the shipped ones when None) when ``comply`` is set, so contradicted claims can
    become findings. Fills ``result.verdicts`` / ``result.findings`` and returns ``result``."""
    if store is not None:
        from analyzer.verify import verify

        result.verdicts = verify(result, store)
    if comply:
        from analyzer.comply import comply as run_rulebooks

        result.findings = run_rulebooks(result, rulebooks, lang)  # lang None: the document's own script
        layout = result._layout
        if layout is not None:  # a PDF's page, a Word document's paragraph: where each finding stands
            result.findings = [
                f.model_copy(update={"where": layout.locate(f.spans[0])}) if f.spans else f  # type: ignore[attr-defined]
                for f in result.findings
            ]
    return result
