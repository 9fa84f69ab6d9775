"""Integrity checks of a store (`suivi check`): orphans, search rows, unextracted and stale records."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any, Literal

from sqlalchemy import and_, func, not_, or_, select, text, tuple_
from sqlalchemy.orm import Session

from suivi.store.models import (
    CommitmentRow,
    DocumentRow,
    EngagementRow,
    IndicatorRow,
    ParticipantRow,
    RecordRow,
    RevisionRow,
)
from suivi.store.results import Finding

#: How many ids a finding lists.
EXAMPLES = 10
_FACTS = (EngagementRow, CommitmentRow, IndicatorRow)


@dataclass(frozen=True)
class _Check:
    """One check: a query of the ids concerned, how bad it is, and what to do about it."""

    name: str
    severity: Literal["error", "warning"]
    message: str
    ids: Callable[[Session], list[str]]


def _scalars(session: Session, query: Any) -> list[str]:
    return [str(value) for value in session.scalars(query)]


def _pairs(session: Session, query: Any) -> list[str]:
    return [f"{doc}/{local}" for doc, local in session.execute(query)]


def _orphan_revisions(session: Session) -> list[str]:
    known = select(DocumentRow.id)
    return _scalars(session, select(RevisionRow.document_id).where(RevisionRow.document_id.not_in(known)).distinct())


def _missing_current_revision(session: Session) -> list[str]:
    current = select(RevisionRow.id).where(
        RevisionRow.document_id == DocumentRow.id, RevisionRow.revision == DocumentRow.revision
    )
    return _scalars(session, select(DocumentRow.id).where(not_(current.exists())))


def _orphan_records(session: Session) -> list[str]:
    return _scalars(session, select(RecordRow.doc_id).where(RecordRow.doc_id.not_in(select(DocumentRow.id))))


def _orphan_facts(session: Session) -> list[str]:
    found: list[str] = []
    for model in _FACTS:
        orphans = select(model.doc_id, model.local_id).where(model.doc_id.not_in(select(RecordRow.doc_id)))
        found += _pairs(session, orphans)
    return found


def _orphan_participants(session: Session) -> list[str]:
    engagements = select(EngagementRow.doc_id, EngagementRow.local_id)
    query = select(ParticipantRow.doc_id, ParticipantRow.engagement_id).where(
        tuple_(ParticipantRow.doc_id, ParticipantRow.engagement_id).not_in(engagements)
    )
    return sorted(set(_pairs(session, query)))


def _search_rows_astray(session: Session) -> list[str]:
    """Search rows of no document, or (SQLite) of a revision that is not the current one."""
    if session.get_bind().dialect.name == "sqlite":
        current = select(RevisionRow.id).join(
            DocumentRow, and_(DocumentRow.id == RevisionRow.document_id, DocumentRow.revision == RevisionRow.revision)
        )
        rows = session.execute(text("SELECT rowid, doc_id FROM documents_fts")).all()
        valid = set(session.scalars(current))
        return [f"{doc_id}#{rowid}" for rowid, doc_id in rows if rowid not in valid]
    astray = session.scalars(text("SELECT doc_id FROM documents_fts WHERE doc_id NOT IN (SELECT id FROM documents)"))
    return [str(doc_id) for doc_id in astray]


def _documents_without_search_row(session: Session) -> list[str]:
    if session.get_bind().dialect.name == "sqlite":
        indexed = {doc_id for (doc_id,) in session.execute(text("SELECT doc_id FROM documents_fts"))}
    else:
        indexed = set(session.scalars(text("SELECT doc_id FROM documents_fts")))
    return [doc_id for doc_id in _scalars(session, select(DocumentRow.id)) if doc_id not in indexed]


def _unextracted(session: Session) -> list[str]:
    return _scalars(session, select(DocumentRow.id).where(DocumentRow.id.not_in(select(RecordRow.doc_id))))


def _records_of_older_revision(session: Session) -> list[str]:
    query = (
        select(RecordRow.doc_id)
        .join(DocumentRow, DocumentRow.id == RecordRow.doc_id)
        .where(RecordRow.revision != DocumentRow.revision)
    )
    return _scalars(session, query)


def _unlinked(session: Session) -> list[str]:
    return _pairs(
        session, select(EngagementRow.doc_id, EngagementRow.local_id).where(EngagementRow.event_key.is_(None))
    )


def _stale_versions(versions: Mapping[str, str]) -> Callable[[Session], list[str]]:
    """Documents with a fact made by another version of an extractor than the one installed."""

    def ids(session: Session) -> list[str]:
        found: set[str] = set()
        for name, version in versions.items():
            for model in _FACTS:
                stale = select(model.doc_id).where(
                    model.extractor == name, or_(model.extractor_version.is_(None), model.extractor_version != version)
                )
                found.update(_scalars(session, stale))
        return sorted(found)

    return ids


_REPAIR = "remove the documents concerned with `suivi remove` and ingest them again"
CHECKS = (
    _Check("revisions_without_document", "error", f"text revisions of no document; {_REPAIR}", _orphan_revisions),
    _Check(
        "documents_without_current_revision",
        "error",
        f"documents whose current text is missing; {_REPAIR}",
        _missing_current_revision,
    ),
    _Check("records_without_document", "error", f"records of no document; {_REPAIR}", _orphan_records),
    _Check("facts_without_record", "error", f"facts of no record; {_REPAIR}", _orphan_facts),
    _Check(
        "participants_without_engagement",
        "error",
        f"participants of no engagement; {_REPAIR}",
        _orphan_participants,
    ),
    _Check(
        "search_rows_astray",
        "error",
        f"search rows of no document or of an old revision (search returns stale hits); {_REPAIR}",
        _search_rows_astray,
    ),
    _Check(
        "documents_without_search_row",
        "error",
        f"documents that search cannot find; {_REPAIR}",
        _documents_without_search_row,
    ),
    _Check(
        "documents_without_record",
        "warning",
        "documents not extracted yet (ingested with --no-extract, or extraction failed); `suivi ingest` them again",
        _unextracted,
    ),
    _Check(
        "records_of_older_revision",
        "warning",
        "records extracted from an older text of their document; `suivi ingest` the new text again",
        _records_of_older_revision,
    ),
    _Check("engagements_not_linked", "warning", "engagements without an event key; run `suivi link`", _unlinked),
)


def run_checks(session: Session, versions: Mapping[str, str] | None = None) -> list[Finding]:
    """Every check over the store, in one transaction; `versions` (extractor name -> version installed)
    adds a check of facts made by another version."""
    checks = list(CHECKS)
    if versions:
        stale = "facts made by another version of their extractor; re-extract them (`suivi remove`, then ingest)"
        checks.append(_Check("stale_extractor_versions", "warning", stale, _stale_versions(versions)))
    findings = []
    for check in checks:
        ids = check.ids(session)
        if ids:
            findings.append(
                Finding(
                    check=check.name,
                    severity=check.severity,
                    count=len(ids),
                    message=check.message,
                    examples=ids[:EXAMPLES],
                )
            )
    return findings


def table_counts(session: Session) -> dict[str, int]:
    """Rows per table, the search index included."""
    counts = {
        model.__tablename__: int(session.scalar(select(func.count()).select_from(model)) or 0)
        for model in (DocumentRow, RevisionRow, RecordRow, EngagementRow, ParticipantRow, CommitmentRow, IndicatorRow)
    }
    counts["search_rows"] = int(session.scalar(text("SELECT count(*) FROM documents_fts")) or 0)
    return counts


def store_counts(session: Session) -> dict[str, Any]:
    """What `Store.stats` reports: rows per table, diplomatic records, events and series, documents by
    language and outlet, and the first and last publication dates."""
    counts: dict[str, Any] = {
        name: session.scalar(select(func.count()).select_from(model))
        for name, model in (
            ("documents", DocumentRow),
            ("revisions", RevisionRow),
            ("records", RecordRow),
            ("engagements", EngagementRow),
            ("participants", ParticipantRow),
            ("commitments", CommitmentRow),
            ("indicators", IndicatorRow),
        )
    }
    counts["diplomatic_records"] = session.scalar(
        select(func.count()).select_from(RecordRow).where(RecordRow.is_diplomatic.is_(True))
    )
    counts["events"] = session.scalar(select(func.count(func.distinct(EngagementRow.event_key))))
    counts["series"] = session.scalar(select(func.count(func.distinct(EngagementRow.series_key))))
    counts["by_language"] = _counts_by(session, DocumentRow.language)
    counts["by_outlet"] = _counts_by(session, DocumentRow.outlet)
    first, last = session.execute(select(func.min(DocumentRow.published), func.max(DocumentRow.published))).one()
    return counts | {"first_published": first, "last_published": last}


def _counts_by(session: Session, column: Any) -> dict[str, int]:
    counts: dict[str, int] = {}
    for value, count in session.execute(select(column, func.count()).group_by(column)):
        key = "unknown" if value is None else value
        counts[key] = counts.get(key, 0) + count
    return counts
