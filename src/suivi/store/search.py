"""Full-text search over documents: SQLite FTS5 or PostgreSQL tsvector (stemmed), both accent-blind."""

from __future__ import annotations

import re
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Connection, text
from sqlalchemy.exc import OperationalError

from suivi.errors import QueryTooLong, SearchTimeout
from suivi.folding import strip_accents
from suivi.store.results import SearchHit

#: Text search configuration per document language on PostgreSQL; any other language uses `simple`.
PG_CONFIGS = {"fr": "french", "en": "english"}
_ALL_PG_CONFIGS = ("french", "english", "simple")
HIGHLIGHT_START = "**"
HIGHLIGHT_END = "**"
_WORD = re.compile(r"\w+")
#: Bounds of a search query, the same on both stores: a query over them is refused before it runs
#: (hundreds of words made PostgreSQL search for minutes, and SQLite for tens of seconds).
MAX_QUERY_CHARS = 500
MAX_QUERY_WORDS = 32
#: How long one search may run before it is cancelled (on the server for PostgreSQL).
SEARCH_TIMEOUT_MS = 5000


def fold(value: str) -> str:
    """Drop diacritics ("Hanoï" → "Hanoi", "Đà Nẵng" → "Da Nang") so that search ignores accents."""
    return strip_accents(value)


def pg_config(language: str | None) -> str:
    return PG_CONFIGS.get((language or "").lower(), "simple")


def index_document(
    connection: Connection,
    *,
    doc_id: str,
    revision_id: int,
    replaced_revision_id: int | None,
    title: str | None,
    body: str,
    language: str | None,
) -> None:
    """(Re)index a document's current revision, in the caller's transaction."""
    if connection.dialect.name == "sqlite":
        if replaced_revision_id is not None:
            connection.execute(text("DELETE FROM documents_fts WHERE rowid = :rowid"), {"rowid": replaced_revision_id})
        connection.execute(
            text("INSERT INTO documents_fts (rowid, doc_id, title, text) VALUES (:rowid, :doc_id, :title, :body)"),
            {"rowid": revision_id, "doc_id": doc_id, "title": title or "", "body": body},
        )
    else:
        _index_postgres(connection, doc_id=doc_id, title=title or "", body=body, config=pg_config(language))


def unindex_documents(connection: Connection, doc_ids: list[str]) -> None:
    """Drop the search rows of these documents, in the caller's transaction (before their revisions)."""
    sql = (
        "DELETE FROM documents_fts WHERE rowid IN (SELECT id FROM revisions WHERE document_id = :doc_id)"
        if connection.dialect.name == "sqlite"  # doc_id is not indexed in FTS5; rowid = revisions.id
        else "DELETE FROM documents_fts WHERE doc_id = :doc_id"
    )
    for doc_id in doc_ids:
        connection.execute(text(sql), {"doc_id": doc_id})


def _index_postgres(connection: Connection, *, doc_id: str, title: str, body: str, config: str) -> None:
    # Folded text: PostgreSQL's French and English configurations keep accents (unaccent is an
    # extension that needs privileges), and SQLite's index ignores them: search alike on both.
    connection.execute(
        text(
            "INSERT INTO documents_fts (doc_id, config, tsv) VALUES (:doc_id, :config_name, "
            "setweight(to_tsvector(CAST(:config AS regconfig), :title), 'A') || "
            "setweight(to_tsvector(CAST(:config AS regconfig), :body), 'B')) "
            "ON CONFLICT (doc_id) DO UPDATE SET config = EXCLUDED.config, tsv = EXCLUDED.tsv"
        ),
        # The same value twice: psycopg types a parameter once, and it is used as text and regconfig.
        {"doc_id": doc_id, "config_name": config, "config": config, "title": fold(title), "body": fold(body)},
    )


def query_words(query: str) -> list[str]:
    """The words of a search query, each once, in order; QueryTooLong (S206) past the bounds."""
    if len(query) > MAX_QUERY_CHARS:
        raise QueryTooLong(
            f"the search query has {len(query)} characters, more than {MAX_QUERY_CHARS}; "
            "search for a few distinctive words instead",
            detail={"chars": len(query), "max_chars": MAX_QUERY_CHARS, "query": query[:80]},
        )
    words = list(dict.fromkeys(_WORD.findall(query)))  # repeating a word narrows nothing
    if len(words) > MAX_QUERY_WORDS:
        raise QueryTooLong(
            f"the search query has {len(words)} different words, more than {MAX_QUERY_WORDS}; "
            "search for a few distinctive words instead",
            detail={"words": len(words), "max_words": MAX_QUERY_WORDS, "query": query[:80]},
        )
    return words


def search(connection: Connection, query: str, *, language: str | None, limit: int) -> list[SearchHit]:
    """Documents matching every word of `query`, best first; snippets mark matches with `**`.
    The query is bounded (S206) and the search cancelled after SEARCH_TIMEOUT_MS (S207)."""
    words = query_words(query)
    if not words or limit <= 0:
        return []
    with _time_limit(connection, query):
        if connection.dialect.name == "sqlite":
            return _search_sqlite(connection, words, language=language, limit=limit)
        return _search_postgres(connection, " ".join(words), language=language, limit=limit)


@contextmanager
def _time_limit(connection: Connection, query: str) -> Iterator[None]:
    """Cancel the search after SEARCH_TIMEOUT_MS: PostgreSQL's statement_timeout for this transaction
    (the server stops working, even if the client is gone), SQLite's progress handler."""
    raw: Any = None
    if connection.dialect.name == "sqlite":
        raw = connection.connection.driver_connection
        deadline = time.monotonic() + SEARCH_TIMEOUT_MS / 1000
        raw.set_progress_handler(lambda: int(time.monotonic() > deadline), 10_000)
    else:
        connection.execute(text(f"SET LOCAL statement_timeout = {int(SEARCH_TIMEOUT_MS)}"))
    try:
        yield
    except OperationalError as exc:
        if not _cancelled(exc):
            raise
        raise SearchTimeout(
            f"the search for {query[:80]!r} ran over {SEARCH_TIMEOUT_MS / 1000:g} s and was cancelled; "
            "search for fewer or more distinctive words",
            detail={"query": query[:80], "timeout_ms": SEARCH_TIMEOUT_MS},
        ) from exc
    finally:
        if raw is not None:
            raw.set_progress_handler(None, 0)


def _cancelled(exc: OperationalError) -> bool:
    """SQLite's 'interrupted' or PostgreSQL's query_canceled (SQLSTATE 57014)."""
    return getattr(exc.orig, "sqlstate", None) == "57014" or "interrupted" in str(exc.orig)


def _search_sqlite(connection: Connection, words: list[str], *, language: str | None, limit: int) -> list[SearchHit]:
    # Each word quoted: the user's text is never read as FTS5 query syntax (AND, NEAR, column:...).
    match = " ".join('"' + word.replace('"', '""') + '"' for word in words)
    sql = (
        "SELECT documents_fts.doc_id AS doc_id, documents.title AS title, "
        f"snippet(documents_fts, -1, '{HIGHLIGHT_START}', '{HIGHLIGHT_END}', '…', 16) AS snippet, "
        "-bm25(documents_fts, 0.0, 2.0, 1.0) AS score "
        "FROM documents_fts JOIN documents ON documents.id = documents_fts.doc_id "
        "WHERE documents_fts MATCH :match"
        + (" AND documents.language = :language" if language else "")
        + " ORDER BY score DESC, doc_id LIMIT :limit"
    )
    params: dict[str, Any] = {"match": match, "language": language, "limit": limit}
    return [_hit(row) for row in connection.execute(text(sql), params).mappings()]


def _search_postgres(connection: Connection, query: str, *, language: str | None, limit: int) -> list[SearchHit]:
    # A document's tsvector is matched against the query parsed with the same configuration; one
    # OR branch per configuration lets the GIN index serve every branch.
    branches = " OR ".join(f"(f.config = '{c}' AND f.tsv @@ plainto_tsquery('{c}', :query))" for c in _ALL_PG_CONFIGS)
    parsed = "plainto_tsquery(CAST({}.config AS regconfig), :query)"
    sql = (
        f"WITH hits AS (SELECT f.doc_id, f.config, ts_rank_cd(f.tsv, {parsed.format('f')}) AS score "
        f"FROM documents_fts f JOIN documents d ON d.id = f.doc_id WHERE ({branches})"
        + (" AND d.language = :language" if language else "")
        + " ORDER BY score DESC, f.doc_id LIMIT :limit) "
        f"SELECT hits.doc_id, d.title, hits.score, "
        f"ts_headline(CAST(hits.config AS regconfig), r.text, {parsed.format('hits')}, :options) AS snippet "
        "FROM hits JOIN documents d ON d.id = hits.doc_id "
        "JOIN revisions r ON r.document_id = d.id AND r.revision = d.revision "
        "ORDER BY hits.score DESC, hits.doc_id"
    )
    options = f"StartSel={HIGHLIGHT_START}, StopSel={HIGHLIGHT_END}, MaxWords=24, MinWords=8, MaxFragments=2"
    params: dict[str, Any] = {"query": fold(query), "language": language, "limit": limit, "options": options}
    return [_hit(row) for row in connection.execute(text(sql), params).mappings()]


def _hit(row: Any) -> SearchHit:
    return SearchHit(doc_id=row["doc_id"], title=row["title"], snippet=row["snippet"] or "", score=float(row["score"]))
