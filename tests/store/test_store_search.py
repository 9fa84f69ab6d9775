"""Full-text search: accent-blind on every backend, French and English stemming on PostgreSQL."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from suivi.errors import InvalidQuery
from suivi.record import Document
from suivi.store import Store
from suivi.store.search import fold

NewDocument = Callable[..., Document]

TEXTS = {
    "fr-hanoi": ("fr", "La réunion s'est tenue à Hanoï en présence des deux délégations."),
    "fr-border": ("fr", "Les provinces frontalières ont signé un mémorandum sur la gestion des bornes."),
    "en-trade": ("en", "Trade between the two countries reached a new record in Hanoi last year."),
}


@pytest.fixture
def filled(store: Store, new_document: NewDocument) -> Store:
    for doc_id, (language, text) in TEXTS.items():
        store.add_document(new_document(doc_id, text, language=language, title=f"Article {doc_id}"))
    return store


@pytest.mark.parametrize(
    "query,expected",
    [
        ("Hanoi", {"fr-hanoi", "en-trade"}),
        ("hanoï", {"fr-hanoi", "en-trade"}),
        ("memorandum bornes", {"fr-border"}),
        ("REUNION delegations", {"fr-hanoi"}),
        ("Hanoi mémorandum", set()),
        ("trade", {"en-trade"}),
    ],
)
def test_store_search_ignores_accents_and_case(filled: Store, query: str, expected: set[str]) -> None:
    assert {hit.doc_id for hit in filled.search(query)} == expected


@pytest.mark.parametrize("query,language,expected", [("Hanoi", "fr", ["fr-hanoi"]), ("Hanoi", "en", ["en-trade"])])
def test_store_search_filters_language(filled: Store, query: str, language: str, expected: list[str]) -> None:
    assert [hit.doc_id for hit in filled.search(query, language=language)] == expected


@pytest.mark.parametrize("query", ["Hanoi"])
def test_store_search_hit_has_title_snippet_and_score(filled: Store, query: str) -> None:
    hits = filled.search(query, language="en")
    assert len(hits) == 1
    assert hits[0].title == "Article en-trade"
    assert "**Hanoi**" in hits[0].snippet
    assert hits[0].score > 0


@pytest.mark.parametrize(
    "query,expected",
    [
        ('"', set()),
        ("  ", set()),
        ("(Hanoi", {"fr-hanoi", "en-trade"}),
        ("-Hanoi", {"fr-hanoi", "en-trade"}),
        ("Hanoi*", {"fr-hanoi", "en-trade"}),
        ('"Hanoi" trade', {"en-trade"}),
        ("title:Hanoi", set()),
        ("NEAR(Hanoi trade)", set()),
    ],
)
def test_store_search_reads_query_syntax_as_words(filled: Store, query: str, expected: set[str]) -> None:
    assert {hit.doc_id for hit in filled.search(query)} == expected


@pytest.mark.parametrize(
    "value,folded",
    [("Hanoï", "Hanoi"), ("Đà Nẵng", "Da Nang"), ("Bùi Thanh Sơn", "Bui Thanh Son"), ("œuvre", "oeuvre")],
)
def test_store_fold_drops_diacritics(value: str, folded: str) -> None:
    assert fold(value) == folded


@pytest.mark.parametrize("limit,expected", [(1, 1), (0, 0), (20, 2)])
def test_store_search_limit(filled: Store, limit: int, expected: int) -> None:
    assert len(filled.search("Hanoi", limit=limit)) == expected


@pytest.mark.parametrize("limit", [-5])
def test_store_search_negative_limit_raises_s203(filled: Store, limit: int) -> None:
    with pytest.raises(InvalidQuery) as caught:
        filled.search("Hanoi", limit=limit)
    assert caught.value.code == "S203"
    assert "limit must be zero or more, got -5" in str(caught.value)


@pytest.mark.parametrize("old,new", [("Rencontre à Vientiane.", "Rencontre à Phnom Penh.")])
def test_store_search_sees_only_current_revision(store: Store, new_document: NewDocument, old: str, new: str) -> None:
    store.add_document(new_document("fr-rev", old))
    store.add_document(new_document("fr-rev", new))
    assert store.search("Vientiane") == []
    assert [hit.doc_id for hit in store.search("Phnom Penh")] == ["fr-rev"]


@pytest.mark.parametrize(
    "language,text,query",
    [
        ("fr", "La consultation politique a eu lieu hier.", "consultations"),
        ("fr", "Les ministres ont signé plusieurs accords.", "accord"),
        ("en", "The ministers held consultations yesterday.", "consultation"),
    ],
)
def test_store_search_stems_on_postgres(
    postgres_store: Store, new_document: NewDocument, language: str, text: str, query: str
) -> None:
    postgres_store.add_document(new_document("doc", text, language=language))
    postgres_store.add_document(new_document("other", "Rien à voir.", language=language))
    assert [hit.doc_id for hit in postgres_store.search(query)] == ["doc"]
