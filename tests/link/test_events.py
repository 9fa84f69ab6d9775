"""Tests of suivi.link.events: one key per real-world event, across outlets, languages and announcements."""

from __future__ import annotations

import pytest

from suivi.link import link_records
from suivi.record import DocumentRecord

from .support import engagement, record, when

PEOPLE = (("Arno Velt", "AA"), ("Bela Sorn", "BB"))


def _keys(records: list[DocumentRecord], texts: dict[str, str] | None = None) -> dict[tuple[str, str], str]:
    return {ref: event for ref, (event, _) in link_records(records, texts).links.items()}


@pytest.mark.parametrize("english", ["13th Aland-Borovia Joint Commission", "Joint Commission"])
def test_events_french_and_english_reports_share_a_key(english: str) -> None:
    keys = _keys(
        [
            record(
                "fr-1",
                "2024-05",
                engagement(
                    kind="joint_committee", series="13e Commission mixte", ordinal=13, on="2024-05-27", people=PEOPLE
                ),
            ),
            record(
                "en-1",
                "2024-05",
                engagement(kind="joint_committee", series=english, ordinal=13, on="2024-05-27", people=PEOPLE),
                language="en",
            ),
        ]
    )
    assert keys[("fr-1", "e1")] == keys[("en-1", "e1")]


@pytest.mark.parametrize(("first", "second"), [(7, 8), (40, 41)])
def test_events_different_ordinals_never_merge(first: int, second: int) -> None:
    keys = _keys(
        [
            record("a", "2021-10", engagement(series="consultation politique", ordinal=first, on="2021-10-21")),
            record("b", "2021-10", engagement(series="consultation politique", ordinal=second, on="2021-10-21")),
        ]
    )
    assert keys[("a", "e1")] != keys[("b", "e1")]


@pytest.mark.parametrize(("announced", "held"), [("2025-03", "2025-10-08"), ("2023", "2023-06-12")])
def test_events_announced_round_joins_the_held_round_of_the_same_ordinal(announced: str, held: str) -> None:
    keys = _keys(
        [
            record(
                "plan",
                "2022-06",
                engagement(series="consultation politique", ordinal=6, status="planned", on=announced),
            ),
            record("held", held[:7], engagement(series="consultation politique", ordinal=6, on=held)),
        ]
    )
    assert keys[("plan", "e1")] == keys[("held", "e1")] == "aa-bb-political-consultation-r6"


@pytest.mark.parametrize(
    ("day_a", "day_b", "same"), [("2021-12-21", "2021-12-23", True), ("2021-12-21", "2021-12-27", False)]
)
def test_events_unnumbered_visits_merge_within_three_days(day_a: str, day_b: str, same: bool) -> None:
    keys = _keys(
        [
            record("x", "2021-12", engagement(kind="visit", on=day_a, people=PEOPLE[:1])),
            record("y", "2021-12", engagement(kind="visit", on=day_b, people=PEOPLE[:1])),
        ]
    )
    assert (keys[("x", "e1")] == keys[("y", "e1")]) is same


@pytest.mark.parametrize("other", [(("Cato Rinn", "AA"),)])
def test_events_different_people_on_the_same_day_are_different_events(other: tuple[tuple[str, str], ...]) -> None:
    keys = _keys(
        [
            record("x", "2022", engagement(kind="visit", on="2022", people=PEOPLE[:1])),
            record("y", "2022-11", engagement(kind="visit", on="2022-11", people=other)),
        ]
    )
    assert keys[("x", "e1")] != keys[("y", "e1")]


@pytest.mark.parametrize(("planned_venue", "held_venue"), [(("Capa", "AA"), ("Bora", "BB"))])
def test_events_visits_to_different_hosts_do_not_merge(
    planned_venue: tuple[str, str], held_venue: tuple[str, str]
) -> None:
    keys = _keys(
        [
            record("p", "2024-02", engagement(kind="visit", status="planned", on="2024", venue=planned_venue)),
            record("h", "2024-12", engagement(kind="visit", on="2024-12-21", venue=held_venue)),
        ]
    )
    assert keys[("p", "e1")] != keys[("h", "e1")]


@pytest.mark.parametrize("kind", ["meeting", "call"])
def test_events_one_article_never_reports_one_event_twice(kind: str) -> None:
    keys = _keys([record("d", "2021-12", engagement("e1", kind, on="2021-12"), engagement("e2", kind, on="2021-12"))])
    assert keys[("d", "e1")] != keys[("d", "e2")]


@pytest.mark.parametrize("words", [60])
def test_events_undated_mentions_without_people_merge_only_in_near_copies(words: int) -> None:
    body = " ".join(f"mot{i}" for i in range(words))
    records = [
        record(doc, "2025-07", engagement(kind="visit", status="planned")) for doc in ("copy-a", "copy-b", "other")
    ]
    texts = {"copy-a": body, "copy-b": body + " fin", "other": " ".join(f"autre{i}" for i in range(words))}
    keys = _keys(records, texts)
    assert keys[("copy-a", "e1")] == keys[("copy-b", "e1")]
    assert keys[("other", "e1")] != keys[("copy-a", "e1")]


@pytest.mark.parametrize("order", [0, 1, 2])
def test_events_keys_do_not_depend_on_ingest_order(order: int) -> None:
    records = [
        record("r1", "2021-12", engagement(kind="visit", on="2021-12-21", people=PEOPLE[:1])),
        record("r2", "2021-12", engagement(kind="visit", status="planned", on="2021-12", people=PEOPLE[:1])),
        record("r3", "2021", engagement(kind="visit", on="2021", people=PEOPLE[:1])),
    ]
    rotated = records[order:] + records[:order]
    assert _keys(rotated) == _keys(records)


@pytest.mark.parametrize("series", ["consultation politique"])
def test_events_series_key_reaches_an_unnamed_mention_of_the_same_event(series: str) -> None:
    linking = link_records(
        [
            record("named", "2020-11", engagement(series=series, ordinal=7, on="2020-11-29", people=PEOPLE)),
            record("plain", "2020-11", engagement(on="2020-11-29", people=PEOPLE)),
        ]
    )
    assert linking.links[("plain", "e1")] == linking.links[("named", "e1")]


@pytest.mark.parametrize(("a", "b"), [("2022-03-21", "2022-04-02")])
def test_events_conflicting_dates_of_one_round_are_flagged(a: str, b: str) -> None:
    linking = link_records(
        [
            record("x", a[:7], engagement(series="commission mixte", kind="joint_committee", ordinal=11, on=a)),
            record("y", b[:7], engagement(series="commission mixte", kind="joint_committee", ordinal=11, on=b)),
        ]
    )
    (event,) = linking.events()
    assert event.conflicts == [f"dates differ: {a} (x) vs {b} (y)"]
    assert [m.doc_id for m in event.mentions] == ["x", "y"]


HOSTS = (("Kenji Harada", "JP"), ("Linh Tran Thu", "VN"))


@pytest.mark.parametrize(
    ("undated", "dated", "same"),
    [
        (PEOPLE, PEOPLE[:1], True),  # everyone the dated report names is in the undated one
        (PEOPLE[1:] + PEOPLE[:1], PEOPLE, True),  # ... in any order
        (PEOPLE[:1], PEOPLE + HOSTS[:1], True),  # or the other way round
        (HOSTS[:1] + PEOPLE[1:], PEOPLE, False),  # the same host meeting another guest
        ((("Velt", "AA"),), PEOPLE, False),  # a surname alone names too many people
        ((), PEOPLE, False),
    ],
)
def test_events_undated_report_joins_the_dated_event_of_the_same_cast(
    undated: tuple[tuple[str, str], ...], dated: tuple[tuple[str, str], ...], same: bool
) -> None:
    keys = _keys(
        [
            record("dated", "2023-10", engagement(kind="visit", on="2023-10-11", people=dated)),
            record("undated", None, engagement(kind="visit", people=undated)),
        ]
    )
    assert (keys[("dated", "e1")] == keys[("undated", "e1")]) is same


@pytest.mark.parametrize("kind", ["visit", "meeting"])
def test_events_undated_report_that_fits_two_events_joins_neither(kind: str) -> None:
    keys = _keys(
        [
            record("may", "2022-05", engagement(kind=kind, on="2022-05-20", people=PEOPLE)),
            record("nov", "2022-11", engagement(kind=kind, on="2022-11-30", people=PEOPLE)),
            record("undated", None, engagement(kind=kind, people=PEOPLE[:1])),
        ]
    )
    assert keys[("undated", "e1")] not in {keys[("may", "e1")], keys[("nov", "e1")]}


@pytest.mark.parametrize(
    ("status", "published", "same"),
    [
        ("held", "2023-12", True),
        ("held", "2023-06", False),
        ("planned", "2023-06", True),
        ("planned", "2024-01", False),
    ],
)
def test_events_undated_report_respects_its_article_date(status: str, published: str, same: bool) -> None:
    """A held event was over when its article appeared; a planned one was still to come."""
    keys = _keys(
        [
            record("dated", "2023-10", engagement(kind="meeting", on="2023-10-11", people=PEOPLE)),
            record("undated", published, engagement(kind="meeting", status=status, people=PEOPLE)),
        ]
    )
    assert (keys[("dated", "e1")] == keys[("undated", "e1")]) is same


@pytest.mark.parametrize("twin_status", ["held", "planned"])
def test_events_report_naming_no_round_joins_the_numbered_round_over_a_vaguer_twin(twin_status: str) -> None:
    """Equal fit to a numbered round and to an unnumbered occasion: the round is the established event."""
    keys = _keys(
        [
            record(
                "a",
                "2022-12",
                engagement(kind="commemoration", series="60th anniversary of ties", ordinal=60, on="2022"),
            ),
            record(
                "b",
                "2022-05",
                engagement(
                    "e1", "commemoration", series="60e anniversaire des relations", ordinal=60, status="planned"
                ),
                engagement("e2", "commemoration", status=twin_status, on="2022"),
            ),
            record("c", "2022-01", engagement(kind="commemoration", status="planned", on="2022")),
        ]
    )
    assert keys[("c", "e1")] == keys[("a", "e1")] != keys[("b", "e2")]


@pytest.mark.parametrize("range_end", ["2025", "2026"])
def test_events_a_multi_year_range_is_a_weaker_date_match_than_the_same_year(range_end: str) -> None:
    """A plan for 2024 fits the consultation held in December 2024 better than a '2021-2025' programme."""
    ranged = engagement("e2", "consultation", status="planned").model_copy(update={"date": when("2021", range_end)})
    keys = _keys(
        [
            record("held", "2024-12", engagement(kind="consultation", on="2024-12", people=PEOPLE), ranged),
            record("plan", "2024-01", engagement(kind="consultation", status="planned", on="2024", people=PEOPLE)),
        ]
    )
    assert keys[("plan", "e1")] == keys[("held", "e1")] != keys[("held", "e2")]


@pytest.mark.parametrize(("held_on", "same"), [("2019-07-16", True), ("2019-07", False)])
def test_events_undated_plans_of_two_tellings_of_one_story_are_one_plan(held_on: str, same: bool) -> None:
    """A French and an English article on the same round held that day both announce the next round,
    undated: one plan. Articles that only share a month, or share nothing, do not."""
    fr = record(
        "fr",
        "2019-07",
        engagement("e1", series="4e consultation politique", ordinal=4, on=held_on),
        engagement("e2", series="5e consultation politique", ordinal=5, status="planned"),
    )
    en = record(
        "en",
        "2019-07",
        engagement("e1", series="political consultation", on=held_on),  # unnumbered: see test_next_round.py
        engagement("e2", series="next political consultation", status="planned"),
        language="en",
    )
    other = record("other", "2019-08", engagement("e1", series="political consultation", status="planned"))
    keys = _keys([fr, en, other])
    assert (keys[("fr", "e2")] == keys[("en", "e2")]) is same
    assert keys[("other", "e1")] not in {keys[("fr", "e2")], keys[("en", "e2")]}
