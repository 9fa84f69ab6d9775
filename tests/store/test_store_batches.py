"""Batched writes (what an ingest does per batch): several documents or records in one transaction, each
with its own outcome, and the same end state as one call per item."""

from __future__ import annotations

from collections.abc import Callable

from suivi.errors import DocumentNotFound, InvalidRecord, SuiviError
from suivi.record import Document, DocumentRecord, Engagement
from suivi.store import Store

NewDocument = Callable[..., Document]
NewRecord = Callable[..., DocumentRecord]


def test_store_add_documents_gives_each_document_its_outcome(store: Store, new_document: NewDocument) -> None:
    store.add_document(new_document("fr-001", "Le Vietnam et le Laos ont tenu leur consultation."))
    results = store.add_documents(
        [
            new_document("fr-001", "Le Vietnam et le Laos ont tenu leur consultation."),  # same text
            new_document("fr-002", "Le Cambodge et la Thaïlande ont signé un accord."),
            new_document("fr-003", "Le Cambodge et la Thaïlande ont signé un accord."),  # twin of fr-002
            new_document("fr-001", "Le Vietnam et le Laos ont tenu leur neuvième consultation."),  # new text
            new_document("fr-\u0007bell", "Texte court."),  # a control character in the id: S111
        ]
    )
    assert results[:4] == [("unchanged", None), ("added", None), ("unchanged", "fr-002"), ("revised", None)]
    assert isinstance(results[4], SuiviError) and results[4].code == "S111"
    assert [r.revision for r in store.revisions("fr-001")] == [1, 2]
    assert "neuvième" in store.get_document("fr-001").text
    assert store.stats().documents == 2


def test_store_add_documents_checks_before_writing(store: Store, new_document: NewDocument) -> None:
    assert store.add_documents([]) == []
    results = store.add_documents([new_document("   ", "Texte court.")])
    assert isinstance(results[0], SuiviError) and results[0].code == "S111"
    assert store.stats().documents == 0


def test_store_save_records_saves_the_good_and_returns_the_refused(
    store: Store, new_document: NewDocument, new_record: NewRecord
) -> None:
    for doc_id in ("fr-001", "fr-002"):
        store.add_document(new_document(doc_id, f"Texte {doc_id}."))
    corrected = new_record("fr-002").model_copy(update={"corrections": [1]})
    failed = store.save_records([new_record("fr-001"), new_record("fr-404"), corrected])
    assert [(doc_id, type(exc)) for doc_id, exc in failed] == [
        ("fr-002", InvalidRecord),
        ("fr-404", DocumentNotFound),
    ]
    assert store.get_record("fr-001") == new_record("fr-001")
    assert store.get_record("fr-002") is None


def test_store_save_records_replaces_facts_like_save_record(
    store: Store, new_document: NewDocument, new_record: NewRecord
) -> None:
    for doc_id in ("fr-001", "fr-002"):
        store.add_document(new_document(doc_id, f"Texte {doc_id}."))
    assert store.save_records([new_record("fr-001"), new_record("fr-002")]) == []
    smaller = DocumentRecord(
        doc_id="fr-001",
        language="fr",
        is_diplomatic=True,
        engagements=[Engagement(id="e1", kind="call", parties=["VN", "LA"], format="phone")],
    )
    assert store.save_records([smaller, new_record("fr-002")]) == []
    assert store.get_record("fr-001") == smaller
    assert store.get_record("fr-002") == new_record("fr-002")
    single = store.stats()
    assert single.records == 2
    assert single.engagements == 1 + len(new_record("fr-002").engagements)
    assert single.commitments == len(new_record("fr-002").commitments)
