"""The analysts' layer: reject or edit a fact, set a follow-up status, merge, split or pin events, series and
actors; list and undo corrections. Each one is stored (who, when, what, before, after, why), then the
documents it touches are relinked; it applies again after every re-extraction and re-link (docs/corrections.md)."""

from __future__ import annotations

import getpass
import hashlib
import json
from collections.abc import Iterable, Mapping
from datetime import date
from typing import Any

from pydantic import BaseModel, ValidationError

from suivi.errors import (
    CorrectionAlreadyUndone,
    CorrectionNotFound,
    CorrectionTargetNotFound,
    DocumentNotFound,
    FactNotFound,
    InvalidCorrection,
)
from suivi.record import Commitment, DocumentRecord, Engagement, Indicator, check_partial_date, precision_of
from suivi.store import Store
from suivi.store.corrections import (
    FROZEN_FIELDS,
    Correction,
    edited_fact,
    fact_keys,
    local_ids,
    split_fact_id,
)

__all__ = [
    "CORRECTION_STATES",
    "Correction",
    "FactRef",
    "edit",
    "facts",
    "list_corrections",
    "merge",
    "pin",
    "reject",
    "set_status",
    "split",
    "undo",
]

CORRECTION_STATES = ("active", "undone", "orphaned")
MERGEABLE = ("event", "series", "actor")
_MODELS: dict[str, type[BaseModel]] = {"engagement": Engagement, "commitment": Commitment, "indicator": Indicator}
#: Fields whose text value is a date (`2023`, `2023-05`, `2023-05-18`) and becomes a date object.
_DATE_FIELDS = frozenset({"date", "deadline"})
#: Fields whose text value is a comma-separated list.
_LIST_FIELDS = frozenset({"parties", "areas"})


class FactRef(BaseModel):
    """A fact of one document as corrections name it: its stable key, its local id, what it says."""

    key: str
    doc_id: str
    local_id: str
    kind: str
    label: str
    evidence: str = ""
    corrections: list[int] = []


def default_author() -> str:
    """Who is correcting when nobody says: the login name."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (containers without a passwd entry)
        return "analyst"


# --- facts -----------------------------------------------------------------------------------------------


def _raw_record(store: Store, doc_id: str, fact_id: str | None = None) -> DocumentRecord:
    """The document's record as extracted; S701 naming the fact (or the document) when there is none."""
    what = f"no fact {fact_id!r}: " if fact_id else "no facts: "
    detail = {"doc_id": doc_id} | ({"fact": fact_id} if fact_id else {})
    try:
        record = store.get_record(doc_id, raw=True)
    except DocumentNotFound as exc:
        raise FactNotFound(
            f"{what}no document {doc_id!r} in the store; check the id with `suivi documents`", detail=detail
        ) from exc
    if record is None:
        raise FactNotFound(f"{what}document {doc_id!r} is not extracted yet; run `suivi ingest` first", detail=detail)
    return record


def _kind_of(fact: Engagement | Commitment | Indicator) -> str:
    if isinstance(fact, Engagement):
        return "engagement"
    return "commitment" if isinstance(fact, Commitment) else "indicator"


def resolve_fact(store: Store, fact_id: str) -> tuple[DocumentRecord, str, str]:
    """(raw record, local id, stable key) of a fact named by key (`DOC/e/1a2b..`) or local id (`DOC/e1`)."""
    doc_id, rest, is_key = split_fact_id(fact_id.strip())
    if not doc_id:
        raise FactNotFound(
            f"{fact_id!r} is not a fact id; write DOC/e1 (engagement), DOC/c1 (commitment), DOC/i1 (indicator) "
            "or a stable key; `suivi corrections facts DOC` lists them",
            detail={"fact": fact_id},
        )
    record = _raw_record(store, doc_id, fact_id)
    keys = fact_keys(record)
    local = {key: loc for loc, key in keys.items()}.get(fact_id.strip()) if is_key else rest
    if local is None or local not in keys:
        shown = ", ".join(list(keys)[:8]) or "none"
        raise FactNotFound(
            f"no fact {fact_id!r} in document {doc_id!r} (its facts: {shown}); the fact may no longer be "
            f"extracted: `suivi corrections facts {doc_id}` lists the current ones",
            detail={"fact": fact_id, "doc_id": doc_id},
        )
    return record, local, keys[local]


def _label(fact: Engagement | Commitment | Indicator) -> str:
    if isinstance(fact, Engagement):
        when = fact.date.value if fact.date else "undated"
        return f"{fact.kind.value} {'-'.join(fact.parties)} {when} {fact.status.value}"
    if isinstance(fact, Commitment):
        return f"{fact.kind.value} {'-'.join(fact.parties)} {', '.join(a.value for a in fact.areas)}: {fact.text}"
    return f"{fact.kind.value} {fact.metric.value} {'-'.join(fact.parties)} {fact.value:g} {fact.unit}"


def facts(store: Store, doc_id: str) -> list[FactRef]:
    """Every fact of a document as extracted, with its stable key and the corrections touching it."""
    record = _raw_record(store, doc_id)
    corrected = store.get_record(doc_id)
    marks = (
        {local: (f.model_extra or {}).get("corrections", []) for local, f in local_ids(corrected).items()}
        if (corrected)
        else {}
    )
    keys = fact_keys(record)
    return [
        FactRef(
            key=keys[local],
            doc_id=doc_id,
            local_id=local,
            kind=_kind_of(fact),
            label=_label(fact),
            evidence=fact.evidence,
            corrections=marks.get(local, []),
        )
        for local, fact in local_ids(record).items()
    ]


# --- field values ----------------------------------------------------------------------------------------


def parse_value(path: str, value: Any) -> Any:
    """A field value from the command line: dates for `date`/`deadline`, lists for `parties`/`areas`,
    `null` for None, JSON numbers and objects, else the text."""
    if not isinstance(value, str):
        return value
    text = value.strip()
    if text.lower() in ("null", "none", ""):
        return None
    if path in _DATE_FIELDS and not text.startswith("{"):
        try:
            return {"value": check_partial_date(text), "precision": precision_of(text).value}
        except ValueError as exc:
            raise InvalidCorrection(
                f"{path}={value!r} is not a date; write YYYY, YYYY-MM or YYYY-MM-DD", detail={"field": path}
            ) from exc
    if path in _LIST_FIELDS and not text.startswith("["):
        return [part.strip() for part in text.split(",") if part.strip()]
    try:
        return json.loads(text)
    except json.JSONDecodeError:
        return text


def _checked_fields(kind: str, fields: Mapping[str, Any]) -> dict[str, Any]:
    if not fields:
        raise InvalidCorrection("an edit needs at least one field=value", detail={"fields": {}})
    allowed = sorted(set(_MODELS[kind].model_fields) - FROZEN_FIELDS)
    checked = {}
    for path, value in fields.items():
        root = path.split(".")[0]
        if root not in allowed:
            raise InvalidCorrection(
                f"{kind}s have no editable field {path!r}; edit one of {', '.join(allowed)} "
                "(nested parts with a dot: series.ordinal, venue.country)",
                detail={"field": path, "allowed": allowed},
            )
        checked[path] = parse_value(path, value)
    return checked


def _get_path(fact: Mapping[str, Any], path: str) -> Any:
    value: Any = fact
    for part in path.split("."):
        value = value.get(part) if isinstance(value, Mapping) else None
    return value


# --- corrections of facts --------------------------------------------------------------------------------


def _save(store: Store, values: dict[str, Any], docs: Iterable[str]) -> Correction:
    values.setdefault("author", default_author())
    correction = store.add_correction(values)
    relink(store, docs)
    return correction


def relink(store: Store, docs: Iterable[str]) -> None:
    """Relink what a correction touched (the whole store if it was never fully linked)."""
    from suivi.link import link_store

    if store.unlinked_engagements():
        link_store(store)
    else:
        link_store(store, changed=sorted(set(docs)))


def _active_on(store: Store, action: str, key: str) -> Correction | None:
    return next((c for c in store.corrections() if c.active and c.action == action and c.target == key), None)


def reject(store: Store, fact: str, *, reason: str | None = None, author: str | None = None) -> Correction:
    """Reject a fact: it disappears from every view and export, and from linking."""
    record, local, key = resolve_fact(store, fact)
    earlier = _active_on(store, "reject", key)
    if earlier is not None:
        raise InvalidCorrection(
            f"{fact!r} is already rejected by correction #{earlier.id}; `suivi corrections undo {earlier.id}` "
            "brings it back",
            detail={"fact": fact, "correction": earlier.id},
        )
    found = local_ids(record)[local]
    values = {
        "action": "reject",
        "target_kind": _kind_of(found),
        "target": key,
        "doc_id": record.doc_id,
        "change": {"local_id": local},
        "before": found.model_dump(mode="json"),
        "after": None,
        "reason": reason,
        "author": author or default_author(),
    }
    return _save(store, values, [record.doc_id])


def edit(
    store: Store, fact: str, fields: Mapping[str, Any], *, reason: str | None = None, author: str | None = None
) -> Correction:
    """Set fields of a fact (`{"status": "held", "series.ordinal": 8, "date": "2023-05"}`)."""
    record, local, key = resolve_fact(store, fact)
    found = local_ids(record)[local]
    kind = _kind_of(found)
    checked = _checked_fields(kind, fields)
    dumped = found.model_dump(mode="json")
    try:
        edited = edited_fact(dumped, checked, _MODELS[kind])
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "value"
        raise InvalidCorrection(
            f"cannot set {', '.join(f'{p}={v!r}' for p, v in fields.items())} on {fact!r}: {where}: {first['msg']}",
            detail={"fact": fact, "fields": {p: str(v) for p, v in fields.items()}},
        ) from exc
    values = {
        "action": "edit",
        "target_kind": kind,
        "target": key,
        "doc_id": record.doc_id,
        "change": {"local_id": local, "fields": checked},
        "before": {path: _get_path(dumped, path) for path in checked},
        "after": {path: _get_path(edited, path) for path in checked},
        "reason": reason,
        "author": author or default_author(),
    }
    return _save(store, values, [record.doc_id])


# --- follow-ups, events, series, actors ------------------------------------------------------------------


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
    from suivi.link import current_linking, followups
    from suivi.link.follow_through import COMMITMENT_STATUSES, ENGAGEMENT_STATUSES, TARGET_STATUSES

    found = next((f for f in followups(current_linking(store), as_of or date.today()) if f.key == followup), None)
    if found is None:
        raise CorrectionTargetNotFound(
            f"no follow-up {followup!r} in the store; `suivi followups --json` lists the keys",
            detail={"followup": followup},
        )
    allowed = {"engagement": ENGAGEMENT_STATUSES, "commitment": COMMITMENT_STATUSES, "target": TARGET_STATUSES}
    statuses = (*allowed[found.subject], "postponed") if found.subject == "engagement" else allowed[found.subject]
    if status not in statuses:
        raise InvalidCorrection(
            f"{status!r} is not a status of {found.subject} follow-ups; use one of {', '.join(statuses)}",
            detail={"followup": followup, "status": status},
        )
    change: dict[str, Any] = {"subject": found.subject, "status": status, "key": None}
    if found.subject == "engagement":
        change["members"] = list(_keys_of(store, [tuple(r) for r in found.refs]).values())  # type: ignore[misc]
    else:
        carriers = [_carrier(store, e.doc_id, e.sentence) for e in found.evidence]
        change.update(key=found.key, members=[c for c in carriers if c][:1])
    if not change["members"]:
        raise CorrectionTargetNotFound(
            f"follow-up {followup!r} rests on no stored fact; re-run `suivi link`", detail={"followup": followup}
        )
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
    return _save(store, values, docs)


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
    return _save(store, values, docs)


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
    return _save(store, values, [doc for doc, _ in refs])


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
    return _save(store, values, docs)


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
    return _save(store, values, [record.doc_id, *(doc for doc, _ in members[:1])])


def _linked_record(store: Store, doc_id: str) -> DocumentRecord:
    return next(r for r in _linked(store) if r.doc_id == doc_id)


# --- listing and undoing ---------------------------------------------------------------------------------


def list_corrections(store: Store, state: str | None = None) -> list[Correction]:
    """Every correction, oldest first, with its state (active, undone, orphaned); `state` keeps one."""
    if state is not None and state not in CORRECTION_STATES:
        raise InvalidCorrection(
            f"unknown correction state {state!r}; use one of {', '.join(CORRECTION_STATES)}", detail={"state": state}
        )
    return [c for c in store.corrections() if state is None or c.state == state]


def undo(store: Store, correction_id: int, *, author: str | None = None) -> Correction:
    """Undo a correction (it stays listed, marked undone); what it changed comes back at once."""
    known = {c.id: c for c in store.corrections()}
    if correction_id not in known:
        raise CorrectionNotFound(
            f"no correction #{correction_id}; `suivi corrections` lists them", detail={"id": correction_id}
        )
    found = known[correction_id]
    if not found.active:
        raise CorrectionAlreadyUndone(
            f"correction #{correction_id} was already undone by {found.undone_by} on {found.undone_at:%Y-%m-%d}; "
            "nothing changed (make a new correction to redo it)",
            detail={"id": correction_id},
        )
    undone = store.undo_correction(correction_id, author or default_author())
    assert undone is not None  # checked above
    docs = [split_fact_id(k)[0] for k in found.fact_refs()] + ([found.doc_id] if found.doc_id else [])
    relink(store, docs)
    return undone
