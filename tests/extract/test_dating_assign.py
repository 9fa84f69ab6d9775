"""Which date of a sentence goes to which engagement, and the date of an engagement with none of its own."""

from __future__ import annotations

import pytest

from suivi.extract.dates import find_dates, resolve_date
from suivi.record import DocumentRecord

from .conftest import Extract


def _dates(record: DocumentRecord) -> list[tuple[str, str | None, str | None, int | None]]:
    """(kind, start, end, ordinal) of each engagement, in order."""
    return [
        (
            e.kind.value,
            e.date.value if e.date else None,
            e.date.end if e.date else None,
            e.series.ordinal if e.series else None,
        )
        for e in record.engagements
    ]


@pytest.mark.parametrize(
    ("lang", "published", "text", "first", "second"),
    [
        (
            "en",
            "2023-10",
            "The two sides reviewed the outcomes of the 20th meeting of the Peru-Chile Joint Commission for Economic, "
            "Cultural and Scientific Cooperation in Lima from March 20-22, and the 12th Conference on Border "
            "Provinces in Santiago from April 23-25.",
            ("2023-03-20", "2023-03-22"),
            ("2023-04-23", "2023-04-25"),
        ),
        (
            "fr",
            "2023-10",
            "Les deux parties ont examiné les résultats de la 7e réunion de la commission mixte Ghana-Nigeria pour "
            "la coopération économique, culturelle et scientifique, tenue à Accra du 20 au 22 mars, ainsi que la 3e "
            "conférence sur la coopération frontalière tenue à Abuja du 23 au 25 avril.",
            ("2023-03-20", "2023-03-22"),
            ("2023-04-23", "2023-04-25"),
        ),
    ],
)
def test_each_round_keeps_the_date_written_after_its_name(
    extract: Extract, lang: str, published: str, text: str, first: tuple[str, str], second: tuple[str, str]
) -> None:
    dated = [(start, end) for _, start, end, ordinal in _dates(extract(text, lang, published)) if ordinal]
    assert dated == [first, second]


@pytest.mark.parametrize(
    ("lang", "published", "text", "expected"),
    [
        (
            "en",
            "2024-06",
            "Chilean President Gabriel Boric began a state visit to Argentina on Sunday, from 9 to 11 June, at the "
            "invitation of his Argentine counterpart.",
            ("2024-06-09", "2024-06-11"),
        ),
        (
            "fr",
            "2024-06",
            "Le président chilien Gabriel Boric a entamé dimanche une visite d'État en Argentine du 9 au 11 juin.",
            ("2024-06-09", "2024-06-11"),
        ),
        (
            "en",
            "2023-01",
            "Kenyan President William Ruto and Tanzanian President Samia Suluhu Hassan co-chaired on Thursday "
            "morning, January 12 in Nairobi the 3rd meeting of the Kenya-Tanzania joint commission.",
            ("2023-01-12", None),
        ),
        (
            "fr",
            "2023-01",
            "Le Premier ministre portugais et son homologue angolais ont coprésidé jeudi matin, 12 janvier à "
            "Luanda, la 5e réunion de la commission mixte Portugal-Angola.",
            ("2023-01-12", None),
        ),
    ],
)
def test_a_day_wins_over_a_weekday_of_the_same_mention(
    extract: Extract, lang: str, published: str, text: str, expected: tuple[str, str | None]
) -> None:
    assert [(start, end) for _, start, end, _ in _dates(extract(text, lang, published))] == [expected]


def test_a_day_wins_over_the_year_written_before_it(extract: Extract) -> None:
    text = (
        "The two sides held the 6th meeting of the Kenya-Tanzania joint commission on January 7, 2024, and the "
        "annual meeting between the two ruling parties in 2024 on February 26, 2024."
    )
    assert [start for _, start, _, _ in _dates(extract(text, "en", None))] == ["2024-01-07", "2024-02-26"]


@pytest.mark.parametrize(
    ("lang", "published", "text", "expected"),
    [
        (
            "en",
            "2020-12",
            "Norwegian Prime Minister Jonas Store is visiting Sweden and co-chairing the 4th session of the "
            "Norway-Sweden joint commission from December 4 – 6.",
            ("2020-12-04", "2020-12-06"),
        ),
        (
            "fr",
            "2024-11",
            "Le Premier ministre norvégien effectuera une visite en Suède et coprésidera la 4e session de la "
            "commission mixte Norvège-Suède du 4 au 6 décembre.",
            ("2024-12-04", "2024-12-06"),
        ),
    ],
)
def test_a_visit_shares_the_date_of_the_round_it_is_made_for(
    extract: Extract, lang: str, published: str, text: str, expected: tuple[str, str]
) -> None:
    dates = _dates(extract(text, lang, published))
    assert {kind for kind, *_ in dates} >= {"visit", "joint_committee"}
    assert all((start, end) == expected for _, start, end, _ in dates)


@pytest.mark.parametrize(
    ("lang", "published", "text"),
    [
        (
            "en",
            "2022-09",
            "The Moroccan foreign minister travelled to Mauritania on an official visit and co-chaired the 9th "
            "session of the Morocco-Mauritania joint commission.",
        ),
        (
            "fr",
            "2023-03",
            "Le ministre marocain des Affaires étrangères s'est rendu en Mauritanie pour effectuer une visite "
            "officielle et coprésider la 9e réunion de la commission mixte Maroc-Mauritanie.",
        ),
    ],
)
def test_a_round_co_chaired_during_the_reported_visit_is_held_in_its_month(
    extract: Extract, lang: str, published: str, text: str
) -> None:
    dates = _dates(extract(text, lang, published))
    assert ("joint_committee", published, None, 9) in dates


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le président ghanéen a participé aux célébrations du 60e anniversaire de la fête nationale du Togo.",
        ),
        (
            "en",
            "The Ghanaian president attended the celebrations marking the 60th anniversary of Togo's national day.",
        ),
    ],
)
def test_an_anniversary_number_is_no_past_round(extract: Extract, lang: str, text: str) -> None:
    assert ("commemoration", "2025-12", None, 60) in _dates(extract(text, lang, "2025-12"))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "jeudi matin, 12 janvier", "2023-01-12"),
        ("fr", "mardi soir, 3 janvier", "2023-01-03"),
        ("en", "Thursday morning, January 12", "2023-01-12"),
    ],
)
def test_a_weekday_with_its_time_of_day_and_a_comma_is_one_date(lang: str, text: str, expected: str) -> None:
    date = resolve_date(text, lang, "2023-01")
    assert date is not None and date.value == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Il s'agissait de la première visite au Sénégal du Premier ministre gambien en tant que chef du "
            "gouvernement, marquant la clôture réussie de l'Année de l'amitié Sénégal-Gambie 2022.",
        ),
        (
            "en",
            "It was the first visit to Ghana by the Togolese President since his election, marking the successful "
            "close of the Ghana-Togo Friendship Year 2022.",
        ),
    ],
)
def test_a_year_closing_another_name_is_not_the_date_of_a_visit(extract: Extract, lang: str, text: str) -> None:
    visits = [start for kind, start, _, _ in _dates(extract(text, lang, "2023-01")) if kind == "visit"]
    assert visits == ["2023-01"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Cette déclaration a été faite lors d'une rencontre entre le ministre ghanéen des Affaires étrangères "
            "Samuel Ablakwa et le ministre togolais des Affaires étrangères Robert Dussey, le 11 juillet, à "
            "l'occasion de la 42e réunion des ministres des Affaires étrangères de la CEDEAO à Abuja.",
        ),
        (
            "en",
            "The statement was made at a meeting between Ghanaian Foreign Minister Samuel Ablakwa and Togolese "
            "Foreign Minister Robert Dussey on July 11, on the occasion of the 42nd ECOWAS Foreign Ministers' "
            "Meeting in Abuja.",
        ),
    ],
)
def test_a_date_before_on_the_occasion_of_dates_what_precedes(extract: Extract, lang: str, text: str) -> None:
    dates = {(kind, start) for kind, start, _, _ in _dates(extract(text, lang, "2023-07"))}
    assert ("meeting", "2023-07-11") in dates
    assert ("summit", "2023-07-11") not in dates


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Kenya's Friendship Year 2022 and the summit in 2023", [True, False]),
        ("en", "to be held in the first quarter of 2024", [False]),
        ("fr", "l'Année de l'amitié Sénégal-Gambie 2022, puis en 2023", [True, False]),
        ("fr", "prévue au 2e semestre 2024", [False]),
    ],
)
def test_a_year_written_alone_is_told_apart(lang: str, text: str, expected: list[bool]) -> None:
    assert [d.bare_year for d in find_dates(text, lang, "2021-10")] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The Kenyan minister invited his Ugandan counterpart to pay an official visit to Kenya and co-chair the "
            "8th Joint Commission meeting in the first quarter of 2024.",
        ),
        (
            "fr",
            "Le ministre kényan a invité son homologue ougandais à effectuer une visite officielle au Kenya et à "
            "coprésider la 8e réunion de la commission mixte au premier trimestre 2024.",
        ),
    ],
)
def test_a_planned_visit_shares_the_period_of_its_round(extract: Extract, lang: str, text: str) -> None:
    dates = {(kind, start) for kind, start, _, _ in _dates(extract(text, lang, "2023-11"))}
    assert {("visit", "2024"), ("joint_committee", "2024")} <= dates


@pytest.mark.parametrize(
    ("lang", "published", "text", "expected"),
    [
        (
            "fr",
            "2022-06",
            "Les deux ministres ont décidé d'organiser les célébrations du 60e anniversaire de l'établissement des "
            "relations diplomatiques et du 45e anniversaire de la signature du traité d'amitié Sénégal-Mali, qui "
            "auront lieu le 18 juillet dans les deux capitales.",
            "2022-07-18",
        ),
        (
            "en",
            "2017-02",
            "For this Ghana-Togo Friendship Year 2017, the two countries will jointly prepare celebrations of the "
            "55th anniversary of diplomatic relations and the 40th anniversary of the Treaty of Friendship.",
            "2017",
        ),
    ],
)
def test_anniversaries_named_together_share_their_date(
    extract: Extract, lang: str, published: str, text: str, expected: str
) -> None:
    dates = [(kind, start) for kind, start, _, _ in _dates(extract(text, lang, published))]
    assert dates == [("commemoration", expected), ("commemoration", expected)]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Les deux Premiers ministres ont coprésidé de grandes célébrations telles que la cérémonie de clôture de "
            "l'Année de l'amitié Sénégal-Gambie 2022, la 12e réunion de la commission mixte Sénégal-Gambie et un "
            "forum d'affaires.",
        ),
        (
            "en",
            "The two prime ministers co-chaired major events such as the closing ceremony of the Senegal-Gambia "
            "Friendship Year 2022, the 12th meeting of the Senegal-Gambia Joint Commission and a business forum.",
        ),
    ],
)
def test_a_year_closing_the_name_before_a_comma_is_not_the_next_rounds(extract: Extract, lang: str, text: str) -> None:
    assert ("joint_committee", "2023-01", None, 12) in _dates(extract(text, lang, "2023-01"))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "L'après-midi du 20 août, le ministre ghanéen des Affaires étrangères devrait rendre une visite de "
            "courtoisie au président togolais, avant de coprésider le 21 août, avec son homologue togolais, la "
            "séance plénière de la commission mixte.",
        ),
        (
            "en",
            "On the afternoon of August 20, the Ghanaian foreign minister is expected to pay a courtesy call on the "
            "Togolese President, before co-chairing on August 21, with his Togolese counterpart, the plenary "
            "session.",
        ),
    ],
)
def test_a_date_opening_the_sentence_dates_its_first_mention(extract: Extract, lang: str, text: str) -> None:
    assert _dates(extract(text, lang, "2019-08"))[0][:2] == ("meeting", "2019-08-20")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "As the country coordinator for ASEAN-Korea relations for 2021-2024, the Malaysian Foreign Minister will "
            "attend the 57th ASEAN Foreign Ministers' Meeting in Vientiane.",
        ),
        (
            "fr",
            "En tant que coordinateur des relations ASEAN-Corée pour 2021-2024, le ministre malaisien des Affaires "
            "étrangères participera à la 57e réunion des ministres des Affaires étrangères de l'ASEAN à Vientiane.",
        ),
    ],
)
def test_a_span_of_years_is_a_term_not_an_engagement_date(extract: Extract, lang: str, text: str) -> None:
    assert all(end is None for _, _, end, _ in _dates(extract(text, lang, "2024-07")))


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "For the tasks in 2021, the two countries will celebrate the 30th anniversary of their relations, hold "
            "the 4th Joint Cabinet Retreat, and sign the plan of action of the Kenya-Uganda Strategic Partnership.",
        ),
        (
            "fr",
            "Pour les missions en 2021, les deux pays célébreront le 30e anniversaire de leurs relations, tiendront "
            "la 4e réunion de la commission mixte Kenya-Ouganda et signeront le plan d'action du partenariat.",
        ),
    ],
)
def test_a_date_opening_the_sentence_frames_every_mention_of_its_clause(extract: Extract, lang: str, text: str) -> None:
    assert [start for _, start, _, _ in _dates(extract(text, lang, "2021-05"))] == ["2021", "2021"]
