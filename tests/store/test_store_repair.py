"""Store repair: removing documents with everything made from them, and the integrity check."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable

import pytest
from sqlalchemy import text

from suivi.errors import DocumentNotFound
from suivi.record import Document, DocumentRecord
from suivi.store import Store

NewDocument = Callable[..., Document]
NewRecord = Callable[..., DocumentRecord]


def _fill(store: Store, new_document: NewDocument, new_record: NewRecord) -> None:
    """Two extracted documents, the first with a second revision; one document not extracted."""
    store.add_document(new_document("fr-001", "Première version à Vientiane."))
    store.add_document(new_document("fr-001", "Seconde version à Vientiane."))
    store.add_document(new_document("fr-002", "Rencontre à Vientiane des deux ministres."))
    store.add_document(new_document("fr-003", "Un article non extrait sur Vientiane."))
    for doc_id in ("fr-001", "fr-002"):
        store.save_record(new_record(doc_id))


@pytest.mark.parametrize("removed", [["fr-001"], ["fr-001", "fr-003", "fr-001"]])
def test_store_remove_documents_deletes_everything_made_from_them(
    store: Store, new_document: NewDocument, new_record: NewRecord, removed: list[str]
) -> None:
    _fill(store, new_document, new_record)
    assert store.remove_documents(removed) == sorted(set(removed))
    remaining = {"fr-001", "fr-002", "fr-003"} - set(removed)
    assert {d.id for d in store.documents()} == remaining
    assert {hit.doc_id for hit in store.search("Vientiane")} == remaining
    assert {r.doc_id for r in store.records()} == remaining & {"fr-002"}
    counts = store.check().counts
    assert counts["revisions"] == len(remaining) and counts["search_rows"] == len(remaining)
    assert counts["engagements"] == 2 and counts["participants"] == 2 and counts["commitments"] == 1
    assert store.check().errors == []


@pytest.mark.parametrize("ids", [["fr-002", "nope", "also-missing"]])
def test_store_remove_unknown_id_raises_s201_and_removes_nothing(
    store: Store, new_document: NewDocument, new_record: NewRecord, ids: list[str]
) -> None:
    _fill(store, new_document, new_record)
    with pytest.raises(DocumentNotFound) as caught:
        store.remove_documents(ids)
    assert caught.value.code == "S201"
    assert "'also-missing', 'nope'" in str(caught.value) and "nothing was removed" in str(caught.value)
    assert caught.value.detail["doc_ids"] == ["also-missing", "nope"]
    assert len(store.documents()) == 3


@pytest.mark.parametrize("versions", [{"suivi.engagements.v1": "1.0", "suivi.commitments.v1": "2.0"}])
def test_store_check_lists_warnings_of_a_sound_store(
    store: Store, new_document: NewDocument, new_record: NewRecord, versions: dict[str, str]
) -> None:
    _fill(store, new_document, new_record)
    store.add_document(new_document("fr-001", "Troisième version, pas encore extraite."))
    report = store.check(versions)
    assert report.errors == []
    warnings = {f.check: f for f in report.warnings}
    assert warnings["documents_without_record"].examples == ["fr-003"]
    assert warnings["records_of_older_revision"].examples == ["fr-001"]  # the record predates its text
    assert warnings["engagements_not_linked"].count == 4
    # make_record's commitment was made by version "1.0" of its extractor, not the installed "2.0"
    assert warnings["stale_extractor_versions"].examples == ["fr-001", "fr-002"]
    assert report.counts["documents"] == 3 and report.counts["revisions"] == 5


@pytest.mark.parametrize("doc_id", ["fr-002"])
def test_store_check_finds_orphans_left_without_foreign_keys(
    tmp_path: pytest.TempPathFactory, new_document: NewDocument, new_record: NewRecord, doc_id: str
) -> None:
    path = f"{tmp_path}/broken.sqlite"
    with Store.open(f"sqlite:///{path}") as store:
        _fill(store, new_document, new_record)
    raw = sqlite3.connect(path)  # a mishap: a tool deleting a row with foreign keys off
    raw.execute("PRAGMA foreign_keys = OFF")
    raw.execute("DELETE FROM documents WHERE id = ?", (doc_id,))
    raw.commit()
    raw.close()
    with Store.open(f"sqlite:///{path}") as store:
        report = store.check()
    errors = {f.check: f.examples for f in report.errors}
    assert errors["revisions_without_document"] == [doc_id]
    assert errors["records_without_document"] == [doc_id]
    assert errors["search_rows_astray"] == [f"{doc_id}#3"]
    assert "suivi remove" in report.errors[0].message


@pytest.mark.parametrize("doc_id", ["fr-003"])
def test_store_check_finds_documents_search_cannot_find(
    store: Store, new_document: NewDocument, new_record: NewRecord, doc_id: str
) -> None:
    _fill(store, new_document, new_record)
    with store._engine.begin() as connection:
        connection.execute(text("DELETE FROM documents_fts WHERE doc_id = :doc_id"), {"doc_id": doc_id})
    errors = {f.check: f for f in store.check().errors}
    assert list(errors) == ["documents_without_search_row"]
    assert errors["documents_without_search_row"].examples == [doc_id]
