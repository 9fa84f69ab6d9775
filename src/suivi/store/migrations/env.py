"""Alembic environment of the store: runs on the connection `suivi.store.migrate.upgrade` passes in."""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection, create_engine

from suivi.store.models import SEARCH_TABLES, Base


def _include_object(obj: object, name: str | None, type_: str, reflected: bool, compare_to: object) -> bool:
    # The full-text tables are dialect-specific and made by hand in the migrations, not by the models.
    return not (type_ == "table" and name is not None and (name in SEARCH_TABLES or name.startswith("documents_fts_")))


def _run(connection: Connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        include_object=_include_object,
        render_as_batch=connection.dialect.name == "sqlite",
        compare_type=True,
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    connection = context.config.attributes.get("connection")
    if connection is not None:
        _run(connection)
        return
    # Called from the `alembic` command line (e.g. `alembic revision`): build an engine from the URL.
    url = context.config.get_main_option("sqlalchemy.url")
    if not url:
        raise RuntimeError("set sqlalchemy.url (the store URL) to run migrations from the command line")
    with create_engine(url).begin() as own_connection:
        _run(own_connection)


run_migrations_online()
