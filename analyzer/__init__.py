"""analyzer: numeric claims, cross-checks and compliance review for Chinese financial text."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

def __getattr__(name: str) -> Any:
    # imported on first use so ``import analyzer`` stays light (``analyzer batch`` starts its pool's fork
    # server before the command line's own imports, cli/early.py): Results lives with the notebook view,
    # and the other names of __all__ that are not defined here are the record types
    if name == "Results":
        from analyzer.report.notebook import Results

        return Results
    if name in __all__:
        from analyzer import types

        return getattr(types, name)
    raise AttributeError(f"module 'analyzer' has no attribute {name!r}")


if TYPE_CHECKING:
    import pandas as pd
    from spacy.language import Language

    from analyzer.extract.timevocab import TimeSettings
    from analyzer.normalize.convert import Conversion
    from analyzer.types import (
        Claim,
        DocumentMeta,
        DocumentResult,
        Finding,
        Mention,
        Period,
        SourceNote,
        Span,
        SubjectRef,
        Verdict,
    )
    from analyzer.verify.store import MarketStore


def load() -> Language:
    """The analyzer's spaCy pipeline (blank zh + private jieba + financial dictionary)."""
    from analyzer.segment import load as _load

    return _load()


def analyze(
    source: str | os.PathLike[str] | bytes,
    *,
    as_of: dt.date | str | None = None,
    convert: Conversion = "t2s",
    encoding: str | None = None,
    name: str | None = None,
    verify: bool = False,
    comply: bool = False,
    market: MarketStore | str | os.PathLike[str] | None = None,
    rules: Sequence[str | os.PathLike[str]] | None = None,
    time_settings: TimeSettings | None = None,
) -> DocumentResult:
    """Analyze one document: its mentions and claims, and with ``verify`` / ``comply`` their verdicts
    and the compliance findings (see :func:`review`).

    ``source`` is a path, or raw bytes with ``name``. ``as_of`` (a date or ``"YYYY-MM-DD"``) is the date
    partial dates and relative periods resolve against; by default the latest full date in the text
    (``result.meta.as_of_source`` says which). ``convert`` is the OpenCC conversion (t2s, hk2s, tw2s,
    none); ``encoding`` forces the input encoding; ``time_settings`` chooses how a month or day without
    a year resolves (default: ``corpora/patterns/time.yaml``).

    >>> import analyzer
    >>> result = analyzer.analyze("恒生科技指数2024年上涨18.7%。".encode(), name="note.txt", as_of="2025-02-28")
    >>> [(c.subject.id, c.metric, str(c.value), c.unit) for c in result.claims]
    [('hstech', 'return', '18.7', '%')]
    >>> result.meta.as_of, result.meta.as_of_source
    (datetime.date(2025, 2, 28), 'given')
    """
    from analyzer.pipeline import analyze as _analyze

    result = _analyze(source, convert=convert, as_of=as_of, encoding=encoding, name=name, time_settings=time_settings)
    if verify or comply:
        review(result, market=market, rules=rules, verify=verify, comply=comply)
    return result


def review(
    result: DocumentResult,
    *,
    market: MarketStore | str | os.PathLike[str] | None = None,
    rules: Sequence[str | os.PathLike[str]] | None = None,
    verify: bool = True,
    comply: bool = True,
    lang: str | None = None,
) -> DocumentResult:
    """The stages after extraction: fill ``result.verdicts`` (check every claim against the market store
    and the document's own arithmetic) and ``result.findings`` (the compliance rulebooks). Returns
    ``result``.

    ``market`` is an open :class:`~analyzer.verify.MarketStore` or the path of one (default: the
    ``market`` of ``analyzer.toml``, else ``$ANALYZER_MARKET_DB``, else the user data store, created
    and seeded from the shipped series on first use). ``rules`` adds rulebook files or folders to the
    shipped rulebook (default: the ``rules`` of ``analyzer.toml``). ``lang`` words the findings
    (zh-Hans, zh-Hant, en; default: the ``lang`` of ``analyzer.toml``, else the document's script).
    """
    from contextlib import nullcontext
    from pathlib import Path

    from analyzer.config import load_config
    from analyzer.pipeline import review as _review

    config = load_config()
    rulebooks = None
    if comply:
        from analyzer.comply import load_rulebooks

        paths = [Path(p) for p in rules] if rules is not None else list(config.rules)
        rulebooks = load_rulebooks(paths, replace=config.replace_rules and rules is None) if paths else None
    lang = lang or config.lang
    if not verify:
        return _review(result, store=None, comply=comply, rulebooks=rulebooks, lang=lang)
    from analyzer.verify import MarketStore, open_store

    if isinstance(market, MarketStore):
        opened = nullcontext(market)
    else:
        path = Path(market) if market is not None else config.market
        opened = open_store(path, read_only=True)
    with opened as store:
        return _review(result, store=store, comply=comply, rulebooks=rulebooks, lang=lang)


def analyze_many(paths: Iterable[str | os.PathLike[str]], **kwargs: Any) -> Iterator[DocumentResult]:
    """Analyze many documents in a pool or on Dask, yielding results; see :func:`analyzer.batch.analyze_many`."""
    from analyzer.batch import analyze_many as _analyze_many

    return _analyze_many(paths, **kwargs)


def frames(items: Iterable[DocumentResult | str | os.PathLike[str]], **review: Any) -> dict[str, pd.DataFrame]:
    """pandas tables (claims, mentions, verdicts, findings, unattributed) over results or paths (analyzed
    with ``verify`` and ``comply`` on unless told otherwise); exact Decimal columns with float twins.
    See :func:`analyzer.report.notebook.frames`."""
    from analyzer.report.notebook import frames as _frames

    return _frames(items, **review)


def results_to_frames(results: Iterable[DocumentResult]) -> dict[str, pd.DataFrame]:
    """pandas DataFrames (claims, mentions, verdicts, findings) over results; see :mod:`analyzer.report.frame`."""
    from analyzer.report.frame import results_to_frames as _results_to_frames

    return _results_to_frames(results)


__all__ = [
    "Claim",
    "DocumentMeta",
    "DocumentResult",
    "Finding",
    "Mention",
    "Period",
    "Results",
    "SourceNote",
    "Span",
    "SubjectRef",
    "Verdict",
    "__version__",
    "analyze",
    "analyze_many",
    "frames",
    "load",
    "results_to_frames",
    "review",
]
