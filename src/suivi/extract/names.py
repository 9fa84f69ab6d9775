"""Person-name folding and matching: "Bùi Thanh Sơn" = "Bui Thanh Son"; a surname matches its full name."""

from __future__ import annotations

import re
from functools import cache

from suivi.extract.cues import load_cues, word_alternation
from suivi.folding import strip_accents
from suivi.lang import languages


def fold_name(text: str) -> str:
    """Lower-case, accents dropped (NFKD + combining marks; đ has no decomposition), punctuation to spaces."""
    return " ".join(re.sub(r"[^\w\s]", " ", strip_accents(text).lower()).split())


def names_match(a: str, b: str) -> bool:
    """True when the folded tokens of one name contain the other's ("Son" within "Bui Thanh Son")."""
    ta, tb = set(fold_name(a).split()), set(fold_name(b).split())
    return bool(ta and tb) and (ta <= tb or tb <= ta)


#: Where an office ends and the sentence goes on: a finite verb, a clause, or a second person announced
#: ("a eu le 24 juin une séance avec", "and held talks with", "et Mme", "ainsi que par"). Both languages:
#: stored roles do not say which language they were written in.
_ROLE_BREAK = re.compile(
    r"[;:!?]|\.\s|,\s*(?:qui|who|which|a |ont |has |have |had |is |was |were )|"
    r"\b(?:a|ont|est|sont|était|étaient|avait|avaient|sera|seront|s['’]est|se sont|aura|"
    r"accueilli[es]*|reçu[es]*|rencontré[es]*|effectué[es]*|coprésidé[es]*|co-présidé[es]*|présidé[es]*|"
    r"is|are|was|were|has|have|had|will|would|met|meets|held|holds|paid|pays|received|receives|told|said|"
    r"says|hosted|hosts|welcomed|visited|visits|attended|co-chaired|chaired|signed|arrived|arrives|"
    r"ainsi que|as well as|along with|aux côtés de|(?:courtesy )?calls? on|talks with|meeting with|"
    r"entretiens? avec|séance de travail avec|rencontre avec|"
    r"et (?:M\.|Mme|Mlle|le|la|l['’]|son|sa|ses|leur)|and (?:Mr\.?|Mrs\.?|Ms\.?|Dr\.?|the|his|her|their))(?=\s|$)",
    re.IGNORECASE,
)
#: The lists of the participants lexicon that hold words relating a person to another ("son homologue").
_RELATION_LISTS = ("counterpart_words", "host_words", "guest_words")
#: Words found in offices, in either language: a piece of text without one is no office ("Japanese").
_TITLE_WORD = re.compile(
    r"minist|pr[ée]sid|secr[ée]t|ambassad|chancel|king|queen|\broi\b|reine|prince|emperor|empereur|sultan|"
    r"[ée]mir|\bamir\b|governor|gouvern|direct|chair|speaker|consul|charg[ée]|spokes|porte-parole|premier|\bpm\b|"
    r"\bfm\b|chef|head|chief|leader|dirigeant|deputy|d[ée]put|vice|envoy|envoy[ée]|[ée]missaire|conseill|"
    r"advis|senat|s[ée]nat|general|g[ée]n[ée]ral|admiral|amiral|colonel|command|mayor|maire|official|"
    r"responsable|d[ée]l[ée]gu|delegat|represent|repr[ée]sent|mayor|officer|secretary",
    re.IGNORECASE,
)
#: Words that say whose, not what ("his", "son", "the", "le"), left over once relational words are gone.
_FILLER = re.compile(
    r"^(?:(?:his|her|its|their|the|a|an|le|la|les|un|une|son|sa|ses|leur|leurs|du|de|des|"
    r"et|and|par|by|with|avec|on|to|à)(?:\s+|$)|[ld]['’]\s*)+|(?:\s+(?:et|and|de|du|des|d['’]|la|le|l['’]|of|the|with|avec|par|by|"
    r"M\.|Mme|Mlle|Mr\.?|Mrs\.?|Ms\.?))+$",
    re.IGNORECASE,
)


@cache
def _relational() -> re.Pattern[str]:
    """Words that relate a person to another instead of naming their office ("his Japanese counterpart"), in
    every language's participants lexicon: stored roles do not say which language they were written in."""
    words = [w for lang in languages() for key in _RELATION_LISTS for w in load_cues("participants", lang)[key]]
    return re.compile(rf"\b(?:{word_alternation(words)})\b", re.IGNORECASE)


def _segments(role: str) -> list[str]:
    """The pieces of `role` between verb fragments and clause breaks, without filler at their edges."""
    pieces = [_FILLER.sub("", p.strip(" ,–-")).strip(" ,–-") for p in _ROLE_BREAK.split(role)]
    return [p for p in pieces if p]


def clean_role(role: str | None, *, nearest: str = "last", strict: bool = True) -> str | None:
    """An office as written, cut of verb fragments and relational words; None when nothing of an office is left.

    `nearest` tells which piece is the office when the text ran on: "last" for a title written before the
    name ("… a reçu le Premier ministre lao"), "first" for one written after it ("X, vice-ministre, a dit …").
    A piece that names no office ("son homologue française", "his Japanese counterpart") is dropped. With
    `strict` False (roles stored by others), a role without any title word is kept as it is unless relational.
    """
    if not role:
        return None
    pieces = _segments(role)
    if nearest == "last":
        pieces = pieces[::-1]
    for piece in pieces:
        office = " ".join(_FILLER.sub("", _relational().sub(" ", piece)).strip(" ,").split())
        if _TITLE_WORD.search(office):
            return office
    if not strict and not _relational().search(role):
        return role  # nothing recognisably an office or a fragment of one: left as stored
    return None


def runs_on(text: str) -> bool:
    """True when `text` holds a verb fragment or clause break, so an office before it does not reach past it."""
    return _ROLE_BREAK.search(text) is not None
