"""Actors: one person across spellings, diacritics and honorifics, with the roles they held over time."""

from __future__ import annotations

import json
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache
from importlib import resources

from rapidfuzz import fuzz

from suivi.extract.names import clean_role
from suivi.link.keys import fold, slug
from suivi.link.results import Actor, Tenure
from suivi.record import DocumentRecord

#: Two spellings of one given name or surname ("Matsudi" / "Marsudi") are at least this alike.
TOKEN_SIMILARITY = 80.0
#: ... and the whole names, words sorted, at least this alike.
NAME_SIMILARITY = 90.0


@dataclass(frozen=True)
class PersonMention:
    """A participant as one document names them."""

    name: str
    tokens: tuple[str, ...]
    country: str | None
    role: str | None
    doc_id: str
    seen: str | None  # the engagement's date, else the publication date


@dataclass
class _Person:
    """Mentions believed to be one person."""

    country: str | None
    tokens: frozenset[str]
    mentions: list[PersonMention] = field(default_factory=list)


@cache
def _honorifics() -> tuple[tuple[str, ...], ...]:
    text = resources.files("suivi.link").joinpath("data/people.json").read_text(encoding="utf-8")
    phrases = [tuple(p.split()) for p in json.loads(text)["honorifics"]]
    return tuple(sorted(phrases, key=len, reverse=True))


def name_tokens(name: str) -> tuple[str, ...]:
    """Folded words of a name without leading honorifics ("Samdech Techo Hun Sen" -> ("hun", "sen"))."""
    tokens = tuple(fold(name).split())
    stripped = True
    while stripped and len(tokens) > 1:
        stripped = False
        for phrase in _honorifics():
            if len(tokens) > len(phrase) and tokens[: len(phrase)] == phrase:
                tokens, stripped = tokens[len(phrase) :], True
                break
    return tokens


def same_person(a: frozenset[str], b: frozenset[str]) -> bool:
    """Full names of one person: same words, one containing the other (two words or more), or one word
    spelt differently. A shared family name alone never makes two people one ("Nguyen Quoc Dung")."""
    if a == b:
        return True
    if a < b or b < a:
        return min(len(a), len(b)) >= 2
    if len(a) != len(b) or len(a & b) != len(a) - 1 or len(a) < 2:
        return False
    (left,), (right,) = a - b, b - a
    if fuzz.ratio(left, right) < TOKEN_SIMILARITY:
        return False
    return fuzz.token_sort_ratio(" ".join(sorted(a)), " ".join(sorted(b))) >= NAME_SIMILARITY


def person_mentions(records: Iterable[DocumentRecord]) -> list[PersonMention]:
    """Every named participant of every engagement."""
    found = []
    for record in records:
        for engagement in record.engagements:
            seen = engagement.date.value if engagement.date else record.published
            for participant in engagement.participants:
                tokens = name_tokens(participant.name)
                if tokens:
                    found.append(
                        PersonMention(
                            name=participant.name.strip(),
                            tokens=tokens,
                            country=participant.country.upper() if participant.country else None,
                            role=clean_role(participant.role, strict=False),  # records of older versions kept fragments
                            doc_id=record.doc_id,
                            seen=seen,
                        )
                    )
    return found


class _Registry:
    """People found so far, indexed by word so that a name is compared with few others."""

    def __init__(self) -> None:
        self.people: list[_Person] = []
        self._by_token: dict[str, list[_Person]] = defaultdict(list)

    def candidates(self, tokens: frozenset[str], country: str | None) -> list[_Person]:
        seen: dict[int, _Person] = {}
        for token in sorted(tokens):
            for person in self._by_token.get(token, []):
                if country is None or person.country in (None, country):
                    seen[id(person)] = person
        # Spelling variants share all but one word, so a full name always meets its variants here.
        return list(seen.values())

    def add(self, mention: PersonMention) -> _Person:
        tokens = frozenset(mention.tokens)
        person = _Person(mention.country, tokens)
        self.people.append(person)
        for token in tokens:
            self._by_token[token].append(person)
        return person


def _place(registry: _Registry, group: list[PersonMention]) -> _Person:
    """The person a group of identical names belongs to; a new one when none or several fit."""
    first = group[0]
    tokens = frozenset(first.tokens)
    candidates = registry.candidates(tokens, first.country)
    if len(tokens) >= 2:
        fits = [p for p in candidates if same_person(tokens, p.tokens)]
    else:
        fits = [p for p in candidates if tokens <= p.tokens]
        docs = {m.doc_id for m in group}
        in_same_doc = [p for p in fits if docs & {m.doc_id for m in p.mentions}]
        fits = in_same_doc or fits  # "Mr Son" is the Son the same article names in full
    if len(fits) == 1:
        return fits[0]
    return registry.add(first)


def _forms(mentions: list[PersonMention]) -> list[list[PersonMention]]:
    """Mentions with the same folded name and country, fullest and most frequent names first."""
    forms: dict[tuple[str, tuple[str, ...]], list[PersonMention]] = defaultdict(list)
    for mention in mentions:
        forms[mention.country or "", mention.tokens].append(mention)
    return sorted(forms.values(), key=lambda g: (-len(g[0].tokens), g[0].country is None, -len(g), g[0].tokens))


def group_people(mentions: list[PersonMention]) -> list[list[PersonMention]]:
    """Mentions grouped into people, deterministically."""
    registry = _Registry()
    for group in _forms(mentions):
        person = _place(registry, group)
        person.mentions.extend(group)
        if person.country is None:
            person.country = group[0].country
    return [p.mentions for p in registry.people]


def _display_name(mentions: list[PersonMention]) -> str:
    """The fullest spelling, with diacritics when some source kept them."""
    counts = Counter(m.name for m in mentions)

    def accents(name: str) -> int:
        return sum(1 for c in unicodedata.normalize("NFD", name) if unicodedata.combining(c))

    return max(counts, key=lambda n: (len(name_tokens(n)), accents(n), counts[n], n))


def tenures(mentions: list[PersonMention]) -> list[Tenure]:
    """The roles the person was seen in, each with its first and last sighting, in time order."""
    by_role: dict[str, list[PersonMention]] = defaultdict(list)
    for mention in mentions:
        if mention.role:
            by_role[fold(mention.role)].append(mention)
    result = []
    for group in by_role.values():
        dates = sorted(m.seen for m in group if m.seen)
        role = Counter(m.role for m in group if m.role).most_common(1)[0][0]
        result.append(
            Tenure(
                role=role,
                first_seen=dates[0] if dates else None,
                last_seen=dates[-1] if dates else None,
                sources=sorted({m.doc_id for m in group}),
            )
        )
    return sorted(result, key=lambda t: (t.first_seen or "9999", t.role))


def build_actors(records: Iterable[DocumentRecord]) -> list[Actor]:
    """Every person named as a participant in the records, one Actor each."""
    actors = []
    for group in group_people(person_mentions(records)):
        name = _display_name(group)
        countries = Counter(m.country for m in group if m.country)
        country = countries.most_common(1)[0][0] if countries else None
        actors.append(
            Actor(
                key=f"{(country or 'xx').lower()}-{slug(' '.join(name_tokens(name)))}",
                name=name,
                country=country,
                variants=sorted({m.name for m in group}),
                tenures=tenures(group),
                mentions=len(group),
                sources=sorted({m.doc_id for m in group}),
            )
        )
    return sorted(actors, key=lambda a: a.key)


def match_actors(actors: Iterable[Actor], query: str) -> list[Actor]:
    """Actors whose names fit `query` ("Bui Thanh Son", "Sơn", "Mr Son"), best first."""
    wanted = frozenset(name_tokens(query))
    if not wanted:
        return []
    scored = []
    for actor in actors:
        best = 0.0
        for variant in actor.variants:
            tokens = frozenset(name_tokens(variant))
            if wanted <= tokens or same_person(wanted, tokens):
                best = max(best, 100.0 if wanted == tokens else 90.0)
            else:
                best = max(best, fuzz.token_sort_ratio(" ".join(sorted(wanted)), " ".join(sorted(tokens))))
        if best >= NAME_SIMILARITY:
            scored.append((-best, -actor.mentions, actor.key, actor))
    return [item[-1] for item in sorted(scored, key=lambda item: item[:3])]
