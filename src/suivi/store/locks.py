"""The relinking lock of a PostgreSQL store: links are computed from the very facts they are written to.

Held exclusively for a whole relinking (read, link, write) and shared by every transaction that writes
facts; without it, two ingests relinking the same series updated rows the other had just replaced
(`S200 saving links failed ... expected to update 60 row(s); 59 were matched`). SQLite takes none: its
writers take turns, and `link_store` links again when records changed under it (S204)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, text
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from suivi.errors import StoreError

#: Advisory lock class of relinking; the second key is the schema, so stores in one database do not wait
#: for each other.
RELINK_LOCK = 0x5375
_KEYS = "(:lock_class, hashtext(current_schema()))"


@contextmanager
def relink_lock(engine: Engine) -> Iterator[None]:
    """Hold the lock exclusively on a connection of its own, until the block ends."""
    if engine.dialect.name != "postgresql":
        yield
        return
    shown = engine.url.render_as_string(hide_password=True)
    try:
        connection = engine.connect()
        connection.execute(text(f"SELECT pg_advisory_lock{_KEYS}"), {"lock_class": RELINK_LOCK})
        connection.commit()
    except SQLAlchemyError as exc:
        raise StoreError(
            f"taking the relinking lock failed in {shown!r}: {str(exc).splitlines()[0]}; "
            "check that the database is reachable, then retry",
            detail={"url": shown},
        ) from exc
    try:
        yield
    finally:
        try:
            connection.execute(text(f"SELECT pg_advisory_unlock{_KEYS}"), {"lock_class": RELINK_LOCK})
            connection.commit()
        except SQLAlchemyError:
            connection.invalidate()  # the server releases a session lock with its connection
        connection.close()


def share_relink_lock(session: Session) -> None:
    """Wait for a relinking in progress, then keep others from starting one until the transaction ends."""
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text(f"SELECT pg_advisory_xact_lock_shared{_KEYS}"), {"lock_class": RELINK_LOCK})
