"""The fact rows of records within one transaction: which documents have a record, records' rows written
and deleted, stored facts read back, engagements that exist; ids go in chunks of `CHUNK` per IN (...) list."""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from sqlalchemy import delete, insert, select
from sqlalchemy.orm import Session

from suivi.store.models import (
    CommitmentRow,
    DocumentRow,
    EngagementRow,
    IndicatorRow,
    ParticipantRow,
    RecordRow,
    utc_now,
)
from suivi.store.rows import RecordRows, StoredFacts

FACT_TABLES = (ParticipantRow, EngagementRow, CommitmentRow, IndicatorRow)
CHUNK = 500  # ids per IN (...) list


def chunks(items: list[str]) -> Iterator[list[str]]:
    for start in range(0, len(items), CHUNK):
        yield items[start : start + CHUNK]


def revisions_and_records(session: Session, doc_ids: list[str]) -> tuple[dict[str, int], set[str]]:
    """The current revision of each known document among `doc_ids`, and those that have a record already."""
    revisions: dict[str, int] = {}
    extracted: set[str] = set()
    for chunk in chunks(doc_ids):
        query = select(DocumentRow.id, DocumentRow.revision).where(DocumentRow.id.in_(chunk))
        revisions.update((doc_id, revision) for doc_id, revision in session.execute(query))
        extracted.update(session.scalars(select(RecordRow.doc_id).where(RecordRow.doc_id.in_(chunk))))
    return revisions, extracted


def insert_rows(session: Session, batch: list[RecordRows]) -> None:
    """Every row of these records, one executemany per table (records first, participants after engagements)."""
    if not batch:
        return
    now = utc_now()
    session.execute(insert(RecordRow), [rows.record | {"extracted_at": now} for rows in batch])
    for table, values in (
        (EngagementRow, [row for rows in batch for row in rows.engagements]),
        (ParticipantRow, [row for rows in batch for row in rows.participants]),
        (CommitmentRow, [row for rows in batch for row in rows.commitments]),
        (IndicatorRow, [row for rows in batch for row in rows.indicators]),
    ):
        if values:
            session.execute(insert(table), values)


def delete_facts(session: Session, doc_ids: list[str]) -> None:
    for model in (*FACT_TABLES, RecordRow):
        session.execute(delete(model).where(model.doc_id.in_(doc_ids)))


def load_facts(session: Session, doc_ids: list[str]) -> list[StoredFacts]:
    records = session.scalars(select(RecordRow).where(RecordRow.doc_id.in_(doc_ids)).order_by(RecordRow.doc_id)).all()
    facts = {record.doc_id: StoredFacts(record) for record in records}
    if not facts:
        return []
    ids = list(facts)
    for engagement in session.scalars(select(EngagementRow).where(EngagementRow.doc_id.in_(ids))):
        facts[engagement.doc_id].engagements.append(engagement)
    for participant in session.scalars(select(ParticipantRow).where(ParticipantRow.doc_id.in_(ids))):
        facts[participant.doc_id].participants.append(participant)
    for commitment in session.scalars(select(CommitmentRow).where(CommitmentRow.doc_id.in_(ids))):
        facts[commitment.doc_id].commitments.append(commitment)
    for indicator in session.scalars(select(IndicatorRow).where(IndicatorRow.doc_id.in_(ids))):
        facts[indicator.doc_id].indicators.append(indicator)
    return list(facts.values())


def missing_engagements(session: Session, pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    wanted = set(pairs)
    found: set[tuple[str, str]] = set()
    for chunk in chunks(sorted({doc for doc, _ in wanted})):
        query = select(EngagementRow.doc_id, EngagementRow.local_id).where(EngagementRow.doc_id.in_(chunk))
        found.update((doc, eid) for doc, eid in session.execute(query))
    return sorted(wanted - found)
