"""Fixtures of the link tests: stores of records built in code, and the demo corpus with its gold records."""

from __future__ import annotations

from collections.abc import Callable, Iterator

import pytest

from suivi.ingest import read_paths
from suivi.record import Document, DocumentRecord
from suivi.settings import Settings
from suivi.store import Store

from .support import DEMO, demo_gold, store_with


@pytest.fixture
def build_store() -> Iterator[Callable[..., Store]]:
    """`build_store(records, texts=None)`: a store closed after the test."""
    opened: list[Store] = []

    def build(records: list[DocumentRecord], texts: dict[str, str] | None = None) -> Store:
        opened.append(store_with(records, texts))
        return opened[-1]

    yield build
    for store in opened:
        store.close()


@pytest.fixture(scope="module")
def demo_store() -> Iterator[Store]:
    """The demo corpus documents with their gold records (no extraction), not linked yet."""
    settings = Settings(database_url="sqlite://")  # defaults only: no user config file is read
    store = Store.open("sqlite://")
    for item in read_paths([DEMO / "corpus"], settings):
        if isinstance(item, Document):
            store.add_document(item)
    for gold in demo_gold().values():
        store.save_record(DocumentRecord.model_validate(gold))
    yield store
    store.close()
