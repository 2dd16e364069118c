"""Coded errors, one place, so CLI messages are greppable (after spaCy's errors.py).

Ranges: E1xx ingest, E2xx normalize, E3xx segment, E4xx extract/claims, E5xx verify/market,
E6xx comply/rules, E7xx report, E8xx batch, E9xx CLI/config.
"""

from __future__ import annotations


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
