"""Where an engagement took place: a named place, "here", the host of a gathering, a visit's destination."""

from __future__ import annotations

import re

from suivi.extract.context import Sentence
from suivi.extract.cues import cue
from suivi.extract.engagements.dating import dateline_end
from suivi.extract.engagements.mentions import EXTRACTOR, Mention
from suivi.record import Venue
from suivi.vocab import EngagementKind

_CITY_BEFORE = re.compile(r"(\s\w+\s)([A-ZÀ-ÝĐ][\w'’-]*(?:\s[A-ZÀ-ÝĐ][\w'’-]*){0,2}),\s$")
_HOST_REACH = 80


def implied_venue(mention: Mention, lang: str, dyad: list[str]) -> Venue | None:
    """The place the text implies when it names none: the host of a gathering, the country of the
    dignitary a courtesy call is paid on, a visit's destination (never the dateline city alone)."""
    return _host_venue(mention, lang) or _courtesy_venue(mention, lang) or _visit_destination(mention, dyad)


def named_venue(mention: Mention, lang: str) -> Venue | None:
    """A place introduced by a venue preposition ("à Phnom Penh", "au Cambodge") or "here"; never the dateline."""
    sent = mention.sentence
    key = "visit_venue_preposition" if mention.kind is EngagementKind.VISIT else "venue_preposition"
    prep = cue(EXTRACTOR, lang, key)
    for country in sent.countries:
        if country.via == "org" or country.end <= dateline_end(sent.text, lang):
            continue
        if prep.search(sent.text[max(0, country.start - 22) : country.start]):
            place = country.text if country.via == "capital" else None
            return Venue(place=place, country=country.code)
        city = _CITY_BEFORE.search(sent.text[max(0, country.start - 40) : country.start])
        if city and prep.search(city.group(1)):
            return Venue(place=city.group(2), country=country.code)
    return _venue_here(sent, lang)


def _venue_here(sent: Sentence, lang: str) -> Venue | None:
    """ "met ... here on Friday": the place the dateline names."""
    if not cue(EXTRACTOR, lang, "venue_here").search(sent.text):
        return None
    end = dateline_end(sent.text, lang)
    capital = next((c for c in sent.countries if c.via == "capital" and c.end <= end), None)
    return Venue(place=capital.text, country=capital.code) if capital else None


def _countries_before(sent: Sentence, end: int, reach: int) -> list[str]:
    return [c.code for c in sent.countries if c.via != "org" and end - reach <= c.start < end]


def _host_venue(mention: Mention, lang: str) -> Venue | None:
    """A summit or forum "Cambodia would host" / "aider le Vietnam à organiser" happens in that country."""
    if mention.kind is not EngagementKind.SUMMIT:
        return None
    sent = mention.sentence
    verbs = [m for m in cue(EXTRACTOR, lang, "host_verb").finditer(sent.text) if m.start() < mention.end]
    if not verbs:
        return None
    hosts = _countries_before(sent, verbs[-1].start(), _HOST_REACH)
    return Venue(country=hosts[-1]) if hosts else None


def _courtesy_venue(mention: Mention, lang: str) -> Venue | None:
    """A courtesy call on "the Cambodian Prime Minister" is paid in Cambodia."""
    if mention.kind is not EngagementKind.MEETING or not cue(EXTRACTOR, lang, "courtesy").search(mention.text):
        return None
    sent = mention.sentence
    after = [c.code for c in sent.countries if c.via != "org" and mention.end <= c.start < mention.end + 60]
    return Venue(country=after[0]) if after else None


def _visit_destination(mention: Mention, dyad: list[str]) -> Venue | None:
    """Where a visit goes: "the Lao visit by ..." (a country just before), or away from the visitor's
    country ("la visite du président cambodgien" in a Cambodia–Vietnam article goes to Vietnam)."""
    if mention.kind is not EngagementKind.VISIT:
        return None
    sent = mention.sentence
    before = [c for c in sent.countries if c.via != "org" and 0 <= mention.start - c.end <= 1]
    if before:
        return Venue(country=before[-1].code)
    clause_end = re.search(r",|;| and | et ", sent.text[mention.end :])
    end = mention.end + (clause_end.start() if clause_end else len(sent.text))
    visitor = [
        c.code for c in sent.countries if c.via == "demonym" and mention.end <= c.start < min(end, mention.end + 100)
    ]
    if len(dyad) != 2 or not visitor or visitor[0] not in dyad:
        return None
    return Venue(country=next(code for code in dyad if code != visitor[0]))
