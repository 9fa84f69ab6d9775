"""Engagement constructions that English (and French) extraction missed or over-produced (issue 9): a visit whose
destination is named only by a city, headlines announcing a visit with an infinitive, invitations to visit, a
participle opening the sentence, a mechanism kept up as a habit, a mechanism named as the office of its co-chairs,
and funds received by a country. Sentences written for these tests, in pairs across Africa, Latin America, Europe,
the Gulf and Central Asia."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from suivi.record import DocumentRecord

Extract = Callable[..., DocumentRecord]

# (id, language, text, [(kind, status, parties)]): the engagements the text names, each found once
FOUND = [
    (
        "en_az_jp_city",
        "en",
        "Earlier this month, Azerbaijani President Ilham Aliyev paid a visit to Tokyo, where he met Prime Minister "
        "Fumio Kishida.",
        [("visit", "held", {"AZ", "JP"})],
    ),
    (
        "en_om_sa_city",
        "en",
        "Omani Sultan Haitham bin Tariq paid a state visit to Riyadh last week.",
        [("visit", "held", {"OM", "SA"})],
    ),
    (
        "fr_sn_ma_ville",
        "fr",
        "Le président sénégalais Bassirou Diomaye Faye a effectué mardi une visite à Rabat.",
        [("visit", "held", {"SN", "MA"})],
    ),
    (
        "fr_kz_uz_ville",
        "fr",
        "Le président kazakh Kassym-Jomart Tokaïev s'est rendu lundi à Tachkent.",
        [("visit", "held", {"KZ", "UZ"})],
    ),
    (
        "en_ug_tz_headline",
        "en",
        "Ugandan President to pay state visit to Tanzania",
        [("visit", "planned", {"UG", "TZ"})],
    ),
    (
        "en_ec_co_headline",
        "en",
        "Ecuadorian foreign minister to visit Colombia next week",
        [("visit", "planned", {"EC", "CO"})],
    ),
    (
        "fr_eg_ke_titre",
        "fr",
        "Le ministre égyptien des Affaires étrangères attendu au Kenya pour une visite officielle",
        [("visit", "planned", {"EG", "KE"})],
    ),
    (
        "en_ma_es_at_the_invitation",
        "en",
        "At the invitation of King Felipe VI, Moroccan King Mohammed VI led a delegation to pay a state visit to "
        "Spain.",
        [("visit", "held", {"MA", "ES"})],
    ),
    (
        "fr_ma_es_a_l_invitation",
        "fr",
        "À l'invitation du roi Felipe VI, le roi du Maroc a effectué une visite d'État en Espagne.",
        [("visit", "held", {"MA", "ES"})],
    ),
    (
        "en_kz_tr_invitation",
        "en",
        "Kazakh President Kassym-Jomart Tokayev, who is on a state visit to Turkey, met President Recep Tayyip "
        "Erdogan on Monday. He conveyed the invitation of the Kazakh leadership to the Turkish leaders to soon visit "
        "Kazakhstan.",
        [("visit", "held", {"KZ", "TR"}), ("visit", "planned", {"KZ", "TR"})],
    ),
    (
        "fr_gh_ng_invitation",
        "fr",
        "Le président ghanéen est en visite d'État au Nigeria depuis lundi. Il a transmis l'invitation des "
        "dirigeants ghanéens au président nigérian à effectuer prochainement une visite au Ghana.",
        [("visit", "held", {"GH", "NG"}), ("visit", "planned", {"GH", "NG"})],
    ),
    (
        "en_br_ar_participle",
        "en",
        "Meeting Brazilian Foreign Minister Mauro Vieira in Brasilia on Tuesday, Argentine Foreign Minister Diana "
        "Mondino said both sides would expand trade in energy.",
        [("meeting", "held", {"AR", "BR"})],
    ),
    (
        "en_qa_kw_participle",
        "en",
        "Meeting Qatari Prime Minister Mohammed bin Abdulrahman Al Thani in Doha, Kuwaiti Foreign Minister Abdullah "
        "Al-Yahya said the Gulf states would coordinate.",
        [("meeting", "held", {"QA", "KW"})],
    ),
    (
        "en_kz_uz_round_kept",
        "en",
        "Kazakhstan and Uzbekistan held their fifth political consultation in Astana on 3 May.",
        [("consultation", "held", {"KZ", "UZ"})],
    ),
]

# (id, language, text, kind): a kind the text does not report as an occasion
ABSENT = [
    (
        "en_kz_uz_habit",
        "en",
        "Kazakhstan and Uzbekistan have maintained regular political consultations since 2021.",
        "consultation",
    ),
    (
        "en_cl_ar_habit",
        "en",
        "Chile and Argentina agreed to continue to maintain talks, high-level consultation and bilateral mechanisms.",
        "consultation",
    ),
    (
        "fr_ma_sn_habitude",
        "fr",
        "Le Maroc et le Sénégal maintiennent des consultations politiques régulières depuis 2019.",
        "consultation",
    ),
    (
        "en_ma_sn_cochairs",
        "en",
        "As co-chairs of the Morocco-Senegal Joint Commission, the two foreign ministries reviewed the progress made.",
        "joint_committee",
    ),
    (
        "fr_qa_om_copresidents",
        "fr",
        "En tant que coprésidents de la Commission mixte Qatar-Oman, les deux ministres ont passé en revue les "
        "progrès accomplis.",
        "joint_committee",
    ),
    (
        "en_gh_ng_investment",
        "en",
        "Ghana ranks second among 30 countries receiving investment from Nigeria.",
        "meeting",
    ),
    (
        "fr_py_br_investissements",
        "fr",
        "Le Paraguay figure parmi les pays recevant le plus d'investissements du Brésil.",
        "meeting",
    ),
    (
        "en_gh_cn_welcomed_growth",
        "en",
        "The two ministers welcomed the growth of Chinese investment to Ghana.",
        "meeting",
    ),
]


@pytest.mark.parametrize(("lang", "text", "expected"), [pytest.param(*c[1:], id=c[0]) for c in FOUND])
def test_engagements_en_constructions_found(extract: Extract, lang: str, text: str, expected: list[tuple]) -> None:
    record = extract(text, lang, "2024-05")
    got = sorted((e.kind.value, e.status.value, frozenset(e.parties)) for e in record.engagements)
    assert got == sorted((kind, status, frozenset(parties)) for kind, status, parties in expected)


@pytest.mark.parametrize(("lang", "text", "kind"), [pytest.param(*c[1:], id=c[0]) for c in ABSENT])
def test_engagements_en_constructions_absent(extract: Extract, lang: str, text: str, kind: str) -> None:
    record = extract(text, lang, "2024-05")
    assert kind not in {e.kind.value for e in record.engagements}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param("en", "The Emir welcomed the Kenyan delegation to Doha.", id="en_qa_ke_welcomed_people"),
        pytest.param(
            "fr", "Le président angolais a reçu jeudi à Luanda le ministre portugais des Affaires étrangères.", id="fr"
        ),
    ],
)
def test_engagements_en_constructions_reception_still_read(extract: Extract, lang: str, text: str) -> None:
    """The exclusions above leave receptions of people alone."""
    record = extract(text, lang, "2024-05")
    assert [e.kind.value for e in record.engagements] == ["meeting"]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "en",
            "Kenyan President William Ruto met Ugandan President Yoweri Museveni in Kampala on Monday. Earlier this "
            "month, Mr. Ruto paid a visit to Tokyo, where he met Prime Minister Fumio Kishida.",
            id="en_ke_jp",
        ),
        pytest.param(
            "fr",
            "Le président kényan William Ruto a rencontré lundi à Kampala le président ougandais Yoweri Museveni. Au "
            "début du mois, M. Ruto a effectué une visite à Tokyo.",
            id="fr_ke_jp",
        ),
    ],
)
def test_engagements_en_constructions_city_visit_outside_the_pair(extract: Extract, lang: str, text: str) -> None:
    """A visit to a city of a third country: that country hosts it, and the visitor's country is the one the
    article gave him, not the article's pair."""
    record = extract(text, lang, "2024-05")
    visits = [set(e.parties) for e in record.engagements if e.kind.value == "visit"]
    assert visits == [{"KE", "JP"}]


@pytest.mark.parametrize(
    ("lang", "text", "past"),
    [
        pytest.param(
            "fr",
            "La 17e session du Comité mixte Sénégal-Gambie s'est tenue le 21 août 2019 à Banjul. Les deux parties "
            "ont constaté que depuis la 16e session du Comité en mai 2018, les relations bilatérales avaient continué "
            "de se développer.",
            (16, "2018-05"),
            id="fr_sn_gm",
        ),
        pytest.param(
            "fr",
            "La 9e session de la Commission mixte Pérou-Équateur s'est tenue le 3 août 2019 à Lima. Depuis la 8e "
            "session de la Commission en juin 2017, les échanges ont doublé.",
            (8, "2017-06"),
            id="fr_pe_ec",
        ),
        pytest.param(
            "en",
            "The 17th session of the Senegal-Gambia Joint Committee was held in Banjul on 21 August 2019. The two "
            "sides noted that since the 16th session of the Committee in May 2018, bilateral relations had kept "
            "growing.",
            (16, "2018-05"),
            id="en_sn_gm",
        ),
        pytest.param(
            "en",
            "The fifth meeting of the Kazakhstan-Kyrgyzstan Intergovernmental Council took place in Astana on 3 August "
            "2019. Since the fourth meeting of the Council in June 2017, trade has doubled.",
            (4, "2017-06"),
            id="en_kz_kg",
        ),
    ],
)
def test_engagements_en_constructions_earlier_round_of_the_bare_mechanism(
    extract: Extract, lang: str, text: str, past: tuple[int, str]
) -> None:
    """ "since the 16th session of the Committee in May 2018": the committee the article reports, named by its bare
    noun, and an earlier round of it (ANNOTATION rule 3: a past round named with its ordinal and date)."""
    record = extract(text, lang, "2019-08")
    rounds = {(e.series.ordinal, e.date.value, e.status.value) for e in record.engagements if e.series and e.date}
    assert (*past, "held") in rounds
    assert len(record.engagements) == 2


@pytest.mark.parametrize(
    ("lang", "text", "ordinals"),
    [
        pytest.param(
            "en",
            "Thai Prime Minister Srettha Thavisin held talks with Lao Prime Minister Sonexay Siphandone in Vientiane "
            "on 9 October on the sidelines of the 44th and 45th ASEAN Summits.",
            [44, 45],
            id="en_th_la",
        ),
        pytest.param(
            "fr",
            "Le Premier ministre thaïlandais a rencontré le 9 octobre à Vientiane son homologue lao en marge des 44e "
            "et 45e sommets de l'ASEAN.",
            [44, 45],
            id="fr_th_la",
        ),
        pytest.param(
            "fr",
            "Le président sénégalais a rencontré son homologue ivoirien en marge des 37e et 38e sommets de l'Union "
            "africaine à Addis-Abeba.",
            [37, 38],
            id="fr_sn_ci",
        ),
    ],
)
def test_engagements_en_constructions_two_numbered_summits(
    extract: Extract, lang: str, text: str, ordinals: list[int]
) -> None:
    """ "on the sidelines of the 44th and 45th Summits", "en marge des 44e et 45e sommets": the meeting, and one
    summit per round."""
    record = extract(text, lang, "2024-10")
    summits = sorted(e.series.ordinal for e in record.engagements if e.kind.value == "summit" and e.series)
    assert summits == ordinals
    assert [e.kind.value for e in record.engagements].count("meeting") == 1


@pytest.mark.parametrize(
    ("lang", "published", "text", "expected"),
    [
        pytest.param(
            "en",
            "2024-01",
            "Omani Foreign Minister Badr Albusaidi visited Saudi Arabia in December, where he held talks with his "
            "Saudi counterpart.",
            ("held", "2023-12"),
            id="en_om_sa_past",
        ),
        pytest.param(
            "fr",
            "2024-02",
            "Le ministre péruvien des Affaires étrangères a effectué une visite en Bolivie en novembre.",
            ("held", "2023-11"),
            id="fr_pe_bo_past",
        ),
        pytest.param(
            "en",
            "2024-01",
            "Omani Foreign Minister Badr Albusaidi will visit Saudi Arabia in December.",
            ("planned", "2024-12"),
            id="en_om_sa_future",
        ),
        pytest.param(
            "fr",
            "2024-02",
            "Le ministre péruvien des Affaires étrangères effectuera une visite en Bolivie en novembre.",
            ("planned", "2024-11"),
            id="fr_pe_bo_future",
        ),
    ],
)
def test_engagements_en_constructions_past_month_ahead_of_publication(
    extract: Extract, lang: str, published: str, text: str, expected: tuple[str, str]
) -> None:
    """A month after publication written without a year: last year's when the visit is told in the past, this
    year's when it is announced."""
    record = extract(text, lang, published)
    visits = [(e.status.value, e.date.value) for e in record.engagements if e.kind.value == "visit" and e.date]
    assert visits == [expected]
