"""Full-text search: accent-blind, stemmed in French and English, dated and highlighted, on every backend."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy import text as sql

from suivi.errors import InvalidQuery, QueryTooLong, SearchTimeout
from suivi.record import Document
from suivi.store import Store
from suivi.store import search as search_module
from suivi.store.search import MAX_QUERY_WORDS, fold

NewDocument = Callable[..., Document]
#: A query that counts for tens of seconds unless cancelled.
_SLOW_SQLITE = "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) SELECT count(*) FROM n"

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
    assert hits[0].published == "2021-10"
    assert [hits[0].snippet[start:end] for start, end in hits[0].highlights] == [query]
    assert "**" not in hits[0].snippet
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
        # French snowball stems "commissions" to 'comm' but "commission" to 'commiss': every form counts.
        ("fr", "La commission mixte s'est réunie à Vientiane.", "commissions"),
        ("en", "The joint commission met in Vientiane.", "commissions"),
        ("fr", "Les visites officielles ont repris.", "visite"),
        ("en", "The minister visited Phnom Penh.", "visits"),
    ],
)
def test_store_search_stems_both_sides(
    store: Store, new_document: NewDocument, language: str, text: str, query: str
) -> None:
    store.add_document(new_document("doc", text, language=language))
    store.add_document(new_document("other", "Rien à voir.", language=language))
    hits = store.search(query)
    assert [hit.doc_id for hit in hits] == ["doc"]
    assert hits[0].highlights, hits[0].snippet


@pytest.mark.parametrize("outlet,expected", [("akp", ["fr-hanoi"]), ("AKP", ["fr-hanoi"]), ("VNA", [])])
def test_store_search_outlet_ignores_case(
    store: Store, new_document: NewDocument, outlet: str, expected: list[str]
) -> None:
    store.add_document(new_document("fr-hanoi", TEXTS["fr-hanoi"][1], outlet="AKP"))
    store.add_document(new_document("en-trade", TEXTS["en-trade"][1], language="en", outlet="Xinhua"))
    assert [hit.doc_id for hit in store.search("Hanoi", outlet=outlet)] == expected
    assert [doc.id for doc in store.documents(outlet=outlet)] == expected


@pytest.mark.parametrize(
    "body,words,snippet,marked",
    [
        (
            "Les deux commissions\nse sont réunies.",
            {"commiss"},
            "Les deux commissions se sont réunies.",
            ["commissions"],
        ),
        (" ".join(f"w{i}" for i in range(60)), {"w30"}, "… w25 w26", ["w30"]),
    ],
)
def test_store_search_snippet_is_one_line_with_offsets(
    body: str, words: set[str], snippet: str, marked: list[str]
) -> None:
    made, highlights = search_module.make_snippet(body, "en", words)
    assert made.startswith(snippet) and "\n" not in made
    assert [made[start:end] for start, end in highlights] == marked


def _old_search_table(path: Path) -> None:
    """Put back the search table of a store made before stemming: unstemmed text, other columns."""
    with closing(sqlite3.connect(path)) as connection, connection:
        connection.execute("DROP TABLE documents_fts")
        connection.execute(
            "CREATE VIRTUAL TABLE documents_fts USING fts5("
            "doc_id UNINDEXED, title, text, tokenize = 'unicode61 remove_diacritics 2')"
        )
        connection.execute(
            "INSERT INTO documents_fts (rowid, doc_id, title, text) SELECT r.id, d.id, d.title, r.text "
            "FROM documents d JOIN revisions r ON r.document_id = d.id AND r.revision = d.revision"
        )


@pytest.mark.parametrize("query", ["commissions"])
def test_store_search_reindexes_an_old_sqlite_store_on_open(
    tmp_path: Path, new_document: NewDocument, query: str
) -> None:
    path = tmp_path / "old.sqlite"
    with Store.open(f"sqlite:///{path}") as store:
        store.add_document(new_document("fr-jc", "La commission mixte s'est réunie.", title="Commission"))
    _old_search_table(path)
    with closing(sqlite3.connect(path)) as connection:  # the old index does not stem
        assert (
            connection.execute("SELECT count(*) FROM documents_fts WHERE documents_fts MATCH ?", [query]).fetchone()[0]
            == 0
        )
    with Store.open(f"sqlite:///{path}") as store:
        assert [hit.doc_id for hit in store.search(query)] == ["fr-jc"]
        assert store.check().errors == []
    assert search_module.ensure_index(create_engine(f"sqlite:///{path}")) is False  # done once


@pytest.mark.parametrize(
    "query,what",
    [
        ("consultation " * 800, "characters"),  # 10,000 characters
        (" ".join(f"mot{i}" for i in range(MAX_QUERY_WORDS + 1)), "different words"),
    ],
)
def test_store_search_refuses_an_unbounded_query_with_s206(filled: Store, query: str, what: str) -> None:
    with pytest.raises(QueryTooLong) as caught:
        filled.search(query)
    assert caught.value.code == "S206"
    assert what in str(caught.value) and "search for a few distinctive words" in str(caught.value)


@pytest.mark.parametrize("repeats", [MAX_QUERY_WORDS * 2])
def test_store_search_repeated_words_count_once(filled: Store, repeats: int) -> None:
    assert [hit.doc_id for hit in filled.search(" ".join(["trade"] * repeats))] == ["en-trade"]


@pytest.mark.parametrize("slow_sql", [{"sqlite": _SLOW_SQLITE, "postgresql": "SELECT pg_sleep(2)"}])
def test_store_search_time_limit_cancels_with_s207(
    store: Store, slow_sql: dict[str, str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_module, "SEARCH_TIMEOUT_MS", 100)
    engine = store._engine  # the mechanism itself: no real search is slow enough to time out in a test
    with (
        engine.begin() as connection,
        pytest.raises(SearchTimeout) as caught,
        search_module._time_limit(connection, "slow words"),
    ):
        connection.execute(sql(slow_sql[store.dialect]))
    assert caught.value.code == "S207"
    assert "'slow words' ran over 0.1 s and was cancelled" in str(caught.value)
