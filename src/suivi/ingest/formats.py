"""Choosing the reader of a file by its suffix, or by sniffing its start, and running it safely."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

from suivi.errors import IngestError, InputNotFound, UnreadableInput, UnsupportedFormat
from suivi.record import Document, Problem
from suivi.settings import Settings

from . import feed, html, jsonl, plaintext
from .problems import problem_from

Reader = Callable[[Path, Settings], Iterator[Document | Problem]]

READERS: dict[str, Reader] = {
    **dict.fromkeys(plaintext.SUFFIXES, plaintext.read_plaintext),
    **dict.fromkeys(jsonl.SUFFIXES, jsonl.read_jsonl),
    **dict.fromkeys(html.SUFFIXES, html.read_html),
    **dict.fromkeys(feed.SUFFIXES, feed.read_feed),
}
#: Bytes looked at to recognise a feed or a web page saved without a telling suffix.
SNIFF_BYTES = 2048
_HTML_START = re.compile(rb"<!doctype\s+html|<html[\s>]", re.IGNORECASE)


def reader_for(path: Path) -> Reader:
    """The reader of `path`: by suffix, else a feed or HTML page by its first bytes; S108 otherwise."""
    reader = READERS.get(path.suffix.lower())
    if reader is not None:
        return reader
    try:
        with path.open("rb") as stream:
            head = stream.read(SNIFF_BYTES)
    except OSError as exc:
        raise UnreadableInput(f"cannot be read ({exc.strerror}); check it is readable", source=str(path)) from exc
    if feed.looks_like_feed(head):
        return feed.read_feed
    if _HTML_START.search(head):
        return html.read_html
    known = ", ".join(sorted(READERS))
    raise UnsupportedFormat(
        f"format of suffix {path.suffix or '(none)'!r} is not supported; suivi reads {known}",
        source=str(path),
    )


def read_path(path: Path, settings: Settings) -> Iterator[Document | Problem]:
    """Documents of one file, with a Problem for each bad part; never raises for bad input."""
    try:
        if not path.is_file():
            raise InputNotFound(
                "is not an existing regular file; check the path (read_paths expands directories)",
                source=str(path),
            )
        yield from reader_for(path)(path, settings)
    except IngestError as exc:
        yield problem_from(exc)
    except OSError as exc:  # a reader opening the file itself (JSONL streams it)
        yield problem_from(UnreadableInput(f"cannot be read ({exc.strerror}); check it is readable", source=str(path)))
