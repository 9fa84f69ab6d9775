"""Issue 11, linking reports that fall short: two undated reports of one trip are one event; a plan whose
sentence names a round of its article by number (a headline) is that round's trip; an undated mention of an
occasion its own article dates is that occasion. Invented parties, people, places and sentences, FR and EN."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from suivi.link import followups, link_records
from suivi.link.events import mentions_of, ordinals_named
from suivi.link.series import series_keys

from .support import engagement, record

AS_OF = date(2026, 12, 3)


def _event(linking, doc_id: str, eid: str = "e1") -> str:  # type: ignore[no-untyped-def]
    return linking.links[(doc_id, eid)][0]


PAIRS = [
    # parties, traveller, host, visited country
    (("AA", "BB"), ("Ana Lopa", "AA"), ("Bo Rinn", "BB"), "BB"),
    (("CC", "DD"), ("Cyr Malo", "DD"), ("Tess Vanel", "CC"), "CC"),
]


def _visit(status: str, traveller: tuple[str, str], host: tuple[str, str] | None, parties, country, **kw):  # type: ignore[no-untyped-def]
    people = (traveller, host) if host else (traveller,)
    return engagement(kind="visit", parties=parties, status=status, venue=(None, country), people=people, **kw)


@pytest.mark.parametrize(("parties", "traveller", "host", "country"), PAIRS)
@pytest.mark.parametrize("statuses", [("held", "held"), ("planned", "held")])
def test_two_undated_reports_of_one_trip_are_one_event(parties, traveller, host, country, statuses) -> None:  # type: ignore[no-untyped-def]
    short = (traveller[0].split()[-1], traveller[1])  # the second article names the traveller by one name
    first = record("fr-a", None, _visit(statuses[0], traveller, None, parties, country, evidence="Il est arrivé."))
    second = record(
        "en-b", None, _visit(statuses[1], short, host, parties, country, evidence="He met his host."), language="en"
    )
    linking = link_records([first, second])
    assert _event(linking, "fr-a") == _event(linking, "en-b")


@pytest.mark.parametrize(("parties", "traveller", "host", "country"), PAIRS)
def test_undated_visits_to_other_countries_or_by_other_people_or_only_planned_stay_apart(
    parties, traveller, host, country
) -> None:  # type: ignore[no-untyped-def]
    other_country = next(p for p in parties if p != country)
    base = record("a", None, _visit("held", traveller, host, parties, country))
    elsewhere = record("b", None, _visit("held", traveller, None, parties, other_country))
    someone_else = record("c", None, _visit("held", ("Ivo Strand", traveller[1]), None, parties, country))
    assert len({_event(link_records([base, other]), d) for other in (elsewhere,) for d in ("a", "b")}) == 2
    assert len({_event(link_records([base, someone_else]), d) for d in ("a", "c")}) == 2
    # Two announcements and nothing held: nothing says they announce the same trip.
    plan_a = record("pa", None, _visit("planned", traveller, None, parties, country))
    plan_b = record("pb", None, _visit("planned", traveller, host, parties, country))
    linking = link_records([plan_a, plan_b])
    assert _event(linking, "pa") != _event(linking, "pb")


@pytest.mark.parametrize(
    ("published", "together"), [(("2022-11-19", "2022-11-21"), True), (("2019-03", "2022-11"), False)]
)
def test_two_undated_held_reports_of_articles_years_apart_are_two_trips(published, together) -> None:  # type: ignore[no-untyped-def]
    parties, traveller, host, country = PAIRS[0]
    one = record("one", published[0], _visit("held", traveller, None, parties, country))
    two = record("two", published[1], _visit("held", traveller, host, parties, country), language="en")
    linking = link_records([one, two])
    assert (_event(linking, "one") == _event(linking, "two")) is together


@pytest.mark.parametrize(("parties", "traveller", "host", "country"), PAIRS)
def test_an_undated_plan_joins_the_undated_report_of_its_trip_not_a_dated_visit_of_the_same_people(
    parties, traveller, host, country
) -> None:  # type: ignore[no-untyped-def]
    plan = record("plan", None, _visit("planned", traveller, host, parties, country, evidence="X will visit."))
    report = record("report", None, _visit("held", (traveller[0].split()[-1], traveller[1]), None, parties, country))
    # Another year's visit of the same two people, dated: the plan would fit it on its people alone.
    dated = record("dated", "2019-05", _visit("held", traveller, host, parties, country, on="2019-05"))
    linking = link_records([plan, report, dated])
    assert _event(linking, "plan") == _event(linking, "report")
    assert _event(linking, "plan") != _event(linking, "dated")


@pytest.mark.parametrize(
    ("language", "sentence", "numbers"),
    [
        ("en", "PM Tan to visit Bora for 12th joint commission", {12}),
        ("fr", "Le Premier ministre Tan attendu à Bora pour la 12e commission mixte", {12}),
        ("en", "PM Tan to visit Bora", set()),
    ],
)
def test_ordinals_named_reads_the_round_numbers_a_sentence_writes(language: str, sentence: str, numbers) -> None:  # type: ignore[no-untyped-def]
    assert ordinals_named(sentence, language) == numbers
    assert ordinals_named(sentence, "xx") == frozenset()  # no engagement cues for the language: none


@pytest.mark.parametrize(
    ("language", "headline", "lead", "fulfilled"),
    [
        (
            "en",
            "PM Tan to visit Bora for 12th joint commission",
            "Prime Minister Ana Tan will lead a delegation to Bora to co-chair the 12th Joint Commission.",
            True,
        ),
        (
            "fr",
            "La Première ministre Tan attendue à Bora pour la 12e commission mixte",
            "La Première ministre Ana Tan coprésidera à Bora la 12e réunion de la Commission mixte.",
            True,
        ),
        (
            "en",
            "PM Tan to visit Bora for 11th joint commission",
            "Prime Minister Ana Tan will lead a delegation to Bora to co-chair the 12th Joint Commission.",
            False,
        ),
    ],
)
@pytest.mark.parametrize("parties", [("AA", "BB"), ("EE", "FF")])
def test_a_plan_in_a_headline_naming_the_round_is_fulfilled_by_the_trip_of_that_round(
    language: str, headline: str, lead: str, fulfilled: bool, parties: tuple[str, str]
) -> None:
    host = parties[1]
    name = "Joint Commission" if language == "en" else "Commission mixte"
    plan = record(
        "plan",
        None,
        engagement(
            "e1",
            "visit",
            parties,
            status="planned",
            venue=(None, host),
            people=(("Tan", parties[0]),),
            evidence=headline,
        ),
        engagement(
            "e2", "joint_committee", parties, series=name, ordinal=12, status="planned", on="2025-03-10", evidence=lead
        ),
        language=language,
    )
    held = record(
        "held",
        None,
        engagement("e1", "joint_committee", parties, series=name, ordinal=12, on="2025-03", evidence="Round held."),
        engagement("e2", "visit", parties, on="2025-03-10", venue=("Bora", host), people=(("Ana Tan", parties[0]),)),
        language=language,
    )
    other = record(
        "other",
        "2024-06",
        engagement("e1", "visit", parties, on="2024-06-02", venue=("Bora", host), people=(("Ana Tan", parties[0]),)),
    )
    linking = link_records([plan, held, other])
    mention = next(m for m in mentions_of([plan], series_keys([plan])) if m.ref == ("plan", "e1"))
    assert bool(mention.sentence_rounds) is fulfilled
    found = followups(linking, AS_OF, grace=timedelta(0), kind="engagements")
    (visit,) = [f for f in found if ("plan", "e1") in [tuple(r) for r in f.refs]]
    assert visit.status.startswith("fulfilled") is fulfilled
    if fulfilled:
        assert "held" in (visit.detail or "") and "2025-03-10" in (visit.detail or "")


@pytest.mark.parametrize(
    ("language", "guest", "arrival", "during"),
    [
        (
            "fr",
            "Mira Solen",
            "La présidente Mira Solen est arrivée mardi à Valdor, entamant sa visite d'Etat.",
            "Durant sa visite, la présidente Mira Solen devrait rencontrer des dirigeants.",
        ),
        (
            "en",
            "Cyr Malo",
            "President Cyr Malo arrived in Norte on Tuesday, beginning his state visit.",
            "During his visit, President Cyr Malo is to meet the country's leaders.",
        ),
    ],
)
@pytest.mark.parametrize("parties", [("PP", "QQ"), ("AA", "BB")])
def test_an_undated_mention_of_an_occasion_its_own_article_dates_is_that_occasion(
    language: str, guest: str, arrival: str, during: str, parties: tuple[str, str]
) -> None:
    host_country = parties[1]
    visit = {"kind": "visit", "parties": parties, "venue": (None, host_country)}
    article = record(
        "art",
        "2023-01",
        engagement(
            "e1", on="2023-01-10", people=((guest, parties[0]), ("Oskar Vint", host_country)), evidence=arrival, **visit
        ),  # type: ignore[arg-type]
        engagement("e2", status="planned", people=((guest, parties[0]),), evidence=during, **visit),  # type: ignore[arg-type]
        # Someone the dated visit does not name: another occasion.
        engagement("e3", status="planned", people=(("Ivo Strand", parties[0]),), evidence="Another visit.", **visit),  # type: ignore[arg-type]
        language=language,
    )
    linking = link_records([article])
    assert _event(linking, "art", "e2") == _event(linking, "art", "e1")
    assert _event(linking, "art", "e3") != _event(linking, "art", "e1")


@pytest.mark.parametrize("language", ["fr", "en"])
def test_two_dated_calls_of_one_article_between_the_same_leaders_stay_two(language: str) -> None:
    people = (("Ana Lopa", "AA"), ("Bo Rinn", "BB"))
    article = record(
        "calls",
        "2024-03",
        engagement("e1", "call", on="2024-03-04", people=people),
        engagement("e2", "call", on="2024-03-20", people=people),
        engagement("e3", "call", people=people),  # undated, and both dated calls fit it: it joins neither
        language=language,
    )
    linking = link_records([article])
    assert len({_event(linking, "calls", e) for e in ("e1", "e2", "e3")}) == 3


@pytest.mark.parametrize(("language", "parties"), [("fr", ("AA", "BB")), ("en", ("CC", "DD"))])
@pytest.mark.parametrize(("held_on", "joined"), [("2023-02-14", True), ("2025-06-03", False), ("2022-11-02", False)])
def test_an_undated_plan_of_a_dated_article_is_for_the_months_after_it(
    language: str, parties: tuple[str, str], held_on: str, joined: bool
) -> None:
    people = (("Ana Lopa", parties[0]), ("Bo Rinn", parties[1]))
    plan = record(
        "plan", "2023-01", engagement("e1", "meeting", parties, status="planned", people=people), language=language
    )
    held = record("held", held_on[:7], engagement("e1", "meeting", parties, on=held_on, people=people))
    linking = link_records([plan, held])
    assert (_event(linking, "plan") == _event(linking, "held")) is joined
