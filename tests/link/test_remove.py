"""Removing documents relinks the ones that shared events with them: no event keeps a ghost source."""

from __future__ import annotations

import pytest

from suivi.errors import DocumentNotFound
from suivi.link import link_store, list_events, remove_documents

from .support import engagement, record, store_with


@pytest.mark.parametrize("removed", ["d1"])
def test_remove_documents_relinks_the_events_they_shared(removed: str) -> None:
    rounds = [
        record(doc, "2024-05", engagement(series="consultation politique", ordinal=7, on="2024-05-02"))
        for doc in ("d1", "d2", "d3")
    ]
    other = record("d9", "2024-05", engagement(parties=("CC", "DD"), on="2024-05-03"))
    store = store_with([*rounds, other])
    link_store(store)
    assert [len({m.doc_id for m in e.mentions}) for e in list_events(store, dyad="AA-BB")] == [3]
    removal = remove_documents(store, [removed])
    assert removal.removed == [removed]
    assert removal.relinked == ["d2", "d3"]  # d9 is another pair's: left alone
    events = list_events(store, dyad="AA-BB")
    assert [sorted({m.doc_id for m in e.mentions}) for e in events] == [["d2", "d3"]]
    assert store.check().errors == []


@pytest.mark.parametrize("ids", [["d1", "ghost"]])
def test_remove_documents_unknown_id_is_s201(ids: list[str]) -> None:
    store = store_with([record("d1", "2024", engagement(on="2024-05-02"))])
    with pytest.raises(DocumentNotFound) as caught:
        remove_documents(store, ids)
    assert caught.value.code == "S201" and "'ghost'" in str(caught.value)
    assert [d.id for d in store.documents()] == ["d1"]
