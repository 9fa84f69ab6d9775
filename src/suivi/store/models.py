"""SQLAlchemy tables of the store: documents with their text history, and the facts extracted from them."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from sqlalchemy import (
    JSON,
    Boolean,
    DateTime,
    Dialect,
    Float,
    ForeignKey,
    ForeignKeyConstraint,
    Integer,
    String,
    Text,
    TypeDecorator,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UtcDateTime(TypeDecorator[datetime]):
    """A timestamp stored in UTC and always read back timezone-aware (SQLite keeps no offset)."""

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        utc = value.astimezone(UTC)
        return utc.replace(tzinfo=None) if dialect.name == "sqlite" else utc

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


#: JSON column that stores Python None as SQL NULL (the default stores the JSON literal `null`).
JSON_OR_NULL = JSON(none_as_null=True)


def utc_now() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    """Declarative base of the store's tables; JSON columns hold nested parts and unknown extra keys."""


class DocumentRow(Base):
    """An ingested article; its text lives in `revisions`, `revision` names the current one."""

    __tablename__ = "documents"

    id: Mapped[str] = mapped_column(String(255), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)
    published: Mapped[str | None] = mapped_column(String(10), index=True)
    published_precision: Mapped[str | None] = mapped_column(String(5))
    language: Mapped[str | None] = mapped_column(String(8), index=True)
    title: Mapped[str | None] = mapped_column(Text)
    url: Mapped[str | None] = mapped_column(Text)
    outlet: Mapped[str | None] = mapped_column(String(255), index=True)
    content_hash: Mapped[str] = mapped_column(String(128), index=True)
    source: Mapped[str | None] = mapped_column(Text)
    extra: Mapped[Any | None] = mapped_column(JSON_OR_NULL)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    updated_at: Mapped[datetime] = mapped_column(UtcDateTime)


class RevisionRow(Base):
    """One version of a document's text; a changed text under the same id adds a revision."""

    __tablename__ = "revisions"
    __table_args__ = (UniqueConstraint("document_id", "revision", name="uq_revisions_document_revision"),)

    # An integer key: SQLite's FTS5 index uses it as rowid, so a revision's entry is deleted by key.
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    document_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"))
    revision: Mapped[int] = mapped_column(Integer)
    text: Mapped[str] = mapped_column(Text)
    content_hash: Mapped[str] = mapped_column(String(128))
    ingested_at: Mapped[datetime] = mapped_column(UtcDateTime)


class RecordRow(Base):
    """The latest document record extracted from a document, and which revision it came from."""

    __tablename__ = "records"

    doc_id: Mapped[str] = mapped_column(ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True)
    revision: Mapped[int] = mapped_column(Integer)
    language: Mapped[str | None] = mapped_column(String(8))
    published: Mapped[str | None] = mapped_column(String(10))
    is_diplomatic: Mapped[bool] = mapped_column(Boolean, index=True)
    extra: Mapped[Any | None] = mapped_column(JSON_OR_NULL)
    extracted_at: Mapped[datetime] = mapped_column(UtcDateTime)


class _Fact:
    """Columns every extracted fact carries: its place in the record, evidence and provenance."""

    doc_id: Mapped[str] = mapped_column(ForeignKey("records.doc_id", ondelete="CASCADE"), primary_key=True)
    local_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    position: Mapped[int] = mapped_column(Integer)
    parties: Mapped[Any] = mapped_column(JSON_OR_NULL)
    evidence: Mapped[str] = mapped_column(Text)
    span_start: Mapped[int | None] = mapped_column(Integer)
    span_end: Mapped[int | None] = mapped_column(Integer)
    extractor: Mapped[str | None] = mapped_column(String(128))
    extractor_version: Mapped[str | None] = mapped_column(String(32))
    extra: Mapped[Any | None] = mapped_column(JSON_OR_NULL)


class EngagementRow(_Fact, Base):
    """An engagement; `event_key` and `series_key` are written by the linker (`Store.set_links`)."""

    __tablename__ = "engagements"

    kind: Mapped[str] = mapped_column(String(32), index=True)
    status: Mapped[str] = mapped_column(String(16), index=True)
    format: Mapped[str] = mapped_column(String(16))
    series: Mapped[Any | None] = mapped_column(JSON_OR_NULL)
    date: Mapped[Any | None] = mapped_column(JSON_OR_NULL)
    date_value: Mapped[str | None] = mapped_column(String(10), index=True)
    venue: Mapped[Any | None] = mapped_column(JSON_OR_NULL)
    occasion_of: Mapped[str | None] = mapped_column(String(32))
    event_key: Mapped[str | None] = mapped_column(String(255), index=True)
    series_key: Mapped[str | None] = mapped_column(String(255), index=True)


class ParticipantRow(Base):
    """A participant of an engagement, in the order the record lists them."""

    __tablename__ = "participants"
    __table_args__ = (
        ForeignKeyConstraint(
            ["doc_id", "engagement_id"],
            ["engagements.doc_id", "engagements.local_id"],
            ondelete="CASCADE",
            name="fk_participants_engagement",
        ),
    )

    doc_id: Mapped[str] = mapped_column(String(255), primary_key=True)
    engagement_id: Mapped[str] = mapped_column(String(32), primary_key=True)
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(Text)
    country: Mapped[str | None] = mapped_column(String(16), index=True)
    role: Mapped[str | None] = mapped_column(Text)
    function: Mapped[str] = mapped_column(String(32))
    extra: Mapped[Any | None] = mapped_column(JSON_OR_NULL)


class CommitmentRow(_Fact, Base):
    """A commitment; `engagement_id` is the local id of the engagement it was made at."""

    __tablename__ = "commitments"

    kind: Mapped[str] = mapped_column(String(16), index=True)
    areas: Mapped[Any] = mapped_column(JSON_OR_NULL)
    text: Mapped[str] = mapped_column(Text)
    engagement_id: Mapped[str | None] = mapped_column(String(32))
    target: Mapped[Any | None] = mapped_column(JSON_OR_NULL)
    deadline: Mapped[Any | None] = mapped_column(JSON_OR_NULL)
    deadline_value: Mapped[str | None] = mapped_column(String(10))


class IndicatorRow(_Fact, Base):
    """A figure that measures the relation, observed or targeted."""

    __tablename__ = "indicators"

    metric: Mapped[str] = mapped_column(String(32), index=True)
    kind: Mapped[str] = mapped_column(String(16), index=True)
    value: Mapped[float] = mapped_column(Float)
    unit: Mapped[str] = mapped_column(String(16))
    qualifier: Mapped[str] = mapped_column(String(16))
    period: Mapped[Any | None] = mapped_column(JSON_OR_NULL)


class CorrectionRow(Base):
    """An analyst's correction: who, when, what (action on a target), before, after, why; never rewritten,
    only marked undone. Facts are named by their stable key (`suivi.store.corrections.fact_keys`)."""

    __tablename__ = "corrections"

    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime)
    author: Mapped[str] = mapped_column(String(255))
    action: Mapped[str] = mapped_column(String(16), index=True)
    target_kind: Mapped[str] = mapped_column(String(16))
    target: Mapped[str] = mapped_column(String(512), index=True)
    doc_id: Mapped[str | None] = mapped_column(String(255), index=True)
    change: Mapped[Any | None] = mapped_column(JSON_OR_NULL)
    before: Mapped[Any | None] = mapped_column(JSON_OR_NULL)
    after: Mapped[Any | None] = mapped_column(JSON_OR_NULL)
    reason: Mapped[str | None] = mapped_column(Text)
    undone_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    undone_by: Mapped[str | None] = mapped_column(String(255))


#: Tables the migrations create outside the ORM (full-text search), ignored when comparing schemas.
SEARCH_TABLES = frozenset({"documents_fts"})
