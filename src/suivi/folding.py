"""Accent folding shared by search, person names and date words: "Đà Nẵng" -> "Da Nang"."""

from __future__ import annotations

import unicodedata

# Letters Unicode does not decompose into a base letter and a mark.
_UNDECOMPOSED = str.maketrans(
    {"đ": "d", "Đ": "D", "ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "æ": "ae", "œ": "oe", "ß": "ss"}
)


def strip_accents(text: str) -> str:
    """`text` without diacritics (NFKD, combining marks dropped, đ/ø/ł mapped); case is kept."""
    decomposed = unicodedata.normalize("NFKD", text.translate(_UNDECOMPOSED))
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))
