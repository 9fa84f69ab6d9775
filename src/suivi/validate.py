"""The one input-validation layer: what every reader and both stores accept, and the S1xx code of what they refuse."""

from __future__ import annotations

import os
import re
import unicodedata
from datetime import date
from pathlib import Path

from suivi.errors import InputTooLarge, InvalidDate, InvalidDocumentId, InvalidLanguage, InvalidText
from suivi.record import Document, DocumentRecord
from suivi.vocab import Precision

#: Longest document id: the `documents.id` column is VARCHAR(255) on PostgreSQL.
MAX_ID_CHARS = 255
#: Longest outlet name: the `documents.outlet` column is VARCHAR(255).
MAX_OUTLET_CHARS = 255
#: Publication years suivi takes: older or later ones are typing errors, and linking adds days to them.
MIN_YEAR, MAX_YEAR = 1900, 2100

# ASCII digits only: `\d` would take "２０２１" (fullwidth) or "٢٠٢١" (Arabic-Indic) digits.
_PARTIAL_DATE = re.compile(r"[0-9]{4}(?:-[0-9]{2}(?:-[0-9]{2})?)?", re.ASCII)
_LANGUAGE = re.compile(r"[a-z]{2,3}", re.ASCII)
_SURROGATE = re.compile("[\ud800-\udfff]")
#: Characters an id may not hold: C0 and C1 controls, DEL, surrogates, line and paragraph separators.
_ID_FORBIDDEN = frozenset(("Cc", "Cs", "Zl", "Zp"))
_PRECISIONS = {1: Precision.YEAR, 2: Precision.MONTH, 3: Precision.DAY}


def printable_path(path: str | Path) -> str:
    """The path as text any database and terminal take: bytes that are not UTF-8 written `\\xff`."""
    return os.fsencode(path).decode("utf-8", errors="backslashreplace")


def printable(value: str) -> str:
    """`value` with lone surrogates (undecodable bytes, `\\udXXX` escapes) written as `\\udXXX`."""
    return _SURROGATE.sub(lambda m: f"\\u{ord(m[0]):04x}", value)


def document_id(value: str, source: str | None = None) -> str:
    """The id without surrounding white space; S111 when blank, over 255 characters or holding controls."""
    doc_id = value.strip()
    if not doc_id:
        raise InvalidDocumentId(
            f"document id {printable(value)!r} is blank; give every document a non-blank id", source=source
        )
    if len(doc_id) > MAX_ID_CHARS:
        raise InvalidDocumentId(
            f"document id is {len(doc_id)} characters long, over {MAX_ID_CHARS} ({printable(doc_id[:40])!r}...); "
            "give a shorter id",
            source=source,
        )
    bad = next((ch for ch in doc_id if unicodedata.category(ch) in _ID_FORBIDDEN), None)
    if bad is not None:
        raise InvalidDocumentId(
            f"document id {printable(doc_id)!r} holds the control character U+{ord(bad):04X}; "
            "remove it (rename the file, or fix the id field)",
            source=source,
        )
    return doc_id


def language_code(value: str, source: str | None = None) -> str:
    """A 2- or 3-letter ISO 639 code in lower case (`FR` → `fr`); S112 otherwise."""
    code = value.strip().lower()
    if not _LANGUAGE.fullmatch(code):
        shown = printable(value if len(value) <= 20 else value[:20] + "...")
        raise InvalidLanguage(
            f"language {shown!r} is not a 2- or 3-letter ISO 639 code; write e.g. 'fr' or 'en', or leave it out",
            source=source,
        )
    return code


def published_date(value: str, source: str | None = None) -> str:
    """A real `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date in ASCII digits, years 1900–2100; S106 otherwise."""
    if _PARTIAL_DATE.fullmatch(value):
        parts = [int(part) for part in value.split("-")]
        try:
            date(parts[0], *[*parts[1:], 1, 1][:2])
        except ValueError:
            pass  # month 13, day 32: refused below
        else:
            if MIN_YEAR <= parts[0] <= MAX_YEAR:
                return value
    shown = printable(value if len(value) <= 30 else value[:30] + "...")
    raise InvalidDate(
        f"publication date {shown!r} is not a real YYYY, YYYY-MM or YYYY-MM-DD date in ASCII digits "
        f"between {MIN_YEAR} and {MAX_YEAR}; correct it or write 'unknown'",
        source=source,
    )


def precision_of(value: str) -> Precision:
    """The precision of a date `published_date` accepted."""
    return _PRECISIONS[value.count("-") + 1]


def text_field(value: str, name: str, source: str | None = None, *, max_chars: int | None = None) -> str:
    """`value` unchanged; S113 when it holds NUL characters or lone surrogates, or is over `max_chars`."""
    if "\x00" in value:
        raise InvalidText(
            f"{name} holds NUL characters (at offset {value.index(chr(0))}); "
            "the file is probably corrupt or binary: re-save it as UTF-8 text",
            source=source,
        )
    surrogate = _SURROGATE.search(value)
    if surrogate is not None:
        raise InvalidText(
            f"{name} holds a lone surrogate U+{ord(surrogate[0]):04X} at offset {surrogate.start()}, "
            "which is no character (a broken \\udXXX escape); fix the input's encoding",
            source=source,
        )
    if max_chars is not None and len(value) > max_chars:
        raise InvalidText(f"{name} is {len(value)} characters long, over {max_chars}; shorten it", source=source)
    return value


def text_size(text: str, limit: int, source: str | None = None) -> str:
    """`text` unchanged; S107 when its UTF-8 form is over `limit` bytes (setting max_document_bytes)."""
    size = len(text.encode("utf-8", errors="surrogatepass"))
    if size > limit:
        raise InputTooLarge(
            f"text is {size} bytes, over the limit of {limit} (setting max_document_bytes); "
            "split it or raise the limit",
            source=source,
        )
    return text


def checked_document(doc: Document, *, max_bytes: int | None = None) -> Document:
    """The document as both stores take it (id stripped, language lower-cased), or its S1xx error."""
    source = printable(doc.source) if doc.source else None
    where = source or printable(doc.id)
    text_field(doc.text, "text", where)
    if max_bytes is not None:
        text_size(doc.text, max_bytes, where)
    for name in ("title", "url"):
        value = getattr(doc, name)
        if value is not None:
            text_field(value, name, where)
    if doc.outlet is not None:
        text_field(doc.outlet, "outlet", where, max_chars=MAX_OUTLET_CHARS)
    changes: dict[str, object] = {"id": document_id(doc.id, where), "source": source}
    if doc.language is not None:
        changes["language"] = language_code(doc.language, where)
    if doc.published is not None:
        changes["published"] = published_date(doc.published, where)
        changes["published_precision"] = precision_of(doc.published)
    return doc.model_copy(update=changes)


def checked_record(record: DocumentRecord) -> DocumentRecord:
    """The record as both stores take it: its id, language and publication date checked like a document's."""
    where = printable(record.doc_id)
    changes: dict[str, object] = {"doc_id": document_id(record.doc_id, where)}
    if record.language is not None:
        changes["language"] = language_code(record.language, where)
    if record.published is not None:
        changes["published"] = published_date(record.published, where)
    return record.model_copy(update=changes)
