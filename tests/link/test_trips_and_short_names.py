"""Issue 11, linking what extraction gives: a visit planned in the sentence of a numbered round is the trip
on which that round is held; a name of several mechanisms is no round; a generic name that a longer name of
its own article begins with is that mechanism named short. Invented parties, people and sentences."""

from __future__ import annotations

import pytest

from suivi.link import link_records
from suivi.link.series import names_several, series_keys

from .support import engagement, record


def _event_of(linking, ref):  # type: ignore[no-untyped-def]
    return linking.links[ref][0]


@pytest.mark.parametrize(
    ("language", "sentence", "committee"),
    [
        (
            "en",
            "Mr Rinn invited his guest to pay an official visit and co-chair the 20th Joint Commission there.",
            "Joint Commission",
        ),
        (
            "fr",
            "M. Rinn a invité son hôte à effectuer une visite officielle et à coprésider la 20e Commission mixte.",
            "Commission mixte",
        ),
    ],
)
@pytest.mark.parametrize("parties", [("AA", "BB"), ("CC", "DD")])
def test_a_visit_planned_with_a_round_is_the_trip_reported_with_that_round(
    language: str, sentence: str, committee: str, parties: tuple[str, str]
) -> None:
    host = parties[1]
    visit = {"kind": "visit", "parties": parties, "venue": ("Capa", host)}
    plan = record(
        "plan",
        "2023-01",
        engagement("e1", status="planned", on="2023", evidence=sentence, **visit),  # type: ignore[arg-type]
        engagement(
            "e2",
            "joint_committee",
            parties,
            series=committee,
            ordinal=20,
            status="planned",
            on="2023",
            evidence=sentence,
        ),
        language=language,
    )
    # Three visits of the year fit the undated-to-the-year plan equally; one article reports the 20th round.
    trip = record(
        "trip",
        "2023-03",
        engagement("e1", on="2023-03-21", evidence="The visit began.", **visit),  # type: ignore[arg-type]
        engagement("e2", "joint_committee", parties, series=committee, ordinal=20, on="2023-03-21"),
    )
    other = record("other", "2023-08", engagement("e1", on="2023-08-14", **visit))  # type: ignore[arg-type]
    later = record("later", "2023-12", engagement("e1", on="2023-12-11", **visit))  # type: ignore[arg-type]
    linking = link_records([plan, trip, other, later])
    assert _event_of(linking, ("plan", "e1")) == _event_of(linking, ("trip", "e1"))
    assert _event_of(linking, ("plan", "e1")) != _event_of(linking, ("other", "e1"))


def test_a_visit_planned_alone_among_equal_visits_stays_apart() -> None:
    visit = {"kind": "visit", "venue": ("Capa", "BB")}
    plan = record("plan", "2023-01", engagement("e1", status="planned", on="2023", **visit))  # type: ignore[arg-type]
    one = record("one", "2023-03", engagement("e1", on="2023-03-21", **visit))  # type: ignore[arg-type]
    two = record("two", "2023-08", engagement("e1", on="2023-08-14", **visit))  # type: ignore[arg-type]
    linking = link_records([plan, one, two])
    assert len({_event_of(linking, (d, "e1")) for d in ("plan", "one", "two")}) == 3


@pytest.mark.parametrize(
    "name",
    [
        "talks, high-level consultation and bilateral mechanisms",
        "les mécanismes de consultation",
        "consultation mechanisms",
    ],
)
def test_a_name_of_several_mechanisms_is_no_round(name: str) -> None:
    records = [
        record("r-3", "2021-06", engagement(series="political consultation", ordinal=3, on="2021-06-02")),
        record("r-4", "2022-06", engagement(series="consultation politique", ordinal=4, on="2022-06-07")),
        record("wish", "2022-07", engagement(series=name, status="planned", on="2023")),
    ]
    keys = series_keys(records)
    assert names_several(name)
    assert ("wish", "e1") not in keys
    assert keys[("r-3", "e1")] == keys[("r-4", "e1")]


@pytest.mark.parametrize("name", ["political consultation", "Consultation mechanism", "mécanisme de consultation"])
def test_one_mechanism_named_in_the_singular_is_a_series(name: str) -> None:
    assert not names_several(name)


@pytest.mark.parametrize(
    ("longer", "short", "other", "bare_other"),
    [
        (
            "6e conférence internationale pour une frontière de paix",
            "conférence internationale",
            "Conférence des provinces frontalières",
            "Conférence",
        ),
        (
            "6th international conference on a border of peace",
            "international conference",
            "conference of the border provinces",
            "the conference",
        ),
    ],
)
def test_a_short_generic_name_is_the_longer_name_of_its_own_article(
    longer: str, short: str, other: str, bare_other: str
) -> None:
    summit = {"kind": "summit", "parties": ("EE", "FF")}
    article = record(
        "peace",
        "2022-09",
        engagement("e1", series=longer, ordinal=6, on="2022-09-20", **summit),  # type: ignore[arg-type]
        engagement("e2", series=short, on="2017", **summit),  # type: ignore[arg-type]
    )
    provinces = [
        record("p-8", "2015-10", engagement(series=other, ordinal=8, on="2015-10-28", **summit)),  # type: ignore[arg-type]
        record("p-9", "2017-05", engagement(series=bare_other, ordinal=9, on="2017", **summit)),  # type: ignore[arg-type]
        record("p-10", "2019-01", engagement(series=bare_other, ordinal=10, on="2019-01-10", **summit)),  # type: ignore[arg-type]
    ]
    keys = series_keys([article, *provinces])
    assert keys[("peace", "e2")] == keys[("peace", "e1")]
    assert keys[("peace", "e1")] != keys[("p-8", "e1")]
