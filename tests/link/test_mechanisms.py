"""Series are mechanisms: body type and level in the key, anniversaries by the year they count from,
round numbers that count something else, and one round reported once per article."""

from __future__ import annotations

import pytest

from suivi.link.series import classify, is_mechanism_type, round_ordinal, series_keys
from suivi.vocab import EngagementKind

from .support import engagement, record

JOINT = EngagementKind.JOINT_COMMITTEE


@pytest.mark.parametrize(
    ("cabinet", "committee"),
    [
        ("réunion conjointe des deux Cabinets", "Comité mixte de coopération bilatérale"),
        ("Joint Cabinet Retreat", "Joint Commission on Bilateral Cooperation"),
    ],
)
def test_joint_cabinet_and_joint_committee_are_two_mechanisms(cabinet: str, committee: str) -> None:
    records = [
        record("c-1", "2021-03", engagement(kind="joint_committee", series=cabinet, ordinal=3, on="2021-03-02")),
        record("c-2", "2021-05", engagement(kind="joint_committee", series=committee, ordinal=4, on="2021-05-10")),
        record("c-3", "2023-06", engagement(kind="joint_committee", series=cabinet, ordinal=4, status="planned")),
    ]
    keys = series_keys(records)
    assert keys[("c-1", "e1")] == keys[("c-3", "e1")]
    assert keys[("c-1", "e1")] != keys[("c-2", "e1")]
    assert classify(cabinet, JOINT).type == "joint-cabinet"


@pytest.mark.parametrize(
    ("english", "french"),
    [
        ("ZZORG Foreign Ministers' Meeting", "Conférence des ministres des Affaires étrangères de la ZZORG"),
        ("ZZORG Ministerial Meeting", "réunion ministérielle de la ZZORG"),
    ],
)
def test_ministers_meeting_and_conference_of_one_body_are_one_mechanism(english: str, french: str) -> None:
    records = [
        record("m-1", "2022-08", engagement(kind="summit", parties=("ZZORG", "AA"), series=english, ordinal=55)),
        record("m-2", "2011-07", engagement(kind="summit", parties=("ZZORG", "CC"), series=french, ordinal=44)),
        record(
            "m-3",
            "2022-11",
            engagement(kind="summit", parties=("ZZORG", "AA"), series="Sommet de la ZZORG", ordinal=40),
        ),
        record(
            "m-4",
            "2022-09",
            engagement(kind="summit", parties=("ZZORG", "BB"), series="ZZORG ministers' retreat", ordinal=9),
        ),
    ]
    keys = series_keys(records)
    assert keys[("m-1", "e1")] == keys[("m-2", "e1")]
    assert len({keys[("m-1", "e1")], keys[("m-3", "e1")], keys[("m-4", "e1")]}) == 3


@pytest.mark.parametrize(
    ("deputy", "minister"),
    [
        ("consultation politique des vice-ministres des Affaires étrangères", "consultation politique des ministres"),
        ("deputy foreign ministers' political consultation", "ministerial political consultation"),
    ],
)
def test_minister_and_deputy_levels_never_share_a_series(deputy: str, minister: str) -> None:
    records = [
        record("d-1", "2023-06", engagement(parties=("DD", "EE"), series=deputy, ordinal=8, on="2023-06-12")),
        record("m-1", "2023-11", engagement(parties=("DD", "EE"), series=minister, ordinal=10, on="2023-11-20")),
    ]
    keys = series_keys(records)
    assert keys[("d-1", "e1")] != keys[("m-1", "e1")]


@pytest.mark.parametrize(
    "preparatory",
    ["réunion préparatoire des hauts fonctionnaires de la 8e consultation", "senior officials' preparatory meeting"],
)
def test_preparatory_officials_meeting_attaches_to_its_mechanism(preparatory: str) -> None:
    records = [
        record(
            "p-1",
            "2024-05",
            engagement(series="8e consultation politique au niveau ministériel", ordinal=8, on="2024-05-20"),
        ),
        record("p-2", "2024-05", engagement(kind="meeting", series=preparatory, ordinal=8, on="2024-05-19")),
    ]
    keys = series_keys(records)
    assert keys[("p-1", "e1")] == keys[("p-2", "e1")]
    assert classify(preparatory, EngagementKind.MEETING).level is None


@pytest.mark.parametrize(
    "evidence",
    [
        "It was their first in-person summit since the pandemic.",
        "C'est sa première visite à l'étranger en tant que Premier ministre.",
        "the first official visit as prime minister",
    ],
)
def test_first_in_person_or_first_in_office_is_not_round_one(evidence: str) -> None:
    mention = engagement(kind="visit", series="visit", ordinal=1, evidence=evidence)
    assert round_ordinal(mention) is None


@pytest.mark.parametrize("evidence", ["The first joint committee met in Hanoi.", "La 1re réunion du comité mixte."])
def test_a_real_first_round_keeps_its_number(evidence: str) -> None:
    assert round_ordinal(engagement(kind="joint_committee", series="comité mixte", ordinal=1, evidence=evidence)) == 1


def test_one_article_reporting_round_one_twice_names_two_mechanisms() -> None:
    both = record(
        "t-1",
        "2012-09",
        engagement("e1", "joint_committee", ("FF", "GG"), series="Comité mixte de coopération", ordinal=1, on="2012"),
        engagement("e2", "joint_committee", ("FF", "GG"), series="Comité mixte du commerce", ordinal=1, on="2012"),
    )
    keys = series_keys([both])
    assert keys[("t-1", "e1")] != keys[("t-1", "e2")]


@pytest.mark.parametrize(
    ("named", "bare"),
    [
        ("50e anniversaire des relations diplomatiques", "55e anniversaire"),
        ("50th anniversary of diplomatic ties", "55th anniversary celebrations"),
    ],
)
def test_bare_anniversary_joins_the_named_one_counting_from_the_same_year(named: str, bare: str) -> None:
    records = [
        record("a-1", "2017-06", engagement(kind="commemoration", series=named, ordinal=50, on="2017-06-24")),
        record("a-2", "2022-06", engagement(kind="commemoration", series=bare, ordinal=55, on="2022-06-24")),
        record(
            "a-3",
            "2019-01",
            engagement(kind="commemoration", series=bare.replace("55", "40"), ordinal=40, on="2019-01-07"),
        ),
    ]
    keys = series_keys(records)
    assert keys[("a-1", "e1")] == keys[("a-2", "e1")]
    assert keys[("a-3", "e1")] != keys[("a-1", "e1")]


@pytest.mark.parametrize(
    ("name", "mechanism"),
    [
        ("anniversaire des relations diplomatiques", False),
        ("anniversary of the friendship treaty", False),
        ("Festival de l'amitié", False),
        ("political consultation", True),
        ("Comité mixte", True),
    ],
)
def test_anniversaries_and_festivals_are_not_mechanisms(name: str, mechanism: bool) -> None:
    assert is_mechanism_type(classify(name, EngagementKind.COMMEMORATION).type) is mechanism


@pytest.mark.parametrize("variant", ["Comité mixte de coopération dans l'économie", "Joint Commission on Economic"])
def test_one_misdated_report_does_not_split_a_mechanism(variant: str) -> None:
    records = [
        record(
            "j-1", "2019-08", engagement(kind="joint_committee", series="Comité mixte", ordinal=17, on="2019-08-21")
        ),
        record(
            "j-2", "2023-03", engagement(kind="joint_committee", series="Joint Commission", ordinal=20, on="2023-03")
        ),
        record("j-3", "2021-01", engagement(kind="joint_committee", series="Comité mixte", ordinal=17, on="2020-12")),
        record("v-1", "2019-08", engagement(kind="joint_committee", series=variant, ordinal=17, on="2019-08-21")),
        record("v-2", "2023-03", engagement(kind="joint_committee", series=variant, ordinal=20, on="2023-03-20")),
    ]
    assert len(set(series_keys(records).values())) == 1


@pytest.mark.parametrize(
    "name", ["Comité mixte pour la coopération économique", "Joint Commission for Economic Cooperation"]
)
def test_a_past_round_dated_only_to_its_articles_month_still_joins_its_series(name: str) -> None:
    # A later article recalls round 20 and its date resolves to the article's own month: that bounds the
    # round to before the article, it does not contradict the report of round 20 held months earlier.
    records = [
        record(
            "r20", "2023-03", engagement(kind="joint_committee", series="Comité mixte", ordinal=20, on="2023-03-21")
        ),
        record(
            "r21", "2025-01", engagement(kind="joint_committee", series="Comité mixte", ordinal=21, on="2025-01-10")
        ),
        record("recall", "2023-10", engagement(kind="joint_committee", series=name, ordinal=20, on="2023-10")),
    ]
    keys = series_keys(records)
    assert keys[("recall", "e1")] == keys[("r20", "e1")] == keys[("r21", "e1")]


@pytest.mark.parametrize(
    ("assembly", "session"),
    [
        ("Zorian Inter-Parliamentary Assembly (ZIPA)", "43rd General Assembly of the ZIPA"),
        ("Assemblée interparlementaire zorienne", "Assemblée générale de l'Assemblée interparlementaire zorienne"),
    ],
)
def test_an_inter_parliamentary_assembly_and_its_general_assembly_are_one_mechanism(
    assembly: str, session: str
) -> None:
    summit = EngagementKind.SUMMIT
    assert classify(assembly, summit).type == classify(session, summit).type == "general-assembly"
