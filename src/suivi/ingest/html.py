"""Reader for saved web pages (.html, .htm): main text and metadata extracted by trafilatura."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import trafilatura
from lxml.etree import LxmlError

from suivi.errors import UnparsableMarkup
from suivi.record import Document, Problem
from suivi.settings import Settings
from suivi.validate import printable_path

from .decoding import check_text_bytes, read_bytes
from .documents import build_document, with_title

SUFFIXES = (".html", ".htm", ".xhtml")
#: Saved pages carry scripts, styles and navigation: their markup may be this many times the text limit.
MARKUP_FACTOR = 20
#: trafilatura takes a menu-only page's links for its text: an article has a line of at least this many words.
MIN_SENTENCE_WORDS = 6
# Only the page's own metadata (meta tags, JSON-LD, <time>): an extensive search would take
# the first date in the body, which in our articles is usually the event's, not the publication's.
_DATE_SEARCH = {"extensive_search": False, "original_date": True}


def read_html(path: Path, settings: Settings) -> Iterator[Document | Problem]:
    """One document per page; id = file stem, title/date/url/outlet from the page's metadata."""
    source = printable_path(path)
    data = read_bytes(path, settings.max_document_bytes * MARKUP_FACTOR)
    check_text_bytes(data, source)
    page = extract_page(data, source)
    title = _text_field(page, "title")
    yield build_document(
        doc_id=printable_path(path.stem),
        text=with_title(title, _text_field(page, "text") or ""),
        settings=settings,
        source=source,
        published=_text_field(page, "date"),
        title=title,
        url=_text_field(page, "url"),
        outlet=_text_field(page, "sitename") or _text_field(page, "hostname"),
    )


def extract_page(markup: bytes, source: str) -> dict[str, Any]:
    """trafilatura's main text and metadata of a page; S109 when it finds no main text."""
    try:
        extracted = trafilatura.bare_extraction(
            markup, with_metadata=True, include_comments=False, date_extraction_params=_DATE_SEARCH
        )
    except (LxmlError, ValueError) as exc:
        raise UnparsableMarkup(
            f"HTML could not be parsed ({exc}); check the file is a web page", source=source
        ) from exc
    page: dict[str, Any] = {}
    if isinstance(extracted, dict):  # older trafilatura versions return a dict
        page = extracted
    elif extracted is not None:
        page = extracted.as_dict()
    text = _text_field(page, "text")
    if not text:
        raise UnparsableMarkup(
            "no main text found in the page (empty, a menu-only page or not HTML); save the article page itself",
            source=source,
        )
    if not has_sentence(text):
        raise UnparsableMarkup(
            f"the page's main text is only short lines ({text[:60]!r}...): a menu or a list of links, "
            f"no line of {MIN_SENTENCE_WORDS} words or more; save the article page itself",
            source=source,
        )
    return page


def has_sentence(text: str) -> bool:
    """True when some line of `text` has at least MIN_SENTENCE_WORDS words: an article, not a menu."""
    return any(
        sum(any(ch.isalpha() for ch in word) for word in line.split()) >= MIN_SENTENCE_WORDS
        for line in text.splitlines()
    )


def _text_field(page: dict[str, Any], name: str) -> str | None:
    value = page.get(name)
    return (value.strip() or None) if isinstance(value, str) else None
