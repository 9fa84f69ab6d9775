"""Learned sentence detector: which facts a sentence states, trained on the dev and wild gold (docs/extraction.md)."""

from __future__ import annotations

from suivi.extract.learned.model import (
    SentenceModel,
    load_sentence_model,
    model_hash,
    sentence_model_for,
    using_sentence_model,
)

__all__ = ["SentenceModel", "load_sentence_model", "model_hash", "sentence_model_for", "using_sentence_model"]
