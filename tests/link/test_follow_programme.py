"""Follow-through of a visit's programme: what is to happen during a visit follows the visit, a round
co-chaired during a visit under way is held, a planned meeting is reported by the later visit that names
its people, and an article reporting a round held vouches for the visit to co-chair it."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from suivi.link import Followup, followups, link_records
from suivi.link.events import Cluster, Mention
from suivi.link.follow_through import engagement_followups
from suivi.record import DocumentRecord, Engagement

from .support import engagement, record

AS_OF = date(2026, 12, 3)


def _listed(records: list[DocumentRecord], as_of: date = AS_OF) -> list[Followup]:
    found = followups(link_records(records), as_of, grace=timedelta(0), kind="engagements")
    return [f for f in found if "expected" not in f.key]


def _by_doc(found: list[Followup], doc_id: str) -> list[Followup]:
    return [f for f in found if any(ref[0] == doc_id for ref in f.refs)]


@pytest.mark.parametrize(
    ("parties", "visitor", "host", "arrival", "during"),
    [
        (
            ("PP", "QQ"),
            ("Mira Solen", "PP"),
            ("Oskar Vint", "QQ"),
            "Le président Mira Solen est arrivé mardi à Valdor, entamant sa visite d'Etat.",
            "Durant son séjour, la présidente Mira Solen rencontrera le roi Oskar Vint.",
        ),
        (
            ("RR", "SS"),
            ("Teo Marsh", "RR"),
            ("Lina Okoro", "SS"),
            "Speaker Teo Marsh arrived in Kestra on Monday morning, beginning an official visit.",
            "During his stay, Teo Marsh will hold talks with his counterpart Lina Okoro.",
        ),
    ],
)
def test_a_meeting_during_a_visit_under_way_is_no_plan_of_its_own(
    parties: tuple[str, str], visitor: tuple[str, str], host: tuple[str, str], arrival: str, during: str
) -> None:
    visit = engagement("e1", "visit", parties, on="2024-07", venue=(None, parties[1]), people=(visitor, host),
                       evidence=arrival)  # fmt: skip
    meeting = engagement("e2", "meeting", parties, status="planned", people=(visitor, host), evidence=during)
    assert _listed([record("a", "2024-07", visit, meeting)]) == []


def test_a_meeting_planned_in_an_article_about_a_past_visit_stays_a_plan() -> None:
    # The visit was months before the article: a meeting it announces is not on that visit's programme.
    people = (("Mira Solen", "PP"), ("Oskar Vint", "QQ"))
    visit = engagement("e1", "visit", ("PP", "QQ"), on="2024-02", venue=(None, "QQ"), people=people)
    meeting = engagement("e2", "meeting", ("PP", "QQ"), status="planned", people=people, evidence="They will meet.")
    (followup,) = _listed([record("a", "2024-07", visit, meeting)])
    assert followup.refs == [("a", "e2")]
    assert followup.status == "overdue"


@pytest.mark.parametrize("language", ["fr", "en"])
def test_the_items_of_a_planned_visit_follow_the_visit(language: str) -> None:
    people = (("Ivo Brandt", "TT"), ("Sara Quell", "UU"))
    sentence = {
        "fr": "Ivo Brandt effectuera une visite d'Etat, où il rencontrera Sara Quell.",
        "en": "Ivo Brandt will pay a state visit, where he will meet Sara Quell.",
    }[language]
    visit = engagement("e1", "visit", ("TT", "UU"), status="planned", on="2025-03-10", venue=(None, "UU"),
                       people=people, evidence=sentence)  # fmt: skip
    meeting = engagement("e2", "meeting", ("TT", "UU"), status="planned", on="2025-03", people=people,
                         evidence=sentence)  # fmt: skip
    (followup,) = _listed([record("a", "2025-02", visit, meeting, language=language)])
    assert followup.refs == [("a", "e1")]


def test_a_round_co_chaired_during_a_visit_under_way_is_held() -> None:
    arrival = "The prime minister arrived in Norvik on Wednesday, where he will co-chair the 12th joint committee."
    visit = engagement("e1", "visit", ("VV", "WW"), on="2023-01", venue=("Norvik", "WW"),
                       people=(("Ada Kern", "VV"),), evidence=arrival)  # fmt: skip
    round_ = engagement("e2", "joint_committee", ("VV", "WW"), series="joint committee", ordinal=12,
                        status="planned", on="2023-01-11", venue=("Norvik", "WW"), evidence=arrival)  # fmt: skip
    earlier = engagement("e1", "joint_committee", ("VV", "WW"), series="comité mixte", ordinal=12,
                         status="planned", venue=(None, "WW"), evidence="Il coprésidera la 12e réunion.")  # fmt: skip
    found = _listed([record("a", "2023-01", visit, round_), record("b", "2023-01", earlier)])
    (followup,) = [f for f in found if f.title.startswith(("joint committee", "comité mixte"))]
    assert followup.status == "fulfilled_on_time"
    assert "under way in a" in followup.detail
    assert {ref[0] for ref in followup.refs} == {"a", "b"}


def test_a_round_agreed_for_next_year_during_a_visit_stays_a_plan() -> None:
    visit = engagement("e1", "visit", ("VV", "WW"), on="2023-05", venue=(None, "WW"), people=(("Ada Kern", "VV"),))
    next_round = engagement("e2", "joint_committee", ("VV", "WW"), series="joint committee", ordinal=13,
                            status="planned", on="2024", venue=(None, "VV"))  # fmt: skip
    (followup,) = _by_doc(_listed([record("a", "2023-05", visit, next_round)]), "a")
    assert followup.status == "overdue"


@pytest.mark.parametrize(("country", "fulfilled"), [("YY", True), ("XX", False)])
def test_a_planned_meeting_is_reported_by_the_later_visit_that_names_its_people(country: str, fulfilled: bool) -> None:
    people = (("Noor Castel", "XX"), ("Pavel Idris", "YY"))
    plan = engagement("e1", "meeting", ("XX", "YY"), status="planned", venue=(None, "YY"), people=people,
                      evidence="Noor Castel s'entretiendra avec Pavel Idris.")  # fmt: skip
    visit = engagement("e1", "visit", ("XX", "YY"), on="2023-02-14", venue=(None, country), people=people,
                       evidence="Noor Castel arrived on February 14 and was received by Pavel Idris.")  # fmt: skip
    found = _by_doc(_listed([record("plan", "2023-01", plan), record("held", "2023-02", visit)]), "plan")
    (followup,) = found
    assert followup.status.startswith("fulfilled") is fulfilled


def test_a_visit_to_co_chair_a_round_is_held_when_the_article_reporting_the_round_reports_a_visit() -> None:
    sentence = "The minister invited his counterpart to visit and co-chair the 20th joint commission in 2023."
    plan_visit = engagement("e1", "visit", ("ZZ", "AB"), status="planned", venue=(None, "ZZ"), evidence=sentence)
    plan_round = engagement("e2", "joint_committee", ("ZZ", "AB"), series="joint commission", ordinal=20,
                            status="planned", on="2023", evidence=sentence)  # fmt: skip
    held_visit = engagement("e1", "visit", ("ZZ", "AB"), on="2023-03-21", venue=(None, "ZZ"),
                            people=(("Lio Farran", "AB"),))  # fmt: skip
    held_round = engagement("e2", "joint_committee", ("ZZ", "AB"), series="commission mixte", ordinal=20,
                            venue=(None, "ZZ"))  # fmt: skip
    found = _listed([record("plan", None, plan_visit, plan_round), record("held", "2023-03", held_visit, held_round)])
    (visit,) = [f for f in found if ("plan", "e1") in f.refs]
    assert visit.status == "fulfilled_on_time"
    assert "reported in held" in visit.detail


def test_the_round_of_another_mechanism_does_not_vouch_for_a_round_that_names_nobody() -> None:
    sentence = "Ils renforceront la 4e réunion du comité de coopération et la 8e réunion du comité mixte économique."
    cooperation = engagement("e1", "joint_committee", ("CD", "EF"), series="comité de coopération", ordinal=4,
                             status="planned", evidence=sentence)  # fmt: skip
    economic = engagement("e2", "joint_committee", ("CD", "EF"), series="comité mixte économique", ordinal=8,
                          status="planned", on="2019", evidence=sentence)  # fmt: skip
    held = engagement("e1", "joint_committee", ("CD", "EF"), series="comité de coopération", ordinal=4,
                      on="2022-07-20", people=(("Rui Danto", "CD"),))  # fmt: skip
    found = _listed([record("plan", "2019-12", cooperation, economic), record("held", "2022-07", held)])
    (eighth,) = [f for f in found if ("plan", "e2") in f.refs]
    assert eighth.status == "overdue"


def test_one_sentence_is_cited_once_when_the_round_and_its_visit_share_it() -> None:
    arrival = "Le Premier ministre est arrivé à Norvik, où il coprésidera la 12e réunion du comité mixte."
    visit = engagement("e1", "visit", ("VV", "WW"), on="2023-01", venue=("Norvik", "WW"),
                       people=(("Ada Kern", "VV"),), evidence=arrival)  # fmt: skip
    round_ = engagement("e2", "joint_committee", ("VV", "WW"), series="comité mixte", ordinal=12,
                        status="planned", on="2023-01-11", evidence=arrival)  # fmt: skip
    (followup,) = [f for f in _listed([record("a", "2023-01", visit, round_)]) if f.refs == [("a", "e2")]]
    assert [e.sentence for e in followup.evidence] == [arrival]


def _cluster(doc_id: str, published: str, item: Engagement) -> Cluster:
    cluster = Cluster()
    cluster.add(Mention((doc_id, item.id), item, published, "gh-ij", "gh-ij-joint-committee"))
    return cluster


@pytest.mark.parametrize(
    ("held_on", "published", "status"),
    [("2025-06-12", "2025-06", "fulfilled_late"), ("2023-10-05", "2023-10", "fulfilled_on_time")],
)
def test_the_announced_round_of_a_mechanism_is_fulfilled_by_its_held_report_in_another_event(
    held_on: str, published: str, status: str
) -> None:
    # Event linking may keep two reports of one round apart (a date or venue conflict): round 7 of one
    # mechanism is still one occasion, held late or not.
    plan = engagement("e1", "joint_committee", ("GH", "IJ"), series="commission mixte", ordinal=7, status="planned",
                      on="2023", evidence="La 7e session de la commission mixte se tiendra en 2023.")  # fmt: skip
    held = engagement("e1", "joint_committee", ("GH", "IJ"), series="joint commission", ordinal=7, on=held_on,
                      venue=("Tarn", "IJ"), evidence="The 7th joint commission was held.")  # fmt: skip
    clusters = [(_cluster("plan", "2022-11", plan), "p"), (_cluster("held", published, held), "h")]
    (followup,) = engagement_followups(clusters, AS_OF, {}, timedelta(0))
    assert followup.status == status
    assert "reported in held" in followup.detail


def test_a_round_held_before_its_announcement_appeared_is_not_its_report() -> None:
    plan = engagement("e1", "joint_committee", ("GH", "IJ"), series="commission mixte", ordinal=7, status="planned",
                      on="2023")  # fmt: skip
    held = engagement("e1", "joint_committee", ("GH", "IJ"), series="joint commission", ordinal=7, on="2021-05-02")
    clusters = [(_cluster("plan", "2022-11", plan), "p"), (_cluster("held", "2021-05", held), "h")]
    (followup,) = engagement_followups(clusters, AS_OF, {}, timedelta(0))
    assert followup.status == "overdue"
