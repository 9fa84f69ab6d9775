"""Tests of the link queries over a store: link_store, series, timelines, events, follow-ups, actors."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from suivi.errors import InvalidLinkQuery, SeriesNotFound
from suivi.link import find_actor, link_store, list_events, list_followups, list_series, series_timeline
from suivi.record import Document, DocumentRecord
from suivi.store import Store

from .support import engagement, record

NAME = "consultation politique"
PEOPLE = (("Arno Velt", "AA"), ("Bela Sorn", "BB"))


def _corpus() -> list[DocumentRecord]:
    """Rounds 1, 2 and 4 of one consultation (3 missing), the 5th announced; and a visit of another dyad."""
    return [
        record("r1", "2018-03", engagement(series=NAME, ordinal=1, on="2018-03-05", people=PEOPLE)),
        record("r2", "2019-03", engagement(series=NAME, ordinal=2, on="2019-03-05", people=PEOPLE)),
        record(
            "r4",
            "2021-03",
            engagement("e1", series=NAME, ordinal=4, on="2021-03-05", people=PEOPLE),
            engagement("e2", series=NAME, ordinal=5, status="planned", on="2022"),
        ),
        record("v1", "2020-06", engagement(kind="visit", parties=("AA", "CC"), on="2020-06-10", people=PEOPLE[:1])),
    ]


@pytest.fixture
def linked(build_store: Callable[..., Store]) -> Store:
    store = build_store(_corpus())
    link_store(store, as_of=date(2026, 11, 23))
    return store


@pytest.mark.parametrize("as_of", [date(2026, 11, 23)])
def test_queries_link_store_writes_keys_and_summarises(build_store: Callable[..., Store], as_of: date) -> None:
    store = build_store(_corpus())
    report = link_store(store, as_of=as_of)
    assert (report.records, report.engagements, report.events, report.series) == (4, 5, 5, 1)
    assert report.followups == {"engagement:overdue": 1}
    stored = store.get_record("r4")
    assert stored is not None
    assert [(e.event_key, e.series_key) for e in stored.engagements] == [
        ("aa-bb-political-consultation-r4", "aa-bb-political-consultation"),
        ("aa-bb-political-consultation-r5", "aa-bb-political-consultation"),
    ]


@pytest.mark.parametrize(
    ("dyad", "keys"),
    [(None, ["aa-bb-political-consultation"]), ("BB-AA", ["aa-bb-political-consultation"]), ("AA-CC", [])],
)
def test_queries_list_series_filters_by_dyad(linked: Store, dyad: str | None, keys: list[str]) -> None:
    assert [s.key for s in list_series(linked, dyad=dyad)] == keys


@pytest.mark.parametrize("key", ["aa-bb-political-consultation"])
def test_queries_series_timeline_orders_rounds_and_finds_gaps(linked: Store, key: str) -> None:
    timeline = series_timeline(linked, key)
    assert [(r.ordinal, r.status) for r in timeline.rounds] == [(1, "held"), (2, "held"), (4, "held"), (5, "planned")]
    assert timeline.missing_ordinals == [3]
    assert timeline.cadence_days == pytest.approx(365.0, abs=1)
    assert (timeline.next_ordinal, timeline.next_expected, timeline.next_expected_source) == (5, "2022", "announced")


@pytest.mark.parametrize("key", ["aa-bb-nothing"])
def test_queries_series_timeline_of_unknown_key_is_an_error(linked: Store, key: str) -> None:
    with pytest.raises(SeriesNotFound) as caught:
        series_timeline(linked, key)
    assert caught.value.code == "S502"
    assert f"no series {key!r}" in str(caught.value)


@pytest.mark.parametrize(
    ("dyad", "since", "count"), [(None, None, 5), ("AA-BB", None, 4), (None, "2021", 2), ("AA-CC", "2020-06", 1)]
)
def test_queries_list_events_filters_by_dyad_and_date(
    linked: Store, dyad: str | None, since: str | None, count: int
) -> None:
    events = list_events(linked, dyad=dyad, since=since)
    assert len(events) == count
    dates = [e.date.value for e in events if e.date]
    assert dates == sorted(dates, reverse=True)


@pytest.mark.parametrize("since", ["2021-13", "hier"])
def test_queries_list_events_rejects_a_bad_since(linked: Store, since: str) -> None:
    with pytest.raises(InvalidLinkQuery) as caught:
        list_events(linked, since=since)
    assert caught.value.code == "S503"
    assert "is not a date" in str(caught.value)


@pytest.mark.parametrize(("status", "count"), [(None, 1), ("overdue", 1), ("pending", 0), ("fulfilled", 0)])
def test_queries_list_followups_filters_by_status(linked: Store, status: str | None, count: int) -> None:
    assert len(list_followups(linked, status=status, as_of=date(2026, 11, 23))) == count


@pytest.mark.parametrize("status", ["late", "done"])
def test_queries_list_followups_rejects_unknown_status(linked: Store, status: str) -> None:
    with pytest.raises(InvalidLinkQuery) as caught:
        list_followups(linked, status=status)
    assert caught.value.code == "S503"
    assert f"unknown follow-up status {status!r}" in str(caught.value)


@pytest.mark.parametrize(
    ("name", "found"), [("Arno Velt", ["aa-arno-velt"]), ("M. Velt", ["aa-arno-velt"]), ("Zed", [])]
)
def test_queries_find_actor(linked: Store, name: str, found: list[str]) -> None:
    assert [a.key for a in find_actor(linked, name)] == found


@pytest.mark.parametrize("doc", ["late"])
def test_queries_unlinked_records_are_linked_in_memory(build_store: Callable[..., Store], doc: str) -> None:
    store = build_store(_corpus())
    link_store(store)
    store.add_document(Document(id=doc, text="Un autre article, écrit pour ce test.", published="2019-03"))
    store.save_record(record(doc, "2019-03", engagement(series=NAME, ordinal=2, on="2019-03-05")))
    (event,) = [e for e in list_events(store) if e.key == "aa-bb-political-consultation-r2"]
    assert {m.doc_id for m in event.mentions} == {"r2", doc}
