"""Documents in the store: adding, duplicates, revisions with history, lookups and filters."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from suivi.errors import DocumentNotFound, InvalidQuery, StoreError
from suivi.record import Document
from suivi.store import Store, content_hash_of

NewDocument = Callable[..., Document]


@pytest.mark.parametrize("text", ["Les deux ministres se sont entretenus à Hanoï."])
def test_store_add_document_then_unchanged_then_revised(store: Store, new_document: NewDocument, text: str) -> None:
    assert store.add_document(new_document("fr-001", text)) == "added"
    assert store.add_document(new_document("fr-001", text)) == "unchanged"
    assert store.add_document(new_document("fr-001", text + " Ils ont signé un accord.")) == "revised"

    history = store.revisions("fr-001")
    assert [r.revision for r in history] == [1, 2]
    assert history[0].text == text
    assert history[1].text == text + " Ils ont signé un accord."
    assert history[0].ingested_at <= history[1].ingested_at
    assert history[0].ingested_at.tzinfo is not None
    assert store.get_document("fr-001").text == history[1].text


@pytest.mark.parametrize("first_title,new_title", [("Titre initial", "Titre corrigé")])
def test_store_revision_updates_metadata(
    store: Store, new_document: NewDocument, first_title: str, new_title: str
) -> None:
    store.add_document(new_document("fr-002", "Première version.", title=first_title, outlet="A"))
    store.add_document(new_document("fr-002", "Seconde version.", title=new_title, outlet="B"))
    document = store.get_document("fr-002")
    assert (document.title, document.outlet, document.text) == (new_title, "B", "Seconde version.")
    assert document.content_hash == content_hash_of("Seconde version.")


@pytest.mark.parametrize("text", ["Le Premier ministre a reçu l'ambassadeur."])
def test_store_duplicate_content_under_other_id_is_skipped(store: Store, new_document: NewDocument, text: str) -> None:
    store.add_document(new_document("fr-010", text))
    assert store.duplicate_of is None
    assert store.add_document(new_document("copy-of-010", text, outlet="Autre")) == "unchanged"
    assert store.duplicate_of == "fr-010"
    with pytest.raises(DocumentNotFound):
        store.get_document("copy-of-010")
    assert store.add_document(new_document("fr-011", text + " Autre texte.")) == "added"
    assert store.duplicate_of is None


@pytest.mark.parametrize("given_hash", ["sha1:abc", ""])
def test_store_keeps_given_hash_or_computes_one(store: Store, new_document: NewDocument, given_hash: str) -> None:
    store.add_document(new_document("fr-020", "Un texte.", content_hash=given_hash))
    expected = given_hash or content_hash_of("Un texte.")
    assert store.get_document("fr-020").content_hash == expected


@pytest.mark.parametrize("extra", [{"section": "Monde", "words": 12}])
def test_store_document_round_trip_with_extra_keys(
    store: Store, new_document: NewDocument, extra: dict[str, object]
) -> None:
    document = new_document(
        "fr-030",
        "Texte avec métadonnées.",
        published="2021-10-21",
        published_precision="day",
        url="https://example.org/a",
        outlet="Agence",
        source="corpus/a.txt:3",
        **extra,
    )
    store.add_document(document)
    assert store.get_document("fr-030") == document.model_copy(update={"content_hash": content_hash_of(document.text)})


@pytest.mark.parametrize("method", ["get_document", "revisions", "get_record"])
def test_store_unknown_document_raises_s201(store: Store, method: str) -> None:
    with pytest.raises(DocumentNotFound) as caught:
        getattr(store, method)("nope-404")
    assert caught.value.code == "S201"
    assert str(caught.value).startswith("[S201] no document 'nope-404' in the store")
    assert "ingest the article first" in str(caught.value)


DOCS = [
    ("a", "fr", "2020-12-31", "VNA"),
    ("b", "fr", "2021", "VNA"),
    ("c", "en", "2021-01", "VNA"),
    ("d", "en", "2021-06-02", "Nhan Dan"),
    ("e", "fr", None, "Nhan Dan"),
]


@pytest.mark.parametrize(
    "filters,expected",
    [
        ({}, ["d", "c", "b", "a", "e"]),
        ({"language": "fr"}, ["b", "a", "e"]),
        ({"outlet": "Nhan Dan"}, ["d", "e"]),
        ({"since": "2021-01"}, ["d", "c", "b"]),
        ({"since": "2021-02"}, ["d", "b"]),
        ({"since": "2021-06-03"}, ["b"]),
        ({"since": "2022"}, []),
        ({"since": "2020"}, ["d", "c", "b", "a"]),
        ({"language": "en", "since": "2021-02"}, ["d"]),
        ({"limit": 2}, ["d", "c"]),
        ({"limit": 0}, []),
    ],
)
def test_store_documents_filters(
    store: Store, new_document: NewDocument, filters: dict[str, object], expected: list[str]
) -> None:
    for doc_id, language, published, outlet in DOCS:
        store.add_document(
            new_document(doc_id, f"Texte {doc_id}.", language=language, published=published, outlet=outlet)
        )
    assert [d.id for d in store.documents(**filters)] == expected  # type: ignore[arg-type]


@pytest.mark.parametrize(
    "filters,message",
    [
        ({"since": "janvier"}, "since='janvier' is not a date: use YYYY, YYYY-MM or YYYY-MM-DD"),
        ({"since": "2021-13"}, "since='2021-13' is not a date"),
        ({"limit": -1}, "limit must be zero or more, got -1"),
    ],
)
def test_store_documents_bad_filter_raises_s203(store: Store, filters: dict[str, object], message: str) -> None:
    with pytest.raises(InvalidQuery) as caught:
        store.documents(**filters)  # type: ignore[arg-type]
    assert caught.value.code == "S203"
    assert message in str(caught.value)


@pytest.mark.parametrize("doc_id", ["fr-001"])
def test_store_write_failure_raises_s200_and_keeps_store_unchanged(
    store: Store, new_document: NewDocument, doc_id: str
) -> None:
    store.add_document(new_document(doc_id, "Texte initial."))
    with store._engine.begin() as connection:  # sabotage: the next revision number is already taken
        connection.exec_driver_sql(
            "INSERT INTO revisions (document_id, revision, text, content_hash, ingested_at) "
            "VALUES ('fr-001', 2, 'x', 'x', CURRENT_TIMESTAMP)"
        )
    with pytest.raises(StoreError) as caught:
        store.add_document(new_document(doc_id, "Texte modifié."))
    assert caught.value.code == "S200"
    assert "adding document 'fr-001' failed in" in str(caught.value)
    assert "nothing was written" in str(caught.value)
    assert store.get_document(doc_id).text == "Texte initial."
