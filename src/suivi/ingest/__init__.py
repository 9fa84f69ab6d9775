"""Reading sources (text, JSONL, HTML, feeds) into Documents, with a coded Problem for each bad input."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from suivi.record import Document, Problem
from suivi.settings import Settings

from .formats import read_path, reader_for
from .language import detect_language
from .paths import iter_paths
from .text import content_hash, normalise_text

__all__ = [
    "content_hash",
    "detect_language",
    "iter_paths",
    "normalise_text",
    "read_path",
    "read_paths",
    "reader_for",
]


def read_paths(paths: Sequence[str | Path], settings: Settings) -> Iterator[Document | Problem]:
    """Documents of every file the paths name, in order, with a Problem for each bad input."""
    for item in iter_paths(paths):
        if isinstance(item, Problem):
            yield item
        else:
            yield from read_path(item, settings)
