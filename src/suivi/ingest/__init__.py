"""Reading sources (text, JSONL, HTML, feeds) into Documents, with a coded Problem for each bad input."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

from suivi.errors import DuplicateDocumentId
from suivi.record import Document, Problem
from suivi.settings import Settings

from .formats import read_path, reader_for
from .language import detect_language
from .paths import iter_paths
from .problems import problem_from
from .text import content_hash, normalise_text

__all__ = [
    "ReadBatch",
    "content_hash",
    "detect_language",
    "iter_paths",
    "normalise_text",
    "read_path",
    "read_paths",
    "reader_for",
]


class ReadBatch:
    """The reading of one batch: remembers which input gave each id, so that two inputs (`006.md` and
    `006.txt`, two JSONL lines) cannot silently make one document a revision of the other."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self._claimed: dict[str, tuple[str, str | None]] = {}  # id -> (content hash, source) of its first input

    def read(self, path: Path) -> Iterator[Document | Problem]:
        """Documents and Problems of one file; a document whose id an earlier input of the batch gave,
        with another text, is refused with S114."""
        for item in read_path(path, self.settings):
            yield item if isinstance(item, Problem) else self.claim(item)

    def claim(self, document: Document) -> Document | Problem:
        """`document`, or Problem S114 when another input of this batch gave its id to another text."""
        first_hash, first_source = self._claimed.setdefault(document.id, (document.content_hash, document.source))
        if first_hash == document.content_hash:
            return document
        return problem_from(
            DuplicateDocumentId(
                f"gives the document id {document.id!r}, which {first_source} already gave in this batch, "
                "to another text; it is not stored (it would have become a revision of the first): rename one "
                "of them, or ingest them in two runs if one is meant to replace the other",
                source=document.source,
                detail={"doc_id": document.id, "first_source": first_source},
            )
        )


def read_paths(paths: Sequence[str | Path], settings: Settings) -> Iterator[Document | Problem]:
    """Documents of every file the paths name, in order, with a Problem for each bad input."""
    batch = ReadBatch(settings)
    for item in iter_paths(paths, follow_links=settings.follow_links):
        if isinstance(item, Problem):
            yield item
        else:
            yield from batch.read(item)
