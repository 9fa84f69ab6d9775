"""Fixtures of the store tests: one store per backend (in-memory SQLite, SQLite file, PostgreSQL schema)."""

from __future__ import annotations

import os
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import OperationalError

from suivi.record import (
    Commitment,
    DateValue,
    Document,
    DocumentRecord,
    Engagement,
    Indicator,
    Participant,
    Period,
    Provenance,
    Series,
    Venue,
)
from suivi.store import Store

POSTGRES_URL = os.environ.get("SUIVI_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
POSTGRES = pytest.param("postgres", marks=pytest.mark.postgres)
ALL_BACKENDS = ["sqlite-memory", "sqlite-file", POSTGRES]
DURABLE_BACKENDS = ["sqlite-file", POSTGRES]


@contextmanager
def postgres_schema_url() -> Iterator[str]:
    """A URL whose search_path is a fresh schema, dropped afterwards, so that parallel runs never collide."""
    base = make_url(POSTGRES_URL).set(drivername="postgresql+psycopg")
    admin = create_engine(base)
    schema = f"suivi_test_{uuid.uuid4().hex[:16]}"
    try:
        with admin.begin() as connection:
            connection.execute(text(f'CREATE SCHEMA "{schema}"'))
    except OperationalError as exc:
        admin.dispose()
        pytest.skip(
            f"PostgreSQL not reachable at {base.render_as_string(hide_password=True)} "
            f"({str(exc.orig).splitlines()[0]}); "
            "start it or set SUIVI_TEST_POSTGRES_URL, or deselect with -m 'not postgres'"
        )
    try:
        url = base.update_query_dict({"options": f"-csearch_path={schema}"})
        yield url.render_as_string(hide_password=False)
    finally:
        with admin.begin() as connection:
            connection.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


@contextmanager
def backend_url(backend: str, tmp_path: Path) -> Iterator[str]:
    if backend == "sqlite-memory":
        yield "sqlite://"
    elif backend == "sqlite-file":
        yield f"sqlite:///{tmp_path / 'store' / 'suivi.sqlite'}"
    else:
        with postgres_schema_url() as url:
            yield url


@pytest.fixture(params=ALL_BACKENDS)
def store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    with backend_url(request.param, tmp_path) as url:
        opened = Store.open(url)
        try:
            yield opened
        finally:
            opened.close()


@pytest.fixture(params=DURABLE_BACKENDS)
def durable_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL that keeps its data between two `Store.open` calls."""
    with backend_url(request.param, tmp_path) as url:
        yield url


@pytest.fixture(params=[POSTGRES])
def postgres_store(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Store]:
    with backend_url(request.param, tmp_path) as url:
        opened = Store.open(url)
        try:
            yield opened
        finally:
            opened.close()


def make_document(doc_id: str = "fr-001", text: str = "Texte court.", **fields: object) -> Document:
    """A small document; texts are written for the tests, never copied from real articles."""
    values: dict[str, object] = {"language": "fr", "published": "2021-10", "title": f"Titre {doc_id}"}
    values.update(fields)
    return Document.model_validate({"id": doc_id, "text": text, **values})


def _held_consultation() -> Engagement:
    return Engagement(
        id="e1",
        kind="consultation",
        parties=["VN", "KH"],
        series=Series(name="consultation politique Vietnam-Cambodge", ordinal=7),
        date=DateValue(value="2021-10-21", precision="day"),
        format="virtual",
        venue=Venue(place="Phnom Penh", country="KH"),
        participants=[
            Participant(name="Lê Văn A", country="VN", role="vice-ministre", function="co_chair"),
            Participant(name="Sok B", country="KH", function="co_chair"),
        ],
        evidence="La 7e consultation a eu lieu.",
        provenance=Provenance(start=0, end=29, extractor="suivi.engagements.v1", version="1.0"),
    )


def _planned_consultation() -> Engagement:
    return Engagement(
        id="e2",
        kind="consultation",
        parties=["VN", "KH"],
        series=Series(name="consultation politique Vietnam-Cambodge", ordinal=8),
        status="planned",
        date=DateValue(value="2023", precision="year"),
    )


def _trade_target() -> Commitment:
    return Commitment(
        kind="agreed",
        parties=["VN", "KH"],
        areas=["trade", "border"],
        text="porter le commerce à 10 milliards de dollars",
        engagement="e1",
        target=Indicator(metric="trade_volume", parties=["VN", "KH"], value=1e10, unit="USD", kind="target"),
        deadline=DateValue(value="2025", precision="year"),
        provenance=Provenance(start=30, end=74, extractor="suivi.commitments.v1", version="1.0"),
    )


def make_record(doc_id: str = "fr-001") -> DocumentRecord:
    """A record using every part of SCHEMA.md: nested dates, venue, series, period, target, provenance."""
    trade = Indicator(
        metric="trade_volume",
        parties=["VN", "KH"],
        value=6.65e9,
        unit="USD",
        qualifier="more_than",
        period=Period(start="2021-01", end="2021-08"),
        evidence="Le commerce a atteint 6,65 milliards de dollars.",
    )
    return DocumentRecord(
        doc_id=doc_id,
        language="fr",
        published="2021-10",
        is_diplomatic=True,
        engagements=[_held_consultation(), _planned_consultation()],
        commitments=[_trade_target()],
        indicators=[trade],
    )


@pytest.fixture
def new_document() -> Callable[..., Document]:
    """The `make_document` factory (conftest modules are not imported by name)."""
    return make_document


@pytest.fixture
def new_record() -> Callable[..., DocumentRecord]:
    """The `make_record` factory."""
    return make_record
