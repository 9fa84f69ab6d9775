"""What store queries return besides documents and records: revisions, search hits, statistics."""

from __future__ import annotations

from datetime import datetime

from pydantic import BaseModel, Field


class Revision(BaseModel):
    """One version of a document's text, oldest first in `Store.revisions`."""

    document_id: str
    revision: int
    text: str
    content_hash: str
    ingested_at: datetime


class SearchHit(BaseModel):
    """A document matching a full-text query; matched words in `snippet` are wrapped in `**`."""

    doc_id: str
    title: str | None
    snippet: str
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
