"""Store statistics: counts by language and outlet, date range, records and facts."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from suivi.record import Document, DocumentRecord
from suivi.store import Store

NewDocument = Callable[..., Document]
NewRecord = Callable[..., DocumentRecord]


def test_store_stats_of_empty_store(store: Store) -> None:
    stats = store.stats()
    assert (stats.documents, stats.records, stats.by_language) == (0, 0, {})
    assert stats.first_published is None


@pytest.mark.parametrize(
    "documents",
    [[("a", "fr", "2020-05", "VNA"), ("b", "fr", "2021-10-21", None), ("c", "en", "2019", "VNA")]],
)
def test_store_stats_counts_everything(
    store: Store,
    new_document: NewDocument,
    new_record: NewRecord,
    documents: list[tuple[str, str, str, str | None]],
) -> None:
    for doc_id, language, published, outlet in documents:
        store.add_document(
            new_document(doc_id, f"Texte {doc_id}.", language=language, published=published, outlet=outlet)
        )
    store.add_document(new_document("a", "Texte a, révisé.", language="fr", published="2020-05", outlet="VNA"))
    store.save_record(new_record("a"))
    store.save_record(DocumentRecord(doc_id="b", is_diplomatic=False))
    stats = store.stats()
    assert (stats.documents, stats.revisions, stats.records, stats.diplomatic_records) == (3, 4, 2, 1)
    assert (stats.engagements, stats.participants, stats.commitments, stats.indicators) == (2, 2, 1, 1)
    assert stats.by_language == {"fr": 2, "en": 1}
    assert stats.by_outlet == {"VNA": 2, "unknown": 1}
    assert (stats.first_published, stats.last_published) == ("2019", "2021-10-21")
