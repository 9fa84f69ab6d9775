"""suivi.participants.v1: named people who took part, with office as written, country and function."""

from __future__ import annotations

import pytest

from .support import Extract, people, person

_ALAMI_FR = (
    "Le ministre des Affaires étrangères Youssef Alami a reçu mardi à Rabat l'ambassadeur de France, Julien Mercier."
)
_SOPHEAP_FR = (
    "La consultation politique Cambodge-Thaïlande s'est tenue lundi à Phnom Penh. Elle a été coprésidée par la "
    "secrétaire d'État auprès du ministère cambodgien de l'Intérieur chargée des frontières, Chan "
    "Sopheap, et par le vice-ministre thaïlandais des Affaires étrangères Anan Srisuk."
)
_MINH_FR = (
    "Le vice-ministre vietnamien des Affaires étrangères Pham Quoc Minh et son homologue lao Khamphao Inthavong ont "
    "coprésidé jeudi à Hanoï la 9e consultation politique Vietnam-Laos."
)
_MINH_EN = (
    "Vietnamese Deputy Foreign Minister Pham Quoc Minh and his Lao counterpart Khamphao Inthavong co-chaired the 9th "
    "Vietnam-Laos political consultation in Hanoi on Thursday."
)
_RITHY_EN = (
    "Cambodian Deputy Prime Minister Chea Rithy received Thai Ambassador Somsak Chaiyaporn in Phnom Penh on Tuesday."
)
_ARAKAWA_FR = (
    "Le Premier ministre japonais Kenji Arakawa a reçu mardi à Tokyo le ministre indien des Affaires étrangères "
    "Sanjay Joshi. M. Joshi a transmis au Premier ministre Arakawa les salutations du président indien Rajesh Kumar."
)
_ARAKAWA_EN = (
    "Japanese Prime Minister Kenji Arakawa received Indian Foreign Minister Sanjay Joshi in Tokyo on Tuesday. Joshi "
    "conveyed greetings from Indian President Rajesh Kumar to the Prime Minister."
)


@pytest.mark.parametrize(
    ("lang", "text", "name", "country", "role"),
    [
        ("fr", _ALAMI_FR, "Youssef Alami", "MA", "ministre des Affaires étrangères"),
        ("fr", _ALAMI_FR, "Julien Mercier", "FR", "ambassadeur de France"),
        (
            "fr",
            _SOPHEAP_FR,
            "Chan Sopheap",
            "KH",
            "secrétaire d'État auprès du ministère cambodgien de l'Intérieur chargée des frontières",
        ),
        ("fr", _SOPHEAP_FR, "Anan Srisuk", "TH", "vice-ministre thaïlandais des Affaires étrangères"),
        ("fr", _MINH_FR, "Khamphao Inthavong", "LA", None),
        ("en", _RITHY_EN, "Chea Rithy", "KH", "Deputy Prime Minister"),
        pytest.param(
            "en",
            _MINH_EN,
            "Pham Quoc Minh",
            "VN",
            "Deputy Foreign Minister",
        ),
    ],
)
def test_participants_name_role_and_country_after_title(
    extract: Extract, lang: str, text: str, name: str, country: str, role: str | None
) -> None:
    found = person(extract(text, lang), name)
    assert (found.country, found.role) == (country, role)


@pytest.mark.parametrize(
    ("lang", "text", "name", "country"),
    [
        ("en", _MINH_EN, "Khamphao Inthavong", "LA"),
        pytest.param(
            "en",
            _RITHY_EN,
            "Somsak Chaiyaporn",
            "TH",
        ),
        pytest.param(
            "en",
            _ARAKAWA_EN,
            "Sanjay Joshi",
            "IN",
        ),
        pytest.param(
            "en",
            "Lao Foreign Minister Bounmy Sayavong met his Thai counterpart Prasert Ruangsri in Luang Prabang on "
            "Tuesday.",
            "Prasert Ruangsri",
            "TH",
        ),
    ],
)
def test_participants_second_person_keeps_own_demonym(
    extract: Extract, lang: str, text: str, name: str, country: str
) -> None:
    assert person(extract(text, lang), name).country == country


@pytest.mark.parametrize(
    ("lang", "text", "name", "country"),
    [
        pytest.param(
            "fr",
            "Le vice-Premier ministre cambodgien Chea Sokhom a reçu jeudi à Phnom Penh l'ambassadeur de Thaïlande "
            "Nattapong Srisuk.",
            "Nattapong Srisuk",
            "TH",
        ),
    ],
)
def test_participants_name_after_title_with_country_complement(
    extract: Extract, lang: str, text: str, name: str, country: str
) -> None:
    assert person(extract(text, lang), name).country == country


@pytest.mark.parametrize(
    ("lang", "text"),
    [("fr", _MINH_FR), ("en", _MINH_EN), ("fr", _SOPHEAP_FR)],
)
def test_participants_co_chair_when_text_says_so(extract: Extract, lang: str, text: str) -> None:
    found = people(extract(text, lang))
    assert len(found) == 2
    assert {p.function for p in found.values()} == {"co_chair"}


@pytest.mark.parametrize(
    ("lang", "text", "host", "guest"),
    [
        ("fr", _ALAMI_FR, "Youssef Alami", "Julien Mercier"),
        ("fr", _ARAKAWA_FR, "Kenji Arakawa", "Sanjay Joshi"),
        ("en", _RITHY_EN, "Chea Rithy", "Somsak Chaiyaporn"),
        ("en", _ARAKAWA_EN, "Kenji Arakawa", "Sanjay Joshi"),
        (
            "fr",
            "Le ministre sénégalais des Affaires étrangères Moussa Faye a été reçu par le président mauritanien Ahmed "
            "Ould Salem, lundi à Nouakchott.",
            "Ahmed Ould Salem",
            "Moussa Faye",
        ),
        (
            "en",
            "Senegalese Foreign Minister Moussa Faye was received by Mauritanian President Ahmed Ould Salem in "
            "Nouakchott on Monday.",
            "Ahmed Ould Salem",
            "Moussa Faye",
        ),
        pytest.param(
            "en",
            "Senegalese Foreign Minister Moussa Faye was received in Nouakchott on Monday by Mauritanian President "
            "Ahmed Ould Salem.",
            "Ahmed Ould Salem",
            "Moussa Faye",
        ),
    ],
)
def test_participants_host_and_guest_of_reception(
    extract: Extract, lang: str, text: str, host: str, guest: str
) -> None:
    found = people(extract(text, lang))
    assert (found[host].function, found[guest].function) == ("host", "guest")


@pytest.mark.parametrize(
    ("lang", "text", "name", "country"),
    [
        (
            "fr",
            "Une délégation indienne conduite par le ministre des Affaires étrangères Sanjay Joshi a effectué une "
            "visite officielle au Japon du 6 au 8 mai.",
            "Sanjay Joshi",
            "IN",
        ),
        (
            "en",
            "An Indian delegation led by Foreign Minister Sanjay Joshi paid an official visit to Japan from May 6 "
            "to 8.",
            "Sanjay Joshi",
            "IN",
        ),
        (
            "fr",
            "Une délégation française conduite par la secrétaire d'État Odile Garnier a effectué une visite de "
            "travail au Maroc, où elle a été reçue par le ministre des Affaires étrangères.",
            "Odile Garnier",
            "FR",
        ),
        pytest.param(
            "en",
            "A French delegation led by Secretary of State Odile Garnier paid a working visit to Morocco, where she "
            "was received by the Moroccan foreign minister.",
            "Odile Garnier",
            "FR",
        ),
    ],
)
def test_participants_head_of_delegation_when_led_by(
    extract: Extract, lang: str, text: str, name: str, country: str
) -> None:
    found = person(extract(text, lang), name)
    assert (found.function, found.country) == ("head_of_delegation", country)


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        (
            "fr",
            "Le ministre laotien des Affaires étrangères Bounmy Sayavong a rencontré mardi à Luang Prabang son "
            "homologue thaïlandais Prasert Ruangsri.",
            {"Bounmy Sayavong", "Prasert Ruangsri"},
        ),
        (
            "en",
            "Lao Foreign Minister Bounmy Sayavong met his Thai counterpart Prasert Ruangsri in Luang Prabang on "
            "Tuesday.",
            {"Bounmy Sayavong", "Prasert Ruangsri"},
        ),
        (
            "fr",
            "Le vice-Premier ministre cambodgien Chea Rithy a reçu à Phnom Penh le ministre thaïlandais des Affaires "
            "étrangères Anan Srisuk.",
            {"Chea Rithy", "Anan Srisuk"},
        ),
        pytest.param(
            "fr",
            "Le ministre laotien des Affaires étrangères Bounmy Sayavong a rencontré mardi son homologue thaïlandais "
            "Prasert Ruangsri, lors d'une visite à Nong Khai.",
            {"Bounmy Sayavong", "Prasert Ruangsri"},
        ),
    ],
)
def test_participants_places_are_not_people(extract: Extract, lang: str, text: str, names: set[str]) -> None:
    assert set(people(extract(text, lang))) == names


@pytest.mark.parametrize(
    ("lang", "text", "names"),
    [
        ("fr", _ARAKAWA_FR, {"Kenji Arakawa", "Sanjay Joshi"}),
        ("en", _ARAKAWA_EN, {"Kenji Arakawa", "Sanjay Joshi"}),
        (
            "fr",
            _ALAMI_FR + " Le ministre Alami a transmis les salutations du roi Hassan Idrissi au président français "
            "Paul Deschamps.",
            {"Youssef Alami", "Julien Mercier"},
        ),
    ],
)
def test_participants_people_only_mentioned_are_left_out(
    extract: Extract, lang: str, text: str, names: set[str]
) -> None:
    assert set(people(extract(text, lang))) == names


@pytest.mark.parametrize(
    ("lang", "text", "spellings"),
    [
        (
            "fr",
            "Le vice-Premier ministre cambodgien Chéa Sokhom a reçu jeudi à Phnom Penh le ministre thaïlandais des "
            "Affaires étrangères Anan Srisuk. Chea Sokhom a salué la coopération entre les deux pays.",
            {"Chéa Sokhom", "Chea Sokhom"},
        ),
        (
            "en",
            "Cambodian Deputy Prime Minister Chéa Sokhom received Thai Foreign Minister Anan Srisuk in Phnom Penh on "
            "Thursday. Chea Sokhom praised the cooperation between the two countries.",
            {"Chéa Sokhom", "Chea Sokhom"},
        ),
    ],
)
def test_participants_one_person_across_spellings(extract: Extract, lang: str, text: str, spellings: set[str]) -> None:
    found = people(extract(text, lang))
    assert len(set(found) & spellings) == 1
    assert len(found) == 2


@pytest.mark.parametrize(
    ("lang", "text", "name", "country"),
    [
        (
            "fr",
            "Paris (AFP) – Le ministre des Affaires étrangères Jean-Yves Le Drian a reçu mardi son homologue marocain "
            "Karim Benjelloun.",
            "Jean-Yves Le Drian",
            "FR",
        ),
        (
            "fr",
            "Nouakchott (AMI) – Le ministre mauritanien des Affaires étrangères Ahmed ould Salem a reçu lundi "
            "l'ambassadrice de France Claire Dumas.",
            "Ahmed ould Salem",
            "MR",
        ),
        (
            "en",
            "Brussels – European Commission President Ursula von der Leyen received Moroccan Prime Minister Aziz "
            "Alaoui on Monday.",
            "Ursula von der Leyen",
            "EU",
        ),
    ],
)
def test_participants_names_with_particles(extract: Extract, lang: str, text: str, name: str, country: str) -> None:
    people = {p.name: p.country for e in extract(text, lang).engagements for p in e.participants}
    assert people.get(name) == country, people
