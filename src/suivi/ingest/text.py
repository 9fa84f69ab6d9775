"""Text normalisation, content hashing and title guessing shared by every reader."""

from __future__ import annotations

import hashlib
import re
import unicodedata

#: Longest first line still taken for a headline; longer lines are body paragraphs.
MAX_TITLE_CHARS = 200

# Horizontal spaces a copy-paste from the web brings in; a single no-break space is kept
# because French typography and thousands separators ("6 650") rely on it.
_HSPACE = "[ \t\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]"
_SPACE_RUN = re.compile(f"{_HSPACE}{{2,}}|\t")
_TRAILING_SPACE = re.compile(f"{_HSPACE}+$", re.MULTILINE)
_BLANK_LINES = re.compile(r"\n{3,}")
# Line and paragraph separators that Python counts as line breaks but spaCy does not.
_LINE_BREAKS = str.maketrans({"\x0b": "\n", "\x0c": "\n", "\x85": "\n", "\u2028": "\n", "\u2029": "\n\n"})


def normalise_text(text: str) -> str:
    """NFC, LF line ends, one space for runs of spaces, no trailing spaces, at most one blank line."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n").translate(_LINE_BREAKS)
    text = _SPACE_RUN.sub(" ", text)
    text = _TRAILING_SPACE.sub("", text)
    # Blank-line runs let entities run across paragraphs in spaCy (TECH-NOTES): keep one.
    text = _BLANK_LINES.sub("\n\n", text)
    return text.strip()


def content_hash(text: str) -> str:
    """SHA-256 (hex) of the normalised text: the same article read twice gets the same hash."""
    return hashlib.sha256(normalise_text(text).encode("utf-8")).hexdigest()


#: A photo credit or caption saved with the article ("Photo : VNA", "Ảnh 1", "(Photo: AKP)") is no headline.
_CAPTION = re.compile(r"^\(?\s*(?:photo|ảnh|image|crédit|credit)\b", re.IGNORECASE)


def guess_title(text: str) -> str | None:
    """The first non-empty line that is not a photo caption, when it reads as a headline: short, no final period."""
    for line in text.splitlines():
        line = line.strip()
        if line and not _CAPTION.match(line):
            return line if len(line) <= MAX_TITLE_CHARS and not line.endswith(".") else None
    return None
