"""When an engagement mention happened: each date of a sentence goes to the mention it belongs to."""

from __future__ import annotations

import datetime as dt
import re
from functools import cache
from itertools import pairwise

from suivi.extract.context import DocContext
from suivi.extract.cues import cased_cue, cue, load_cues, typographic
from suivi.extract.date_grammar import grammar
from suivi.extract.dates import DateMention
from suivi.extract.engagements.mentions import EXTRACTOR, NAMED, Mention, complement_stop
from suivi.record import DateValue
from suivi.vocab import EngagementKind, EngagementStatus, Precision


def dateline_end(text: str, lang: str) -> int:
    """Where the dateline ("Rabat, 12 mars (MAP) –") ends; 0 when the sentence has none."""
    m = cased_cue(EXTRACTOR, lang, "dateline").match(text)
    return m.end() if m else 0


def assign_dates(mentions: list[Mention], dates: list[DateMention], lang: str) -> None:
    """Give the dates of the sentence to its mentions, a date to one mention, deadlines and datelines to none.

    The pairing is the one that dates the most mentions at the least total distance (`_cost`), not the nearest
    date first: in "the 14th session of the Joint Committee on Trade ... from March 14-16, and of the 5th
    Conference ... from April 24-26", March goes to the Committee and April to the Conference. A visit the
    sentence dates only through the round it is made for ("is on a visit to Estonia, where he co-chairs the 4th
    session on December 4-6") shares that round's date."""
    if not mentions:
        return
    usable = _usable_dates(mentions[0].sentence.text, dates, lang)
    given: dict[int, DateMention] = {}
    for mention, date in _best_pairs(mentions, usable, lang):
        mention.date, mention.date_text = date.date, date.text
        given[id(mention)] = date
    _share_with_visit(mentions, given)
    _visit_under_way(mentions, lang)
    _ended_visits(mentions, lang)
    _share_opening(mentions, usable)
    _share_between_anniversaries(mentions)
    _founding_day(mentions, dates)


def _usable_dates(text: str, dates: list[DateMention], lang: str) -> list[DateMention]:
    """The dates of the sentence an engagement may take: not the dateline's, not a deadline ("by 2030"), not a
    span of months or years ("coordinates the dialogue for 2021-2024", "le plan 2021-2025"): a term, not an event."""
    excluded = cue(EXTRACTOR, lang, "not_engagement_date")
    dateline = dateline_end(text, lang)
    deadline = cue(EXTRACTOR, lang, "deadline_prefix")
    return [
        d
        for d in dates
        if d.start >= dateline
        and not excluded.search(text[max(0, d.start - 25) : d.start])
        and not deadline.match(d.text)
        and not (d.date.end and d.date.precision is not Precision.DAY)
    ]


def _best_pairs(mentions: list[Mention], dates: list[DateMention], lang: str) -> list[tuple[Mention, DateMention]]:
    """The (mention, date) pairs dating the most mentions at the least total cost; each side used once.

    Dynamic programming over the dates in order and the set of mentions already dated (a sentence names few
    mentions; past `_MAX_EXACT` of them, each date goes to its cheapest free mention instead)."""
    free = [m for m in mentions if m.date is None]
    costs = [[_cost(m, d, lang, len(mentions) == 1) for m in free] for d in dates]
    for i, date in enumerate(dates):
        if free and free[0] is mentions[0] and costs[i][0] is not None and _opens(date, mentions[0]):
            costs[i][0] = float(_COARSE.get(date.date.precision, 0))
    if len(free) > _MAX_EXACT:
        return _greedy_pairs(free, dates, costs)
    best: dict[int, tuple[int, float, tuple[tuple[int, int], ...]]] = {0: (0, 0.0, ())}
    for i, row in enumerate(costs):
        step = dict(best)
        for used, (count, total, pairs) in best.items():
            for j, c in enumerate(row):
                if c is None or used >> j & 1:
                    continue
                key, value = used | 1 << j, (count + 1, total + c, (*pairs, (i, j)))
                if key not in step or (value[0], -value[1]) > (step[key][0], -step[key][1]):
                    step[key] = value
        best = step
    _, _, chosen = max(best.values(), key=lambda v: (v[0], -v[1]))
    return [(free[j], dates[i]) for i, j in chosen]


def _greedy_pairs(
    free: list[Mention], dates: list[DateMention], costs: list[list[float | None]]
) -> list[tuple[Mention, DateMention]]:
    """Each date, in text order, to its cheapest mention still free."""
    taken: set[int] = set()
    pairs: list[tuple[Mention, DateMention]] = []
    for i, row in enumerate(costs):
        options = [(c, j) for j, c in enumerate(row) if c is not None and j not in taken]
        if options:
            _, j = min(options)
            taken.add(j)
            pairs.append((free[j], dates[i]))
    return pairs


#: Above this many undated mentions in one sentence, dates are paired greedily.
_MAX_EXACT = 10
#: How far from a mention a date may be and still be its date, when the sentence names several mentions.
_REACH = 160
#: How far after a visit's trigger the occasion it is made for may be named ("a visit to Estonia, to co-chair the ...").
_VISIT_TO_OCCASION = 120
#: How far into a sentence a date may start and still open it ("Le matin du 20 août, ...").
_OPENING = 25
#: How far after a mention's name a year written alone may still close that name.
_YEAR_IN_NAME = 60
#: What parts a year written alone from the mention after it: the year closes something else.
_CLAUSE_MARK = re.compile(r"[,;:()«»“”\"]")
#: What a coarser date costs over a day ("a débuté dimanche sa visite ... du 9 au 11 juin": the days win).
_COARSE = {Precision.DAY: 0, Precision.MONTH: 25, Precision.YEAR: 50}


def _cost(mention: Mention, date: DateMention, lang: str, alone: bool) -> float | None:
    """What pairing `date` with `mention` costs: its distance, plus a toll for a coarse date; None when the
    date is out of reach (a sentence with one mention gives it any of its dates)."""
    distance = _distance(mention, date, lang)
    if (not alone and distance > _REACH) or (date.bare_year and not _names_year(mention, date, lang)):
        return None
    if _other_clause(mention, date, lang):
        return None
    if not alone and _occasion_between(mention, date, lang):
        return None
    return distance + _COARSE.get(date.date.precision, 0)


def _other_clause(mention: Mention, date: DateMention, lang: str) -> bool:
    """A date the sentence gives another clause: after the mention, past a clause that reports or adds ("congratulated
    X on hosting the 3rd summit, saying it will back its chairmanship in 2021", "..., affirmant que ... en 2024");
    before it, past such a clause ("next year, while preparing the 47th meeting") or past "after" ("est rentré le 8
    novembre après avoir coprésidé la 5e session", "returned on 8 May after co-chairing"): the occasion came first."""
    text = mention.sentence.text
    clause = _dating_cue(lang, "other_clause")
    if date.start >= mention.end:
        return bool(clause.search(text, _name_end(mention, lang), date.start))
    if date.end > mention.start:
        return False
    return bool(
        clause.search(text, date.end, mention.start)
        or _dating_cue(lang, "after_occasion").search(text, date.end, mention.start)
    )


def _share_opening(mentions: list[Mention], dates: list[DateMention]) -> None:
    """ "Looking ahead to 2021, the two governments intend to mark the 30th anniversary ... and to convene the
    4th session ...": the date opening the sentence frames its clause; a mention left undated takes it."""
    first = mentions[0]
    opening = next((d for d in dates if _opens(d, first)), None)
    if opening is None:
        return
    for m in mentions[1:]:
        if m.date is None:
            m.date, m.date_text = opening.date, opening.text


def _opens(date: DateMention, first: Mention) -> bool:
    """ "Le matin du 20 août, X sera reçue en audience par Y, avant de diriger le 21 août ...", "On 3 May, X met
    Y": a date opening the sentence, set off by a comma, dates its first mention."""
    text = first.sentence.text
    return date.start <= _OPENING and date.end <= first.start and text[date.end : date.end + 1] == ","


def _occasion_between(mention: Mention, date: DateMention, lang: str) -> bool:
    """ "un entretien entre A et B, le 9 juillet, à l'occasion de la 42e réunion", "A saw B on 3 August, on the
    sidelines of the 30th summit": a date written before "on the occasion of" dates what precedes it, not the
    occasion named after it."""
    if date.end > mention.start:
        return False
    between = mention.sentence.text[date.end : mention.start]
    return bool(cue(EXTRACTOR, lang, "concurrent_before").search(between))


def _names_year(mention: Mention, date: DateMention, lang: str) -> bool:
    """A year written alone after a mention dates it only when it closes its name ("Year of Friendship 2022",
    "Sommet de la Francophonie 2024"; a celebration's, however long: "festivities of the Year of Benin-Niger
    Friendship, Solidarity and Trade 2022"); further on it closes another name ("..., and it brought the
    Friendship Year 2022 to an end"). Before a mention it is its time ("the 2022 summit", "2018 saw the visit of")
    unless a comma parts them ("... l'Année de l'amitié Bénin-Niger 2022, la 12e session de la commission");
    anniversaries are celebrated within the named year ("During the Friendship Year 2017, ... mark together the
    35th anniversary")."""
    if mention.kind is EngagementKind.COMMEMORATION:
        return True
    if date.end <= mention.start:
        return not _CLAUSE_MARK.search(mention.sentence.text, date.end, mention.start)
    return date.start - _name_end(mention, lang) <= _YEAR_IN_NAME


def _share_with_visit(mentions: list[Mention], given: dict[int, DateMention]) -> None:
    """A visit left undated, followed in its sentence by the occasion it is made for, dated after its own
    name: the visit takes that date (the round is held during the visit). A year written alone closes a name
    ("... Friendship Year 2022"), not the visit's programme."""
    for visit, occasion in pairwise(mentions):
        date = given.get(id(occasion))
        if visit.kind is EngagementKind.VISIT and visit.date is None and date and _made_for(occasion, visit, date):
            visit.date, visit.date_text = date.date, date.text


def _visit_under_way(mentions: list[Mention], lang: str) -> None:
    """ "X a eu le 14 mars une séance de travail avec Y, en visite officielle au Sénégal", "X received Y on 14 March
    during his official visit to Kazakhstan": a visit left undated, named after a dated meeting as the visit the
    guest is on, was under way that day; it takes the meeting's day. A visit made for the round named right after
    it ("en visite au Vietnam pour participer au 2e Dialogue") is dated by that round instead."""
    under_way = _dating_cue(lang, "visit_under_way")
    for i, (meeting, visit) in enumerate(pairwise(mentions)):
        date = meeting.date
        if (
            visit.kind is not EngagementKind.VISIT
            or visit.date is not None
            or meeting.kind is not EngagementKind.MEETING
        ):
            continue
        if date is None or date.precision is not Precision.DAY or date.end is not None:
            continue
        after = mentions[i + 2] if i + 2 < len(mentions) else None
        if (
            after is not None
            and after.kind is not EngagementKind.VISIT
            and after.start - visit.end <= _VISIT_TO_OCCASION
        ):
            continue
        window = under_way.search(visit.sentence.text, max(meeting.end, visit.start - 40), visit.end)
        if window and window.end() > visit.start:
            visit.date, visit.date_text = date, meeting.date_text


def _ended_visits(mentions: list[Mention], lang: str) -> None:
    """ "concluded a three-day state visit to Kazakhstan on Friday, June 16", "a achevé le 16 juin sa visite de trois
    jours": the day written is the visit's last; it began that many days before."""
    ended, length = _dating_cue(lang, "visit_ended"), _visit_length(lang)
    for m in mentions:
        date, text = m.date, m.sentence.text
        if m.kind is not EngagementKind.VISIT or date is None or date.precision is not Precision.DAY or date.end:
            continue
        if not ended.search(text, max(0, m.start - _ENDED_REACH), m.start + 1):
            continue
        found = length.search(text, max(0, m.start - _ENDED_REACH), m.end + _ENDED_REACH)
        days = _count(found.group("n"), lang) if found else 0
        if 1 < days <= _LONGEST_VISIT:
            last = _day(date.value)
            first = last - dt.timedelta(days=days - 1)
            m.date = DateValue(value=first.isoformat(), end=last.isoformat(), precision=Precision.DAY)


#: How far before a visit's trigger the verb ending it, and around it its length, may be written.
_ENDED_REACH = 60
#: Longer than this, a "visit" is a posting or a tour, not a trip with a last day.
_LONGEST_VISIT = 12


def _visit_length(lang: str) -> re.Pattern[str]:
    words = grammar(lang).words.number_words
    numbers = "|".join(sorted(map(re.escape, words), key=len, reverse=True))
    return re.compile(load_cues(EXTRACTOR, lang, "dating")["visit_length"].replace("<N>", numbers), re.IGNORECASE)


def _count(raw: str, lang: str) -> int:
    return int(raw) if raw.isdigit() else grammar(lang).words.number_words.get(raw.lower(), 0)


def _day(value: str) -> dt.date:
    return dt.date.fromisoformat(value)


@cache
def _dating_cue(lang: str, key: str) -> re.Pattern[str]:
    return re.compile(typographic(load_cues(EXTRACTOR, lang, "dating")[key]), re.IGNORECASE)


def _share_between_anniversaries(mentions: list[Mention]) -> None:
    """ "marquer ensemble le 50e anniversaire des liens diplomatiques et le 25e anniversaire du traité, par des
    festivités prévues le 18 juillet": anniversaries named side by side are celebrated together, on the date one
    of them has."""
    for first, second in pairwise(mentions):
        both = first.kind is second.kind is EngagementKind.COMMEMORATION
        if not both or (first.date is None) == (second.date is None):
            continue
        dated, undated = (first, second) if first.date is not None else (second, first)
        undated.date, undated.date_text = dated.date, dated.date_text


#: A date alone in brackets, with the anniversary's year after a dash: "(24 juin)", "(March 7, 1964-2024)".
_BRACKETED = re.compile(r"\(\s*$")
_BRACKET_CLOSE = re.compile(r"\s*(?:[-–]\s*(?P<year>(?:19|20)\d\d)\s*)?\)")


def _founding_day(mentions: list[Mention], dates: list[DateMention]) -> None:
    """ "celebrate the 60th anniversary of diplomatic ties (March 7, 1964-2024)", "l'Année de l'amitié 2024, pour
    célébrer les 60 ans des relations (12 mars)": the day in brackets after an anniversary is the founding one, and
    the celebration falls on that day of the anniversary's year: the year after the dash, else the year the
    celebration is dated to ("Année de l'amitié 2024"). A founding day written with its year and no year of the
    celebration is left to the ordinal (`_anniversary_date`)."""
    for m in mentions:
        if m.kind is not EngagementKind.COMMEMORATION:
            continue
        text = m.sentence.text
        for d in dates:
            close = _BRACKET_CLOSE.match(text, d.end)
            if d.start < m.end or d.start - m.end > _REACH or d.date.precision is not Precision.DAY:
                continue
            if d.date.end or close is None or not _BRACKETED.search(text, 0, d.start):
                continue
            year = close.group("year") or _year_of(m.date, d)
            if year is not None:
                m.date, m.date_text = DateValue(value=year + d.date.value[4:], precision=Precision.DAY), d.text
            break


def _year_of(date: DateValue | None, founding: DateMention) -> str | None:
    """The anniversary's year: the one the celebration is dated to, else (a founding day written without its year,
    resolved against publication) the founding day's own."""
    if date is not None and date.precision is Precision.YEAR:
        return date.value
    return None if re.search(r"\d{4}", founding.text) else founding.date.value[:4]


def _made_for(occasion: Mention, visit: Mention, date: DateMention) -> bool:
    """`occasion`, named right after `visit`, is dated after its own name, and not by a year written alone."""
    if occasion.kind is EngagementKind.VISIT or date.bare_year:
        return False
    return occasion.start - visit.end <= _VISIT_TO_OCCASION and date.start >= occasion.end


def _distance(mention: Mention, date: DateMention, lang: str = "en") -> int:
    """How far a date is from a mention: after the mechanism's whole name ("the 14th session of the Joint
    Committee on Trade, Energy and Mining, which sat in Arica from March 14-16"), a date belongs to it more than
    to the mention that follows ("..., and of the 5th Conference"), so a date before a mention counts double."""
    if date.end <= mention.start:
        return 2 * (mention.start - date.end)
    return max(0, date.start - _name_end(mention, lang))


def _name_end(mention: Mention, lang: str) -> int:
    """Where the named mechanism of a mention ends: the trigger and its complement, as `series_name` reads it."""
    if mention.kind not in NAMED:
        return mention.end
    stop = complement_stop(mention.sentence.text, mention.end, lang)
    return stop if stop is not None else mention.end


def default_date(
    m: Mention, ctx: DocContext, is_main: bool, trip: Mention | None = None, news_month: str | None = None
) -> DateValue | None:
    """A held engagement reported as news with no date of its own happened in the publication month; what a
    visitor will do during the trip the article reports ("il rencontrera", "he will also attend") happens
    in the trip's month."""
    if m.date is None and m.status is EngagementStatus.PLANNED and trip is not None and _during_trip(m, trip, ctx):
        return DateValue(value=trip.date.value[:7], precision=Precision.MONTH) if trip.date else None
    if m.date is not None or m.status is not EngagementStatus.HELD or m.past_reference:
        return m.date
    if _made_during(m, trip):
        return trip.date if trip is not None and trip.date is not None else _news_month(ctx, news_month)
    if not is_main and _in_passing(m, ctx.lang):
        return None  # a numbered round named in passing is often a past one: no date rather than a wrong one
    return _news_month(ctx, news_month)


def _news_month(ctx: DocContext, news_month: str | None) -> DateValue | None:
    """The month the article's news happened in: the publication month, else (undated article) `news_month`."""
    month = ctx.published_month if ctx.doc.published else news_month or ctx.published_month
    return DateValue(value=month, precision=Precision.MONTH) if month else None


def _in_passing(m: Mention, lang: str) -> bool:
    """A numbered round named beside the news, not held with it; an anniversary's number is no round."""
    return m.ordinal is not None and m.kind is not EngagementKind.COMMEMORATION and not _concurrent(m, lang)


def _made_during(m: Mention, trip: Mention | None) -> bool:
    """ "est allé en Mauritanie en visite officielle et y a coprésidé la 9e session", "went to Mauritania on an
    official visit and co-chaired there the 9th session": an occasion named right after the reported visit, in its
    sentence, is held during it."""
    if trip is None or m is trip or m.kind is EngagementKind.VISIT or m.sentence is not trip.sentence:
        return False
    return m.status is trip.status and 0 <= m.start - trip.end <= _VISIT_TO_OCCASION


def _during_trip(m: Mention, trip: Mention, ctx: DocContext) -> bool:
    """A planned meeting or ceremony the visitor will attend during the visit the article is about: the trip is
    this month's news, and no agreement to hold it governs the mention ("agreed to hold the next session")."""
    if m is trip or m.kind is EngagementKind.VISIT or trip.date is None or not ctx.published_month:
        return False
    if trip.date.value[:7] != ctx.published_month or m.anaphoric or m.past_reference:
        return False
    before = m.sentence.text[: m.start]
    return not cue(EXTRACTOR, ctx.lang, "agreed_before").search(before)


def _concurrent(m: Mention, lang: str) -> bool:
    """ "on the sidelines of the 42nd Summit", "en marge des 44e et 45e Sommets": held with the news."""
    before = m.sentence.text[max(0, m.start - 60) : m.start]
    return bool(cue(EXTRACTOR, lang, "concurrent_before").search(before))


def news_month_of(heads: list[Mention]) -> str | None:
    dated = (h.date for h in heads if h.status is EngagementStatus.HELD and not h.past_reference and h.date)
    return next((d.value[:7] for d in dated if d.precision is Precision.DAY), None)
