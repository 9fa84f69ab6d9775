"""suivi.engagements.v1: kind, ordinal, status, date, format, venue and parties of each occasion, FR and EN."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from suivi.record import DocumentRecord, Engagement

Extract = Callable[..., DocumentRecord]


def only(record: DocumentRecord) -> Engagement:
    assert record.is_diplomatic, record
    assert len(record.engagements) == 1, [(e.kind, e.evidence) for e in record.engagements]
    return record.engagements[0]


def date_of(engagement: Engagement) -> tuple[str, str | None, str] | None:
    d = engagement.date
    return None if d is None else (d.value, d.end, d.precision.value)


# --- kind from its cue -------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "fr",
            "Dakar (APS) – Le Sénégal et la Mauritanie ont tenu lundi à Dakar leur 4e consultation politique, "
            "sous la présidence des deux ministres des Affaires étrangères.",
            "consultation",
        ),
        (
            "fr",
            "L'Inde et le Japon ont tenu le 12 mars à New Delhi leur dialogue stratégique annuel entre les "
            "ministères des Affaires étrangères.",
            "consultation",
        ),
        (
            "fr",
            "Le deuxième dialogue 2+2 entre l'Inde et le Japon, réunissant les ministres de la Défense et des "
            "Affaires étrangères, s'est tenu le 8 mars à Tokyo.",
            "consultation",
        ),
        (
            "fr",
            "La 19e réunion du Comité mixte franco-marocain s'est tenue le 14 mars à Rabat en présence des "
            "délégations des deux pays.",
            "joint_committee",
        ),
        (
            "fr",
            "Le Comité intergouvernemental Vietnam-Laos a tenu sa session annuelle le 5 mars à Vientiane, sous la "
            "direction des deux vice-Premiers ministres.",
            "joint_committee",
        ),
        (
            "fr",
            "Le Premier ministre indien Arjun Mehra a effectué une visite officielle au Japon du 10 au 12 mars, à "
            "l'invitation de son homologue japonais Kenji Arakawa.",
            "visit",
        ),
        (
            "fr",
            "Hanoï (VNA) – Le vice-ministre vietnamien des Affaires étrangères a reçu mardi l'ambassadeur du Laos.",
            "meeting",
        ),
        (
            "fr",
            "Le ministre chinois des Affaires étrangères Liu Haoran a eu un entretien téléphonique mardi avec son "
            "homologue cambodgien Chea Sovann.",
            "call",
        ),
        (
            "fr",
            "Le chef de la diplomatie vietnamienne a participé le 6 mars au Sommet de l'ASEAN à Vientiane, selon le "
            "ministère des Affaires étrangères.",
            "summit",
        ),
        (
            "fr",
            "Le Vietnam et le Laos ont célébré le 62e anniversaire de l'établissement de leurs relations "
            "diplomatiques lors d'une cérémonie à Hanoï en présence du ministre des Affaires étrangères.",
            "commemoration",
        ),
        (
            "en",
            "Senegal and Mauritania held their fourth political consultation in Dakar on Monday, chaired by the two "
            "foreign ministers.",
            "consultation",
        ),
        (
            "en",
            "India and Japan held their annual strategic dialogue in New Delhi on March 12, led by the two foreign "
            "ministers.",
            "consultation",
        ),
        (
            "en",
            "The second India-Japan 2+2 Ministerial Dialogue, bringing together the defence and foreign ministers, "
            "was held in Tokyo on March 8.",
            "consultation",
        ),
        (
            "en",
            "The 19th meeting of the France-Morocco Joint Committee took place in Rabat on March 14 with delegations "
            "of both countries, led by their ministers.",
            "joint_committee",
        ),
        (
            "en",
            "The Vietnam-Laos Intergovernmental Committee held its annual session in Vientiane on March 5, chaired "
            "by the two Deputy Prime Ministers.",
            "joint_committee",
        ),
        (
            "en",
            "Indian Prime Minister Arjun Mehra paid an official visit to Japan from March 10 to 12 at the invitation "
            "of his Japanese counterpart Kenji Arakawa.",
            "visit",
        ),
        (
            "en",
            "Hanoi (VNA) – Vietnamese Deputy Foreign Minister received the Lao Ambassador on Tuesday.",
            "meeting",
        ),
        (
            "en",
            "Chinese Foreign Minister Liu Haoran held phone talks on Tuesday with his Cambodian counterpart Chea "
            "Sovann.",
            "call",
        ),
        (
            "en",
            "The Vietnamese Prime Minister attended the ASEAN Summit in Vientiane on March 6, the foreign ministry "
            "said.",
            "summit",
        ),
        (
            "en",
            "Vietnam and Laos celebrated the 62nd anniversary of the establishment of diplomatic relations at a "
            "ceremony in Hanoi attended by the foreign minister.",
            "commemoration",
        ),
    ],
)
def test_engagements_kind_from_cue(extract: Extract, lang: str, text: str, kind: str) -> None:
    assert only(extract(text, lang, "2024-03")).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        pytest.param(
            "en",
            "India and Japan held their annual strategic dialogue between the foreign ministries in New Delhi on "
            "March 12.",
            "consultation",
        ),
        pytest.param(
            "fr",
            "Rabat (MAP) – Le ministre marocain des Affaires étrangères s'est entretenu mardi avec son homologue "
            "français.",
            "meeting",
        ),
        pytest.param(
            "fr",
            "Le ministre sénégalais des Affaires étrangères Moussa Faye a été reçu lundi à Nouakchott par le "
            "président mauritanien Ahmed Ould Salem.",
            "meeting",
        ),
    ],
)
def test_engagements_kind_from_cue_with_words_between(extract: Extract, lang: str, text: str, kind: str) -> None:
    assert only(extract(text, lang, "2024-03")).kind == kind


@pytest.mark.parametrize(
    ("lang", "text", "org"),
    [
        (
            "fr",
            "Le chef de la diplomatie vietnamienne a participé le 6 mars au Sommet de l'ASEAN à Vientiane, selon le "
            "ministère des Affaires étrangères.",
            "ASEAN",
        ),
        (
            "en",
            "The Vietnamese Prime Minister attended the ASEAN Summit in Vientiane on March 6, the foreign ministry "
            "said.",
            "ASEAN",
        ),
    ],
)
def test_engagements_summit_parties_include_the_organisation(extract: Extract, lang: str, text: str, org: str) -> None:
    engagement = only(extract(text, lang, "2024-03"))
    assert engagement.kind == "summit"
    assert org in engagement.parties
    assert "VN" in engagement.parties


# --- ordinal -----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "ordinal"),
    [
        (
            "fr",
            "Rabat (MAP) – Le Maroc et la France ont tenu mercredi à Paris la 7e session de consultation politique, "
            "coprésidée par les ministres des Affaires étrangères.",
            7,
        ),
        (
            "fr",
            "La 9ᵉ session de la Commission mixte Cambodge-Thaïlande s'est tenue le 14 mars à Bangkok, sous la "
            "présidence des deux ministres des Affaires étrangères.",
            9,
        ),
        (
            "fr",
            "La 19e réunion du Comité mixte franco-marocain s'est tenue le 14 mars à Rabat en présence des "
            "délégations des deux pays.",
            19,
        ),
        (
            "fr",
            "La première consultation politique entre le Laos et le Vietnam a eu lieu le 4 mars à Vientiane, au "
            "niveau des vice-ministres des Affaires étrangères.",
            1,
        ),
        (
            "en",
            "The seventh political consultation between Laos and Vietnam took place in Vientiane on March 4, at "
            "the level of deputy foreign ministers.",
            7,
        ),
        (
            "en",
            "The 19th meeting of the France-Morocco Joint Committee took place in Rabat on March 14 with delegations "
            "of both countries, led by their ministers.",
            19,
        ),
    ],
)
def test_engagements_ordinal_of_round(extract: Extract, lang: str, text: str, ordinal: int) -> None:
    engagement = only(extract(text, lang, "2024-03"))
    assert engagement.series is not None
    assert engagement.series.ordinal == ordinal


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "fr",
            "Le Premier ministre vietnamien a participé le 6 mars au Sommet de l'ASEAN à Vientiane, aux côtés des "
            "dirigeants du Laos et du Cambodge, selon le ministère des Affaires étrangères.",
        ),
    ],
)
def test_engagements_title_premier_is_not_an_ordinal(extract: Extract, lang: str, text: str) -> None:
    engagement = only(extract(text, lang, "2024-03"))
    assert engagement.series is None or engagement.series.ordinal is None


# --- status and year roll ------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "status"),
    [
        (
            "fr",
            "La 8e consultation politique entre le Maroc et la France se tiendra à Paris le 20 juin, a annoncé le "
            "ministère des Affaires étrangères.",
            "planned",
        ),
        (
            "fr",
            "La prochaine session du Comité mixte sénégalo-mauritanien aura lieu à Nouakchott en juillet, a indiqué "
            "le ministre des Affaires étrangères.",
            "planned",
        ),
        (
            "fr",
            "Rabat (MAP) – 8e consultation politique Maroc-France le 20 juin à Paris, sous la présidence des "
            "ministres des Affaires étrangères.",
            "planned",
        ),
        (
            "fr",
            "La 19e réunion du Comité mixte franco-marocain s'est tenue le 14 mars à Rabat en présence des "
            "délégations des deux pays.",
            "held",
        ),
        (
            "en",
            "The 8th political consultation between Morocco and France will be held in Paris on June 20, the "
            "foreign ministry announced.",
            "planned",
        ),
        (
            "en",
            "The next session of the Senegal-Mauritania Joint Commission will take place in Nouakchott in July, the "
            "Minister of Foreign Affairs said.",
            "planned",
        ),
        (
            "en",
            "Rabat (MAP) – 8th Morocco-France political consultation on June 20 in Paris, chaired by the foreign "
            "ministers.",
            "planned",
        ),
        (
            "en",
            "The seventh political consultation between Laos and Vietnam took place in Vientiane on March 4, at "
            "the level of deputy foreign ministers.",
            "held",
        ),
    ],
)
def test_engagements_status_planned_or_held(extract: Extract, lang: str, text: str, status: str) -> None:
    assert only(extract(text, lang, "2024-03")).status == status


@pytest.mark.parametrize(
    ("lang", "published", "text", "expected"),
    [
        (
            "fr",
            "2024-10",
            "Phnom Penh (AKP) – Le ministre cambodgien des Affaires étrangères a reçu le 15 octobre l'ambassadeur "
            "thaïlandais. Les deux parties ont convenu que la 12e réunion de la Commission mixte se tiendra à "
            "Phnom Penh (24 juin).",
            ("2025-06-24", None, "day"),
        ),
        (
            "fr",
            "2024-10",
            "Le Cambodge et la Thaïlande tiendront la 12e réunion de leur Commission mixte à Phnom Penh le 24 juin, "
            "selon le ministère des Affaires étrangères.",
            ("2025-06-24", None, "day"),
        ),
    ],
)
def test_engagements_planned_date_before_publication_rolls_to_next_year(
    extract: Extract, lang: str, published: str, text: str, expected: tuple[str, str | None, str]
) -> None:
    record = extract(text, lang, published)
    committees = [e for e in record.engagements if e.kind == "joint_committee"]
    assert len(committees) == 1
    assert committees[0].status == "planned"
    assert date_of(committees[0]) == expected


# --- dates ---------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "published", "text", "expected"),
    [
        (
            "fr",
            "2024-10",
            "Dakar (APS) – Le Sénégal et la Mauritanie ont tenu le 21 octobre à Dakar leur 4e consultation "
            "politique, sous la présidence des deux ministres des Affaires étrangères.",
            ("2024-10-21", None, "day"),
        ),
        (
            "fr",
            "2024-11",
            "La 3e consultation politique entre le Japon et l'Inde s'est tenue les 25 et 26 novembre à Tokyo, sous "
            "la présidence des vice-ministres des Affaires étrangères.",
            ("2024-11-25", "2024-11-26", "day"),
        ),
        (
            "fr",
            "2024-10",
            "La consultation politique entre le Japon et l'Inde a eu lieu mardi à Tokyo, a indiqué le ministère des "
            "Affaires étrangères.",
            ("2024-10", None, "month"),
        ),
        (
            "fr",
            "2024-10",
            "Le Japon et l'Inde avaient tenu leur 2e consultation politique en 2023 à New Delhi, a rappelé le "
            "ministre des Affaires étrangères.",
            ("2023", None, "year"),
        ),
        (
            "en",
            "2024-10",
            "Cambodian Foreign Minister Sok Vannara met his Chinese counterpart in Beijing on October 21.",
            ("2024-10-21", None, "day"),
        ),
        (
            "en",
            "2024-12",
            "The Japan-India 2+2 Dialogue was held in Tokyo on 21-22 December, the foreign ministry said.",
            ("2024-12-21", "2024-12-22", "day"),
        ),
        (
            "en",
            "2024-10",
            "Phnom Penh (AKP) – Cambodia's Deputy Prime Minister held phone talks with the Thai Minister of Foreign "
            "Affairs on Tuesday.",
            ("2024-10", None, "month"),
        ),
    ],
)
def test_engagements_date_resolved_against_publication(
    extract: Extract, lang: str, published: str, text: str, expected: tuple[str, str | None, str]
) -> None:
    assert date_of(only(extract(text, lang, published))) == expected


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        pytest.param(
            "fr",
            "Le Premier ministre indien Arjun Mehra se rendra en visite officielle au Japon, a annoncé mardi le "
            "ministère des Affaires étrangères.",
        ),
        pytest.param(
            "en",
            "Indian Prime Minister Arjun Mehra will pay an official visit to Japan, the foreign ministry announced "
            "on Tuesday.",
        ),
    ],
)
def test_engagements_planned_without_date_has_no_date(extract: Extract, lang: str, text: str) -> None:
    engagement = only(extract(text, lang, "2024-03"))
    assert engagement.status == "planned"
    assert engagement.date is None


# --- format and venue ----------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "fmt"),
    [
        (
            "fr",
            "La 19e réunion du Comité mixte franco-marocain s'est tenue en visioconférence le 14 mars, sous la "
            "présidence des deux ministres.",
            "virtual",
        ),
        (
            "fr",
            "Phnom Penh (AKP) – Le vice-Premier ministre cambodgien s'est entretenu par téléphone avec le ministre "
            "thaïlandais des Affaires étrangères.",
            "phone",
        ),
        (
            "fr",
            "La 3e consultation politique entre le Japon et l'Inde s'est tenue les 25 et 26 novembre à Tokyo, sous "
            "la présidence des vice-ministres des Affaires étrangères.",
            "in_person",
        ),
        (
            "en",
            "The 19th meeting of the France-Morocco Joint Committee was held via videoconference on March 14, "
            "co-chaired by the two ministers.",
            "virtual",
        ),
        (
            "en",
            "Phnom Penh (AKP) – Cambodia's Deputy Prime Minister held phone talks with the Thai Minister of Foreign "
            "Affairs on Tuesday.",
            "phone",
        ),
        (
            "en",
            "The seventh political consultation between Laos and Vietnam took place in Vientiane on March 4, at "
            "the level of deputy foreign ministers.",
            "in_person",
        ),
    ],
)
def test_engagements_format_from_cue_or_venue(extract: Extract, lang: str, text: str, fmt: str) -> None:
    assert only(extract(text, lang, "2024-11")).format == fmt


@pytest.mark.parametrize(
    ("lang", "text", "place", "country"),
    [
        (
            "fr",
            "Le ministre des Affaires étrangères Youssef Alami a reçu mardi à Rabat l'ambassadeur de France, Julien "
            "Mercier.",
            "Rabat",
            "MA",
        ),
        (
            "fr",
            "Le ministre indien des Affaires étrangères effectuera une visite officielle au Japon le 25 avril.",
            None,
            "JP",
        ),
        (
            "en",
            "Cambodian Foreign Minister Sok Vannara met his Chinese counterpart in Beijing on October 21.",
            "Beijing",
            "CN",
        ),
    ],
)
def test_engagements_venue_from_place_named(
    extract: Extract, lang: str, text: str, place: str | None, country: str
) -> None:
    venue = only(extract(text, lang, "2024-03")).venue
    assert venue is not None
    assert (venue.place, venue.country) == (place, country)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Rabat (MAP) – Le ministre marocain des Affaires étrangères et son homologue français ont tenu mardi "
            "leur 5e consultation politique.",
        ),
        (
            "en",
            "Rabat (MAP) – The Moroccan Minister of Foreign Affairs and his French counterpart held their 5th "
            "political consultation on Tuesday.",
        ),
    ],
)
def test_engagements_dateline_alone_is_not_a_venue(extract: Extract, lang: str, text: str) -> None:
    engagement = only(extract(text, lang, "2024-03"))
    assert engagement.venue is None
    assert engagement.format == "unknown"


# --- parties -------------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        (
            "fr",
            "La consultation politique Cambodge-Thaïlande s'est tenue lundi à Phnom Penh, sous la présidence des "
            "vice-ministres des Affaires étrangères.",
            {"KH", "TH"},
        ),
        (
            "fr",
            "Le ministre chinois des Affaires étrangères a rencontré le 21 octobre à Pékin son homologue cambodgien.",
            {"CN", "KH"},
        ),
        (
            "en",
            "The 8th Morocco-France political consultation will be held in Paris on June 20, the foreign ministry "
            "announced.",
            {"MA", "FR"},
        ),
        (
            "en",
            "Cambodian Foreign Minister Sok Vannara met his Chinese counterpart in Beijing on October 21.",
            {"CN", "KH"},
        ),
        pytest.param(
            "fr",
            "La 9ᵉ session de la Commission mixte cambodgo-thaïlandaise s'est tenue le 14 mars à Bangkok, sous la "
            "présidence des deux ministres des Affaires étrangères.",
            {"KH", "TH"},
        ),
        pytest.param(
            "fr",
            "La prochaine session du Comité mixte sénégalo-mauritanien aura lieu à Nouakchott en juillet, a indiqué "
            "le ministre des Affaires étrangères.",
            {"SN", "MR"},
        ),
    ],
)
def test_engagements_parties_from_dyad_or_demonyms(extract: Extract, lang: str, text: str, parties: set[str]) -> None:
    assert set(only(extract(text, lang, "2024-10")).parties) == parties


# --- one engagement per occasion -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "fr",
            "Le Sénégal et la Mauritanie ont tenu leur 6e session de consultation politique\n"
            "La 6e session de consultation politique Sénégal-Mauritanie s'est tenue le 14 mai à Dakar, sous la "
            "présidence des ministres des Affaires étrangères Awa Diallo et Cheikh Ould Baba. Lors de la rencontre, "
            "les deux parties ont passé en revue la coopération bilatérale.",
            "consultation",
        ),
        (
            "fr",
            "Le Premier ministre laotien Somphone Keomany a effectué du 6 au 8 mai une visite officielle au Vietnam. "
            "Au cours de la visite, il a eu des entretiens avec son homologue vietnamien Tran Van Hai. Les deux "
            "dirigeants ont eu des entretiens approfondis sur la coopération.",
            "visit",
        ),
        (
            "en",
            "Senegal and Mauritania held their 6th political consultation\n"
            "The 6th Senegal-Mauritania political consultation was held in Dakar on May 14, co-chaired by foreign "
            "ministers Awa Diallo and Cheikh Ould Baba. At the meeting, the two sides reviewed bilateral "
            "cooperation.",
            "consultation",
        ),
        (
            "en",
            "Lao Prime Minister Somphone Keomany paid an official visit to Vietnam from May 6 to 8. During the visit, "
            "he held talks with his Vietnamese counterpart Tran Van Hai.",
            "visit",
        ),
    ],
)
def test_engagements_one_per_occasion(extract: Extract, lang: str, text: str, kind: str) -> None:
    engagement = only(extract(text, lang, "2024-05"))
    assert engagement.kind == kind
    assert engagement.date is not None and engagement.date.precision == "day"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Rabat (MAP) – La 5e consultation politique Maroc-France s'est tenue le 14 mai à Rabat, sous la "
            "présidence du secrétaire général du ministère des Affaires étrangères. En marge de la consultation, le "
            "chef du gouvernement marocain a reçu la délégation française conduite par la secrétaire générale du "
            "Quai d'Orsay Odile Garnier.",
        ),
        (
            "en",
            "Rabat (MAP) – The 5th Morocco-France political consultation was held in Rabat on May 14, chaired by the "
            "secretaries general of the two foreign ministries. On the sidelines of the consultation, the Moroccan "
            "head of government received the French delegation led by Secretary General Odile Garnier.",
        ),
    ],
)
def test_engagements_reception_during_consultation_is_separate(extract: Extract, lang: str, text: str) -> None:
    record = extract(text, lang, "2024-05")
    assert [(e.id, e.kind, e.occasion_of) for e in record.engagements] == [
        ("e1", "consultation", None),
        ("e2", "meeting", "e1"),
    ]


@pytest.mark.parametrize(
    ("lang", "text", "ordinal"),
    [
        (
            "fr",
            "Nouakchott (AMI) – La Mauritanie et le Sénégal ont ouvert lundi à Nouakchott les travaux de leur Grande "
            "commission mixte de coopération, en présence des ministres des Affaires étrangères. La 11e session a "
            "permis de passer en revue les accords signés.",
            11,
        ),
        (
            "en",
            "Nouakchott (AMI) – Mauritania and Senegal opened their Joint Commission in Nouakchott on Monday, in the "
            "presence of the foreign ministers. The 11th session reviewed the agreements signed so far.",
            11,
        ),
    ],
)
def test_engagements_anaphoric_round_resolves_to_mechanism(
    extract: Extract, lang: str, text: str, ordinal: int
) -> None:
    engagement = only(extract(text, lang, "2024-05"))
    assert engagement.kind == "joint_committee"
    assert engagement.series is not None and engagement.series.ordinal == ordinal


# --- is_diplomatic -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Dakar (APS) – L'équipe nationale du Sénégal a battu la Mauritanie (2-0) samedi lors de la rencontre entre "
            "les deux sélections au stade de Dakar. Les joueurs ont marqué deux buts en seconde période, devant le "
            "ministre des Sports.",
        ),
        (
            "fr",
            "Casablanca – Le groupe marocain Atlas Ciment a signé un contrat de 40 millions d'euros avec la société "
            "française Béton Plus pour une usine. Les actionnaires du groupe ont salué l'accord, selon le président "
            "du conseil d'administration.",
        ),
        (
            "fr",
            "Vientiane – La 5e édition du festival de la culture lao s'est ouverte samedi à Vientiane, avec des "
            "artistes venus de Thaïlande et du Vietnam. Le ministre de la Culture a rencontré les artistes lors d'un "
            "concert.",
        ),
        (
            "fr",
            "Paris – L'Assemblée nationale a voté mardi le projet de loi de finances. Les députés ont adopté le texte "
            "par 310 voix contre 200, après une rencontre entre le Premier ministre et les présidents de groupe.",
        ),
        (
            "en",
            "Dakar – Senegal's national team beat Mauritania 2-0 on Saturday in the match between the two sides in "
            "Dakar. The players scored two goals in the second half, in front of the sports minister, who met the "
            "coach.",
        ),
        (
            "en",
            "Casablanca – Moroccan group Atlas Ciment signed a 40 million euro contract with French company Beton "
            "Plus for a plant. Shareholders welcomed the deal, the chairman said.",
        ),
        (
            "en",
            "Vientiane – The 5th edition of the Lao culture festival opened in Vientiane on Saturday with artists from "
            "Thailand and Vietnam. The Minister of Culture met the artists at a concert.",
        ),
        (
            "en",
            "Paris – The French parliament voted the finance bill on Tuesday. Lawmakers approved the text by 310 "
            "votes to 200 after the Prime Minister met the heads of the parliamentary groups.",
        ),
        pytest.param(
            "fr",
            "Casablanca – Le groupe marocain Atlas Ciment a signé un contrat de 40 millions d'euros avec la société "
            "française Béton Plus. Le président du groupe a reçu les dirigeants de Béton Plus à Casablanca, et les "
            "actionnaires ont salué l'accord.",
        ),
        pytest.param(
            "en",
            "Casablanca – Moroccan group Atlas Ciment signed a 40 million euro contract with French company Beton "
            "Plus. The group's president received Beton Plus executives in Casablanca and shareholders welcomed "
            "the deal.",
        ),
    ],
)
def test_engagements_distractor_is_not_diplomatic(extract: Extract, lang: str, text: str) -> None:
    record = extract(text, lang, "2024-05")
    assert not record.is_diplomatic
    assert (record.engagements, record.commitments, record.indicators) == ([], [], [])


@pytest.mark.parametrize(
    ("lang", "text", "kind", "venue", "date"),
    [
        (
            "en",
            "PHNOM PENH, Jan. 12 (Xinhua) -- Cambodian Prime Minister Chea Rithy met with visiting Chinese Foreign "
            "Minister Liu Haoran here on Friday.",
            "meeting",
            ("PHNOM PENH", "KH"),
            ("2024-01-12", None, "day"),
        ),
        (
            "fr",
            "Rabat, 4 mars (MAP) - Le ministre marocain des Affaires étrangères Youssef Alami s'est entretenu, lundi à "
            "Rabat, avec son homologue sénégalais Moussa Faye.",
            "meeting",
            ("Rabat", "MA"),
            ("2024-01-08", None, "day"),
        ),
    ],
)
def test_engagements_meeting_here_and_dateline_with_double_dash(
    extract: Extract, lang: str, text: str, kind: str, venue: tuple[str, str], date: tuple[str, str | None, str]
) -> None:
    engagement = only(extract(text, lang, published="2024-01-13"))
    assert engagement.kind.value == kind
    assert engagement.venue is not None and (engagement.venue.place, engagement.venue.country) == venue
    assert date_of(engagement) == date


@pytest.mark.parametrize(
    ("lang", "text", "kind", "status"),
    [
        (
            "en",
            "VIENTIANE (KPL) -- The 57th ASEAN Foreign Ministers' Meeting opened in Vientiane on Friday with the "
            "ministers of Laos and Thailand in attendance.",
            "summit",
            "held",
        ),
        (
            "en",
            "Lao Foreign Minister Somphone Keo held bilateral talks with his Thai counterpart Prasit Wong in "
            "Vientiane.",
            "meeting",
            "held",
        ),
        (
            "fr",
            "Les Premiers ministres marocain et français tiendront la prochaine réunion de haut niveau à Paris en "
            "2025.",
            "meeting",
            "planned",
        ),
    ],
)
def test_engagements_ministerial_meetings_and_talks(
    extract: Extract, lang: str, text: str, kind: str, status: str
) -> None:
    found = [(e.kind.value, e.status.value) for e in extract(text, lang, published="2024-07-27").engagements]
    assert (kind, status) in found, found


@pytest.mark.parametrize(
    ("lang", "text", "kind", "status", "date"),
    [
        (
            "en",
            "PHNOM PENH (AKP) -- The two prime ministers agreed to raise trade to 20 billion US dollars by 2028 during "
            "an official visit by the Thai premier to Phnom Penh on Wednesday.",
            "visit",
            "held",
            ("2024-02-07", None, "day"),
        ),
        (
            "fr",
            "Dakar (APS) - Les deux présidents se sont entretenus au téléphone mardi et ont convenu de se retrouver "
            "prochainement à Nouakchott.",
            "meeting",
            "planned",
            None,
        ),
    ],
)
def test_engagements_deadlines_are_not_dates_and_meeting_again_is_planned(
    extract: Extract, lang: str, text: str, kind: str, status: str, date: tuple[str, str | None, str] | None
) -> None:
    found = {e.kind.value: e for e in extract(text, lang, published="2024-02-08").engagements}
    assert found[kind].status.value == status
    assert date_of(found[kind]) == date


@pytest.mark.parametrize(
    ("lang", "text", "kind", "country"),
    [
        (
            "en",
            "Rabat (MAP) – Morocco's foreign minister Youssef Alami said Senegal would successfully host the 3rd "
            "Africa Atlantic Summit next year.",
            "summit",
            "SN",
        ),
        (
            "fr",
            "Rabat (MAP) – Le ministre marocain Youssef Alami devrait rendre une visite de courtoisie au Premier "
            "ministre sénégalais Moussa Diop mercredi.",
            "meeting",
            "SN",
        ),
        (
            "fr",
            "Dakar (APS) – Les deux ministres ont évoqué la préparation de la visite du président mauritanien au "
            "Sénégal, annoncée pour l'an prochain, et la coopération avec le Sénégal.",
            "visit",
            "SN",
        ),
        (
            "en",
            "Vientiane (KPL) – Ties between Laos and Thailand grew stronger, notably through the Thai visit by Lao "
            "President Somsak Inthavong in May.",
            "visit",
            "TH",
        ),
    ],
)
def test_engagements_implied_venue(extract: Extract, lang: str, text: str, kind: str, country: str) -> None:
    found = {e.kind.value: e for e in extract(text, lang, published="2024-03-05").engagements}
    assert found[kind].venue is not None and found[kind].venue.country == country
