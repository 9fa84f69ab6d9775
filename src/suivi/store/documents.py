"""Documents and their revisions in one transaction: adding or revising a document (its text indexed for
search), and reading documents back with the text of their current revision."""

from __future__ import annotations

import hashlib
from typing import Any, Literal

from sqlalchemy import String, and_, func, literal, or_, select
from sqlalchemy.orm import Session

from suivi.errors import InvalidQuery
from suivi.record import Document, check_partial_date
from suivi.store import search as fulltext
from suivi.store.models import DocumentRow, RevisionRow, utc_now
from suivi.store.rows import extra_fields

AddOutcome = Literal["added", "unchanged", "revised"]
#: Documents joined with the text of their current revision.
CURRENT_DOCUMENTS = select(DocumentRow, RevisionRow.text).join(
    RevisionRow,
    and_(RevisionRow.document_id == DocumentRow.id, RevisionRow.revision == DocumentRow.revision),
)


def content_hash_of(text: str) -> str:
    """The hash used when a Document arrives without one: SHA-256 of its UTF-8 text."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def add_in(session: Session, doc: Document, content_hash: str) -> tuple[AddOutcome, str | None]:
    """Add `doc` within `session`: "unchanged" for known content (with the other id holding it, if any),
    "revised" when the id's text changed (a new revision, the history kept), else "added"."""
    current = session.get(DocumentRow, doc.id, with_for_update=True)
    if current is not None:
        if current.content_hash == content_hash:
            return "unchanged", None
        _revise(session, current, doc, content_hash)
        return "revised", None
    twin = session.scalar(
        select(DocumentRow.id).where(DocumentRow.content_hash == content_hash).order_by(DocumentRow.id).limit(1)
    )
    if twin is not None:
        return "unchanged", twin
    _insert(session, doc, content_hash)
    return "added", None


def _insert(session: Session, doc: Document, content_hash: str) -> None:
    now = utc_now()
    row = DocumentRow(id=doc.id, revision=1, created_at=now)
    apply_metadata(row, doc, content_hash)
    session.add(row)
    session.flush()
    _add_revision(session, row, doc, replaced_revision_id=None)


def _revise(session: Session, row: DocumentRow, doc: Document, content_hash: str) -> None:
    replaced = session.scalar(
        select(RevisionRow.id).where(RevisionRow.document_id == row.id, RevisionRow.revision == row.revision)
    )
    row.revision += 1
    apply_metadata(row, doc, content_hash)
    _add_revision(session, row, doc, replaced_revision_id=replaced)


def _add_revision(session: Session, row: DocumentRow, doc: Document, *, replaced_revision_id: int | None) -> None:
    revision = RevisionRow(
        document_id=row.id,
        revision=row.revision,
        text=doc.text,
        content_hash=row.content_hash,
        ingested_at=row.updated_at,
    )
    session.add(revision)
    session.flush()
    fulltext.index_document(
        session.connection(),
        doc_id=row.id,
        revision_id=revision.id,
        replaced_revision_id=replaced_revision_id,
        title=doc.title,
        body=doc.text,
        language=doc.language,
    )


def apply_metadata(row: DocumentRow, doc: Document, content_hash: str) -> None:
    row.published = doc.published
    row.published_precision = str(doc.published_precision) if doc.published_precision else None
    row.language = doc.language
    row.title = doc.title
    row.url = doc.url
    row.outlet = doc.outlet
    row.source = doc.source
    row.extra = extra_fields(doc)
    row.content_hash = content_hash
    row.updated_at = utc_now()


def document_of(row: DocumentRow, body: str) -> Document:
    return Document.model_validate(
        (row.extra or {})
        | {
            "id": row.id,
            "text": body,
            "published": row.published,
            "published_precision": row.published_precision,
            "language": row.language,
            "title": row.title,
            "url": row.url,
            "outlet": row.outlet,
            "content_hash": row.content_hash,
            "source": row.source,
        }
    )


def published_since(since: str) -> Any:
    """The condition on documents published on or after `since` (YYYY[-MM[-DD]]); S203 if not a date."""
    try:
        check_partial_date(since)
    except ValueError as exc:
        raise InvalidQuery(
            f"since={since!r} is not a date: use YYYY, YYYY-MM or YYYY-MM-DD", detail={"since": since}
        ) from exc
    # Later at full precision, or equal at the document's coarser precision ("2021" vs "2021-06").
    coarser = func.substr(literal(since, String), 1, func.length(DocumentRow.published))
    return or_(DocumentRow.published >= since, coarser == DocumentRow.published)
