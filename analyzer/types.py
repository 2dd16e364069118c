"""The records that flow between stages (DESIGN.md "Core types").

Every ``Span`` is in character offsets of the **original** text (as decoded, before script
conversion). Numbers are ``Decimal`` from extraction through verification.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import StrEnum
from typing import Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    SerializerFunctionWrapHandler,
    ValidationInfo,
    field_validator,
    model_serializer,
)


class Frozen(BaseModel):
    """Immutable record with a stable JSON form."""

    model_config = ConfigDict(frozen=True, extra="forbid")


class Span(Frozen):
    """Half-open character range ``[start, end)`` into the original text."""

    start: int = Field(ge=0)
    end: int = Field(ge=0)

    # a check of the fields as they are read, not of the finished record: pydantic runs a model's
    # "after" validator again each time the record is handed to a field of another (a claim's span,
    # sentence, period and subject), a Python call per nesting; a field's validator runs only when
    # the span is built
    @field_validator("end")
    @classmethod
    def _ordered(cls, end: int, info: ValidationInfo) -> int:
        start = info.data.get("start")
        if start is not None and end < start:
            raise ValueError(f"span end {end} before start {start}")
        return end

    def slice(self, text: str) -> str:
        """The surface this span covers in ``text``."""
        return text[self.start : self.end]

    def contains(self, other: Span) -> bool:
        return self.start <= other.start and other.end <= self.end

    def overlaps(self, other: Span) -> bool:
        return self.start < other.end and other.start < self.end


class Location(Frozen):
    """Where a span stands in a PDF or Word document: the page and box (PDF), the part (Word)."""

    page: int | None = Field(default=None, description="1-based PDF page")
    box: tuple[float, float, float, float] | None = Field(
        default=None, description="x0, top, x1, bottom in PDF points from the page's top-left corner"
    )
    part: str | None = Field(
        default=None, description="the document part: 'paragraph 12', 'table 1 row 2 cell 3', 'header', 'footer'"
    )

    def label(self) -> str:
        """「page 3」, 「paragraph 12」 or 「page 3, table 1 row 2 cell 3」: the words a reviewer looks for."""
        return ", ".join(x for x in (f"page {self.page}" if self.page else "", self.part or "") if x)


class _WhereOmitted(Frozen):
    """A record whose ``where`` (a PDF or Word location) is left out of its JSON when there is none, so
    the records of plain text and HTML keep exactly the form they had."""

    @model_serializer(mode="wrap")
    def _drop_empty_where(self, handler: SerializerFunctionWrapHandler) -> dict[str, object]:
        data = handler(self)
        if isinstance(data, dict) and data.get("where", 0) is None:
            del data["where"]
        return data


class MentionKind(StrEnum):
    PERCENT = "percent"
    MONEY = "money"
    MULTIPLE = "multiple"
    POINTS = "points"
    COUNT = "count"
    NUMBER = "number"
    DATE = "date"
    PERIOD = "period"
    RATING = "rating"
    CODE = "code"


Precision = Literal["day", "month", "year"]


class Mention(Frozen):
    """One recognized quantity or time expression, with provenance (after Presidio's RecognizerResult)."""

    id: str
    kind: MentionKind
    text: str = Field(description="surface in the original text: original[span.start:span.end]")
    span: Span
    value: Decimal | None = Field(
        default=None,
        description="normalized number: percent in percentage points (77.84), money in currency units "
        "(magnitude applied), multiple as the factor (39.72), index level in points, count as the number of units",
    )
    stated: Decimal | None = Field(
        default=None,
        description="the number as written, before magnitude words (8078.7 of 8078.7亿); its "
        "exponent is the stated precision",
    )
    unit: str | None = Field(
        default=None, description="% for percent, x for multiple, currency code, or the counted noun"
    )
    currency: str | None = Field(default=None, description="ISO 4217 code for money: HKD, CNY, USD")
    magnitude: str | None = Field(default=None, description="magnitude word as written: 万, 亿, 万亿")
    scale: int | None = Field(default=None, description="the factor the magnitude word stands for (1e8 for 亿)")
    label: str | None = Field(default=None, description="non-numeric value: rating R4, fund code 513180")
    date: dt.date | None = None
    precision: Precision | None = None
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    year_inferred: bool = False
    relation: str | None = Field(default=None, description="period relation: range, since, until, trailing, ytd, …")
    years: tuple[int, ...] = ()
    low: Decimal | None = Field(default=None, description="a range's lower bound (5 of 5%-10%), in the unit of value")
    high: Decimal | None = Field(default=None, description="a range's upper bound (10 of 5%-10%); value is None")
    invalid: str | None = Field(
        default=None, description="why the expression cannot be a real date or number (2025年2月30日), in words"
    )
    recognizer: str
    pattern: str
    score: float = Field(default=1.0, ge=0.0, le=1.0)


class SubjectRef(Frozen):
    """What a claim is about: a registry id (None for a surface subject) and the alias as it appears."""

    id: str | None = Field(description="registry id when the subject has market data; None for a surface subject")
    alias: str
    kind: str = Field(description="index, fund, stock, company, flow, macro, aggregate, sector")
    span: Span | None = Field(default=None, description="where the alias stands; None when carried over")
    code: str | None = Field(default=None, description="security or fund code from the securities master (600519)")
    source: str | None = Field(
        default=None, description="where it was resolved: registry, master, surface (named in the text only)"
    )


class Period(Frozen):
    """The time a claim covers, resolved to inclusive dates, with the words that stated it."""

    start: dt.date | None
    end: dt.date | None
    text: str = Field(description="the surface words (近1年, 2024年) or how it was derived")
    span: Span | None = None
    year_inferred: bool = False
    derived_from: str | None = Field(
        default=None,
        description="how the period was obtained when not stated next to the value: as_of, source_note, context, list",
    )
    invalid: str | None = Field(default=None, description="why the stated period cannot be real (2025年2月30日)")


class SourceNote(Frozen):
    """A data-source note such as 「(数据来源:Wind,2024-03-07至2025-03-06)」."""

    id: str
    sources: tuple[str, ...] = Field(description="the named data sources: Wind, 恒生指数官网 …")
    periods: tuple[Period, ...] = ()
    text: str
    span: Span


class Claim(_WhereOmitted):
    """A statement the document makes: subject, metric, value, period and the source it cites."""

    id: str
    subject: SubjectRef | None
    metric: str = Field(description="return, annual_return, net_inflow, pe_ttm, percentile, growth_yoy, growth, …")
    value: Decimal | None = Field(default=None, description="in the unit below; percent in percentage points")
    unit: str | None = None
    currency: str | None = None
    label: str | None = Field(default=None, description="non-numeric value (R4, 513180)")
    mention_id: str = Field(description="the Mention holding the value")
    span: Span = Field(description="the value's words in the original text")
    text: str = Field(description="original[span.start:span.end]")
    period: Period | None = None
    source: SourceNote | None = None
    attribution: str | None = Field(default=None, description="who the text says stated it: 长江证券 …")
    linked: SubjectRef | None = Field(default=None, description="a second subject: the index a fund code tracks")
    refs: tuple[str, ...] = Field(
        default=(), description="claims this one is computed from: growth of refs[0] over refs[1]"
    )
    sentence: Span
    low: Decimal | None = Field(default=None, description="a range's lower bound; value is None for a range")
    high: Decimal | None = Field(default=None, description="a range's upper bound")
    basis: str | None = Field(
        default=None,
        description=(
            "what a change is relative to: yoy, qoq, mom, prev_close, year_start (the end of the year before: "
            "较上年末, 较年初), ref (refs[1]), weight (a formula weight)"
        ),
    )
    forecast: bool = Field(
        default=False, description="a forecast, target or expectation (预计/有望/目标价); never verified"
    )
    intraday: bool = Field(
        default=False,
        description="a figure read during the session (一度跌3%, 半日跌69点, 盘中报, 高见/低见, the open), "
        "never the close or the session's change; never compared with either",
    )
    confidence: float = Field(default=1.0, ge=0.0, le=1.0, description="how sure subject, metric and period are")
    decided_by: dict[str, str] = Field(
        default_factory=dict,
        description="how subject, metric and period were decided (cue, rule), in words; 'uncertain: …' when unsure",
    )
    where: Location | None = Field(default=None, description="page and box (PDF) or part (Word) of the value")
    rules: dict[str, str] = Field(
        default_factory=dict,
        description="subject, metric and period → the name of the decision rule that decided each "
        "(corpora/patterns/claim_rules.yaml)",
    )


class Unattributed(Frozen):
    """A numeric mention that became no claim, and why (no silent drops)."""

    mention_id: str
    text: str = Field(description="original[span.start:span.end]")
    span: Span
    reason: str = Field(description="in a reader's words: no subject, no metric cue, a section number, part of a name")


class VerdictStatus(StrEnum):
    SUPPORTED = "supported"
    CONTRADICTED = "contradicted"
    UNVERIFIABLE = "unverifiable"


class Verdict(Frozen):
    """The result of checking one claim against market data or the document's own arithmetic."""

    claim_id: str
    status: VerdictStatus
    checker: str
    expected: Decimal | None = Field(default=None, description="the value the document states")
    computed: Decimal | None = None
    difference: Decimal | None = None
    tolerance: Decimal | None = None
    method: str = Field(description="human-readable: close-to-close return, 2024-03-06 → 2025-03-06")
    reason: str | None = Field(default=None, description="why unverifiable, or what the computed value matched")
    data: tuple[str, ...] = Field(default=(), description="series and observations used")
    cause: str | None = Field(
        default=None, description="why unverifiable, one of analyzer.verify.causes.CAUSES (None otherwise)"
    )
    missing_series: str | None = Field(
        default=None, description="'instrument field' the store lacks or ends too early for (a fetch may cure it)"
    )
    providers: tuple[str, ...] = Field(
        default=(), description="the providers whose data, each computed alone, gave this status (eastmoney, sina)"
    )
    #: supported only off a value that stood in for a session its series lacks (analyzer.verify.registry.stood_in):
    #: a provider holding that session decides before it; not part of the record
    _bridged: bool = PrivateAttr(default=False)


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


class Citation(Frozen):
    """The regulation a rule rests on."""

    document: str
    article: str | None = None
    provenance: str | None = Field(default=None, description="how sure the wording is (VQ, VP, R, IND)")


class Finding(_WhereOmitted):
    """A compliance finding: which rule, how severe, where in the original text, and why."""

    rule_id: str
    severity: Severity
    title: str
    message: str
    fix: str | None = Field(default=None, description="what to do about it, in the same language as the message")
    lang: str | None = Field(default=None, description="language of title, message and fix: zh-Hans, zh-Hant, en")
    spans: tuple[Span, ...] = ()
    quotes: tuple[str, ...] = Field(default=(), description="original text at each span")
    citation: Citation
    claim_ids: tuple[str, ...] = ()
    where: Location | None = Field(default=None, description="page and box (PDF) or part (Word) of the first span")


class DocumentMeta(Frozen):
    """Where a document came from and how it was read."""

    doc_id: str = Field(description="sha256 of the raw bytes, first 16 hex digits")
    path: str
    encoding: str
    format: Literal["text", "html", "pdf", "docx"]
    conversion: str = Field(description="OpenCC config used: t2s, hk2s, tw2s or none")
    n_chars: int
    as_of: dt.date | None
    as_of_inferred: bool = Field(description="True when as_of came from the latest full date in the text")
    as_of_source: str | None = Field(
        default=None, description="where as_of came from: given, meta, heading (dated byline), text (截至 date), none"
    )
    analyzer_version: str


class DocumentResult(BaseModel):
    """Everything the analyzer found in one document (DESIGN.md's ``Report``)."""

    model_config = ConfigDict(extra="forbid")

    meta: DocumentMeta
    text: str = Field(description="the original text; every Span indexes into it")
    simplified: str = Field(description="the normalized Simplified text the recognizers read")
    mentions: list[Mention] = []
    claims: list[Claim] = []
    unattributed: list[Unattributed] = []
    verdicts: list[Verdict] = []
    findings: list[Finding] = []
    _offsets: object = PrivateAttr(default=None)
    _layout: object = PrivateAttr(default=None)  # analyzer.ingest.layout.Layout of a PDF or Word input

    def span_from_simplified(self, start: int, end: int) -> Span:
        """Map a range of ``simplified`` back to the original text (through the normalize offset map)."""
        from analyzer.normalize.offsets import OffsetMap

        offsets = self._offsets if isinstance(self._offsets, OffsetMap) else None
        if offsets is None:
            if len(self.simplified) != len(self.text):
                raise ValueError("no offset map attached and the texts differ in length")
            return Span(start=start, end=end)
        return Span(start=offsets.to_original(start), end=offsets.to_original_end(end))

    def _repr_html_(self) -> str:
        """The notebook view: the text with claims coloured by verdict, the verdict table, the findings."""
        from analyzer.report.notebook import document_html

        return document_html(self)

    def to_frame(self) -> dict[str, object]:
        """pandas DataFrames keyed by table name (claims, mentions, verdicts, findings)."""
        from analyzer.report.frame import results_to_frames

        return results_to_frames([self])
