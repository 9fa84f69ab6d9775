"""Extraction: document records (SCHEMA.md) from documents, by spaCy plus registered rule layers."""

from __future__ import annotations

from suivi.extract import commitments, engagements, indicators, participants  # noqa: F401  (registers layers)
from suivi.extract.learned import layer  # noqa: F401  (registers the learned layer)
from suivi.extract.pipeline import DEFAULT_LAYERS, extract_document, extract_documents
from suivi.extract.registry import extractors, get_extractor

__all__ = ["DEFAULT_LAYERS", "extract_document", "extract_documents", "extractors", "get_extractor"]
