"""Choosing the reader of a file by its suffix, or by sniffing its start, and running it safely."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from pathlib import Path

from suivi.errors import (
    IngestError,
    InputNotFound,
    InputTooLarge,
    InvalidText,
    UndecodableInput,
    UnparsableMarkup,
    UnreadableInput,
    UnsupportedFormat,
)
from suivi.record import Document, Problem
from suivi.settings import Settings
from suivi.validate import printable, printable_path

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
        raise UnreadableInput(
            f"cannot be read ({exc.strerror}); check it is readable", source=printable_path(path)
        ) from exc
    if feed.looks_like_feed(head):
        return feed.read_feed
    if _HTML_START.search(head):
        return html.read_html
    known = ", ".join(sorted(READERS))
    raise UnsupportedFormat(
        f"format of suffix {path.suffix or '(none)'!r} is not supported; suivi reads {known}",
        source=printable_path(path),
    )


def read_path(path: Path, settings: Settings) -> Iterator[Document | Problem]:
    """Documents of one file, with a Problem for each bad part; never raises for bad input."""
    try:
        if not path.is_file():
            raise InputNotFound(
                "is not an existing regular file; check the path (read_paths expands directories)",
                source=printable_path(path),
            )
        yield from reader_for(path)(path, settings)
    except IngestError as exc:
        yield problem_from(exc)
    except OSError as exc:  # a reader opening the file itself (JSONL streams it)
        yield problem_from(
            UnreadableInput(
                f"cannot be read ({exc.strerror or exc}); check it is readable", source=printable_path(path)
            )
        )
    except Exception as exc:  # the last resort: one input's failure must not end the batch
        yield problem_from(unexpected_failure(exc, printable_path(path)))


def unexpected_failure(exc: Exception, source: str) -> IngestError:
    """The coded error of a failure no reader foresaw, so that it is listed with its input and the batch goes on."""
    what = f"{type(exc).__name__}: {printable(str(exc))[:200]}"
    if isinstance(exc, RecursionError):
        return UnparsableMarkup(f"nests elements too deeply to read ({what}); flatten it", source=source)
    if isinstance(exc, UnicodeDecodeError):
        return UndecodableInput(f"holds bytes that cannot be decoded ({what}); re-save it as UTF-8", source=source)
    if isinstance(exc, UnicodeError):
        return InvalidText(f"holds characters no database takes ({what}); fix its encoding", source=source)
    if isinstance(exc, MemoryError):
        return InputTooLarge(f"is too large to read in memory ({what}); split it", source=source)
    return IngestError(
        f"could not be read: unexpected {what}; the other inputs went on: please report this input", source=source
    )
