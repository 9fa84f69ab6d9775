"""Fixtures shared by the whole suite: settings on a temporary store, the shared eval set when present."""

from __future__ import annotations

from pathlib import Path

import pytest

from suivi.settings import Settings, load_settings

SHARED_EVAL = Path(__file__).resolve().parents[1].parent / "shared" / "eval"


@pytest.fixture
def settings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Settings:
    """Settings pointing at a fresh SQLite file, with no user config file read."""
    monkeypatch.setenv("SUIVI_CONFIG", str(tmp_path / "absent.toml"))
    return load_settings(database_url=f"sqlite:///{tmp_path / 'store.sqlite'}")


@pytest.fixture(scope="session")
def shared_eval() -> Path:
    """../shared/eval beside the checkout; tests that need it skip with a reason when it is absent."""
    if not (SHARED_EVAL / "dev" / "texts").is_dir():
        pytest.skip(f"../shared/eval is not beside this checkout ({SHARED_EVAL} missing)")
    return SHARED_EVAL
