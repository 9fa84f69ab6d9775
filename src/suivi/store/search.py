"""Full-text search over documents: SQLite FTS5 or PostgreSQL tsvector (stemmed), both accent-blind."""

from __future__ import annotations

import re
from typing import Any

from sqlalchemy import Connection, text

from suivi.folding import strip_accents
from suivi.store.results import SearchHit

#: Text search configuration per document language on PostgreSQL; any other language uses `simple`.
PG_CONFIGS = {"fr": "french", "en": "english"}
_ALL_PG_CONFIGS = ("french", "english", "simple")
HIGHLIGHT_START = "**"
HIGHLIGHT_END = "**"
_WORD = re.compile(r"\w+")


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


def search(connection: Connection, query: str, *, language: str | None, limit: int) -> list[SearchHit]:
    """Documents matching every word of `query`, best first; snippets mark matches with `**`."""
    words = _WORD.findall(query)
    if not words or limit <= 0:
        return []
    if connection.dialect.name == "sqlite":
        return _search_sqlite(connection, words, language=language, limit=limit)
    return _search_postgres(connection, " ".join(words), language=language, limit=limit)


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
