"""The one file that knows the order of the stages (DESIGN.md's flow, one direction)."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from analyzer import __version__
from analyzer.claims import assemble_claims
from analyzer.extract import extract_mentions
from analyzer.extract.timeexpr import infer_as_of
from analyzer.extract.timevocab import TimeSettings
from analyzer.ingest import IngestedText, ingest
from analyzer.normalize import Conversion, normalize
from analyzer.segment import TokenBoundaries, load, segment
from analyzer.types import DocumentMeta, DocumentResult

if TYPE_CHECKING:
    from analyzer.comply.rulebook import Rulebook
    from analyzer.verify.store import MarketStore

STAGES = ("ingest", "normalize", "extract", "segment", "claims", "verify", "comply", "report")


def analyze(
    source: str | os.PathLike[str] | bytes | IngestedText,
    *,
    convert: Conversion = "t2s",
    as_of: dt.date | None = None,
    encoding: str | None = None,
    name: str | None = None,
    time_settings: TimeSettings | None = None,
) -> DocumentResult:
    """Read one document and extract its mentions and claims (verify and comply are separate stages).

    ``source`` is a path, raw bytes (with ``name``), or already-ingested text. ``as_of`` is the date
    that partial and relative dates resolve against; by default the latest full date in the text.
    ``time_settings`` chooses how a month or day without a year resolves (default: time.yaml).
    """
    doc_in = (
        source
        if isinstance(source, IngestedText)
        else ingest(Path(source) if isinstance(source, str | os.PathLike) else source, encoding=encoding, name=name)
    )
    normalized = normalize(doc_in.text, convert)
    inferred = infer_as_of(normalized.text)
    effective_as_of = as_of or inferred
    # Recognizers read the normalized text itself, so they run before segmentation; the segmenter
    # then keeps every mention whole without scanning for quantities a second time.
    mentions, hits = extract_mentions(doc_in.text, normalized, effective_as_of, time_settings=time_settings)
    doc = segment(normalized.text, protect=[(h.start, h.end) for h in hits], nlp=load())
    claims, _notes, unattributed = assemble_claims(
        doc_in.text, normalized, hits, mentions, effective_as_of, TokenBoundaries(doc)
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
        analyzer_version=__version__,
    )
    result = DocumentResult(meta=meta, text=doc_in.text, simplified=normalized.text, mentions=mentions, claims=claims)
    result.unattributed = unattributed
    result._offsets = normalized.offsets
    return result


def review(
    result: DocumentResult,
    *,
    store: MarketStore | None = None,
    comply: bool = False,
    rulebooks: Sequence[Rulebook] | None = None,
) -> DocumentResult:
    """The stages after extraction, in order: verify against ``store`` (when given), then comply with
    ``rulebooks`` (the shipped ones when None) when ``comply`` is set, so contradicted claims can
    become findings. Fills ``result.verdicts`` / ``result.findings`` and returns ``result``."""
    if store is not None:
        from analyzer.verify import verify

        result.verdicts = verify(result, store)
    if comply:
        from analyzer.comply import comply as run_rulebooks

        result.findings = run_rulebooks(result, rulebooks)
    return result
