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


#: A photo credit or caption saved with the article ("Photo : VNA", "Ảnh 1", "(Photo: AKP)", "Source: AKP")
#: is no headline; nor a caption ending with its credit ("At the talks (Photo: VNA)", "... Photo : VNA");
#: nor one placing people in the picture ("Le ministre X (droite) et ...", "Mr X (L) and ...").
_CAPTION = re.compile(r"^\(?\s*(?:photo|ảnh|image|crédit|credit|source)\b", re.IGNORECASE)
_CREDIT = re.compile(r"(?:^|[(.|,–—-])\s*(?:photo|ảnh|source|crédit|credit)\s*:[^()]*\)?\s*$", re.IGNORECASE)
_IN_PICTURE = re.compile(
    r"\((?:à |a )?(?:droite|gauche|au centre|centre|de gauche à droite|l|r|left|right|center|from left)\)",
    re.IGNORECASE,
)
#: A dateline or a time stamp alone on its line is no headline either ("HANOI, May 28 -", "Hanoi (VNA) –",
#: "Phnom Penh, 9 septembre (AKP) -", "11:07, 29/07/2014").
_DATELINE = re.compile(
    r"^(?:[^\W\d][\w .'’-]*,\s*(?:[^\W\d]+\.? \d{1,2}|\d{1,2} [^\W\d]+)(?:\s*\([A-Z]{2,}\))?"
    r"|[^\W\d][\w .'’-]*\([A-Z]{2,}\))\s*[-–—]?\s*$"
    r"|^[\d\s:/.,-]+$"
)


def is_caption_or_dateline(line: str) -> bool:
    """Whether a line is a photo caption or credit, or a dateline or time stamp: never an article's title."""
    line = line.strip()
    return bool(_CAPTION.match(line) or _CREDIT.search(line) or _IN_PICTURE.search(line) or _DATELINE.match(line))


def guess_title(text: str) -> str | None:
    """The first non-empty line that is not a photo caption or a dateline, when it reads as a headline: short,
    no final period."""
    for line in text.splitlines():
        line = line.strip()
        if any(c.isalpha() for c in line) and not is_caption_or_dateline(line):  # "|", "***": page furniture
            return line if len(line) <= MAX_TITLE_CHARS and not line.endswith(".") else None
    return None
