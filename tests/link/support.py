"""Builders for the link tests: records made in code, with invented parties, people and places."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

from suivi.record import (
    Commitment,
    DateValue,
    Document,
    DocumentRecord,
    Engagement,
    Indicator,
    Participant,
    Series,
    Venue,
)
from suivi.store import Store

DEMO = Path(__file__).resolve().parents[2] / "src" / "suivi" / "demo"
#: The reference date the demo corpus README uses for overdue announcements.
DEMO_AS_OF = date(2026, 11, 23)


def when(value: str | None, end: str | None = None) -> DateValue | None:
    """A DateValue whose precision is read from the string ("2024", "2024-05", "2024-05-27")."""
    if value is None:
        return None
    precision = {0: "year", 1: "month", 2: "day"}[value.count("-")]
    return DateValue.model_validate({"value": value, "end": end, "precision": precision})


def engagement(
    eid: str = "e1",
    kind: str = "consultation",
    parties: tuple[str, ...] = ("AA", "BB"),
    *,
    series: str | None = None,
    ordinal: int | None = None,
    status: str = "held",
    on: str | None = None,
    venue: tuple[str | None, str | None] | None = None,
    people: tuple[tuple[str, str], ...] = (),
    role: str | None = None,
    evidence: str = "",
) -> Engagement:
    """An engagement between invented parties AA and BB unless told otherwise."""
    return Engagement(
        id=eid,
        kind=kind,
        parties=list(parties),
        series=Series(name=series, ordinal=ordinal) if series else None,
        status=status,
        date=when(on),
        venue=Venue(place=venue[0], country=venue[1]) if venue else None,
        participants=[Participant(name=n, country=c, role=role) for n, c in people],
        evidence=evidence or f"Sentence about {eid}.",
    )


def record(
    doc_id: str,
    published: str | None,
    *engagements: Engagement,
    commitments: tuple[Commitment, ...] = (),
    indicators: tuple[Indicator, ...] = (),
    language: str = "fr",
) -> DocumentRecord:
    return DocumentRecord(
        doc_id=doc_id,
        language=language,
        published=published,
        is_diplomatic=bool(engagements),
        engagements=list(engagements),
        commitments=list(commitments),
        indicators=list(indicators),
    )


def store_with(records: list[DocumentRecord], texts: dict[str, str] | None = None) -> Store:
    """An in-memory store holding the records (each with a short invented text)."""
    store = Store.open("sqlite://")
    texts = texts or {}
    for rec in records:
        body = texts.get(rec.doc_id, f"Article {rec.doc_id} écrit pour les tests.")
        store.add_document(Document(id=rec.doc_id, text=body, published=rec.published, language=rec.language))
        store.save_record(rec)
    return store


def demo_gold() -> dict[str, dict[str, Any]]:
    """The demo corpus gold records by document id."""
    return {p.stem: json.loads(p.read_text(encoding="utf-8")) for p in sorted((DEMO / "gold").glob("*.json"))}
