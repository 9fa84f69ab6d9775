"""suivi.participants.v1: named people who took part, with their office as written, country and function."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from suivi.extract.context import DocContext, Sentence
from suivi.extract.cues import cue, load_cues
from suivi.extract.engagements.mentions import Mention
from suivi.extract.names import fold_name, names_match
from suivi.extract.registry import extractors
from suivi.record import DocumentRecord, Participant
from suivi.vocab import EngagementKind, Function

NAME, VERSION = "suivi.participants", "v1"
EXTRACTOR = "participants"
_NAME_AFTER_ROLE = re.compile(r"[A-ZÀ-ÝĐƠƯ][\w'’-]*(?:\s+[A-ZÀ-ÝĐƠƯ][\w'’-]*){1,3}")
_ROLE_REACH = 170


@dataclass
class Person:
    """A person found in a sentence: offsets relative to the sentence."""

    start: int
    end: int
    name: str
    role: str | None
    country: str | None


@cache
def _stopwords(lang: str) -> frozenset[str]:
    return frozenset(load_cues(EXTRACTOR, lang)["not_name_words"])


def _plausible_name(name: str, sent: Sentence, start: int, lang: str) -> bool:
    tokens = name.split()
    if len(tokens) < 2 or any(t.strip(",.") in _stopwords(lang) for t in tokens):
        return False
    if not all(t[0].isupper() for t in tokens):
        return False
    end = start + len(name)
    return not any(c.start < end and start < c.end for c in sent.countries)


def _clean(name: str, lang: str) -> str:
    name = cue(EXTRACTOR, lang, "honorific").sub("", name.strip())
    return re.sub(r"[\s,.;:()\-–]+$", "", name)


def find_people(sent: Sentence, lang: str) -> list[Person]:
    """NER persons plus capitalised names right after an office title ("secrétaire d'État ..., Ung Rachana")."""
    spans: dict[int, tuple[int, str]] = {}
    for start, end, text in sent.persons:
        name = _clean(text, lang)
        offset = sent.text.find(name, start)
        if _plausible_name(name, sent, max(offset, start), lang):
            spans[max(offset, start)] = (max(offset, start) + len(name), name)
    for role in cue(EXTRACTOR, lang, "role").finditer(sent.text):
        for m in _NAME_AFTER_ROLE.finditer(sent.text, role.end(), role.end() + _ROLE_REACH):
            name = _clean(m.group(0), lang)
            if _plausible_name(name, sent, m.start(), lang) and not any(
                s <= m.start() < e for s, (e, _) in spans.items()
            ):
                spans[m.start()] = (m.start() + len(name), name)
                break
    return [_person(sent, s, e, n, lang) for s, (e, n) in sorted(spans.items())]


def _person(sent: Sentence, start: int, end: int, name: str, lang: str) -> Person:
    role, span = _role_of(sent, start, end, lang)
    countries = [c.code for c in sent.countries if span[0] <= c.start < span[1] and c.via != "org"]
    return Person(start, end, name, role, countries[0] if countries else None)


def _role_of(sent: Sentence, start: int, end: int, lang: str) -> tuple[str | None, tuple[int, int]]:
    """The office written just before the name, or after it between commas."""
    text = sent.text
    before = text[max(0, start - _ROLE_REACH) : start]
    roles = list(cue(EXTRACTOR, lang, "role").finditer(before))
    if roles and not re.search(r"[;:!?]|\.\s|\bet (?:le|la|l'|son|sa)\s", before[roles[-1].end() :]):
        first = _role_start(roles, before)
        return before[first:].strip(" ,") or None, (max(0, start - _ROLE_REACH) + first, start)
    after = re.match(r",\s*([^,;.()]{3,160})", text[end:])
    if after and cue(EXTRACTOR, lang, "role").match(re.sub(r"^(?:le|la|l'|the)\s+", "", after.group(1))):
        return after.group(1).strip(), (end, end + after.end())
    return None, (start, end)


def _role_start(roles: list[re.Match[str]], before: str) -> int:
    """Where the office phrase begins: the first title of the chain that runs up to the name."""
    first = roles[-1].start()
    for prev in reversed(roles[:-1]):
        between = before[prev.end() : first]
        if len(between) > 90 or re.search(r"[;:.!?]|,\s*(?:et\s+)?(?:le|la|l')\s", between):
            break
        first = prev.start()
    return first


def _function(person: Person, sent: Sentence, mention: Mention | None, lang: str) -> Function:
    text = sent.text
    if cue(EXTRACTOR, lang, "cochair").search(text):
        return Function.CO_CHAIR
    led = cue(EXTRACTOR, lang, "led_by").search(text)
    if led and led.end() <= person.start <= led.end() + _ROLE_REACH:
        return Function.HEAD_OF_DELEGATION
    for key, first in (("passive_reception", Function.GUEST), ("reception_verb", Function.HOST)):
        verb = cue(EXTRACTOR, lang, key).search(text)
        if verb:
            other = Function.HOST if first is Function.GUEST else Function.GUEST
            return first if person.start < verb.start() else other
    if mention is not None and mention.kind is EngagementKind.VISIT:
        return Function.HEAD_OF_DELEGATION
    return Function.PARTICIPANT


def _assign_countries(people: list[Person], ctx: DocContext) -> None:
    """People whose office names no country represent the dyad member nobody else in the sentence does."""
    taken = {p.country for p in people if p.country}
    free = [c for c in ctx.dyad if c not in taken] or ctx.dyad[:1]
    for p in people:
        if p.country is None and free:
            p.country = free[0] if len(free) == 1 or len(people) == 1 else free.pop(0)


def _mention_in(sent: Sentence, heads: list[Mention]) -> tuple[int, Mention] | None:
    for i, head in enumerate(heads):
        if any(m.sentence is sent for m in (head, *head.merged)):
            return i, head
    return None


@extractors.register(f"{NAME}.{VERSION}")
def extract_participants(ctx: DocContext, record: DocumentRecord) -> None:
    """Attach people to the engagement named in their sentence, else to the document's main engagement."""
    if not record.engagements:
        return
    heads: list[Mention] = ctx.data.get("engagement_mentions", [])
    known: dict[str, str | None] = {}
    for sent in ctx.sentences:
        if cue(EXTRACTOR, ctx.lang, "mention_only").search(sent.text):
            continue
        found = _mention_in(sent, heads)
        people = [p for p in find_people(sent, ctx.lang) if found or p.role]
        for p in people:
            p.country = p.country or next((c for n, c in known.items() if names_match(n, p.name)), None)
        _assign_countries(people, ctx)
        index, mention = found if found else (0, None)
        engagement = record.engagements[min(index, len(record.engagements) - 1)]
        for p in people:
            known.setdefault(p.name, p.country)
            if any(names_match(q.name, p.name) for q in engagement.participants):
                continue
            engagement.participants.append(
                Participant(name=p.name, country=p.country, role=p.role, function=_function(p, sent, mention, ctx.lang))
            )
