"""Reading the real dev articles of the eval set: every file parses, with its date and language."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from suivi.ingest import read_paths
from suivi.settings import Settings

from .support import split_results


@pytest.mark.slow
@pytest.mark.parametrize("min_language_share", [0.95])
def test_eval_texts_parse_with_marker_dates_and_gold_languages(
    min_language_share: float, shared_eval: Path, ingest_settings: Settings
) -> None:
    dev_dir = shared_eval / "dev"
    texts = dev_dir / "texts"
    expected_documents = len(list(texts.glob("*.txt")))  # the set grows; never pin its size
    settings = ingest_settings.model_copy(update={"max_document_bytes": 1_000_000})
    documents, problems = split_results(list(read_paths([texts], settings)))
    assert problems == []
    assert len(documents) == expected_documents
    language_matches = 0
    for document in documents:
        first_line = (texts / f"{document.id}.txt").read_text(encoding="utf-8").split("\n", 1)[0]
        marker = re.match(r"\s*date\s+(\S+)", first_line)
        assert marker is not None, document.id
        assert document.published == (None if marker[1] == "unknown" else marker[1]), document.id
        assert not document.text.startswith("date"), document.id
        gold = json.loads((dev_dir / "gold" / f"{document.id}.json").read_text(encoding="utf-8"))
        language_matches += document.language == gold["language"]
    assert language_matches >= min_language_share * expected_documents
