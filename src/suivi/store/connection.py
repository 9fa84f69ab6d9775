"""Database URLs and engines: SQLite (WAL, foreign keys, real transactions) or PostgreSQL via psycopg 3."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, NoSuchModuleError, SQLAlchemyError
from sqlalchemy.pool import ConnectionPoolEntry, StaticPool

from suivi.errors import StoreError

_PASSWORD = re.compile(r"(://[^:/@]+:)[^@/]*@")
_URL_HELP = "use sqlite:///path/to/suivi.sqlite or postgresql+psycopg://user:password@host:5432/dbname"

#: Execution option naming how SQLite opens a transaction ("IMMEDIATE" takes the write lock at once).
SQLITE_BEGIN = "suivi_sqlite_begin"


def mask_password(url: str) -> str:
    """The URL with its password replaced by `***`, safe to show in messages and logs."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return _PASSWORD.sub(r"\1***@", url)


def normalise_url(url: str) -> URL:
    """Parse a store URL; plain `postgresql://` and `postgres://` are served by psycopg 3."""
    try:
        parsed = make_url(url.strip())
    except ArgumentError as exc:
        raise StoreError(
            f"not a database URL: {mask_password(url)!r}; {_URL_HELP}", detail={"url": mask_password(url)}
        ) from exc
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise StoreError(
            f"unsupported database {parsed.get_backend_name()!r} in {mask_password(url)!r}; {_URL_HELP}",
            detail={"url": mask_password(url)},
        )
    return parsed


def is_memory_sqlite(url: URL) -> bool:
    return url.get_backend_name() == "sqlite" and url.database in (None, "", ":memory:")


def create_store_engine(url: URL) -> Engine:
    """An engine for the store; the SQLite file's directory is created if missing."""
    shown = url.render_as_string(hide_password=True)
    try:
        if url.get_backend_name() == "sqlite":
            return _sqlite_engine(url)
        return create_engine(url, pool_pre_ping=True)
    except (NoSuchModuleError, ArgumentError) as exc:
        raise StoreError(f"cannot use database URL {shown!r}: {exc}; {_URL_HELP}", detail={"url": shown}) from exc
    except OSError as exc:
        raise StoreError(
            f"cannot create the directory of the SQLite file {url.database!r}: {exc}; "
            "choose a writable path in SUIVI_DATABASE_URL",
            detail={"url": shown},
        ) from exc


def _sqlite_engine(url: URL) -> Engine:
    connect_args: dict[str, Any] = {"check_same_thread": False}
    if is_memory_sqlite(url):
        # One shared connection, otherwise every connection would see its own empty database.
        engine = create_engine(url, connect_args=connect_args, poolclass=StaticPool)
    else:
        database = url.database or ""
        if not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(url, connect_args=connect_args)
    event.listen(engine, "connect", _configure_sqlite)
    event.listen(engine, "begin", _begin_sqlite)
    return engine


def _configure_sqlite(dbapi_connection: Any, _record: ConnectionPoolEntry) -> None:
    # pysqlite's own transaction handling starts transactions late (before the first write only)
    # and never around DDL; take it over so that a read-then-write is one transaction.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    try:
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.execute("PRAGMA synchronous = NORMAL")
        cursor.execute("PRAGMA busy_timeout = 30000")
    finally:
        cursor.close()


def _begin_sqlite(connection: Any) -> None:
    mode = connection.get_execution_options().get(SQLITE_BEGIN, "DEFERRED")
    connection.exec_driver_sql(f"BEGIN {mode}")


def check_connection(engine: Engine) -> None:
    """Connect once, so that an unreachable server fails here with an actionable message."""
    shown = engine.url.render_as_string(hide_password=True)
    try:
        with engine.connect():
            pass
    except SQLAlchemyError as exc:
        hint = (
            "check that the directory is writable and the file is a SQLite database"
            if engine.dialect.name == "sqlite"
            else "check that the server is running and that host, port, user, password and database are right"
        )
        raise StoreError(
            f"cannot connect to {shown!r}: {_first_line(exc)}; {hint} (SUIVI_DATABASE_URL)",
            detail={"url": shown},
        ) from exc


def _first_line(exc: BaseException) -> str:
    cause = exc.__cause__ or exc
    text = str(getattr(exc, "orig", None) or cause).strip()
    return text.splitlines()[0] if text else type(exc).__name__
