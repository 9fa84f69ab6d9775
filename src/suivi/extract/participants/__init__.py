"""suivi.participants.v1: named people who took part, with their office as written, country and function."""

from __future__ import annotations

import re
from itertools import pairwise

from suivi.extract.context import DocContext, Sentence
from suivi.extract.cues import cue, load_cues
from suivi.extract.engagements.mentions import Mention
from suivi.extract.names import fold_name, names_match
from suivi.extract.participants.home import EXTRACTOR, home_country, is_country
from suivi.extract.participants.people import ROLE_REACH, Person, find_people, unglued
from suivi.extract.registry import register
from suivi.record import DocumentRecord, Participant
from suivi.vocab import EngagementKind, Function

__all__ = ["NAME", "VERSION", "Person", "extract_participants", "find_people", "unglued"]

NAME, VERSION = "suivi.participants", "v1"
#: What separates the members of a list of people ("A, le ministre B et la présidente C").
_LIST_GAP = re.compile(
    r"\s*(?:[,;]\s*(?:(?:et|and)\s+)?|\s(?:et|and)\s+)(?:(?:le|la|l['’]|les|the)\s*)?$", re.IGNORECASE
)
#: Two people set apart by a comma and an article ("A, le président B"): an enumeration, not the two sides.
_COMMA_ARTICLE = re.compile(r"\s*,\s*(?:le|la|l['’]|the)\s*", re.IGNORECASE)


def _function(person: Person, sent: Sentence, mention: Mention | None, lang: str) -> Function:
    text = sent.text
    if cue(EXTRACTOR, lang, "cochair").search(text):
        return Function.CO_CHAIR
    led = cue(EXTRACTOR, lang, "led_by").search(text)
    if led and led.end() <= person.start <= led.end() + ROLE_REACH:
        return Function.HEAD_OF_DELEGATION
    for key, first in (("passive_reception", Function.GUEST), ("reception_verb", Function.HOST)):
        verb = cue(EXTRACTOR, lang, key).search(text)
        if verb:
            other = Function.HOST if first is Function.GUEST else Function.GUEST
            return first if person.start < verb.start() else other
    if mention is not None and mention.kind is EngagementKind.VISIT:
        return Function.HEAD_OF_DELEGATION
    return Function.PARTICIPANT


def _share_list_country(people: list[Person], text: str, lang: str) -> None:
    """In a list of three people or more ("A, le président B et la présidente C"), or of two set apart by a comma
    and an article ("le ministre ghanéen A, le vice-ministre B"), the unmarked share the country of the marked
    when these agree. Two joined by "et" / "and", or by a counterpart's title, are often the two sides."""
    runs: list[list[Person]] = [[people[0]]] if people else []
    commas: list[bool] = [False] * len(runs)
    for prev, cur in pairwise(people):
        gap = text[prev.end : cur.lead]
        if _LIST_GAP.match(gap) and cur.lead >= prev.end:
            runs[-1].append(cur)
            commas[-1] = commas[-1] or bool(_COMMA_ARTICLE.fullmatch(gap))
        else:
            runs.append([cur])
            commas.append(False)
    for run, comma in zip(runs, commas, strict=True):
        codes = {p.country for p in run if p.country}
        relational = any(_relational(p, text, lang) for p in run)
        if (len(run) >= 3 or (comma and not relational)) and len(codes) == 1:
            for p in run:
                p.country = p.country or next(iter(codes))


def _relational(person: Person, text: str, lang: str) -> bool:
    """The person is named by a title that names the other side ("son homologue", "his Fijian host")."""
    return cue(EXTRACTOR, lang, "relational").search(text[person.lead : person.start]) is not None


def _counterpart(person: Person, sent: Sentence, lang: str) -> str | None:
    """The country of a person the text marks as the other side ("his Kyrgyz counterpart Y"), else None."""
    return person.country if _relational(person, sent.text, lang) else None


def _marked_sides(
    per_sentence: list[tuple[Sentence, tuple[list[Person], list[tuple[int, Mention]]]]], lang: str
) -> frozenset[str]:
    """The countries of the people the article marks as the other side ("his Kyrgyz counterpart Y")."""
    return frozenset(c for sent, (people, _) in per_sentence for p in people if (c := _counterpart(p, sent, lang)))


def _known_counterparts(known: dict[str, str], sentences: list[tuple[Sentence, list[Person]]], ctx: DocContext) -> None:
    """A sentence that marks people of one party and leaves one person unmarked ("A, et le secrétaire d'État
    français B") gives that person the other party, wherever else the article names them without a country;
    unless the person is listed with the marked ones ("A, B and C" share their country)."""
    for sent, people in sentences:
        _share_list_country(people, sent.text, ctx.lang)
        marked = {p.country for p in people if p.country}
        unmarked = [p for p in people if p.country is None and _known_as(known, p) is None]
        others = [c for c in ctx.dyad if c not in marked and is_country(c)]
        if len(marked) == 1 and len(unmarked) == 1 and len(others) == 1 and unmarked[0].away != others[0]:
            known[unmarked[0].name] = others[0]


def _office(person: Person, lang: str) -> str | None:
    """The office a state has one holder of ("Prime Minister", "PM", "président malgache" -> "pm", "president")."""
    words = fold_name(person.role or "").split()
    table: dict[str, str] = load_cues(EXTRACTOR, lang)["unique_offices"]
    return table.get(" ".join(words)) or table.get(" ".join(words[:-1]))


def _known_office_holders(known: dict[str, str], people: list[Person], ctx: DocContext, lang: str) -> None:
    """Two people holding the same one-holder office ("PM Rabuka" of Fiji, "PM Marape") are of the two
    parties: an unmarked one is of the party the other is not."""
    states = [c for c in ctx.dyad if is_country(c)]
    holders = [(_office(p, lang), p.country or _known_as(known, p), unglued(p.name, lang)) for p in people]
    for p in people:
        office = _office(p, lang)
        if len(states) != 2 or office is None or p.country or _known_as(known, p):
            continue
        same = [(c, n) for o, c, n in holders if o == office and c in states]
        if any(names_match(n, unglued(p.name, lang)) for _, n in same):
            continue  # the same person written another way ("SitiveniRabuka")
        taken = {c for c, _ in same}
        if len(taken) == 1:
            known[p.name] = next(c for c in states if c not in taken)


def _known_as(known: dict[str, str], person: Person) -> str | None:
    """The country the article gave the person where it named them otherwise ("Marape" for "James Marape")."""
    return next((c for n, c in known.items() if names_match(n, person.name)), None)


def _not_travelled_to(person: Person, ctx: DocContext, home: str | None) -> str | None:
    """The first party, the outlet's home first, that is not where the person travels to."""
    return next((c for c in (home, *ctx.dyad) if c and c != person.away and is_country(c)), None)


def _assign_countries(
    people: list[Person], known: dict[str, str], ctx: DocContext, home: str | None, text: str = ""
) -> None:
    """Unmarked people: as met elsewhere in the article, else not where they travel to, else the counterpart of
    a marked one, else home."""
    for p in people:
        if p.country is None:
            p.country = _known_as(known, p)
        if p.country is None and p.away is not None:
            p.country = _not_travelled_to(p, ctx, home)
    _share_list_country(people, text, ctx.lang)
    marked = {p.country for p in people if p.country}
    others = [c for c in ctx.dyad if c not in marked and is_country(c)]
    for p in people:
        if p.country is None:
            p.country = others.pop(0) if marked and others else home


def _known_travellers(known: dict[str, str], people: list[Person], ctx: DocContext, home: str | None) -> None:
    """A person who travels to a party in one sentence ("X est arrivé au Laos") is of another party wherever the
    article names them without a country."""
    for p in people:
        if p.country is None and p.away and _known_as(known, p) is None:
            country = _not_travelled_to(p, ctx, home)
            if country:
                known[p.name] = country


def _mentions_in(sent: Sentence, heads: list[Mention]) -> list[tuple[int, Mention]]:
    """Each occasion the sentence names, with the head's index and its mention in this sentence."""
    found = []
    for i, head in enumerate(heads):
        here = next((m for m in (head, *head.merged) if m.sentence is sent), None)
        if here is not None:
            found.append((i, here))
    return found


def _occasions_of(person: Person, first: int, named: list[tuple[int, Mention]]) -> list[int]:
    """The occasions a person of the sentence took part in: a principal met separately ("a eu des rencontres avec
    A, B et C", "held separate meetings with A and B") only in the meeting with them; the subject before every
    trigger (the visitor) in the sentence's first occasion and in each of those meetings; anyone else in the
    occasion named last before them."""
    split = [(i, m.counterpart) for i, m in named if m.counterpart]
    if not split:
        return [first]
    own = [i for i, counterpart in split if names_match(counterpart, person.name)]
    if own:
        return own
    before = [(m.start, i) for i, m in named if m.start <= person.start]
    if before:
        return [min(before, key=lambda x: (-x[0], x[1]))[1]]
    return [first, *(i for i, _ in split if i != first)]


@register(f"{NAME}.{VERSION}")
def extract_participants(ctx: DocContext, record: DocumentRecord) -> None:
    """Attach people to the engagement named in their sentence, else to the document's main engagement."""
    if not record.engagements:
        return
    heads: list[Mention] = ctx.data.get("engagement_mentions", [])
    per_sentence = [(sent, _people_of(sent, heads, ctx.lang)) for sent in ctx.sentences]
    known = {p.name: p.country for _, (people, _) in per_sentence for p in people if p.country is not None}
    everyone = [p for _, (people, _) in per_sentence for p in people]
    marked = _marked_sides(per_sentence, ctx.lang)
    home = home_country(ctx, frozenset(p.away for p in everyone if p.away), marked)
    _known_travellers(known, everyone, ctx, home)
    _known_counterparts(known, [(sent, people) for sent, (people, _) in per_sentence], ctx)
    _known_office_holders(known, everyone, ctx, ctx.lang)
    last = len(record.engagements) - 1
    for sent, (people, named) in per_sentence:
        _assign_countries(people, known, ctx, home, sent.text)
        first, mention = named[0] if named else (0, None)
        for p in people:
            for index in _occasions_of(p, first, named):
                engagement = record.engagements[min(index, last)]
                if any(names_match(q.name, p.name) for q in engagement.participants):
                    continue
                function = _function(p, sent, mention, ctx.lang)
                engagement.participants.append(
                    Participant(name=unglued(p.name, ctx.lang), country=p.country, role=p.role, function=function)
                )
    _visitor_in_separate_meetings(record, heads)


def _visitor_in_separate_meetings(record: DocumentRecord, heads: list[Mention]) -> None:
    """A principal met separately during a visit ("Il a eu des rencontres avec A, B et C") met the visitor, whom
    that sentence may not name: the visit's guest or head of delegation joins each such meeting."""
    by_id = {e.id: e for e in record.engagements}
    for head, engagement in zip(heads, record.engagements, strict=False):
        trip = by_id.get(engagement.occasion_of or "")
        if head.counterpart is None or trip is None or trip.kind is not EngagementKind.VISIT:
            continue
        visitors = [p for p in trip.participants if p.function in (Function.GUEST, Function.HEAD_OF_DELEGATION)]
        for v in visitors:
            if not any(names_match(q.name, v.name) for q in engagement.participants):
                engagement.participants.append(v.model_copy(update={"function": Function.PARTICIPANT}))


def _people_of(sent: Sentence, heads: list[Mention], lang: str) -> tuple[list[Person], list[tuple[int, Mention]]]:
    """People taking part named in the sentence, and the engagements the sentence names; in a sentence that
    names an occasion, those named after a greeting or a message ("porteur d'un message du président X") were
    only mentioned, those before it took part."""
    only = cue(EXTRACTOR, lang, "mention_only").search(sent.text)
    found = _mentions_in(sent, heads)
    if only and not found:
        return [], []
    people = [p for p in find_people(sent, lang) if (found or p.titled) and (only is None or p.end <= only.start())]
    return people, found
