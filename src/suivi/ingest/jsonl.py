"""Reader for JSON Lines (.jsonl, .ndjson): one article object per line, bad lines reported one by one."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from suivi.errors import BinaryInput, BrokenJsonLine, EmptyInput, IngestError, InvalidDate
from suivi.record import Document, Problem
from suivi.settings import Settings
from suivi.validate import language_code, printable_path

from .decoding import SNIFF_BYTES, bom_codec, decode_text, encoding_warning, looks_binary, read_bytes
from .documents import build_document, parse_published
from .problems import problem_from

SUFFIXES = (".jsonl", ".ndjson")
#: A UTF-16 or UTF-32 JSONL file is read whole: it may be this many times the per-document text limit.
FILE_FACTOR = 100
_OPTIONAL_TEXT_FIELDS = ("title", "url", "outlet", "language")
# Feeds and CMS exports write timestamps; the publication day is their date part as written.
_TIMESTAMP = re.compile(r"(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}")
# A BCP 47-like tag: the language code, then subtags (region, script) that are dropped.
_LANGUAGE_TAG = re.compile(r"[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*", re.ASCII)


def read_jsonl(path: Path, settings: Settings) -> Iterator[Document | Problem]:
    """One document per non-blank line; a bad line gives its Problem and the next lines still go in."""
    source = printable_path(path)
    with path.open("rb") as stream:
        head = stream.read(SNIFF_BYTES)
        if bom_codec(head) is not None:
            # UTF-16 and UTF-32 put NUL bytes inside characters, and their line breaks span several bytes.
            decoded = decode_text(read_bytes(path, settings.max_document_bytes * FILE_FACTOR), source)
            lines: Iterable[tuple[int, bytes | str]] = enumerate(decoded.text.splitlines(), start=1)
        elif looks_binary(head):
            raise BinaryInput("looks binary (NUL or control bytes), not JSON Lines saved as UTF-8", source=source)
        else:
            stream.seek(0)
            lines = enumerate(stream, start=1)
        seen_line = False
        warned = False
        for lineno, raw in lines:
            if not raw.strip():
                continue
            seen_line = True
            try:
                text = raw
                if isinstance(raw, bytes):
                    decoded = decode_text(raw, f"{source}:{lineno}")
                    warning = None if warned else encoding_warning(decoded, source)
                    if warning is not None:
                        warned = True
                        yield warning
                    text = decoded.text
                yield document_from_line(str(text), path, lineno, settings)
            except IngestError as exc:
                yield problem_from(exc)
    if not seen_line:
        raise EmptyInput("is empty or holds only blank lines; nothing to read", source=source)


def document_from_line(line: str, path: Path, lineno: int, settings: Settings) -> Document:
    """The Document of one JSONL line; S105 for broken JSON or fields, S106 for a bad `published`."""
    source = f"{printable_path(path)}:{lineno}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as exc:
        raise BrokenJsonLine(
            f"line {lineno} is not valid JSON ({exc.msg} at column {exc.colno}); fix or remove the line",
            source=source,
        ) from exc
    except RecursionError as exc:
        raise BrokenJsonLine(
            f"line {lineno} nests arrays or objects too deeply to read; an article is one flat object", source=source
        ) from exc
    except ValueError as exc:  # e.g. an integer of more than 4,300 digits
        raise BrokenJsonLine(
            f"line {lineno} cannot be read as JSON ({exc}); fix or remove the line", source=source
        ) from exc
    if not isinstance(record, dict):
        raise BrokenJsonLine(
            f"line {lineno} is a JSON {type(record).__name__}, not an object with a 'text' field",
            source=source,
        )
    text = record.get("text")
    if not isinstance(text, str):
        raise BrokenJsonLine(f"line {lineno} has no 'text' string; every line needs one", source=source)
    fields = {name: _optional_text(record, name, lineno, source) for name in _OPTIONAL_TEXT_FIELDS}
    return build_document(
        doc_id=_document_id(record.get("id"), path, lineno, source),
        text=text,
        settings=settings,
        source=source,
        published=_published(record.get("published"), lineno, source),
        language=_language_code(fields["language"], source),
        title=fields["title"],
        url=fields["url"],
        outlet=fields["outlet"],
    )


def _optional_text(record: dict[str, Any], name: str, lineno: int, source: str) -> str | None:
    value = record.get(name)
    if value is None or isinstance(value, str):
        return value.strip() if value else None
    raise BrokenJsonLine(
        f"line {lineno}: field {name!r} must be a string or null, not {type(value).__name__}", source=source
    )


def _document_id(value: Any, path: Path, lineno: int, source: str) -> str:
    if value is None or value == "":
        return f"{printable_path(path.stem)}-{lineno}"
    if isinstance(value, str | int) and not isinstance(value, bool):
        return str(value).strip()
    raise BrokenJsonLine(
        f"line {lineno}: field 'id' must be a string or an integer, not {type(value).__name__}", source=source
    )


def _published(value: Any, lineno: int, source: str) -> str | None:
    if value is None or value == "":
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)  # a bare year: 2021
    if not isinstance(value, str):
        raise InvalidDate(
            f"line {lineno}: 'published' must be a YYYY, YYYY-MM or YYYY-MM-DD string, not {type(value).__name__}",
            source=source,
        )
    value = value.strip()
    timestamp = _TIMESTAMP.match(value)
    return parse_published(timestamp[1] if timestamp else value, source)[0]


def _language_code(value: str | None, source: str) -> str | None:
    """`fr-FR`, `FR` or `fr_CA` as the ISO 639-1 code `fr`; S112 for what is no language tag (`fr_FR!`)."""
    if not value:
        return None
    if not _LANGUAGE_TAG.fullmatch(value):
        return language_code(value, source)  # raises S112 with the value shown
    return value.replace("_", "-").split("-")[0].lower()
