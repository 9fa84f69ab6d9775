"""Incremental linking: relinking only the owners of new documents gives the keys a full run gives."""

from __future__ import annotations

import pytest

from suivi.ingest import read_paths
from suivi.link import link_store
from suivi.link.linker import affected_documents
from suivi.record import Document, DocumentRecord
from suivi.settings import Settings
from suivi.store import Store

from .support import DEMO, demo_gold


def _keys(store: Store) -> dict[tuple[str, str], tuple[str | None, str | None]]:
    return {(r.doc_id, e.id): (e.event_key, e.series_key) for r in store.records() for e in r.engagements}


def _store(doc_ids: list[str]) -> Store:
    settings = Settings(database_url="sqlite://")
    store = Store.open("sqlite://")
    docs = {d.id: d for d in read_paths([DEMO / "corpus"], settings) if isinstance(d, Document)}
    gold = demo_gold()
    for doc_id in doc_ids:
        store.add_document(docs[doc_id])
        store.save_record(DocumentRecord.model_validate(gold[doc_id]))
    return store


@pytest.mark.parametrize("split", [2, 3])
def test_incremental_link_equals_full_link(split: int) -> None:
    ids = sorted(demo_gold())
    first, later = ids[::split], [i for i in ids if i not in ids[::split]]
    full = _store(ids)
    link_store(full)
    stepwise = _store(first)
    link_store(stepwise)
    extra = _store(later)
    for doc_id in later:  # the later batch arrives in the same store, then only its owners are relinked
        stepwise.add_document(extra.get_document(doc_id))
        record = extra.get_record(doc_id)
        assert record is not None
        stepwise.save_record(record)
    report = link_store(stepwise, changed=later)
    assert report.records < len(ids) or len(later) == len(ids)
    assert _keys(stepwise) == _keys(full)
    for store in (full, stepwise, extra):
        store.close()


@pytest.mark.parametrize("doc_id", ["fr-08-senegal-mauritanie-commission-12"])
def test_incremental_scope_is_the_changed_owners(doc_id: str) -> None:
    store = _store(sorted(demo_gold()))
    scope = affected_documents(store, [doc_id])
    assert doc_id in scope
    assert all("senegal" in d or "mauritanie" in d for d in scope), scope
    store.close()
