"""Apply the store's Alembic migrations programmatically, in one transaction, when a store is opened."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from alembic.util import CommandError
from sqlalchemy import Connection, Engine, text
from sqlalchemy.exc import SQLAlchemyError

from suivi.errors import MigrationError
from suivi.store.connection import SQLITE_BEGIN

MIGRATIONS_DIR = Path(__file__).parent / "migrations"
# Any constant: concurrent openers of one PostgreSQL database take turns migrating it.
_PG_MIGRATION_LOCK = 7_245_601


def alembic_config() -> Config:
    """An Alembic config built in code, pointing at the migrations shipped inside the package."""
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config


def head_revision() -> str:
    """The newest migration this version of suivi knows."""
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    if head is None:  # pragma: no cover - the package always ships migrations
        raise MigrationError(f"no migrations found in {MIGRATIONS_DIR}")
    return head


def current_revision(connection: Connection) -> str | None:
    """The migration the database is at, None for an empty database."""
    return MigrationContext.configure(connection).get_current_revision()


def upgrade(engine: Engine) -> None:
    """Bring the database to the newest migration; a failure leaves it as it was (MigrationError)."""
    shown = engine.url.render_as_string(hide_password=True)
    config = alembic_config()
    try:
        with engine.execution_options(**{SQLITE_BEGIN: "IMMEDIATE"}).begin() as connection:
            if connection.dialect.name == "postgresql":
                connection.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
            _refuse_newer_database(connection, shown)
            config.attributes["connection"] = connection
            command.upgrade(config, "head")
    except (CommandError, SQLAlchemyError) as exc:
        raise MigrationError(
            f"migrating the store {shown!r} to {head_revision()} failed: {exc}; "
            "the database was left unchanged, fix the cause or restore a backup",
            detail={"url": shown},
        ) from exc


def _refuse_newer_database(connection: Connection, shown: str) -> None:
    found = current_revision(connection)
    known = {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    if found is not None and found not in known:
        raise MigrationError(
            f"the store {shown!r} is at migration {found!r}, which this version of suivi does not know "
            "(written by a newer suivi?); upgrade suivi or open another database",
            detail={"url": shown, "revision": found},
        )
