"""Participants' countries: feminine offices, surnames written like an article, enumerations of one side."""

from __future__ import annotations

import pytest

from .support import Extract, countries


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Le Premier ministre albanais Edi Rama a eu jeudi à Rome un entretien avec Giorgia Meloni, Première "
            "ministre italienne.",
            {"Edi Rama": "AL", "Giorgia Meloni": "IT"},
        ),
        (
            "fr",
            "Le Premier ministre norvégien Jonas Gahr Støre a eu mardi à Oslo un entretien avec Mette Frederiksen, "
            "Première ministre danoise.",
            {"Jonas Gahr Støre": "NO", "Mette Frederiksen": "DK"},
        ),
    ],
)
def test_participants_a_feminine_office_gives_its_country(
    extract: Extract, lang: str, text: str, expected: dict[str, str]
) -> None:
    found = countries(extract(text, lang, "2025-02"))
    assert {name: found.get(name) for name in expected} == expected, found


@pytest.mark.parametrize(
    ("lang", "text", "name"),
    [
        (
            "fr",
            "Le vice-ministre vietnamien des Affaires étrangères Le Thi Thu Hang a rencontré lundi à Tokyo le "
            "vice-ministre japonais Kenji Yamada.",
            "Le Thi Thu Hang",
        ),
        (
            "fr",
            "La consultation politique Vietnam-Singapour a été coprésidée par le vice-ministre vietnamien des "
            "Affaires étrangères Le Hoai Trung et le secrétaire permanent singapourien Albert Chua.",
            "Le Hoai Trung",
        ),
        (
            "en",
            "Vietnamese Deputy Foreign Minister Le Thi Thu Hang met Japanese State Minister Kenji Yamada in Tokyo "
            "on Monday.",
            "Le Thi Thu Hang",
        ),
    ],
)
def test_participants_a_surname_written_like_an_article_stays_in_the_name(
    extract: Extract, lang: str, text: str, name: str
) -> None:
    found = countries(extract(text, lang, "2025-02"))
    assert found.get(name) == "VN", found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "Le ministre nigérian des Affaires étrangères Yusuf Tuggar a rencontré mardi à Accra le président "
            "ghanéen John Mahama, le vice-président James Agyei.",
            {"Yusuf Tuggar": "NG", "John Mahama": "GH", "James Agyei": "GH"},
        ),
        (
            "en",
            "Malaysian Prime Minister Anwar Ibrahim met Singaporean Prime Minister Lawrence Wong, the Deputy Prime "
            "Minister Gan Kim Yong in Singapore on Tuesday.",
            {"Anwar Ibrahim": "MY", "Lawrence Wong": "SG", "Gan Kim Yong": "SG"},
        ),
    ],
)
def test_participants_two_people_set_apart_by_a_comma_are_one_side(
    extract: Extract, lang: str, text: str, expected: dict[str, str]
) -> None:
    found = countries(extract(text, lang, "2025-02"))
    assert {name: found.get(name) for name in expected} == expected, found


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "fr",
            "À l'invitation de son homologue Mark Carney, le Premier ministre australien Anthony Albanese a entamé "
            "lundi une visite officielle au Canada.",
            {"Mark Carney": "CA", "Anthony Albanese": "AU"},
        ),
        (
            "en",
            "At the invitation of his counterpart Mark Carney, the Australian Prime Minister Anthony Albanese began "
            "an official visit to Canada on Monday.",
            {"Mark Carney": "CA", "Anthony Albanese": "AU"},
        ),
    ],
)
def test_participants_a_counterpart_set_apart_by_a_comma_is_the_other_side(
    extract: Extract, lang: str, text: str, expected: dict[str, str]
) -> None:
    found = countries(extract(text, lang, "2025-02"))
    assert {name: found.get(name) for name in expected} == expected, found
