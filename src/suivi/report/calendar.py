"""Planned engagements and expected rounds as an RFC 5545 calendar (icalendar): day dates all-day, others tentative."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from icalendar import Calendar
from icalendar import Event as CalendarEvent
from pydantic import BaseModel

from suivi.link.keys import span_of
from suivi.link.views import Scope, StoreView
from suivi.record import precision_of
from suivi.report.brief import Briefing, DueItem, briefing_of
from suivi.report.labels import labels, vocab_label
from suivi.report.numbers import format_partial_date
from suivi.report.render import event_title

PRODID = "-//suivi//planned engagements//EN"


class CalendarItem(BaseModel):
    """One planned or expected engagement, as the calendar shows it."""

    uid: str
    title: str
    start: str  # YYYY[-MM[-DD]] as announced
    precision: str  # day, month or year
    status: str  # pending, overdue, expected
    tentative: bool
    projected: bool = False  # a round the mechanism's usual interval predicts: its date is "around"
    parties: list[str]
    sentence: str = ""
    url: str | None = None
    doc_id: str | None = None


def _sentence(item: DueItem, briefing: Briefing) -> tuple[str, str | None, str | None]:
    """The announcing sentence and its source (url, doc id) for a due item."""
    notes = {n.number: n for n in briefing.notes}
    for followup in briefing.followups:
        if followup.event is not None and followup.event.event_key == item.event.event_key and followup.quotes:
            quote = followup.quotes[0]
            note = notes.get(quote.note)
            return quote.text, note.url if note else None, note.doc_id if note else None
    note = notes.get(item.notes[-1]) if item.notes else None
    return "", note.url if note else None, note.doc_id if note else None


def calendar_items(view: StoreView, scope: Scope, lang: str = "en") -> list[CalendarItem]:
    """Announced rounds not yet reported held, and rounds a mechanism's cadence predicts, with dates."""
    items = []
    for dyad in _dyads(view, scope):
        briefing = briefing_of(view, Scope(dyad=dyad, since=scope.since, until=scope.until), lang)
        for due in briefing.due_next:
            if not due.due:
                continue  # announced without a date: nothing to put in a calendar
            precision = precision_of(due.due).value  # a projection keeps the cadence's precision
            sentence, url, doc_id = _sentence(due, briefing)
            overdue = due.status == "overdue"
            title = f"{event_title(due.event, lang)} · {'-'.join(briefing.parties)}"
            if due.projected:
                title += f" ({labels(lang)['expected_around']} {format_partial_date(due.due, lang)})"
            elif precision != "day":
                title += f" ({labels(lang)['precision_' + precision]} {format_partial_date(due.due, lang)})"
            if overdue:
                title = f"{vocab_label(lang, 'statuses', 'overdue').upper()}: {title}"
            items.append(
                CalendarItem(
                    uid=f"{due.event.event_key}@suivi",
                    title=title,
                    start=due.due[: {"day": 10, "month": 7, "year": 4}[precision]],
                    precision=precision,
                    status=due.status,
                    tentative=precision != "day" or due.projected,
                    projected=due.projected,
                    parties=briefing.parties,
                    sentence=sentence,
                    url=url,
                    doc_id=doc_id,
                )
            )
    return sorted(items, key=lambda i: (i.start, i.uid))


def _dyads(view: StoreView, scope: Scope) -> list[frozenset[str]]:
    """The pairs to look at: the scope's, or every pair with an event in the store."""
    if scope.dyad is not None:
        return [scope.dyad]
    pairs = {frozenset(e.parties) for e in view.event_table(scope).records if len(e.parties) == 2}
    return sorted(pairs, key=sorted)


def _first_day(value: str) -> date:
    return span_of(value)[0]


def to_ics(items: list[CalendarItem], lang: str = "en") -> bytes:
    """The items as an iCalendar file: all-day events; TENTATIVE unless announced for a given day."""
    words = labels(lang)
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"suivi — {words['calendar_name']}")
    for item in items:
        day = _first_day(item.start)
        entry = CalendarEvent()
        entry.add("uid", item.uid)
        entry.add("summary", item.title)
        entry.add("dtstart", day)
        entry.add("dtend", day + timedelta(days=1))
        entry.add("dtstamp", _stamp(item))
        entry.add("status", "TENTATIVE" if item.tentative else "CONFIRMED")
        entry.add("transp", "TRANSPARENT")
        entry.add("categories", [item.status, *item.parties])
        entry.add("description", _description(item, lang))
        if item.url:
            entry.add("url", item.url)
        calendar.add_component(entry)
    return bytes(calendar.to_ical())


def _stamp(item: CalendarItem) -> datetime:
    """A stable DTSTAMP (midnight UTC of the item's own date), so the same store always gives the same file."""
    day = _first_day(item.start)
    return datetime(day.year, day.month, day.day, tzinfo=UTC)


def _description(item: CalendarItem, lang: str) -> str:
    words = labels(lang)
    status = vocab_label(lang, "statuses", item.status) if item.status != "expected" else ""
    if item.projected:
        status = ", ".join(s for s in (words["calendar_expected"], status) if s)
    around = f"{words['expected_around']} {format_partial_date(item.start, lang)}, " if item.projected else ""
    lines = [
        f"{words['calendar_precision']}: {around}{words['precision_' + item.precision]} ({item.start})",
        f"{words['status']}: {status}",
    ]
    if item.sentence:
        lines.append(f"« {item.sentence} »")
    if item.url or item.doc_id:
        lines.append(f"{words['sources']}: {item.url or item.doc_id}")
    return "\n".join(lines)
