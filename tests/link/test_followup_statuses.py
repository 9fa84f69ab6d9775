"""Follow-up statuses with evidence: plans are plans, held anywhere in the store, grace period, cancelled
and postponed, rounds expected from a mechanism's cadence, targets compared like with like, --kind."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from suivi.errors import InvalidLinkQuery
from suivi.link import Followup, followups, link_records
from suivi.link.consolidate import around, projected, series_timeline
from suivi.link.follow_through import amount_of, scope_of
from suivi.link.queries import list_followups, list_series
from suivi.record import Commitment, DocumentRecord, Indicator, Period
from suivi.settings import load_settings

from .support import engagement, record, store_with, when

AS_OF = date(2026, 11, 23)
NO_GRACE = timedelta(0)


def _engagement_followups(
    records: list[DocumentRecord], as_of: date = AS_OF, grace: timedelta = NO_GRACE
) -> list[Followup]:
    return followups(link_records(records), as_of, grace=grace, kind="engagements")


@pytest.mark.parametrize(
    ("published", "on", "listed"),
    [("2024-11", "2024-10-20", False), ("2024-11", "2024-11-05", True), ("2024-11", "2025-02", True)],
)
def test_a_planned_mention_dated_before_its_article_is_no_plan(published: str, on: str, listed: bool) -> None:
    visit = engagement(kind="visit", status="planned", on=on, people=(("Ana Lopa", "AA"),))
    assert bool(_engagement_followups([record("p", published, visit)])) is listed


@pytest.mark.parametrize(
    ("as_of", "grace", "status"),
    [
        (date(2026, 10, 20), 30, "pending"),  # before the month announced
        (date(2026, 11, 15), 30, "pending"),  # the month has passed, the grace period has not
        (date(2026, 12, 15), 30, "overdue"),
        (date(2026, 11, 15), 0, "overdue"),
    ],
)
def test_pending_until_the_date_at_its_precision_then_overdue_after_the_grace_period(
    as_of: date, grace: int, status: str
) -> None:
    plan = record("p", "2026-06", engagement(kind="visit", parties=("CC", "DD"), status="planned", on="2026-10"))
    (followup,) = _engagement_followups([plan], as_of, timedelta(days=grace))
    assert followup.status == status


@pytest.mark.parametrize(("kind", "people"), [("visit", (("Ana Lopa", "AA"),)), ("call", (("Bo Rinn", "BB"),))])
def test_an_announcement_is_fulfilled_by_a_held_report_in_another_event(kind: str, people: tuple) -> None:
    # The announcement is undated, so linking keeps it apart from the held report: follow-through still
    # finds the held mention of the same parties, kind and person within the announcement's horizon.
    plan = record("plan", "2025-03", engagement(kind=kind, status="planned", people=people, evidence="X will visit."))
    held = record("held", "2025-05", engagement(kind=kind, on="2025-05-12", people=people, evidence="X visited."))
    (followup,) = _engagement_followups([plan, held])
    assert followup.status.startswith("fulfilled")
    assert "held" in followup.detail
    assert {e.doc_id for e in followup.evidence} == {"plan", "held"}


def test_a_held_report_of_other_people_does_not_fulfil_an_announcement() -> None:
    plan = record("plan", "2025-03", engagement(kind="visit", status="planned", people=(("Ana Lopa", "AA"),)))
    other = record("held", "2025-05", engagement(kind="visit", on="2025-05-12", people=(("Cy Dorr", "AA"),)))
    (followup,) = _engagement_followups([plan, other], as_of=date(2025, 6, 1))
    assert followup.status == "pending"


@pytest.mark.parametrize("status", ["cancelled", "postponed"])
def test_cancelled_and_postponed_are_reported_as_such(status: str) -> None:
    plan = record("p", "2026-01", engagement(kind="summit", parties=("EE", "FF"), status=status, on="2026-03"))
    (followup,) = _engagement_followups([plan])
    assert followup.status == status


def _round(doc: str, ordinal: int, on: str, parties: tuple[str, str] = ("GG", "HH")) -> DocumentRecord:
    name = "commission mixte" if ordinal % 2 else "joint commission"
    return record(doc, on[:7], engagement(kind="joint_committee", parties=parties, series=name, ordinal=ordinal, on=on))


@pytest.mark.parametrize(("as_of", "status"), [(date(2026, 6, 20), "pending"), (AS_OF, "overdue")])
def test_a_round_expected_from_the_cadence_keeps_its_precision_and_turns_overdue(as_of: date, status: str) -> None:
    records = [_round("r7", 7, "2023-06-10"), _round("r8", 8, "2024-06-12"), _round("r9", 9, "2025-06-11")]
    linking = link_records(records)
    timeline = series_timeline("gg-hh-joint-committee", linking.events(), [], as_of)
    assert (timeline.next_ordinal, timeline.next_expected, timeline.next_expected_text) == (
        10,
        "2026-06",
        "around June 2026",
    )
    assert timeline.next_overdue is (status == "overdue")
    (expected,) = [f for f in _engagement_followups(records, as_of) if "expected" in f.key]
    assert (expected.status, expected.due) == (status, "2026-06")
    assert "around June 2026" in expected.detail


@pytest.mark.parametrize(
    ("last", "cadence", "value"),
    [
        ("2026-06-22", 365.0, "2027-06"),
        ("2026-06-22", 30.0, "2026-07-22"),
        ("2026", 365.0, "2027"),
        ("2026-03", 20.0, "2026-03"),
    ],
)
def test_projections_are_no_more_precise_than_the_cadence_and_the_last_date(
    last: str, cadence: float, value: str
) -> None:
    assert projected(when(last), cadence).value == value  # type: ignore[arg-type]
    assert around(projected(when(last), cadence)).startswith("around")  # type: ignore[arg-type]


def _indicator(value: float, evidence: str, kind: str = "observed", end: str = "2025") -> Indicator:
    return Indicator(
        metric="trade_volume", parties=["II", "JJ"], value=value, unit="USD", kind=kind,
        period=Period(start=end, end=end), evidence=evidence,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("evidence", "value", "amount"),
    [
        ("to lift two-way trade to US$20 bln by 2025", 20, 2e10),
        ("to 20 bn USD", 20, 2e10),
        ("porter les échanges à 10 milliards de dollars", 10, 1e10),
        ("phấn đấu đạt 20 tỷ USD", 20, 2e10),
        ("trade reached US$20 billion", 2e10, 2e10),
        ("trade grew 20 percent", 20, 20),
    ],
)
def test_amounts_carry_their_scale_words(evidence: str, value: float, amount: float) -> None:
    assert amount_of(_indicator(value, evidence)) == amount


@pytest.mark.parametrize(
    ("evidence", "scope"),
    [
        ("Border trade between the two provinces reached 2 billion USD", "provincial"),
        ("Les échanges frontaliers de la province ont atteint 1 milliard", "provincial"),
        ("Bilateral trade reached 20 billion USD", "national"),
        ("Le commerce bilatéral a atteint 10 milliards de dollars", "national"),
    ],
)
def test_figures_are_national_or_provincial(evidence: str, scope: str) -> None:
    assert scope_of(_indicator(1e9, evidence)) == scope


def test_a_provincial_figure_does_not_meet_a_national_target() -> None:
    target = _indicator(20, "to raise bilateral trade to US$20 bln by 2025", kind="target")
    setting = Commitment(
        kind="agreed", parties=["II", "JJ"], areas=["trade"], text=target.evidence, target=target, deadline=when("2025")
    )
    provincial = _indicator(25e9, "trade of the border provinces reached US$25 billion")
    national = _indicator(18e9, "bilateral trade reached US$18 billion")
    records = [
        record("set", "2021-09", engagement(parties=("II", "JJ"), on="2021-09"), commitments=(setting,)),
        record("seen", "2026-02", engagement(parties=("II", "JJ"), on="2026-02"), indicators=(provincial, national)),
    ]
    (target_followup,) = followups(link_records(records), AS_OF, kind="targets")
    assert target_followup.status == "not_met"
    assert "1.8e+10" in target_followup.detail


def test_followups_list_engagements_first_and_filter_by_kind() -> None:
    pledge = Commitment(kind="pledged", parties=["KK", "LL"], areas=["trade"], text="open markets", engagement="e1")
    plan = engagement(kind="visit", parties=("KK", "LL"), status="planned", on="2027-02")
    store = store_with([record("a", "2026-10", plan, commitments=(pledge,))])
    everything = list_followups(store, as_of=AS_OF)
    assert [f.subject for f in everything] == ["engagement", "commitment"]
    assert [f.subject for f in list_followups(store, as_of=AS_OF, kind="commitments")] == ["commitment"]
    assert list_followups(store, as_of=AS_OF, kind="targets") == []
    with pytest.raises(InvalidLinkQuery):
        list_followups(store, as_of=AS_OF, kind="promises")


def test_anniversaries_keep_a_series_key_but_are_not_listed_as_mechanisms() -> None:
    def commemoration(name: str, ordinal: int, on: str) -> DocumentRecord:
        return record(
            on, on, engagement(kind="commemoration", parties=("MM", "NN"), series=name, ordinal=ordinal, on=on)
        )

    store = store_with(
        [
            commemoration("50e anniversaire des relations diplomatiques", 50, "2017-06"),
            commemoration("55th anniversary of diplomatic ties", 55, "2022-06"),
            _round("c1", 3, "2021-04-02", ("MM", "NN")),
        ]
    )
    assert [s.key for s in list_series(store)] == ["mm-nn-joint-committee"]
    assert len(list_series(store, mechanisms_only=False)) == 2


def test_the_grace_period_is_a_setting(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("SUIVI_FOLLOWUP_GRACE_DAYS", "90")
    assert load_settings().followup_grace_days == 90
    plan = record("p", "2026-06", engagement(kind="visit", parties=("CC", "DD"), status="planned", on="2026-10"))
    (followup,) = followups(link_records([plan]), date(2026, 12, 15), kind="engagements")
    assert followup.status == "pending"


@pytest.mark.parametrize("held_reports", [1, 2])
def test_an_undated_plan_is_fulfilled_by_the_only_undated_held_report_of_the_same_people(held_reports: int) -> None:
    people = (("Pham Anh Tuan", "AA"), ("Kenji Mori", "BB"))
    plan = record("plan", None, engagement(kind="visit", status="planned", people=people))
    held = [record(f"held-{i}", None, engagement(kind="visit", people=people)) for i in range(held_reports)]
    (followup,) = _engagement_followups([plan, *held])
    assert followup.status == ("fulfilled_on_time" if held_reports == 1 else "pending")


@pytest.mark.parametrize("name", ["Forum de dialogue", "regional connectivity conference"])
def test_a_forum_seen_once_and_never_numbered_is_no_mechanism(name: str) -> None:
    once = record("f1", "2024-04", engagement(kind="summit", parties=("OO", "PP"), series=name, on="2024-04-10"))
    numbered = record(
        "f2", "2025-04", engagement(kind="summit", parties=("QQ", "RR"), series=name, ordinal=3, on="2025-04")
    )
    store = store_with([once, numbered])
    (listed,) = list_series(store)
    assert listed.key.startswith("qq-rr-")
    assert len(list_series(store, mechanisms_only=False)) == 2


@pytest.mark.parametrize(("as_of", "status"), [(date(2024, 9, 1), "pending"), (date(2025, 3, 1), "overdue")])
def test_an_undated_plan_of_a_dated_article_is_due_within_six_months(as_of: date, status: str) -> None:
    plan = record("p", "2024-07", engagement(kind="meeting", parties=("SS", "TT"), status="planned"))
    (followup,) = _engagement_followups([plan], as_of)
    assert followup.status == status


@pytest.mark.parametrize(
    ("planned", "held", "status"),
    [("Laos", "Vientiane", "fulfilled_on_time"), ("Pakse", "Vientiane", "fulfilled_elsewhere")],
)
def test_a_venue_given_as_the_country_is_not_moved_by_a_city_in_it(planned: str, held: str, status: str) -> None:
    plan = record(
        "p",
        "2024-11",
        engagement(
            kind="joint_committee",
            parties=("VN", "LA"),
            series="Comité intergouvernemental",
            ordinal=47,
            status="planned",
            on="2025",
            venue=(planned, "LA"),
        ),
    )
    done = record(
        "h",
        "2025-01",
        engagement(
            kind="joint_committee",
            parties=("VN", "LA"),
            series="Intergovernmental Committee",
            ordinal=47,
            on="2025-01-09",
            venue=(held, "LA"),
        ),
    )
    (followup,) = _engagement_followups([plan, done])
    assert followup.status == status


ARRIVED = {
    "en": ("The Aland premier arrived in Borovia on Tuesday for a three-day official visit.",
           "During the visit she is to meet the Borovian president and open a trade fair."),
    "fr": ("La Première ministre alandaise est arrivée mardi en Borovie pour une visite officielle de trois jours.",
           "Durant sa visite, elle doit rencontrer le président borovien et inaugurer une foire commerciale."),
}  # fmt: skip
PREMIER = (("Ana Lopa", "AA"),)


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize(
    ("held_on", "plan_venue", "listed"),
    [
        ("2025-03-11", "BB", False),  # the visit under way, and what is to happen during it
        ("2025-03-11", "AA", True),  # a return visit the other way is a plan of its own
        ("2024-01-15", "BB", True),  # visited last year, will visit again: a new plan
    ],
)
def test_a_plan_of_the_occasion_its_own_article_reports_under_way_is_no_plan(
    lang: str, held_on: str, plan_venue: str, listed: bool
) -> None:
    held_sentence, plan_sentence = ARRIVED[lang]
    visit = engagement("e1", kind="visit", on=held_on, venue=(None, "BB"), people=PREMIER, evidence=held_sentence)
    during = engagement(
        "e2", kind="visit", status="planned", venue=(None, plan_venue), people=PREMIER, evidence=plan_sentence
    )
    found = _engagement_followups([record("a", "2025-03", visit, during, language=lang)], as_of=date(2025, 3, 20))
    assert bool(found) is listed


INVITED = {
    "en": "The minister invited his Borovian counterpart to visit Aland and co-chair the 18th joint committee "
    "meeting, due in Aland in the second half of 2022.",
    "fr": "Le ministre a invité son homologue borovien à se rendre en Aland et à coprésider la 18e réunion du "
    "comité mixte, prévue en Aland au second semestre 2022.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize(
    ("same_sentence", "committee_venue", "status", "due"),
    [
        (True, "AA", "overdue", "2022"),  # one trip: the visit is the committee round's
        (False, "AA", "pending", None),
        (True, None, "pending", None),  # a list of occasions, the dated one not said to be in Aland
    ],
)
def test_an_undated_plan_takes_the_date_of_the_dated_plan_of_its_own_sentence_in_the_same_country(
    lang: str, same_sentence: bool, committee_venue: str | None, status: str, due: str | None
) -> None:
    committee = engagement(
        "e1", kind="joint_committee", parties=("AA", "BB"), series="joint committee", ordinal=18,
        status="planned", on="2022", evidence=INVITED[lang],
        venue=(None, committee_venue) if committee_venue else None,
    )  # fmt: skip
    visit_sentence = INVITED[lang] if same_sentence else "The Borovian minister will come to Aland one day."
    visit = engagement(
        "e2", kind="visit", parties=("AA", "BB"), status="planned", people=(("Cy Dorr", "BB"),),
        venue=(None, "AA"), evidence=visit_sentence,
    )  # fmt: skip
    found = _engagement_followups([record("undated", None, committee, visit, language=lang)])
    (followup,) = [f for f in found if "visit" in f.title]
    assert (followup.status, followup.due) == (status, due)


CO_CHAIR = {
    "en": "The Aland premier will lead a delegation to Borovia, where she will co-chair the 47th meeting of the "
    "intergovernmental committee.",
    "fr": "La Première ministre alandaise conduira une délégation en Borovie, où elle coprésidera la 47e réunion du "
    "comité intergouvernemental.",
}


@pytest.mark.parametrize("lang", ["en", "fr"])
@pytest.mark.parametrize(("with_round", "status"), [(True, "fulfilled_on_time"), (False, "pending")])
def test_the_article_reporting_a_round_held_vouches_for_the_visit_announced_with_it(
    lang: str, with_round: bool, status: str
) -> None:
    # Nothing dates the announcement, and the premier visited Borovia twice: only the article that reports
    # the 47th meeting held says which visit was the announced one.
    visit = engagement(
        "e1", kind="visit", status="planned", venue=(None, "BB"), people=PREMIER, evidence=CO_CHAIR[lang]
    )
    meeting = engagement(
        "e2", kind="joint_committee", series="intergovernmental committee", ordinal=47, status="planned",
        evidence=CO_CHAIR[lang],
    )  # fmt: skip
    announcement = record("plan", None, visit, *([meeting] if with_round else []), language=lang)
    held_round = record(
        "round", None,
        engagement("e1", kind="joint_committee", series="intergovernmental committee", ordinal=47),
        engagement("e2", kind="visit", on="2025-01-09", venue=(None, "BB"), people=PREMIER),
    )  # fmt: skip
    before = engagement(kind="visit", on="2023-01-11", venue=(None, "BB"), people=PREMIER)
    earlier = record("earlier", "2023-01", before)
    (followup,) = [f for f in _engagement_followups([announcement, held_round, earlier]) if "visit" in f.title]
    assert followup.status == status
    assert ("round" in {e.doc_id for e in followup.evidence}) is with_round
