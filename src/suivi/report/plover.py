"""PLOVER-style events: one JSON object per held event (CONSULT) and per commitment (AGREE, REQUEST...).

The mapping from suivi's vocabulary to PLOVER's event types and modes is documented in docs/exports.md."""

from __future__ import annotations

from typing import Any

from suivi.link.results import Event
from suivi.link.views import CommitmentFact, Source
from suivi.record import precision_of
from suivi.vocab import CommitmentKind, EngagementKind

#: suivi commitment kind -> (PLOVER event type, mode).
COMMITMENT_TYPES: dict[str, tuple[str, str]] = {
    CommitmentKind.AGREED.value: ("AGREE", "agree"),
    CommitmentKind.SIGNED.value: ("AGREE", "sign"),
    CommitmentKind.PLEDGED.value: ("AGREE", "pledge"),
    CommitmentKind.PROPOSED.value: ("REQUEST", "propose"),
}


def _mode(event: Event, actor: str) -> str:
    """CONSULT's mode: phone for calls, visit for visits, host when held in the actor's country, meet elsewhere."""
    if event.kind == EngagementKind.CALL.value:
        return "phone"
    if event.kind == EngagementKind.VISIT.value:
        return "visit"
    country = event.venue.country if event.venue else None
    if country and country == actor:
        return "host"
    return "meet" if country else "unspecified"


def _actors(event: Event) -> tuple[str, str | None]:
    """(actor, recipient): the host for meetings held in a party's country, the guest for visits."""
    parties = list(event.parties)
    country = event.venue.country if event.venue else None
    if country in parties:
        host = country
        others = [p for p in parties if p != host]
        if event.kind == EngagementKind.VISIT.value and others:
            return others[0], host
        return host or parties[0], others[0] if others else None
    return parties[0], parties[1] if len(parties) > 1 else None


def _sources(doc_ids: list[str], sources: dict[str, Source]) -> list[dict[str, Any]]:
    return [
        (sources.get(d) or Source(doc_id=d)).model_dump(include={"doc_id", "published", "outlet", "title", "url"})
        for d in dict.fromkeys(doc_ids)
    ]


def plover_event(event: Event, sources: dict[str, Source]) -> dict[str, Any]:
    """A held event as a PLOVER CONSULT record."""
    actor, recipient = _actors(event)
    return {
        "id": event.key,
        "event_type": "CONSULT",
        "mode": _mode(event, actor),
        "context": [event.kind],
        "actor": actor,
        "recipient": recipient,
        "parties": event.parties,
        "date": event.date.value if event.date else None,
        "date_precision": event.date.precision.value if event.date else None,
        "location": event.venue.model_dump(include={"place", "country"}) if event.venue else None,
        "text": next((m.evidence for m in event.mentions if m.status == "held" and m.evidence), ""),
        "series_key": event.series_key,
        "ordinal": event.ordinal,
        "sources": _sources([m.doc_id for m in event.mentions], sources),
    }


def plover_commitment(fact: CommitmentFact, event: Event | None, sources: dict[str, Source]) -> dict[str, Any]:
    """A commitment as a PLOVER AGREE (agreed, signed, pledged) or REQUEST (proposed) record."""
    event_type, mode = COMMITMENT_TYPES[fact.kind.value]
    parties = sorted(fact.parties)
    date = event.date if event and event.date else None
    return {
        "id": f"{fact.doc_id}/{fact.local_id}",
        "event_type": event_type,
        "mode": mode,
        "context": [a.value for a in fact.areas],
        "actor": parties[0] if parties else None,
        "recipient": parties[1] if len(parties) > 1 else None,
        "parties": parties,
        "date": date.value if date else fact.published,
        "date_precision": date.precision.value
        if date
        else (precision_of(fact.published).value if fact.published else None),
        "location": event.venue.model_dump(include={"place", "country"}) if event and event.venue else None,
        "text": fact.evidence or fact.text,
        "series_key": event.series_key if event else None,
        "ordinal": event.ordinal if event else None,
        "event_id": event.key if event else None,
        "sources": _sources([fact.doc_id], sources),
    }


def plover_records(
    events: list[Event], commitments: list[CommitmentFact], sources: dict[str, Source]
) -> list[dict[str, Any]]:
    """Held events first (by date), then commitments (by publication): what `export --format plover` writes."""
    by_key = {e.key: e for e in events}
    held = [plover_event(e, sources) for e in events if e.status == "held"]
    agreed = [plover_commitment(c, by_key.get(c.event_key or ""), sources) for c in commitments]
    return held + agreed
