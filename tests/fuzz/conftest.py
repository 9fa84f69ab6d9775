"""Fixtures of the fuzz suite: the store fixtures of tests/store (one store per backend), reused as they are."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_STORE_FIXTURES = Path(__file__).resolve().parents[1] / "store" / "conftest.py"
_spec = importlib.util.spec_from_file_location("suivi_store_fixtures", _STORE_FIXTURES)
assert _spec is not None and _spec.loader is not None
store_fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(store_fixtures)

#: One store per backend (in-memory SQLite, SQLite file, PostgreSQL when reachable), as in tests/store.
store = store_fixtures.store
backend_url = store_fixtures.backend_url
POSTGRES = store_fixtures.POSTGRES
