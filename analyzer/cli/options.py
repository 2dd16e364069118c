"""The options the document commands share (extract, check, comply, and report/batch where they fit),
defined once as typer ``Annotated`` aliases so every command shows the same flag with the same help.

A command takes the ones it needs: ``def check(files: FilesArg, out: OutOpt = None, …)``. Options that
differ in meaning between commands (``--fail-on``, ``--format`` of comply and batch) stay with their
command; ``--explain`` says per command what it adds, so its help is given by :func:`explain_option`.
"""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer


class ConvertOption(StrEnum):
    t2s = "t2s"
    hk2s = "hk2s"
    tw2s = "tw2s"
    none = "none"


class DocFormat(StrEnum):
    table = "table"
    json = "json"
    jsonl = "jsonl"
    csv = "csv"
    xlsx = "xlsx"


CONVERT_HELP = "Script conversion before extraction: t2s (default), hk2s, tw2s or none."
AS_OF_HELP = (
    "Date that partial dates (3月6日) and relative periods (近1年) resolve against; "
    "default: the latest full date in the text."
)
ENCODING_HELP = "Force the input encoding (utf-8, gb18030, big5, utf-16 …); default: detected."
FORMAT_HELP = "table (default), json, jsonl, csv (UTF-8 with BOM for Excel) or xlsx (one sheet per table; needs -o)."

FilesArg = Annotated[
    list[Path], typer.Argument(help="Text, HTML, PDF or Word (.docx) files; '-' reads standard input.")
]
#: --convert with the default left to the configuration (None: analyzer.toml's, else t2s)
ConvertFlag = Annotated[ConvertOption | None, typer.Option("--convert", help=CONVERT_HELP)]
#: --convert with a fixed default (report)
ConvertOpt = Annotated[ConvertOption, typer.Option("--convert", help=CONVERT_HELP)]
AsOfOpt = Annotated[str | None, typer.Option("--as-of", help=AS_OF_HELP, metavar="YYYY-MM-DD")]
EncodingOpt = Annotated[str | None, typer.Option("--encoding", help=ENCODING_HELP)]
OutOpt = Annotated[Path | None, typer.Option("--out", "-o", help="Write to this file instead of standard output.")]
FormatOpt = Annotated[DocFormat, typer.Option("--format", "-f", help=FORMAT_HELP)]
WideOpt = Annotated[bool, typer.Option("--wide", help="Show every table column at full width (no dropping).")]
QuietOpt = Annotated[
    bool, typer.Option("--quiet", "-q", help="Print nothing but errors (files given with -o are still written).")
]
NoBomOpt = Annotated[
    bool, typer.Option("--no-bom", help="CSV without the UTF-8 byte-order mark (for tools, not Excel).")
]
LangOpt = Annotated[
    str | None,
    typer.Option(
        "--lang",
        help="Language of the table, its reasons and totals: zh-Hans, zh-Hant or en "
        "(default: the configuration's lang, else the locale).",
    ),
]
AnnotateOpt = Annotated[
    Path | None,
    typer.Option(
        "--annotate", metavar="REVIEWED.docx",
        help="Word input: write the draft back to this file with a Word comment at each finding's words.",
    ),
]
TimeLimitOpt = Annotated[
    float,
    typer.Option(
        "--time-limit",
        help="Seconds one document may take (reading, extraction and the check or review) before it fails "
        "(E810); 0 = no limit.",
        min=0,
    ),
]
#: the default per-document time limit, as in batch
DEFAULT_TIME_LIMIT = 300.0


def explain_option(what: str) -> typer.models.OptionInfo:
    """``--explain`` with ``what`` it adds to this command's output as its help."""
    return typer.Option("--explain", help=what)


ExplainOpt = Annotated[bool, explain_option("Under the table, each row's full method, reason and observations.")]
