"""Fixtures of the ingest tests: settings independent of the environment and a file writer."""

from __future__ import annotations

from pathlib import Path

import pytest

from suivi.settings import Settings

from .support import WriteFile


@pytest.fixture
def ingest_settings() -> Settings:
    """Settings fixed here so that SUIVI_* variables of the machine cannot change the tests."""
    return Settings(
        database_url="sqlite://",
        languages=["fr", "en"],
        default_language="fr",
        max_document_bytes=10_000,
    )


@pytest.fixture
def write_file(tmp_path: Path) -> WriteFile:
    """Write text (UTF-8) or bytes to a file under tmp_path and return its path."""

    def write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path

    return write
