"""Fixtures shared by the whole suite: settings on a temporary store, the shared eval set when present."""

from __future__ import annotations

import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest

import suivi
from suivi.extract import version
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


@pytest.fixture
def package_copy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """A copy of the `suivi` package the version hashes are computed over, with fresh caches."""
    root = tmp_path / "suivi"
    shutil.copytree(Path(suivi.__file__).parent, root, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(version, "_ROOT", root)
    version.shared_hash.cache_clear()
    version.layer_hash.cache_clear()
    yield root
    version.shared_hash.cache_clear()
    version.layer_hash.cache_clear()
