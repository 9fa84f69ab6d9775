"""The calendar of planned engagements: an ICS that parses back with the same events and dates."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from icalendar import Calendar

from suivi.link.views import Scope, StoreView
from suivi.report.calendar import calendar_items, to_ics


@pytest.mark.parametrize("lang", ["en", "fr"])
def test_calendar_ics_parses_back_with_the_same_events_and_dates(demo_view: StoreView, lang: str) -> None:
    items = calendar_items(demo_view, Scope(), lang)
    assert len(items) >= 5
    parsed = Calendar.from_ical(to_ics(items, lang))
    events = {str(e["uid"]): e for e in parsed.walk("VEVENT")}
    assert set(events) == {i.uid for i in items}
    for item in items:
        event = events[item.uid]
        start = event.decoded("dtstart")
        assert isinstance(start, date) and not isinstance(start, datetime)  # all-day
        assert start.isoformat().startswith(item.start)
        assert str(event["status"]) == ("TENTATIVE" if item.tentative else "CONFIRMED")
        assert str(event["summary"]) == item.title
        if item.sentence:
            assert item.sentence in str(event["description"])


def test_calendar_precision_and_overdue_are_flagged(demo_view: StoreView) -> None:
    items = {i.uid: i for i in calendar_items(demo_view, Scope(), "en")}
    day = items["la-vn-commemoration-2022-09-18-5ac4498f@suivi"]
    assert (day.precision, day.tentative, day.start) == ("day", False, "2022-09-18")
    assert day.title.startswith("OVERDUE: ")
    month = next(i for i in items.values() if i.precision == "month" and i.status == "overdue")
    assert month.tentative and "(month " in month.title
    events = {str(e["uid"]): e for e in Calendar.from_ical(to_ics([month])).walk("VEVENT")}
    assert "Date precision: month" in str(events[month.uid]["description"])


def test_calendar_of_one_dyad(demo_view: StoreView) -> None:
    items = calendar_items(demo_view, Scope.of("VN-KH"), "fr")
    assert [(i.start, i.status) for i in items] == [("2025", "overdue")]
    assert (
        items[0].title.startswith("EN RETARD: ") and items[0].doc_id == "fr-16-vietnam-cambodge-provinces-frontalieres"
    )
