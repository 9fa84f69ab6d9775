"""Country names, demonyms, capitals, dyads and organisations mapped to ISO codes and acronyms."""

from __future__ import annotations

import pytest

from suivi.extract.countries import country_code, country_name, find_countries, fold


def _codes(text: str, lang: str) -> list[tuple[str, str]]:
    return [(m.code, m.via) for m in find_countries(text, lang)]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "la consultation Vietnam-Cambodge", ["VN", "KH"]),
        ("fr", "le comité Vietnam - Laos", ["VN", "LA"]),
        ("fr", "le dialogue France-Maroc", ["FR", "MA"]),
        ("fr", "l’amitié Viêt Nam–Laos", ["VN", "LA"]),
        ("en", "the Cambodia-Thailand border", ["KH", "TH"]),
        ("en", "the Việt Nam–Cambodia relationship", ["VN", "KH"]),
    ],
)
def test_countries_dyads_give_two_mentions(lang: str, text: str, expected: list[str]) -> None:
    assert [m.code for m in find_countries(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Il est allé en Guinée puis en Guinée-Bissau.", ["GN", "GW"]),
        ("fr", "le Niger et le Nigeria", ["NE", "NG"]),
        ("fr", "l'Inde et l'Indonésie", ["IN", "ID"]),
        ("fr", "la Corée du Sud et la Corée du Nord", ["KR", "KP"]),
        ("fr", "les États-Unis, les Etats-Unis et le Royaume-Uni", ["US", "US", "GB"]),
        ("fr", "le Viêt Nam, le Việt Nam, le Viet Nam", ["VN", "VN", "VN"]),
        ("fr", "le Laos ou la RDP lao", ["LA", "LA"]),
        ("fr", "la Chine, pas l'Indochine", ["CN"]),
        ("fr", "le Congo et la République démocratique du Congo", ["CG", "CD"]),
        ("fr", "la Birmanie", ["MM"]),
        ("en", "Guinea and Papua New Guinea", ["GN", "PG"]),
        ("en", "the United States, the US and the U.S.", ["US", "US", "US"]),
        ("en", "South Korea, North Korea and the Republic of Korea", ["KR", "KP", "KR"]),
        ("en", "Laos, the Lao PDR and Myanmar (Burma)", ["LA", "LA", "MM", "MM"]),
        ("en", "VIETNAM AND CAMBODIA", ["VN", "KH"]),
    ],
)
def test_countries_names_resolve_ambiguous_forms(lang: str, text: str, expected: list[str]) -> None:
    found = find_countries(text, lang)
    assert [m.code for m in found] == expected
    assert all(m.via == "name" for m in found)


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "le vice-ministre cambodgien", "KH"),
        ("fr", "la secrétaire d'État cambodgienne", "KH"),
        ("fr", "les entreprises vietnamiennes", "VN"),
        ("fr", "les Cambodgiens", "KH"),
        ("fr", "son homologue lao", "LA"),
        ("fr", "la partie laotienne", "LA"),
        ("fr", "le Premier ministre thaïlandais", "TH"),
        ("fr", "la ministre indonésienne", "ID"),
        ("fr", "le président sénégalais", "SN"),
        ("fr", "la délégation mauritanienne", "MR"),
        ("fr", "les investisseurs japonais", "JP"),
        ("fr", "le chef de la diplomatie marocaine", "MA"),
        ("fr", "les autorités grecques", "GR"),
        ("fr", "le gouvernement français", "FR"),
        ("fr", "la partie chinoise", "CN"),
        ("en", "the Cambodian minister", "KH"),
        ("en", "his Lao counterpart", "LA"),
        ("en", "a Laotian delegation", "LA"),
        ("en", "the Thai side", "TH"),
        ("en", "Vietnamese firms", "VN"),
        ("en", "the Moroccan envoy", "MA"),
        ("en", "Senegalese officials", "SN"),
        ("en", "many Cambodians", "KH"),
    ],
)
def test_countries_demonyms(lang: str, text: str, expected: str) -> None:
    assert _codes(text, lang) == [(expected, "demonym")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "à Phnom Penh", "KH"),
        ("fr", "à Hanoï", "VN"),
        ("fr", "à Vientiane", "LA"),
        ("fr", "à Pékin", "CN"),
        ("fr", "à Bruxelles", "EU"),
        ("fr", "à Nouakchott", "MR"),
        ("fr", "à New Delhi", "IN"),
        ("en", "in Hà Nội", "VN"),
        ("en", "in HÀ NỘI", "VN"),
        ("en", "in Beijing", "CN"),
        ("en", "in Bangkok", "TH"),
        ("en", "in Rabat", "MA"),
        ("en", "in Dakar", "SN"),
        ("en", "in Tokyo", "JP"),
        ("en", "in Jakarta", "ID"),
    ],
)
def test_countries_capitals(lang: str, text: str, expected: str) -> None:
    assert _codes(text, lang) == [(expected, "capital")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "le sommet de l'ASEAN", "ASEAN"),
        ("fr", "les pays de l'ANASE", "ASEAN"),
        ("fr", "l'Union européenne", "EU"),
        ("fr", "l'UE", "EU"),
        ("fr", "l'ONU", "UN"),
        ("fr", "les Nations unies", "UN"),
        ("fr", "le 13e Sommet de l'ASEM", "ASEM"),
        ("fr", "l'Union africaine", "AU"),
        ("fr", "la Francophonie", "OIF"),
        ("fr", "l'OTAN", "NATO"),
        ("fr", "la CEDEAO", "ECOWAS"),
        ("en", "the ASEAN Summit", "ASEAN"),
        ("en", "the EU", "EU"),
        ("en", "the UN", "UN"),
        ("en", "the African Union", "AU"),
        ("en", "APEC leaders", "APEC"),
        ("en", "NATO allies", "NATO"),
        ("en", "the G20", "G20"),
        ("en", "ECOWAS members", "ECOWAS"),
    ],
)
def test_countries_organisations(lang: str, text: str, expected: str) -> None:
    assert _codes(text, lang) == [(expected, "org")]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "l'Indochine coloniale"),
        ("fr", "en mer de Chine méridionale"),
        ("fr", "dans l'océan Indien"),
        ("fr", "Maurice Dupont est arrivé"),
        ("fr", "le marché latino-américain"),
        ("fr", "les pays d'Asie et d'Afrique"),
        ("en", "a US$1.2 billion loan"),
        ("en", "in the South China Sea"),
        ("en", "across the Indian Ocean"),
        ("en", "the Korean Peninsula"),
        ("en", "us and them, un and eu"),
        ("en", "Latin American markets"),
    ],
)
def test_countries_ordinary_words_are_not_countries(lang: str, text: str) -> None:
    assert find_countries(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text"), [("fr", "Le Cambodge et le Laos à Hanoï."), ("en", "Hà Nội hosts Việt Nam’s partners.")]
)
def test_countries_spans_index_the_original_text(lang: str, text: str) -> None:
    found = find_countries(text, lang)
    assert found and all(text[m.start : m.end] == m.text for m in found)


@pytest.mark.parametrize(
    ("name", "lang", "expected"),
    [
        ("Cambodge", "fr", "KH"),
        ("Viêt Nam", "fr", "VN"),
        ("vietnam", None, "VN"),
        ("Lao PDR", "fr", "LA"),
        ("Union européenne", None, "EU"),
        ("ASEAN", "en", "ASEAN"),
        ("Kambodscha", None, "KH"),  # countrynames' aliases in other languages
        ("KH", None, "KH"),
        ("Phnom Penh", "fr", "KH"),
        ("Man", None, None),
        ("nowhere", "en", None),
        ("", None, None),
    ],
)
def test_countries_country_code(name: str, lang: str | None, expected: str | None) -> None:
    assert country_code(name, lang) == expected


@pytest.mark.parametrize(
    ("code", "lang", "expected"),
    [
        ("KH", "fr", "Cambodge"),
        ("KH", "en", "Cambodia"),
        ("US", "fr", "États-Unis"),
        ("ASEAN", "fr", "ASEAN"),
        ("QQ", "fr", "QQ"),
    ],
)
def test_countries_country_name(code: str, lang: str, expected: str) -> None:
    assert country_name(code, lang) == expected


@pytest.mark.parametrize("text", ["Hà Nội", "Việt Nam’s", "Đà Nẵng – Huế", "Côte d’Ivoire"])
def test_countries_fold_keeps_offsets(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text) and folded.isascii()


def test_countries_unknown_language_uses_both_vocabularies() -> None:
    assert [m.code for m in find_countries("Cambodge and Cambodia, cambodgien and Cambodian", "vi")] == [
        "KH",
        "KH",
        "KH",
        "KH",
    ]
