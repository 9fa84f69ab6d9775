"""What store queries return besides documents and records: revisions, search hits, statistics."""

from __future__ import annotations

from datetime import datetime
from typing import Literal

from pydantic import BaseModel, Field

from suivi.record import Document, DocumentRecord


class Revision(BaseModel):
    """One version of a document's text, oldest first in `Store.revisions`."""

    document_id: str
    revision: int
    text: str
    content_hash: str
    ingested_at: datetime


class SearchHit(BaseModel):
    """A document matching a full-text query, with its date and a one-line snippet; `highlights` are the
    (start, end) character offsets of the matched words in `snippet`."""

    doc_id: str
    title: str | None
    published: str | None = None  # YYYY[-MM[-DD]], at the document's precision
    outlet: str | None = None
    snippet: str
    highlights: list[tuple[int, int]] = Field(default_factory=list)
    score: float  # higher is better; comparable only within one result list


class StoreStats(BaseModel):
    """What the store holds: counts, their spread over languages and outlets, and the date range."""

    documents: int = 0
    revisions: int = 0
    records: int = 0
    diplomatic_records: int = 0
    engagements: int = 0
    participants: int = 0
    commitments: int = 0
    indicators: int = 0
    events: int = 0  # distinct event_key values set by the linker
    series: int = 0  # distinct series_key values set by the linker
    by_language: dict[str, int] = Field(default_factory=dict)  # "unknown" when a document has none
    by_outlet: dict[str, int] = Field(default_factory=dict)  # "unknown" when a document has none
    first_published: str | None = None
    last_published: str | None = None


class Finding(BaseModel):
    """One thing `Store.check` found wrong (error) or worth doing something about (warning)."""

    check: str  # e.g. "revisions_without_document"
    severity: Literal["error", "warning"]
    count: int
    message: str  # what it means and what to do
    examples: list[str] = Field(default_factory=list)  # the first ids concerned


class IntegrityReport(BaseModel):
    """What `suivi check` prints: the counts of the store and every finding, errors first."""

    url: str
    counts: dict[str, int] = Field(default_factory=dict)
    findings: list[Finding] = Field(default_factory=list)

    @property
    def errors(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "error"]

    @property
    def warnings(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == "warning"]


class Removal(BaseModel):
    """What `suivi remove` did: the documents removed and the documents relinked because of it."""

    removed: list[str] = Field(default_factory=list)
    relinked: list[str] = Field(default_factory=list)


class DocumentDetail(BaseModel):
    """One document as `suivi show` gives it: the current text and metadata, its revision number, every
    earlier text, and its extracted record (None until extracted)."""

    document: Document
    revision: int
    revisions: list[Revision]
    record: DocumentRecord | None = None
