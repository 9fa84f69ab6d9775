"""Reader for plain-text articles (.txt, .md), with the optional ` date YYYY-MM` first-line marker."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

from suivi.record import Document, Problem
from suivi.settings import Settings
from suivi.validate import printable_path

from .decoding import decode_text, encoding_warning, read_bytes
from .documents import build_document, parse_published
from .text import guess_title, normalise_text

SUFFIXES = (".txt", ".text", ".md", ".markdown")
UNKNOWN_DATE = "unknown"

# ` date 2021-10 Photo : ...`: the value, then possibly the article's first words on the same line.
_MARKER = re.compile(r"[ \t]*date[ \t]+(?P<value>\S+)(?:[ \t]+(?P<rest>.*))?", re.IGNORECASE)
# A wire agency's credit in the dateline, "Hanoï (VNA) –" or "RABAT, March 26 (MAP) -": the outlet.
_AGENCY = re.compile(r"\((?P<agency>[A-Z][A-Za-z]{1,7})(?:/[A-Z]{2,8})?\)\s*[-–—]")
# A value made of digits and separators is meant as a date, so a wrong one is an error, not text.
_DATE_LIKE = re.compile(r"[\d\-/.]+")


def split_marker(text: str, source: str) -> tuple[str | None, str]:
    """(published or None, article without the marker); S106 when the marker's date is impossible."""
    text = text.lstrip()
    first, newline, rest = text.partition("\n")
    match = _MARKER.fullmatch(first)
    if match is None:
        return None, text
    value = match["value"]
    if value.lower() == UNKNOWN_DATE:
        published = None
    elif _DATE_LIKE.fullmatch(value):
        published, _precision = parse_published(value, source)
    else:
        return None, text  # "Date limite ..." is an ordinary first line, not a marker
    return published, (match["rest"] or "") + newline + rest


def read_plaintext(path: Path, settings: Settings) -> Iterator[Document | Problem]:
    """One document per file; id = file stem, title = the first line when it reads as a headline."""
    source = printable_path(path)
    decoded = decode_text(read_bytes(path, settings.max_document_bytes), source)
    warning = encoding_warning(decoded, source)
    if warning is not None:
        yield warning
    # Normalised first so that a CRLF or NBSP-padded marker line reads like the LF one.
    published, article = split_marker(normalise_text(decoded.text), source)
    text = normalise_text(article)
    yield build_document(
        doc_id=printable_path(path.stem),
        text=text,
        settings=settings,
        source=source,
        published=published,
        title=guess_title(text),
        outlet=agency_of(text),
    )


def agency_of(text: str) -> str | None:
    """The news agency credited in the dateline near the top of the article, if any."""
    match = _AGENCY.search(text[:600])
    return match["agency"] if match else None
