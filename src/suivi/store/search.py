"""Full-text search over documents, stemmed in French and English and accent-blind, on SQLite and PostgreSQL.

Both sides are stemmed: a document's words by the stemmer of its language, a query word by every
stemmer (or the one of `--lang`), so "commissions" finds "commission" whatever the language. SQLite
indexes the stems (snowball, `snowballstemmer`) in an FTS5 table; PostgreSQL its `french` / `english`
text search configurations. Snippets are cut and highlighted here, the same way on both stores."""

from __future__ import annotations

import re
import time
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cache
from typing import Any

import snowballstemmer
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import OperationalError, SQLAlchemyError

from suivi.errors import MigrationError, QueryTooLong, SearchTimeout
from suivi.folding import strip_accents
from suivi.lang import languages, profile
from suivi.store.connection import SQLITE_BEGIN
from suivi.store.results import SearchHit

_WORD = re.compile(r"\w+")
_SPACES = re.compile(r"\s+")
#: Bounds of a search query, the same on both stores: a query over them is refused before it runs
#: (hundreds of words made PostgreSQL search for minutes, and SQLite for tens of seconds).
MAX_QUERY_CHARS = 500
MAX_QUERY_WORDS = 32
#: How long one search may run before it is cancelled (on the server for PostgreSQL).
SEARCH_TIMEOUT_MS = 5000
#: Words of context in a snippet, and how many come before the first match.
SNIPPET_WORDS = 18
_SNIPPET_LEAD = 5
#: The SQLite search table: stems of the title and text; rowid = revisions.id of the current revision.
#: A store whose table lacks these columns (made before stemming) is reindexed when opened.
_SQLITE_COLUMNS = ("doc_id", "title_stems", "text_stems")
_SQLITE_TABLE = (
    "CREATE VIRTUAL TABLE documents_fts USING fts5("
    "doc_id UNINDEXED, title_stems, text_stems, tokenize = 'unicode61 remove_diacritics 2')"
)


def fold(value: str) -> str:
    """Drop diacritics ("Hanoï" → "Hanoi", "Đà Nẵng" → "Da Nang") so that search ignores accents."""
    return strip_accents(value)


@cache
def pg_configs() -> dict[str, str]:
    """Text search configuration per document language on PostgreSQL (`search.postgres` of the language's
    profile.json); any other language uses `simple`."""
    return {code: profile(code).search.postgres for code in languages()}


@cache
def stemmers() -> dict[str, str]:
    """Snowball stemmer per document language on SQLite (`search.snowball` of the language's profile.json:
    the algorithm of its PostgreSQL configuration)."""
    return {code: profile(code).search.snowball for code in languages()}


def pg_config(language: str | None) -> str:
    return pg_configs().get((language or "").lower(), "simple")


@cache
def _stemmer(language: str) -> Any:
    return snowballstemmer.stemmer(stemmers()[language])


@cache
def stem(word: str, language: str | None) -> str:
    """`word` lower-cased and without accents, then stemmed by its language's snowball stemmer (if any):
    accents are dropped first, as PostgreSQL's index of folded text does, so that "securite" and
    "sécurité" have one stem."""
    folded = fold(word.lower())
    return str(_stemmer(language).stemWord(folded)) if language in stemmers() else folded


def index_terms(value: str, language: str | None) -> str:
    """The words of `value` as the stems a document of `language` is indexed by, space-separated."""
    language = (language or "").lower()
    return " ".join(stem(word, language) for word in _WORD.findall(value))


def query_terms(word: str, language: str | None = None) -> list[str]:
    """The forms a query word matches: itself and its stem in `language`, or in every stemmed language."""
    stemmed: Iterable[str | None] = [language.lower()] if language else stemmers()
    return list(dict.fromkeys([stem(word, None), *(stem(word, lang) for lang in stemmed)]))


def ensure_index(engine: Engine) -> bool:
    """Rebuild SQLite's search table from the current revisions when it predates stemming (the FTS5
    tokenizer cannot stem, so the stems are the indexed text); True when it did. PostgreSQL's index
    already stems and is left alone."""
    if engine.dialect.name != "sqlite":
        return False
    try:
        with engine.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"}).begin() as connection:
            columns = tuple(row[1] for row in connection.execute(text("PRAGMA table_info(documents_fts)")))
            if columns == _SQLITE_COLUMNS:
                return False
            _reindex_sqlite(connection)
    except SQLAlchemyError as exc:
        shown = engine.url.render_as_string(hide_password=True)
        raise MigrationError(
            f"rebuilding the search index of {shown!r} with stemming failed: {str(exc).splitlines()[0]}; "
            "the store was left unchanged, check that the file is writable and open it again",
            detail={"url": shown},
        ) from exc
    return True


def _reindex_sqlite(connection: Connection) -> None:
    """Replace the search table by the stemmed one and index every document's current revision."""
    connection.execute(text("DROP TABLE IF EXISTS documents_fts"))
    connection.execute(text(_SQLITE_TABLE))
    current = connection.execute(
        text(
            "SELECT r.id AS rowid, d.id AS doc_id, d.title, d.language, r.text FROM documents d "
            "JOIN revisions r ON r.document_id = d.id AND r.revision = d.revision"
        )
    ).mappings()
    for row in current:
        _index_sqlite(connection, row["rowid"], row["doc_id"], row["title"] or "", row["text"], row["language"])


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
        _index_sqlite(connection, revision_id, doc_id, title or "", body, language)
    else:
        _index_postgres(connection, doc_id=doc_id, title=title or "", body=body, config=pg_config(language))


def _index_sqlite(connection: Connection, rowid: int, doc_id: str, title: str, body: str, language: str | None) -> None:
    connection.execute(
        text(
            "INSERT INTO documents_fts (rowid, doc_id, title_stems, text_stems) VALUES (:rowid, :doc_id, :title, :body)"
        ),
        {
            "rowid": rowid,
            "doc_id": doc_id,
            "title": index_terms(title, language),
            "body": index_terms(body, language),
        },
    )


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


def search(
    connection: Connection, query: str, *, language: str | None, limit: int, outlet: str | None = None
) -> list[SearchHit]:
    """Documents matching every word of `query` (stemmed, accents and case ignored), best first, with their
    date and a snippet whose matched words are given as `highlights`. `outlet` is compared without case.
    The query is bounded (S206) and the search cancelled after SEARCH_TIMEOUT_MS (S207)."""
    words = query_words(query)
    if not words or limit <= 0:
        return []
    filters = _Filters(language=language, outlet=outlet)
    with _time_limit(connection, query):
        if connection.dialect.name == "sqlite":
            rows = _search_sqlite(connection, words, filters, limit)
        else:
            rows = _search_postgres(connection, words, filters, limit)
        wanted = {term for word in words for term in query_terms(word, language)}
        return [_hit(row, wanted) for row in rows]


class _Filters:
    """The optional filters of a search, as SQL conditions on `documents d` and their parameters."""

    def __init__(self, *, language: str | None, outlet: str | None) -> None:
        self.language = language
        self.outlet = outlet

    def sql(self) -> str:
        return (" AND d.language = :language" if self.language else "") + (
            " AND lower(d.outlet) = lower(:outlet)" if self.outlet else ""
        )

    def params(self) -> dict[str, Any]:
        return {"language": self.language, "outlet": self.outlet}


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


_HIT_COLUMNS = "d.id AS doc_id, d.title, d.published, d.outlet, d.language, r.text"


def _search_sqlite(connection: Connection, words: list[str], filters: _Filters, limit: int) -> list[Any]:
    # Each form quoted: the user's text is never read as FTS5 query syntax (AND, NEAR, column:...);
    # one OR group per word (its forms), the groups ANDed.
    match = " AND ".join(
        "(" + " OR ".join('"' + term.replace('"', '""') + '"' for term in query_terms(word, filters.language)) + ")"
        for word in words
    )
    sql = (
        f"SELECT {_HIT_COLUMNS}, -bm25(documents_fts, 0.0, 2.0, 1.0) AS score "
        "FROM documents_fts JOIN documents d ON d.id = documents_fts.doc_id "
        "JOIN revisions r ON r.id = documents_fts.rowid "
        f"WHERE documents_fts MATCH :match{filters.sql()} ORDER BY score DESC, d.id LIMIT :limit"
    )
    return list(connection.execute(text(sql), {"match": match, "limit": limit, **filters.params()}).mappings())


def _search_postgres(connection: Connection, words: list[str], filters: _Filters, limit: int) -> list[Any]:
    # Per word, the OR of its parse by each configuration ("commissions" is 'comm' in French but
    # 'commiss' in English, and a French "commission" is indexed as 'commiss'); the words ANDed.
    configs = [pg_config(filters.language)] if filters.language else list(pg_configs().values())
    configs.append("simple")
    params: dict[str, Any] = {"limit": limit, **filters.params()}
    groups = []
    for i, word in enumerate(words):
        params[f"w{i}"] = fold(word)
        groups.append("(" + " || ".join(f"plainto_tsquery('{c}', :w{i})" for c in dict.fromkeys(configs)) + ")")
    parsed = " && ".join(groups)
    sql = (
        f"WITH q AS (SELECT {parsed} AS query), "
        "hits AS (SELECT f.doc_id, ts_rank_cd(f.tsv, q.query) AS score "
        "FROM documents_fts f JOIN documents d ON d.id = f.doc_id CROSS JOIN q "
        f"WHERE f.tsv @@ q.query{filters.sql()} "
        "ORDER BY score DESC, f.doc_id LIMIT :limit) "
        f"SELECT {_HIT_COLUMNS}, hits.score FROM hits JOIN documents d ON d.id = hits.doc_id "
        "JOIN revisions r ON r.document_id = d.id AND r.revision = d.revision "
        "ORDER BY hits.score DESC, hits.doc_id"
    )
    return list(connection.execute(text(sql), params).mappings())


def _hit(row: Any, wanted: set[str]) -> SearchHit:
    snippet, highlights = make_snippet(row["text"] or "", row["language"], wanted)
    return SearchHit(
        doc_id=row["doc_id"],
        title=row["title"],
        published=row["published"],
        outlet=row["outlet"],
        snippet=snippet,
        highlights=highlights,
        score=float(row["score"]),
    )


def make_snippet(body: str, language: str | None, wanted: set[str]) -> tuple[str, list[tuple[int, int]]]:
    """About SNIPPET_WORDS words of `body` around its first matched word (past the title line if it matches
    there too), on one line, and the (start, end) of each matched word in the snippet (a word matches when its
    stem is among `wanted`)."""
    tokens = list(_WORD.finditer(body))
    if not tokens:
        return "", []
    language = (language or "").lower()
    matched = [stem(t[0], language) in wanted for t in tokens]
    # The text begins with the title, shown beside the snippet: a match in the body tells more.
    body_start = body.find("\n")
    in_body = [i for i, t in enumerate(tokens) if matched[i] and t.start() > body_start >= 0]
    first = in_body[0] if in_body else matched.index(True) if any(matched) else 0
    start = max(0, min(first - _SNIPPET_LEAD, len(tokens) - SNIPPET_WORDS))
    window = range(start, min(len(tokens), start + SNIPPET_WORDS))
    parts: list[str] = ["… "] if start > 0 else []
    highlights: list[tuple[int, int]] = []
    length = len(parts[0]) if parts else 0
    for n, i in enumerate(window):
        if n:
            # One line, printable: a terminal shows it as is, so the highlight offsets stay true.
            gap = "".join(c for c in _SPACES.sub(" ", body[tokens[i - 1].end() : tokens[i].start()]) if c.isprintable())
            parts.append(gap)
            length += len(gap)
        word = tokens[i][0]
        if matched[i]:
            highlights.append((length, length + len(word)))
        parts.append(word)
        length += len(word)
    last = tokens[window[-1]]
    tail = body[last.end() : last.end() + 1]
    if tail.isprintable() and not tail.isspace() and not tail.isalnum():
        parts.append(tail)  # the sentence's full stop or comma
    if window[-1] < len(tokens) - 1:
        parts.append(" …")
    return "".join(parts), highlights
