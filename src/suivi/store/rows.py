"""Translate a DocumentRecord to table rows and back, losing nothing (extra keys go to `extra` JSON)."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from pydantic import BaseModel

from suivi.errors import InvalidRecord
from suivi.record import Commitment, Document, DocumentRecord, Engagement, Indicator, Participant, Provenance
from suivi.store.models import CommitmentRow, EngagementRow, IndicatorRow, ParticipantRow, RecordRow
from suivi.validate import checked_document, checked_record

Row = dict[str, Any]


@dataclass
class RecordRows:
    """The rows one document record becomes, ready for bulk insertion."""

    record: Row
    engagements: list[Row] = field(default_factory=list)
    participants: list[Row] = field(default_factory=list)
    commitments: list[Row] = field(default_factory=list)
    indicators: list[Row] = field(default_factory=list)


@dataclass
class StoredFacts:
    """The rows of one stored record, as read back from the tables."""

    record: RecordRow
    engagements: list[EngagementRow] = field(default_factory=list)
    participants: list[ParticipantRow] = field(default_factory=list)
    commitments: list[CommitmentRow] = field(default_factory=list)
    indicators: list[IndicatorRow] = field(default_factory=list)


def _json(model: BaseModel | None) -> Any:
    return None if model is None else model.model_dump(mode="json")


def extra_fields(model: BaseModel) -> Row | None:
    """Keys beyond the schema's fields (SCHEMA.md allows more keys), JSON-ready; None when there are none."""
    if not model.model_extra:
        return None
    dumped = model.model_dump(mode="json")
    return {key: dumped[key] for key in model.model_extra}


def _provenance_columns(provenance: Provenance | None) -> Row:
    if provenance is None:
        return {"span_start": None, "span_end": None, "extractor": None, "extractor_version": None}
    return {
        "span_start": provenance.start,
        "span_end": provenance.end,
        "extractor": provenance.extractor,
        "extractor_version": provenance.version,
    }


def _fact_columns(doc_id: str, local_id: str, position: int, fact: Engagement | Commitment | Indicator) -> Row:
    return {
        "doc_id": doc_id,
        "local_id": local_id,
        "position": position,
        "parties": list(fact.parties),
        "evidence": fact.evidence,
        "extra": extra_fields(fact),
        **_provenance_columns(fact.provenance),
    }


def _engagement_rows(doc_id: str, position: int, engagement: Engagement) -> tuple[Row, list[Row]]:
    row = _fact_columns(doc_id, engagement.id, position, engagement) | {
        "kind": str(engagement.kind),
        "status": str(engagement.status),
        "format": str(engagement.format),
        "series": _json(engagement.series),
        "date": _json(engagement.date),
        "date_value": engagement.date.value if engagement.date else None,
        "venue": _json(engagement.venue),
        "occasion_of": engagement.occasion_of,
        "event_key": engagement.event_key,
        "series_key": engagement.series_key,
    }
    participants = [
        {
            "doc_id": doc_id,
            "engagement_id": engagement.id,
            "position": index,
            "name": participant.name,
            "country": participant.country,
            "role": participant.role,
            "function": str(participant.function),
            "extra": extra_fields(participant),
        }
        for index, participant in enumerate(engagement.participants)
    ]
    return row, participants


def _commitment_row(doc_id: str, position: int, commitment: Commitment) -> Row:
    return _fact_columns(doc_id, f"c{position + 1}", position, commitment) | {
        "kind": str(commitment.kind),
        "areas": [str(area) for area in commitment.areas],
        "text": commitment.text,
        "engagement_id": commitment.engagement,
        "target": _json(commitment.target),
        "deadline": _json(commitment.deadline),
        "deadline_value": commitment.deadline.value if commitment.deadline else None,
    }


def _indicator_row(doc_id: str, position: int, indicator: Indicator) -> Row:
    return _fact_columns(doc_id, f"i{position + 1}", position, indicator) | {
        "metric": str(indicator.metric),
        "kind": str(indicator.kind),
        "value": indicator.value,
        "unit": indicator.unit,
        "qualifier": str(indicator.qualifier),
        "period": _json(indicator.period),
    }


def document_to_store(doc: Document) -> Document:
    """The document as both stores write it, checked by `suivi.validate`: SQLite and PostgreSQL refuse the
    same ids, languages, dates and texts, with the same S1xx codes, before anything is written."""
    return checked_document(doc)


def record_rows(record: DocumentRecord, revision: int) -> RecordRows:
    """The rows of a record; engagement ids must be unique in the document (InvalidRecord otherwise)."""
    record = checked_record(record)
    repeated = sorted(eid for eid, n in Counter(e.id for e in record.engagements).items() if n > 1)
    if repeated:
        raise InvalidRecord(
            f"record {record.doc_id!r} has several engagements with id {', '.join(repeated)}; "
            "local ids must be unique within a document",
            detail={"doc_id": record.doc_id, "ids": repeated},
        )
    rows = RecordRows(
        record={
            "doc_id": record.doc_id,
            "revision": revision,
            "language": record.language,
            "published": record.published,
            "is_diplomatic": record.is_diplomatic,
            "extra": extra_fields(record),
        }
    )
    for position, engagement in enumerate(record.engagements):
        row, participants = _engagement_rows(record.doc_id, position, engagement)
        rows.engagements.append(row)
        rows.participants.extend(participants)
    rows.commitments = [_commitment_row(record.doc_id, i, c) for i, c in enumerate(record.commitments)]
    rows.indicators = [_indicator_row(record.doc_id, i, x) for i, x in enumerate(record.indicators)]
    return rows


def _provenance(row: EngagementRow | CommitmentRow | IndicatorRow) -> Provenance | None:
    if row.span_start is None or row.span_end is None or row.extractor is None:
        return None
    return Provenance(
        start=row.span_start, end=row.span_end, extractor=row.extractor, version=row.extractor_version or ""
    )


def _participant(row: ParticipantRow) -> Participant:
    return Participant.model_validate(
        (row.extra or {}) | {"name": row.name, "country": row.country, "role": row.role, "function": row.function}
    )


def _engagement(row: EngagementRow, participants: list[ParticipantRow]) -> Engagement:
    return Engagement.model_validate(
        (row.extra or {})
        | {
            "id": row.local_id,
            "kind": row.kind,
            "parties": row.parties,
            "series": row.series,
            "status": row.status,
            "date": row.date,
            "format": row.format,
            "venue": row.venue,
            "participants": [_participant(p) for p in participants],
            "occasion_of": row.occasion_of,
            "evidence": row.evidence,
            "provenance": _provenance(row),
            "event_key": row.event_key,
            "series_key": row.series_key,
        }
    )


def _commitment(row: CommitmentRow) -> Commitment:
    return Commitment.model_validate(
        (row.extra or {})
        | {
            "kind": row.kind,
            "parties": row.parties,
            "areas": row.areas,
            "text": row.text,
            "engagement": row.engagement_id,
            "target": row.target,
            "deadline": row.deadline,
            "evidence": row.evidence,
            "provenance": _provenance(row),
        }
    )


def _indicator(row: IndicatorRow) -> Indicator:
    return Indicator.model_validate(
        (row.extra or {})
        | {
            "metric": row.metric,
            "parties": row.parties,
            "value": row.value,
            "unit": row.unit,
            "qualifier": row.qualifier,
            "period": row.period,
            "kind": row.kind,
            "evidence": row.evidence,
            "provenance": _provenance(row),
        }
    )


def build_record(facts: StoredFacts) -> DocumentRecord:
    """The DocumentRecord the stored rows describe, facts in their original order."""
    by_engagement: dict[str, list[ParticipantRow]] = {}
    for participant in sorted(facts.participants, key=lambda p: p.position):
        by_engagement.setdefault(participant.engagement_id, []).append(participant)
    return DocumentRecord.model_validate(
        (facts.record.extra or {})
        | {
            "doc_id": facts.record.doc_id,
            "language": facts.record.language,
            "published": facts.record.published,
            "is_diplomatic": facts.record.is_diplomatic,
            "engagements": [
                _engagement(row, by_engagement.get(row.local_id, []))
                for row in sorted(facts.engagements, key=lambda r: r.position)
            ],
            "commitments": [_commitment(row) for row in sorted(facts.commitments, key=lambda r: r.position)],
            "indicators": [_indicator(row) for row in sorted(facts.indicators, key=lambda r: r.position)],
        }
    )
