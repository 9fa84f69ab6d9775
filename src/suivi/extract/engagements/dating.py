"""When an engagement mention happened: each date of a sentence goes to the mention it belongs to."""

from __future__ import annotations

from suivi.extract.context import DocContext
from suivi.extract.cues import cased_cue, cue
from suivi.extract.dates import DateMention
from suivi.extract.engagements.mentions import EXTRACTOR, NAMED, Mention, complement_stop
from suivi.record import DateValue
from suivi.vocab import EngagementKind, EngagementStatus, Precision


def dateline_end(text: str, lang: str) -> int:
    """Where the dateline ("Rabat, 12 mars (MAP) –") ends; 0 when the sentence has none."""
    m = cased_cue(EXTRACTOR, lang, "dateline").match(text)
    return m.end() if m else 0


def assign_dates(mentions: list[Mention], dates: list[DateMention], lang: str) -> None:
    """Give each date of the sentence to the nearest mention (a date serves one mention); deadlines are not dates."""
    text = mentions[0].sentence.text if mentions else ""
    excluded = cue(EXTRACTOR, lang, "not_engagement_date")
    dateline = dateline_end(text, lang)
    deadline = cue(EXTRACTOR, lang, "deadline_prefix")
    usable = [
        d
        for d in dates
        if d.start >= dateline
        and not excluded.search(text[max(0, d.start - 25) : d.start])
        and not deadline.match(d.text)
    ]
    for date in usable:
        free = [m for m in mentions if m.date is None]
        if not free:
            return
        nearest = min(free, key=lambda m: _distance(m, date, lang))
        if len(mentions) == 1 or _distance(nearest, date, lang) <= 160:
            nearest.date, nearest.date_text = date.date, date.text


def _distance(mention: Mention, date: DateMention, lang: str = "en") -> int:
    """How far a date is from a mention: after the mechanism's whole name ("the 20th meeting of the Joint
    Commission for Economic Cooperation in Hanoi from March 20-22"), a date belongs to it more than to the
    mention that follows ("..., and the 12th Conference"), so a date before a mention counts double."""
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
    if not is_main and m.ordinal is not None and not _concurrent(m, ctx.lang):
        return None  # a numbered round named in passing is often a past one: no date rather than a wrong one
    month = ctx.published_month if ctx.doc.published else news_month or ctx.published_month
    return DateValue(value=month, precision=Precision.MONTH) if month else None


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
