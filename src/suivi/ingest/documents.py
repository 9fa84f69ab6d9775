"""Building a Document from what a reader found: normalised text, checked date, language, hash."""

from __future__ import annotations

from suivi import validate
from suivi.errors import EmptyInput
from suivi.record import Document
from suivi.settings import Settings
from suivi.vocab import Precision

from .language import check_is_language, detect_language
from .text import content_hash, is_caption_or_dateline, normalise_text


def parse_published(value: str, source: str) -> tuple[str, Precision]:
    """A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date in ASCII digits, 1900–2100, and its precision; S106 if not."""
    published = validate.published_date(value, source)
    return published, validate.precision_of(published)


def with_title(title: str | None, body: str) -> str:
    """The article as the eval texts have it: headline first, unless the body already starts with it."""
    if not title or not title.strip():
        return body
    title = normalise_text(title)
    if normalise_text(body).startswith(title):
        return body
    return f"{title}\n\n{body}"


def build_document(
    *,
    doc_id: str,
    text: str,
    settings: Settings,
    source: str,
    published: str | None = None,
    language: str | None = None,
    title: str | None = None,
    url: str | None = None,
    outlet: str | None = None,
) -> Document:
    """A Document with normalised text and its hash, checked by `suivi.validate` (S102, S106, S107, S111-S115)."""
    source = validate.printable(source)
    text = _checked_text(text, settings.max_document_bytes, source)
    day, precision = parse_published(published, source) if published is not None else (None, None)
    document = Document(
        id=validate.document_id(doc_id, source),
        text=text,
        published=day,
        published_precision=precision,
        language=language or detect_language(text, settings),
        title=normalise_text(title) if title and title.strip() and not is_caption_or_dateline(title) else None,
        url=url or None,
        outlet=outlet or None,
        content_hash=content_hash(text),
        source=source,
    )
    return validate.checked_document(document, max_bytes=settings.max_document_bytes)


def _checked_text(text: str, limit: int, source: str) -> str:
    """The normalised text; S113 for NUL or lone surrogates, S102 when nothing is left, S107 over `limit`
    bytes, S115 when it is not language."""
    text = normalise_text(validate.text_field(text, "text", source))
    if not text:
        raise EmptyInput("has no text once whitespace is removed; nothing to read", source=source)
    validate.text_size(text, limit, source)
    check_is_language(text, source)
    return text
