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
            "Both delegations took stock of the 14th session of the Chile-Peru Joint Committee on Trade, Energy "
            "and Mining, which sat in Arica from March 14-16, and of the 5th Conference on Border Trade, which sat "
            "in Tacna from April 24-26.",
            ("2023-03-14", "2023-03-16"),
            ("2023-04-24", "2023-04-26"),
        ),
        (
            "fr",
            "2023-10",
            "Les délégations ont fait le bilan de la 9e session de la commission mixte Ghana-Nigeria chargée du "
            "commerce, de l'énergie et des mines, réunie à Kumasi du 14 au 16 mars, et de la 4e conférence sur le "
            "commerce transfrontalier, réunie à Kano du 24 au 26 avril.",
            ("2023-03-14", "2023-03-16"),
            ("2023-04-24", "2023-04-26"),
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
            "The Uruguayan president opened a state visit to Paraguay on Sunday, from 9 to 11 June, with trade and "
            "river transport on the agenda.",
            ("2024-06-09", "2024-06-11"),
        ),
        (
            "fr",
            "2024-06",
            "Le chef de l'État uruguayen a débuté dimanche sa visite d'État au Paraguay, du 9 au 11 juin.",
            ("2024-06-09", "2024-06-11"),
        ),
        (
            "en",
            "2023-01",
            "The foreign ministers of Ghana and Côte d'Ivoire jointly chaired on Friday morning, January 13 in "
            "Abidjan the 6th session of the Ghana-Côte d'Ivoire joint commission.",
            ("2023-01-13", None),
        ),
        (
            "fr",
            "2023-01",
            "Les chefs de la diplomatie belge et congolaise ont ouvert vendredi matin, 13 janvier à Kinshasa, la 3e "
            "session de la commission mixte Belgique-Congo.",
            ("2023-01-13", None),
        ),
    ],
)
def test_a_day_wins_over_a_weekday_of_the_same_mention(
    extract: Extract, lang: str, published: str, text: str, expected: tuple[str, str | None]
) -> None:
    assert [(start, end) for _, start, end, _ in _dates(extract(text, lang, published))] == [expected]


def test_a_day_wins_over_the_year_written_before_it(extract: Extract) -> None:
    text = (
        "Officials recalled the 6th session of the Kenya-Tanzania joint commission on January 9, 2024, and the "
        "talks between the speakers of the two parliaments in 2024 on February 27, 2024."
    )
    assert [start for _, start, _, _ in _dates(extract(text, "en", None))] == ["2024-01-09", "2024-02-27"]


@pytest.mark.parametrize(
    ("lang", "published", "text", "expected"),
    [
        (
            "en",
            "2020-12",
            "The Finnish foreign minister is on a visit to Estonia, where he co-chairs the 4th session of the "
            "Finland-Estonia joint commission on December 4-6.",
            ("2020-12-04", "2020-12-06"),
        ),
        (
            "fr",
            "2024-11",
            "La ministre finlandaise des Affaires étrangères effectuera une visite en Estonie, où elle coprésidera "
            "la 4e session de la commission mixte Finlande-Estonie du 4 au 6 décembre.",
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
            "Morocco's foreign minister went to Mauritania on an official visit and co-chaired there the 9th "
            "session of the Morocco-Mauritania joint commission.",
        ),
        (
            "fr",
            "2023-03",
            "Le chef de la diplomatie marocaine est allé en Mauritanie en visite officielle et y a coprésidé la 9e "
            "session de la commission mixte Maroc-Mauritanie.",
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
            "Le président ghanéen a rencontré lundi à Lomé son homologue togolais. Il a aussi assisté aux "
            "festivités du 60e anniversaire de l'indépendance du Togo.",
        ),
        (
            "en",
            "The Ghanaian president met his Togolese counterpart in Lomé on Monday. He also attended the "
            "festivities for the 60th anniversary of Togo's independence.",
        ),
    ],
)
def test_an_anniversary_number_is_no_past_round(extract: Extract, lang: str, text: str) -> None:
    assert ("commemoration", "2025-12", None, 60) in _dates(extract(text, lang, "2025-12"))


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "vendredi matin, 13 janvier", "2023-01-13"),
        ("fr", "mardi soir, 3 janvier", "2023-01-03"),
        ("en", "Friday morning, January 13", "2023-01-13"),
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
            "C'était la première visite au Bénin du président nigérien depuis son investiture, et elle a refermé "
            "avec succès l'Année de l'amitié Bénin-Niger 2022.",
        ),
        (
            "en",
            "This was the Nigerien president's first visit to Benin since taking office, and it brought the "
            "Benin-Niger Friendship Year 2022 to a happy end.",
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
            "Le sujet est venu dans un entretien entre la ministre sénégalaise des Affaires étrangères et son "
            "homologue gambien chargé de la coopération, le 9 juillet, à l'occasion de la 42e réunion des "
            "ministres des Affaires étrangères de la CEDEAO à Abuja.",
        ),
        (
            "en",
            "The issue came up in talks between the Senegalese foreign minister and her Gambian counterpart in "
            "charge of cooperation on July 9, on the occasion of the 42nd ECOWAS Foreign Ministers' Meeting in "
            "Abuja.",
        ),
    ],
)
def test_a_date_before_on_the_occasion_of_dates_what_precedes(extract: Extract, lang: str, text: str) -> None:
    dates = {(kind, start) for kind, start, _, _ in _dates(extract(text, lang, "2023-07"))}
    assert ("meeting", "2023-07-09") in dates
    assert ("summit", "2023-07-09") not in dates


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "the Kenya-Uganda Friendship Year 2022, then a summit in 2023", [True, False]),
        ("en", "planned for the first quarter of 2024", [False]),
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
            "The Kenyan minister asked his Ugandan colleague to come to Kenya on an official visit and to co-chair "
            "the 8th session of the Kenya-Uganda joint commission in the first quarter of 2024.",
        ),
        (
            "fr",
            "Le ministre kényan a proposé à son collègue ougandais de venir au Kenya en visite officielle et de "
            "coprésider la 8e session de la commission mixte au premier trimestre 2024.",
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
            "Les ministres sont convenus de marquer ensemble le 50e anniversaire des liens diplomatiques et le 25e "
            "anniversaire du traité d'amitié Sénégal-Mali, par des festivités prévues le 18 juillet à Dakar comme à "
            "Bamako.",
            "2022-07-18",
        ),
        (
            "en",
            "2017-02",
            "During the Ghana-Togo Friendship Year 2017, both governments plan to mark together the 35th "
            "anniversary of their diplomatic ties and the 20th anniversary of their friendship treaty.",
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
            "Les deux chefs de gouvernement ont présidé ensemble plusieurs temps forts, dont la fin de l'Année "
            "de l'amitié Bénin-Niger 2022, la 12e session de la commission mixte Bénin-Niger et une rencontre "
            "d'affaires.",
        ),
        (
            "en",
            "The two heads of government jointly presided over several highlights, among them the closing of the "
            "Benin-Niger Friendship Year 2022, the 12th session of the Benin-Niger Joint Commission and a business "
            "round table.",
        ),
        (
            "fr",
            "Au titre de la feuille de route Bénin-Niger 2022, les deux pays ont tenu la 12e session de la commission "
            "mixte Bénin-Niger.",
        ),
        (
            "en",
            "Under the Benin-Niger Trade Roadmap 2022, the two countries held the 12th session of the Benin-Niger "
            "Joint Commission.",
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
            "Le matin du 20 août, la ministre kényane des Affaires étrangères sera reçue en audience par le chef de "
            "l'État ougandais, avant de diriger le 21 août, aux côtés de son homologue, la séance plénière.",
        ),
        (
            "en",
            "In the morning of August 20, the Kenyan foreign minister will be received by the Ugandan president, "
            "before leading on August 21, with her counterpart, the plenary sitting.",
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
            "Malaysia, which coordinates ASEAN-Japan dialogue relations for 2021-2024, will send its foreign minister "
            "to the 57th ASEAN Foreign Ministers' Meeting in Vientiane.",
        ),
        (
            "fr",
            "La Malaisie, qui coordonne le dialogue ASEAN-Japon pour 2021-2024, enverra son ministre des Affaires "
            "étrangères à la 57e réunion des ministres des Affaires étrangères de l'ASEAN à Vientiane.",
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
            "Looking ahead to 2021, the two governments intend to mark the 30th anniversary of their ties and to "
            "convene the 4th session of the Kenya-Uganda joint commission.",
        ),
        (
            "fr",
            "En 2021, les deux gouvernements comptent marquer le 30e anniversaire de leurs liens et réunir la 4e "
            "session de la commission mixte Kenya-Ouganda.",
        ),
    ],
)
def test_a_date_opening_the_sentence_frames_every_mention_of_its_clause(extract: Extract, lang: str, text: str) -> None:
    assert [start for _, start, _, _ in _dates(extract(text, lang, "2021-05"))] == ["2021", "2021"]
