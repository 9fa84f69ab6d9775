"""Tests of suivi.link.series: mechanism names in French and English, and series keys over a corpus."""

from __future__ import annotations

import pytest

from suivi.link.series import classify, series_keys
from suivi.vocab import EngagementKind

from .support import engagement, record

CONSULTATION = EngagementKind.CONSULTATION


@pytest.mark.parametrize(
    ("name", "kind", "mech_type", "level"),
    [
        ("7e consultation politique Aland-Borovie", CONSULTATION, "political-consultation", None),
        ("8th Aland-Borovia political consultation", CONSULTATION, "political-consultation", None),
        (
            "consultation politique au niveau des vice-ministres",
            CONSULTATION,
            "political-consultation",
            "deputy-ministerial",
        ),
        ("ministerial-level political consultation", CONSULTATION, "political-consultation", "ministerial"),
        (
            "consultation entre les deux ministères des Affaires étrangères",
            CONSULTATION,
            "political-consultation",
            None,
        ),
        ("Comité mixte de coopération", EngagementKind.JOINT_COMMITTEE, "joint-committee", None),
        ("Joint Commission on Bilateral Cooperation", EngagementKind.JOINT_COMMITTEE, "joint-committee", None),
        ("dialogue « 2+2 » des ministres", CONSULTATION, "2plus2-dialogue", "ministerial"),
        ("Conférence des provinces frontalières", EngagementKind.SUMMIT, "border-provinces-conference", "provincial"),
        ("anniversary of diplomatic ties", EngagementKind.COMMEMORATION, "diplomatic-relations-anniversary", None),
        ("Comité intergouvernemental", EngagementKind.JOINT_COMMITTEE, "intergovernmental-committee", None),
        ("Comité technique de la pêche", EngagementKind.JOINT_COMMITTEE, "technical-committee", None),
        ("Rencontre", EngagementKind.MEETING, "meeting", None),
        ("", EngagementKind.JOINT_COMMITTEE, "joint-committee", None),
    ],
)
def test_series_classify_reads_type_and_level(
    name: str, kind: EngagementKind, mech_type: str, level: str | None
) -> None:
    mechanism = classify(name, kind)
    assert (mechanism.type, mechanism.level) == (mech_type, level)


@pytest.mark.parametrize(
    ("name", "topics"),
    [("Dialogue sur la migration et la mobilité", {"migration", "mobility"}), ("Future Forum", {"future"})],
)
def test_series_classify_reads_topics(name: str, topics: set[str]) -> None:
    assert classify(name, CONSULTATION).topics == topics


@pytest.mark.parametrize("english", ["3rd Aland-Borovia political consultation", "political consultation"])
def test_series_keys_same_for_french_and_english_wording(english: str) -> None:
    records = [
        record(
            "fr-1", "2019-05", engagement(series="2e consultation politique Aland-Borovie", ordinal=2, on="2019-05-02")
        ),
        record("en-1", "2021-05", engagement(series=english, ordinal=3, on="2021-05-03")),
    ]
    keys = series_keys(records)
    assert keys[("fr-1", "e1")] == keys[("en-1", "e1")] == "aa-bb-political-consultation"


@pytest.mark.parametrize("levels", [("au niveau des vice-ministres", "au niveau ministériel")])
def test_series_keys_split_ministerial_and_deputy_levels(levels: tuple[str, str]) -> None:
    deputy, ministerial = levels
    records = [
        record("d-1", "2020-03", engagement(series=f"consultation {deputy}", ordinal=4, on="2020-03-01")),
        record("m-1", "2020-06", engagement(series=f"consultation {ministerial}", ordinal=4, on="2020-06-01")),
    ]
    keys = series_keys(records)
    assert keys[("d-1", "e1")] != keys[("m-1", "e1")]
    assert keys[("m-1", "e1")].endswith("ministerial") or keys[("d-1", "e1")].endswith("ministerial")


@pytest.mark.parametrize("bare", ["la conférence", "conference"])
def test_series_keys_bare_generic_name_joins_the_one_mechanism_of_its_family(bare: str) -> None:
    records = [
        record(
            "c-1",
            "2022-11",
            engagement(kind="summit", series="Conférence des provinces frontalières", ordinal=5, on="2022-11-10"),
        ),
        record("c-2", "2024-11", engagement(kind="summit", series=bare, ordinal=6, on="2024-11-12")),
    ]
    keys = series_keys(records)
    assert keys[("c-1", "e1")] == keys[("c-2", "e1")] == "aa-bb-border-provinces-conference"


@pytest.mark.parametrize("economic", ["Comité mixte de coopération économique et commerciale"])
def test_series_keys_two_committees_of_one_dyad_stay_apart_when_their_rounds_clash(economic: str) -> None:
    # One article reports round 2 of the cooperation committee held and announces round 7 of the economic one:
    # a mechanism's next round is not five rounds later, so these are two mechanisms.
    first = record(
        "k-1",
        "2015-06",
        engagement("e1", "joint_committee", series="Comité de coopération bilatérale", ordinal=2, on="2015-06-10"),
        engagement("e2", "joint_committee", series=economic, ordinal=7, status="planned"),
    )
    later = record(
        "k-2",
        "2018-04",
        engagement("e1", "joint_committee", series="Comité de coopération", ordinal=3, on="2018-04-17"),
    )
    keys = series_keys([first, later])
    assert keys[("k-1", "e1")] == keys[("k-2", "e1")] == "aa-bb-joint-committee"
    assert keys[("k-1", "e2")] == "aa-bb-joint-committee-economic"


@pytest.mark.parametrize("name", ["Comité mixte sur la coopération économique, culturelle et scientifique"])
def test_series_keys_name_variants_merge_when_their_rounds_agree(name: str) -> None:
    records = [
        record(
            "j-1", "2018-05", engagement(kind="joint_committee", series="Comité mixte", ordinal=16, on="2018-05-10")
        ),
        record("j-2", "2019-08", engagement(kind="joint_committee", series=name, ordinal=17, on="2019-08-20")),
        record(
            "j-3",
            "2020-12",
            engagement(
                kind="joint_committee", series="Joint Commission at ministerial level", ordinal=18, on="2020-12-22"
            ),
        ),
    ]
    assert len(set(series_keys(records).values())) == 1


@pytest.mark.parametrize("org", ["ZZORG"])
def test_series_keys_summit_of_an_organisation_ignores_member_parties(org: str) -> None:
    records = [
        record("s-1", "2020-06", engagement(kind="summit", parties=(org, "AA", "BB"), series="Sommet", ordinal=36)),
        record("s-2", "2020-11", engagement(kind="summit", parties=(org, "CC", "BB"), series="Summit", ordinal=37)),
    ]
    keys = series_keys(records)
    assert keys[("s-1", "e1")] == keys[("s-2", "e1")] == "zzorg-summit"


@pytest.mark.parametrize("shuffle", [0, 1])
def test_series_keys_do_not_depend_on_record_order(shuffle: int) -> None:
    records = [
        record("a", "2019-05", engagement(series="consultation politique", ordinal=2, on="2019-05-02")),
        record("b", "2021-05", engagement(series="political consultation at deputy minister level", ordinal=3)),
        record("c", "2023-05", engagement(series="la consultation", ordinal=4, status="planned")),
    ]
    ordered = records if shuffle == 0 else list(reversed(records))
    assert series_keys(ordered) == series_keys(records)
