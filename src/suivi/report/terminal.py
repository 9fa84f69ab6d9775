"""Stored text made inert for a terminal or a JSON reader; the store itself keeps every character verbatim.

Articles come from anywhere: a title may hold terminal escape sequences (colours, window titles, OSC 8
links, cursor moves), bidirectional overrides that reorder what is shown, or invisible characters.
Terminal views drop them; JSON output keeps them, written as `\\uXXXX` escapes."""

from __future__ import annotations

import json
import re
import unicodedata
from enum import Enum
from typing import Any

from pydantic import BaseModel

# ESC or C1 introducer, then: CSI parameters and final byte; OSC / DCS / SOS / PM / APC strings up to
# their terminator (BEL or ST) or the end of the text; or a two-character escape.
_ESCAPE_SEQUENCE = re.compile(
    r"(?:\x1b\[|\x9b)[0-?]*[ -/]*[@-~]?"
    r"|(?:\x1b[\]PX^_]|[\x90\x98\x9d\x9e\x9f])[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[ -/]*[0-~]?"
)
#: Joiners shape Arabic, Indic and emoji text: format characters, but not ones that hide or reorder.
_KEPT_FORMAT = frozenset("\u200c\u200d")
#: Characters that are not safe raw in JSON text meant for people or other programs: controls
#: (C0 are escaped by `json` itself), format characters (bidi controls, zero-width), separators
#: U+2028/U+2029 (line breaks in JavaScript), lone surrogates (not encodable as UTF-8).
_JSON_UNSAFE = re.compile(
    "[\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb\ud800-\udfff]"
)


def _visible(char: str) -> str:
    category = unicodedata.category(char)
    if char in "\n\t" or char in _KEPT_FORMAT:
        return char
    if category in ("Zl", "Zp"):
        return "\n"
    if category in ("Cc", "Cf", "Cs"):
        return ""
    return char


def terminal_text(value: str) -> str:
    """`value` without escape sequences, control, bidi, zero-width or lone-surrogate characters."""
    if value.isprintable():
        return value
    return "".join(_visible(char) for char in _ESCAPE_SEQUENCE.sub("", value))


def terminal_safe(value: Any) -> Any:
    """A copy of `value` (models, lists, dicts, strings) with every string passed through `terminal_text`;
    enum members and other values are kept as they are."""
    if isinstance(value, Enum):
        return value
    if isinstance(value, str):
        return terminal_text(value)
    if isinstance(value, BaseModel):
        fields = {**type(value).model_fields, **(value.model_extra or {})}
        return value.model_copy(update={name: terminal_safe(getattr(value, name)) for name in fields})
    if isinstance(value, list | tuple):
        return type(value)(terminal_safe(item) for item in value)
    if isinstance(value, dict):
        return {terminal_safe(key): terminal_safe(item) for key, item in value.items()}
    return value


def inert_json(text: str) -> str:
    """JSON text with the characters that act on a reader written as `\\uXXXX`: the same data once parsed
    (JSON's structure is ASCII, so they only occur inside strings)."""
    return _JSON_UNSAFE.sub(lambda m: f"\\u{ord(m[0]):04x}", text)


def json_text(data: Any, *, indent: int | None = 2) -> str:
    """`data` as inert JSON text (non-ASCII letters kept readable)."""
    return inert_json(json.dumps(data, ensure_ascii=False, indent=indent, default=str))
