"""Reader for RSS and Atom feeds (.xml, .rss, .atom): one document per entry, parsed by feedparser."""

from __future__ import annotations

import hashlib
import re
import time
from collections.abc import Iterator
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import feedparser
import lxml.html
from lxml import etree

from suivi import validate
from suivi.errors import IngestError, InvalidDate, UnparsableMarkup, UnsupportedFormat
from suivi.record import Document, Problem
from suivi.settings import Settings
from suivi.validate import printable_path

from .decoding import check_text_bytes, read_bytes
from .documents import build_document, with_title
from .problems import ingest_warning, problem_from

SUFFIXES = (".xml", ".rss", ".atom", ".rdf")
#: A feed holds many articles: the file may be this many times the per-document text limit.
FEED_FACTOR = 100
_FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)
_SAFE_ID = re.compile(r"[A-Za-z0-9_.-]{1,80}")
_HTML_SPACE = re.compile(r"[ \t\n\r\f]+")  # HTML's collapsible white space: not the no-break space
_BLOCK_TAGS = ("p", "div", "br", "li", "tr", "blockquote", "pre", "h1", "h2", "h3", "h4", "h5", "h6")
_DATE_KEYS = ("published", "updated", "created")
#: Characters XML 1.0 has no place for: C0 controls but tab and line ends, and non-characters.
_XML_INCOMPATIBLE = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def looks_like_feed(head: bytes) -> bool:
    """True when the start of a file has an RSS, Atom or RDF root element."""
    return _FEED_ROOT.search(head) is not None


def read_feed(path: Path, settings: Settings) -> Iterator[Document | Problem]:
    """One document per entry; a bad entry gives its Problem and the other entries still go in."""
    source = printable_path(path)
    data = read_bytes(path, settings.max_document_bytes * FEED_FACTOR)
    check_text_bytes(data, source)
    parsed = feedparser.parse(data)
    entries = _usable_entries(parsed, source)
    if parsed.get("bozo"):
        yield ingest_warning(f"feed is not well-formed ({parsed.get('bozo_exception')}); read it anyway", source)
    if not entries:
        yield ingest_warning("feed has no entries; nothing to read", source)
    outlet = parsed.get("feed", {}).get("title") or None
    for index, entry in enumerate(entries, start=1):
        try:
            yield entry_document(entry, path, index, outlet, settings)
        except IngestError as exc:
            yield problem_from(exc)


def _usable_entries(parsed: Any, source: str) -> list[Any]:
    """Entries with something in them; S108 for XML that is no feed, S109 for a broken one."""
    entries = [e for e in parsed.get("entries", []) if e.get("title") or e.get("summary") or e.get("content")]
    if entries or (parsed.get("version") and not parsed.get("bozo")):
        return entries
    if parsed.get("bozo"):
        raise UnparsableMarkup(
            f"feed could not be parsed ({parsed.get('bozo_exception')}); check the file is complete RSS or Atom",
            source=source,
        )
    raise UnsupportedFormat("is XML but not an RSS or Atom feed; suivi reads feeds, not other XML", source=source)


def entry_document(entry: Any, path: Path, index: int, outlet: str | None, settings: Settings) -> Document:
    """The Document of one feed entry: text from its content (or summary), title first."""
    source = f"{printable_path(path)}#entry-{index}"
    title = entry.get("title") or None
    if title and entry.get("title_detail", {}).get("type") == "text/html":
        title = html_fragment_text(title, source)
    return build_document(
        doc_id=entry_id(entry, path, index),
        text=with_title(title, html_fragment_text(_entry_markup(entry), source)),
        settings=settings,
        source=source,
        published=entry_day(entry, source),
        title=title,
        url=entry.get("link") or None,
        outlet=outlet,
    )


def _entry_markup(entry: Any) -> str:
    for content in entry.get("content", []):
        if content.get("value"):
            return str(content["value"])
    return str(entry.get("summary") or "")


def entry_id(entry: Any, path: Path, index: int) -> str:
    """The entry's id (or link) when it is a plain token, else a short stable slug of it."""
    raw = str(entry.get("id") or entry.get("link") or "").strip()
    if not raw:
        return f"{printable_path(path.stem)}-{index}"
    return raw if _SAFE_ID.fullmatch(raw) else url_slug(raw)


def url_slug(url: str) -> str:
    """`example.org-1a2b3c4d5e6f`: the host for readability, a hash of the whole URL for uniqueness."""
    host = re.sub(r"[^a-z0-9]+", "-", (urlsplit(url).hostname or "").removeprefix("www.")).strip("-")
    digest = hashlib.sha256(url.encode("utf-8")).hexdigest()[:12]
    return f"{host}-{digest}" if host else digest


def entry_day(entry: Any, source: str) -> str | None:
    """The entry's publication day (`YYYY-MM-DD`) as written; S106 when its date cannot be read."""
    for key in _DATE_KEYS:
        written = entry.get(key)
        if written:
            day = _written_day(str(written)) or _struct_day(entry.get(f"{key}_parsed"))
            if day is None:
                raise InvalidDate(
                    f"entry date {written!r} is neither RFC 822 nor ISO 8601; fix the feed's <{key}>",
                    source=source,
                )
            return validate.published_date(day, source)
    return None


def _written_day(written: str) -> str | None:
    # The day in the publisher's own time zone: feedparser's *_parsed is in UTC, which moves
    # an article published at 02:00 in Hanoi (+07:00) to the previous day.
    try:
        return parsedate_to_datetime(written).date().isoformat()
    except (TypeError, ValueError):
        pass  # not RFC 822: try ISO 8601 (Atom)
    try:
        return datetime.fromisoformat(written.strip()).date().isoformat()
    except ValueError:
        return None


def _struct_day(parsed: time.struct_time | None) -> str | None:
    try:
        return None if parsed is None else date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday).isoformat()
    except ValueError:  # feedparser keeps year 0 or day 0 of a broken date
        return None


def html_fragment_text(fragment: str, source: str) -> str:
    """Plain text of an HTML fragment, one paragraph per block element (lxml, no regex on tags)."""
    fragment = _XML_INCOMPATIBLE.sub(" ", fragment)  # lxml refuses them in text nodes
    if not fragment.strip():
        return ""
    try:
        root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    except (etree.LxmlError, ValueError) as exc:
        raise UnparsableMarkup(f"entry HTML could not be parsed ({exc})", source=source) from exc
    etree.strip_elements(root, etree.Comment, "script", "style", with_tail=False)
    for node in root.iter():
        node.text = _HTML_SPACE.sub(" ", node.text) if node.text else node.text
        node.tail = _HTML_SPACE.sub(" ", node.tail) if node.tail else node.tail
    for node in root.iter(*_BLOCK_TAGS):
        node.tail = ("\n" if node.tag == "br" else "\n\n") + (node.tail or "")
    text = str(root.text_content())
    return "\n".join(line.strip() for line in text.split("\n"))
