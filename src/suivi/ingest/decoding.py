"""From raw bytes to text: size limit, empty and binary input, UTF-8 with a cp1252 fallback."""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

from suivi.errors import BinaryInput, EmptyInput, InputTooLarge, UndecodableInput, UnreadableInput
from suivi.record import Problem
from suivi.validate import printable_path

from .problems import ingest_warning

#: How much of the start of a file is looked at to tell text from binary.
SNIFF_BYTES = 8192
#: Text files hardly ever hold C0 control bytes; more than this share of them means binary.
MAX_CONTROL_SHARE = 0.05

UTF8 = "utf-8"
CP1252 = "cp1252"
_CONTROL_BYTES = frozenset(range(0x20)) - {0x09, 0x0A, 0x0C, 0x0D} | {0x7F}
_CONTROL_TABLE = bytes(sorted(_CONTROL_BYTES))
# UTF-32 first: its little-endian BOM starts with UTF-16's (FF FE), and read as UTF-16 it gives NUL-interleaved text.
_BOM_CODECS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


@dataclass(frozen=True)
class DecodedText:
    """Text read from bytes and the encoding it was read with."""

    text: str
    encoding: str


def read_bytes(path: Path, limit: int) -> bytes:
    """The file's bytes; S107 past `limit` bytes (checked before reading), S110 if it cannot be read."""
    source = printable_path(path)
    try:
        size = path.stat().st_size
        if size > limit:
            raise InputTooLarge(
                f"file is {size} bytes, over the limit of {limit} (setting max_document_bytes); "
                "split it or raise the limit",
                source=source,
            )
        return path.read_bytes()
    except OSError as exc:
        raise UnreadableInput(
            f"cannot be read ({exc.strerror}); check it exists and is readable", source=source
        ) from exc


def looks_binary(data: bytes) -> bool:
    """True for bytes that are not text: NUL bytes, or many control bytes, near the start."""
    sample = data[:SNIFF_BYTES]
    if b"\x00" in sample:
        return True
    controls = len(sample) - len(sample.translate(None, _CONTROL_TABLE))  # how many control bytes
    return controls > MAX_CONTROL_SHARE * max(len(sample), 1)


def bom_codec(data: bytes) -> str | None:
    """The codec a UTF-16 or UTF-32 byte order mark at the start of `data` names, else None."""
    return next((codec for bom, codec in _BOM_CODECS if data.startswith(bom)), None)


def check_text_bytes(data: bytes, source: str) -> None:
    """S102 for empty or whitespace-only bytes, S103 for binary ones (UTF-16 or UTF-32 with a BOM is text)."""
    if not data.strip():
        raise EmptyInput("is empty or holds only whitespace; nothing to read", source=source)
    if bom_codec(data) is None and looks_binary(data):
        raise BinaryInput(
            "looks binary (NUL or control bytes), not text; give a text, JSONL, HTML or feed file, saved as UTF-8",
            source=source,
        )


def decode_text(data: bytes, source: str) -> DecodedText:
    """Text of `data`: UTF-8 (BOM allowed), UTF-16 or UTF-32 with a BOM, else cp1252; S102/S103/S104 otherwise."""
    check_text_bytes(data, source)
    codec = bom_codec(data)
    if codec is not None:
        try:
            return _non_empty(DecodedText(data.decode(codec), codec), source)
        except UnicodeDecodeError as exc:
            raise UndecodableInput(
                f"starts with a {codec.upper()} byte order mark but is not {codec.upper()} "
                f"({exc.reason} at offset {exc.start}); re-save it as UTF-8",
                source=source,
            ) from exc
    try:
        return _non_empty(DecodedText(data.decode("utf-8-sig"), UTF8), source)
    except UnicodeDecodeError:
        pass  # not UTF-8: most such files in the wild are Windows-1252 (Western Europe)
    try:
        return _non_empty(DecodedText(data.decode(CP1252), CP1252), source)
    except UnicodeDecodeError as exc:
        raise UndecodableInput(
            f"is neither UTF-8 nor Windows-1252 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "re-save it as UTF-8",
            source=source,
        ) from exc


def _non_empty(decoded: DecodedText, source: str) -> DecodedText:
    if not decoded.text.strip():
        raise EmptyInput("is empty or holds only whitespace; nothing to read", source=source)
    return decoded


def encoding_warning(decoded: DecodedText, source: str) -> Problem | None:
    """A W101 warning when the text had to be read as cp1252, else None."""
    if decoded.encoding != CP1252:
        return None
    return ingest_warning(
        "is not valid UTF-8; read as Windows-1252 (cp1252): check its accents, or re-save it as UTF-8",
        source,
    )
