"""Helpers shared by the ingest tests."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from suivi.record import Document, Problem

#: The `write_file` fixture: writes text or bytes under tmp_path, returns the path.
WriteFile = Callable[[str, str | bytes], Path]


def split_results(items: list[Document | Problem]) -> tuple[list[Document], list[Problem]]:
    """Documents and problems of a reader's output, each in order."""
    documents = [item for item in items if isinstance(item, Document)]
    problems = [item for item in items if isinstance(item, Problem)]
    return documents, problems
