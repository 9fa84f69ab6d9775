"""The people a sentence names: NER persons and names beside an office title, with their office as written,
the country that office or the sentence gives them, and where they travel to."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from suivi.extract.context import Sentence
from suivi.extract.cues import cue, load_cues
from suivi.extract.names import clean_role, runs_on
from suivi.extract.participants.home import EXTRACTOR

#: Particles inside names ("Jean-Yves Le Drian", "Ahmed ould Salem", "Ursula von der Leyen").
_PARTICLES = frozenset(
    {"le", "la", "de", "du", "des", "der", "den", "van", "von", "ould", "ben", "bin", "al", "el", "da", "dos"}
)
_NAME_AFTER_ROLE = re.compile(
    r"[A-ZÀ-ÝĐƠƯ][\w'’-]*(?:\s+(?:(?:de|du|der|van|von|ould|ben|bin|al|el|da|dos)\s+){0,2}[A-ZÀ-ÝĐƠƯ][\w'’-]*){1,5}"
)
_NAME_BEFORE_ROLE = re.compile(
    rf"(?P<name>{_NAME_AFTER_ROLE.pattern}),\s*(?:(?:le|la|l['’]|the|a|an)\s+)?(?:[\w'’-]+\s+){{0,2}}$"
)
#: Surnames written like an article ("Le Hoai Trung"): a name's first word when two more name words follow.
_ARTICLE_SURNAMES = frozenset({"Le", "La"})
#: Words a name holds at most ("Samdech Krolahom Sar Kheng").
_NAME_WORDS = 4
#: How far before a name its office may begin, and after a "led by" its head of delegation may stand.
ROLE_REACH = 170
#: How far after a name its travel verb may stand ("X will lead a delegation of senior officials on a visit to").
_TRAVEL_REACH = 100
#: What links a trip to its traveller: "la visite au Laos du président X", "the visit by President X".
_TRIP_BY = r"(?:du|de la|de l['’]|des|de|d['’]|by(?: the)?|of(?: the)?)"
#: What makes a country's name its office holder's: "Nepal's Foreign Minister".
_POSSESSIVE = re.compile(r"['’]s?\s+")


@dataclass
class Person:
    """A person found in a sentence: offsets relative to the sentence."""

    start: int
    end: int
    name: str
    role: str | None  # the office as written, cleaned of verb fragments and relational words
    country: str | None
    titled: bool = False  # an office or a relational title ("his counterpart") was written beside the name
    away: str | None = None  # a country the person travels to, hence not theirs ("arrive au Laos")
    lead: int = -1  # where the person's mention begins: their office when written before the name, else the name


def _bare(token: str) -> str:
    """A word without the punctuation and possessive around it ("Committee’s" -> "Committee")."""
    return re.sub(r"['’]s$", "", token.strip(",."))


@cache
def _stopwords(lang: str) -> frozenset[str]:
    return frozenset(load_cues(EXTRACTOR, lang)["not_name_words"])


def _plausible_name(name: str, sent: Sentence, start: int, lang: str, titled: bool = False) -> bool:
    """Capitalised words that are no title words, no country, and no place unless an office introduces them
    ("le roi du Cambodge, Norodom Sihamoni" names a person whatever NER tagged it; a city inside a titled
    name is part of it: "l'ambassadeur Ana Belo Horizonte")."""
    tokens = name.split()
    inner = [t for t in tokens[1:] if t.lower() not in _PARTICLES]
    if len(tokens) < 2 or _title_word(tokens, lang) or any(_bare(t) in _stopwords(lang) for t in inner):
        return False
    if not all(t[0].isupper() for t in [tokens[0], *inner]) or not tokens[-1][0].isupper():
        return False
    end = start + len(name)
    placed = sum(
        min(e, end) - max(s, start) for s, e, _ in sent.places if s < end and start < e and not _is_country_at(sent, s)
    )
    if placed * 2 >= end - start and not titled:
        return False  # mostly a place ("Nong Khai"); a stray tag on part of a name ("von der Leyen") is not
    if re.search(r"(?:^|\s)(?:à|au|aux|en|in|at|to|from|vers)\s$", sent.text[max(0, start - 5) : start]):
        return False  # "lors d'une visite à Nong Khai": a place, not a person
    inside = [c for c in sent.countries if c.start < end and start < c.end]
    return not any(c.via != "city" or not titled or (c.start <= start and end <= c.end) for c in inside)


def unglued(name: str, lang: str) -> str:
    """A name whose words lost their space in the page ("Nguyen QuocDung", "AffairsNguyen Quoc Dung"), split
    where a lower-case letter meets a capital, title words it swallowed dropped."""
    words = re.sub(r"(?<=[a-zà-ỹđ]{2})(?=[A-ZÀ-ÝĐƠƯ][a-zà-ỹđ]{2})", " ", name).split()
    while len(words) > 2 and _title_word(words, lang):
        words.pop(0)
    return " ".join(words)


def _clean(name: str, lang: str) -> str:
    name = cue(EXTRACTOR, lang, "honorific").sub("", name.strip())
    return re.sub(r"[\s,.;:()\-–]+$", "", name)


def find_people(sent: Sentence, lang: str) -> list[Person]:
    """NER persons plus capitalised names right after an office title ("secrétaire d'État ..., Ung Rachana")."""
    spans: dict[int, tuple[int, str]] = {}
    for start, _end, text in _joined_persons(sent):
        name = _clean(text, lang)
        offset = max(sent.text.find(name, start), start)
        if _plausible_name(name, sent, offset, lang):
            spans[offset] = (offset + len(name), name)
    for role in cue(EXTRACTOR, lang, "role").finditer(sent.text):
        after = _name_after(sent, role.end(), lang) or _surname_after(sent, role.end(), lang)
        for found in (after, _name_before(sent, role.start(), lang)):
            if found and found[0] in spans and spans[found[0]][0] < found[0] + len(found[1]):
                del spans[
                    found[0]
                ]  # NER cut the name the title introduces short ("Julius Maada" of "Julius Maada Bio")
            if found and not any(s <= found[0] < e for s, (e, _) in spans.items()):
                end = found[0] + len(found[1])
                for inside in [s for s, (e, _) in spans.items() if found[0] < s and e <= end]:
                    del spans[inside]  # NER kept part of the name the title introduces ("Hung Viet" of "Do Hung Viet")
                spans[found[0]] = (end, found[1])
    ordered = sorted(spans.items())
    people = []
    for i, (s, (e, n)) in enumerate(ordered):
        previous = ordered[i - 1][1][0] if i else None
        following = ordered[i + 1][0] if i + 1 < len(ordered) else len(sent.text)
        people.append(_person(sent, s, e, n, lang, (previous, following)))
    return people


def _joined_persons(sent: Sentence) -> list[tuple[int, int, str]]:
    """NER persons, two written side by side with only a space between read as one ("Mohamed Salem" + "Ould
    Merzouk", "Amir Sheikh" + "Tamim bin Hamad Al Thani": the honorific is cleaned off afterwards)."""
    out: list[tuple[int, int, str]] = []
    for start, end, text in sorted(sent.persons):
        if out and out[-1][1] < start and not sent.text[out[-1][1] : start].strip():
            out[-1] = (out[-1][0], end, sent.text[out[-1][0] : end])
        else:
            out.append((start, end, text))
    return out


def _name_after(sent: Sentence, start: int, lang: str) -> tuple[int, str] | None:
    """The first run of capitalised words after an office title, without its leading title words."""
    for m in _NAME_AFTER_ROLE.finditer(sent.text, start, start + ROLE_REACH):
        tokens = m.group(0).split()
        at = m.start()
        while tokens and (_title_word(tokens, lang) or _is_country_at(sent, at)):
            at = sent.text.find(tokens.pop(0), at) + 1
            at = sent.text.find(tokens[0], at) if tokens else at
        tokens = _until_title_word(tokens, sent, at, lang)[:_NAME_WORDS]
        if len(tokens) < 2:
            continue
        name = _clean(" ".join(tokens), lang)
        at = sent.text.find(name, m.start())
        if runs_on(sent.text[start:at]):
            return None  # "le ministre a visité Luang Prabang": the title's clause ended before these words
        if _plausible_name(name, sent, at, lang, titled=True):
            return at, name
    return None


def _name_before(sent: Sentence, role_start: int, lang: str) -> tuple[int, str] | None:
    """ "a reçu Olushegun Adjadi Bakari, ministre", "X, the Kyrgyz president,": a name written right
    before its office, a comma between."""
    m = _NAME_BEFORE_ROLE.search(sent.text, max(0, role_start - 80), role_start)
    if m is None:
        return None
    words = list(re.finditer(r"\S+", m.group("name")))[-_NAME_WORDS:]
    while words and (
        _title_word([w.group(0) for w in words], lang) or _is_country_at(sent, m.start() + words[0].start())
    ):
        words.pop(0)  # "à Cotonou Olushegun Adjadi": the place before the name is no part of it
    name = _clean(" ".join(w.group(0) for w in words), lang)
    at = m.start() + words[0].start() if words else -1
    if len(words) < 2 or not _plausible_name(name, sent, at, lang, titled=True):
        return None
    if any(s == at and e == at + len(name) for s, e, _ in sent.places):
        return None  # "la Maison Blanche, ...": NER tagged exactly these words a place
    return at, name


def _surname_after(sent: Sentence, start: int, lang: str) -> tuple[int, str] | None:
    """A single capitalised word right after a title ("Prime Minister Kishida said"): a person named by surname."""
    m = re.match(r"\s+([A-ZÀ-ÝĐ][a-zà-ỹđ]{2,})(?=[\s,.;:]+[a-zà-ỹ(]|[,.;:]?$)", sent.text[start:])
    if not m or m.group(1) in _stopwords(lang):
        return None
    at = start + m.start(1)
    end = at + len(m.group(1))
    if any(s < end and at < e for s, e, _ in sent.places) or any(c.start < end and at < c.end for c in sent.countries):
        return None
    return at, m.group(1)


def _title_word(tokens: list[str], lang: str) -> bool:
    """The first word is a title word, unless it is a surname written like an article ("Le Minh Khai")."""
    words = _stopwords(lang)
    surname = tokens[0] in _ARTICLE_SURNAMES and len(tokens) >= 3 and not {_bare(t) for t in tokens[1:3]} & words
    return _bare(tokens[0]) in words and not surname


def _until_title_word(tokens: list[str], sent: Sentence, at: int, lang: str) -> list[str]:
    """The name's words up to the first title word or country after it ("Hun Sen Cambodian" -> "Hun Sen")."""
    kept: list[str] = []
    for token in tokens:
        at = sent.text.find(token, at)
        title = _title_word(tokens[len(kept) :], lang) if kept else _title_word(tokens, lang)
        if title or any(c.start <= at < c.end and (c.via != "city" or not kept) for c in sent.countries):
            break  # a city inside the name is part of it ("Ana Belo Horizonte"), one that starts the run is not
        kept.append(token)
        at += len(token)
    return kept


def _is_country_at(sent: Sentence, at: int) -> bool:
    return any(c.start <= at < c.end for c in sent.countries)


def _person(
    sent: Sentence, start: int, end: int, name: str, lang: str, around: tuple[int | None, int] = (None, -1)
) -> Person:
    """The person named at start:end; `around` is where the previous person's name ends and the next begins."""
    role, span = _role_of(sent, start, end, lang, around)
    inside = [c for c in sent.countries if span[0] <= c.start < span[1]]
    # a state named in the office, else an organisation ("secrétaire général de l'ASEAN")
    countries = [c.code for c in inside if c.via != "org"] or [c.code for c in inside]
    country = countries[0] if countries else _delegation_country(sent, span[0], lang)
    country = country or _group_country(sent, min(span[0], start), lang)
    nearest = "last" if span[1] <= start else "first"
    away = None if country else _destination(sent, min(span[0], start), end, lang)
    lead = min(span[0], start)
    titled = role is not None or _titled_before(sent, start, lang)
    return Person(start, end, name, clean_role(role, nearest=nearest), country, titled, away, lead)


def _titled_before(sent: Sentence, start: int, lang: str) -> bool:
    """An office stands before the name in the same clause, even one belonging to a person listed before."""
    before = sent.text[max(0, start - ROLE_REACH) : start]
    roles = list(cue(EXTRACTOR, lang, "role").finditer(before))
    return bool(roles) and not runs_on(before[roles[-1].end() :])


def _group_country(sent: Sentence, start: int, lang: str) -> str | None:
    """ "La délégation japonaise était conduite par X et Y", "the Lao side, led by X": the side's country."""
    text = sent.text
    for c in sorted(sent.countries, key=lambda c: -c.start):
        if c.end > start or c.via != "demonym":
            continue
        marks = cue(EXTRACTOR, lang, "group_before").search(text[max(0, c.start - 30) : c.start]) or cue(
            EXTRACTOR, lang, "group_after"
        ).match(text[c.end : c.end + 30])
        if not marks:
            continue
        between = text[c.end : start]
        if re.search(r"[;.!?](?:\s|$)", between) or not cue(EXTRACTOR, lang, "group_led").search(between):
            return None
        return c.code
    return None


def _destination(sent: Sentence, start: int, end: int, lang: str) -> str | None:
    """The country a person travels to: "X arrive au Laos", "X's visit to Japan", "la visite au Laos du
    président X". The verb follows the name with no other clause between, or the trip is named right before."""
    text, travel = sent.text, cue(EXTRACTOR, lang, "travel")
    after = travel.search(text, end)
    if after and after.start() - end <= _TRAVEL_REACH and not _another_subject(text[end : after.start()], lang):
        return _country_after(sent, after.end())
    trips = list(travel.finditer(text, max(0, start - 80), start))
    if trips:
        country = _country_after(sent, trips[-1].end())
        place = [c for c in sent.countries if c.code == country and trips[-1].end() <= c.start < start]
        if place and re.fullmatch(rf"\s*{_TRIP_BY}\s*", text[place[0].end : start]):
            return country
    return _trip_of(sent, start, end, lang)


def _trip_of(sent: Sentence, start: int, end: int, lang: str) -> str | None:
    """ "la visite de travail du Premier ministre X au Laos", "the visit by President X to Japan": the country
    after the name of a trip named right before it."""
    text = sent.text
    window = max(0, start - 60)
    trips = list(cue(EXTRACTOR, lang, "trip_noun").finditer(text, window, start))
    link = rf"(?:\s+[\w'’-]+){{0,3}}?\s*{_TRIP_BY}\s*"
    if not trips or not re.fullmatch(link, text[trips[-1].end() : start]):
        return None
    to = re.match(r"\s*(?:\([^)]*\)\s*)?(?:au|aux|en|à|in|to)\s+", text[end:])
    if not to:
        return None
    country = _country_after(sent, end + to.end())
    at = [c for c in sent.countries if c.code == country and c.start == end + to.end()]
    return country if at else None


def _another_subject(text: str, lang: str) -> bool:
    """Text between a name and a verb that brings in someone or something else as the verb's subject."""
    joined = re.search(r"[;:]|\b(?:et|and)\s+(?:la|le|les|l['’]|the|his|her|son|sa|ses|its|their)\b", text)
    return joined is not None or _names_someone(text, lang)


def _country_after(sent: Sentence, at: int) -> str | None:
    found = [c for c in sent.countries if at <= c.start <= at + 40 and c.via != "org"]
    return found[0].code if found else None


def _delegation_country(sent: Sentence, role_start: int, lang: str) -> str | None:
    """ "A French delegation led by Secretary of State X": X represents the delegation's country."""
    before = sent.text[max(0, role_start - 60) : role_start]
    led = cue(EXTRACTOR, lang, "led_by").search(before)
    if not led:
        return None
    offset = max(0, role_start - 60)
    near = [c for c in sent.countries if c.via == "demonym" and offset <= c.start < offset + led.start()]
    return near[-1].code if near else None


def _role_of(
    sent: Sentence, start: int, end: int, lang: str, around: tuple[int | None, int] = (None, -1)
) -> tuple[str | None, tuple[int, int]]:
    """The office written just before the name, or after it between commas; its span includes a demonym.

    An office between the previous person's name and a comma, and "et"/"and", is that person's
    ("X, vice-ministre de ..., et Y").
    """
    text = sent.text
    previous, following = around
    offset = max(0, start - ROLE_REACH, previous or 0)  # never over the previous person's name
    before = text[offset:start]
    roles = list(cue(EXTRACTOR, lang, "role").finditer(before))
    first = _role_start(roles, before, lang) if roles else 0
    appositive = (
        previous is not None
        and re.fullmatch(r"\s*,\s*(?:(?:le|la|l['’]|the)\s*)?", text[previous : offset + first])
        and roles
        and re.search(r"\b(?:et|and)\s", before[roles[-1].end() :] + " ")
    )
    if roles and not appositive and not runs_on(before[roles[-1].end() :]):
        return before[first:].strip(" ,") or None, (_with_demonym(sent, offset + first), start)
    limit = following if following > end else len(text)
    after = _office_after(text, end, limit, lang)
    if after is not None:
        span_end = after.end()
        while (more := _office_after(text, span_end, limit, lang)) is not None:
            span_end = more.end()  # "X, Deputy Prime Minister, Minister of Foreign Affairs of the Kingdom of Y"
        return after.group(1).strip(), (end, span_end)
    return None, (start, end)


def _office_after(text: str, at: int, limit: int, lang: str) -> re.Match[str] | None:
    """An office written after a comma at `at` (", vice-ministre des Affaires étrangères", ", permanent deputy
    minister", " en tant que président"), else None."""
    after = cue(EXTRACTOR, lang, "office_after").match(text, at, limit)
    if after and cue(EXTRACTOR, lang, "role").match(cue(EXTRACTOR, lang, "office_lead").sub("", after.group(1))):
        return after
    return None


def _with_demonym(sent: Sentence, role_start: int) -> int:
    """Move the start back over a demonym written right before the title ("Cambodian Deputy Prime Minister"), or
    a country's name in the possessive ("Nepal's Foreign Minister")."""
    for c in sent.countries:
        if c.via == "demonym" and 0 <= role_start - c.end <= 2:
            return c.start
        if c.via != "org" and _POSSESSIVE.fullmatch(sent.text, c.end, role_start):
            return c.start
    return role_start


def _role_start(roles: list[re.Match[str]], before: str, lang: str) -> int:
    """Where the office phrase begins: titles chained by a short link ("vice-Premier ministre et ministre")."""
    first = roles[-1].start()
    for prev in reversed(roles[:-1]):
        between = before[prev.end() : first]
        if len(between) > 40 or re.search(r"[,;:.!?]", between) or runs_on(between) or _names_someone(between, lang):
            break
        first = prev.start()
    return first


def _names_someone(text: str, lang: str) -> bool:
    """Capitalised words that are not title words: another person stands between two titles."""
    words = re.findall(r"\b[A-ZÀ-ÝĐ][\w'’-]+", text)
    return len([w for w in words if w not in _stopwords(lang)]) >= 2
