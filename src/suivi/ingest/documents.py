"""Building a Document from what a reader found: normalised text, checked date, language, hash."""

from __future__ import annotations

from suivi.errors import EmptyInput, InputTooLarge, InvalidDate
from suivi.record import Document, check_partial_date, precision_of
from suivi.settings import Settings
from suivi.vocab import Precision

from .language import detect_language
from .text import content_hash, normalise_text


def parse_published(value: str, source: str) -> tuple[str, Precision]:
    """A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` publication date and its precision; S106 if impossible."""
    try:
        check_partial_date(value)
    except ValueError as exc:
        raise InvalidDate(
            f"publication date {value!r} is not a real YYYY, YYYY-MM or YYYY-MM-DD date; correct it or write 'unknown'",
            source=source,
        ) from exc
    return value, precision_of(value)


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
    """A Document with normalised text and its hash; S102 when no text is left, S107 when too large."""
    text = _checked_text(text, settings.max_document_bytes, source)
    if published is not None:
        parse_published(published, source)
    return Document(
        id=doc_id,
        text=text,
        published=published,
        published_precision=None if published is None else precision_of(published),
        language=language or detect_language(text, settings),
        title=normalise_text(title) if title and title.strip() else None,
        url=url or None,
        outlet=outlet or None,
        content_hash=content_hash(text),
        source=source,
    )


def _checked_text(text: str, limit: int, source: str) -> str:
    """The normalised text; S102 when nothing is left, S107 when over `limit` bytes."""
    text = normalise_text(text)
    if not text:
        raise EmptyInput("has no text once whitespace is removed; nothing to read", source=source)
    size = len(text.encode("utf-8"))
    if size > limit:
        raise InputTooLarge(
            f"text is {size} bytes, over the limit of {limit} (setting max_document_bytes); "
            "split it or raise the limit",
            source=source,
        )
    return text
