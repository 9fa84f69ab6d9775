"""Corrections of one fact: naming it (a stable key or a local id), rejecting it, editing its fields."""

from __future__ import annotations

import json
from collections.abc import Mapping
from typing import Any

from pydantic import BaseModel, ValidationError

from suivi.corrections.journal import active_on, default_author, save
from suivi.errors import DocumentNotFound, FactNotFound, InvalidCorrection
from suivi.record import Commitment, DocumentRecord, Engagement, Indicator, check_partial_date, precision_of
from suivi.store import Store
from suivi.store.corrections import FROZEN_FIELDS, Correction, edited_fact, fact_keys, local_ids, split_fact_id

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


def kind_of(fact: Engagement | Commitment | Indicator) -> str:
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
            kind=kind_of(fact),
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


def reject(store: Store, fact: str, *, reason: str | None = None, author: str | None = None) -> Correction:
    """Reject a fact: it disappears from every view and export, and from linking."""
    record, local, key = resolve_fact(store, fact)
    earlier = active_on(store, "reject", key)
    if earlier is not None:
        raise InvalidCorrection(
            f"{fact!r} is already rejected by correction #{earlier.id}; `suivi corrections undo {earlier.id}` "
            "brings it back",
            detail={"fact": fact, "correction": earlier.id},
        )
    found = local_ids(record)[local]
    values = {
        "action": "reject",
        "target_kind": kind_of(found),
        "target": key,
        "doc_id": record.doc_id,
        "change": {"local_id": local},
        "before": found.model_dump(mode="json"),
        "after": None,
        "reason": reason,
        "author": author or default_author(),
    }
    return save(store, values, [record.doc_id])


def edit(
    store: Store, fact: str, fields: Mapping[str, Any], *, reason: str | None = None, author: str | None = None
) -> Correction:
    """Set fields of a fact (`{"status": "held", "series.ordinal": 8, "date": "2023-05"}`)."""
    record, local, key = resolve_fact(store, fact)
    found = local_ids(record)[local]
    kind = kind_of(found)
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
    return save(store, values, [record.doc_id])
