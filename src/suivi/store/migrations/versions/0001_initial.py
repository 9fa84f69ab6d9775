"""Initial store: documents and their revisions, document records and facts, full-text search."""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op
from sqlalchemy.dialects import postgresql

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _fact_columns(doc_fk: str) -> list[sa.Column[object]]:
    """Columns shared by engagements, commitments and indicators (place, evidence, provenance)."""
    return [
        sa.Column("doc_id", sa.String(255), sa.ForeignKey(doc_fk, ondelete="CASCADE"), primary_key=True),
        sa.Column("local_id", sa.String(32), primary_key=True),
        sa.Column("position", sa.Integer(), nullable=False),
        sa.Column("parties", sa.JSON(), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("span_start", sa.Integer(), nullable=True),
        sa.Column("span_end", sa.Integer(), nullable=True),
        sa.Column("extractor", sa.String(128), nullable=True),
        sa.Column("extractor_version", sa.String(32), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=True),
    ]


def _create_documents() -> None:
    op.create_table(
        "documents",
        sa.Column("id", sa.String(255), primary_key=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("published", sa.String(10), nullable=True),
        sa.Column("published_precision", sa.String(5), nullable=True),
        sa.Column("language", sa.String(8), nullable=True),
        sa.Column("title", sa.Text(), nullable=True),
        sa.Column("url", sa.Text(), nullable=True),
        sa.Column("outlet", sa.String(255), nullable=True),
        sa.Column("content_hash", sa.String(128), nullable=False),
        sa.Column("source", sa.Text(), nullable=True),
        sa.Column("extra", sa.JSON(), nullable=True),
        sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
        sa.Column("updated_at", sa.DateTime(timezone=True), nullable=False),
    )
    for column in ("published", "language", "outlet", "content_hash"):
        op.create_index(f"ix_documents_{column}", "documents", [column])
    op.create_table(
        "revisions",
        sa.Column("id", sa.Integer(), primary_key=True, autoincrement=True),
        sa.Column("document_id", sa.String(255), sa.ForeignKey("documents.id", ondelete="CASCADE"), nullable=False),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("content_hash", sa.String(128), nullable=False),
        sa.Column("ingested_at", sa.DateTime(timezone=True), nullable=False),
        sa.UniqueConstraint("document_id", "revision", name="uq_revisions_document_revision"),
    )


def _create_records() -> None:
    op.create_table(
        "records",
        sa.Column("doc_id", sa.String(255), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("revision", sa.Integer(), nullable=False),
        sa.Column("language", sa.String(8), nullable=True),
        sa.Column("published", sa.String(10), nullable=True),
        sa.Column("is_diplomatic", sa.Boolean(), nullable=False),
        sa.Column("extra", sa.JSON(), nullable=True),
        sa.Column("extracted_at", sa.DateTime(timezone=True), nullable=False),
    )
    op.create_index("ix_records_is_diplomatic", "records", ["is_diplomatic"])


def _create_engagements() -> None:
    op.create_table(
        "engagements",
        *_fact_columns("records.doc_id"),
        sa.Column("kind", sa.String(32), nullable=False),
        sa.Column("status", sa.String(16), nullable=False),
        sa.Column("format", sa.String(16), nullable=False),
        sa.Column("series", sa.JSON(), nullable=True),
        sa.Column("date", sa.JSON(), nullable=True),
        sa.Column("date_value", sa.String(10), nullable=True),
        sa.Column("venue", sa.JSON(), nullable=True),
        sa.Column("occasion_of", sa.String(32), nullable=True),
        sa.Column("event_key", sa.String(255), nullable=True),
        sa.Column("series_key", sa.String(255), nullable=True),
    )
    for column in ("kind", "status", "date_value", "event_key", "series_key"):
        op.create_index(f"ix_engagements_{column}", "engagements", [column])
    op.create_table(
        "participants",
        sa.Column("doc_id", sa.String(255), primary_key=True),
        sa.Column("engagement_id", sa.String(32), primary_key=True),
        sa.Column("position", sa.Integer(), primary_key=True),
        sa.Column("name", sa.Text(), nullable=False),
        sa.Column("country", sa.String(16), nullable=True),
        sa.Column("role", sa.Text(), nullable=True),
        sa.Column("function", sa.String(32), nullable=False),
        sa.Column("extra", sa.JSON(), nullable=True),
        sa.ForeignKeyConstraint(
            ["doc_id", "engagement_id"],
            ["engagements.doc_id", "engagements.local_id"],
            ondelete="CASCADE",
            name="fk_participants_engagement",
        ),
    )
    op.create_index("ix_participants_country", "participants", ["country"])


def _create_commitments_and_indicators() -> None:
    op.create_table(
        "commitments",
        *_fact_columns("records.doc_id"),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("areas", sa.JSON(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("engagement_id", sa.String(32), nullable=True),
        sa.Column("target", sa.JSON(), nullable=True),
        sa.Column("deadline", sa.JSON(), nullable=True),
        sa.Column("deadline_value", sa.String(10), nullable=True),
    )
    op.create_index("ix_commitments_kind", "commitments", ["kind"])
    op.create_table(
        "indicators",
        *_fact_columns("records.doc_id"),
        sa.Column("metric", sa.String(32), nullable=False),
        sa.Column("kind", sa.String(16), nullable=False),
        sa.Column("value", sa.Float(), nullable=False),
        sa.Column("unit", sa.String(16), nullable=False),
        sa.Column("qualifier", sa.String(16), nullable=False),
        sa.Column("period", sa.JSON(), nullable=True),
    )
    for column in ("metric", "kind"):
        op.create_index(f"ix_indicators_{column}", "indicators", [column])


def _create_search() -> None:
    if op.get_bind().dialect.name == "sqlite":
        # rowid = revisions.id of the indexed (current) revision; accents ignored, no stemming.
        op.execute(
            "CREATE VIRTUAL TABLE documents_fts USING fts5("
            "doc_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2')"
        )
        return
    # One row per document; `config` is the text search configuration its tsvector was built with.
    op.create_table(
        "documents_fts",
        sa.Column("doc_id", sa.String(255), sa.ForeignKey("documents.id", ondelete="CASCADE"), primary_key=True),
        sa.Column("config", sa.String(16), nullable=False),
        sa.Column("tsv", postgresql.TSVECTOR(), nullable=False),
    )
    op.create_index("ix_documents_fts_tsv", "documents_fts", ["tsv"], postgresql_using="gin")


def upgrade() -> None:
    _create_documents()
    _create_records()
    _create_engagements()
    _create_commitments_and_indicators()
    _create_search()


def downgrade() -> None:
    for table in ("documents_fts", "indicators", "commitments", "participants", "engagements", "records"):
        op.drop_table(table)
    op.drop_table("revisions")
    op.drop_table("documents")
