"""Fixtures of the extraction tests: one Settings for the session and a cached `extract(text, lang, published)`."""

from __future__ import annotations

from functools import cache

import pytest

from suivi.extract import extract_document
from suivi.record import Document, DocumentRecord
from suivi.settings import Settings

from .support import Extract


@pytest.fixture(scope="session")
def extraction_settings() -> Settings:
    """Settings for extraction only: an in-memory store, the packaged spaCy pipelines."""
    return Settings(database_url="sqlite://", languages=["fr", "en"], default_language="fr")


@pytest.fixture(scope="session")
def extract(extraction_settings: Settings) -> Extract:
    """`extract(text, lang="fr", published="2024-05")`: the record of one small article, computed once per text."""

    @cache
    def run(text: str, lang: str = "fr", published: str | None = "2024-05") -> DocumentRecord:
        doc = Document(id=f"t{abs(hash((text, lang, published)))}", text=text, published=published, language=lang)
        return extract_document(doc, extraction_settings)

    return run
