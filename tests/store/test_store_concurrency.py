"""Several writers at once: threads sharing a Store, and separate Stores on one database."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor

import pytest

from suivi.record import Document
from suivi.store import AddOutcome, Store

NewDocument = Callable[..., Document]


@pytest.mark.parametrize("threads,documents", [(4, 15)])
def test_store_threads_sharing_a_store_add_each_document_once(
    store: Store, new_document: NewDocument, threads: int, documents: int
) -> None:
    batch = [new_document(f"doc-{n}", f"Texte {n}.") for n in range(documents)]

    def add_all(_: int) -> list[AddOutcome]:
        return [store.add_document(doc) for doc in batch]

    with ThreadPoolExecutor(threads) as pool:
        outcomes = Counter(o for result in pool.map(add_all, range(threads)) for o in result)
    assert outcomes == {"added": documents, "unchanged": documents * (threads - 1)}
    assert store.stats().documents == documents


@pytest.mark.parametrize("writers,rounds", [(3, 10)])
def test_store_separate_stores_revise_one_database_consistently(
    durable_url: str, new_document: NewDocument, writers: int, rounds: int
) -> None:
    stores = [Store.open(durable_url) for _ in range(writers)]

    def write(index: int) -> list[AddOutcome]:
        return [stores[index].add_document(new_document("shared", f"Version {n} de {index}.")) for n in range(rounds)]

    try:
        with ThreadPoolExecutor(writers) as pool:
            outcomes = Counter(o for result in pool.map(write, range(writers)) for o in result)
        history = stores[0].revisions("shared")
    finally:
        for opened in stores:
            opened.close()
    assert outcomes["added"] == 1
    assert outcomes["added"] + outcomes["revised"] == len(history)
    assert [r.revision for r in history] == list(range(1, len(history) + 1))
