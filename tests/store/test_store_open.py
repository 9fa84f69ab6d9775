"""Opening a store: URLs, migrations applied once and matching the models, errors that say what to do."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import create_engine, inspect, text

from suivi.errors import MigrationError, StoreError
from suivi.record import Document
from suivi.store import Store
from suivi.store.connection import mask_password, normalise_url
from suivi.store.migrate import head_revision
from suivi.store.models import SEARCH_TABLES, Base

NewDocument = Callable[..., Document]

TABLES = {"documents", "revisions", "records", "engagements", "participants", "commitments", "indicators"}


@pytest.mark.parametrize("doc_id", ["fr-001"])
def test_store_reopen_keeps_data_and_migrations_are_idempotent(
    durable_url: str, new_document: NewDocument, doc_id: str
) -> None:
    with Store.open(durable_url) as first:
        first.add_document(new_document(doc_id, "Texte conservé."))
    with Store.open(durable_url) as second, Store.open(durable_url) as third:
        assert second.get_document(doc_id).text == "Texte conservé."
        assert third.stats().documents == 1
        assert [hit.doc_id for hit in third.search("conserve")] == [doc_id]
    engine = create_engine(normalise_url(durable_url))
    try:
        with engine.connect() as connection:
            assert MigrationContext.configure(connection).get_current_revision() == head_revision()
            assert TABLES | SEARCH_TABLES | {"alembic_version"} <= set(inspect(connection).get_table_names())
    finally:
        engine.dispose()


@pytest.mark.parametrize("ignored", [SEARCH_TABLES])
def test_store_migrations_match_models(durable_url: str, ignored: frozenset[str]) -> None:
    Store.open(durable_url).close()
    engine = create_engine(normalise_url(durable_url))

    def include(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
        return not (type_ == "table" and name is not None and name.split("_fts")[0] + "_fts" in ignored)

    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"include_object": include, "compare_type": True})
            assert compare_metadata(context, Base.metadata) == []
    finally:
        engine.dispose()


@pytest.mark.parametrize("pragma,expected", [("journal_mode", "wal"), ("foreign_keys", 1)])
def test_store_sqlite_file_is_wal_with_foreign_keys(tmp_path: Path, pragma: str, expected: object) -> None:
    path = tmp_path / "deep" / "er" / "suivi.sqlite"
    with Store.open(f"sqlite:///{path}") as store:
        assert path.exists()
        with store._engine.connect() as connection:
            assert connection.exec_driver_sql(f"PRAGMA {pragma}").scalar() == expected


@pytest.mark.parametrize(
    "url,driver",
    [
        ("postgresql://u:pw@db.example:5432/suivi", "postgresql+psycopg"),
        ("postgres://u@db.example/suivi", "postgresql+psycopg"),
        ("postgresql+psycopg://u@db.example/suivi", "postgresql+psycopg"),
        ("sqlite:///x.sqlite", "sqlite"),
    ],
)
def test_store_url_normalised_to_psycopg(url: str, driver: str) -> None:
    assert normalise_url(url).drivername == driver


@pytest.mark.parametrize(
    "url,shown",
    [
        ("postgresql://alice:s3cret@db.example/suivi", "postgresql://alice:***@db.example/suivi"),
        ("not a url://bob:hunter2@x", "not a url://bob:***@x"),
    ],
)
def test_store_mask_password(url: str, shown: str) -> None:
    assert mask_password(url) == shown


@pytest.mark.parametrize(
    "url,message",
    [
        ("nonsense", "[S200] not a database URL: 'nonsense'; use sqlite:///"),
        ("mysql://u:pw@h/db", "[S200] unsupported database 'mysql' in 'mysql://u:***@h/db'; use sqlite:///"),
        (
            "postgresql://suivi:s3cret@127.0.0.1:1/nowhere",
            "[S200] cannot connect to 'postgresql+psycopg://suivi:***@127.0.0.1:1/nowhere'",
        ),
    ],
)
def test_store_bad_url_raises_s200_without_password(url: str, message: str) -> None:
    with pytest.raises(StoreError) as caught:
        Store.open(url)
    assert caught.value.code == "S200"
    assert str(caught.value).startswith(message)
    assert "s3cret" not in str(caught.value)
    assert "pw@" not in str(caught.value)


@pytest.mark.parametrize("content", [b"this is not a database, just text " * 100])
def test_store_file_that_is_not_sqlite_raises_s200(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "notes.sqlite"
    path.write_bytes(content)
    with pytest.raises(StoreError) as caught:
        Store.open(f"sqlite:///{path}")
    assert caught.value.code == "S200"
    assert "file is not a database" in str(caught.value)
    assert "is a SQLite database" in str(caught.value)


@pytest.mark.parametrize("revision", ["9999_from_the_future"])
def test_store_database_from_newer_suivi_raises_s202(durable_url: str, revision: str) -> None:
    Store.open(durable_url).close()
    engine = create_engine(normalise_url(durable_url))
    try:
        with engine.begin() as connection:
            connection.execute(text("UPDATE alembic_version SET version_num = :r"), {"r": revision})
    finally:
        engine.dispose()
    with pytest.raises(MigrationError) as caught:
        Store.open(durable_url)
    assert caught.value.code == "S202"
    assert f"is at migration '{revision}', which this version of suivi does not know" in str(caught.value)


@pytest.mark.parametrize("table", ["documents"])
def test_store_failed_migration_raises_s202_and_leaves_database_unchanged(tmp_path: Path, table: str) -> None:
    path = tmp_path / "clash.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    with engine.begin() as connection:  # a table in the way makes CREATE TABLE fail
        connection.execute(text(f"CREATE TABLE {table} (something INTEGER)"))
    with pytest.raises(MigrationError) as caught:
        Store.open(f"sqlite:///{path}")
    assert caught.value.code == "S202"
    assert "failed" in str(caught.value) and "the database was left unchanged" in str(caught.value)
    with engine.connect() as connection:
        assert set(inspect(connection).get_table_names()) == {table}
    engine.dispose()
