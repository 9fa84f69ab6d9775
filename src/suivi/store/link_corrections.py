"""Analysts' merges, splits and pins applied to the linker's event and series keys, whenever links are saved."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence

from sqlalchemy import select
from sqlalchemy.orm import Session

from suivi.store.corrections import Correction, LinkPair, Ref, engagement_refs, read_corrections, referenced_docs
from suivi.store.facts import load_facts
from suivi.store.models import EngagementRow
from suivi.store.rows import build_record

Links = dict[tuple[str, str], tuple[str | None, str | None]]


def link_corrections(corrections: Iterable[Correction]) -> list[Correction]:
    """The active corrections that change event or series keys, in the order they were made."""
    return [
        c
        for c in corrections
        if c.active and (c.target_kind in ("event", "series") or (c.action == "pin" and c.target_kind == "engagement"))
    ]


def _slot(correction: Correction) -> int:
    """Which key a correction moves: 0 the event key, 1 the series key."""
    if correction.action == "pin":
        return 0 if correction.change.get("anchor") else 1
    return 0 if correction.target_kind == "event" else 1


class _LinkKeys:
    """The (event_key, series_key) of each engagement as corrections rewrite them; an engagement the links
    do not cover starts from its stored keys when a correction moves it."""

    def __init__(self, links: Mapping[Ref, LinkPair], stored: Mapping[Ref, LinkPair]) -> None:
        self.current = dict(links)
        self.stored = stored

    def pair(self, ref: Ref) -> LinkPair | None:
        if ref not in self.current and ref in self.stored:
            self.current[ref] = self.stored[ref]
        return self.current.get(ref)

    def put(self, ref: Ref, slot: int, value: str | None) -> None:
        old = self.pair(ref)
        if old is not None:
            self.current[ref] = (value, old[1]) if slot == 0 else (old[0], value)

    def merge(self, members: list[Ref], slot: int) -> None:
        """Every engagement under one of the members' keys takes the first member's key."""
        values = [p[slot] for p in (self.pair(r) for r in members) if p is not None and p[slot] is not None]
        if not values:
            return
        merged = set(values)
        for ref in list(self.current):
            if self.current[ref][slot] in merged:
                self.put(ref, slot, values[0])
        for ref in members:
            self.put(ref, slot, values[0])

    def pin(self, correction: Correction, refs: Mapping[str, Ref]) -> None:
        """The pinned engagement takes its anchor's event key, or the series key named."""
        anchor = correction.change.get("anchor")
        if anchor is None:
            self.put(refs[correction.target], 1, correction.change.get("series_key"))
            return
        anchored = self.pair(refs[anchor]) if anchor in refs else None
        if anchored is not None:
            self.put(refs[correction.target], 0, anchored[0])


def apply_to_links(
    links: Mapping[Ref, LinkPair],
    corrections: Sequence[Correction],
    refs: Mapping[str, Ref],
    stored: Mapping[Ref, LinkPair],
) -> dict[Ref, LinkPair]:
    """The linker's (event_key, series_key) per engagement with merges, splits and pins applied;
    `refs` gives each fact key's current engagement, `stored` the stored keys of engagements the links
    do not cover (they are rewritten too when a correction moves them)."""
    keys = _LinkKeys(links, stored)
    for correction in corrections:
        slot = _slot(correction)
        members = [refs[k] for k in correction.change.get("members", []) if k in refs]
        if correction.action == "merge" and members:
            keys.merge(members, slot)
        elif correction.action == "split":
            for ref in members:
                keys.put(ref, slot, correction.change["into"])
        elif correction.action == "pin" and correction.target in refs:
            keys.pin(correction, refs)
    return keys.current


def corrected_links(session: Session, links: Links) -> Links:
    """The linker's keys with the active merges, splits and pins of events and series applied."""
    corrections = link_corrections(read_corrections(session, active_only=True))
    docs = sorted(referenced_docs(corrections))
    if not docs:
        return links
    refs = engagement_refs(build_record(f) for f in load_facts(session, docs))
    query = select(EngagementRow.doc_id, EngagementRow.local_id, EngagementRow.event_key, EngagementRow.series_key)
    stored = {(d, e): (ek, sk) for d, e, ek, sk in session.execute(query.where(EngagementRow.doc_id.in_(docs)))}
    return apply_to_links(links, corrections, refs, stored)
