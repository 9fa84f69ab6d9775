"""Corrections of what linking builds: a follow-up's status set, events, series and actors merged or split,
an engagement pinned to an event or a series."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date
from typing import TYPE_CHECKING, Any

from suivi.corrections.facts import resolve_fact
from suivi.corrections.journal import default_author, save
from suivi.errors import CorrectionTargetNotFound, InvalidCorrection
from suivi.record import DocumentRecord, Engagement
from suivi.store import Store
from suivi.store.corrections import Correction, fact_keys, local_ids, split_fact_id

if TYPE_CHECKING:  # linking is imported when a correction needs it
    from suivi.link.results import Followup

MERGEABLE = ("event", "series", "actor")


def _keys_of(store: Store, refs: Iterable[tuple[str, str]]) -> dict[tuple[str, str], str]:
    """Stable keys of (doc_id, local id) facts, from the records as extracted."""
    refs = list(refs)
    keys: dict[tuple[str, str], str] = {}
    for record in store.records_for({doc for doc, _ in refs}, raw=True):
        keys.update(((record.doc_id, local), key) for local, key in fact_keys(record).items())
    return {ref: keys[ref] for ref in refs if ref in keys}


def _carrier(store: Store, doc_id: str, sentence: str) -> str | None:
    """The commitment or indicator a commitment thread's or a target's status is attached to."""
    record = store.get_record(doc_id, raw=True)
    if record is None:
        return None
    keys = fact_keys(record)
    for local, fact in local_ids(record).items():
        text = getattr(fact, "text", "")
        if not isinstance(fact, Engagement) and sentence in (fact.evidence, text):
            return keys[local]
    return None


def _followup_named(store: Store, key: str, as_of: date | None) -> Followup:
    """The follow-up `suivi followups` lists under `key` at `as_of` (today); S702 if there is none."""
    from suivi.link import current_linking, followups

    found = next((f for f in followups(current_linking(store), as_of or date.today()) if f.key == key), None)
    if found is None:
        raise CorrectionTargetNotFound(
            f"no follow-up {key!r} in the store; `suivi followups --json` lists the keys", detail={"followup": key}
        )
    return found


def _checked_status(found: Followup, status: str) -> str:
    """`status` if follow-ups of this subject can have it (an engagement can also be postponed); else S703."""
    from suivi.link.follow_through import COMMITMENT_STATUSES, ENGAGEMENT_STATUSES, TARGET_STATUSES

    allowed = {"engagement": ENGAGEMENT_STATUSES, "commitment": COMMITMENT_STATUSES, "target": TARGET_STATUSES}
    statuses = (*allowed[found.subject], "postponed") if found.subject == "engagement" else allowed[found.subject]
    if status not in statuses:
        raise InvalidCorrection(
            f"{status!r} is not a status of {found.subject} follow-ups; use one of {', '.join(statuses)}",
            detail={"followup": found.key, "status": status},
        )
    return status


def _status_change(store: Store, found: Followup, status: str) -> dict[str, Any]:
    """What a status correction records: the status and the facts it rests on (the engagements of an
    announcement; the commitment or figure a thread's or target's status is attached to, and its key)."""
    change: dict[str, Any] = {"subject": found.subject, "status": status, "key": None}
    if found.subject == "engagement":
        change["members"] = list(_keys_of(store, [(d, e) for d, e in found.refs]).values())
    else:
        carriers = [_carrier(store, e.doc_id, e.sentence) for e in found.evidence]
        change.update(key=found.key, members=[c for c in carriers if c][:1])
    if not change["members"]:
        raise CorrectionTargetNotFound(
            f"follow-up {found.key!r} rests on no stored fact; re-run `suivi link`", detail={"followup": found.key}
        )
    return change


def set_status(
    store: Store,
    followup: str,
    status: str,
    *,
    reason: str | None = None,
    author: str | None = None,
    as_of: date | None = None,
) -> Correction:
    """Set the status of a follow-up (a key `suivi followups` lists): it overrides the linker's."""
    found = _followup_named(store, followup, as_of)
    change = _status_change(store, found, _checked_status(found, status))
    docs = [split_fact_id(k)[0] for k in change["members"]]
    values = {
        "action": "status",
        "target_kind": "followup",
        "target": followup,
        "doc_id": docs[0],
        "change": change,
        "before": {"status": found.status, "detail": found.detail},
        "after": {"status": status},
        "reason": reason,
        "author": author or default_author(),
    }
    return save(store, values, docs)


def _linked(store: Store) -> list[DocumentRecord]:
    from suivi.link import current_linking

    return current_linking(store).keyed_records()


def _members(store: Store, slot: str, keys: list[str]) -> dict[str, list[tuple[str, str]]]:
    """The engagements (doc_id, local id) of each event or series key, unknown keys refused (S702)."""
    members: dict[str, list[tuple[str, str]]] = {key: [] for key in keys}
    for record in _linked(store):
        for engagement in record.engagements:
            value = engagement.event_key if slot == "event" else engagement.series_key
            if value in members:
                members[value].append((record.doc_id, engagement.id))
    unknown = [key for key, refs in members.items() if not refs]
    if unknown:
        listing = "suivi events --json" if slot == "event" else "suivi series"
        raise CorrectionTargetNotFound(
            f"no {slot} {', '.join(repr(k) for k in unknown)} in the store; `{listing}` lists the keys",
            detail={slot: unknown},
        )
    return members


def _actor_of(store: Store, key: str) -> Any:
    from suivi.link import build_actors

    actors = {a.key: a for a in build_actors(store.records())}
    if key not in actors:
        raise CorrectionTargetNotFound(
            f"no actor {key!r} in the store; `suivi actors --json` lists the keys", detail={"actor": key}
        )
    return actors[key]


def _kind_checked(kind: str) -> str:
    if kind not in MERGEABLE:
        raise InvalidCorrection(
            f"cannot merge or split {kind!r}; use one of {', '.join(MERGEABLE)}", detail={"kind": kind}
        )
    return kind


def merge(
    store: Store, kind: str, keys: list[str], *, reason: str | None = None, author: str | None = None
) -> Correction:
    """Merge events, series or actors into the first one named (its key is kept)."""
    keys = list(dict.fromkeys(keys))
    if len(keys) < 2:
        raise InvalidCorrection(f"a merge needs two different {kind} keys or more", detail={"keys": keys})
    change: dict[str, Any] = {"merged": keys}
    if _kind_checked(kind) == "actor":
        actors = [_actor_of(store, key) for key in keys]
        names = [v for a in actors[1:] for v in (a.name, *a.variants)]
        change.update(into=actors[0].name, country=actors[0].country, names=names)
        docs: list[str] = []
    else:
        refs = [ref for refs in _members(store, kind, keys).values() for ref in refs]
        change["members"] = list(_keys_of(store, refs).values())
        docs = sorted({doc for doc, _ in refs})
    values = {
        "action": "merge",
        "target_kind": kind,
        "target": keys[0],
        "doc_id": docs[0] if docs else None,
        "change": change,
        "before": {kind: keys},
        "after": {kind: keys[0]},
        "reason": reason,
        "author": author or default_author(),
    }
    return save(store, values, docs)


def split(
    store: Store,
    kind: str,
    key: str,
    members: list[str],
    *,
    into: str | None = None,
    reason: str | None = None,
    author: str | None = None,
) -> Correction:
    """Move engagements (fact ids) out of an event or series into a new one (`into`, else `KEY~hash`);
    for an actor, `members` are document ids whose mentions are another person, named `into`."""
    if not members:
        raise InvalidCorrection(f"say what to split off {kind} {key!r}", detail={"key": key})
    if _kind_checked(kind) == "actor":
        return _split_actor(store, key, members, into, reason, author)
    current = _members(store, kind, [key])[key]
    moved = [resolve_fact(store, m) for m in members]
    refs = [(record.doc_id, local) for record, local, _ in moved]
    outside = [m for m, ref in zip(members, refs, strict=True) if ref not in current]
    if outside or len(set(refs)) >= len(current):
        raise InvalidCorrection(
            f"cannot split {', '.join(outside) or 'every engagement'} off {kind} {key!r}: "
            f"split off some of its own engagements ({', '.join(f'{d}/{e}' for d, e in current[:6])})",
            detail={"key": key, "members": members},
        )
    fact_ids = [k for _, _, k in moved]
    new_key = into or f"{key}~{hashlib.sha1(' '.join(sorted(fact_ids)).encode()).hexdigest()[:6]}"
    values = {
        "action": "split",
        "target_kind": kind,
        "target": key,
        "doc_id": refs[0][0],
        "change": {"members": fact_ids, "into": new_key},
        "before": {kind: key},
        "after": {kind: new_key},
        "reason": reason,
        "author": author or default_author(),
    }
    return save(store, values, [doc for doc, _ in refs])


def _split_actor(
    store: Store, key: str, docs: list[str], into: str | None, reason: str | None, author: str | None
) -> Correction:
    from suivi.link.actors import name_tokens, same_person

    actor = _actor_of(store, key)
    if not into or same_person(frozenset(name_tokens(into)), frozenset(name_tokens(actor.name))):
        raise InvalidCorrection(
            f"splitting actor {key!r} needs --into, a name that cannot be read as {actor.name!r} "
            "(e.g. with the given name or a title added)",
            detail={"actor": key, "into": into},
        )
    unknown = sorted(set(docs) - set(actor.sources))
    if unknown:
        raise InvalidCorrection(
            f"{', '.join(unknown)} do not mention actor {key!r}; it is named in {', '.join(actor.sources[:6])}",
            detail={"actor": key, "docs": unknown},
        )
    values = {
        "action": "split",
        "target_kind": "actor",
        "target": key,
        "doc_id": docs[0],
        "change": {"into": into, "names": [actor.name, *actor.variants], "docs": sorted(set(docs))},
        "before": {"actor": actor.name},
        "after": {"actor": into},
        "reason": reason,
        "author": author or default_author(),
    }
    return save(store, values, docs)


def pin(
    store: Store,
    fact: str,
    *,
    event: str | None = None,
    series: str | None = None,
    reason: str | None = None,
    author: str | None = None,
) -> Correction:
    """Pin an engagement to an event or to a series, whatever the linker decides."""
    if (event is None) == (series is None):
        raise InvalidCorrection("pin to an event or to a series: give exactly one", detail={"fact": fact})
    record, local, key = resolve_fact(store, fact)
    if not isinstance(local_ids(record)[local], Engagement):
        raise InvalidCorrection(
            f"only engagements are pinned to events and series; {fact!r} is not one", detail={"fact": fact}
        )
    slot, target = ("event", event) if event is not None else ("series", series)
    assert target is not None  # one of the two, checked above
    members = [ref for ref in _members(store, slot, [target])[target] if ref != (record.doc_id, local)]
    change: dict[str, Any] = {slot if slot == "event" else "series_key": target}
    if slot == "event":
        if not members:
            raise InvalidCorrection(
                f"{fact!r} is already the only engagement of event {target!r}", detail={"fact": fact}
            )
        change["anchor"] = _keys_of(store, members[:1])[members[0]]
    current = next(e for e in _linked_record(store, record.doc_id).engagements if e.id == local)
    values = {
        "action": "pin",
        "target_kind": "engagement",
        "target": key,
        "doc_id": record.doc_id,
        "change": change,
        "before": {slot: current.event_key if slot == "event" else current.series_key},
        "after": {slot: target},
        "reason": reason,
        "author": author or default_author(),
    }
    return save(store, values, [record.doc_id, *(doc for doc, _ in members[:1])])


def _linked_record(store: Store, doc_id: str) -> DocumentRecord:
    return next(r for r in _linked(store) if r.doc_id == doc_id)
