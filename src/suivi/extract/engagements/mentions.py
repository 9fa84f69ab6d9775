"""Find engagement mentions in one sentence: kind, ordinal, series name, status, date, format, venue."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from suivi.extract.context import DocContext, Sentence
from suivi.extract.cues import cased_cue, cue, load_cues, typographic, with_word_lists
from suivi.extract.dates import next_year_if_past, status_by_date
from suivi.record import DateValue, Venue
from suivi.vocab import EngagementKind, EngagementStatus, Format, Precision

EXTRACTOR = "engagements"
_ORDINAL_WINDOW = 60
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_STATUS_WINDOW = 90
#: How far after an occasion the verb it is the subject of may come ("the joint commission of the two states will").
_SUBJECT_GAP = 60
#: "Premier ministre" / "Prime Minister" is an office, not a first round.
#: What follows a participle used without an auxiliary ("chaired by the ministers"): no tense is told.
_AGENT = re.compile(r"\s+(?:by|par)\b", re.IGNORECASE)
_PRIME_MINISTER = re.compile(r"[\s-]+(?:ministre|minister)", re.IGNORECASE)
#: Occasions whose format a "received" or "met" elsewhere in the sentence says nothing about.
_GATHERINGS = {EngagementKind.SUMMIT, EngagementKind.COMMEMORATION}
#: Kinds named with a complement ("Joint Commission for Economic Cooperation"): dates follow the whole name.
NAMED = {EngagementKind.CONSULTATION, EngagementKind.JOINT_COMMITTEE, EngagementKind.SUMMIT}
#: What joins a round to the mechanism named after it: "of the", "of their", "de la", "du", "de leur".
_OF_MECHANISM = re.compile(
    r"\s+(?:of|de|du|des|d['’])(?:\s*(?:the|their|its|this|la|le|l['’]|leur|cette|ce))?\s*", re.IGNORECASE
)


@dataclass
class Mention:
    """One place in a sentence where an engagement is named."""

    sentence: Sentence
    start: int  # relative to the sentence
    end: int
    kind: EngagementKind
    ordinal: int | None = None
    series_name: str | None = None
    status: EngagementStatus = EngagementStatus.HELD
    date: DateValue | None = None
    format: Format = Format.UNKNOWN
    venue: Venue | None = None
    date_text: str = ""
    anaphoric: bool = False
    #: Kinds a demonstrative reference may stand for ("cette conférence" -> summit); it only adds to an earlier one.
    refers_to: tuple[EngagementKind, ...] = ()
    past_reference: bool = False
    back_reference: bool = False
    vague: bool = False
    merged: list[Mention] = field(default_factory=list)
    counterpart: str | None = None  # the one principal met, when one trigger names several ("met A and B")
    #: Where this occasion's own counterpart is named when the sentence names several occasions ("met A on Sunday
    #: and called B on Monday"): from its trigger to the next trigger; the subject before the first one is shared.
    #: (end of the shared subject, start, end of the clause), sentence offsets.
    clause: tuple[int, int, int] | None = None

    @property
    def text(self) -> str:
        return self.sentence.text[self.start : self.end]


@cache
def _kind_patterns(lang: str) -> list[tuple[EngagementKind, re.Pattern[str]]]:
    return [
        (EngagementKind(kind), re.compile(typographic(with_word_lists(p, lang))))
        for kind, p in load_cues(EXTRACTOR, lang)["kinds"]
    ]


def find_mentions(sent: Sentence, lang: str) -> list[Mention]:
    """Engagement triggers of the sentence, earliest first, one per span (first kind in data order wins)."""
    taken: list[tuple[int, int]] = []
    found: list[Mention] = []
    excluded = [m.span() for m in cue(EXTRACTOR, lang, "not_engagement").finditer(sent.text)]
    founding = cue(EXTRACTOR, lang, "not_engagement_before")
    negated = cue(EXTRACTOR, lang, "negated_before")
    lowered = None if cue(EXTRACTOR, lang, "initial_participle").match(sent.text) else _initial_lowered(sent.text)
    for kind, pattern in _kind_patterns(lang):
        for span in _spans(pattern, sent.text, lowered):
            if any(s < span[1] and span[0] < e for s, e in taken + excluded):
                continue
            before = sent.text[max(0, span[0] - 45) : span[0]]
            if founding.search(before) or negated.search(before[-30:]):
                taken.append(span)  # "la création d'un groupe de travail" proposes one; "refused to meet" denies one
                continue
            taken.append(span)
            found.append(Mention(sentence=sent, start=span[0], end=span[1], kind=kind))
    for m in cue(EXTRACTOR, lang, "anaphoric_round").finditer(sent.text):
        if any(_OF_MECHANISM.fullmatch(sent.text[m.end() : x.start]) for x in found if x.start >= m.end()):
            continue  # "la 5e session de la commission mixte": the round of the mechanism named next, not anaphora
        if not any(s < m.end() and m.start() < e for s, e in taken):
            found.append(
                Mention(sentence=sent, start=m.start(), end=m.end(), kind=EngagementKind.OTHER, anaphoric=True)
            )
    found += _demonstratives(sent, lang, taken)
    return sorted(found, key=lambda x: x.start)


def _initial_lowered(text: str) -> tuple[str, int] | None:
    """The sentence with its first letter in lower case and where that letter is ("Talks between A and B were
    held" reads as "talks between ..."), or None when it does not begin with a capital. (A participle opening the
    sentence, "Meeting with X, Y said ...", names the occasion of the main clause, reported elsewhere: the caller
    does not lower it.)"""
    first = re.search(r"[^\W\d_]", text)
    if first is None or not text[first.start()].isupper():
        return None
    i = first.start()
    return text[:i] + text[i].lower() + text[i + 1 :], i


def _spans(pattern: re.Pattern[str], text: str, lowered: tuple[str, int] | None) -> list[tuple[int, int]]:
    """Where the trigger pattern matches, also as the sentence's first word written in lower case."""
    spans = [m.span() for m in pattern.finditer(text)]
    if lowered is not None:
        first = pattern.match(lowered[0], lowered[1])
        spans += [first.span()] if first else []
    return sorted(set(spans))


def set_clauses(mentions: list[Mention]) -> None:
    """Each trigger's clause, when a sentence names several: up to the next trigger (see `Mention.clause`)."""
    if len(mentions) < 2:
        return
    for m, following in zip(mentions, [*mentions[1:], None], strict=True):
        m.clause = (mentions[0].start, m.start, following.start if following is not None else len(m.sentence.text))


def _demonstratives(sent: Sentence, lang: str, taken: list[tuple[int, int]]) -> list[Mention]:
    """ "cette conférence", "this meeting", "the committee's 2025 meeting": an occasion named before, referred
    back to with the day it happens on; it never stands for an occasion of its own."""
    days = [d for d in sent.dates if d.date.precision is Precision.DAY]
    out = []
    nouns = load_cues(EXTRACTOR, lang)["demonstrative_kinds"]
    for m in cue(EXTRACTOR, lang, "demonstrative_reference").finditer(sent.text):
        day = min((d for d in days if d.start >= m.end()), key=lambda d: d.start, default=None)
        if day is None or any(s < m.end() and m.start() < e for s, e in taken):
            continue
        noun = m.group("noun").lower()
        kinds = next((tuple(map(EngagementKind, ks)) for key, ks in nouns if re.fullmatch(key, noun)), ())
        if kinds:
            ref = Mention(sentence=sent, start=m.start(), end=m.end(), kind=kinds[0], anaphoric=True, refers_to=kinds)
            ref.date, ref.date_text = day.date, day.text
            out.append(ref)
    return out


def ordinal_before(text: str, start: int, end: int, lang: str) -> int | None:
    """The round number written just before (or inside) the trigger: "la 7e consultation", "19th meeting"."""
    window = text[max(0, start - _ORDINAL_WINDOW) : end]
    numbers = [(m.start(), int(m.group(1))) for m in cue(EXTRACTOR, lang, "ordinal_number").finditer(window)]
    words = load_cues(EXTRACTOR, lang)["ordinal_words"]
    pattern = r"\b(" + "|".join(map(re.escape, words)) + r")\b"
    not_round = cue(EXTRACTOR, lang, "not_round_after")  # "the first time", "first visit as": no round
    numbers += [
        (m.start(), words[m.group(1).lower()])
        for m in re.finditer(pattern, window, re.IGNORECASE)
        if not _PRIME_MINISTER.match(window, m.end()) and not not_round.match(window[m.end() :] + text[end:])
    ]
    numbers += [(m.start(), int(m.group(1))) for m in cue(EXTRACTOR, lang, "years_ordinal").finditer(window)]
    numbers += [(m.start(), _roman(m.group(1))) for m in cased_cue(EXTRACTOR, lang, "ordinal_roman").finditer(window)]
    return max(numbers)[1] if numbers else None


def _roman(numeral: str) -> int:
    """ "XIV" -> 14: the round numbers some outlets write in Roman numerals ("la XIVe session")."""
    values = [_ROMAN[c] for c in numeral]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))


def complement_stop(text: str, end: int, lang: str) -> int | None:
    """Where the complement after a trigger ends ("Joint Commission| in Hanoi"), or None within 140 characters."""
    stop = cue(EXTRACTOR, lang, "series_end").search(text, end, end + 140)
    return stop.start() if stop else None


def series_name(text: str, start: int, end: int, lang: str) -> str:
    """The mechanism's name: the trigger and its complement up to the end of the noun phrase."""
    stop = complement_stop(text, end, lang)
    name = text[start : stop if stop is not None else end + 140]
    return re.sub(r"^\d{1,3}\s?\S*\s+", "", name).strip(" -–:")


def status_of(mention: Mention, ctx: DocContext) -> EngagementStatus:
    """Cancelled / postponed / planned / held from cue words near the trigger and the date."""
    text = mention.sentence.text
    near = text[max(0, mention.start - _STATUS_WINDOW) : mention.end + _STATUS_WINDOW]
    if cue(EXTRACTOR, ctx.lang, "cancelled").search(near):
        return EngagementStatus.CANCELLED
    if cue(EXTRACTOR, ctx.lang, "postponed").search(near):
        return EngagementStatus.POSTPONED
    if mention.past_reference:
        return EngagementStatus.HELD
    planned = planned_by_cues(mention, ctx.lang)
    yearless = mention.date is not None and not cue(EXTRACTOR, ctx.lang, "explicit_year").search(mention.date_text)
    if planned and mention.date and yearless:
        mention.date = next_year_if_past(mention.date, ctx.published)
    elif mention.date and yearless and _told_in_past(near, ctx.lang):
        mention.date = _last_year_if_ahead(mention.date, ctx.published)
    by_date = status_by_date(mention.date, ctx.published)
    if by_date is not None:
        return by_date
    return EngagementStatus.PLANNED if planned else EngagementStatus.HELD


def _told_in_past(near: str, lang: str) -> bool:
    """A past verb near the occasion ("visited", "a effectué"); a participle with its agent ("chaired by the
    ministers", "coprésidée par") tells no tense."""
    return any(not _AGENT.match(near, m.end()) for m in cue(EXTRACTOR, lang, "held").finditer(near))


def _last_year_if_ahead(date: DateValue, published: str | None) -> DateValue:
    """ "visited Oman in December" in an article of January: a month after publication, written without a year, of
    an occasion told in the past, is last year's (ANNOTATION rule 4: unless the text implies otherwise)."""
    if not published or date.value[:4] != published[:4] or date.value[: len(published)] <= published[: len(date.value)]:
        return date
    year = str(int(date.value[:4]) - 1)
    end = year + date.end[4:] if date.end and date.end[:4] == date.value[:4] else date.end
    return DateValue(value=year + date.value[4:], end=end, precision=date.precision)


def planned_by_cues(mention: Mention, lang: str) -> bool:
    """A future cue near the trigger (and no closer past cue), or one earlier in the sentence governing it."""
    text = mention.sentence.text
    headline = cue(EXTRACTOR, lang, "headline_future").match(text)
    if headline and headline.start() <= mention.end:
        return True  # "Kenyan president to visit Ghana": an infinitive with no finite verb before it announces
    if cue(EXTRACTOR, lang, "invited_before").search(text, 0, mention.start):
        return True  # "conveyed the invitation of X to the leaders of Y to visit Z": what was invited is to come
    arrived = cue(EXTRACTOR, lang, "arrival").search(text, 0, mention.end)
    if arrived and not _future_governs(text, mention, lang):
        return False  # "arrived in Vientiane to co-chair the 47th meeting": the purpose of a trip under way
    offset = max(0, mention.start - _STATUS_WINDOW)
    near = text[offset : mention.end + _STATUS_WINDOW]
    held = cue(EXTRACTOR, lang, "held").search(near)
    if (
        held
        and held.start() + offset < mention.start
        and cue(EXTRACTOR, lang, "relative_after").match(text, mention.end)
    ):
        return False  # "presided over the conference, which is expected to conclude ...": what it will do is no plan
    planned = cue(EXTRACTOR, lang, "planned").search(near) or cue(EXTRACTOR, lang, "future_tense").search(near)
    planned = planned if planned is None or not _reported(text, planned.span(), offset, mention, lang) else None
    if planned and not (held and _closer(held, planned, mention, offset)):
        return True
    earlier = [
        m for key in ("planned", "future_tense") for m in cue(EXTRACTOR, lang, key).finditer(text, 0, mention.start)
    ]
    last = max((m.end() for m in earlier), default=None)
    return (
        last is not None
        and not cue(EXTRACTOR, lang, "held").search(text, last, mention.start)
        and not _reported(text, (last, last), 0, mention, lang)
    )


def _future_governs(text: str, mention: Mention, lang: str) -> bool:
    """A future before the occasion, or the verb the occasion is the subject of ("the joint commission will meet");
    not one in a clause after it ("sa visite au Laos, où il coprésidera ...": what the visitor will do during it)."""
    future = cue(EXTRACTOR, lang, "future_tense")
    if future.search(text, 0, mention.end):
        return True
    after = future.search(text, mention.end, mention.end + _SUBJECT_GAP)
    # what ends the occasion's noun phrase before a clause of its own: punctuation or a relative word
    return after is not None and not cue(EXTRACTOR, lang, "clause_break").search(text, mention.end, after.start())


def _reported(text: str, future: tuple[int, int], offset: int, mention: Mention, lang: str) -> bool:
    """ "X will continue to cooperate, the minister affirmed while receiving Y", "congratulated Rwanda on hosting
    the summit, saying Kenya will support ...": a future with a reporting verb between it and the occasion is the
    speech's, not the occasion's."""
    start, end = future[0] + offset, future[1] + offset
    between = (end, mention.start) if end <= mention.start else (mention.end, start)
    return between[0] <= between[1] and bool(cue(EXTRACTOR, lang, "reporting_past").search(text, *between))


def _closer(a: re.Match[str], b: re.Match[str], mention: Mention, offset: int) -> bool:
    centre = (mention.start + mention.end) / 2 - offset
    return abs(a.start() - centre) < abs(b.start() - centre)


def format_of(mention: Mention, lang: str) -> Format:
    text = mention.sentence.text
    if cue(EXTRACTOR, lang, "virtual").search(text):
        return Format.VIRTUAL
    if mention.kind is EngagementKind.CALL or cue(EXTRACTOR, lang, "phone").search(mention.text):
        return Format.PHONE
    if mention.kind is EngagementKind.VISIT or (mention.venue and mention.kind not in _GATHERINGS):
        return Format.IN_PERSON  # the gold leaves summits and anniversaries "unknown" even where they are held
    if mention.kind not in _GATHERINGS and cue(EXTRACTOR, lang, "in_person").search(text):
        return Format.IN_PERSON
    return Format.UNKNOWN
