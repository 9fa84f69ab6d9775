"""The corrections journal: a correction saved and what it touched relinked, the list with states, undo."""

from __future__ import annotations

import getpass
from collections.abc import Iterable
from typing import Any

from suivi.errors import CorrectionAlreadyUndone, CorrectionNotFound, InvalidCorrection
from suivi.store import Store
from suivi.store.corrections import Correction, split_fact_id

CORRECTION_STATES = ("active", "undone", "orphaned")


def default_author() -> str:
    """Who is correcting when nobody says: the login name."""
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no login name (containers without a passwd entry)
        return "analyst"


def save(store: Store, values: dict[str, Any], docs: Iterable[str]) -> Correction:
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


def active_on(store: Store, action: str, key: str) -> Correction | None:
    return next((c for c in store.corrections() if c.active and c.action == action and c.target == key), None)


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
