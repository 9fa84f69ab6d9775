"""The typed models of SCHEMA.md, defined once: documents in, document records out."""

from __future__ import annotations

import re
from datetime import date as _date
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from suivi.vocab import (
    Area,
    CommitmentKind,
    EngagementKind,
    EngagementStatus,
    Format,
    Function,
    IndicatorKind,
    Metric,
    Precision,
    Qualifier,
)

_PARTIAL_DATE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
_PARTS = {Precision.YEAR: 1, Precision.MONTH: 2, Precision.DAY: 3}


def precision_of(value: str) -> Precision:
    """The precision a `YYYY`, `YYYY-MM` or `YYYY-MM-DD` string carries."""
    return {1: Precision.YEAR, 2: Precision.MONTH, 3: Precision.DAY}[value.count("-") + 1]


def check_partial_date(value: str) -> str:
    """Validate `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as a real calendar date; return it unchanged."""
    if not _PARTIAL_DATE.match(value):
        raise ValueError(f"not a YYYY, YYYY-MM or YYYY-MM-DD date: {value!r}")
    parts = [int(p) for p in value.split("-")] + [1, 1]
    _date(parts[0], parts[1], parts[2])  # raises ValueError for month 13, day 32, ...
    return value


class _Model(BaseModel):
    model_config = ConfigDict(extra="allow", use_enum_values=False, populate_by_name=True)


class Provenance(_Model):
    """Where a fact came from: character span in the document text and the extractor that made it."""

    start: int
    end: int
    extractor: str
    version: str


class DateValue(_Model):
    """A date with its own precision; `end` for ranges ("les 25 et 26 novembre")."""

    value: str
    precision: Precision
    end: str | None = None

    @model_validator(mode="after")
    def _parts_match_precision(self) -> DateValue:
        for v in (self.value, self.end):
            if v is not None:
                check_partial_date(v)
                if v.count("-") + 1 != _PARTS[self.precision]:
                    raise ValueError(f"date {v!r} does not have {self.precision.value} precision")
        return self


class Period(_Model):
    """Period an indicator covers; `start` null for a cumulative stock."""

    start: str | None = None
    end: str | None = None

    @field_validator("start", "end")
    @classmethod
    def _partial(cls, v: str | None) -> str | None:
        return None if v is None else check_partial_date(v)


class Series(_Model):
    """The recurring mechanism an engagement is a round of."""

    name: str
    ordinal: int | None = None


class Venue(_Model):
    place: str | None = None
    country: str | None = None


class Participant(_Model):
    name: str
    country: str | None = None
    role: str | None = None
    function: Function = Function.PARTICIPANT


class Engagement(_Model):
    """One occasion on which the parties met, spoke or will meet."""

    id: str
    kind: EngagementKind
    parties: list[str] = Field(default_factory=list)
    series: Series | None = None
    status: EngagementStatus = EngagementStatus.HELD
    date: DateValue | None = None
    format: Format = Format.UNKNOWN
    venue: Venue | None = None
    participants: list[Participant] = Field(default_factory=list)
    occasion_of: str | None = None
    evidence: str = ""
    provenance: Provenance | None = None
    event_key: str | None = None
    series_key: str | None = None


class Indicator(_Model):
    """A number that measures the relation."""

    metric: Metric
    parties: list[str] = Field(default_factory=list)
    value: float
    unit: str
    qualifier: Qualifier = Qualifier.EXACT
    period: Period | None = None
    kind: IndicatorKind = IndicatorKind.OBSERVED
    evidence: str = ""
    provenance: Provenance | None = None


class Commitment(_Model):
    """What a party agreed, pledged, proposed or signed."""

    kind: CommitmentKind
    parties: list[str] = Field(default_factory=list)
    areas: list[Area] = Field(default_factory=list)
    text: str = ""
    engagement: str | None = None
    target: Indicator | None = None
    deadline: DateValue | None = None
    evidence: str = ""
    provenance: Provenance | None = None


class DocumentRecord(_Model):
    """What suivi extracts from one article (SCHEMA.md), one JSON object per line in exports."""

    doc_id: str
    language: str | None = None
    published: str | None = None
    is_diplomatic: bool = False
    engagements: list[Engagement] = Field(default_factory=list)
    commitments: list[Commitment] = Field(default_factory=list)
    indicators: list[Indicator] = Field(default_factory=list)

    @field_validator("published")
    @classmethod
    def _published(cls, v: str | None) -> str | None:
        return None if v is None else check_partial_date(v)

    def to_json(self) -> str:
        """One JSONL line of SCHEMA.md's shape."""
        return self.model_dump_json(exclude_none=False)


class Document(_Model):
    """An ingested article: normalised text with its metadata and content hash."""

    id: str
    text: str
    published: str | None = None
    published_precision: Precision | None = None
    language: str | None = None
    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    content_hash: str = ""
    source: str | None = None  # file path (and line) it was read from

    @field_validator("published")
    @classmethod
    def _published(cls, v: str | None) -> str | None:
        return None if v is None else check_partial_date(v)


class Problem(_Model):
    """A coded error or warning about one input, kept for the end-of-run summary."""

    code: str
    message: str
    source: str | None = None
    severity: Literal["error", "warning"] = "error"
