"""Coded errors, defined once in one table, so CLI messages are greppable (after spaCy's errors.py).

Ranges: E1xx ingest, E2xx normalize, E3xx segment, E4xx extract/claims, E5xx verify/market,
E6xx comply/rules, E7xx report, E8xx batch, E9xx CLI/config. :data:`CODES` maps every code to the
class that raises it and what it means; :func:`error` builds the right exception from a code, and
``tests/unit/test_errors.py`` checks that every code used in the source is in the table.
"""

from __future__ import annotations

from dataclasses import dataclass


class AnalyzerError(Exception):
    """Base of every error the analyzer raises on purpose: a code and a one-line message."""

    code: str = "E000"

    def __init__(self, message: str, *, code: str | None = None) -> None:
        if code is not None:
            self.code = code
        self.message = message
        super().__init__(f"{self.code} {message}")

    def one_line(self) -> str:
        """The message as the CLI prints it: code, text, no newlines."""
        return f"{self.code} {self.message}".replace("\n", " ")


class IngestError(AnalyzerError):
    """The input could not be read as text (binary, undecodable, empty, too large)."""

    code = "E100"


class NormalizeError(AnalyzerError):
    """Script conversion or offset mapping failed its round-trip check."""

    code = "E200"


class SegmentError(AnalyzerError):
    """Segmentation did not reproduce the text."""

    code = "E300"


class ExtractError(AnalyzerError):
    """A recognizer or pattern file is broken."""

    code = "E400"


class MarketDataError(AnalyzerError):
    """Market data could not be imported or read."""

    code = "E500"


class RulebookError(AnalyzerError):
    """A compliance rulebook is malformed."""

    code = "E600"


class ReportError(AnalyzerError):
    """A report could not be written."""

    code = "E700"


class BatchError(AnalyzerError):
    """A batch run could not start or finish its bookkeeping."""

    code = "E800"


class DocumentTimeout(BatchError):
    """A document took longer than the batch run's per-document time limit."""

    code = "E810"


class ConfigError(AnalyzerError):
    """Bad command-line option or configuration value."""

    code = "E900"


class AsOfError(ConfigError, ValueError):
    """An as-of date given to the Python API that is not a date or lies outside the supported dates
    (a ValueError too, as it was before it had a code)."""

    code = "E911"


@dataclass(frozen=True, slots=True)
class Code:
    """One error code: the class that carries it and what it means, in a reader's words."""

    code: str
    cls: type[AnalyzerError]
    meaning: str


# fmt: off
_TABLE: tuple[tuple[str, type[AnalyzerError], str], ...] = (
    ("E101", IngestError, "binary data or undecodable bytes, not text"),
    ("E102", IngestError, "empty document (no text, or HTML without text)"),
    ("E103", IngestError, "input larger than the size limit (read no further than the limit)"),
    ("E104", IngestError, "unknown or non-text encoding name"),
    ("E105", IngestError, "the forced encoding does not decode the input"),
    ("E106", IngestError, "missing or unreadable input: not found, a directory, a symlink loop, permission denied"),
    ("E107", IngestError, "not a regular file (FIFO, socket, device): skipped unread"),
    ("E108", IngestError, "malformed front matter or metadata for this document"),
    ("E110", IngestError, "a PDF without a text layer (a scan: images only); OCR is not built in"),
    ("E111", IngestError, "an encrypted PDF (a password is needed to open it)"),
    ("E112", IngestError, "a damaged PDF that cannot be read"),
    ("E113", IngestError, "a damaged Word document (.docx) that cannot be read"),
    ("E114", IngestError, "the old binary Word format (.doc): save it as .docx"),
    ("E115", IngestError, "the boilerplate or table vocabulary data file is malformed"),
    ("E116", IngestError, "--annotate needs exactly one Word (.docx) input that could be read"),
    ("E201", NormalizeError, "conversion changed the number of lines, or an offset map has the wrong length"),
    ("E202", NormalizeError, "offset outside the normalized text"),
    ("E203", NormalizeError, "offset maps do not chain"),
    ("E204", NormalizeError, "unknown script conversion"),
    ("E301", SegmentError, "segmentation does not reproduce the text"),
    ("E302", SegmentError, "user dictionary not found"),
    ("E303", SegmentError, "the pipeline's tokenizer is not the analyzer's jieba tokenizer"),
    ("E401", ExtractError, "the time vocabulary data file is malformed"),
    ("E402", ExtractError, "not a Chinese numeral"),
    ("E403", ExtractError, "a recognizer pattern file is malformed"),
    ("E404", ExtractError, "a recognizer is registered twice or unknown"),
    ("E405", ExtractError, "the metric vocabulary data file is malformed"),
    ("E406", ExtractError, "not a number (digits that Decimal cannot read)"),
    ("E410", ExtractError, "the document structure data file is malformed"),
    ("E411", ExtractError, "the claim rule tables data file is malformed"),
    ("E412", ExtractError, "a claim rule table names a rule or step that is not registered"),
    ("E501", MarketDataError, "market import: file not found"),
    ("E502", MarketDataError, "market import: unsupported file type"),
    ("E503", MarketDataError, "market import: a value cannot be read"),
    ("E504", MarketDataError, "market import: no or several matching columns"),
    ("E505", MarketDataError, "market import: the workbook or text cannot be read"),
    ("E506", MarketDataError, "unknown instrument"),
    ("E507", MarketDataError, "market import: no data rows"),
    ("E508", MarketDataError, "market data: a value the store cannot hold (not finite, too large, rounds to 0)"),
    ("E509", MarketDataError, "market import: --scale is not a number between 1e-10 and 1e12"),
    ("E510", MarketDataError, "the series catalog is malformed"),
    ("E511", MarketDataError, "unknown trading calendar"),
    ("E520", MarketDataError, "the market store cannot be opened"),
    ("E521", MarketDataError, "the market store is held by another process past the wait bound"),
    ("E522", MarketDataError, "the market store cannot be read or written (damaged file)"),
    ("E530", MarketDataError, "market fetch: akshare is not installed"),
    ("E531", MarketDataError, "market fetch: the AKShare call failed (network)"),
    ("E532", MarketDataError, "market fetch: AKShare's function or column layout changed"),
    ("E533", MarketDataError, "market fetch: no AKShare source for this instrument and field"),
    ("E534", MarketDataError, "market fetch: no rows in the requested range"),
    ("E535", MarketDataError, "check --fetch: some series could not be fetched; their claims stay unverifiable"),
    ("E536", MarketDataError, "check --fetch: a results frame states no single known currency or fiscal year end"),
    ("E537", MarketDataError, "market fetch: the AKShare call did not answer in time (network hung)"),
    ("E550", MarketDataError, "the checks file (corpora/market/checks.yaml) is malformed"),
    ("E601", RulebookError, "rulebook unreadable or not YAML (also: nested too deep)"),
    ("E602", RulebookError, "a rulebook or rule field is invalid"),
    ("E603", RulebookError, "a pattern or phrase does not compile"),
    ("E604", RulebookError, "duplicate rule id in one rulebook"),
    ("E605", RulebookError, "no rulebook found"),
    ("E606", RulebookError, "a user pattern refused before compiling: large or nested counted repeats, or too long"),
    ("E607", RulebookError, "a word class is unknown or invalid (word_classes.yaml or a rulebook's settings.classes)"),
    ("E701", ReportError, "the report folder cannot be written (e.g. it names an existing file)"),
    ("E801", BatchError, "no input files (a folder or pattern matches nothing)"),
    ("E802", BatchError, "the output folder cannot be created"),
    ("E803", BatchError, "unknown output format"),
    ("E804", BatchError, "another batch run is writing to this output folder"),
    ("E805", BatchError, "the consolidated tables cannot be written (e.g. disk full); the previous set is kept"),
    ("E806", BatchError, "the Dask scheduler cannot be reached or its address is malformed"),
    ("E807", BatchError, "a document failed with an error that is not an analyzer error"),
    ("E808", BatchError, "the worker process died while analyzing this document"),
    ("E809", BatchError, "the metadata sidecar (--meta) cannot be read"),
    ("E810", DocumentTimeout, "a document took longer than the per-document time limit"),
    ("E811", BatchError, "Dask workers run several threads, but the market store is not thread-safe"),
    ("E820", BatchError, "the output folder names a path outside it (marker, symlinked folder): refused"),
    ("E901", ConfigError, "a bundled data file is missing"),
    ("E902", ConfigError, "a command-line option is out of range"),
    ("E903", ConfigError, "the instrument registry is malformed"),
    ("E904", ConfigError, "an output path names a folder, or cannot be written"),
    ("E905", ConfigError, "a YAML data file is nested too deep"),
    ("E907", ConfigError, "a plug-in (entry point analyzer_recognizers / analyzer_checkers) failed to load"),
    ("E910", ConfigError, "securities master: a list or the name shapes cannot be read, or an import has no code/name"),
    ("E911", AsOfError, "as_of given to the Python API is not a date or lies outside 1900-2199"),
    ("E920", ConfigError, "a message catalogue is malformed (missing language, placeholders differ, duplicate id)"),
    ("E921", ConfigError, "unknown language (use zh-Hans, zh-Hant or en)"),
    ("E999", AnalyzerError, "internal error (a bug): the exception's class and message are shown"),
)
# fmt: on

#: every error code → its class and meaning
CODES: dict[str, Code] = {code: Code(code, cls, meaning) for code, cls, meaning in _TABLE}


def error(code: str, message: str) -> AnalyzerError:
    """The exception for ``code`` (of the class the table gives) with ``message``; unknown codes are a bug."""
    entry = CODES[code]
    return entry.cls(message, code=code)


def meaning(code: str) -> str:
    """What ``code`` means, or '' if it is not in the table."""
    entry = CODES.get(code)
    return entry.meaning if entry else ""


def internal(exc: BaseException, where: str = "") -> AnalyzerError:
    """An unexpected exception as a coded one-line error (E999) naming its class."""
    text = " ".join((str(exc) or type(exc).__name__).split())[:300]
    prefix = f"{where}: " if where else ""
    return AnalyzerError(f"{prefix}internal error {type(exc).__name__}: {text}", code="E999")
