"""Events are occasions: calls on different days stay two, different places on one day stay two,
one event across outlets and languages is one, and every event has a one-line description."""

from __future__ import annotations

import pytest

from suivi.link import link_records

from .support import engagement, record


def _event_count(*records) -> int:  # type: ignore[no-untyped-def]
    return len(link_records(list(records)).clusters)


@pytest.mark.parametrize(
    ("first", "second", "events"), [("2024-03-04", "2024-03-06", 2), ("2024-03-04", "2024-03-05", 1)]
)
def test_two_calls_between_the_same_leaders_on_different_days_stay_two(first: str, second: str, events: int) -> None:
    people = (("Ana Lopa", "AA"), ("Bo Rinn", "BB"))
    a = record("fr-1", first[:7], engagement(kind="call", on=first, people=people, evidence="Entretien téléphonique."))
    b = record(
        "en-1", second[:7], engagement(kind="call", on=second, people=people, evidence="Phone talks."), language="en"
    )
    assert _event_count(a, b) == events


@pytest.mark.parametrize(
    ("place_a", "place_b", "events"), [("Capa", "Bora", 2), ("Ha Noi", "Hanoi", 1), ("Phnom Penh", "Phnom-Penh", 1)]
)
def test_meetings_on_one_day_in_differently_named_places_are_two(place_a: str, place_b: str, events: int) -> None:
    a = record("a", "2023-05", engagement(kind="meeting", on="2023-05-10", venue=(place_a, "AA")))
    b = record("b", "2023-05", engagement(kind="meeting", on="2023-05-10", venue=(place_b, "AA")))
    assert _event_count(a, b) == events


def test_one_visit_reported_in_french_and_english_is_one_event_with_a_description() -> None:
    people = (("Ana Lopa", "AA"),)
    fr = record("fr", "2022-09", engagement(kind="visit", on="2022-09-12", venue=("Capa", "BB"), people=people))
    en = record(
        "en", "2022-09", engagement(kind="visit", on="2022-09-13", venue=("Capa", "BB"), people=people), language="en"
    )
    (event,) = link_records([fr, en]).events()
    assert {m.doc_id for m in event.mentions} == {"fr", "en"}
    assert event.description == "visit — AA-BB — Capa, BB — 2022-09-12"


@pytest.mark.parametrize("name", ["Comité mixte de coopération", "Joint Committee on Cooperation"])
def test_a_round_description_names_mechanism_and_round(name: str) -> None:
    committee = engagement(kind="joint_committee", parties=("CC", "DD"), series=name, ordinal=17, on="2019-08-21")
    (event,) = link_records([record("j", "2019-08", committee)]).events()
    assert event.description == f"joint committee: {name}, round 17 — CC-DD — 2019-08-21"
