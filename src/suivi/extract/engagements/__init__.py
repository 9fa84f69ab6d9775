"""suivi.engagements.v1: the engagements of a document, one per occasion, from cue words and context."""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import pairwise

from suivi.extract.context import DocContext, Sentence
from suivi.extract.countries import CountryMention
from suivi.extract.cues import cue
from suivi.extract.engagements.dating import assign_dates, default_date, news_month_of
from suivi.extract.engagements.grouping import SERIES_KINDS, group_mentions, trip_of_round
from suivi.extract.engagements.implied import implied_mentions
from suivi.extract.engagements.mentions import (
    EXTRACTOR,
    Mention,
    find_mentions,
    format_of,
    ordinal_before,
    series_name,
    set_clauses,
    status_of,
)
from suivi.extract.engagements.venues import implied_venue, named_venue
from suivi.extract.participants.home import agency_country
from suivi.extract.participants.people import find_people
from suivi.extract.registry import register
from suivi.record import DateValue, DocumentRecord, Engagement, Provenance, Series
from suivi.vocab import EngagementKind, EngagementStatus, Precision

NAME, VERSION = "suivi.engagements", "v1"
_BILATERAL_PARTY_LIMIT = 2
#: Kinds held with one principal at a time: a trigger naming several principals is several occasions.
_PER_PRINCIPAL_KINDS = {EngagementKind.MEETING, EngagementKind.CALL}
#: How far after its trigger the first principal met may be named ("a rencontré, le 13 décembre à Phnom Penh, X").
_FIRST_PRINCIPAL_WINDOW = 160
#: How close the same name may be read twice and still be one person ("Samdech Techo Hun Sen").
_SAME_NAME_GAP = 20
#: How far after a summit's trigger the pair it is named after may end.
_PAIR_AFTER = 40
#: How far before a mechanism the verb that keeps it up may come ("maintain talks, high-level consultation").
_HABIT_REACH = 40
_MAIN_KINDS = {EngagementKind.CONSULTATION, EngagementKind.JOINT_COMMITTEE, EngagementKind.VISIT, EngagementKind.SUMMIT}


def sentence_mentions(ctx: DocContext) -> list[Mention]:
    """Every engagement mention of the document with its attributes, in text order."""
    out: list[Mention] = []
    for sent in ctx.sentences:
        mentions = find_mentions(sent, ctx.lang)
        set_clauses(mentions)
        assign_dates(mentions, sent.dates, ctx.lang)
        mentions = _one_occasion_named_twice(mentions, ctx.lang)
        _same_day(mentions, out, ctx.lang)
        for m in mentions:
            if m.anaphoric and not _resolve_anaphora(m, out, ctx.lang):
                continue
            _describe(m, ctx)
            out.append(m)
            out.extend(_paired_rounds(m, ctx.lang))
            out.extend(_other_counterparts(m, ctx.lang))
    return out


def _one_occasion_named_twice(mentions: list[Mention], lang: str) -> list[Mention]:
    """ "Leaders met in Harare on 20 May for an extraordinary summit", "se réuniront jeudi à Abuja en sommet": the
    meeting is the gathering it was held for, which takes its date; "se sont entretenus jeudi au téléphone": the
    talks are the call named right after them. The meeting is dropped."""
    gathering = cue(EXTRACTOR, lang, "met_for_gathering")
    call = cue(EXTRACTOR, lang, "talks_then_call")
    dropped = []
    for a, b in pairwise(mentions):
        between = a.sentence.text[a.end : b.start]
        if a.kind is not EngagementKind.MEETING:
            continue
        named_for = b.kind is EngagementKind.SUMMIT and gathering.search(between)
        if named_for or (b.kind is EngagementKind.CALL and call.search(between)):
            if b.date is None:
                b.date, b.date_text = a.date, a.date_text
            dropped.append(a)
    return [m for m in mentions if all(m is not d for d in dropped)]


def _same_day(mentions: list[Mention], earlier: list[Mention], lang: str) -> None:
    """ "Le même jour" / "the same day": the day of the last engagement dated to the day before this sentence."""
    if not mentions or not cue(EXTRACTOR, lang, "same_day").search(mentions[0].sentence.text):
        return
    day = next((x.date for x in reversed(earlier) if x.date and x.date.precision is Precision.DAY), None)
    for m in mentions:
        if m.date is None and day is not None:
            m.date, m.date_text = day, ""


def _one_day(date: DateValue | None) -> bool:
    return date is not None and date.precision is Precision.DAY and date.end is None


def _paired_rounds(m: Mention, lang: str) -> list[Mention]:
    """ "the 40th and 41st ASEAN Summits": one mention per round, the second a copy with its own ordinal."""
    pair = cue(EXTRACTOR, lang, "ordinal_pair").search(m.sentence.text[max(0, m.start - 40) : m.start])
    if not pair or m.ordinal is None:
        return []
    # "des 44e et 45e sommets": the second ordinal may open the trigger itself, which read it already
    first, second = int(pair.group(1)), int(pair.group(2)) if pair.group(2) else m.ordinal
    if first == second:
        return []
    m.ordinal = first
    return [replace(m, ordinal=second, merged=[])]


def _other_counterparts(m: Mention, lang: str) -> list[Mention]:
    """ "a rencontré A, puis B et C" / "held separate talks with A and B": one meeting or call per principal met.

    The principals are the persons named after the trigger and before the next one, chained by list separators
    with no clause of their own in between (a relative clause or a reporting verb ends the list).
    """
    if m.kind not in _PER_PRINCIPAL_KINDS or m.vague:
        return []
    text = m.sentence.text
    end = m.clause[2] if m.clause else len(text)  # a name after the next trigger is that one's principal
    end = min(end, _participial_clause_end(m, lang))
    people = [(s, e, name) for s, e, name in _named_people(m.sentence, lang) if m.end <= s < end]
    after = _whole_names(people, m.sentence)
    chain: list[tuple[int, int, str]] = []
    for person in after:
        if chain and not cue(EXTRACTOR, lang, "principal_list_gap").fullmatch(text[chain[-1][1] : person[0]]):
            break
        if not chain and person[0] - m.end > _FIRST_PRINCIPAL_WINDOW:
            break
        chain.append(person)
    if not chain or cue(EXTRACTOR, lang, "between_sides").search(text, m.start, chain[0][0]):
        return []  # "talks between A and B": the two sides of one meeting
    m.counterpart = chain[0][2]  # "il rencontrera X" and "il rencontrera Y": two meetings, not one
    return [replace(m, counterpart=name, merged=[]) for _, _, name in chain[1:]]


def _participial_clause_end(m: Mention, lang: str) -> int:
    """ "Meeting X in Lima on Tuesday, Foreign Minister Y said ...": a participle opening the sentence names the
    principal met in its own clause, which ends at the first comma after that principal's name; the name after it is
    the subject of the main clause, not a second principal."""
    text = m.sentence.text
    if not cue(EXTRACTOR, lang, "initial_participle").match(text) or text[: m.start].strip(" \"'“‘("):
        return len(text)
    first = next((e for s, e, _ in _named_people(m.sentence, lang) if s >= m.end), None)
    comma = text.find(",", first) if first is not None else -1
    return comma if comma >= 0 else len(text)


def _named_people(sent: Sentence, lang: str) -> list[tuple[int, int, str]]:
    """The persons of a sentence: the tagger's, plus names written after an office title, which the tagger
    often misses ("le roi du Cambodge, Norodom Sihamoni")."""
    people: list[tuple[int, int, str]] = []
    for p in sorted(find_people(sent, lang), key=lambda p: p.start):
        if people and people[-1][2] == p.name and p.start - people[-1][1] <= _SAME_NAME_GAP:
            people[-1] = (people[-1][0], max(people[-1][1], p.end), p.name)  # one name read twice is one person
        else:
            people.append((p.start, p.end, p.name))
    return people


def _whole_names(persons: list[tuple[int, int, str]], sent: Sentence) -> list[tuple[int, int, str]]:
    """Person spans as whole names: a country word tagged as a person is dropped, and pieces of one name
    split by the tagger ("Samia Suluhu" + "Hassan") are joined."""
    places = [(c.start, c.end) for c in sent.countries]
    out: list[tuple[int, int, str]] = []
    for start, end, name in persons:
        if any(s < end and start < e for s, e in places):
            continue
        if out and not sent.text[out[-1][1] : start].strip():
            out[-1] = (out[-1][0], end, sent.text[out[-1][0] : end])
        else:
            out.append((start, end, name))
    return out


def _resolve_anaphora(m: Mention, earlier: list[Mention], lang: str) -> bool:
    """ "la 16e session" / "the next meeting" with no mechanism named is a round of the article's mechanism;
    "cette conférence" is the latest occasion of its kind named before."""
    if m.refers_to:
        kinds = iter(m.refers_to)  # in order of preference: "the meeting" of a committee before any meeting
        target = next((x for k in kinds for x in reversed(earlier) if x.kind is k), None)
        if target is None:
            return False
        m.kind, m.series_name, m.ordinal = target.kind, target.series_name, target.ordinal
        return True
    series = [x for x in earlier if x.kind in SERIES_KINDS or x.kind is EngagementKind.SUMMIT]
    if not series:
        return False
    named = next((x for x in series if x.ordinal is not None), series[0])  # the mechanism's full, numbered name
    m.kind = named.kind
    m.series_name = named.series_name
    m.ordinal = _step_from(m, named, lang)
    return True


def _step_from(m: Mention, named: Mention, lang: str) -> int | None:
    """ "the next meeting" of the 17th is the 18th, "the previous meeting" the 16th (a round number read
    after this, "la 16e session", wins)."""
    if named.ordinal is None:
        return None
    if cue(EXTRACTOR, lang, "anaphoric_next").search(m.text):
        return named.ordinal + 1
    if cue(EXTRACTOR, lang, "anaphoric_previous").search(m.text):
        return named.ordinal - 1 if named.ordinal > 1 else None
    return None


def _describe(m: Mention, ctx: DocContext) -> None:
    text, lang = m.sentence.text, ctx.lang
    written = ordinal_before(text, m.start, m.end, lang)
    m.ordinal = m.ordinal if m.refers_to or written is None else written
    if m.kind is EngagementKind.MEETING or m.kind is EngagementKind.VISIT or m.kind is EngagementKind.CALL:
        m.ordinal = None
    numbered_or_series = m.ordinal is not None or m.kind in SERIES_KINDS or m.kind is EngagementKind.SUMMIT
    if not m.anaphoric and numbered_or_series:
        m.series_name = series_name(text, m.start, m.end, lang)
    if m.kind is EngagementKind.SUMMIT and _bilateral_summit(m, lang):
        m.kind = EngagementKind.MEETING  # SCHEMA: a bilateral "annual summit" of two leaders is a meeting (a series)
    before = text[max(0, m.start - 40) : m.start]
    m.past_reference = _past_reference(before, lang)
    m.date = _anniversary_date(m, ctx)
    m.status = status_of(m, ctx)
    m.venue = named_venue(m, lang)
    m.format = format_of(m, lang)  # a named place says they met there; an implied one says nothing of format
    m.venue = m.venue or implied_venue(m, lang, ctx.dyad)
    m.back_reference = bool(cue(EXTRACTOR, lang, "back_reference").search(text[max(0, m.start - 30) : m.end]))
    vague_context = cue(EXTRACTOR, lang, "vague_context").search(text[max(0, m.start - 40) : m.start])
    plural = cue(EXTRACTOR, lang, "plural_vague").match(m.text)
    m.vague = bool(plural or (vague_context and m.ordinal is None)) and m.date is None
    m.vague = m.vague or (m.ordinal is None and _habitual(m, lang))


def _habitual(m: Mention, lang: str) -> bool:
    """ "have maintained regular political consultations since 2021", "continuer à maintenir les consultations de
    haut niveau": a mechanism kept up as a habit, not one round of it, whatever year the habit started."""
    before = m.sentence.text[max(0, m.start - _HABIT_REACH) : m.start]
    return bool(cue(EXTRACTOR, lang, "habitual_before").search(before))


def _past_reference(before: str, lang: str) -> bool:
    """ "at the 8th meeting", "lors de la précédente session": a round named as past, unless a future verb governs
    it ("will meet at the 9th Joint Commission", "se retrouveront lors de la 5e session")."""
    past = cue(EXTRACTOR, lang, "past_reference").search(before)
    if past is None:
        return False
    return not cue(EXTRACTOR, lang, "future_tense").search(before, 0, past.start())


def _anniversary_date(m: Mention, ctx: DocContext) -> DateValue | None:
    """ "the 55th anniversary of ties (24 June 1967)": the date written is the founding one; the anniversary
    falls that many years later."""
    date, published = m.date, ctx.published
    if m.kind is not EngagementKind.COMMEMORATION or m.ordinal is None or date is None or not published:
        return date
    year = int(date.value[:4])
    if year + m.ordinal > int(published[:4]) + 2 or year >= int(published[:4]) - 1:
        return date
    shift = str(year + m.ordinal)
    return DateValue(value=shift + date.value[4:], end=None, precision=date.precision)


def _bilateral_summit(m: Mention, lang: str) -> bool:
    """A summit of two leaders: called annual or bilateral, or a summit (not a conference of many delegations)
    named after a pair ("the 7th Portugal–Cape Verde summit"), in a sentence naming no organisation."""
    text = m.sentence.text
    if any(c.via == "org" for c in m.sentence.countries):
        return False
    if cue(EXTRACTOR, lang, "bilateral_summit").search(text[max(0, m.start - 30) : m.end + 30]):
        return True
    return bool(cue(EXTRACTOR, lang, "summit_noun").search(m.text)) and _named_after_a_pair(m)


def _named_after_a_pair(m: Mention) -> bool:
    """Two countries joined by a dash in or right after the trigger ("the Portugal–Cape Verde summit")."""
    end = m.end + _PAIR_AFTER  # French names the pair after the noun ("le 3e sommet Canada-Barbade")
    inside = [c for c in m.sentence.countries if m.start <= c.start and c.end <= end and c.via in ("name", "demonym")]
    text = m.sentence.text
    return any(
        a.code != b.code and re.fullmatch(r"\s?[–-]\s?", text[a.end : b.start]) is not None for a, b in pairwise(inside)
    )


def parties_of(m: Mention, ctx: DocContext) -> list[str]:
    """Countries of the engagement: the sentence's own pair when it names one, else the document's dyad."""
    if m.kind is not EngagementKind.SUMMIT and (between := _organisations_as_subject(m)):
        return between
    texts = [m, *m.merged]
    named = [
        c
        for x in texts
        for c in x.sentence.countries
        if c.via in ("name", "demonym") and (m.kind is EngagementKind.VISIT or not _venue_only(x.sentence, c, ctx.lang))
    ]
    own = [c for c in named if _in_own_clause(m, c)]
    if len({c.code for c in own}) >= _BILATERAL_PARTY_LIMIT:
        named = own
    orgs = [c.code for x in texts for c in x.sentence.countries if c.via == "org"]
    codes = list(dict.fromkeys(c.code for c in named if c.code not in orgs))
    if m.kind is EngagementKind.VISIT and m.venue and m.venue.country and m.venue.country not in codes:
        codes.append(m.venue.country)  # "paid a visit to Tokyo": the city's country hosts the visit
        visitor = _visitor_country(m, m.venue.country, ctx) if len(codes) == 1 else None
        codes = [visitor, *codes] if visitor else codes
    if len(codes) == 1 and ctx.dyad and codes[0] not in ctx.dyad:
        codes = [_own_side(ctx), codes[0]]  # "X met his Philippine counterpart": the article's side and the one named
    elif len(codes) < _BILATERAL_PARTY_LIMIT or not set(codes[:2]) & set(ctx.dyad):
        codes = list(dict.fromkeys([*ctx.dyad, *codes]))
    parties = codes[:_BILATERAL_PARTY_LIMIT]
    if m.kind is EngagementKind.SUMMIT:
        parties = list(dict.fromkeys([*orgs[:1], *parties]))
    elif ctx.dyad and set(ctx.dyad) <= set(orgs + parties):
        parties = list(dict.fromkeys([*ctx.dyad, *parties]))[:_BILATERAL_PARTY_LIMIT]
    return parties


def _visitor_country(m: Mention, host: str, ctx: DocContext) -> str | None:
    """ "Mr. Ruto paid a visit to Tokyo": the country of the visitor named before the trigger, as the article gave it
    where it named him with it ("Kenyan President William Ruto")."""
    subject = m.sentence.text[: m.start]
    for sent in ctx.sentences:
        for p in find_people(sent, ctx.lang):
            surname = p.name.split()[-1]
            if p.country and p.country != host and re.search(rf"\b{re.escape(surname)}\b", subject):
                return p.country
    return None


def _organisations_as_subject(m: Mention) -> list[str]:
    """ "The heads of the AU and ECOWAS Commissions met": two organisations and no country named before the
    trigger are the two sides of the meeting; else none."""
    before = [c for c in m.sentence.countries if c.end <= m.start]
    orgs = list(dict.fromkeys(c.code for c in before if c.via == "org"))
    if len(orgs) != _BILATERAL_PARTY_LIMIT or any(c.via != "org" for c in before):
        return []
    return orgs


def _in_own_clause(m: Mention, country: CountryMention) -> bool:
    """A country named before the sentence's first trigger (the shared subject) or in the meeting's or call's own
    clause, when the sentence names several occasions ("A met B on Sunday and called C on Monday")."""
    if m.clause is None or m.kind not in _PER_PRINCIPAL_KINDS:
        return True
    subject_end, start, end = m.clause
    return country.start < subject_end or start <= country.start < end


def _own_side(ctx: DocContext) -> str:
    """The side the article reports from: the country of the news agency it credits, else its most named party."""
    return agency_country(ctx) or ctx.dyad[0]


def _venue_only(sent: Sentence, country: CountryMention, lang: str) -> bool:
    """ "à Vientiane, au Laos", "in Jakarta, Indonesia": where a meeting took place, not who met (a visit's host
    is a party, so visits keep it)."""
    before = sent.text[max(0, country.start - 40) : country.start]
    return bool(cue(EXTRACTOR, lang, "venue_country_before").search(before))


def to_engagement(
    m: Mention,
    index: int,
    ctx: DocContext,
    occasion_of: str | None,
    is_main: bool,
    trip: Mention | None = None,
    news_month: str | None = None,
) -> Engagement:
    sent = m.sentence
    return Engagement(
        id=f"e{index}",
        kind=m.kind,
        parties=parties_of(m, ctx),
        series=Series(name=m.series_name, ordinal=m.ordinal) if m.series_name else None,
        status=m.status,
        date=default_date(m, ctx, is_main, trip, news_month),
        format=m.format,
        venue=m.venue,
        occasion_of=occasion_of,
        evidence=sent.text,
        provenance=Provenance(start=sent.start + m.start, end=sent.start + m.end, extractor=NAME, version=VERSION),
    )


def main_index(heads: list[Mention]) -> int:
    """The occasion the article reports: the first held round or visit, else summit, else the first engagement."""
    for kinds in (_MAIN_KINDS - {EngagementKind.SUMMIT}, {EngagementKind.SUMMIT}):
        for i, h in enumerate(heads):
            if h.kind in kinds and h.status is EngagementStatus.HELD and not h.past_reference:
                return i
    return 0


@register(f"{NAME}.{VERSION}")
def extract_engagements(ctx: DocContext, record: DocumentRecord) -> None:
    """Fill `record.engagements`; keep the head mentions in `ctx.data` for the later layers."""
    heads = group_mentions(sentence_mentions(ctx), ctx.lang) or implied_mentions(ctx)
    ctx.data["engagement_mentions"] = heads
    if not heads:
        return
    main = main_index(heads)
    main_id = f"e{main + 1}"
    news_month = news_month_of(heads)  # an undated article's news: the month of its first held day
    for i, m in enumerate(heads):
        side = i != main and m.kind is EngagementKind.MEETING and _is_side_meeting(heads[main])
        if side and m.venue is None and m.status is heads[main].status:
            m.venue = heads[main].venue  # a reception on the occasion of a round or visit happens where it does
        if side and m.date is None and m.status is EngagementStatus.HELD and _one_day(heads[main].date):
            m.date = heads[main].date  # ... and on its day, when it lasts one
        trip = trip_of_round(m, heads)
        occasion = f"e{trip + 1}" if trip is not None else (main_id if side else None)
        visit = _trip(heads, main, ctx.published_month)
        if visit is heads[main] and visit.date is None:  # the reported trip's default date times its programme
            visit = replace(visit, date=default_date(visit, ctx, True, None, news_month))
        record.engagements.append(to_engagement(m, i + 1, ctx, occasion, i == main, visit, news_month))


def _trip(heads: list[Mention], main: int, month: str | None) -> Mention | None:
    """The visit the article reports: its main occasion when that is a visit of the publication month, else its
    first visit of that month, else its main visit."""
    visits = [heads[main], *heads] if heads[main].kind is EngagementKind.VISIT else heads
    visits = [h for h in visits if h.kind is EngagementKind.VISIT]
    return next((h for h in visits if h.date is not None and h.date.value[:7] == month), next(iter(visits), None))


def _is_side_meeting(main: Mention) -> bool:
    return main.kind in (EngagementKind.CONSULTATION, EngagementKind.JOINT_COMMITTEE, EngagementKind.VISIT)
