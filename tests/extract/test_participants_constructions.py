"""Participants from general constructions, in both languages and several country pairs.

An office is written as it stands ("vice-ministre des Affaires étrangères"), never with the rest of the
sentence ("… a reçu", "and held talks with"); relational words (counterpart, homologue) are no office but their
demonym gives the country; a side's demonym ("la délégation japonaise") gives the country of the people who
lead it; a person travelling to a country is not of that country; a national news agency's dateline tells
whose officials go unmarked.
"""

from __future__ import annotations

import pytest

from suivi.extract.names import clean_role
from suivi.link.actors import build_actors
from suivi.record import DocumentRecord, Engagement, Participant

from .support import Extract, person


@pytest.mark.parametrize(
    ("lang", "text", "name", "country"),
    [
        (
            "en",
            "Indonesian Foreign Minister Sugiono met his Japanese counterpart Takeshi Iwaya in Jakarta on Monday.",
            "Takeshi Iwaya",
            "JP",
        ),
        (
            "en",
            "Kenyan Foreign Minister Musalia Mudavadi held talks with his Ethiopian counterpart Gedion Timothewos "
            "in Nairobi on Tuesday.",
            "Gedion Timothewos",
            "ET",
        ),
        (
            "fr",
            "Le ministre allemand des Affaires étrangères Johann Wadephul a reçu mercredi à Berlin son homologue "
            "française Catherine Colonna.",
            "Catherine Colonna",
            "FR",
        ),
        (
            "fr",
            "Le chef de la diplomatie sénégalaise Yassine Fall s'est entretenu lundi à Dakar avec son homologue "
            "marocain Nasser Bourita.",
            "Nasser Bourita",
            "MA",
        ),
    ],
)
def test_counterpart_is_no_role_but_its_demonym_is_the_country(
    extract: Extract, lang: str, text: str, name: str, country: str
) -> None:
    found = person(extract(text, lang), name)
    assert found.country == country
    assert found.role is None


@pytest.mark.parametrize(
    ("lang", "text", "name", "country", "role"),
    [
        (
            "fr",
            "Le chef de la diplomatie kényane a été reçu jeudi à Addis-Abeba par le Premier ministre éthiopien "
            "Abiy Ahmed.",
            "Abiy Ahmed",
            "ET",
            "Premier ministre éthiopien",
        ),
        (
            "en",
            "The Brazilian delegation was received in Buenos Aires on Monday by Argentine Foreign Minister "
            "Gerardo Werthein.",
            "Gerardo Werthein",
            "AR",
            "Foreign Minister",
        ),
    ],
)
def test_office_does_not_reach_back_over_a_verb(
    extract: Extract, lang: str, text: str, name: str, country: str, role: str
) -> None:
    found = person(extract(text, lang), name)
    assert (found.country, found.role) == (country, role)


@pytest.mark.parametrize(
    ("lang", "text", "first", "second"),
    [
        (
            "fr",
            "La 5e commission mixte Brésil-Pérou a été coprésidée mardi à Lima par Ana Souza, vice-ministre des "
            "Affaires étrangères du Brésil et Jorge Ruiz, vice-ministre des Affaires étrangères du Pérou.",
            ("Ana Souza", "BR"),
            ("Jorge Ruiz", "PE"),
        ),
        (
            "en",
            "The 3rd Ghana-Nigeria joint commission was co-chaired in Accra on Monday by Kwame Mensah, deputy "
            "foreign minister of Ghana and Bello Musa, deputy foreign minister of Nigeria.",
            ("Kwame Mensah", "GH"),
            ("Bello Musa", "NG"),
        ),
    ],
)
def test_office_after_a_name_belongs_to_that_name(
    extract: Extract, lang: str, text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    record = extract(text, lang)
    assert person(record, first[0]).country == first[1]
    assert person(record, second[0]).country == second[1]
    assert second[0] not in (person(record, first[0]).role or "")


@pytest.mark.parametrize(
    ("lang", "text", "names", "country"),
    [
        (
            "fr",
            "Le 2e dialogue stratégique Inde-Japon s'est tenu lundi à New Delhi. La délégation japonaise était "
            "conduite par le vice-ministre des Affaires étrangères Kenji Sato et le vice-ministre de la Défense "
            "Taro Ito.",
            ("Kenji Sato", "Taro Ito"),
            "JP",
        ),
        (
            "en",
            "Kenya and Tanzania held talks in Arusha on Friday on their border and trade. The Kenyan delegation was "
            "led by Principal Secretary Peter Kamau and Ambassador Grace Wanjiru.",
            ("Peter Kamau", "Grace Wanjiru"),
            "KE",
        ),
    ],
)
def test_a_sides_demonym_gives_the_country_of_those_leading_it(
    extract: Extract, lang: str, text: str, names: tuple[str, ...], country: str
) -> None:
    record = extract(text, lang)
    assert {person(record, n).country for n in names} == {country}


@pytest.mark.parametrize(
    ("lang", "text", "name", "country"),
    [
        (
            "fr",
            "Le Premier ministre Luís Neves est arrivé samedi au Maroc pour une visite officielle, a annoncé le "
            "gouvernement portugais.",
            "Luís Neves",
            "PT",
        ),
        (
            "en",
            "Prime Minister Jonas Gahr Store arrived in Sweden on Friday for an official visit, as Norway and Sweden "
            "seek closer ties.",
            "Jonas Gahr Store",
            "NO",
        ),
        (
            "fr",
            "Le Ghana et le Togo ont signé trois accords lors de la visite de travail du président John Mahama au "
            "Togo le 4 mars.",
            "John Mahama",
            "GH",
        ),
        (
            "en",
            "Thailand and Malaysia agreed to reopen two border crossings during the visit by Prime Minister Anwar "
            "Ibrahim to Thailand on Monday.",
            "Anwar Ibrahim",
            "MY",
        ),
    ],
)
def test_a_traveller_is_not_of_the_country_travelled_to(
    extract: Extract, lang: str, text: str, name: str, country: str
) -> None:
    assert person(extract(text, lang), name).country == country


@pytest.mark.parametrize(
    ("lang", "text", "name", "country"),
    [
        (
            "en",
            "Manila (Kyodo) -- Prime Minister Shigeru Ishiba held talks with President Ferdinand Marcos in Manila "
            "on Tuesday, as Japan and the Philippines agreed to expand defence cooperation.",
            "Shigeru Ishiba",
            "JP",
        ),
        (
            "fr",
            "Nairobi (Xinhua) - Le ministre des Affaires étrangères Wang Yi a rencontré lundi à Nairobi le président "
            "William Ruto, la Chine et le Kenya ayant convenu de renforcer leur coopération.",
            "Wang Yi",
            "CN",
        ),
    ],
)
def test_an_agency_dateline_tells_whose_officials_go_unmarked(
    extract: Extract, lang: str, text: str, name: str, country: str
) -> None:
    assert person(extract(text, lang), name).country == country


@pytest.mark.parametrize(
    ("role", "nearest", "expected"),
    [
        ("vice-ministre des Affaires étrangères", "last", "vice-ministre des Affaires étrangères"),
        ("Prime Minister and held talks with", "first", "Prime Minister"),
        ("his Japanese counterpart", "last", None),
        ("son homologue française", "last", None),
        ("ministre marocain de l'Économie, a eu lundi un entretien avec", "first", "ministre marocain de l'Économie"),
        ("délégation était reçue par le Premier ministre tunisien", "last", "Premier ministre tunisien"),
        (
            "Deputy Minister paid courtesy calls on Chilean Deputy Foreign Minister",
            "last",
            "Chilean Deputy Foreign Minister",
        ),
        ("vice-ministre de la Défense et Mme", "last", "vice-ministre de la Défense"),
        ("Ambassador to Peru", "last", "Ambassador to Peru"),
        ("Amir", "last", "Amir"),
        ("the Amir of Kuwait", "last", "Amir of Kuwait"),
        ("l'émir du Qatar", "last", "émir du Qatar"),
        ("Emir", "last", "Emir"),
        ("", "last", None),
    ],
)
def test_clean_role(role: str, nearest: str, expected: str | None) -> None:
    assert clean_role(role, nearest=nearest) == expected


def test_actor_tenures_read_roles_cleaned_of_fragments() -> None:
    """Records stored by an older extractor kept verb fragments; `suivi actors` shows the office alone."""
    roles = ("vice-ministre des Affaires étrangères, a eu un entretien avec", "son homologue brésilienne")
    records = [
        DocumentRecord(
            doc_id=f"a{i}",
            language="fr",
            published="2024-03",
            is_diplomatic=True,
            engagements=[
                Engagement(
                    id="e1",
                    kind="meeting",
                    parties=["BR", "PE"],
                    status="held",
                    participants=[Participant(name="Ana Souza", country="BR", role=role)],
                    evidence="Une phrase.",
                )
            ],
        )
        for i, role in enumerate(roles)
    ]
    (actor,) = build_actors(records)
    assert [t.role for t in actor.tenures] == ["vice-ministre des Affaires étrangères"]


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "en",
            "Japan and Vietnam held talks in Tokyo on Monday. Prime Minister Ishiba welcomed his Vietnamese "
            "counterpart Pham Minh Chinh.",
            "Ishiba",
        ),
        (
            "fr",
            "Le président Macron a reçu mardi à Paris le Premier ministre indien Narendra Modi pour des entretiens.",
            "Macron",
        ),
    ],
)
def test_a_surname_right_after_a_title_is_a_person(extract: Extract, lang: str, text: str, name: str) -> None:
    assert person(extract(text, lang), name).name == name


@pytest.mark.parametrize(
    ("lang", "text", "names", "country"),
    [
        (
            "fr",
            "Le Premier ministre sénégalais a eu des entretiens avec le président ivoirien Alassane Ouattara, le "
            "vice-président Tiémoko Koné et le Premier ministre Robert Beugré Mambé.",
            ("Tiémoko Koné", "Robert Beugré Mambé"),
            "CI",
        ),
        (
            "en",
            "The Chilean foreign minister held talks with Peruvian President Dina Boluarte, Prime Minister Gustavo "
            "Adrianzen and Foreign Minister Elmer Schialer.",
            ("Gustavo Adrianzen", "Elmer Schialer"),
            "PE",
        ),
    ],
)
def test_people_listed_after_a_marked_one_share_the_country(
    extract: Extract, lang: str, text: str, names: tuple[str, ...], country: str
) -> None:
    record = extract(text, lang)
    assert {person(record, n).country for n in names} == {country}


def test_an_office_before_a_name_does_not_reach_over_another_name(extract: Extract) -> None:
    text = (
        "Le Sénégal et le Mali ont tenu mardi à Dakar la 5e session de leur commission mixte. Avec le "
        "vice-Premier ministre et ministre malien des Affaires étrangères, Abdoulaye Diop, Karim Sall a convenu "
        "de renforcer la coopération."
    )
    found = person(extract(text, "fr"), "Karim Sall")
    assert "Diop" not in (found.role or "")
    assert found.country != "ML"


@pytest.mark.parametrize(
    ("role", "expected"),
    [
        ("Prime Minister and held talks with", "Prime Minister"),
        ("his Lao counterpart", None),
        ("Kulturattaché", "Kulturattaché"),  # no title word we know: kept as stored, not dropped
    ],
)
def test_clean_role_of_stored_records_keeps_what_it_cannot_read(role: str, expected: str | None) -> None:
    assert clean_role(role, strict=False) == expected
