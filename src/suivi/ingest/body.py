"""The article's body in a saved text: page furniture around it (captions, link lists, bylines, the
headlines and leads of other stories after the agency signature) is marked so extraction skips it.

Saved web pages get their body from trafilatura; plain-text files carry whatever the copy took from
the page. The marking is a pure function of the text, so re-extracting a stored document marks the
same lines. Masking replaces every character of a non-body line by a space: offsets into the text
(evidence, provenance) stay valid and the lines simply read as blank.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

#: A line that credits or describes a photo: "(Photo: VNA)", "Photo : X/VNA", "Ảnh 1", "... at the meeting |".
_CAPTION = re.compile(
    r"^\W*(?:photo|ảnh|crédit photo|photo credit|illustration)\b|\((?:photo|ảnh|image|source)\s*:[^)]*\)"
    r"|\bphoto\s*:[^.()]{0,40}$|\bảnh \d|\|\s*$|^\s*\|",
    re.IGNORECASE,
)
#: Where a person stands in a photo, in parentheses after their name: "(à gauche)", "(2e à droite)", "(left)",
#: "(second from right)", "(au centre)". Every word of the parenthesis must be one of these, and one of
#: them a side, so that "(left-wing)" or "(Centre for ...)" are not positions.
_SIDES = frozenset(["gauche", "droite", "centre", "milieu", "left", "right", "center", "middle"])
_POSITION_WORDS = _SIDES | frozenset([
    "à", "a", "au", "de", "du", "en", "l'", "the", "on", "at", "far", "extreme", "from", "to", "and", "et",
    "row", "rang", "front", "back", "first", "second", "third", "fourth", "1st", "2nd", "3rd", "4th", "1er",
    "2e", "3e", "4e", "premier", "première", "deuxième", "troisième", "standing", "seated", "sitting", "debout",
    "assis",
])  # fmt: skip
_PARENTHESIS = re.compile(r"\(([^()]{1,40})\)")
#: A caption names people with their positions in a sentence or two; a paragraph that mentions one is longer.
_POSITION_CAPTION_WORDS = 45
#: Where a caption glued to the next paragraph ends: after its parenthesised photo credit.
_CREDIT_END = re.compile(r"\((?:photo|ảnh|image|source)\s*:[^)]*\)", re.IGNORECASE)
#: A glued paragraph is body again when this many words follow the credit.
_GLUED_WORDS = 8
#: A link, a "see also" or "read more" pointer, a share bar or a source line with an address.
_LINK = re.compile(
    r"https?://|\bwww\.|\.html?\b|\blmth\.|^\W*(?:xem thêm|tin liên quan|voir aussi|lire aussi|lire la suite|"
    r"à lire aussi|read more|see also|related(?: articles?| news| stories)?\b|more news|other news|tags?\s*:|"
    r"mots[- ]clés\s*:|partager|share\b|source\s*:)",
    re.IGNORECASE,
)
#: A byline or an agency credit alone on its line: "Par Jean Dupont", "By Mai Anh", "VNA/CVN", "Phuong Mai/CVN".
_BYLINE = re.compile(r"^\W*(?:par|by|de notre envoyée? spéciale?)\s+\S+(?:\s+\S+){0,3}\W*$", re.IGNORECASE)
_AGENCIES = r"VNA|CVN|VNS|VOV|VOVWORLD|AKP|KPL|AFP|AP|XINHUA|MAP|APS|ANP|TAP|Reuters|Bernama|Antara|Kyodo"
_SIGNATURE = re.compile(rf"^\W*(?:[^\W\d_][\w.' -]{{0,40}}/)?\(?(?:{_AGENCIES})(?:/(?:{_AGENCIES}))*\)?\W*$")
#: Letters only Vietnamese spelling uses: a line mostly of such words is page furniture of a
#: Vietnamese site inside a French or English article ("Mời quý độc giả theo dõi ...").
_VIETNAMESE = re.compile(r"[ãõĩũýơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]", re.IGNORECASE)
_FINAL = re.compile(r"[.!?:;»\"”…)]\s*$")
#: A headline is short; a teaser is a headline with at most this many lines after it to the end.
_HEADLINE_WORDS = (3, 18)
_TEASER_LINES = 2
#: ... and no more than this share of the text after it.
_TEASER_SHARE = 0.35


@dataclass(frozen=True)
class Line:
    """One line of the text with its offsets and whether it belongs to the article's body."""

    start: int
    end: int
    text: str
    body: bool
    reason: str = ""


def _places_people(text: str) -> bool:
    """True for a short line that says where people stand in a photo ("Le ministre X (à gauche) et ...")."""
    if len(text.split()) > _POSITION_CAPTION_WORDS:
        return False
    for match in _PARENTHESIS.finditer(text):
        words = re.findall(r"[^\W_]+'?", match.group(1).lower())
        if words and set(words) <= _POSITION_WORDS and set(words) & _SIDES:
            return True
    return False


def _furniture(text: str) -> str:
    """Why a single line is not body ("caption", "link", "byline", "foreign"), "" when it may be."""
    stripped = text.strip()
    if _CAPTION.search(stripped) or _places_people(stripped):
        return "caption"
    if _LINK.search(stripped):
        return "link"
    if _BYLINE.match(stripped):
        return "byline"
    words = stripped.split()
    if len(words) >= 4 and sum(bool(_VIETNAMESE.search(w)) for w in words) * 2 > len(words):
        return "foreign"
    return ""


def _unglue(start: int, text: str) -> list[tuple[int, int, str]]:
    """A caption and the paragraph pasted after it on one line ("... (Photo: VNA)Hanoi (VNA) - ...")
    as two pieces, so that the paragraph stays body."""
    match = _CREDIT_END.search(text)
    if match and len(text[match.end() :].split()) >= _GLUED_WORDS:
        cut = match.end()
        return [(start, start + cut, text[:cut]), (start + cut, start + len(text), text[cut:])]
    return [(start, start + len(text), text)]


def _headline(text: str) -> bool:
    """Short, capitalised and without final punctuation: reads as a title or subheading, not a sentence."""
    stripped = text.strip()
    short = len(stripped.split()) <= _HEADLINE_WORDS[1]
    return bool(stripped) and stripped[0].isupper() and short and not _FINAL.search(stripped)


def mark_lines(text: str) -> list[Line]:
    """Every non-empty line of the text, marked body or not with the reason."""
    found = [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^\n]+", text)]
    lines = [part for s, e, t in found if t.strip() for part in _unglue(s, t)]
    marks = [_furniture(t) for _, _, t in lines]
    end = _article_end(lines, len(text))
    return [
        Line(s, e, t, body=not reason and index < end, reason=reason or ("after the article" if index >= end else ""))
        for index, ((s, e, t), reason) in enumerate(zip(lines, marks, strict=True))
    ]


def _article_end(lines: list[tuple[int, int, str]], size: int) -> int:
    """Index of the first line after the article: an agency signature, or another story's headline
    with its lead near the end of the text."""
    for index, (_, _, line) in enumerate(lines):
        if index > 0 and _SIGNATURE.match(line.strip()):
            return index
    last = len(lines) - 1
    titles = [i for i, (_, _, line) in enumerate(lines) if 3 <= i < last and _headline(line) and not _furniture(line)]
    if len(titles) != 1 or len(lines[titles[0]][2].split()) < _HEADLINE_WORDS[0]:
        return len(lines)  # none, or subheadings that divide the article itself
    index = titles[0]
    start, after = lines[index][0], len(lines) - index - 1
    if 0 < after <= _TEASER_LINES and size - start < _TEASER_SHARE * size:
        return index
    return len(lines)


def body_text(text: str) -> str:
    """The text with every non-body line blanked (same length, same offsets, newlines kept)."""
    chars = list(text)
    for line in mark_lines(text):
        if not line.body:
            chars[line.start : line.end] = " " * (line.end - line.start)
    return "".join(chars)
