"""Fixtures of the report tests: the demo corpus with its gold records, linked, in a SQLite file."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from suivi.link.views import StoreView
from suivi.store import Store

from .support import DEMO_AS_OF, build_demo_store


@pytest.fixture(scope="session")
def demo_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file holding the linked demo store."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    build_demo_store(f"sqlite:///{path}").close()
    return path


@pytest.fixture
def demo_store(demo_db: Path) -> Iterator[Store]:
    store = Store.open(f"sqlite:///{demo_db}")
    yield store
    store.close()


@pytest.fixture
def demo_view(demo_store: Store) -> StoreView:
    return StoreView.read(demo_store, DEMO_AS_OF)
