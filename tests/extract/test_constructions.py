"""General constructions, in both languages and several country pairs: no gate on office titles, one meeting per
principal met, planning verbs with elision, a round held during a visit, dates of undated articles."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from suivi.record import DocumentRecord

Extract = Callable[..., DocumentRecord]


def _kinds(record: DocumentRecord) -> list[tuple[str, str]]:
    return [(e.kind.value, e.status.value) for e in record.engagements]


@pytest.mark.parametrize(
    ("lang", "published", "text", "kind", "parties", "ordinal", "date"),
    [
        (
            "en",
            "2025-03",
            "Peru and Chile held the 22nd session of their joint commission in Lima on 12 March. The two sides "
            "signed eight agreements on energy, trade and border development.",
            "joint_committee",
            {"PE", "CL"},
            22,
            "2025-03-12",
        ),
        (
            "fr",
            "2025-03",
            "Le Portugal et l'Angola ont tenu la 22e session de leur commission mixte à Luanda le 12 mars.",
            "joint_committee",
            {"PT", "AO"},
            22,
            "2025-03-12",
        ),
        (
            "fr",
            "2025-07",
            "Le Vietnam et le Cambodge ont tenu la 9e consultation politique à Hanoï le 17 juillet.",
            "consultation",
            {"VN", "KH"},
            9,
            "2025-07-17",
        ),
        (
            "en",
            "2025-07",
            "Vietnam and Cambodia held their ninth political consultation in Hanoi on 17 July.",
            "consultation",
            {"VN", "KH"},
            9,
            "2025-07-17",
        ),
        (
            "en",
            "2024-10",
            "Ghana and Togo held the 4th meeting of their joint commission in Accra on 3 October.",
            "joint_committee",
            {"GH", "TG"},
            4,
            "2024-10-03",
        ),
    ],
)
def test_constructions_engagement_without_office_title(
    extract: Extract,
    lang: str,
    published: str,
    text: str,
    kind: str,
    parties: set[str],
    ordinal: int,
    date: str,
) -> None:
    record = extract(text, lang, published)
    assert record.is_diplomatic
    found = [e for e in record.engagements if e.kind.value == kind]
    assert found, _kinds(record)
    engagement = found[0]
    assert set(engagement.parties) == parties
    assert engagement.series is not None and engagement.series.ordinal == ordinal
    assert engagement.date is not None and engagement.date.value == date


@pytest.mark.parametrize(
    ("lang", "text", "principals"),
    [
        (
            "fr",
            "Le Premier ministre sénégalais Ousmane Sonko a rencontré le 12 juillet à Dakar le président gambien Adama "
            "Barrow, puis le ministre gambien des Affaires étrangères Mamadou Tangara.",
            2,
        ),
        (
            "en",
            "Chilean President Gabriel Boric held separate talks with Peruvian President Dina Boluarte and Bolivian "
            "President Luis Arce in Santiago on July 3.",
            2,
        ),
        (
            "fr",
            "Le président ghanéen John Mahama a eu des entretiens avec le président togolais Faure Gnassingbé, le "
            "Premier ministre togolais Victoire Tomégah-Dogbé et le ministre togolais des Affaires étrangères Robert "
            "Dussey.",
            3,
        ),
    ],
)
def test_constructions_one_meeting_per_principal_met(extract: Extract, lang: str, text: str, principals: int) -> None:
    record = extract(text, lang, "2024-07")
    meetings = [e for e in record.engagements if e.kind.value == "meeting"]
    assert len(meetings) == principals, _kinds(record)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Kenyan President William Ruto met Tanzanian President Samia Suluhu Hassan, who said that Tanzania's "
            "foreign minister would travel to Nairobi soon.",
        ),
        (
            "fr",
            "Le président tunisien Kaïs Saïed a reçu le ministre algérien des Affaires étrangères Ahmed Attaf, qui lui "
            "a transmis un message du président Abdelmadjid Tebboune.",
        ),
    ],
)
def test_constructions_a_relative_clause_ends_the_list_of_principals(extract: Extract, lang: str, text: str) -> None:
    record = extract(text, lang, "2024-07")
    assert len([e for e in record.engagements if e.kind.value == "meeting"]) == 1, _kinds(record)


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "fr",
            "Le Sénégal et la Gambie ont convenu d’organiser la 6e édition de leur consultation politique en Gambie.",
            "consultation",
        ),
        (
            "fr",
            "Les ministres marocain et tunisien ont décidé de tenir la 4e session de leur commission mixte à Tunis.",
            "joint_committee",
        ),
        (
            "en",
            "Norway and Finland agreed to convene the 3rd meeting of their joint commission in Helsinki.",
            "joint_committee",
        ),
    ],
)
def test_constructions_agreeing_to_hold_a_round_is_a_plan(extract: Extract, lang: str, text: str, kind: str) -> None:
    record = extract(text, lang, "2024-05")
    assert (kind, "planned") in _kinds(record)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Lao Prime Minister Sonexay Siphandone is visiting Vietnam and co-chairing the 46th session of the "
            "Vietnam-Laos Intergovernmental Committee from January 6 to 7.",
        ),
        (
            "fr",
            "Le Premier ministre gambien est en visite officielle au Sénégal, où il copréside la 3e session de la "
            "commission mixte sénégalo-gambienne.",
        ),
    ],
)
def test_constructions_a_round_held_during_a_visit_is_its_own_engagement(
    extract: Extract, lang: str, text: str
) -> None:
    record = extract(text, lang, "2024-01")
    by_kind = {e.kind.value: e for e in record.engagements}
    assert {"visit", "joint_committee"} <= set(by_kind), _kinds(record)
    assert by_kind["joint_committee"].occasion_of == by_kind["visit"].id


@pytest.mark.parametrize(
    ("lang", "text", "date"),
    [
        (
            "en",
            "ACCRA, March 3, 2023 – Ghanaian Foreign Minister Shirley Botchwey met her Togolese counterpart Robert "
            "Dussey in Accra on March 2.",
            "2023-03-02",
        ),
        (
            "fr",
            "Le 9 janvier 2025, le ministre marocain des Affaires étrangères a reçu son homologue mauritanien. Le "
            "ministre mauritanien s'est aussi entretenu le 10 janvier avec le chef du gouvernement marocain.",
            "2025-01-10",
        ),
    ],
)
def test_constructions_undated_article_resolves_dates_from_its_own_text(
    extract: Extract, lang: str, text: str, date: str
) -> None:
    record = extract(text, lang, None)
    assert record.published is None
    dates = {e.date.value for e in record.engagements if e.date is not None}
    assert date in dates, [(e.kind.value, e.date) for e in record.engagements]


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("fr", "Les deux pays poursuivront leur coopération dans les domaines de l'énergie et du commerce.", "agreed"),
        ("fr", "Les deux parties se sont mises d'accord pour accélérer la coopération commerciale.", "agreed"),
        ("en", "The two sides concurred to speed up the demarcation of their common border.", "agreed"),
        ("en", "Both countries will further strengthen cooperation in agriculture and tourism.", "agreed"),
    ],
)
def test_constructions_commitments_of_both_sides(extract: Extract, lang: str, text: str, kind: str) -> None:
    head = {
        "fr": "Le Ghana et le Togo ont tenu la 4e session de leur commission mixte à Accra le 3 mai. ",
        "en": "Ghana and Togo held the 4th session of their joint commission in Accra on 3 May. ",
    }[lang]
    record = extract(head + text, lang, "2024-05")
    assert kind in {c.kind.value for c in record.commitments}, record.commitments


@pytest.mark.parametrize(
    ("lang", "text", "metric", "value", "kind"),
    [
        (
            "en",
            "Bilateral trade between Chile and Peru reached 4.2 billion USD in the first ten months and is likely to "
            "reach 5 billion USD by the end of the year.",
            "trade_volume",
            5e9,
            "target",
        ),
        (
            "en",
            "Both sides agreed to strive for bilateral trade turnover of US$3 billion, up from the current "
            "$1.1 billion.",
            "trade_volume",
            3e9,
            "target",
        ),
        (
            "fr",
            "Les échanges commerciaux entre le Maroc et la Mauritanie devraient bientôt atteindre 1 milliard de "
            "dollars.",
            "trade_volume",
            1e9,
            "target",
        ),
    ],
)
def test_constructions_targets_from_expectation_verbs(
    extract: Extract, lang: str, text: str, metric: str, value: float, kind: str
) -> None:
    head = {
        "fr": "Le Maroc et la Mauritanie ont tenu la 9e session de leur commission mixte à Rabat le 3 mai. ",
        "en": "Chile and Peru held the 5th meeting of their joint commission in Lima on 3 May. ",
    }[lang]
    record = extract(head + text, lang, "2024-05")
    found = {(i.metric.value, i.value, i.kind.value) for i in record.indicators}
    assert (metric, value, kind) in found, found


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le président sénégalais Bassirou Diomaye Faye a entamé lundi une visite d'État au Ghana. Il rencontrera "
            "le président ghanéen John Mahama et assistera à l'ouverture d'un forum d'affaires.",
        ),
        (
            "en",
            "Kenyan President William Ruto began a state visit to Tanzania on Monday. He will meet Tanzanian "
            "President Samia Suluhu Hassan and will also address the parliament.",
        ),
    ],
)
def test_constructions_what_a_visitor_will_do_happens_during_the_trip(extract: Extract, lang: str, text: str) -> None:
    record = extract(text, lang, "2025-03")
    planned = [e for e in record.engagements if e.status.value == "planned" and e.kind.value == "meeting"]
    assert planned, _kinds(record)
    assert planned[0].date is not None and planned[0].date.value == "2025-03"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le président ghanéen John Mahama effectuera du 20 au 22 juillet une visite d'État au Togo. Il sera "
            "reçu en audience par la Première ministre togolaise Victoire Tomégah Dogbé. Sa précédente visite "
            "d'État au Togo remonte à 2019.",
        ),
        (
            "en",
            "Polish President Andrzej Duda will pay a state visit to Lithuania from 20 to 22 July. He will pay a "
            "courtesy call on Lithuanian Prime Minister Gintautas Paluckas. His previous state visit to Lithuania "
            "took place in 2019.",
        ),
    ],
)
def test_constructions_what_a_visitor_will_do_happens_during_the_announced_trip(
    extract: Extract, lang: str, text: str
) -> None:
    """The trip is the visit of the publication month, even when an older visit is the article's held news."""
    record = extract(text, lang, "2025-07")
    planned = [e for e in record.engagements if e.status.value == "planned" and e.kind.value == "meeting"]
    assert planned, _kinds(record)
    assert planned[0].date is not None and planned[0].date.value == "2025-07"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le Premier ministre malien a effectué une visite officielle au Niger. Les deux parties sont convenues "
            "de tenir la prochaine session de leur commission mixte à Niamey.",
        ),
        (
            "en",
            "The Jordanian foreign minister paid an official visit to Egypt. The two sides agreed to hold the next "
            "session of their joint committee in Amman.",
        ),
    ],
)
def test_constructions_a_round_agreed_during_a_visit_keeps_no_date(extract: Extract, lang: str, text: str) -> None:
    record = extract(text, lang, "2025-03")
    rounds = [e for e in record.engagements if e.kind.value == "joint_committee"]
    assert rounds, _kinds(record)
    assert rounds[0].status.value == "planned" and rounds[0].date is None


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le ministre gabonais des Affaires étrangères a coprésidé le 4 juin à Yaoundé la 5e session de la "
            "commission mixte Gabon-Cameroun. Le même jour, il a été reçu par le Premier ministre camerounais.",
        ),
        (
            "en",
            "Estonia and Latvia held their 9th political consultation in Riga on 4 June. On the same day, the "
            "Estonian delegation met the Latvian Prime Minister.",
        ),
    ],
)
def test_constructions_the_same_day_is_the_day_of_the_last_dated_engagement(
    extract: Extract, lang: str, text: str
) -> None:
    record = extract(text, lang, "2025-06")
    meetings = [e for e in record.engagements if e.kind.value == "meeting"]
    assert meetings, _kinds(record)
    assert meetings[0].date is not None and meetings[0].date.value == "2025-06-04"


@pytest.mark.parametrize(
    ("lang", "text", "metric", "value", "unit", "kind"),
    [
        (
            "en",
            "Egyptian President Abdel Fattah al-Sisi received the Kenyan foreign minister in Cairo. They set a "
            "trade goal of US$3 bln.",
            "trade_volume",
            3e9,
            "USD",
            "target",
        ),
        (
            "en",
            "The Irish Prime Minister met his Portuguese counterpart in Lisbon. Some 2,400 Portuguese students "
            "study in Ireland.",
            "other",
            2400,
            "count",
            "observed",
        ),
        (
            "en",
            "Brazilian President Lula received the Angolan President in Brasília. Last year trade surpassed the "
            "target to reach 1.9 billion USD.",
            "trade_volume",
            1.9e9,
            "USD",
            "observed",
        ),
        (
            "en",
            "Indian Prime Minister Narendra Modi met the President of Sri Lanka in Colombo. Trade reached US$5 "
            "billion, including US$4.1 billion worth of Sri Lanka's imports.",
            "imports",
            4.1e9,
            "USD",
            "observed",
        ),
        (
            "en",
            "The Japanese foreign minister paid an official visit to Ghana and handed over a donation of 1.2 "
            "million doses of vaccine.",
            "aid",
            1.2e6,
            "count",
            "observed",
        ),
        (
            "fr",
            "Le ministre algérien des Affaires étrangères a reçu son homologue nigérien à Alger. Les deux pays ont "
            "achevé 90 % de la démarcation de leur frontière et posé 120 bornes.",
            "other",
            120,
            "count",
            "observed",
        ),
        (
            "fr",
            "Le président ivoirien a reçu le Premier ministre burkinabè à Abidjan. Il a proposé de porter bientôt "
            "le chiffre d'affaires du commerce bilatéral à 2 milliards de dollars.",
            "trade_volume",
            2e9,
            "USD",
            "target",
        ),
        (
            "fr",
            "Le Premier ministre laotien a effectué une visite officielle au Vietnam. Plus de 14 000 étudiants "
            "laotiens étudient au Vietnam.",
            "other",
            14000,
            "count",
            "observed",
        ),
    ],
)
def test_constructions_indicators(
    extract: Extract, lang: str, text: str, metric: str, value: float, unit: str, kind: str
) -> None:
    record = extract(text, lang, "2024-06")
    found = [(i.metric.value, i.value, i.unit, i.kind.value) for i in record.indicators]
    assert (metric, pytest.approx(value), unit, kind) in found, found


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "en",
            "The Finnish and Estonian prime ministers met in Tallinn. The two leaders vowed to deepen cooperation "
            "in energy.",
            "agreed",
        ),
        (
            "en",
            "The Chilean foreign minister received his Argentine counterpart in Santiago. They stressed the need "
            "to connect the two power grids.",
            "agreed",
        ),
        (
            "en",
            "The Chilean foreign minister received his Argentine counterpart in Santiago. They proposed to open a "
            "new border crossing.",
            "proposed",
        ),
        (
            "fr",
            "Le ministre sénégalais a reçu son homologue malien à Dakar. Les deux ministres ont souligné la "
            "nécessité de renforcer la coopération sanitaire.",
            "agreed",
        ),
        (
            "fr",
            "Le ministre sénégalais a reçu son homologue malien à Dakar. Ils ont proposé d'ouvrir une liaison "
            "aérienne directe.",
            "proposed",
        ),
    ],
)
def test_constructions_both_sides_pledging_is_agreeing(extract: Extract, lang: str, text: str, kind: str) -> None:
    record = extract(text, lang, "2024-06")
    assert kind in {c.kind.value for c in record.commitments}, [(c.kind.value, c.text) for c in record.commitments]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le ministre béninois a reçu son homologue togolais à Cotonou. Les deux parties ont en outre convenu "
            "de renforcer la coopération dans la sécurité et la défense.",
        ),
        (
            "fr",
            "Le ministre béninois a reçu son homologue togolais à Cotonou. Le ministre togolais a convenu avec son "
            "hôte de renforcer la coopération dans la sécurité et la défense.",
        ),
        (
            "en",
            "The Omani foreign minister met his Jordanian counterpart in Muscat. The two sides further jointly "
            "agreed to strengthen cooperation in security and defence.",
        ),
    ],
)
def test_constructions_agreement_verbs_with_adverbs(extract: Extract, lang: str, text: str) -> None:
    record = extract(text, lang, "2024-06")
    pairs = {(c.kind.value, a.value) for c in record.commitments for a in c.areas}
    assert ("agreed", "defence_security") in pairs, pairs


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "fr",
            "Le président gabonais a reçu son homologue congolais à Libreville. Ils travailleront ensemble à "
            "moderniser la route transfrontalière.",
            "agreed",
        ),
        (
            "fr",
            "Le président gabonais a reçu son homologue congolais à Libreville. Selon lui, les deux pays doivent "
            "moderniser la route transfrontalière.",
            "proposed",
        ),
        (
            "en",
            "The Polish president received his Lithuanian counterpart in Warsaw. They will also work to build a "
            "new rail link.",
            "agreed",
        ),
        (
            "en",
            "The Polish president received his Lithuanian counterpart in Warsaw. He said the two countries need to "
            "build a new rail link.",
            "proposed",
        ),
        (
            "en",
            "The Polish president received his Lithuanian counterpart in Warsaw. The two countries should also "
            "build a new rail link.",
            "proposed",
        ),
    ],
)
def test_constructions_future_of_both_is_agreed_necessity_is_proposed(
    extract: Extract, lang: str, text: str, kind: str
) -> None:
    record = extract(text, lang, "2024-06")
    assert kind in {c.kind.value for c in record.commitments}, [(c.kind.value, c.text) for c in record.commitments]


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "fr",
            "Des représentants des ministères marocains se sont rendus en Mauritanie du 5 au 8 août pour la 6e "
            "réunion du groupe de travail mixte maroco-mauritanien.",
            "joint_committee",
        ),
        ("fr", "Une délégation tchadienne s'est rendue au Niger pour préparer la saison agricole.", "visit"),
        (
            "fr",
            "Des responsables de la province sénégalaise de Kolda ont eu mardi des échanges avec leurs homologues "
            "gambiens.",
            "meeting",
        ),
        (
            "en",
            "The chairs of the Kenya-Uganda and Uganda-Kenya friendship associations co-chaired a conference in "
            "Kampala on 12 November.",
            "meeting",
        ),
        (
            "en",
            "Peru and Ecuador held the 14th meeting of their Inter-Governmental Committee in Quito.",
            "joint_committee",
        ),
        (
            "fr",
            "Le Maroc et l'Espagne ont tenu la 3e réunion du comité directeur de leur coopération bilatérale.",
            "joint_committee",
        ),
    ],
)
def test_constructions_more_engagement_predicates(extract: Extract, lang: str, text: str, kind: str) -> None:
    record = extract(text, lang, "2024-11")
    assert record.is_diplomatic
    assert kind in {e.kind.value for e in record.engagements}, _kinds(record)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("en", "It was the first time the two prime ministers had co-chaired the Joint Commission of Chile and Peru."),
        ("fr", "C'est la première fois que les deux Premiers ministres coprésident la commission mixte Bénin-Togo."),
    ],
)
def test_constructions_first_time_is_no_round(extract: Extract, lang: str, text: str) -> None:
    record = extract(text, lang, "2024-11")
    rounds = [e for e in record.engagements if e.kind.value == "joint_committee"]
    assert rounds, _kinds(record)
    assert all(e.series is None or e.series.ordinal != 1 for e in rounds)


def test_constructions_a_forum_named_often_is_not_the_dyad(extract: Extract) -> None:
    text = (
        "The Speaker of Nepal's parliament arrived in Dhaka on 3 May for an official visit to Bangladesh. He "
        "will attend the IPU regional seminar. The IPU seminar gathers speakers of South Asia; the IPU "
        "president will open it. The IPU also holds a youth session."
    )
    record = extract(text, "en", "2025-05")
    visits = [e for e in record.engagements if e.kind.value == "visit"]
    assert visits, _kinds(record)
    assert set(visits[0].parties) == {"NP", "BD"}


def test_constructions_undated_article_news_month_is_its_first_dated_held_day(extract: Extract) -> None:
    text = (
        "President Yoweri Museveni hosted a dinner in Kampala on March 21 for the visiting Kenyan foreign minister.\n"
        "The Kenyan minister is in Uganda for an official visit and co-chairing the 9th session of the Kenya-Uganda "
        "Joint Commission.\n"
        "Both sides expect the new rail link to open in July 2023."
    )
    record = extract(text, "en", None)
    visits = [e for e in record.engagements if e.kind.value == "visit"]
    assert visits, _kinds(record)
    assert visits[0].date is not None and visits[0].date.value == "2023-03"


@pytest.mark.parametrize(
    "text",
    [
        "Nepal's Prime Minister is leading a delegation to India for a visit and talks on hydropower.",
        "The Ghanaian foreign minister is in Nigeria for a three-day working visit.",
    ],
)
def test_constructions_for_a_visit(extract: Extract, text: str) -> None:
    record = extract(text, "en", "2024-05")
    assert "visit" in {e.kind.value for e in record.engagements}, _kinds(record)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "They reviewed the outcomes of the 9th meeting of the Togo-Benin Joint Commission for Economic "
            "Cooperation in Lomé from March 20-22, and the 4th Conference on Border Development in Cotonou from April "
            "23-25.",
        ),
        (
            "fr",
            "Ils ont évalué les résultats de la 9e session de la commission mixte Togo-Bénin de coopération "
            "économique à Lomé du 20 au 22 mars, et de la 4e Conférence sur le développement frontalier à Cotonou du "
            "23 au 25 avril.",
        ),
    ],
)
def test_constructions_a_date_after_a_mechanism_name_is_its_date(extract: Extract, lang: str, text: str) -> None:
    record = extract(text, lang, "2024-06")
    by_kind = {e.kind.value: e for e in record.engagements}
    assert {"joint_committee", "summit"} <= set(by_kind), _kinds(record)
    assert by_kind["joint_committee"].date is not None and by_kind["joint_committee"].date.value == "2024-03-20"
    assert by_kind["summit"].date is not None and by_kind["summit"].date.value == "2024-04-23"


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        ("en", "Malaysia and Singapore held their 11th Joint Cabinet Retreat in Putrajaya.", "joint_committee"),
        (
            "fr",
            "Le Sénégal et la Mauritanie ont tenu la 3e réunion conjointe des deux gouvernements à Nouakchott.",
            "joint_committee",
        ),
        (
            "en",
            "The second Brazil-Argentina defence cooperation and strategy dialogue was held in Brasília.",
            "consultation",
        ),
        (
            "fr",
            "Le premier dialogue de sécurité et de défense entre le Kenya et la France a eu lieu à Paris.",
            "consultation",
        ),
    ],
)
def test_constructions_more_mechanisms(extract: Extract, lang: str, text: str, kind: str) -> None:
    record = extract(text, lang, "2024-06")
    assert kind in {e.kind.value for e in record.engagements}, _kinds(record)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Tanzanian Prime Minister Kassim Majaliwa arrived in Nairobi on 9 May to co-chair the 12th session of "
            "the Kenya-Tanzania Joint Commission.",
        ),
        (
            "fr",
            "Le Premier ministre ivoirien est arrivé jeudi 9 mai à Accra pour coprésider la 12e session de la "
            "commission mixte Côte d'Ivoire-Ghana.",
        ),
    ],
)
def test_constructions_the_purpose_of_a_trip_under_way_is_held(extract: Extract, lang: str, text: str) -> None:
    record = extract(text, lang, "2024-05")
    rounds = [e for e in record.engagements if e.kind.value == "joint_committee"]
    assert rounds, _kinds(record)
    assert rounds[0].status.value == "held"


def test_constructions_an_arrival_with_a_future_round_stays_planned(extract: Extract) -> None:
    text = "The Kenyan delegation arrived in Dodoma on 9 May; the joint commission will meet in Nairobi in October."
    record = extract(text, "en", "2024-05")
    rounds = [e for e in record.engagements if e.kind.value == "joint_committee"]
    assert rounds, _kinds(record)
    assert rounds[0].status.value == "planned"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le ministre tunisien a reçu son homologue libyen à Tunis. Ils ont convenu de renforcer la confiance "
            "politique par des visites régulières ; de développer le commerce transfrontalier et l'agriculture.",
        ),
        (
            "en",
            "The Thai foreign minister received his Malaysian counterpart in Bangkok. They agreed to deepen "
            "political trust through regular visits; to expand border trade and agriculture.",
        ),
    ],
)
def test_constructions_a_list_after_a_semicolon_stays_in_the_commitment(extract: Extract, lang: str, text: str) -> None:
    record = extract(text, lang, "2024-06")
    pairs = {(c.kind.value, a.value) for c in record.commitments for a in c.areas}
    assert {("agreed", "trade"), ("agreed", "agriculture")} <= pairs, pairs


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Les deux Premiers ministres ont assisté à la signature et à l'échange de six documents de coopération "
            "dans les domaines de l'énergie et de la santé.",
        ),
        (
            "en",
            "The two presidents witnessed the signing and exchange of five cooperation documents on energy and health.",
        ),
    ],
)
def test_constructions_signing_and_exchange_of_documents(extract: Extract, lang: str, text: str) -> None:
    record = extract(
        "Le président béninois a reçu son homologue nigérien. " + text
        if lang == "fr"
        else "The Beninese president received his Nigerien counterpart. " + text,
        lang,
        "2024-06",
    )
    pairs = {(c.kind.value, a.value) for c in record.commitments for a in c.areas}
    assert {("signed", "energy"), ("signed", "health")} <= pairs, pairs


@pytest.mark.parametrize(
    ("text", "area"),
    [
        ("renforcer la coopération dans l'énergie", "energy"),
        ("accorder des prêts et l'aide publique au développement", "finance_aid"),
        ("protéger la communauté malienne en Côte d'Ivoire", "consular"),
        ("protéger la communauté indonésienne aux Philippines", "consular"),
    ],
)
def test_constructions_french_area_words(text: str, area: str) -> None:
    from suivi.extract.commitments import areas_of

    assert area in {a.value for a in areas_of(text, "fr")}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le Maroc et la Tunisie ont tenu le 10 octobre la 8e réunion de leur comité mixte à Rabat. Ils ont "
            "évalué les résultats de la 7e réunion et rencontré la presse en marge du 3e Forum économique maghrébin.",
        ),
        (
            "en",
            "Morocco and Tunisia held the 8th meeting of their joint committee in Rabat on October 10. They "
            "reviewed the results of the 7th meeting and met the press on the sidelines of the 3rd Maghreb Economic "
            "Forum.",
        ),
    ],
)
def test_constructions_a_round_named_in_passing_has_no_date_one_the_news_happened_at_has(
    extract: Extract, lang: str, text: str
) -> None:
    record = extract(text, lang, "2024-10")
    rounds = {e.series.ordinal: e for e in record.engagements if e.kind.value == "joint_committee" and e.series}
    assert {7, 8} <= set(rounds), _kinds(record)
    assert rounds[7].date is None
    forums = [e for e in record.engagements if e.kind.value == "summit"]
    assert forums, _kinds(record)
    assert forums[0].date is not None and forums[0].date.value.startswith("2024-10")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le ministre tchadien a reçu son homologue soudanais. Il a demandé à M. Ahmed de faciliter les "
            "démarches des expatriés tchadiens au Soudan.",
        ),
        (
            "en",
            "The Bolivian minister received his Peruvian counterpart. He asked Mr. Quispe to ease the "
            "naturalization of Bolivian-origin residents in Peru.",
        ),
    ],
)
def test_constructions_an_abbreviation_does_not_end_the_clause(extract: Extract, lang: str, text: str) -> None:
    record = extract(text, lang, "2024-06")
    pairs = {(c.kind.value, a.value) for c in record.commitments for a in c.areas}
    assert ("proposed", "consular") in pairs, pairs


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        (
            "fr",
            "Le président sénégalais a eu le 11 octobre une réunion avec le vice-président ghanéen, en marge du "
            "sommet de la CEDEAO à Abuja, au Nigeria.",
            {"SN", "GH"},
        ),
        (
            "en",
            "The Chilean president met the Argentine vice-president on October 11 on the sidelines of the CELAC "
            "summit in Brasília, Brazil.",
            {"CL", "AR"},
        ),
    ],
)
def test_constructions_the_country_of_a_venue_is_not_a_party(
    extract: Extract, lang: str, text: str, parties: set[str]
) -> None:
    record = extract(text, lang, "2024-10")
    meetings = [e for e in record.engagements if e.kind.value == "meeting"]
    assert meetings, _kinds(record)
    assert set(meetings[0].parties) == parties


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The two sides agreed to celebrate the 60th anniversary of diplomatic relations (April 2, 1964) "
            "with a series of events.",
        ),
        (
            "fr",
            "Les deux parties ont convenu de célébrer le 60e anniversaire de leurs relations diplomatiques (2 avril "
            "1964) par une série d'événements.",
        ),
    ],
)
def test_constructions_an_anniversary_falls_years_after_the_date_it_recalls(
    extract: Extract, lang: str, text: str
) -> None:
    record = extract(
        "Le Kenya et la Tanzanie. " + text if lang == "fr" else "Kenya and Tanzania. " + text, lang, "2024-01"
    )
    anniversaries = [e for e in record.engagements if e.kind.value == "commemoration"]
    assert anniversaries, _kinds(record)
    assert anniversaries[0].date is not None and anniversaries[0].date.value.startswith("2024-04")


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Les deux Premiers ministres ont assisté à la conférence sur l'investissement Maroc-Sénégal à Dakar."),
        ("fr", "Le sommet commémoratif UA-Japon se tiendra le 9 avril à Tokyo."),
        ("en", "The two leaders attended the investment conference between Kenya and Rwanda in Kigali."),
        ("en", "The sixth international conference on border development between Peru and Bolivia took place in Puno."),
    ],
)
def test_constructions_lower_case_conferences_and_summits(extract: Extract, lang: str, text: str) -> None:
    record = extract(text, lang, "2024-03")
    assert "summit" in {e.kind.value for e in record.engagements}, _kinds(record)


def test_constructions_a_press_conference_is_no_summit(extract: Extract) -> None:
    record = extract("The Kenyan and Rwandan ministers held a press conference on trade in Kigali.", "en", "2024-03")
    assert "summit" not in {e.kind.value for e in record.engagements}


@pytest.mark.parametrize(
    ("lang", "text", "absent", "present"),
    [
        (
            "fr",
            "Le ministre malien a reçu son homologue nigérien. Les deux délégations ont échangé sur la sécurité.",
            ("other", 2.0),
            None,
        ),
        (
            "en",
            "The Thai prime minister received his Vietnamese counterpart. They set a trade goal of US$25 "
            "billion (about 833 billion baht).",
            ("trade_volume", 8.33e11),
            ("trade_volume", 2.5e10),
        ),
        (
            "en",
            "The Thai prime minister received his Vietnamese counterpart. Thailand had nine new projects in "
            "Vietnam, bringing the total active projects to 186.",
            None,
            ("investment_projects", 9.0),
        ),
    ],
)
def test_constructions_what_is_not_a_figure(
    extract: Extract, lang: str, text: str, absent: tuple[str, float] | None, present: tuple[str, float] | None
) -> None:
    record = extract(text, lang, "2024-06")
    found = {(i.metric.value, i.value): i.kind.value for i in record.indicators}
    if absent:
        assert absent not in found, found
    if present:
        assert found.get(present) in {"observed", "target"}, found


@pytest.mark.parametrize(
    "text",
    [
        "Le président ivoirien a reçu son homologue ghanéen. Les deux pays visent une croissance du commerce de 10 "
        "à 15 %.",
        "Le président ivoirien a reçu son homologue ghanéen. Les deux pays vont s'efforcer d'augmenter le commerce "
        "bilatéral d'au moins 10%- 15% d'ici 2026.",
    ],
)
def test_constructions_a_range_is_its_lower_bound(extract: Extract, text: str) -> None:
    record = extract(text, "fr", "2024-06")
    assert [(i.value, i.unit) for i in record.indicators] == [(10.0, "percent")]


@pytest.mark.parametrize(
    ("lang", "text", "ordinal"),
    [
        ("en", "Kenya and Tanzania held the 4th session of their Joint Permanent Commission in Arusha on Friday.", 4),
        ("en", "The 2nd Ghana-Togo Joint Technical Committee opened in Lomé on Monday.", 2),
        ("fr", "Le Niger et le Bénin ont tenu la 3e session de la commission bilatérale mixte à Niamey.", 3),
    ],
)
def test_constructions_joint_commissions_with_a_qualifier(extract: Extract, lang: str, text: str, ordinal: int) -> None:
    record = extract(text, lang, "2024-06")
    rounds = [e for e in record.engagements if e.kind.value == "joint_committee"]
    assert rounds and rounds[0].series is not None and rounds[0].series.ordinal == ordinal, _kinds(record)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le Premier ministre portugais Luis Montenegro a reçu le président angolais João Lourenço à Lisbonne."),
        ("en", "Portuguese Prime Minister Luis Montenegro met Angolan President João Lourenço in Lisbon."),
    ],
)
def test_constructions_a_country_word_in_a_persons_name_is_no_country(extract: Extract, lang: str, text: str) -> None:
    record = extract(text, lang, "2024-06")
    assert record.engagements, _kinds(record)
    assert set(record.engagements[0].parties) == {"PT", "AO"}
    assert "ME" not in {p.country for e in record.engagements for p in e.participants}


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Le chef de la diplomatie marocaine sera reçu jeudi à Nouakchott par le président mauritanien."),
        ("fr", "La ministre belge des Affaires étrangères sera reçue par son homologue luxembourgeois le 14 mai."),
        ("en", "The Kenyan foreign minister will be received by the Ugandan president in Kampala on Thursday."),
        ("en", "The Irish Taoiseach will be received by the Portuguese prime minister in Lisbon on 14 May."),
    ],
)
def test_constructions_a_reception_to_come_is_planned(extract: Extract, lang: str, text: str) -> None:
    """ "sera reçu" is a future ("sera" alone, not only verbs ending in -era), and "a reçu" inside it is no past."""
    record = extract(text, lang, "2025-05")
    assert [k for k in _kinds(record) if k[0] == "meeting"] == [("meeting", "planned")], _kinds(record)


@pytest.mark.parametrize(
    ("lang", "text", "kind"),
    [
        (
            "en",
            "The foreign ministers of Chile and Argentina will meet at the 14th Binational Commission.",
            "joint_committee",
        ),
        (
            "fr",
            "Les ministres du Sénégal et de la Gambie se retrouveront lors de la 6e session de leur commission mixte.",
            "joint_committee",
        ),
        (
            "en",
            "Ghana and Nigeria are preparing for the 5th session of their Permanent Joint Commission.",
            "joint_committee",
        ),
        (
            "en",
            "Officials of Nepal and India met in Kathmandu to prepare for the 7th Joint Commission.",
            "joint_committee",
        ),
        (
            "fr",
            "Le Maroc et la Côte d'Ivoire se préparent pour la 8e session de leur commission mixte.",
            "joint_committee",
        ),
        ("fr", "Les deux parties sont invitées à bien se préparer à la 3e réunion du Comité mixte.", "joint_committee"),
        (
            "en",
            "The Estonian minister invited his Finnish counterpart to pay an official visit to Tallinn and to co-chair "
            "the 11th Joint Committee next year.",
            "joint_committee",
        ),
    ],
)
def test_constructions_a_round_prepared_for_or_met_at_in_future_is_planned(
    extract: Extract, lang: str, text: str, kind: str
) -> None:
    """Preparing for a round, being invited to it and a future verb before "at the Nth" all announce it."""
    record = extract(text, lang, "2025-05")
    rounds = [e for e in record.engagements if e.series is not None and e.series.ordinal is not None]
    assert rounds, _kinds(record)
    assert all(e.status.value == "planned" for e in rounds), _kinds(record)
    assert rounds[0].kind.value == kind, _kinds(record)


@pytest.mark.parametrize(
    ("lang", "published", "text", "kind", "day"),
    [
        (
            "fr",
            "2025-10",
            "La 8e Conférence sur la coopération des provinces frontalières Bénin-Niger s'est achevée à Cotonou. "
            "Lors de cette conférence, qui a eu lieu le 28 octobre, les deux délégations ont fait le bilan.",
            "summit",
            "2025-10-28",
        ),
        (
            "en",
            "2025-01",
            "Ghana and Togo will hold the 5th meeting of their Joint Commission in Lomé. The commission's 2025 "
            "meeting will take place on 9-10 January.",
            "joint_committee",
            "2025-01-09",
        ),
        (
            "en",
            "2024-06",
            "Uzbek and Kazakh diplomats held their 3rd political consultation in Tashkent. This consultation, held "
            "on 12 June, reviewed the road map.",
            "consultation",
            "2024-06-12",
        ),
        (
            "fr",
            "2024-06",
            "Le Chili et la Bolivie ont tenu leur 3e consultation politique à Santiago. Cette consultation, tenue "
            "le 12 juin, a passé en revue la feuille de route.",
            "consultation",
            "2024-06-12",
        ),
    ],
)
def test_constructions_a_demonstrative_gives_its_day_to_the_occasion_named_before(
    extract: Extract, lang: str, published: str, text: str, kind: str, day: str
) -> None:
    """ "cette conférence, qui a eu lieu le 28 octobre", "the commission's 2025 meeting will take place on 9-10
    January": the day belongs to the occasion named before, and no second engagement is made of it."""
    record = extract(text, lang, published)
    of_kind = [e for e in record.engagements if e.kind.value == kind]
    assert len(of_kind) == 1, _kinds(record)
    assert of_kind[0].date is not None and of_kind[0].date.value == day, of_kind[0].date


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("fr", "Cette réunion aura lieu le 3 mars à Dakar, a indiqué le porte-parole."),
        ("en", "This meeting will take place on 3 March in Accra, the spokesman said."),
    ],
)
def test_constructions_a_demonstrative_alone_makes_no_engagement(extract: Extract, lang: str, text: str) -> None:
    assert extract(text, lang, "2025-02").engagements == []


@pytest.mark.parametrize(
    ("lang", "text", "meetings"),
    [
        (
            "fr",
            "Le Premier ministre béninois Romuald Wadagni a entamé samedi une visite officielle au Togo, à "
            "l'invitation de son homologue Victoire Tomégah Dogbé. Il a eu des rencontres avec le président togolais "
            "Faure Gnassingbé, le président du Sénat Barry Moussa Barqué et la présidente de l'Assemblée nationale "
            "Yawa Djigbodi Tségan.",
            3,
        ),
        (
            "en",
            "Kenyan Prime Minister Musalia Mudavadi began an official visit to Ethiopia on Saturday at the invitation "
            "of his counterpart Abiy Ahmed. Mudavadi held separate meetings with Ethiopian President Taye Atske "
            "Selassie, Speaker Tagesse Chafo and Foreign Minister Gedion Timothewos.",
            3,
        ),
    ],
)
def test_constructions_principals_met_during_a_visit_other_than_its_host_are_meetings(
    extract: Extract, lang: str, text: str, meetings: int
) -> None:
    """Talks with the host are the visit (tested above); each other principal met during it is a meeting."""
    record = extract(text, lang, "2025-01")
    kinds = _kinds(record)
    assert kinds.count(("visit", "held")) == 1, kinds
    assert kinds.count(("meeting", "held")) == meetings, kinds


@pytest.mark.parametrize(
    ("lang", "text", "kind", "status"),
    [
        # a future said before the past verb that reports it belongs to the speech, not to the occasion
        (
            "en",
            "Tanzania will keep working with Kenya on the new railway, President Samia Suluhu Hassan affirmed while "
            "receiving the Kenyan foreign minister in Dodoma on 4 March.",
            "meeting",
            "held",
        ),
        (
            "fr",
            "Le Sénégal continuera de soutenir la Mauritanie, a affirmé le président Bassirou Diomaye Faye en recevant "
            "le 4 mars à Dakar le ministre mauritanien des Affaires étrangères.",
            "meeting",
            "held",
        ),
        # what a conference presided over "is expected to" do after is no plan
        (
            "en",
            "The two foreign ministers presided over the Review Conference on the Peru-Ecuador border, which is "
            "expected to conclude with the signing of two documents.",
            "summit",
            "held",
        ),
        # the purpose of a trip made, and of a visit concluded, was held
        (
            "fr",
            "Le ministre béninois des Affaires étrangères s'est rendu au Niger pour effectuer une visite officielle "
            "et coprésider la 7e session de la commission mixte Bénin-Niger.",
            "joint_committee",
            "held",
        ),
        (
            "en",
            "The Polish Prime Minister on 4 March concluded a visit to Lithuania to co-chair the 3rd meeting of the "
            "Intergovernmental Committee.",
            "joint_committee",
            "held",
        ),
        # congratulated on a success: the occasion is past, whatever is said of the future after it
        (
            "en",
            "The Kenyan president congratulated Rwanda on successfully hosting the 5th Commonwealth Summit, saying "
            "Kenya will support Rwanda's chairmanship.",
            "summit",
            "held",
        ),
        # arrived, beginning a visit during which the visitor "will" co-chair: the visit is held, the round planned
        (
            "fr",
            "Le Premier ministre ivoirien est arrivé mardi à Accra, entamant sa visite officielle au Ghana où il "
            "coprésidera la 4e session de la commission mixte Côte d'Ivoire-Ghana.",
            "visit",
            "held",
        ),
        (
            "fr",
            "Le Premier ministre ivoirien est arrivé mardi à Accra, entamant sa visite officielle au Ghana où il "
            "coprésidera la 4e session de la commission mixte Côte d'Ivoire-Ghana.",
            "joint_committee",
            "planned",
        ),
    ],
)
def test_constructions_status_follows_the_verb_that_governs_the_occasion(
    extract: Extract, lang: str, text: str, kind: str, status: str
) -> None:
    record = extract(text, lang, "2025-03")
    assert (kind, status) in _kinds(record), _kinds(record)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "La France et l'Inde ont tenu à Paris le 4 mars le 3e Dialogue de stratégie et de coopération de défense.",
        ),
        ("fr", "Le 2e Dialogue franco-marocain sur les questions stratégiques s'est tenu le 4 mars à Rabat."),
        ("en", "Brazil and Argentina held the 5th Dialogue on Strategic Issues and Defence Cooperation on 4 March."),
    ],
)
def test_constructions_strategy_dialogues_with_a_qualifier_are_consultations(
    extract: Extract, lang: str, text: str
) -> None:
    record = extract(text, lang, "2025-03")
    rounds = [e for e in record.engagements if e.kind.value == "consultation"]
    assert rounds and rounds[0].series is not None and rounds[0].series.ordinal in (2, 3, 5), _kinds(record)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le Premier ministre sénégalais Ousmane Sonko a eu lundi à Nouakchott des rencontres avec le président "
            "mauritanien Mohamed Ould Ghazouani et le Premier ministre Mokhtar Ould Djay.",
        ),
        (
            "fr",
            "Le ministre malien des Affaires étrangères a eu à Niamey des entretiens séparés avec le président "
            "nigérien Abdourahamane Tiani et le Premier ministre Ali Lamine Zeine.",
        ),
        (
            "en",
            "Ghana's foreign minister held separate talks on Monday in Abuja with Nigerian President Bola Tinubu and "
            "Vice President Kashim Shettima.",
        ),
        (
            "en",
            "The Thai foreign minister had meetings in Vientiane on Friday with Lao President Thongloun Sisoulith and "
            "Prime Minister Sonexay Siphandone.",
        ),
    ],
)
def test_constructions_meetings_with_time_and_place_before_the_principals(
    extract: Extract, lang: str, text: str
) -> None:
    """ "a eu lundi à Nouakchott des rencontres avec A et B", "held separate talks on Monday in Abuja with A and
    B": the day and place between the verb and the principals do not hide the meetings, one per principal."""
    record = extract(text, lang, "2025-03")
    assert _kinds(record).count(("meeting", "held")) == 2, _kinds(record)


@pytest.mark.parametrize(
    ("lang", "text", "principals"),
    [
        (
            "fr",
            "Le président kényan William Ruto est arrivé à Accra, entamant une visite d'État au Ghana. Durant son "
            "séjour, il rencontrera le président ghanéen, John Mahama. Il rencontrera également le président de "
            "l'Assemblée nationale, Alban Bagbin.",
            2,
        ),
        (
            "en",
            "Chilean President Gabriel Boric arrived in Lima, starting a state visit to Peru. During his stay he will "
            "meet the President of Congress, Fernando Rospigliosi. He will also meet the Archbishop of Lima, Carlos "
            "Castillo.",
            2,
        ),
        (
            "fr",
            "La Première ministre tunisienne est arrivée à Dakar pour une visite officielle au Sénégal. Elle "
            "s'entretiendra avec le président du Sénat, Jean Diop, et le Premier ministre Ousmane Sonko.",
            2,
        ),
    ],
)
def test_constructions_each_principal_of_a_visit_programme_is_a_planned_meeting_in_the_trip_month(
    extract: Extract, lang: str, text: str, principals: int
) -> None:
    record = extract(text, lang, "2025-03")
    planned = [e for e in record.engagements if e.kind.value == "meeting" and e.status.value == "planned"]
    assert len(planned) == principals, _kinds(record)
    assert all(e.date is not None and e.date.value == "2025-03" for e in planned), [e.date for e in planned]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "fr",
            "Le président sénégalais Bassirou Diomaye Faye a rencontré le 4 mars le roi du Maroc, Mohammed VI. Le "
            "même jour, il a rencontré le chef du gouvernement, Aziz Akhannouch.",
        ),
        (
            "en",
            "Omani Foreign Minister Badr Albusaidi met the King of Jordan, Abdullah II, on 4 March. The same day he "
            "met the Speaker of the House of Representatives, Ahmad Safadi.",
        ),
    ],
)
def test_constructions_a_principal_named_after_a_title_is_met_separately(
    extract: Extract, lang: str, text: str
) -> None:
    record = extract(text, lang, "2025-03")
    assert len([e for e in record.engagements if e.kind.value == "meeting"]) == 2, _kinds(record)


@pytest.mark.parametrize(
    ("lang", "text", "parties"),
    [
        (
            "en",
            "Kenya and Tanzania held their joint commission in Nairobi on 3 March. Kenya's foreign minister said "
            "Kenya wants more trade. On the sidelines, the minister met his Ugandan counterpart.",
            {"KE", "UG"},
        ),
        (
            "fr",
            "Le Maroc et la Mauritanie ont tenu leur commission mixte à Rabat le 3 mars. Le ministre a dit que le "
            "Maroc veut plus d'échanges. En marge, le ministre a rencontré son homologue malien.",
            {"MA", "ML"},
        ),
    ],
)
def test_constructions_a_counterpart_of_a_third_country_meets_the_article_side(
    extract: Extract, lang: str, text: str, parties: set[str]
) -> None:
    record = extract(text, lang, "2025-03")
    assert any(set(e.parties) == parties for e in record.engagements), [e.parties for e in record.engagements]


@pytest.mark.parametrize(
    ("lang", "text", "expected"),
    [
        (
            "en",
            "Ghana and Togo held the 5th session of their Permanent Joint Commission for Cooperation in Accra on "
            "3 March. The ministers noted progress since the previous session in June 2023.",
            {(5, "held"), (4, "held")},
        ),
        (
            "fr",
            "Le Bénin et le Niger ont tenu la 7e session de leur Commission mixte de coopération à Cotonou le 3 "
            "mars. Les deux parties ont convenu de tenir la prochaine session à Niamey en 2026.",
            {(7, "held"), (8, "planned")},
        ),
        (
            "fr",
            "L'Espagne et le Maroc ont tenu le 3 mars à Rabat le troisième Dialogue stratégique hispano-marocain. "
            "Les progrès accomplis depuis le deuxième dialogue, tenu en avril 2023, ont été salués.",
            {(3, "held"), (2, "held")},
        ),
    ],
)
def test_constructions_a_round_named_by_its_place_in_the_mechanism(
    extract: Extract, lang: str, text: str, expected: set[tuple[int, str]]
) -> None:
    record = extract(text, lang, "2025-03")
    rounds = {(e.series.ordinal, e.status.value) for e in record.engagements if e.series and e.series.ordinal}
    assert rounds == expected, [(e.kind.value, e.series, e.status.value) for e in record.engagements]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The foreign ministers of Chile and Argentina will meet in Santiago in April, officials said. The 9th "
            "meeting of the Chile-Argentina Binational Commission will be held there on 11 April.",
        ),
        (
            "fr",
            "Les chefs de la diplomatie de la Côte d'Ivoire et du Burkina Faso se rencontreront à Abidjan en avril. "
            "La 9e session de la Commission mixte Côte d'Ivoire-Burkina Faso s'y tiendra le 11 avril.",
        ),
    ],
)
def test_constructions_a_planned_meeting_naming_no_one_is_the_planned_round(
    extract: Extract, lang: str, text: str
) -> None:
    record = extract(text, lang, "2025-03")
    assert [(e.kind.value, e.series.ordinal if e.series else None) for e in record.engagements] == [
        ("joint_committee", 9)
    ], _kinds(record)
    assert record.engagements[0].date is not None and record.engagements[0].date.value == "2025-04-11"


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "Chile and Argentina held the 9th meeting of their Binational Commission in Santiago on 11 March. On 12 "
            "March the two foreign ministers met again in Valparaiso.",
        ),
        (
            "fr",
            "La Côte d'Ivoire et le Burkina Faso ont tenu la 9e session de leur Commission mixte à Abidjan le 11 mars. "
            "Le 12 mars, les deux ministres se sont rencontrés à Yamoussoukro.",
        ),
    ],
)
def test_constructions_a_held_meeting_on_another_day_is_not_the_round(extract: Extract, lang: str, text: str) -> None:
    record = extract(text, lang, "2025-03")
    assert sorted(e.kind.value for e in record.engagements) == ["joint_committee", "meeting"], _kinds(record)


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        (
            "en",
            "The agreement was reached during talks between Kenyan President William Ruto and Tanzanian President "
            "Samia Suluhu Hassan in Arusha on 3 March.",
        ),
        (
            "fr",
            "L'accord a été conclu lors d'un entretien entre le président sénégalais Bassirou Diomaye Faye et le "
            "président mauritanien Mohamed Ould Ghazouani à Dakar le 3 mars.",
        ),
    ],
)
def test_constructions_talks_between_two_principals_are_one_meeting(extract: Extract, lang: str, text: str) -> None:
    record = extract(text, lang, "2025-03")
    assert [e.kind.value for e in record.engagements] == ["meeting"], _kinds(record)
