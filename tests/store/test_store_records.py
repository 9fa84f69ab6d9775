"""Document records in the store: exact round trip, replacement, export iteration and links."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from suivi.errors import DocumentNotFound, EngagementNotFound, InvalidQuery, InvalidRecord
from suivi.record import Document, DocumentRecord, Engagement
from suivi.store import Store

NewDocument = Callable[..., Document]
NewRecord = Callable[..., DocumentRecord]


@pytest.mark.parametrize("doc_id", ["fr-001", "en-004"])
def test_store_save_record_round_trip(
    store: Store, new_document: NewDocument, new_record: NewRecord, doc_id: str
) -> None:
    store.add_document(new_document(doc_id))
    record = new_record(doc_id)
    store.save_record(record)
    stored = store.get_record(doc_id)
    assert stored == record
    assert stored is not None
    assert stored.to_json() == record.to_json()


@pytest.mark.parametrize("extra", [{"confidence": 0.75, "notes": ["relu"]}])
def test_store_record_keeps_extra_keys(
    store: Store, new_document: NewDocument, new_record: NewRecord, extra: dict[str, object]
) -> None:
    store.add_document(new_document("fr-001"))
    record = new_record("fr-001")
    record = record.model_copy(update={"engagements": [record.engagements[0].model_copy(update=extra)], **extra})
    store.save_record(DocumentRecord.model_validate(record.model_dump()))
    stored = store.get_record("fr-001")
    assert stored is not None
    assert stored.model_extra == extra
    assert stored.engagements[0].model_extra == extra


@pytest.mark.parametrize("doc_id", ["fr-001"])
def test_store_save_record_replaces_previous_facts(
    store: Store, new_document: NewDocument, new_record: NewRecord, doc_id: str
) -> None:
    store.add_document(new_document(doc_id))
    store.save_record(new_record(doc_id))
    smaller = DocumentRecord(
        doc_id=doc_id,
        language="fr",
        is_diplomatic=True,
        engagements=[Engagement(id="e1", kind="call", parties=["VN", "LA"], format="phone")],
    )
    store.save_record(smaller)
    assert store.get_record(doc_id) == smaller
    stats = store.stats()
    assert (stats.records, stats.engagements, stats.participants, stats.commitments, stats.indicators) == (
        1,
        1,
        0,
        0,
        0,
    )


@pytest.mark.parametrize("doc_id", ["fr-404"])
def test_store_save_record_of_unknown_document_raises_s201(store: Store, new_record: NewRecord, doc_id: str) -> None:
    with pytest.raises(DocumentNotFound) as caught:
        store.save_record(new_record(doc_id))
    assert caught.value.code == "S201"
    assert "add the document with add_document before its record" in str(caught.value)


@pytest.mark.parametrize("doc_id", ["fr-001"])
def test_store_record_with_repeated_engagement_id_raises_s205(
    store: Store, new_document: NewDocument, new_record: NewRecord, doc_id: str
) -> None:
    store.add_document(new_document(doc_id))
    store.save_record(new_record(doc_id))
    twice = Engagement(id="e1", kind="visit")
    with pytest.raises(InvalidRecord) as caught:
        store.save_record(DocumentRecord(doc_id=doc_id, engagements=[twice, twice]))
    assert caught.value.code == "S205"
    assert "record 'fr-001' has several engagements with id e1" in str(caught.value)
    assert store.get_record(doc_id) == new_record(doc_id)


@pytest.mark.parametrize("doc_id", ["fr-050"])
def test_store_get_record_is_none_before_extraction(store: Store, new_document: NewDocument, doc_id: str) -> None:
    store.add_document(new_document(doc_id))
    assert store.get_record(doc_id) is None


@pytest.mark.parametrize("count,batch_size", [(7, 3), (2, 200)])
def test_store_records_iterates_every_record_in_order(
    store: Store, new_document: NewDocument, new_record: NewRecord, count: int, batch_size: int
) -> None:
    ids = [f"doc-{n:02d}" for n in range(count)]
    for doc_id in reversed(ids):
        store.add_document(new_document(doc_id, f"Texte numéro {doc_id}."))
        store.save_record(new_record(doc_id))
    store.add_document(new_document("not-extracted", "Pas encore extrait."))
    exported = list(store.records(batch_size=batch_size))
    assert [r.doc_id for r in exported] == ids
    assert exported[-1] == new_record(ids[-1])


@pytest.mark.parametrize("batch_size", [0, -1])
def test_store_records_bad_batch_size_raises_s203(store: Store, batch_size: int) -> None:
    with pytest.raises(InvalidQuery) as caught:
        list(store.records(batch_size=batch_size))
    assert caught.value.code == "S203"
    assert f"batch_size must be 1 or more, got {batch_size}" in str(caught.value)


@pytest.mark.parametrize(
    "links",
    [{("fr-001", "e1"): ("event-7", "vn-kh-consultation"), ("fr-001", "e2"): (None, "vn-kh-consultation")}],
)
def test_store_set_links_visible_in_records(
    store: Store,
    new_document: NewDocument,
    new_record: NewRecord,
    links: dict[tuple[str, str], tuple[str | None, str | None]],
) -> None:
    store.add_document(new_document("fr-001"))
    store.save_record(new_record("fr-001"))
    store.set_links(links)
    (exported,) = list(store.records())
    keys = {(exported.doc_id, e.id): (e.event_key, e.series_key) for e in exported.engagements}
    assert keys == links
    assert (store.stats().events, store.stats().series) == (1, 1)


@pytest.mark.parametrize("replace,expected", [(False, ("event-7", "series-a")), (True, (None, None))])
def test_store_set_links_replace_clears_other_keys(
    store: Store,
    new_document: NewDocument,
    new_record: NewRecord,
    replace: bool,
    expected: tuple[str | None, str | None],
) -> None:
    store.add_document(new_document("fr-001"))
    store.save_record(new_record("fr-001"))
    store.set_links({("fr-001", "e1"): ("event-7", "series-a")})
    store.set_links({("fr-001", "e2"): ("event-8", "series-a")}, replace=replace)
    record = store.get_record("fr-001")
    assert record is not None
    assert (record.engagements[0].event_key, record.engagements[0].series_key) == expected
    assert record.engagements[1].event_key == "event-8"


@pytest.mark.parametrize("missing", [("fr-001", "e9"), ("fr-999", "e1")])
def test_store_set_links_unknown_engagement_raises_s204(
    store: Store, new_document: NewDocument, new_record: NewRecord, missing: tuple[str, str]
) -> None:
    store.add_document(new_document("fr-001"))
    store.save_record(new_record("fr-001"))
    with pytest.raises(EngagementNotFound) as caught:
        store.set_links({("fr-001", "e1"): ("event-7", None), missing: ("event-8", None)})
    assert caught.value.code == "S204"
    assert f"1 linked engagement(s) are not in the store ({missing[0]}/{missing[1]})" in str(caught.value)
    record = store.get_record("fr-001")
    assert record is not None
    assert record.engagements[0].event_key is None  # nothing written
